"""tawthiq_actors: everyone the article mentions — people, organisations, armed groups, state
bodies, outlets and population groups — each one actor with all its mentions.

Named people come from spaCy's PERSON entities and from names next to a role noun ("rebel
fighter Yazan al-Halabi") or an appositive; names in quotation marks standing alone ('Raja') are
pseudonyms. Organisations come from the actor lexicon (`data/actors/lexicon.tsv`) and ORG
entities; noun phrases headed by an actor noun ("regime officials", "a pro-regime journalist
based in west Aleppo") are actors too. Later mentions join earlier actors by name parts
("Zein a-Din"), and "the activist" style references join the person just introduced with that
role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..record import Actor, Place, Span as Evidence
from .extensions import SPEECH_VERBS, doc_entities, doc_tokens, in_headline, text_of, word_forms
from .quantities import toll_verb
from .timex_find import WEEKDAYS

PARTICLES = {"al", "el", "a", "ash", "as", "ad", "an", "ar", "at", "az", "ez", "es", "ed", "en", "bin", "ibn", "bint", "abu", "abd", "abdel", "abdul", "umm", "de", "van", "von", "da", "di", "du", "le", "la"}
QUOTES_OPEN = {"'", "‘", "“", '"', "`", "«"}
QUOTES_CLOSE = {"'", "’", "”", '"', "»"}
PSEUDONYM_CUES = re.compile(r"not (?:his|her|their) real names?|(?:asked|wished|preferred|requested) to be (?:identified|named|called) (?:only )?as|a pseudonym|names? (?:has|have) been changed|(?:whose|his|her) name (?:has been|was) changed", re.I)
TITLES = {"mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel", "sheikh", "president", "minister", "prime", "lt", "capt", "captain", "maj", "major", "sgt", "brig", "imam",
          "governor", "mayor", "commander", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
          "lieutenant", "sergeant", "brigadier", "admiral", "corporal"}
MEDIA_WORDS = {"voice", "news", "tv", "radio", "times", "post", "agency", "agencies", "channel", "press", "herald", "gazette", "daily", "today", "journal", "tribune", "observer", "monitor", "media", "broadcasting", "television", "telegraph", "guardian", "independent"}
BODY_KINDS = frozenset({"organization", "state", "armed_group", "media"})
STATE_OUTLET_WORDS = frozenset({"media", "tv", "television", "radio", "news"})
ARMED_WORDS = {"army", "forces", "force", "brigade", "brigades", "battalion", "front", "militia", "corps", "division", "regiment", "guard", "guards", "units", "movement"}
ENGLISH_ACRONYMS = frozenset({"is", "who", "un"})  # acronyms that are English words too: matched in capitals only
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "some", "many", "several", "other", "another", "its", "their", "his", "her", "our", "any", "all", "most", "such", "both", "each", "few", "more", "much"}
MODEL = re.compile(r"\d|\w-[A-Z0-9]+\b")  # "S-300", "Iskander-M", "Shahed-136": a weapon's designation
STATE_ACTS = frozenset({"launch", "fire", "deploy", "send", "conduct", "carry", "target", "hit", "strike", "bomb", "shoot",
                        "threaten"})  # what a country named as its state does, beside the cues of saying
GROUP_WORDS = frozenset({"group", "militia", "movement", "faction", "organisation", "organization"})  # "the group": a body named before
GROUP_REACH = 120  # tokens back to the name "the group" stands for
OFFICES = frozenset({"ministry", "ministries", "office", "government"})  # a state's organs, never "the group"
FIGHTING_BODIES = frozenset({"force", "brigade", "battalion"})  # "X Forces", "X Brigades": a name of a body that fights
ARMED_SERVICES = frozenset({"armed", "ground", "land", "naval", "air", "aerospace", "special", "border", "security"})
MODIFIER_DEPS = frozenset({"amod", "compound", "npadvmod", "nmod"})  # words that only describe the noun they hang on


@dataclass(frozen=True)
class LexEntry:
    name: str
    kind: str
    side: str
    inter: str | None
    conflict: str


@dataclass
class Draft:
    """An actor being assembled."""

    name: str
    kind: str
    key: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    pseudonym: bool = False
    anonymous: bool = False
    description: str | None = None
    description_span: tuple[int, int] | None = None  # token span of the role/appositive
    role_tokens: tuple[int, int] | None = None  # token span of a role phrase before the name
    lex: list[LexEntry] = field(default_factory=list)
    head: int | None = None  # token index of the first mention's head
    inter: str | None = None
    parts: set[str] = field(default_factory=set)  # name parts for matching later mentions


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[LexEntry]]:
    text = resources.files("tawthiq.data.actors").joinpath("lexicon.tsv").read_text("utf-8")
    out: dict[str, list[LexEntry]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        alias, name, kind, side, inter, conflict = (line.split("\t") + [""] * 6)[:6]
        out.setdefault(alias, []).append(LexEntry(name, kind, side or "unknown", inter or None, conflict or "*"))
    return out


@lru_cache(maxsize=1)
def nouns() -> dict[str, tuple[str, str | None]]:
    text = resources.files("tawthiq.data.actors").joinpath("nouns.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {r[0]: (r[1], (r[2] if len(r) > 2 and r[2] else None)) for r in rows}


@lru_cache(maxsize=1)
def attack_vocabulary() -> tuple[frozenset[str], dict[str, tuple[str, str | None]]]:
    folder = resources.files("tawthiq.data.actors")
    nouns_ = frozenset(w.strip() for w in folder.joinpath("event_nouns.txt").read_text("utf-8").splitlines() if w.strip() and not w.startswith("#"))
    rows = (line.split("\t") for line in folder.joinpath("modifier_actors.tsv").read_text("utf-8").splitlines() if line.strip() and not line.startswith("#"))
    return nouns_, {r[0]: (r[1], r[2] or None) for r in rows}


@lru_cache(maxsize=1)
def acts() -> frozenset[str]:
    """Nouns that name an act, never a doer ("attack", "shelling")."""
    text = resources.files("tawthiq.data.actors").joinpath("acts.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def last_act(tokens) -> int:
    """The index of the last word among `tokens` that names an act, or -1: in text that lost its
    commas, what stands before it was told ("withstood heavy bombing security analysts say"),
    and only what follows names the doer or the speaker."""
    return max((t.i for t in tokens if word_forms(t) & acts()), default=-1)


def _matchers(nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher]:
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    for alias, entries in lexicon().items():
        if len(alias) <= 5 and alias.isalpha() or alias in ENGLISH_ACRONYMS:
            exact.add(alias, [nlp.make_doc(alias.upper())])
            if len(alias) >= 4 and entries[0].kind not in ("media", "organization", "person"):
                # an armed group's or a state's short name is written as a name too ("Daesh", "Isil",
                # "Hamas"); an agency's or a body's would be a word or a city ("Sana", "Who"), and
                # three letters a first name or a brand ("Ola", "Kia")
                exact.add(alias, [nlp.make_doc(alias.title())])
            if _lost_possessive(alias, entries[0].kind):
                exact.add(alias, [nlp.make_doc(alias.title() + "s")])
        else:
            lower.add(alias, [nlp.make_doc(form) for form in _written_forms(alias, entries[0].kind)])
    return lower, exact


def _written_forms(alias: str, kind: str) -> list[str]:
    """An alias as damaged text writes it too: without its apostrophes ("Peoples Protection
    Units") and as a possessive that lost one ("the Iraqi armys units", "Haftars forces")."""
    forms = [alias]
    if "'" in alias:
        forms.append(alias.replace("'", ""))
    if _lost_possessive(alias, kind):
        forms += [form + "s" for form in forms]
    return forms


def _lost_possessive(alias: str, kind: str) -> bool:
    """Whether alias + "s" can only be a possessive without its apostrophe: a surname, or a name
    that ends in "y", which no plural spells so."""
    return len(alias) >= 5 and (kind == "person" and " " not in alias or alias.endswith("y") and " " in alias)


class ActorsComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_actors"):
        self.name = name
        self.lower, self.exact = _matchers(nlp)

    def __call__(self, doc: Doc) -> Doc:
        finder = _Finder(doc, self.lower, self.exact)
        doc._.actors = finder.run()
        doc._.actor_drafts = finder.drafts_by_id
        return doc


class _Finder:
    def __init__(self, doc: Doc, lower: PhraseMatcher, exact: PhraseMatcher):
        self.doc = doc
        self.lower = lower
        self.exact = exact
        self.drafts: list[Draft] = []
        self.by_key: dict[str, Draft] = {}
        self.taken: set[int] = set()
        self.tagged_as_body: set[str] = set()  # keys of people the tagger took for a body: their later names are too
        self.place_spans = _place_spans(doc)
        self.places = _place_tokens(self.place_spans)
        self.place_starts = {span.start: span.end for _, _, span in self.place_spans}  # every place's first word, a country's too
        self.drafts_by_id: dict[str, Draft] = {}

    def run(self) -> list[Actor]:
        self._lexicon_with_modifiers()
        self._lexicon()
        self._people()
        self._organisations()
        self._attack_modifiers()
        self._noun_phrases()
        self._states_acting()
        self._role_references()
        self._bodies_named_again()
        self._fold_unowned()
        return self._records()

    def _fold_unowned(self) -> None:
        """A bare noun ("the air force said") is the one owned force of its name ("Russia's air
        force"); beside two owners' forces ("Syria's army", "Turkey's army") it stays apart."""
        owned: dict[str, list[Draft]] = {}
        for d in self.drafts:
            if "@" in d.key:
                owned.setdefault(d.key.split("@")[0], []).append(d)
        for bare in [d for d in self.drafts if len(owned.get(d.key, [])) == 1]:
            (owner,) = owned[bare.key]
            owner.mentions.extend(m for m in bare.mentions if m not in owner.mentions)
            self.drafts.remove(bare)
            del self.by_key[bare.key]

    # -- finding --------------------------------------------------------------------------------

    def _add(self, name: str, kind: str, key: str, start: int, end: int, **kw) -> Draft:
        draft = self.by_key.get(key)
        if draft is None:
            draft = Draft(name=name, kind=kind, key=key, head=self.doc[start:end].root.i, **kw)
            self.by_key[key] = draft
            self.drafts.append(draft)
        if (start, end) not in draft.mentions:
            draft.mentions.append((start, end))
        self.taken.update(range(start, end))
        return draft

    def _free(self, start: int, end: int) -> bool:
        return not any(i in self.taken for i in range(start, end))

    def _lexicon(self) -> None:
        doc = self.doc
        tok_at = doc_tokens(doc)
        matches = [(s, e, doc.vocab.strings[m]) for m, s, e in self.lower(doc)] + [
            (s, e, doc.vocab.strings[m]) for m, s, e in self.exact(doc)
        ]
        matches.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        for start, end, alias in matches:
            if not self._free(start, end):
                continue
            entries = lexicon()[alias]
            first = entries[0]
            if first.kind == "person" and len(alias.split()) == 1 and not tok_at[start].text[:1].isupper():
                continue
            if alias in ENGLISH_ACRONYMS and _shouted(tok_at, start, end):
                continue  # "WHAT IS NEXT": a word in a headline set in capitals, not the Islamic State
            if first.kind == "media" and _named_as_place(tok_at, start):
                continue  # "near the town of Mayadeen": the town, not the channel named after it
            if start > 0 and _another_countrys(tok_at[start - 1], alias, entries):
                continue  # "the Ethiopian National Defense Forces": not the Syrian militia of that name
            owner = owner_of(doc[start:end].root, start)
            name = first.name if owner is None else doc[owner.i : end].text
            draft = self._add(name, first.kind, _owned("lex:" + first.name.lower(), owner), start, end)
            draft.lex = entries
            draft.parts |= {t.lower_ for t in doc[start:end] if t.is_alpha and len(t) > 2}

    def _lexicon_with_modifiers(self) -> None:
        """'the Saudi-led anti-Houthi coalition': a known name of two parts with the enemy it
        fights named between; that enemy is no actor of the phrase."""
        doc = self.doc
        tok_at = doc_tokens(doc)
        for head in tok_at:
            if head.pos_ not in ("NOUN", "PROPN") or not self._free(head.i, head.i + 1):
                continue
            for first in head.lefts:
                gap = doc[first.i + 1 : head.i]
                if first.dep_ not in MODIFIER_DEPS or not _against_whom(gap) or not all(t.dep_ in MODIFIER_DEPS or t.is_punct for t in gap):
                    continue
                start = first.left_edge.i + (first.left_edge.pos_ == "DET")
                entries = lexicon().get(f"{doc[start : first.i + 1].text.lower()} {head.lower_}")
                if entries and self._free(start, head.i):
                    draft = self._add(entries[0].name, entries[0].kind, "lex:" + entries[0].name.lower(), start, head.i + 1)
                    draft.lex = entries
                    break

    def _people(self) -> None:
        doc = self.doc
        for start, end, cue in self._person_spans():
            if not self._free(start, end):
                continue
            name = _clean_name(doc[start:end])
            if not name or word_forms(doc[end - 1]) & PLACE_NOUNS:
                continue  # "Saadallah al-Jabiri Square": a place named after a person
            if word_forms(doc[end - 1]) & acts():
                continue  # "Kidnappings for ransom … have become common": an act opening a sentence
            if all(t.lower_ in WEEKDAYS or t.like_num for t in doc[start:end]):
                continue  # "on Sunday, a source told …": a day, not a person with a role (not months: "May, a nurse, said")
            existing = self._known_person(name)
            if existing is not None:
                self._add(existing.name, "person", existing.key, start, end)
                continue
            draft = self._add(name, "person", "person:" + name.lower(), start, end)
            if cue == "tagged_as_body":
                self.tagged_as_body.add(draft.key)
            draft.parts = {p.lower() for p in re.split(r"[\s\-]+", name) if len(p) > 2 and p.lower() not in PARTICLES}
            draft.pseudonym = draft.pseudonym or cue == "quoted" or _pseudonym_cue(doc, end)
            self._describe(draft, start, end)

    def _person_spans(self) -> list[tuple[int, int, str]]:
        doc = self.doc
        tok_at = doc_tokens(doc)
        spans: list[tuple[int, int, str]] = []
        for ent in doc_entities(doc):
            if ent.label_ == "ORG" and (name_start := _name_after_role(ent)) is not None:
                spans.append((name_start, ent.end, "tagged_as_body"))  # "regional governor Oleh Kiper" tagged as a body
                continue
            if ent.label_ == "PERSON":
                start, end = ent.start, _extend_name(doc, ent.end)
                while start < end and (tok_at[start].lower_.rstrip(".") in TITLES or tok_at[start].text in QUOTES_OPEN):
                    start += 1
                root = doc[start:end].root if start < end else None
                if root is not None and root.dep_ in ("compound", "amod") and not (start <= root.head.i < end) and root.head.pos_ == "NOUN" and root.head.lemma_.lower() not in nouns():
                    continue  # "the Alawite sect": a name used as a modifier
                if start < end and not any(i in self.places for i in range(start, end)) and not names_a_unit(doc[start:end]) \
                        and not _named_as_place(tok_at, start) and not _dateline_shape(doc[start:end]):
                    spans.append((start, end, "ner"))
        for start, end in _name_runs(doc):
            if any(i in self.places for i in range(start, end)):
                continue
            before = tok_at[start - 1] if start > 0 else None
            after = tok_at[end] if end < len(doc) else None
            if before is not None and before.text in QUOTES_OPEN and after is not None and after.text in QUOTES_CLOSE and end - start <= 2:
                nxt = tok_at[end + 1] if end + 1 < len(doc) else None
                if nxt is not None and (nxt.text == "," or nxt.lemma_ in SPEECH_VERBS):
                    spans.append((start, end, "quoted"))
                    continue
            if before is not None and before.lemma_ in nouns() and nouns()[before.lemma_][0] in ("person", "armed_group", "state"):
                spans.append((start, end, "role"))
            elif after is not None and after.text == "," and _appositive_role(doc, end + 1):
                spans.append((start, end, "appos"))
            elif before is not None and before.text == "," and _named_after_its_role(doc, start, end):
                while start < end - 1 and tok_at[start].lower_.rstrip(".") in TITLES:
                    start += 1  # ("the army's spokesman, Lieutenant Colonel Jean Ndaye,": the name, not the rank)
                spans.append((start, end, "appos"))
            elif self._known_person(doc[start:end].text) is not None:
                spans.append((start, end, "known"))
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        return spans

    def _known_person(self, name: str) -> Draft | None:
        parts = {p.lower() for p in re.split(r"[\s\-]+", name) if len(p) > 2 and p.lower() not in PARTICLES}
        if not parts:
            return None
        for draft in self.drafts:
            if draft.kind == "person" and draft.parts and parts <= draft.parts:
                return draft
        return None

    def _describe(self, draft: Draft, start: int, end: int) -> None:
        doc = self.doc
        tok_at = doc_tokens(doc)
        head = doc[start:end].root
        appos = [t for t in head.children if t.dep_ == "appos" and t.i >= end] or [
            t for t in doc[start:end] for t in t.children if t.dep_ == "appos" and t.i >= end
        ]
        if appos:
            tokens = list(appos[0].subtree)
            s, e = tokens[0].i, tokens[-1].i + 1
            while e > s and tok_at[e - 1].is_punct:
                e -= 1
            draft.description = doc[s:e].text
            draft.description_span = (s, e)
            return
        if head.dep_ == "appos" and head.head.i < start:
            role = head.head  # "A spokesman for the junta, Zaw Min Tun": the role with all it says before the name
            if role.dep_ == "pobj" and role.head.lower_ in ("for", "of") and role.head.head.pos_ == "NOUN" and role.head.head.i < role.i:
                role = role.head.head  # the parser hung the name on the body the role is for
            s = min(t.i for t in role.subtree if t.i < start)
            e = max(t.i for t in role.subtree if t.i < start) + 1
            while e > role.i + 1 and (tok_at[e - 1].is_punct or tok_at[e - 1].is_space):
                e -= 1
            draft.description = doc[s:e].text
            draft.description_span = (s, e)
            return
        s = start
        while s > 0 and tok_at[s - 1].dep_ in ("compound", "amod", "nmod", "punct") and tok_at[s - 1].text not in QUOTES_OPEN | {",", "."} and (tok_at[s - 1].head.i >= start or tok_at[s - 1].head.i == s):
            s -= 1
        while s < start and (tok_at[s].lower_ in DETERMINERS or tok_at[s].is_punct):
            s += 1
        if s > 1 and tok_at[s - 1].text == "-" and tok_at[s - 2].lower_ in PARTICLES:
            s -= 2  # "al-Mayadeen correspondent"
        if s < start and any(t.lemma_ in nouns() for t in doc[s:start]):
            draft.description = doc[s:start].text
            draft.description_span = (s, start)

    def _organisations(self) -> None:
        doc = self.doc
        tok_at = doc_tokens(doc)
        for ent in doc_entities(doc):
            if ent.label_ not in ("ORG", "NORP", "PERSON") or not self._free(ent.start, ent.end):
                continue
            start = _after_newline(doc, ent.start, ent.end - 1)
            start += 1 if tok_at[start].lower_ == "the" else 0
            end = ent.end
            while end > start and tok_at[end - 1].is_space:
                end -= 1
            while end > start + 1 and toll_verb(tok_at[end - 1]):
                end -= 1  # "Nigerian Army Kills …": a headline's verb the tagger took into the name
            if start >= end or any(i in self.places for i in range(start, end)):
                continue
            if end < len(doc) and end - start == 1 and tok_at[start].lower_ == "state" and tok_at[end].lower_ in STATE_OUTLET_WORDS \
                    and self._free(end, end + 1):
                end += 1  # "State media", "State TV" in a headline's capitals: the state's outlets, not a state
            span = doc[start:end]
            if ent.label_ == "ORG" and (person := self._known_person(span.text)) is not None and person.key in self.tagged_as_body \
                    and all(t.pos_ == "PROPN" for t in span):
                self._add(person.name, "person", person.key, start, end)  # "Kiper said", after "governor Oleh Kiper"
                continue
            if _dateline_shape(span):
                continue  # "KRAMATORSK Ukraine A missile strike …": where the report was filed
            if _country_as_place(span):
                continue  # "in Mozambique's Cabo Delgado", "in northern Burkina Faso": where, not who
            if _country_name(span.text):
                self._add(span.text, "state", "org:" + span.text.lower(), start, end)  # "an attack on a Burkina Faso army post"
                continue
            words = {t.lower_ for t in span}
            if ent.label_ == "NORP" and not words & ARMED_WORDS:
                continue
            if _starts_event_phrase(doc, start, end) or word_forms(span[-1]) & acts():
                continue  # "Air strikes hit …", "Terrorist Drone Attacks": an event's name, capitalised
            if _names_a_weapon(span):
                continue  # "two Iskander-M ballistic missiles": a weapon's make, not who fired it
            if end - start == 1 and _in_title(span[0]) and _common_noun(span[0]) is not None:
                continue  # "Troops Retake …": the troops, found with the common nouns
            if word_forms(span[-1]) & PLACE_NOUNS:
                continue  # "in Various Provinces", "Idlib Province": where, not who
            if _named_as_place(tok_at, start):
                continue  # "the village of Barsalogho": a place no gazetteer knows, not an organisation
            addressed = start > 0 and tok_at[start - 1].lower_ in ("told", "to", "with") or (start > 1 and tok_at[start - 2].lemma_ == "tell")
            if ent.label_ == "PERSON" and not (addressed or words & MEDIA_WORDS or names_a_unit(span)):
                continue
            kind = "media" if words & MEDIA_WORDS or addressed and ent.label_ != "NORP" else \
                "armed_group" if words & ARMED_WORDS or opens_with_an_armed_word(span) else "organization"
            self._add(span.text, kind, "org:" + span.text.lower(), start, end)
        for i, tok in enumerate(doc):  # "told the Syrian Voice": the addressee of a speech verb is an outlet
            if tok.lemma_ == "tell" and i + 1 < len(doc):
                j = i + 1 + (1 if tok_at[i + 1].lower_ == "the" else 0)
                end = j
                while end < len(doc) and (tok_at[end].text[:1].isupper() or tok_at[end].text in ("-",) or end > j and tok_at[end].lower_ in MEDIA_WORDS) and end - j < 5:
                    end += 1
                media_name = any(tok_at[k].lower_ in MEDIA_WORDS for k in range(j, end))
                if end > j and self._free(j, end) and (media_name or not any(k in self.places for k in range(j, end))):
                    self._add(doc[j:end].text, "media", "org:" + doc[j:end].text.lower(), j, end)

    def _attack_modifiers(self) -> None:
        """'Russian air strikes', 'regime shelling', 'coalition raids': whoever qualifies an attack
        carried it out."""
        doc = self.doc
        tok_at = doc_tokens(doc)
        event_nouns, modifiers = attack_vocabulary()
        from ..geo.gazetteer import open_gazetteer

        gaz = open_gazetteer()
        from .sides import conflict_country

        home = conflict_country(doc)
        foreign = {}  # "US strikes", "Turkey shelling": a foreign country qualifying an attack carried it out
        countries = {}  # token → the country a one-word mention names
        for place in doc._.places or []:
            if place.feature == "country" and not getattr(place, "dateline", False):
                for m in place.mentions:
                    span = doc.char_span(m.start, m.end)
                    if span is not None and len(span) == 1:
                        countries[span.start] = place
                        if place.country != home:
                            foreign[span.start] = place.name
        for tok in tok_at:
            if not word_forms(tok) & event_nouns or tok.pos_ not in ("NOUN", "PROPN"):  # "Russian Airstrikes"
                continue
            lefts = [m for left in tok.lefts for m in ([left, *left.lefts] if left.dep_ == "compound" else [left])]
            lefts += [c for m in lefts if m.dep_ in ("compound", "amod", "nmod") for c in m.conjuncts
                      if c.i < tok.i and c.left_edge.i == c.i]  # "coalition and government air strikes" (not "… and Wagner group …", a name)
            for mod in lefts:  # "government air strikes": "government" qualifies "air"
                if mod.dep_ not in ("compound", "amod", "nmod", "poss", "conj") or not self._free(mod.i, mod.i + 1):
                    continue
                if mod.i in countries and mod.i not in foreign and _aimed_at_another_country(tok, countries[mod.i], countries):
                    foreign[mod.i] = countries[mod.i].name  # "U.S. strikes on Yemen", though the article names the US most
                if mod.i in foreign and mod.dep_ in ("compound", "poss"):
                    draft = self._add(mod.text, "state", "country:" + foreign[mod.i].lower(), mod.i, mod.i + 1)
                    draft.anonymous = True
                    continue
                word = mod.lower_ if mod.lower_ in modifiers else mod.lemma_.lower()  # "Rebels shell Damascus", parsed as nouns
                if mod.i > 1 and tok_at[mod.i - 1].text == "-" and tok_at[mod.i - 2].lower_ == "pro":
                    continue
                if word in modifiers:
                    kind, inter = modifiers[word]
                    draft = self._add(mod.text, kind, "mod:" + word, mod.i, mod.i + 1)
                    draft.anonymous = True
                    draft.inter = draft.inter or inter
                elif mod.text[:1].isupper() and gaz.demonym_country(mod.text):
                    draft = self._add(mod.text, "state", "mod:" + word, mod.i, mod.i + 1)
                    draft.anonymous = True

    def _noun_phrases(self) -> None:
        doc = self.doc
        tok_at = doc_tokens(doc)
        table = nouns()
        for chunk in doc.noun_chunks:
            root = chunk.root
            noun = _common_noun(root)
            named_by = root  # the word the name's kind comes from
            if noun in MEMBER_WORDS:  # "gang members", "militia members": members of what names them
                named_by, noun = next(((c, form) for c in root.children if c.dep_ == "compound" for form in (_common_noun(c), c.lower_)
                                       if form in table), (root, noun))
            if noun not in table or not self._free(root.i, root.i + 1) or not self._free(named_by.i, named_by.i + 1):
                continue  # (not "the Syrian Arab Army units": the army is named already)
            if table[noun][0] == "media" and root.i > 0 and not self._free(root.i - 1, root.i):
                continue  # "the Sky News broadcaster": the outlet named before says which
            if self._describes_person(root):
                continue
            if noun in FIGHTING_BODIES and root.pos_ == "PROPN" and not self._free(chunk.start, root.i):
                continue  # "Houthi Naval Forces": the known body named in it stands for them
            start = _after_newline(doc, chunk.start, root.i)
            poss = [t.i for t in chunk if t.tag_ == "POS" and t.i < root.i]
            if poss:
                start = poss[-1] + 1
            while start < root.i and not _age_word(tok_at[start]) and (tok_at[start].lower_ in DETERMINERS or tok_at[start].like_num or tok_at[start].tag_ in ("PRP$", "POS", "CD") or tok_at[start].is_punct):
                start += 1
            if any(not self._free(i, i + 1) for i in range(start, root.i)):
                start = max(i for i in range(start, root.i + 1) if self._free(i, root.i + 1))
            while start < root.i and not _age_word(tok_at[start]) and (tok_at[start].is_punct or tok_at[start].tag_ in ("VBN", "VBD", "VBG", "CD", "IN", "RB", "RBR", "JJR", "JJS", "DT", "PDT") or tok_at[start].lower_ in DETERMINERS or tok_at[start].like_num or tok_at[start].lower_ in ("least", "than", "another", "other")
                                                                       or tok_at[start].lower_ in WEEKDAYS):  # "on Tuesday army units": commas lost
                start += 1
            counts = [t.i for t in doc[start : root.i] if (t.like_num or t.tag_ == "CD") and not _age_word(t)]
            if counts:
                start = counts[-1] + 1  # "21 August 2016 Ten civilians", "Aleppo Four civilians": what comes before a count is no part of the name
            start = max(start, last_act(doc[start : root.i]) + 1)  # "a night of shelling rebels said": the act is no part of the name
            if start in self.places:
                after_place, names = start, 0
                while after_place < root.i and (after_place in self.places or after_place in self.place_starts
                                                or tok_at[after_place].lower_ in PLACE_NOUNS):
                    names += after_place in self.place_starts
                    after_place = max(after_place + 1, self.place_starts.get(after_place, 0))
                kind_word = any(tok_at[i].lower_ in PLACE_NOUNS for i in range(start, after_place))
                two_places = names >= 2
                speaks_after_scene = start > 0 and tok_at[start - 1].lower_ in ("in", "near", "around", "outside") \
                    and root.i + 1 < len(doc) and tok_at[root.i + 1].lemma_ in SPEECH_VERBS  # "raids in Idlib activists say"
                if tok_at[after_place].text not in ("-", "–") and (kind_word or two_places or root.i - after_place >= 2 or named_by.i < root.i
                                                                   or speaks_after_scene):
                    start = after_place  # "north of Idlib city rescue workers said": commas lost, the place is no part of the name
                    # ("Idlib Syria monitor says" too; but "Hama residents" and an "Idlib-based aid group" are named by where they are)
            span = doc[start : root.i + 1]
            kind, inter = table[noun]
            if kind == "organization" and any(t.lower_ in ("armed", "paramilitary") or table.get(t.lemma_.lower(), ("",))[0] == "armed_group"
                                              for t in span if t.i < root.i):
                kind = "armed_group"  # "a terrorist group", "an armed group": a body that fights
            if kind == "state" and root.pos_ == "PROPN" and noun in FIGHTING_BODIES and not any(t.lower_ in ARMED_SERVICES for t in span):
                kind = "armed_group"  # "the Lebanese Forces": a name with no arm of a state's forces in it
            if kind == "state" and _led_by_no_state(span, root):
                kind = "armed_group"  # "Kurdish-led forces", "Iranian-backed forces": not a state's own
            name = span.text
            owner = owner_of(root, start)
            name = name if owner is None else doc[owner.i : root.i + 1].text
            key = "np:" + " ".join([t.lemma_.lower() for t in span[:-1]] + [noun])  # "Gunmen" a name to the tagger is "gunmen"
            draft = self._add(name, kind, _owned(key, owner), start, root.i + 1)
            draft.anonymous = True
            draft.inter = draft.inter or inter
            if draft.description is None:
                s, e = _after_newline(doc, chunk.start, root.i), _postmodifier_end(doc, root)
                if e > root.i + 1:
                    draft.description = doc[s:e].text
                    draft.description_span = (s, e)

    def _states_acting(self) -> None:
        """'Russia launched 40 drones', 'Israel struck …', 'Turkey denied …': a country that does or
        says something is its state."""
        from ..geo.gazetteer import open_gazetteer

        gaz = open_gazetteer()
        states_by_country: dict[str, Draft] | None = None  # the states already named, by their country: read once
        for place, _, span in self.place_spans:
            if place.feature != "country" or getattr(place, "dateline", False) or not self._free(span.start, span.end) \
                    or not _acts(span.root):
                continue
            if states_by_country is None:
                states_by_country = {}
                for d in self.drafts:
                    for code in (gaz.demonym_country(d.name), gaz.country_named(d.name)) if d.kind == "state" else ():
                        if code:
                            states_by_country.setdefault(code, d)
            named = states_by_country.get(place.country) if place.country else None
            if named is not None:  # "Israeli missiles hit … Israel rarely acknowledges": one state
                self._add(named.name, named.kind, named.key, span.start, span.end)
                continue
            state = gaz.country(place.country) if place.country else None  # "U.S." is the United States
            name = state.name if state is not None else place.name
            self._add(name, "state", "state:" + name.lower(), span.start, span.end)

    def _describes_person(self, root: Token) -> bool:
        """'a teacher' in "'Raja', a teacher …" and 'correspondent' in 'correspondent Rida al-Basha'
        describe the person named beside them; they are not actors of their own."""
        person_tokens = {i for d in self.drafts if d.kind == "person" and not d.key.startswith("np:") for s, e in d.mentions for i in range(s, e)}
        if root.dep_ == "appos" and root.head.i in person_tokens:
            return True
        if any(c.dep_ == "appos" and c.i in person_tokens for c in root.children):
            return True
        nxt = root.i + 1
        return nxt in person_tokens and root.dep_ in ("compound", "nmod", "amod", "nsubj", "appos") or root.head.i in person_tokens and root.dep_ == "compound"

    def _role_references(self) -> None:
        """'the activist told …' after 'Opposition activist Mumtaz …': the same person."""
        doc = self.doc
        tok_at = doc_tokens(doc)
        for draft in list(self.drafts):
            if not draft.key.startswith("np:") or draft.kind != "person":
                continue
            keep = []
            for start, end in draft.mentions:
                if start > 0 and tok_at[start - 1].lower_ == "the" and end - start == 1:
                    person = self._introduced_with_role(tok_at[start].lemma_.lower(), start)
                    if person is not None:
                        person.mentions.append((start - 1, end))
                        continue
                keep.append((start, end))
            draft.mentions = keep
        self.drafts = [d for d in self.drafts if d.mentions]

    def _bodies_named_again(self) -> None:
        """'the Saudi-led coalition … The coalition did not comment', 'the Houthi-run health ministry
        … The ministry said': a body named again by "the" and the last word of its name is that body."""
        for chunk in self.doc.noun_chunks:
            if len(chunk) < 2 or chunk[0].lower_ != "the" or chunk[-1].pos_ != "NOUN" or len(chunk) > 2 and not _against_whom(chunk[1:-1]):
                continue
            noun = chunk[-1]
            body = self._named_body(noun.lower_, chunk.start)
            if body is None and len(chunk) == 2 and noun.lower_ in GROUP_WORDS:
                body = self._last_named_group(chunk.start)  # "the RSF … The group has denied"
            if body is None:
                continue
            owner = next((d for d in self.drafts if (noun.i, noun.i + 1) in d.mentions or (chunk.start, chunk.end) in d.mentions), None)
            if owner is body or owner is not None and not owner.key.startswith("np:"):
                continue
            if owner is None and not self._free(chunk.start, chunk.end) and not self._free(chunk.start, chunk.start + 2):
                continue
            if owner is None and len(chunk) > 2:  # "the anti-Daesh coalition": whom it fights is no mention here
                for d in self.drafts:
                    d.mentions = [m for m in d.mentions if not (chunk.start < m[0] and m[1] < chunk.end)]
            if owner is not None:
                owner.mentions = [m for m in owner.mentions if m not in ((noun.i, noun.i + 1), (chunk.start, chunk.end))]
            body.mentions.append((chunk.start, chunk.end))
            self.taken.update(range(chunk.start, chunk.end))
        self.drafts = [d for d in self.drafts if d.mentions]

    def _named_body(self, word: str, before: int) -> Draft | None:
        """The body last introduced before `before` whose name of two words or more ends in `word`."""
        best = None
        for draft in self.drafts:
            if draft.kind not in BODY_KINDS or not draft.mentions or min(s for s, _ in draft.mentions) >= before:
                continue
            words = draft.name.lower().split()
            if len(words) < 2 or words[-1] != word:
                continue
            if best is None or min(s for s, _ in draft.mentions) > min(s for s, _ in best.mentions):
                best = draft
        return best

    def _last_named_group(self, before: int) -> Draft | None:
        """The group or body named by its own name last before `before`, within a few paragraphs; a
        name that only qualifies another noun ("the Rumble video platform") is not talked of."""
        doc = self.doc
        named = [(max(starts), d) for d in self.drafts if d.kind in ("armed_group", "organization") and not d.key.startswith("np:")
                 and d.name.split()[-1].lower() not in OFFICES
                 and (starts := [s for s, e in d.mentions if s < before and not _qualifies_a_noun(doc[e - 1])])]
        last = max(named, key=lambda x: x[0], default=None)
        return last[1] if last is not None and before - last[0] <= GROUP_REACH else None

    def _introduced_with_role(self, role: str, before: int) -> Draft | None:
        best = None
        for draft in self.drafts:
            if draft.kind != "person" or draft.key.startswith("np:") or not draft.mentions or draft.mentions[0][0] >= before:
                continue
            if draft.description and role in {t.lemma_.lower() for t in self.doc[draft.description_span[0] : draft.description_span[1]]}:
                if best is None or draft.mentions[0][0] > best.mentions[0][0]:
                    best = draft
        return best

    # -- records --------------------------------------------------------------------------------

    def _records(self) -> list[Actor]:
        doc = self.doc
        tok_at = doc_tokens(doc)
        drafts = sorted(self.drafts, key=lambda d: min(s for s, _ in d.mentions))
        actors = []
        for n, d in enumerate(drafts, start=1):
            mentions = sorted(set(d.mentions))
            aid = f"a{n}"
            self.drafts_by_id[aid] = d
            actors.append(
                Actor(
                    id=aid,
                    name=d.name,
                    kind=d.kind,
                    pseudonym=d.pseudonym,
                    anonymous=d.anonymous,
                    description=d.description,
                    inter=d.inter,
                    mentions=[Evidence(start=tok_at[s].idx, end=tok_at[e - 1].idx + len(tok_at[e - 1]), text=doc[s:e].text) for s, e in mentions],
                )
            )
        return actors


def owner_of(root: Token, start: int, entity: bool = True) -> Token | None:
    """The country that owns a force named from `start` with head `root`: "Turkey" in "Turkey's army".
    Without `entity`, the owner need not be tagged a place ("Russia's Defence Ministry", one name to the tagger)."""
    return next((c for c in root.children if c.dep_ == "poss" and c.i < start and (c.ent_type_ == "GPE" or not entity)), None)


def _owned(key: str, owner: Token | None) -> str:
    """A force a country owns is kept apart from another's ("Syria's army", "Turkey's army")."""
    return key + "@" + owner.lower_ if owner is not None else key


def _starts_event_phrase(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word entity and the word after it begin an event trigger ("Air strikes")."""
    tok_at = doc_tokens(doc)
    if end - start != 1 or end >= len(doc):
        return False
    from .event_triggers import triggers

    first, following = tok_at[start].lower_, tok_at[end].lemma_.lower()
    return any(len(t.lemmas) > 1 and t.lemmas[1] == following for t in triggers().get(first, ()))


def _after_newline(doc: Doc, start: int, last: int) -> int:
    """Where a span really starts: after any line break inside it (a title never runs into the text)."""
    tok_at = doc_tokens(doc)
    for i in range(last - 1, start - 1, -1):
        if tok_at[i].is_space and "\n" in tok_at[i].text:
            return i + 1
    return start


def _name_after_role(ent: Span) -> int | None:
    """Where the name starts in an entity tagged as a body that a person's role in lower case
    opens or comes right before ("regional governor Oleh Kiper"): a person, not a body."""
    doc = ent.doc
    i = ent.start
    while i < ent.end and doc[i].is_lower and doc[i].is_alpha:
        i += 1
    if ent.end - i < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[i:ent.end]):
        return None
    role = doc[i - 1] if i > 0 else None
    if role is None or not role.is_lower:
        return None
    return i if nouns().get(role.lemma_.lower(), ("",))[0] == "person" or role.lower_ in TITLES else None


def _aimed_at_another_country(attack: Token, own, countries: dict) -> bool:
    """An attack on, against or in a place of another country than the one qualifying it."""
    for prep in attack.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "in"):
            if any(t.i in countries and countries[t.i].country != own.country for t in prep.subtree):
                return True
    return False


def _country_as_place(span: Span) -> bool:
    """A country's name the tagger took for an organisation, told as where: owning a place or a
    thing other than a force ("Mozambique's Cabo Delgado", "a Burkina Faso army post"), or after
    'in'."""
    root = span.root
    if root.dep_ not in ("poss", "compound", "pobj") or (root.dep_ != "pobj" and _owns_force(span[-1])):
        return False
    if root.dep_ == "pobj" and root.head.lower_ not in ("in", "across", "throughout", "inside"):
        return False
    return _country_name(span.text)


STATE_WORDS = frozenset({"government", "army", "state", "regime", "national", "security", "police"})


def _led_by_no_state(span: Span, root: Token) -> bool:
    """Forces led by a people, not a state ("Kurdish-led"), or backed by another ("US-backed"),
    unless they are named as a state's ("Russian-backed government forces")."""
    from ..geo.gazetteer import open_gazetteer

    tok_at = doc_tokens(span.doc)
    if any(t.lower_ in STATE_WORDS for t in span):
        return False
    for t in span:
        if t.i < root.i and t.lower_ in ("led", "backed") and t.i >= 2 and tok_at[t.i - 1].text == "-":
            leader = tok_at[t.i - 2].text
            gaz = open_gazetteer()
            state = gaz.demonym_country(leader) or leader.isupper() or any(
                c.feature == "country" for c in gaz.candidates(leader, fuzzy=False))  # "US-led", "Saudi-led"
            if t.lower_ == "backed" or not state:
                return True
    return False


def _another_countrys(before: Token, alias: str, entries: list[LexEntry]) -> bool:
    """A demonym before a name many countries give their forces, of a country none of the name's
    entries fights in ("the Ethiopian National Defense Forces"); a body's own name keeps its
    people's ("the Lebanese Hezbollah")."""
    from ..geo.gazetteer import open_gazetteer

    words = alias.split()
    if len(words) < 2 or words[-1] not in UNIT_WORDS or not before.text[:1].isupper() or not before.is_alpha:
        return False
    country = open_gazetteer().demonym_country(before.text)
    return country is not None and all(e.conflict not in ("*", country) for e in entries)


def _acts(tok: Token) -> bool:
    """The subject of a verb of attack or of saying, or the doer "by" whom a passive one was done."""
    from .event_triggers import triggers
    from .quotes import cue_verbs

    verb = tok.head if tok.dep_ == "nsubj" else tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else None
    if verb is None or verb.pos_ != "VERB" or verb.tag_ == "VBG":
        return False  # "gunners shelled northern Iraq claiming …": a place the parser made a subject
    lemma = verb.lemma_.lower()
    return (lemma in STATE_ACTS or lemma in cue_verbs() or any(
        t.pos != "noun" and t.condition != "agent=armed" for t in triggers().get(lemma, ())))  # ("the US reached a conclusion")


def _names_a_weapon(span: Span) -> bool:
    """A model's designation qualifying a weapon ("Iskander-M missiles", "S-300 missiles"), not a
    group's name ("Liwa al-Haq rockets")."""
    from .event_triggers import weapon_words

    if not MODEL.search(span.text):
        return False
    head = span.root.head
    return span.root.dep_ in MODIFIER_DEPS and head.i >= span.end and (head.lemma_.lower() in weapon_words() or head.lemma_.lower() == "drone")


def _qualifies_a_noun(tok: Token) -> bool:
    """A name set before a thing as its qualifier ("a Shabaab radio station", "the Rumble video
    platform"), not before a word for a group or its people ("the PKK terror group", "Shabaab fighters")."""
    return tok.dep_ in MODIFIER_DEPS and tok.head.i > tok.i and tok.head.lemma_.lower() not in nouns()


def _age_word(tok: Token) -> bool:
    """The number of a hyphened age ("a 62-year-old man"), which describes the one named, not a count."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and doc[tok.i + 2].lower_ in ("year", "month")


def _against_whom(words: Span) -> bool:
    """'anti-Daesh', 'anti-Houthi': a word naming only whom a body fights."""
    return len(words) >= 3 and words[0].lower_ == "anti" and words[1].text == "-"


def _country_name(text: str) -> bool:
    from ..geo.gazetteer import open_gazetteer

    return open_gazetteer().country_named(text) is not None


def _dateline_shape(span: Span) -> bool:
    """A town in capitals and its country ("KRAMATORSK Ukraine"): a dateline whose punctuation
    was lost, which the tagger reads as one name."""
    *town, country = span
    if not town or not all(t.is_alpha and len(t) > 1 and t.is_upper for t in town) or not country.text.istitle():
        return False
    return _country_name(country.text)


def _place_spans(doc: Doc) -> list[tuple[Place, Evidence, Span]]:
    """Each mention of a place the text names, with its tokens."""
    out = []
    for place in doc._.places or []:
        for m in place.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.append((place, m, span))
    return out


def _place_tokens(place_spans: list[tuple[Place, Evidence, Span]]) -> set[int]:
    out: set[int] = set()
    for place, m, span in place_spans:
        country = place.feature == "country" and not getattr(place, "dateline", False)
        if country and (span.end_char == m.end or _owns_force(span[-1])):
            continue  # a country can act ("Russia said", "Russias air force"); the lexicon decides
        out.update(range(span.start, span.end))  # not "Ukraines eastern province", a possessive that lost its apostrophe
    return out


def _shouted(tok_at: list[Token], start: int, end: int) -> bool:
    """Whether a word in capitals stands beside other words in capitals (a headline set in caps)."""
    near = [t for t in (tok_at[start - 1] if start > 0 else None, tok_at[end] if end < len(tok_at) else None) if t is not None]
    return any(t.is_alpha and len(t) > 1 and t.text.isupper() and t.lower_ not in lexicon() for t in near)


PLACE_NOUNS = frozenset({"province", "district", "region", "area", "city", "town", "village", "countryside", "suburb",
                         "neighbourhood", "neighborhood", "governorate", "oblast",
                         "square", "street", "road", "avenue", "roundabout", "bridge", "highway", "boulevard"})
UNIT_WORDS = frozenset({"brigade", "brigades", "battalion", "battalions", "corps", "division", "regiment", "militia", "army", "front", "forces"})


def _named_as_place(tok_at: list[Token], start: int) -> bool:
    """A name after "the village of", "the town of", or later in the list "the villages of
    Zumlaqa and Barqoun": a place, whatever the tagger thought."""
    i = start - 1
    if i > 0 and tok_at[i].lower_ in ("and", ","):
        i -= 1
        while i > 0 and (tok_at[i].text[:1].isupper() or tok_at[i].text in ("-", ",")) and tok_at[i].lower_ != "of":
            i -= 1  # back over the names before
        plural = i > 0 and tok_at[i - 1].lower_.endswith("s")
        return plural and tok_at[i].lower_ == "of" and tok_at[i - 1].lemma_.lower() in PLACE_NOUNS
    return i > 0 and tok_at[i].lower_ == "of" and tok_at[i - 1].lemma_.lower() in PLACE_NOUNS


def names_a_unit(span: Span) -> bool:
    """'Nusur al-Jabal Brigade', which the tagger takes for a person: a name ending in a word
    no surname is ends in a unit (not "John Guard"), or opening with the Arabic for one
    ("Jaysh al-Izza", "Liwa al-Quds")."""
    return len(span) > 1 and bool(word_forms(span[-1]) & UNIT_WORDS) or opens_with_an_armed_word(span)


ARMED_OPENERS = frozenset({"jaysh", "jaish", "liwa", "liwaa", "katibat", "kataib", "faylaq", "saraya", "harakat",
                           "jabhat", "ansar", "usbat", "firqat"})


def opens_with_an_armed_word(span: Span) -> bool:
    """Arabic names of armed groups open with the word for their kind: army, brigade, battalion,
    legion, companies, movement, front, partisans."""
    first = span[0].lower_ if len(span) else ""
    return (len(span) > 1 or "-" in first) and first.split("-")[0] in ARMED_OPENERS


def _owns_force(owner: Token) -> bool:
    """'Russias air force', 'Turkeys army': the possessive owns a force or a state."""
    head = owner.head if owner.head.i > owner.i else owner
    return bool(word_forms(head) & ARMED_WORDS) or nouns().get(head.lemma_.lower(), ("",))[0] in ("state", "armed_group")


MEMBER_WORDS = frozenset({"member", "members", "unit", "units", "patrol", "patrols", "detachment", "detachments"})


def _common_noun(tok: Token) -> str | None:
    """The lemma of a common noun, also when a sentence's first word is taken for a name
    ("Rebels clashed with …"); a name's own word is none."""
    if tok.pos_ != "PROPN":
        return tok.lemma_.lower()
    if tok.is_sent_start and tok.tag_ == "NNPS" and tok.lower_.endswith("s"):
        return tok.lower_[:-1]
    if tok.is_sent_start and not tok.ent_type_:  # "Gunmen opened fire" opening a paragraph
        return next((form for form in _singulars(tok.lower_) if form in nouns()), None)
    if tok.text[:1].isupper() and _in_title(tok):  # "Troops Retake Border Town": a headline's capitals on a common noun
        return next((form for form in _singulars(tok.lower_) if form in nouns()), None)
    if (tok.tag_ == "NNPS" or tok.lower_.endswith("s") and tok.text[:1].isupper()) and not _name_goes_on(tok):
        # "Turkish Land Forces", "Qassam Brigades": a body's name the tagger missed
        return next((form for form in _singulars(tok.lower_)[1:] if form in FIGHTING_BODIES), None)
    return None


def _name_goes_on(tok: Token) -> bool:
    """'the National Coalition of Revolution and Opposition Forces': the words after "of" in a
    longer name are that name's, not a body of their own."""
    doc = tok.doc
    i = tok.i - 1
    while i > 0 and (doc[i].text[:1].isupper() or doc[i].lower_ in ("and", "the")):
        i -= 1
    return i > 0 and doc[i].lower_ in ("of", "for") and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha


def _singulars(word: str) -> tuple[str, ...]:
    """The forms a plural of `word` may have come from: itself, less its -s, a man for its men."""
    return tuple(dict.fromkeys((word, word.removesuffix("s"), word[:-3] + "man" if word.endswith("men") else word)))


def _in_title(tok: Token) -> bool:
    """A word of the headline, the first line of an article that has more."""
    return in_headline(tok) and "\n" in text_of(tok.doc)


def _name_token(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha and tok.tag_ in ("NNP", "NNPS", "NN", "JJ", "NNS") and tok.lower_ not in DETERMINERS


def _name_runs(doc: Doc) -> list[tuple[int, int]]:
    tok_at = doc_tokens(doc)
    runs, i, n = [], 0, len(doc)
    while i < n:
        if not _name_token(tok_at[i]):
            i += 1
            continue
        start = i
        i += 1
        i = _extend_name(doc, i)
        runs.append((start, i))
    return runs


def _extend_name(doc: Doc, i: int) -> int:
    """Carry a name over Arabic particles and hyphens: 'Zein a-Din', 'Rida al-Basha'."""
    tok_at = doc_tokens(doc)
    n = len(doc)
    while i < n:
        tok = tok_at[i]
        if _name_token(tok):
            i += 1
        elif tok.lower_ in PARTICLES and i + 2 < n and tok_at[i + 1].text == "-" and tok_at[i + 2].text[:1].isupper():
            i += 3
        elif tok.text == "-" and not tok_at[i - 1].whitespace_ and i + 1 < n and tok_at[i + 1].text[:1].isupper():
            i += 2
        elif tok.lower_ in PARTICLES and i + 1 < n and tok_at[i + 1].text[:1].isupper() and tok.lower_ not in ("a", "de", "la", "le"):
            i += 2
        else:
            break
    return i


def _clean_name(span: Span) -> str | None:
    text = span.text.strip(" '‘’“”\"`«»,.")
    if text.endswith(("’s", "'s")):
        text = text[:-2]
    if not text or not text[:1].isupper() or len(text) > 60:
        return None
    return text


ROLE_REACH = 8  # words after a name's comma within which its role is named


def _appositive_role(doc: Doc, i: int) -> bool:
    """', a teacher …' / ', the general coordinator …' after a name."""
    tok_at = doc_tokens(doc)
    j = i
    while j < len(doc) and j < i + ROLE_REACH and (tok_at[j].lower_ in DETERMINERS or tok_at[j].pos_ in ("ADJ", "NOUN", "PROPN", "PUNCT", "NUM")
                                                   and tok_at[j].text not in (",", ".")):  # (", a 24-year-old engineering graduate")
        if tok_at[j].lemma_.lower() in nouns() and nouns()[tok_at[j].lemma_.lower()][0] in ("person", "population"):
            return True
        j += 1
    return False


def _named_after_its_role(doc: Doc, start: int, end: int) -> bool:
    """'the army's spokesman, Colonel Jean Ndaye, said': a name the tagger missed, set beside the
    role of one person as who that person is."""
    root = doc[start:end].root
    role = root.head
    return root.dep_ == "appos" and role.i == start - 2 and nouns().get(role.lemma_.lower(), ("",))[0] == "person"


def _pseudonym_cue(doc: Doc, end: int) -> bool:
    window = doc[end : min(len(doc), end + 14)].text
    return bool(PSEUDONYM_CUES.search(window))


def _postmodifier_end(doc: Doc, root: Token) -> int:
    """End of a short post-modifier: 'based in west Aleppo', 'in east Aleppo', 'who spoke with …'."""
    end = root.i + 1
    for child in root.children:
        if child.i > root.i and child.dep_ in ("prep", "acl", "relcl", "amod"):
            last = max(t.i for t in child.subtree)
            if last - root.i <= 12:
                end = max(end, last + 1)
    return end
