"""The dateline: the place a report was filed from, at the start of its first paragraph
("AMMAN:", "BEIRUT (Reuters) -", "DAMASCUS, May 3 (SANA) –", "KYIV, Ukraine (AP) —").

It names where the reporter was, not where anything happened, so it is kept apart from the
places of events."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .byline import outlet_name

_PLACE = r"(?P<place>[A-Z][A-Z'’.\-]+(?:[ /-][A-Z][A-Z'’.\-]+){0,3})"  # "GAZA/JERUSALEM": filed from either
_REGION = r"(?:,\s*(?P<region>[A-Z][A-Za-z'’.\-]+(?:\s(?:(?:of|the)\s)?[A-Z][A-Za-z'’.\-]+){0,3}))?"  # "Democratic Republic of Congo"
_WHEN = r"(?:,\s*(?:\w+\.?\s+\d{1,2}|\d{1,2}\s+\w+\.?)(?:,?\s*\d{4})?)?"
_AGENCY = r"(?:\s*\((?P<agency>[^)]{2,40})\))?"
_DASH = r"\s*(?:[:\-–—]|--)\s*"

DATELINE = re.compile(rf"^{_PLACE}{_REGION}{_WHEN}{_AGENCY}{_DASH}(?=\S)")
# Title-case forms, known by the agency they name: "Aleppo, SANA –", "Beirut (AFP) -", "Homs, May 3 (AFP) -",
# and "Aleppo SANA –" where the text lost its commas.
_TITLE_REGION = r"(?:,\s*[A-Z][a-z'’.\-]+(?:\s(?:(?:of|the)\s)?[A-Z][a-z'’.\-]+){0,3})?"  # "Hasakah, Syria (Reuters) -"
_TITLE_PLACE = r"(?P<place>[A-Z][a-z'’\-]+(?:[ -][A-Z][a-z'’\-]+){0,2})"
AGENCY_DATELINE = re.compile(r"^" + _TITLE_PLACE + _TITLE_REGION + _WHEN
                             + r"(?:,?\s*(?P<agency>[A-Z]{2,8})|\s*\((?P<bracketed>[^)]{2,40})\))\s*(?:[-–—]|--)\s*(?=\S)")
# With no comma and no dash either, known by its place and its agency both: "Hama SANA Four civilians …",
# "Beirut (Reuters) Islamic State …", with the day of the report if it follows ("Beirut AFP Saturday 7 Jan 2017 A …").
_CREDIT_DAY = r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}\s+)?"
AGENCY_BARE_DATELINE = re.compile(r"^" + _TITLE_PLACE + r"\s+(?:(?P<agency>[A-Z]{3,8})|\((?P<bracketed>[^)]{2,40})\))\s+"
                                  + _CREDIT_DAY + r"(?=[A-Z\d])")
# A town in capitals with no dash, known by its place, its agency after it if any: "AMMAN Islamic State
# claimed …", "BEIRUT Reuters Air strikes …" (a text that lost its punctuation).
CAPITALS_BARE_DATELINE = re.compile(r"^" + _PLACE + r"\s+(?=[A-Z][a-z]|\d)")
_NEXT_WORD = re.compile(r"(?P<agency>[A-Z][A-Za-z]{2,11})\s+(?=[A-Z][a-z]|\d)")
# Title-case form with only a spaced dash, known by its place: "Beirut - At least 37 people …".
PLACE_DASH_DATELINE = re.compile(r"^" + _TITLE_PLACE + r"\s+(?:[-–—]|--)\s+(?=[A-Z\d\"“])")
_ARTICLES = {"The", "A", "An"}  # "The army (AFP) -" opens a sentence, not a dateline
_NOT_PLACES = {"UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WARNING", "NOTE", "EDITOR", "EDITORS", "ANALYSIS",
               "OPINION", "VIDEO", "PHOTOS", "WATCH", "LIVE", "CORRECTION", "Q", "A", "FILE", "PHOTO"}


@dataclass(frozen=True)
class Dateline:
    place: str
    start: int  # offsets of the place name within the paragraph
    end: int
    length: int  # length of the whole dateline prefix
    agency: str | None = None


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline that opens `paragraph`, or None."""
    m = DATELINE.match(paragraph)
    if m and m.group("place").strip(".-’'") not in _NOT_PLACES and len(m.group("place")) >= 3:
        agency = m.group("agency")
        return Dateline(m.group("place"), m.start("place"), m.end("place"), m.end(), _agency(agency))
    m = AGENCY_DATELINE.match(paragraph)
    agency = m and outlet_name(m.group("agency") or m.group("bracketed"))
    if m and agency and m.group("place").split()[0] not in _ARTICLES:
        return Dateline(m.group("place"), m.start("place"), m.end("place"), m.end(), agency)
    m = PLACE_DASH_DATELINE.match(paragraph)
    if m and _known_town(m.group("place")):
        return Dateline(m.group("place"), m.start("place"), m.end("place"), m.end())
    m = AGENCY_BARE_DATELINE.match(paragraph)
    agency = m and outlet_name(m.group("agency") or m.group("bracketed"))
    if m and agency and _known_town(m.group("place")):
        return Dateline(m.group("place"), m.start("place"), m.end("place"), m.end(), agency)
    m = CAPITALS_BARE_DATELINE.match(paragraph)
    if m and _known_town(m.group("place").title()):
        after = _NEXT_WORD.match(paragraph, m.end())
        agency = after and outlet_name(after.group("agency"))
        return Dateline(m.group("place"), m.start("place"), m.end("place"), after.end() if agency else m.end(), agency or None)
    return None


def _known_town(name: str) -> bool:
    """A city or province the gazetteer knows by this very name: with no agency and no capitals,
    only the place itself tells a dateline from a sentence ("Beirut - …", not "Meanwhile - …")."""
    from ..geo.gazetteer import open_gazetteer

    return any(c.feature in ("city", "admin1") and c.similarity == 1.0 and c.major for c in open_gazetteer().candidates(name, fuzzy=False))


def _agency(value: str | None) -> str | None:
    if not value:
        return None
    return outlet_name(value) or (value.strip() if len(value.split()) <= 4 else None)
