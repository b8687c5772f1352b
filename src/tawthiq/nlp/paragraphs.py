"""Paragraph breaks end sentences: a headline has no full stop, and without this the parser reads
'Russia says it killed 120 militants' and the first sentence of the article as one sentence. A
dateline ends one too: in "Hama, SANA - Three people were killed" the parser would otherwise make
the place the subject and the dead a conjunct of the agency.

Runs before the parser, which keeps the boundaries it is given."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def paragraph_starts(doc: Doc) -> list[int]:
    """Indexes of the tokens that open a paragraph after the first (after a blank line)."""
    return [tok.i + 1 for tok in doc[:-1] if tok.is_space and tok.text.count("\n") >= 2]


def after_dateline(doc: Doc) -> int | None:
    """Index of the first word after the dateline's place, date, agency and dash, if the document
    has one and words follow it."""
    end = (doc._.meta or {}).get("dateline_end")
    if end is None:
        return None
    return next((tok.i for tok in doc if tok.idx >= end and not tok.is_space), None)


class ParagraphsComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_paragraphs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        after = after_dateline(doc)
        for i in [*paragraph_starts(doc), *([after] if after else [])]:
            doc[i].is_sent_start = True
            if i + 1 < len(doc) and not doc[i + 1].is_space:
                doc[i + 1].is_sent_start = False  # the parser, given a start, may otherwise cut right after it
        return doc
