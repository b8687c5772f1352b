"""tawthiq_claims: who claims each event.

An event told inside a quote or a reported clause belongs to its speaker; a sentence with no
attribution of its own that follows an attributed one in the same paragraph stays under that
speaker's reporting scope ("Raja explained that …" after "Raja … told All4Syria that …"); what
the article states in its own voice is the outlet's. An incident told again by another claimant
is claimed by each. The claimant's side is its actor's side.
A claim reported with a belief verb ("claim", "believe", "allege") hedges the event."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..record import Actor, Event, Source
from .extensions import mention_owners, meta, span_tokens, text_of
from .quotes import Attribution, cue_verbs


class ClaimsComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_claims"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        attribute_events(doc)
        return doc


def attribute_events(doc: Doc) -> None:
    events: list[Event] = doc._.events or []
    if not events:
        return
    actors = {a.id: a for a in doc._.actors or []}
    atts = [a for a in doc._.attributions or [] if a.speaker]
    scope = _sentence_scope(doc, atts)
    outlet = meta(doc).get("outlet")
    owners: dict[int, str] = {}

    def actor_of(tok: Token) -> Actor | None:  # who a word names, read only when a figure's giver is sought
        if not owners:
            owners.update(mention_owners(doc, actors.values()))
        return actors.get(owners.get(tok.i, ""))

    for event in events:
        tellings = [(event.start, event.end), *((m["start"], m["end"]) for m in getattr(event, "mentions", None) or [])]
        sources: list[Source] = []
        for n, (start, end) in enumerate(tellings):
            att = _covering(atts, start, end)
            given = _figure_giver(doc, start, end, actor_of) if att is None else None
            if att is None and given is None:
                tok = doc.char_span(start, end, alignment_mode="expand")
                att = scope.get(tok.sent.start) if tok is not None else None
                if att is not None and att.cue is not None and att.cue.sent.start == tok.sent.start \
                        and att.content[0] > att.cue.idx and end <= att.cue.idx:
                    att = None  # "The shelling came days after Russia announced a pause": before what was said, not said
            if given is not None:
                source = _named_source(*given)
            elif att is not None:
                source = _source(doc, att, actors.get(att.speaker))
                if n == 0 and att.cue is not None and cue_verbs().get(att.cue.lemma_.lower()) == "belief":
                    event.hedged = True
            else:
                source = Source(name=outlet, kind="outlet", side="unknown", cue=None)
            # the same incident told again by another claimant ("The army said 12 militants were
            # killed") is claimed by both: one source per claimant, the first telling's first
            fellows = [_source(doc, att, a) for a in _fellow_speakers(att, actor_of)] if att is not None and given is None else []
            for claimant in [source, *fellows]:
                if not any(_same_claimant(s, claimant) for s in sources):
                    sources.append(claimant)
        event.sources = sources


def _fellow_speakers(att: Attribution, actor_of: Callable[[Token], Actor | None]) -> list[Actor]:
    """'Activists and residents said …', '…, a war monitor and local officials said': each of the
    speakers joined by 'and' says it too."""
    told_of = {t.i for c in att.source if c.dep_ in ("relcl", "acl") for t in c.subtree}  # "…, which counts civilians and fighters alike,"
    own = [t for t in att.source if t.i not in told_of]
    words = {t.i for t in own}
    if not any(t.dep_ == "cc" and t.lower_ == "and" for t in own):
        return []
    out: list[Actor] = []
    for tok in own:
        joined = tok.dep_ == "conj" and tok.head.i in words or any(c.dep_ == "conj" and c.i in words for c in tok.children)
        actor = actor_of(tok) if joined else None
        if actor is not None and actor.id != att.speaker and actor not in out:
            out.append(actor)
    return out


def _same_claimant(a: Source, b: Source) -> bool:
    """One claimant, whether known by one actor or by two that bear the same name."""
    return a.kind == b.kind and (a.actor == b.actor or bool(a.name) and (a.name or "").lower() == (b.name or "").lower())


def _covering(atts: list[Attribution], start: int, end: int) -> Attribution | None:
    best = None
    for att in atts:
        s, e = att.content
        if s <= start and end <= e and (best is None or e - s < best.content[1] - best.content[0]):
            best = att
    return best


def _sentence_scope(doc: Doc, atts: list[Attribution]) -> dict[int, Attribution]:
    """Sentence start → the attribution whose reporting scope covers it."""
    by_sentence: dict[int, Attribution] = {}
    for att in atts:
        apart = att.cue is not None and _clause_apart(att)  # (what it said is covered by its offsets)
        span = doc.char_span(att.content[0], att.content[1], alignment_mode="expand")
        if span is not None:
            for sent in {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}.values():
                if not (apart and sent.start == att.cue.sent.start):
                    by_sentence.setdefault(sent.start, att)
        if att.cue is not None and not apart:
            by_sentence.setdefault(att.cue.sent.start, att)
    scope: dict[int, Attribution] = {}
    current = None
    paragraph = -1
    for sent in doc.sents:
        words = [t for t in span_tokens(sent) if not t.is_space]
        if not words:
            continue
        here = text_of(doc).count("\n\n", 0, words[0].idx)
        if here != paragraph:
            current = None  # a new paragraph ends the scope
            paragraph = here
        own = by_sentence.get(sent.start)
        if own is not None:
            current = own
            scope[sent.start] = own
        elif _turns_elsewhere(words):
            current = None
        elif current is not None and not _has_own_voice(sent):
            scope[sent.start] = current
    return scope


TURNS = frozenset({"meanwhile", "separately", "elsewhere"})  # words that leave one report for another


def _turns_elsewhere(words: list[Token]) -> bool:
    """'Meanwhile, terrorists fired shells at …', 'In a separate development …': the writer turns
    to another matter, which the speaker before did not tell."""
    first = [t.lower_ for t in words[:4]]
    return first[0] in TURNS or first[:3] in (["in", "a", "separate"], ["in", "another", "development"], ["in", "other", "news"])


def _clause_apart(att: Attribution) -> bool:
    """'Missiles hit Kharkiv, killing 7; Moscow says it struck military targets': a clause set off
    by a semicolon before what was said is not said by the speaker after it."""
    sent = att.cue.sent
    first = min(att.content[0], att.cue.idx)
    return any(t.text == ";" and t.idx < first for t in sent)


def _has_own_voice(sent) -> bool:
    """A sentence that names a new subject speaking or acting in the present perfect of the
    narrator ('The ministry said', 'Pro-regime media outlets have not reported') starts over."""
    return any(t.lemma_.lower() in cue_verbs() and any(c.dep_ == "nsubj" for c in t.children) for t in span_tokens(sent))


def _source(doc: Doc, att: Attribution, actor: Actor | None) -> Source:
    cue = text_of(doc)[att.cue_span[0] : att.cue_span[1]] if att.cue_span else None
    return _named_source(actor, cue, att.extra.get("quote_id"))


def _named_source(actor: Actor | None, cue: str | None, quote: str | None = None) -> Source:
    kind = "named"
    if actor is not None and actor.pseudonym:
        kind = "pseudonymous"
    elif actor is None or actor.anonymous:
        kind = "anonymous"
    return Source(
        name=actor.name if actor else None,
        actor=actor.id if actor else None,
        kind=kind,
        side=actor.side if actor else "unknown",
        cue=cue,
        quote=quote,
    )


FIGURE_VERBS = frozenset({"put", "place", "estimate", "record", "document", "count", "register", "tally"})
FIGURES = frozenset({"toll", "number", "figure", "tally", "count", "death", "casualty", "body"})


def _figure_giver(doc: Doc, start: int, end: int, actor_of: Callable[[Token], Actor | None]) -> tuple[Actor, str] | None:
    """'The Sudan Doctors Network put the death toll at 44', 'monitors recorded 30 deaths': who
    gives a figure in its own sentence claims it, though no verb of saying tells it (the actor
    and the verb)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for verb in span_tokens(span.sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in FIGURE_VERBS:
            continue
        if not any(c.dep_ == "dobj" and (c.lemma_.lower() in FIGURES or any(g.like_num for g in c.children)) for c in verb.children):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if (actor := actor_of(subject)) is not None:
                return actor, verb.text
    return None
