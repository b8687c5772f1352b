"""tawthiq_events: typed events with place, date, actors and quantities."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EventsComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_events"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.events is None:
            doc._.events = []
        return doc
