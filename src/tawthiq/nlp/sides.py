"""tawthiq_sides: the side and ACLED inter of every actor, from evidence in the text.

Sides are relative to the war the article is about (the country its places are in): the
government and its forces, those aligned with it, the opposition and those aligned with it, third
armed forces, neutral observers. The evidence is, in order: the actor lexicon entry for this
war; side words in the actor's own name or role ("rebel fighter", "pro-regime journalist",
"regime officials"); the group its description says it belongs to ("coordinator between
opposition factions"); the outlet or force it works for ("al-Mayadeen correspondent").
`side_evidence` points at the deciding words; with no evidence the side stays "unknown".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..record import Actor, Span as Evidence
from .actors import Draft, LexEntry, nouns, owner_of

GROUP_NOUNS = {"faction", "group", "force", "forces", "rebel", "army", "regime", "militia", "opposition", "brigade",
               "battalion", "council", "government", "movement", "front", "coalition", "fighter", "unit", "media", "outlet",
               "junta", "military", "party", "administration", "authorities"}
MEMBERSHIP_PREPS = {"between", "of", "with", "for", "from", "within", "among", "in"}
PLACE_NOUNS = {"neighbourhood", "neighborhood", "area", "city", "district", "territory", "region", "village", "town",
               "part", "quarter", "zone", "side", "enclave", "pocket", "school", "street", "province", "country"}
ARMED_KINDS = {"state", "armed_group"}
ALIGNED = {"backed", "allied", "aligned", "affiliated", "linked", "supported", "funded", "sponsored", "loyal"}
BELONGING = frozenset({"belong", "affiliate", "link", "ally", "align", "back", "support", "fund", "sponsor", "fight", "serve", "work",
                       "know", "call", "name", "bolster", "reinforce", "lead", "command", "join"})  # what an actor is, or whose


@lru_cache(maxsize=1)
def side_cues() -> dict[str, tuple[str, str]]:
    text = resources.files("tawthiq.data.actors").joinpath("side_cues.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {r[0]: (r[1], r[2]) for r in rows}


def conflict_country(doc: Doc) -> str | None:
    """The country whose war the article is about: where most of its places are. A place named
    as where something happens ('in Idlib') counts more than one standing for its government
    ('Moscow said', 'US officials'). Read by the sides and the events components: counted once."""
    places = doc._.places or []
    cached = doc.user_data.get("tawthiq_conflict_country")
    if cached is not None and cached[0] is places:
        return cached[1]
    votes: Counter = Counter()
    for place in places:
        if getattr(place, "dateline", False) or getattr(place, "attributive", False) or not place.country:
            continue
        weight = 1 if place.feature == "country" else 2
        votes[place.country] += sum(weight * _locative_weight(doc, m.start, m.end) for m in place.mentions)
    country = votes.most_common(1)[0][0] if votes else None
    doc.user_data["tawthiq_conflict_country"] = (places, country)
    return country


_LOCATIVE = frozenset("in at near across inside outside around throughout into from of".split())
_ACTOR_DEPS = frozenset("nsubj nsubjpass compound poss amod".split())


def _locative_weight(doc: Doc, start: int, end: int) -> float:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return 1.0
    root = span.root
    if root.dep_ in _ACTOR_DEPS or (span.end < len(doc) and doc[span.end].text in ("'s", "’s")):
        return 0.5
    if span.start > 0 and doc[span.start - 1].lower_ in _LOCATIVE:
        return 1.5
    return 1.0


class SidesComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_sides"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        actors = doc._.actors or []
        drafts: dict[str, Draft] = doc._.actor_drafts or {}
        country = conflict_country(doc)
        decided: dict[str, tuple[str, str | None, Evidence]] = {}
        for actor in actors:
            draft = drafts.get(actor.id)
            found = _from_owner(doc, actor, country)
            if found:
                decided[actor.id] = found
                continue
            if draft is not None and draft.lex:
                found = _from_lexicon(doc, actor, draft.lex, country)
            if not found:
                found = _from_national_body(doc, actor, country)
            if found:
                decided[actor.id] = found
        for actor in actors:
            if actor.id in decided:
                continue
            draft = drafts.get(actor.id)
            found = _from_nationality(doc, actor, country)
            if found is None and draft is not None:
                found = _from_cues(doc, actor, draft, actors, decided)
            if found is None and draft is not None:
                found = _from_affiliation(doc, actor, draft, actors, decided)
            if found is None:
                found = _from_runner(doc, actor, actors, decided)
            if found:
                decided[actor.id] = found
        for actor in actors:
            if actor.id in decided:
                side, inter, evidence = decided[actor.id]
                actor.side = side
                actor.inter = actor.inter or inter
                actor.side_evidence = evidence
            if actor.kind == "person":
                actor.inter = None
        return doc


def side_of_late_actor(doc: Doc, actor: Actor) -> None:
    """Side an actor found after this component ran, by what can be read from its own words: a
    state named, or by its capital ("Ukraine says", "Moscow denied": the state, on its side in
    this war) or owned by a state ("Russia's Defence Ministry")."""
    from ..geo.gazetteer import open_gazetteer

    gaz = open_gazetteer()
    country = conflict_country(doc)
    if actor.kind in ("organization", "state") and (gaz.country_named(actor.name.strip()) or gaz.capital_of(actor.name.strip())):
        actor.kind = "state"
    found = _from_nationality(doc, actor, country) or _from_owner(doc, actor, country) or _from_national_body(doc, actor, country)
    if found:
        actor.side, inter, actor.side_evidence = found
        actor.inter = actor.inter or (inter if actor.kind in ("state", "armed_group") else None)


def _from_nationality(doc: Doc, actor: Actor, country: str | None):
    """'Russian' qualifying a strike, or 'Moscow' speaking: the forces of that state, on the side
    the lexicon gives them in this war; a state's own forces in its own war are the government."""
    if actor.kind != "state" or not actor.mentions:
        return None
    from ..geo.gazetteer import open_gazetteer

    gaz = open_gazetteer()
    nation = gaz.demonym_country(actor.name) or gaz.country_named(actor.name) or gaz.capital_of(actor.name)
    if nation is None:
        return None
    m = actor.mentions[0]
    return _forces_of_state(doc, actor, nation, country, Evidence(start=m.start, end=m.end, text=m.text))


def _from_owner(doc: Doc, actor: Actor, country: str | None):
    """'Turkey's army', 'Russia's Aerospace Forces', 'Russia's Defence Ministry': forces or a body
    a country's name owns are that state's, whatever the bare noun would mean ('the army' in a
    Syrian report is Syria's)."""
    if actor.kind not in ("state", "armed_group", "organization") or not actor.mentions:
        return None
    from ..geo.gazetteer import open_gazetteer

    m = actor.mentions[0]
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    owner = owner_of(span.root, span.start, entity=actor.kind != "organization") if span is not None and len(span) else None
    if owner is None:
        return None
    nation = open_gazetteer().country_named(owner.text)
    if nation is None:
        return None
    found = _forces_of_state(doc, actor, nation, country, _evidence(doc, owner.i, span.end))
    if found and actor.kind == "organization":
        return found[0], None, found[2]  # a ministry takes its state's side, not a force's category
    return found


STATE_BODIES = frozenset({"army", "navy", "military", "police", "forces", "force", "gendarmerie", "corps", "troops", "soldiers"})
FORCE_QUALIFIERS = frozenset({"arab", "armed", "aerospace", "air", "naval", "defense", "defence", "security", "special",
                              "border", "federal", "republican", "royal", "military"})


def _from_national_body(doc: Doc, actor: Actor, country: str | None):
    """'the Russian Navy', 'the Syrian Arab Air Force', 'the Russian Foreign Ministry': a state's
    forces or ministry named with its demonym are that state's (the actor becomes a state), on its
    side in this war. Only words that name a state's arms may stand between ('Syrian Democratic
    Forces' is a militia, 'Lebanese Forces' a party, and a 'National Army' may be either)."""
    words = [w.lower() for w in actor.name.split()]
    if len(words) < 2 or actor.kind not in ("state", "armed_group", "organization") or not actor.mentions:
        return None
    ministry = "ministry" in words[1:]
    between, body = words[1:-1], words[-1]
    if not ministry and (body not in STATE_BODIES or any(w not in FORCE_QUALIFIERS for w in between)
                         or body in ("force", "forces") and not between):
        return None
    from ..geo.gazetteer import open_gazetteer

    nation = open_gazetteer().demonym_country(actor.name.split()[0])
    if nation is None:
        return None
    m = actor.mentions[0]
    found = _forces_of_state(doc, actor, nation, country, Evidence(start=m.start, end=m.end, text=m.text))
    if found is None:
        return None
    actor.kind = "state"
    return (found[0], None, found[2]) if ministry else found


def _forces_of_state(doc: Doc, actor: Actor, nation: str, country: str | None, evidence: Evidence):
    """A state's forces: the government in its own war, else the side the lexicon gives that state's
    forces in this one."""
    if country and nation == country:
        return "government", "state_forces", evidence
    entries = _forces_of().get(nation, [])
    found = _from_lexicon(doc, actor, entries, country) if entries else None
    return (found[0], found[1], evidence) if found else None


@lru_cache(maxsize=1)
def _forces_of() -> dict[str, list[LexEntry]]:
    """The lexicon's '<demonym> forces' entries by the country they belong to: what 'Russia' or
    'Russian' qualifying a strike stands for in each war."""
    from ..geo.gazetteer import open_gazetteer
    from .actors import lexicon

    gaz = open_gazetteer()
    out: dict[str, list[LexEntry]] = {}
    for alias, entries in lexicon().items():
        if alias.endswith(" forces") and " " not in alias[: -len(" forces")]:
            nation = gaz.demonym_country(alias[: -len(" forces")])
            if nation:
                out.setdefault(nation, []).extend(entries)
    return out


def _evidence(doc: Doc, start: int, end: int) -> Evidence:
    span = doc[start:end]
    return Evidence(start=span.start_char, end=span.end_char, text=span.text)


def _from_lexicon(doc: Doc, actor: Actor, entries: list[LexEntry], country: str | None):
    chosen = next((e for e in entries if e.conflict == country), None) or next((e for e in entries if e.conflict == "*"), None)
    if chosen is None and (country is None or len({e.side for e in entries}) == 1):
        chosen = entries[0]  # a group of one war keeps its side when an article about another names it
    if chosen is None or chosen.side == "unknown":
        return None
    m = actor.mentions[0]
    return chosen.side, chosen.inter, Evidence(start=m.start, end=m.end, text=m.text)


def _cue_side(tokens: list[Token], armed: bool) -> tuple[str, int, int] | None:
    """The side a run of tokens states, with the token span that states it."""
    cues = side_cues()
    for i, tok in enumerate(tokens):
        word = tok.lower_
        start = end = tok.i
        if word in ("pro", "anti") and i + 2 < len(tokens) and tokens[i + 1].text == "-":
            word = f"{word}-{tokens[i + 2].lower_}"
            end = tokens[i + 2].i
        elif i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].lower_ in ("pro", "anti"):
            continue
        elif i + 2 < len(tokens) and tokens[i + 1].text == "-" and word in cues:
            joined = tokens[i + 2].lower_
            if joined in ALIGNED:  # "government-backed militias", "rebel-allied"
                side = cues[word][0]
                aligned = {"government": "pro_government", "opposition": "pro_opposition"}.get(side, side)
                return aligned, start, tokens[i + 2].i + 1
            continue  # "military-age", "rebel-held", "government-controlled": not a side of the actor
        if word in cues:
            if _modifies_place(tok):
                continue
            side = cues[word][0 if armed else 1]
            return side, start, end + 1
    return None


def _modifies_place(tok: Token) -> bool:
    head = tok.head
    hops = 0
    while tok.dep_ in ("amod", "compound", "punct", "poss", "nmod") and hops < 3:
        if head.lemma_.lower() in PLACE_NOUNS:
            return True
        tok, head, hops = head, head.head, hops + 1
    return False


def _from_cues(doc: Doc, actor: Actor, draft: Draft, actors: Sequence[Actor] = (), decided: dict | None = None):
    armed = actor.kind in ARMED_KINDS
    for start, end in sorted(draft.mentions):
        found = _cue_side([*_aligned_before(doc, start, end), *doc[start:end]], armed)
        if found:
            return found[0], None, _evidence(doc, found[1], found[2])
    if draft.description_span:
        decided = decided or {}
        named_sides = [(decided[o.id][0], m) for o in actors if o.id in decided and o.id != actor.id for m in o.mentions]
        for tokens in _membership_tokens(doc, *draft.description_span):
            named = next(((side, m) for t in tokens for (side, m) in named_sides if m.start <= t.idx < m.end), None)
            if named is not None:  # "the Libyan National Army spokesman": the named group's side, not the word "army"'s
                side = "pro_government" if actor.kind == "person" and named[0] == "government" else named[0]
                return side, None, Evidence(start=named[1].start, end=named[1].end, text=named[1].text)
            found = _cue_side(tokens, armed or _armed_role(tokens))
            if found:
                return found[0], None, _evidence(doc, found[1], found[2])
    return None


def _aligned_before(doc: Doc, start: int, end: int) -> list[Token]:
    """'The army-aligned Sudan Doctors Network': an alignment told right before a name."""
    word = _hyphened_before(doc, start, ALIGNED)
    return list(doc[start - 3 : start]) if word is not None and word.head.i in range(start, end) else []


def _hyphened_before(doc: Doc, start: int, words: frozenset[str] | set[str]) -> Token | None:
    """The word of `words` joined by a hyphen to the word before it, right before token `start`
    ("the army-aligned …", "the Hamas-run …")."""
    return doc[start - 1] if start >= 3 and doc[start - 1].lower_ in words and doc[start - 2].text == "-" else None


def _armed_role(tokens: list[Token]) -> bool:
    return any(nouns().get(t.lemma_.lower(), ("",))[0] in ARMED_KINDS for t in tokens)


def _membership_tokens(doc: Doc, start: int, end: int) -> list[list[Token]]:
    """The parts of a description that say what the actor is or belongs to: the role noun with
    its modifiers, and groups named in 'between/of/with … factions' phrases; not the places it
    lives in."""
    span = doc[start:end]
    head = span.root
    groups = [[t for t in span if t.i <= head.i and (t.head.i == head.i or t.i == head.i or t.head.head.i == head.i)]]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in MEMBERSHIP_PREPS and start <= prep.i < end:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in GROUP_NOUNS:
                    groups.append([t for t in obj.subtree if start <= t.i < end])
    return groups


RUNNING = frozenset({"run", "controlled", "installed", "appointed", "administered", "operated", "dominated"})


def _from_runner(doc: Doc, actor: Actor, actors: list[Actor], decided: dict):
    """'the Hamas-run health ministry', 'the Houthi-controlled ministry': a body a party named
    before it runs, controls or installed is on that party's side."""
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        run = next((t for t in span if t.lower_ in RUNNING and t.i >= 2 and doc[t.i - 1].text == "-"), None)
        if run is None:
            run = _hyphened_before(doc, span.start, RUNNING)
        if run is None:
            continue
        runner = doc[run.i - 2]
        for other in actors:
            if other.id != actor.id and other.id in decided and any(o.start <= runner.idx < o.end for o in other.mentions):
                return decided[other.id][0], None, _evidence(doc, runner.i, run.i + 1)
    return None


def _from_affiliation(doc: Doc, actor: Actor, draft: Draft, actors: list[Actor], decided: dict):
    """'al-Mayadeen correspondent Rida al-Basha': the side of the outlet or force in the role."""
    if not draft.description_span:
        return None
    s, e = draft.description_span
    lo, hi = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
    told_of = {t.idx for c in doc[s:e] if c.dep_ == "relcl" or c.dep_ == "acl" and c.lower_ not in ALIGNED and c.lemma_.lower() not in BELONGING
               for t in c.subtree}  # "troops who fought the Houthis near Marib", not "police affiliated with the PYD"
    for other in actors:
        if other.id == actor.id or other.id not in decided:
            continue
        for m in other.mentions:
            if lo <= m.start and m.end <= hi and m.start not in told_of:
                side = decided[other.id][0]
                if actor.kind == "person" and side == "government":
                    side = "pro_government"
                return side, None, Evidence(start=m.start, end=m.end, text=m.text)
    return None
