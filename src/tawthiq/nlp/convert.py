"""Between the record world and spaCy's: a Document becomes a Doc with its metadata attached,
and an annotated Doc becomes a Record."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..document.dateline import find_dateline
from ..record import Document, Record
from .. import __version__
from .extensions import drop_token_caches, keep_text


def to_doc(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.text)
    doc._.meta = document_meta(document)
    keep_text(doc, document.text)
    return doc


def document_meta(document: Document) -> dict:
    """What the components may know about the document beyond its text."""
    dateline = dateline_end = None
    if document.dateline:
        at = _paragraph_opening(document.text, document.dateline)
        if at >= 0 and at < 400:
            dateline = (at, at + len(document.dateline))
            found = find_dateline(document.text[at:])
            dateline_end = at + found.length if found else None  # past its date, agency and dash
    return {
        "published": document.published,
        "original_published": document.original.published if document.original else None,
        "dateline": dateline,
        "dateline_end": dateline_end,
        "dateline_name": document.dateline,
        "outlet": document.outlet,
        "title": document.title,
        "language": document.language,
        "authors": list(document.authors),
    }


def to_record(document: Document, doc: Doc) -> Record:
    drop_token_caches(doc)
    return Record(
        document=document,
        actors=doc._.actors or [],
        places=doc._.places or [],
        dates=doc._.dates or [],
        quantities=doc._.quantities or [],
        events=doc._.events or [],
        quotes=doc._.quotes or [],
        extractor=f"tawthiq {__version__}",
    )


def _paragraph_opening(text: str, dateline: str) -> int:
    """Where a paragraph opens with the dateline's place: not the same name told earlier, in the
    headline ("… near Hasakah\n\nHasakah, Syria (Reuters) - …")."""
    at = text.find(dateline)
    while at > 0 and text[at - 1] != "\n":
        at = text.find(dateline, at + 1)
    return at
