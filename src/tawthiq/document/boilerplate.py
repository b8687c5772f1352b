"""Site furniture out of article text, nothing silently lost.

Comment forms, related-article lists, share buttons, cookie and newsletter prompts and an author
biography in another script are cut from the start and end of a text; every cut line is kept
with the reason it was cut, so a reviewer can check the decision. The cues are data
(`data/document/furniture.tsv`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# A "tail" cue only ends the article in the last part of a text; earlier, it is part of it.
TAIL_FROM = 0.4


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern
    scope: str  # tail | line | head
    reason: str


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    text = resources.files("tawthiq.data.document").joinpath("furniture.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, scope, reason = line.split("\t")
        rows.append(Cue(re.compile(pattern, re.I), scope, reason))
    return tuple(rows)


def furniture_reason(line: str, *, scopes: tuple[str, ...]) -> str | None:
    """Why `line` is furniture under the given cue scopes, or None if it is not."""
    stripped = line.strip()
    if len(stripped) > 300:
        return None
    for cue in cues():
        if cue.scope in scopes and cue.pattern.match(stripped):
            return cue.reason
    return None


def tail_start(lines: list[str]) -> tuple[int, str] | None:
    """Index of the line where trailing furniture begins (a tail cue), with its reason."""
    first = max(2, int(len(lines) * TAIL_FROM))
    for i in range(first, len(lines)):
        reason = furniture_reason(lines[i], scopes=("tail",))
        if reason:
            return i, reason
    return None


HEADLINE_SHARE = 0.6  # capitalised words in a run of headlines ("Kobani in Ruins After Airstrikes …")
HEADLINE_RUN = 8  # words after the cue that must look like headlines


TAG_RUN = re.compile(r"(?<=[.!?\"”’)] )(?-i:Tags?)\s*:?\s+[\w'’&/-]+(?:\s+[\w'’&/-]+){0,14}\s*$")  # "… said. Tags Syria Azaz car bomb"
# (one way only to cut the run into words: a word's letters never split between repeats)


def inline_tail_start(line: str, before: int, total: int) -> tuple[int, str] | None:
    """Where trailing furniture begins inside `line`, a paragraph whose line breaks were lost
    ("… the ministry said. Related News Thousands Flee the Fighting …"), with its reason. `before`
    is the length of text before the line and `total` that of the whole text: a cue counts only
    in the last part of it. A cue that names its list ("Related News") needs nothing more; a bare
    "Related" needs a run of capitalised headline words after it, and a line that does not end as
    a sentence does."""
    if (tags := TAG_RUN.search(line)) is not None and not re.search(r"[.!?]", tags.group()):
        return tags.start(), "tags"  # a page's tag list run on after the last sentence
    for cue in cues():
        if cue.scope != "inline":
            continue
        for found in cue.pattern.finditer(line):
            if before + found.start() < TAIL_FROM * total:
                continue
            words = re.findall(r"[^\W\d_][\w'’-]*", line[found.end() :])[:HEADLINE_RUN]
            named = " " in found.group().strip()
            headlines = sum(w[0].isupper() for w in words) >= HEADLINE_SHARE * len(words) and line.rstrip()[-1:] not in ".!?"
            if len(words) >= HEADLINE_RUN and (named or headlines):
                return found.start(), cue.reason
    return None


_SCRIPTS = (
    ("arabic", re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")),
    ("cyrillic", re.compile(r"[\u0400-\u04FF]")),
    ("hebrew", re.compile(r"[\u0590-\u05FF]")),
    ("latin", re.compile(r"[A-Za-z\u00C0-\u024F]")),
    ("cjk", re.compile(r"[\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]")),
    ("myanmar", re.compile(r"[\u1000-\u109F]")),
    ("ethiopic", re.compile(r"[\u1200-\u139F]")),
)


def main_script(text: str) -> str | None:
    """The writing system most letters of `text` are in."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS}
    name, count = max(counts.items(), key=lambda kv: kv[1])
    return name if count else None
