"""tawthiq_sides: the side and ACLED inter of every actor, from evidence in the text and the actor lexicon."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class SidesComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_sides"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.actors is None:
            doc._.actors = []
        return doc
