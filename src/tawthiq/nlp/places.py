"""tawthiq_places: place mentions resolved against the gazetteer."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class PlacesComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_places"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.places is None:
            doc._.places = []
        return doc
