"""Authors from bylines in their many forms: "By A and B", "By: A", "Written by A, B and C",
"A | Outlet", "Author: A", with trailing role words ("Staff Writer", "Correspondent") stripped."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_BYLINE = re.compile(
    r"^\s*(?:by|written by|words by|story by|report(?:ed|ing)? by|text by|authors?|byline|par|por|von)\s*[:\-–—]?\s+(?P<names>.+?)\s*$",
    re.I,
)
_PIPE = re.compile(r"^\s*(?P<names>[^|]{3,80}?)\s*\|\s*(?P<outlet>[^|]{2,60}?)\s*$")
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bwith\b|\s[|/]\s)\s*", re.I)
_DATE_TAIL = re.compile(r"\s*(?:[|,•·–—-]\s*)?(?:published|updated|posted|on)?\s*[:]?\s*(?:\w+day,?\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*$", re.I)
_IN_PLACE = re.compile(r"\s+(?:in|from|reporting from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*$")
_NAME_WORD = re.compile(r"^(?:[A-Z\u00C0-\u024F][\w'’.\-]*|(?:al|el|a|ash|as|ad|an|ar|at|az|bin|ibn|bint|abu|de|da|del|della|di|du|la|le|van|von|der|den|ten|ter|y|dos|das|ul|ud)[-’']?[\w'’.\-]*)$")


@lru_cache(maxsize=1)
def outlets() -> dict[str, str]:
    """Known outlets and agencies: lower-cased alias → canonical name."""
    text = resources.files("tawthiq.data.document").joinpath("outlets.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {alias.strip().lower(): name.strip() for alias, name in rows}


def outlet_name(value: str | None) -> str | None:
    """The canonical name of a known outlet, or None."""
    return outlets().get((value or "").strip(" .,:;()").lower()) if value else None


@lru_cache(maxsize=1)
def _roles() -> tuple[str, ...]:
    text = resources.files("tawthiq.data.document").joinpath("author_roles.txt").read_text("utf-8")
    roles = [line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(sorted(roles, key=len, reverse=True))


def parse_byline(line: str, *, allow_bare: bool = False) -> tuple[list[str], str | None] | None:
    """(authors, outlet named in the byline) if `line` is a byline, else None.

    `allow_bare` accepts "A | Outlet" lines without a "By" cue (only sensible near the title)."""
    m = _BYLINE.match(line)
    outlet = None
    if m:
        names = m.group("names")
    elif allow_bare and (p := _PIPE.match(line)):
        names, outlet = p.group("names"), p.group("outlet").strip()
    else:
        return None
    names = _DATE_TAIL.sub("", names) if re.search(r"\d", names) else names
    if "|" in names:
        names, _, rest = names.partition("|")
        outlet = outlet or rest.strip() or None
    authors = []
    for part in _SPLIT.split(names):
        if outlet_name(part):
            outlet = outlet or outlet_name(part)
        elif name := clean_name(part):
            authors.append(name)
    if not authors and not outlet:
        return None
    return authors, outlet


def clean_name(part: str) -> str | None:
    """A person's name without role words, or None if what remains is not a name."""
    name = _IN_PLACE.sub("", part.strip(" \t.:;,-–—()[]"))
    lowered = name.lower()
    changed = True
    while changed and name:
        changed = False
        for role in _roles():
            if lowered.endswith(" " + role) or lowered == role:
                name = name[: len(name) - len(role)].rstrip(" ,-–—")
                lowered = name.lower()
                changed = True
                break
            if lowered.startswith(role + " ") and role not in ("in", "for", "with", "and agencies"):
                name = name[len(role):].lstrip(" ,:-–—")
                lowered = name.lower()
                changed = True
                break
    words = name.split()
    if not 1 <= len(words) <= 6 or len(name) > 60:
        return None
    if not all(_NAME_WORD.match(w) for w in words) or not any(w[0].isupper() for w in words):
        return None
    if name.isupper() and len(name) > 3:
        name = " ".join(w.capitalize() if w.isalpha() else w.title() for w in words)
    return name
