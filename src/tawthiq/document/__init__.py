"""RawDocument → Document: decoding, article text, metadata, boilerplate and language.

What the container said (a feed entry's date, a JSON line's title) comes first, then what the
page's own metadata says, then what the text's layout says; `published` given by the caller
overrides them all. Nothing here guesses: a field no source states stays null."""

from __future__ import annotations

import json

from ..errors import InputError
from ..ingest import sniff as _sniff
from ..ingest.jsonl import MEDIA_TYPE as JSONL_ITEM
from ..ingest.raw import RawDocument
from ..record import Document
from .dates import parse_date
from .decode import UndecodableError, decode_text
from .language import detect_language
from .layout import Layout, read_layout

__all__ = ["build_document", "NOT_STATED"]

NOT_STATED = "not stated in the article"


def build_document(raw: RawDocument, *, published: str | None = None) -> Document:
    """The clean, attributed document for `raw`; raises InputError when it holds no article."""
    hints = dict(raw.hints)
    page: dict = {}
    if raw.media_type == JSONL_ITEM:
        layout, page, hints = _from_json_item(raw, hints)
    elif _is_html(raw):
        layout, page = _from_html(
            raw.source, raw.data, hints.get("url"), title_hint=hints.get("title"), fragment=bool(hints.get("fragment"))
        )
    else:
        layout = _from_text(raw.source, raw.data, title_hint=hints.get("title"))
    if not layout.text.strip():
        raise InputError(raw.source, "no article text")
    date = (
        published
        or parse_date(_str(hints.get("published")))
        or parse_date(page.get("published"))
        or layout.published
    )
    authors = _authors(hints.get("authors")) or page.get("authors") or layout.authors
    return Document(
        id=raw.id,
        source=raw.source,
        title=_str(hints.get("title")) or page.get("title") or layout.title,
        text=layout.text,
        language=detect_language(layout.text) or _lang(page.get("language")),
        outlet=_str(hints.get("outlet")) or page.get("outlet") or layout.outlet,
        url=_str(hints.get("url")) or page.get("url"),
        authors=list(dict.fromkeys(a.strip() for a in authors if a and a.strip())),
        dateline=layout.dateline.place if layout.dateline else None,
        published=date,
        published_reason=None if date else NOT_STATED,
        original=layout.original,
        removed=layout.removed,
        media_type="text/html" if page else "text/plain",
    )


def _is_html(raw: RawDocument) -> bool:
    if raw.media_type in ("text/html", "application/xhtml+xml"):
        return True
    if raw.media_type == "text/plain":
        return False
    return _sniff.sniff(raw.data, raw.source) == _sniff.HTML


def _from_text(source: str, data: bytes | str, *, title_hint: str | None = None) -> Layout:
    if isinstance(data, bytes):
        try:
            text, _ = decode_text(data)
        except UndecodableError as exc:
            raise InputError(source, str(exc)) from None
    else:
        text = data
    return read_layout(text, title=title_hint)


def _from_html(
    source: str, data: bytes | str, url: str | None, *, title_hint: str | None = None, fragment: bool = False
) -> tuple[Layout, dict]:
    from .html import NoArticleError, parse_html

    try:
        parts = parse_html(data, url, fragment=fragment)
    except NoArticleError as exc:
        raise InputError(source, str(exc)) from None
    title = title_hint or parts.title
    layout = read_layout(parts.text, title=title or "", title_in_text=False)
    page = {
        "title": parts.title,
        "authors": parts.authors,
        "published": parts.published,
        "outlet": parts.outlet,
        "url": parts.url,
        "language": parts.language,
    }
    return layout, {k: v for k, v in page.items() if v} or {"html": True}


def _from_json_item(raw: RawDocument, hints: dict) -> tuple[Layout, dict, dict]:
    item = json.loads(raw.data)
    hints = {**{k: v for k, v in item.items() if k not in ("text", "html")}, **hints}
    if isinstance(item.get("html"), str) and item["html"].strip() and not item.get("text"):
        layout, page = _from_html(raw.source, item["html"], _str(hints.get("url")), title_hint=_str(hints.get("title")))
        return layout, page, hints
    return _from_text(raw.source, item.get("text") or "", title_hint=_str(hints.get("title"))), {}, hints


def _str(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _authors(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _lang(value: str | None) -> str | None:
    if not value:
        return None
    code = value.replace("_", "-").split("-")[0].lower()
    return code if len(code) == 2 else None
