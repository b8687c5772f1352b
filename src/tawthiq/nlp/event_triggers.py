"""Event triggers: the words and phrases that name events, loaded from `data/events/`.

A phrase whose first word is a verb is matched in that verb's dependency subtree ("transferred
by army officers to military training camps" matches "transfer to military training camp"); a
noun phrase is matched on consecutive lemmas ("air strike", "car bomb"). Longer phrases win."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from .extensions import doc_tokens, word_forms
from .quantities import counts_people

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


@dataclass(frozen=True)
class Trigger:
    lemmas: tuple[str, ...]
    type: str
    pos: str  # verb | noun | any
    condition: str | None  # agent=armed, cue=conscription, …


@dataclass
class TriggerMatch:
    trigger: Trigger
    head: Token  # the word that names the event
    tokens: list[Token]


@dataclass(frozen=True)
class EventType:
    name: str
    acled_type: str | None
    acled_sub: str | None
    rank: int


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    text = resources.files("tawthiq.data.events").joinpath("types.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, acled_type, acled_sub, rank = (line.split("\t") + ["", "", "", "1"])[:4]
        out[name] = EventType(name, acled_type or None, acled_sub or None, int(rank or 1))
    return out


@lru_cache(maxsize=1)
def triggers() -> dict[str, list[Trigger]]:
    """Triggers by their first lemma, longest first."""
    text = resources.files("tawthiq.data.events").joinpath("triggers.tsv").read_text("utf-8")
    by_first: dict[str, list[Trigger]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, etype, pos = line.split("\t")[:3]
        pos, _, condition = pos.partition("|")
        lemmas = tuple(phrase.split())
        by_first.setdefault(lemmas[0], []).append(Trigger(lemmas, etype, pos, condition or None))
    for items in by_first.values():
        items.sort(key=lambda t: -len(t.lemmas))
    return by_first


@lru_cache(maxsize=1)
def weapon_words() -> frozenset[str]:
    """The first words of the triggers that name a weapon ("rocket", "missile", "barrel bomb")."""
    return frozenset(t.lemmas[0] for items in triggers().values() for t in items if t.condition == "weapon")


@lru_cache(maxsize=1)
def modality() -> dict[str, str]:
    text = resources.files("tawthiq.data.events").joinpath("modality.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {r[0]: r[1] for r in rows}


@lru_cache(maxsize=1)
def air_arms() -> re.Pattern:
    """Names of an air arm ("air force", "warplanes"), as one pattern over an agent's name."""
    text = resources.files("tawthiq.data.events").joinpath("air_arms.txt").read_text("utf-8")
    words = [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b", re.I)


@lru_cache(maxsize=1)
def held_weapon_words() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs and nouns that make a weapon a thing held, moved or done away with (see the data file)."""
    text = resources.files("tawthiq.data.events").joinpath("held_weapons.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return frozenset(w for k, w in rows if k == "verb"), frozenset(w for k, w in rows if k == "noun")


@lru_cache(maxsize=1)
def ground_nouns() -> frozenset[str]:
    text = resources.files("tawthiq.data.events").joinpath("ground_nouns.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _takes_ground(verb: Token) -> bool:
    """'captured the airport', 'seized control of the road', 'captured Bakhmut': what a verb of capture
    takes is ground (or it takes nothing named), not people or goods."""
    objects = _acted_on(verb)
    return not objects or any(_ground(t) or any(c.dep_ == "compound" and _ground(c) for c in t.children) for t in objects)


def _ground(tok: Token) -> bool:
    """A named place ("Bakhmut", "Kherson airport"), a noun of ground ("the hilltop"), or "it",
    which may be either."""
    if _lemma(tok) in ground_nouns() or tok.ent_type_ in PLACE_ENTITIES or tok.lower_ == "it":
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "NORP", "ORG") or any(
        m.start <= tok.idx < m.end for place in tok.doc._.places or [] for m in place.mentions)


SITES = frozenset({"camp", "centre", "center", "site", "shelter", "settlement", "corridor", "route", "point", "zone", "order"})


def _describes(tok: Token) -> bool:
    """'displaced people', 'internally displaced persons', 'the displaced', 'a displacement camp',
    'an evacuation centre': a word that describes people or a place tells no event."""
    if tok.dep_ == "amod" and tok.head.pos_ in NOUN_POS and counts_people(tok.head):
        return True
    if tok.tag_ == "VBN" and any(c.dep_ == "det" for c in tok.children):
        return True  # "aid reached the displaced": the participle names the people
    return tok.dep_ in ("compound", "amod") and tok.head.pos_ in NOUN_POS and _lemma(tok.head) in SITES


def _held(tok: Token) -> bool:
    """'seized mortars', 'the chemical weapons stockpile', 'a cache of rockets', 'destroying chemical
    weapons': a weapon the sentence has held, moved or done away with was not used."""
    verbs, nouns = held_weapon_words()
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.pos_ in NOUN_POS:
        if _lemma(tok.head) in nouns:
            return True  # "rocket launchers", "the chemical weapons convention"
        tok = tok.head
    while tok.dep_ == "conj":
        tok = tok.head  # "seized rifles and mortars"
    if tok.dep_ in ("dobj", "nsubjpass"):
        return _lemma(tok.head) in verbs
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return _lemma(tok.head.head) in nouns  # "a cache of mines", "the removal of chemical weapons"
    return False


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower() if tok.lemma_ else tok.lower_


def find_triggers(doc: Doc) -> list[TriggerMatch]:
    tok_at = doc_tokens(doc)
    table = triggers()
    found: list[TriggerMatch] = []
    used: set[int] = set()
    for tok in tok_at:
        keys = {_lemma(tok), tok.lower_}
        if tok.lower_.endswith("s") and len(tok.lower_) >= 5 and tok.pos_ in ("PROPN", "VERB"):
            keys.add(tok.lower_[:-1])  # title case hides plurals from the lemmatiser: "Airstrikes"
        for key in keys:
            for trig in table.get(key, ()):
                if (len(trig.lemmas) == 1 or trig.pos == "verb") and not _pos_ok(tok, trig.pos):
                    continue
                if not _cue_ok(tok, trig.condition):
                    continue  # the next reading of the same word may fit ('bombing' by a suicide bomber)
                tokens = _match(doc, tok, trig)
                if tokens is None or any(t.i in used for t in tokens):
                    continue
                found.append(TriggerMatch(trig, tok, tokens))
                used.update(t.i for t in tokens)
                break
            else:
                continue
            break
    return found


def _cue_ok(tok: Token, condition: str | None) -> bool:
    """A `cue=a/b/c` condition: one of these words (lemma, form or singular) is in the sentence;
    `own=a/b/c`: one is in the word's own phrase or the word it hangs on ("a bomb attack dropped
    from the air", not "a bomb attack …, days after an air strike");
    `agent=air`: the word is qualified as from the air ("air raid", "aerial bombardment");
    `object=people`: the verb acts on people; `object=ground`: what it takes is ground, not people
    or goods; `subject=ground`: what it tells of is ground ("the town fell to the rebels"); `acts`:
    the person word is not acted on; `occurs`: the word tells an event, not what people or a place
    are ("displaced people", "an evacuation centre"); `weapon`: the weapon was used, not held, moved
    or done away with."""
    if condition == "agent=air":
        return any(t.lower_ in ("air", "aerial") for t in tok.lefts)
    if condition == "object=people":
        return any(counts_people(t) for t in _acted_on(tok))
    if condition == "acts":
        return not _undergoes(tok)
    if condition == "weapon":
        return not _held(tok)
    if condition == "occurs":
        return not _describes(tok)
    if condition == "object=ground":
        return _takes_ground(tok)
    if condition == "subject=ground":
        return not any(c.dep_ == "nsubj" and not _ground(c) for c in tok.children)  # "the town fell to", not "shells fell near … to"
    if condition and condition.startswith("own="):
        cues = set(condition.removeprefix("own=").split("/"))
        phrase = tok
        while phrase.dep_ == "compound" and phrase.head is not phrase:
            phrase = phrase.head
        return any(word_forms(t) & cues for t in (*phrase.subtree, phrase.head))
    if not condition or not condition.startswith("cue="):
        return True
    cues = set(condition.removeprefix("cue=").split("/"))
    return any(word_forms(t) & cues for t in tok.sent)


def _acted_on(verb: Token) -> list[Token]:
    """What a verb acts on: its object, or its subject when passive ("40 fighters were eliminated"),
    through "a group of" to the people in it."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN"):
        objects.append(verb.head)  # "40 gunmen killed by soldiers", "fighters eliminated"
    objects += [c for conj in list(objects) for c in conj.conjuncts]
    return objects + [p for o in objects for prep in o.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]


def _undergoes(tok: Token) -> bool:
    """A person the sentence acts on ("killed 20 fighters including two suicide bombers"),
    not one who acts."""
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        tok = tok.head  # "suicide" → "bombers"
    while tok.dep_ in ("conj", "appos") or tok.dep_ == "pobj" and tok.head.lower_ in ("including", "among"):
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "nsubjpass")


def _pos_ok(tok: Token, pos: str) -> bool:
    if pos == "verb":  # a headline's capital can make a name of its verb: "Army Kills 40 Militants"
        return tok.pos_ in VERB_POS or tok.tag_.startswith("VB") or tok.tag_ == "NNPS" and tok.dep_ == "ROOT"
    if pos == "noun":
        # a word the parser puts in a noun's place is a noun, whatever its tag ("in regime airstrikes")
        return tok.pos_ in NOUN_POS or tok.tag_.startswith("NN") or tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "appos")
    return tok.pos_ in VERB_POS | NOUN_POS or tok.tag_.startswith(("VB", "NN"))


def _match(doc: Doc, tok: Token, trig: Trigger) -> list[Token] | None:
    if len(trig.lemmas) == 1:
        return [tok]
    rest = trig.lemmas[1:]
    if trig.pos == "verb":
        # the phrase's other words hang on the verb ("round them up", "took control", "stopped at
        # the checkpoint"), not deeper in its clause ("push for a resolution setting out terms")
        subtree = [t for t in tok.subtree if t.i > tok.i and t.i - tok.i <= 14 and tok in (t.head, t.head.head)]
        got, k = [tok], 0
        for t in subtree:
            if k < len(rest) and (_lemma(t) == rest[k] or t.lower_ == rest[k]):
                got.append(t)
                k += 1
        return got if k == len(rest) else None
    got, i = [tok], tok.i + 1
    for lemma in rest:
        while i < len(doc) and doc[i].text in ("-", "–") and lemma not in ("-", "–"):
            i += 1
        if i >= len(doc) or lemma not in word_forms(doc[i]):
            return None  # plural forms for title case: "Twin Bomb Attacks"
        got.append(doc[i])
        i += 1
    return got
