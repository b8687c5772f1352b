"""tawthiq_dates: time expressions resolved against the publication date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class DatesComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_dates"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.dates is None:
            doc._.dates = []
        return doc
