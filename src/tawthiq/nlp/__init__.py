"""Document → Record: the spaCy pipeline and its components fill actors … quotes.

`annotate` is the single entry; batch callers hand it many documents and it uses `nlp.pipe`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..record import Document, Record

__all__ = ["annotate", "annotate_one", "NLP_LANGUAGES"]

# Languages the statistical model reads; other documents keep their document part only.
NLP_LANGUAGES = {"en", None}


def annotate(documents: Iterable[Document], *, batch_size: int = 16) -> Iterator[Record]:
    """One record per document, in order."""
    from . import convert, pipeline

    nlp = pipeline.load()
    pending: list[Document] = []
    for document in documents:
        pending.append(document)
        if len(pending) >= batch_size:
            yield from _run(nlp, pending, convert)
            pending = []
    if pending:
        yield from _run(nlp, pending, convert)


def annotate_one(document: Document) -> Record:
    return next(annotate([document]))


def _run(nlp, documents: list[Document], convert) -> Iterator[Record]:
    readable = [d for d in documents if d.language in NLP_LANGUAGES and d.text]
    docs = iter(nlp.pipe(convert.to_doc(nlp, d) for d in readable))
    for document in documents:
        if document.language in NLP_LANGUAGES and document.text:
            yield convert.to_record(document, next(docs))
        else:
            yield Record(document=document)
