"""Reading the layout of an article's text: title, header lines (date, byline), body, footer
notes (byline, credits, original report) and furniture around it.

Header and footer metadata lines leave `text` (they are not the article) and are kept in
`removed` with reason "metadata: …", like furniture; the title stays as the text's first line
when the text came with one, because titles carry places and dates too."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..record import Original, Removed
from .boilerplate import furniture_reason, inline_tail_start, main_script, tail_start
from .byline import parse_byline
from .captions import inline_cuts
from .dateline import Dateline, find_dateline
from .dates import find_date
from .original import is_original_note, parse_original

HEADER_LINES = 5  # lines after the title that may still be header metadata
FOOTER_LINES = 8  # lines before the furniture that may be footer metadata

_DATE_LINE_NOISE = re.compile(
    r"(?i)\b(published|updated|posted|last updated|first published|on|at|date|gmt|utc|[ap]\.?m\.?|"
    r"publié|publie|le|mis à jour|modifié|publicado|el|actualizado|veröffentlicht|am|aktualisiert|um|"
    r"(mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}:\d{2}(:\d{2})?|[+-]\d{2}:?\d{2})\b"
)
_CREDIT = re.compile(
    r"(?i)^(photo|photos|image|video|editing|edited|additional reporting|reporting|translation|translated|"
    r"illustration|graphics?)\b.{0,120}\bby\b|^(photo|image|credit)s?\s*:"
)


@dataclass
class Layout:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    dateline: Dateline | None = None
    outlet: str | None = None
    original: Original | None = None
    removed: list[Removed] = field(default_factory=list)


@dataclass
class _Line:
    text: str
    blank_before: bool
    index: int = 0
    keep: bool = True


def read_layout(text: str, *, title: str | None = None, title_in_text: bool = True) -> Layout:
    """The layout of `text`. With `title` given (from page metadata), the first line is not
    taken as the title; with `title_in_text` False the title is not kept in `text`."""
    lines = _lines(text)
    out = Layout(text="")
    _cut_head_furniture(lines, out)
    content = [ln for ln in lines if ln.keep]
    if not content:
        return out
    first = 0
    if title is None:
        if not _opens_the_report(content[0].text):  # (wire copy with no headline: the first line is the report itself)
            out.title = content[0].text.strip()
            first = 1
            if not title_in_text:
                content[0].keep = False
    else:
        out.title = title.strip() or None
        if content[0].text.strip() == out.title:
            first = 1
            content[0].keep = title_in_text
    _read_header(content[first:], out)
    _cut_tail(lines, out)
    _read_footer(lines, out)
    body = [ln for ln in lines if ln.keep]
    _cut_captions([ln for ln in body if ln is not (content[0] if first else None)], out)
    start = next((ln for ln in body if ln is not (content[0] if first else None)), None)
    if start is not None:
        out.dateline = find_dateline(start.text)
        if out.dateline and out.dateline.agency and not out.outlet:
            out.outlet = out.dateline.agency
    out.text = _join(body)
    out.removed.sort(key=lambda r: r.line)
    return out


LEDE_WORDS = 15  # a first line this long after a dateline is a lede, not a headline


def _opens_the_report(line: str) -> bool:
    """'GOMA, Feb 7 (Reuters) - Rebels captured …': a first line that starts at a dateline and
    runs on as a sentence is the report's first paragraph, and the text has no title."""
    line = line.strip()
    return find_dateline(line) is not None and line[-1:] in ".\"”" and len(line.split()) >= LEDE_WORDS


def _lines(text: str) -> list[_Line]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    out: list[_Line] = []
    blank = False
    for raw in text.split("\n"):
        if raw.strip():
            out.append(_Line(raw.rstrip(), blank_before=blank and bool(out), index=len(out)))
            blank = False
        else:
            blank = True
    return out


def _join(lines: list[_Line]) -> str:
    parts: list[str] = []
    for i, ln in enumerate(lines):
        if i:
            parts.append("\n\n" if ln.blank_before else "\n")
        parts.append(ln.text.strip())
    return "".join(parts)


def _remove(ln: _Line, reason: str, position: str, out: Layout) -> None:
    ln.keep = False
    out.removed.append(Removed(text=ln.text.strip(), reason=reason, position=position, line=ln.index + 1))


def _cut_head_furniture(lines: list[_Line], out: Layout) -> None:
    for ln in lines:
        reason = furniture_reason(ln.text, scopes=("head", "line"))
        if not reason:
            return
        _remove(ln, reason, "start", out)


def _read_header(lines: list[_Line], out: Layout) -> None:
    for ln in lines[:HEADER_LINES]:
        stripped = ln.text.strip()
        if date := _date_line(stripped):
            out.published = out.published or date
            _remove(ln, "metadata: publication date", "start", out)
        elif (byline := parse_byline(stripped, allow_bare=True)) is not None:
            out.authors = out.authors or byline[0]
            out.outlet = out.outlet or byline[1]
            _remove(ln, "metadata: byline", "start", out)
        elif furniture_reason(stripped, scopes=("line", "head")):
            _remove(ln, furniture_reason(stripped, scopes=("line", "head")), "start", out)
        else:
            return


def _date_line(line: str) -> str | None:
    """The date of a line that holds nothing but a date (and words like "Published", a time)."""
    if len(line) > 80:
        return None
    found = find_date(line)
    if not found:
        return None
    rest = line[: found[1]] + line[found[2] :]
    rest = _DATE_LINE_NOISE.sub(" ", rest)
    return found[0] if not re.search(r"[^\W\d_]{3,}", rest) else None


def _cut_tail(lines: list[_Line], out: Layout) -> None:
    kept = [ln for ln in lines if ln.keep]
    found = tail_start([ln.text for ln in kept])
    if found:
        index, reason = found
        for ln in kept[index:]:
            own = furniture_reason(ln.text, scopes=("tail", "line"))
            _remove(ln, own or reason, "end", out)
    _cut_inline_tail([ln for ln in lines if ln.keep], out)
    script = main_script(" ".join(ln.text for ln in kept[: max(3, len(kept) // 2)]))
    for ln in reversed([ln for ln in lines if ln.keep]):
        stripped = ln.text.strip()
        reason = furniture_reason(stripped, scopes=("line", "tail"))
        if reason:
            _remove(ln, reason, "end", out)
        elif script and main_script(stripped) not in (script, None):
            _remove(ln, "text in another script after the article (author biography)", "end", out)
        elif _is_footer_metadata(stripped):
            continue  # read by _read_footer, which removes it
        else:
            return


def _cut_inline_tail(kept: list[_Line], out: Layout) -> None:
    """Headlines of other articles run on after the last paragraph of a text that lost its line
    breaks ("… the ministry said. Related News …"): cut there, and keep what was cut."""
    if not kept:
        return
    last = kept[-1]
    total = sum(len(ln.text) + 1 for ln in kept)
    found = inline_tail_start(last.text, total - len(last.text) - 1, total)
    if found:
        at, reason = found
        out.removed.append(Removed(text=last.text[at:].strip(), reason=reason, position="end", line=last.index + 1))
        last.text = last.text[:at].rstrip()


def _cut_captions(body: list[_Line], out: Layout) -> None:
    """Photo captions and credit runs inside paragraphs ("… Rescuers search the rubble. (Reuters)
    Officials said …"): cut them, and keep what was cut."""
    for ln in body:
        cuts = inline_cuts(ln.text)
        for cut in cuts:
            out.removed.append(Removed(text=ln.text[cut.start : cut.end].strip(), reason=cut.reason, position="inside", line=ln.index + 1))
        for cut in reversed(cuts):
            ln.text = (ln.text[: cut.start].rstrip() + " " + ln.text[cut.end :].lstrip()).strip()


def _is_footer_metadata(line: str) -> bool:
    return bool(
        parse_byline(line) is not None
        or is_original_note(line)
        or _CREDIT.match(line)
        or _date_line(line)
    )


def _read_footer(lines: list[_Line], out: Layout) -> None:
    kept = [ln for ln in lines if ln.keep]
    footer: list[_Line] = []
    for ln in reversed(kept[-FOOTER_LINES:]):
        if len(kept) - len(footer) <= 2 or not _is_footer_metadata(ln.text.strip()):
            break
        footer.append(ln)
    footer.reverse()
    notes = []
    for ln in footer:
        stripped = ln.text.strip()
        if is_original_note(stripped):
            notes.append(stripped)
            _remove(ln, "metadata: original report", "end", out)
        elif (byline := parse_byline(stripped)) is not None:
            out.authors = out.authors or byline[0]
            out.outlet = out.outlet or byline[1]
            _remove(ln, "metadata: byline", "end", out)
        elif date := _date_line(stripped):
            out.published = out.published or date
            _remove(ln, "metadata: publication date", "end", out)
        else:
            _remove(ln, "metadata: credits", "end", out)
    if notes:
        out.original = parse_original(notes)
