"""tawthiq_claims: who claims each event: the sources of every event."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ClaimsComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_claims"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.events is None:
            doc._.events = []
        return doc
