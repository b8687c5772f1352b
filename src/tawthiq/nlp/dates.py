"""tawthiq_dates: every time expression, resolved against the publication date.

Spans come from a grammar of English date phrases (`timex_find`), values from calendar rules
(`timex_resolve`): "last week", "earlier this month", "since late November", "two years ago",
"at the time of writing", explicit dates, ranges. The anchor is the publication date, or the
original report's date when only that is known; with neither, relative expressions keep
`start: null` and a reason — never today's date."""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ..record import DateExpr
from .extensions import meta, text_of
from .timex_find import find
from .timex_resolve import resolve

_FUTURE = re.compile(r"(?i)\b(?:will|would|shall|should|(?-i:may)|might|until|till|next|due|plans? to|planned|scheduled|expected to|set to|is to|are to|due to|upcoming|going to)\b[^.;]*$")


# Words that tell of what already happened, in the clause around a date.
_PAST = re.compile(r"(?i)\b(?:was|were|had|did|killed|died|wounded|injured|took place|happened|occurred|carried out|launched|"
                   r"attacked|struck|shelled|bombed|exploded|broke out|began|erupted|captured|seized|stormed|fled|clashed|fought)\b")


# "a March 3 chemical attack", "the January 3 bombings": a date that names an attack names one
# that has happened
_NAMES_AN_ATTACK = re.compile(r"(?i)\b(?:an?|the)\s+$")
_ATTACK_AFTER = re.compile(r"(?i)^,?\s+(?:[\w-]+\s+){0,2}(?:attacks?|bombings?|strikes?|airstrikes?|air raids?|raids?|massacres?|"
                           r"blasts?|explosions?|shelling|assault|ambush|uprising|coup|killings?)\b")


def _told_as_past(text: str, start: int, end: int) -> bool:
    """The words of the clause around a date (to the nearest stop or semicolon) tell of the past,
    or the date names an attack ("a March 3 chemical attack")."""
    if _NAMES_AN_ATTACK.search(text[max(0, start - 5) : start]) and _ATTACK_AFTER.match(text[end : end + 60]):
        return True
    left = max(text.rfind(stop, 0, start) for stop in (".", ";", "\n"))
    right = min((i for i in (text.find(stop, end) for stop in (".", ";", "\n")) if i != -1), default=len(text))
    return bool(_PAST.search(text[max(left + 1, start - 60) : min(right, end + 80)]))


_FOCUS_RULES = {"the_day", "part_alone"}


def _anchor(doc: Doc) -> tuple[date | None, str | None]:
    info = meta(doc)
    for field, name in (("published", "published"), ("original_published", "original.published")):
        value = info.get(field)
        if value:
            try:
                return date.fromisoformat(value[:10]), name
            except ValueError:
                continue
    return None, None


class DatesComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_dates"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = find_dates(text_of(doc), *_anchor(doc))
        return doc


_EXPLICIT_DAY = {"full_mdy", "full_dmy", "iso", "numeric", "numeric_dmy"}
_STAMP_BEFORE = re.compile(
    r"(?i)(?:^|\b(?:published|posted|updated|last updated|date of publication|(?:AFP|AP|Reuters|Xinhua|dpa|ANSA|UPI))\b"
    r"(?: (?:on|at))?[:,]?)(?: ?(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?\.?,?)? ?$")


def _stamp(text: str, f) -> bool:
    """A full date that opens a paragraph or follows "Published", "Updated" or an agency's name
    ("30-04-2016 Suicide bomber kills five", "Sun Feb 21 2016 Twin bomb attacks", "AFP Tuesday 23
    Sep 2014"): when the report was put out, not when anything in it happened."""
    if f.rule not in _EXPLICIT_DAY:
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    return bool(_STAMP_BEFORE.search(text[max(line_start, f.start - 40) : f.start]))


def find_dates(text: str, anchor: date | None, anchor_name: str | None) -> list[DateExpr]:
    out: list[DateExpr] = []
    focus = anchor  # the day the text is talking about: 'the day', 'that morning' refer to it
    for f in find(text):
        before = text[max(0, f.start - 60) : f.start]
        future = bool(_FUTURE.search(before))
        r = resolve(f, focus if f.rule in _FOCUS_RULES else anchor, future=future,
                    past=not future and _told_as_past(text, f.start, f.end))
        if r.precision == "day" and r.start and f.rule not in _FOCUS_RULES and r.value and not r.value.endswith("_REF"):
            focus = r.start
        if r.reason == "not resolvable" and not r.value:
            continue
        extra = {"kind": "duration"} if r.duration else {"kind": "stamp"} if _stamp(text, f) else {}
        out.append(
            DateExpr(
                id=f"d{len(out) + 1}",
                text=f.text,
                start_char=f.start,
                end_char=f.end,
                start=r.start.isoformat() if r.start else None,
                end=r.end.isoformat() if r.end else None,
                precision=r.precision if not r.duration else None,
                value=r.value,
                anchor=(anchor_name if r.anchored else "text") if (r.start or r.end) else None,
                reason=r.reason if not r.duration else "a duration, not a date",
                **extra,
            )
        )
    return out
