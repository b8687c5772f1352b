"""The article record: the one model every stage reads and writes.

It follows the JSON contract (`tawthiq.record/1`) field for field. Offsets index into
`document.text` (Python str indices, end exclusive), so `text[start:end]` is always the evidence.
Fields that cannot be filled are `None` (or empty lists), never guesses; a sibling `*_reason`
says why where it matters. Extra fields are allowed, so stages can add without breaking readers.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "tawthiq.record/1"

ActorKind = Literal["person", "organization", "armed_group", "state", "media", "population"]
Side = Literal[
    "government", "pro_government", "opposition", "pro_opposition", "other_armed", "neutral", "unknown"
]
Inter = Literal[
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_forces",
]
Feature = Literal["country", "admin1", "admin2", "city", "district", "village", "natural", "facility"]
Precision = Literal["day", "week", "month", "quarter", "year", "range", "time", "decade", "century"]
QuantityKind = Literal[
    "money", "fatalities", "injured", "people", "age", "area", "distance", "duration", "count", "percent"
]
Role = Literal["agent", "target", "victim", "beneficiary"]
SourceKind = Literal["named", "pseudonymous", "anonymous", "outlet"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", validate_assignment=False)


class Span(_Model):
    """A stretch of `document.text`: the evidence for a field."""

    start: int
    end: int
    text: str


class Removed(_Model):
    """Text taken out of `document.text` (site furniture), kept so a reviewer can check it."""

    text: str
    reason: str
    position: Literal["start", "end", "inside"] = "end"


class Original(_Model):
    """The report this one translates or republishes."""

    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    text: str | None = None  # the sentence that states it, as written


class Document(_Model):
    id: str
    source: str
    title: str | None = None
    text: str = ""
    language: str | None = None
    outlet: str | None = None
    url: str | None = None
    authors: list[str] = Field(default_factory=list)
    dateline: str | None = None
    published: str | None = None
    published_reason: str | None = None
    original: Original | None = None
    removed: list[Removed] = Field(default_factory=list)
    media_type: str | None = None


class Actor(_Model):
    id: str
    name: str
    kind: ActorKind
    pseudonym: bool = False
    anonymous: bool = False
    description: str | None = None
    side: Side = "unknown"
    inter: Inter | None = None
    side_evidence: Span | None = None
    mentions: list[Span] = Field(default_factory=list)


class Place(_Model):
    id: str
    name: str
    feature: Feature | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    parent: str | None = None
    qualifier: str | None = None
    score: float | None = None
    reason: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class DateExpr(_Model):
    id: str
    text: str
    start_char: int
    end_char: int
    start: str | None = None
    end: str | None = None
    precision: Precision | None = None
    value: str | None = None
    anchor: Literal["published", "original.published", "text"] | None = None
    reason: str | None = None


class Quantity(_Model):
    id: str
    kind: QuantityKind
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    approximate: bool = False
    text: str
    start: int
    end: int
    of: str | None = None
    cumulative: bool = False
    rule: str | None = None


class EventDate(_Model):
    text: str | None = None
    start: str | None = None
    end: str | None = None
    precision: Precision | None = None
    ref: str | None = None  # id of the `dates` entry it came from
    reason: str | None = None


class AcledType(_Model):
    event_type: str
    sub_event_type: str


class EventActor(_Model):
    actor: str
    role: Role


class Source(_Model):
    name: str | None = None
    actor: str | None = None
    kind: SourceKind
    side: Side = "unknown"
    cue: str | None = None
    quote: str | None = None


class Event(_Model):
    id: str
    type: str
    text: str
    start: int
    end: int
    acled: AcledType | None = None
    place: str | None = None
    date: EventDate | None = None
    actors: list[EventActor] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    negated: bool = False
    hedged: bool = False
    planned: bool = False  # only intended, weighed or threatened ("are considering air strikes")


class Quote(_Model):
    id: str
    speaker: str | None = None
    text: str
    start: int
    end: int
    direct: bool
    cue: str | None = None


class Record(_Model):
    schema_: str = Field(default=SCHEMA, alias="schema")
    document: Document
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    dates: list[DateExpr] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    extractor: str | None = None

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict, with the contract's `schema` key and nulls kept."""
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        return cls.model_validate(data)


def span_of(text: str, start: int, end: int) -> Span:
    """Evidence for `text[start:end]`: the one place offsets become record spans."""
    return Span(start=start, end=end, text=text[start:end])
