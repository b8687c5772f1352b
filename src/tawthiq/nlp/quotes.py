"""tawthiq_quotes: direct and indirect quotes with their speakers."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuotesComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_quotes"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.quotes is None:
            doc._.quotes = []
        return doc
