"""Photo captions and picture credits that a copied page runs into its paragraphs.

Pasted or scraped text often keeps a picture's caption where the picture stood, with its credit:
"… the ministry said. Rescuers search the rubble of a school in Kharkiv. (Reuters) Officials
said …". The caption tells of another moment than the paragraph around it, and read as text it
adds an event. A caption is known by its credit: an agency or picture service in brackets that
ends a sentence, where a dateline ("KHARKIV (Reuters)") would follow a place in capitals. Such a
dateline inside a paragraph starts the report again, and capitalised words before it that end no
sentence are a picture credit and another article's headline. Both are cut and kept."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .byline import outlet_name
from .dates import find_date

CAPTION_WORDS = (5, 70)  # a caption is a sentence: more words than a dateline, fewer than a paragraph
HEADLINE_WORDS = (4, 30)
HEADLINE_SHARE = 0.6  # capitalised words in a credit and headline run
LEAD_DATE_REACH = 12  # a date starting this near a line's start is the page's, not the caption's

_BRACKETED = re.compile(r"[(\[](?P<credit>[^()\[\]\n]{2,60})[)\]]")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")
_AFTER = re.compile(r"\s+[A-Z\"“‘0-9]")  # more text follows: a credit that ends a paragraph may be the report's own
_TELLING = re.compile(r"(?i)\b(?:said|says|told|tells|according to|reported)\b")
_WORD = re.compile(r"[^\W_][\w'’.-]*")
_CAPS_PLACE = re.compile(r"(?:\b[A-Z][A-Z'’.-]{2,}\s+){1,3}$")
_MONTH_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*$")


@dataclass(frozen=True)
class Cut:
    start: int
    end: int
    reason: str


@lru_cache(maxsize=1)
def picture_services() -> frozenset[str]:
    text = resources.files("tawthiq.data.document").joinpath("picture_credits.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_credit(value: str) -> bool:
    """Whether a bracketed run names who took or supplied a picture ("Reuters", "AFP/Getty Images",
    "Photo: Anadolu Agency", "File")."""
    value = re.sub(r"(?i)^\s*(?:photo|picture|image|file photo)\s*(?:credit)?\s*:\s*", "", value)
    parts = [p.strip(" .,:;") for p in re.split(r"/|\bvia\b|,|;|\band\b|\|", value)]
    parts = [p for p in parts if p]
    return bool(parts) and any(outlet_name(p) or p.lower() in picture_services() for p in parts) \
        and all(outlet_name(p) or p.lower() in picture_services() or len(p.split()) <= 3 for p in parts)


def inline_cuts(line: str) -> list[Cut]:
    """Captions and credit runs inside one paragraph, in text order."""
    cuts: list[Cut] = []
    for found in _BRACKETED.finditer(line):
        if not is_credit(found.group("credit")) or not _AFTER.match(line, found.end()):
            continue
        before = line[: found.start()]
        if _glosses(before, found.group("credit")):
            continue  # "the Syrian Arab News Agency (SANA)": a name's short form, not a credit
        start = _sentence_start(line, found.start())
        if cuts and start < cuts[-1].end:
            continue
        if _CAPS_PLACE.search(before):
            if cut := _run_before_dateline(line, start, found.start()):
                cuts.append(cut)
        elif not _MONTH_DAY.search(before):
            if cut := _caption(line, start, found.end()):
                cuts.append(cut)
    return cuts


MEDIA_NOUNS = frozenset({"agency", "agencies", "news", "tv", "television", "channel", "network", "outlet", "service", "wire"})


def _glosses(before: str, credit: str) -> bool:
    words = before.split()
    if words and words[-1].lower().strip(",") in MEDIA_NOUNS:
        return True
    name = outlet_name(credit)
    return bool(name) and any(outlet_name(" ".join(words[-k:])) == name for k in range(1, min(6, len(words)) + 1))


def _sentence_start(line: str, at: int) -> int:
    own_end = len(line[:at].rstrip().rstrip(".!?\"”’"))  # the caption's own full stop is no start
    ends = [m.end() for m in _SENTENCE_END.finditer(line, 0, own_end)]
    if ends:
        return ends[-1]
    lead = find_date(line[:60])
    return len(line) - len(line[lead[2] :].lstrip()) if lead and lead[1] <= LEAD_DATE_REACH else 0


def _caption(line: str, start: int, end: int) -> Cut | None:
    words = _WORD.findall(line[start:end])
    if not CAPTION_WORDS[0] <= len(words) <= CAPTION_WORDS[1] or _TELLING.search(line, start, end):
        return None  # a sentence someone is said to have told is the report's, whoever credits it
    return Cut(start, end, "photo caption")


def _run_before_dateline(line: str, start: int, credit_at: int) -> Cut | None:
    place = _CAPS_PLACE.search(line, start, credit_at)
    if place is None or start == 0:
        return None  # a dateline at a paragraph's start is the report's own
    run = line[start : place.start()]
    words = _WORD.findall(run)
    if not HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1]:
        return None
    if sum(w[0].isupper() or w[0].isdigit() for w in words) < HEADLINE_SHARE * len(words):
        return None
    return Cut(start, place.start(), "picture credit and related headline")
