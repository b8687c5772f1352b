"""tawthiq_actors: people, organisations, armed groups, outlets and population groups, with their mentions."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ActorsComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_actors"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.actors is None:
            doc._.actors = []
        return doc
