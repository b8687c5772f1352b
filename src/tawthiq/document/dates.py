"""Calendar dates written in article headers and metadata: "May 02, 2015", "2 May 2015",
"Friday May 1st, 2015", "2015-05-02T10:00Z", "Mon, 02 May 2015 09:00 GMT".

Only full dates (day, month and year) count: a header that says just "May 2015" does not give a
publication day, and numeric forms whose day and month could be swapped are refused rather
than guessed."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# French, Spanish and German month names: headers of reports in those languages.
for _i, _names in enumerate(
    [
        ("janvier", "enero", "januar", "jänner"), ("février", "fevrier", "febrero", "februar"),
        ("mars", "marzo", "märz", "maerz"), ("avril", "abril"), ("mai", "mayo"), ("juin", "junio", "juni"),
        ("juillet", "julio", "juli"), ("août", "aout", "agosto"), ("septembre", "septiembre"),
        ("octobre", "octubre", "oktober"), ("novembre", "noviembre"), ("décembre", "decembre", "diciembre", "dezember"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS.setdefault(_name, _i)
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"

PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?![\d-])", re.I),
    re.compile(rf"\b{_YEAR}/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)\b", re.I),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_WEEKDAY}(?:the\s+)?{_DAY}(?:\s+of|\s+de)?\s+{_MONTH},?(?:\s+de)?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<d>[0-3]?\d)[./-](?P<m>[01]?\d)[./-](?P<year>(?:19|20)\d\d)\b"),
]


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full date in `text` as (ISO date, start, end), or None."""
    best = None
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            iso = _to_iso(m)
            if iso and (best is None or m.start() < best[1]):
                best = (iso, m.start(), m.end())
                break
    return best


def parse_date(value: str | None) -> str | None:
    """The ISO date a metadata value states, or None."""
    if not value:
        return None
    found = find_date(value.strip())
    return found[0] if found else None


def _to_iso(m: re.Match) -> str | None:
    groups = m.groupdict()
    year = int(groups["year"])
    if groups.get("month"):
        month = MONTHS[groups["month"].lower().rstrip(".")]
        day = int(groups["day"])
    else:
        month, day = int(groups["m"]), int(groups["d"])
        if m.re is PATTERNS[4] and day <= 12 and month <= 12 and day != month:
            return None  # 02-04-2015: April 2nd or February 4th? not decidable
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
