"""tawthiq_quantities: numbers that matter: money, fatalities, people, ages, areas, durations."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuantitiesComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_quantities"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.quantities is None:
            doc._.quantities = []
        return doc
