"""The report an article translates or republishes, from the notes that say so:
"Original report (in Arabic) published on Friday May 1st, 2015: http://…",
"Translated from the Arabic original published by X", "This article was originally published by X",
"Report and photo from: X", "Read the original (in Arabic) here: URL"."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlparse

from ..record import Original
from .byline import outlet_name
from .dates import find_date

_URL = re.compile(r"https?://[^\s<>\"'’”)]+[^\s<>\"'’”).,;:]")
_LANG = re.compile(r"\b(?:in|from(?: the)?|original(?:ly)? in)\s+(?P<lang>[A-Z][a-z]+)\b")
_ORIGINAL_CUE = re.compile(
    r"\b(original(?:ly)?\s+(?:report|article|story|version|text|piece|published|appeared|written|posted)"
    r"|translated\s+(?:from|by)|translation\s+(?:from|of|by)|first\s+(?:appeared|published)"
    r"|republished\s+(?:from|with)|(?:report|article|story)(?:\s+and\s+(?:photos?|video))?\s+(?:from|by|courtesy of)\s*:"
    r"|read\s+the\s+original|source\s*:)",
    re.I,
)
_TRANSLATOR = re.compile(r"(?i)translat\w*\s+(?:from\s+(?:the\s+)?\w+\s+)?(?:in\w*\s+\w+\s+)?by\s+[^.,;:]+")
_OUTLET_AFTER = re.compile(
    r"(?:(?:published|appeared)(?:\s+in\s+[A-Z][a-z]+)?\s+(?:by|in|on)|from|by|courtesy of|source)\s*:?\s+(?:the\s+)?"
    r"(?P<outlet>[A-Z0-9][\w.&'’\-]*(?:\s+(?:[A-Z0-9][\w.&'’\-]*|of|for|and|al|el))*)"
)


def is_original_note(line: str) -> bool:
    """Whether `line` is a note about the report this one translates or republishes."""
    return bool(_ORIGINAL_CUE.search(line)) and len(line) < 400


def parse_original(lines: list[str]) -> Original | None:
    """What the notes in `lines` say about the original report, merged; None if they say nothing."""
    found: dict[str, str] = {}
    said: list[str] = []
    for line in lines:
        if not is_original_note(line):
            continue
        said.append(line.strip())
        url = _URL.search(line)
        if url and "url" not in found:
            found["url"] = url.group(0)
        rest = _URL.sub(" ", line)
        date = find_date(rest)
        if date and "published" not in found:
            found["published"] = date[0]
        lang = _language(rest)
        if lang and "language" not in found:
            found["language"] = lang
        outlet = _outlet(_TRANSLATOR.sub(" ", rest))
        if outlet and "outlet" not in found:
            found["outlet"] = outlet
    if not found:
        return None
    if "outlet" not in found and "url" in found:
        host = urlparse(found["url"]).hostname or ""
        found["outlet"] = host.removeprefix("www.") or None
    return Original(text=" ".join(said), **found)


def _outlet(line: str) -> str | None:
    for m in _OUTLET_AFTER.finditer(line):
        name = m.group("outlet").strip(" .:")
        if _language_code(name.split()[0].strip(".,")) and not outlet_name(name) or re.match(r"(?i)(mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|\d", name):
            continue
        return outlet_name(name) or name
    return None


def _language(line: str) -> str | None:
    for m in _LANG.finditer(line):
        code = _language_code(m.group("lang"))
        if code:
            return code
    return None


@lru_cache(maxsize=None)
def _language_code(name: str) -> str | None:
    """ISO 639-1 code of an English language name ("Arabic" → "ar"), from Babel's locale data."""
    return _language_names().get(name.strip().lower())


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    from babel import Locale

    return {label.lower(): code for code, label in Locale("en").languages.items() if len(code) == 2}
