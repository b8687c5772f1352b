"""The library's front door: inputs in, records out. The CLI and the store call these."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .errors import InputError
from .ingest import Failure, RawDocument, read_inputs
from .record import Document, Record

__all__ = ["extract", "extract_text", "results", "documents", "to_document"]


def to_document(raw: RawDocument, *, published: str | None = None) -> Document | Failure:
    """The document layer for one raw input; a Failure instead of an exception."""
    from .document import build_document

    try:
        return build_document(raw, published=published)
    except InputError as exc:
        return Failure(exc.source, exc.reason)


def documents(
    inputs: Iterable[str], *, published: str | None = None, fetch: bool = False
) -> Iterator[Document | Failure]:
    for raw in read_inputs(inputs, fetch=fetch):
        yield raw if isinstance(raw, Failure) else to_document(raw, published=published)


def results(
    inputs: Iterable[str], *, published: str | None = None, fetch: bool = False, batch_size: int = 16
) -> Iterator[Record | Failure]:
    """A record (or a Failure) for every document in `inputs`, in input order."""
    from .nlp import annotate

    pending: list[Document | Failure] = []

    def flush() -> Iterator[Record | Failure]:
        records = iter(annotate([d for d in pending if isinstance(d, Document)], batch_size=batch_size))
        for item in pending:
            yield item if isinstance(item, Failure) else next(records)

    for item in documents(inputs, published=published, fetch=fetch):
        pending.append(item)
        if len(pending) >= batch_size:
            yield from flush()
            pending = []
    yield from flush()


def extract(
    *sources: str, published: str | None = None, fetch: bool = False, skip_errors: bool = False
) -> Iterator[Record]:
    """Records for the documents in `sources` (paths, URLs with fetch=True, '-' for stdin).

    A bad input raises InputError naming it, unless `skip_errors` is set."""
    for item in results(sources, published=published, fetch=fetch):
        if isinstance(item, Failure):
            if skip_errors:
                continue
            raise InputError(item.source, item.reason)
        yield item


def extract_text(text: str, *, source: str = "<text>", published: str | None = None) -> Record:
    """The record of one article given as a string."""
    from .document import build_document
    from .nlp import annotate_one

    raw = RawDocument(source=source, data=text.encode("utf-8"), media_type="text/plain")
    return annotate_one(build_document(raw, published=published))
