"""tawthiq_places: place mentions found and resolved against the embedded gazetteer.

Names are proposed from runs of capitalised tokens (with Arabic particles: a-Shaar, al-Waer,
Deir ez-Zor) and from spaCy's GPE/LOC/FAC entities, matched against the gazetteer, and kept
when the sentence supports them (an entity label, a preposition, a place noun, a qualifier) or
the place is prominent. Demonyms, organisation names and person names are not places. The
dateline place is kept but marked `dateline: true`; a name used only as a modifier
("Tehran-backed") is marked `attributive: true` — neither is ever an event's place.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..geo.gazetteer import Candidate, open_gazetteer
from ..geo.normalize import key
from ..geo.resolve import Choice, Context, Mention, choose, county_of, distance_km, world_known
from ..geo.resolve import evidence as evidence_for
from ..record import Place, Span as Evidence
from .actors import lexicon as actor_lexicon
from .extensions import acts_for_a_government, doc_entities, doc_tokens, in_dateline, meta
from .timex_find import MONTH_ABBR, WEEKDAYS

PARTICLES = {"al", "el", "a", "ash", "as", "ad", "an", "ar", "at", "az", "ez", "es", "ed", "en", "ath", "adh", "bin", "ibn", "de", "del", "la", "le", "du"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
MAX_TOKENS = 6


@dataclass
class Cues:
    after: dict[str, str] = field(default_factory=dict)
    before: dict[str, str] = field(default_factory=dict)
    prep: set[str] = field(default_factory=set)
    qualifier: dict[str, str] = field(default_factory=dict)
    person: set[str] = field(default_factory=set)
    org: set[str] = field(default_factory=set)
    attributive: set[str] = field(default_factory=set)
    verb: set[str] = field(default_factory=set)
    going: set[str] = field(default_factory=set)  # words before "to"/"of" that go to or live in a place
    street: set[str] = field(default_factory=set)
    not_places: set[str] = field(default_factory=set)


@lru_cache(maxsize=1)
def cues() -> Cues:
    folder = resources.files("tawthiq.data.places")
    out = Cues()
    for line in folder.joinpath("cues.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, role, *rest = line.split("\t")
        value = rest[0] if rest else ""
        target = getattr(out, role)
        if isinstance(target, dict):
            target[word] = value
        else:
            target.add(word)
    out.not_places = {w.strip() for w in folder.joinpath("not_places.txt").read_text("utf-8").splitlines() if w.strip() and not w.startswith("#")}
    return out


@dataclass
class Proposal:
    start: int  # token indices
    end: int
    text: str
    start_char: int
    end_char: int
    label: str | None = None
    feature_hint: str | None = None
    qualifier: str | None = None
    parent_text: str | None = None
    container_text: str | None = None  # "Sevre in the province of Idlib": where the text puts it
    parent_holds: bool = False  # the parent cue says it holds the place ("of", "'s"), not a list's comma
    strong: bool = False  # the sentence marks it as a place (a cue or an entity label)
    cue: bool = False  # the words around it do (a preposition, a place noun, a qualifier)
    dateline: bool = False
    attributive: bool = False
    possessive: bool = False  # "Syrias": an owner whose apostrophe the text lost
    candidates: list[Candidate] = field(default_factory=list)


class PlacesComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_places"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        gaz = open_gazetteer()
        found = propose(doc, gaz)
        proposals = [p for p in found if p.candidates and accept(p, doc, gaz)]
        proposals = _named_as_elsewhere(doc, found, proposals)
        places = resolve(doc, proposals, gaz)
        doc._.places = places + _unknown_features(doc, [p for p in found if not p.candidates], places)
        return doc


def _named_as_elsewhere(doc: Doc, found: list[Proposal], accepted: list[Proposal]) -> list[Proposal]:
    """'Jets kill 7 in Hamas Qalaat al-Madiq' over '… in the town of Qalaat al-Madiq': a name the
    tagger took for a person is the place the article names it as where a cue says so."""
    placed = {p.text.lower() for p in accepted if p.strong and p.feature_hint}  # "the town of …", not only "in …"
    taken = {id(p) for p in accepted}
    person = {(e.start, e.end) for e in doc_entities(doc) if e.label_ == "PERSON"}
    more = [p for p in found if id(p) not in taken and p.candidates and p.text.lower() in placed and (p.start, p.end) in person]
    return sorted(accepted + more, key=lambda p: p.start) if more else accepted


# --- proposing names ---------------------------------------------------------------------------


def _is_name_token(tok: Token) -> bool:
    text = tok.text
    return text[:1].isupper() and any(ch.isalpha() for ch in text) and tok.tag_ not in ("PRP", "PRP$", "DT", "CC", "IN", "MD", "WP", "WDT", "WRB")


def _chunks(doc: Doc) -> list[tuple[int, int]]:
    """Runs of name tokens, with Arabic particles and hyphens inside ("a-Shaar", "Deir ez-Zor")."""
    tok_at = doc_tokens(doc)
    out = []
    i, n = 0, len(doc)
    while i < n:
        start = i
        if tok_at[i].lower_ in PARTICLES and i + 2 < n and tok_at[i + 1].text in ("-", "‐") and _is_name_token(tok_at[i + 2]):
            i += 3
        elif _is_name_token(tok_at[i]):
            i += 1
        else:
            i += 1
            continue
        while i < n:
            tok = tok_at[i]
            if _is_name_token(tok) and not tok.is_sent_start:
                i += 1
            elif tok.text in ("-", "‐") and i + 1 < n and _is_name_token(tok_at[i + 1]) and not tok.whitespace_:
                i += 2
            elif tok.lower_ in PARTICLES and i + 1 < n and (
                _is_name_token(tok_at[i + 1]) or (tok_at[i + 1].text == "-" and i + 2 < n and _is_name_token(tok_at[i + 2]))
            ):
                i += 1
            else:
                break
        out.append((start, i))
    return out


def propose(doc: Doc, gaz) -> list[Proposal]:
    """Every span that matches a gazetteer name, longest first within each run of name tokens."""
    tok_at = doc_tokens(doc)
    spans: list[Proposal] = []
    taken: set[int] = set()
    ents = {}
    for ent in doc_entities(doc):
        for t in range(ent.start, ent.end):
            ents[t] = ent
    place_ents = [(ent.start + (1 if tok_at[ent.start].lower_ == "the" else 0), ent.end)
                  for ent in doc_entities(doc) if ent.label_ in PLACE_LABELS]
    for start, end in place_ents:  # first when joined by words a run of names stops at: "Republic of Armenia"
        joints = {t for t in range(start + 1, end - 1) if not _is_name_token(tok_at[t]) and tok_at[t].text not in ("-", "‐")}
        if joints and tok_at[start].lower_ not in cues().before:  # "City of Norfolk" is Norfolk, read below
            found: list[Proposal] = []
            _match_run(doc, start, end, gaz, found, set(taken), ents)
            for p in found:
                if any(p.start < t < p.end for t in joints):  # a name across the joint, not a part of it
                    spans.append(p)
                    taken.update(range(p.start, p.end))
    chunks = _chunks(doc)
    _joined_names(doc, chunks, gaz, spans, taken)
    for start, end in chunks:
        _match_run(doc, start, end, gaz, spans, taken, ents)
    _named_features(doc, chunks, spans, taken)
    for start, end in place_ents:
        _match_run(doc, start, end, gaz, spans, taken, ents)
    spans.sort(key=lambda p: p.start)
    owners = {p.end: p for p in spans if p.possessive}  # "Manbijs": the owner of the place after it
    for p in spans:
        _annotate(doc, p, ents, owners)
    _share_plural_hints(doc, spans)
    _share_list_cues(doc, spans)
    return spans


def _share_list_cues(doc: Doc, spans: list[Proposal]) -> None:
    """'in Kidal and Tessalit', 'struck Marib and Sirwah': a name joined to a place named where
    places are named shares that cue, when the first is a place the gazetteer writes exactly as the
    text does and the second has a reading in the same country (not "Rossi Bakery and Deli",
    "Maple and Ninth streets")."""
    c = cues()
    at = {i: p for p in spans for i in range(p.start, p.end)}
    for p in spans:
        root = doc[p.start : p.end].root
        if p.cue or root.dep_ != "conj" or root.head.i >= root.i or root.head.pos_ != "PROPN":
            continue
        first = at.get(root.head.i)
        if first is None or not _where_named(root.head, c) or any(
                t.dep_ in ("compound", "amod") and t.i < first.start and t.lower_ not in c.qualifier for t in root.head.lefts):
            continue  # the first name is part of a longer one ("the Islamic Republic of …")
        countries = {cand.country for cand in first.candidates if cand.similarity == 1.0}
        if not any(cand.country in countries for cand in p.candidates):
            continue  # a joined name with no reading in the first one's country names something else
        if any(t.dep_ == "compound" or t.pos_ == "NOUN" for t in (root.head.head, root.head)) or p.end < len(doc) and doc[p.end].pos_ == "PROPN":
            continue  # "Maple and Ninth streets", "Anna and Mark Petrov": names of streets, of people
        p.strong = p.cue = True


def _where_named(tok: Token, c) -> bool:
    """The name stands where a place is named: after a preposition of place ("in", "near"; not
    "of", which also names bodies: "Ministry of Trade and Industry"), or as what a verb of moving
    or striking acts on."""
    left = tok.left_edge.i
    before = tok.doc[left - 1].lower_ if left > 0 else ""
    return before in c.prep and before != "of" or tok.dep_ == "dobj" and tok.head.lemma_.lower() in c.verb


MAX_FEATURE_NAME = 3  # words of a river's or a valley's own name ("the Wadi al-Arab River")
SETTLEMENTS = frozenset({"village", "town", "hamlet"})
WITHIN = 80  # characters after an unknown village in which the place that holds it is named


def _named_features(doc: Doc, chunks: list[tuple[int, int]], out: list[Proposal], taken: set[int]) -> None:
    """'west of the Tawib River', 'along the Tawib river': a name its kind word makes a river, a
    valley or a mountain range is a place though no gazetteer knows it (it stays unresolved)."""
    tok_at = doc_tokens(doc)
    natural = {word for word, feature in cues().after.items() if feature == "natural"}
    listed_until = -1  # "the villages of Zumlaqa and Barqoun": each name of the list is a settlement
    for start, end in chunks:
        settlement = start > 1 and tok_at[start - 1].lower_ == "of" and tok_at[start - 2].lemma_.lower() in SETTLEMENTS \
            or end < len(doc) and tok_at[end].lower_ in SETTLEMENTS and tok_at[end].text.islower() \
            or start > 0 and tok_at[start - 1].lower_ in ("and", ",") and listed_until == start - 1
        if settlement and start > 1 and tok_at[start - 2].lower_ in ("villages", "towns"):
            listed_until = end
        elif settlement and listed_until == start - 1:
            listed_until = end
        if settlement and end - start <= MAX_FEATURE_NAME and not any(t in taken for t in range(start, end)):
            span = doc[start:end]  # "the village of Barsalogho", "Pazigyi village": a settlement no gazetteer holds
            out.append(Proposal(start, end, span.text, span.start_char, span.end_char, candidates=[]))
            taken.update(range(start, end))
            continue
        if tok_at[end - 1].lower_ in natural and end - start > 1:
            end -= 1  # "Tawib River": the kind word is written as part of the name
        elif not (end < len(doc) and tok_at[end].lower_ in natural and tok_at[end].text.islower()):
            continue
        if end - start > MAX_FEATURE_NAME or any(t in taken for t in range(start, end)):
            continue
        span = doc[start:end]
        out.append(Proposal(start, end, span.text, span.start_char, span.end_char, candidates=[]))
        taken.update(range(start, end))


def _unknown_features(doc: Doc, proposals: list[Proposal], places: list[Place]) -> list[Place]:
    """Rivers, valleys and ranges named by their kind word, and villages and towns named after it
    ("the village of Barsalogho"), that no gazetteer holds: one place per name (a river's with its
    kind word, "Tawib River"), with no coordinates and the reason why. A village sits in the known
    place its sentence names next ("… of Barsalogho in Sanmatenga province")."""
    by_name: dict[str, Place] = {}
    for p in proposals:
        if p.feature_hint not in ("natural", "village", "city") or p.attributive:
            continue
        whole = doc[p.start : p.end + 1] if p.feature_hint == "natural" else doc[p.start : p.end]
        mention = Evidence(start=whole.start_char, end=whole.end_char, text=whole.text)
        place = by_name.get(key(p.text))
        if place is None:
            holder = None if p.feature_hint == "natural" else _holder_named_after(doc, whole, places)
            if p.feature_hint != "natural" and holder is None:
                continue  # a village nothing places: not worth an unplaced point
            place = by_name[key(p.text)] = Place(id=f"p{len(places) + len(by_name) + 1}", name=whole.text, feature=p.feature_hint,
                                                 reason="no gazetteer match", mentions=[])
            if holder is not None:
                place.parent, place.country, place.admin1 = holder.id, holder.country, holder.admin1
        place.mentions.append(mention)
    return list(by_name.values())


def _holder_named_after(doc: Doc, name: Span, places: list[Place]) -> Place | None:
    """The known province, district or town the sentence names just after an unknown village."""
    sent = name.sent
    after = [(m.start, pl) for pl in places if pl.feature in ("admin1", "admin2", "district", "city") and pl.country
             for m in pl.mentions if name.end_char <= m.start < min(sent.end_char, name.end_char + WITHIN)]
    return min(after, key=lambda item: item[0])[1] if after else None


def _match_run(doc: Doc, start: int, end: int, gaz, out: list[Proposal], taken: set[int], ents: dict) -> None:
    tok_at = doc_tokens(doc)
    i = start
    while i < end:
        if _prefix_only(tok_at, i):
            i += 1
            continue
        found = None
        for j in range(min(end, i + MAX_TOKENS), i, -1):
            if any(t in taken for t in range(i, j)):
                continue
            span = doc[i:j]
            if not tok_at[j - 1].text[-1].isalnum() and tok_at[j - 1].text[-1] != "." or tok_at[j - 1].lower_ in PARTICLES or tok_at[i].lower_ in PARTICLES and j - i == 1:
                continue
            text = span.text
            if len(key(text)) < 3 and not text.isupper() and not (text.endswith(".") and text[:1].isupper()):
                continue  # two letters are a place only as a code ("UK") or an abbreviation ("Ga.")
            cands = gaz.candidates(text)
            owner = _lost_apostrophe(tok_at, j, cands, gaz) if j == i + 1 else None
            if cands or owner:
                found = (j, owner or cands, owner is not None)
                break
        if found and not found[2] and _name_goes_on(tok_at, found[0], end, found[1]):
            i = found[0] + 3  # "Hay al-Amil" is no town "Hay": the whole name is unknown
            continue
        if found:
            j, cands, possessive = found
            if _abbreviation_dot(tok_at, j, cands, taken):
                j += 1  # "W.Va." and "Phila.", whose dot the tokenizer split off, keep it
            span = doc[i:j]
            ent = ents.get(i)
            label = ent.label_ if ent is not None and ent.start <= i and ent.end >= j else None
            text, end_char = (span.text[:-1], span.end_char - 1) if possessive else (span.text, span.end_char)
            out.append(Proposal(i, j, text, span.start_char, end_char, label=label, candidates=cands, possessive=possessive))
            taken.update(range(i, j))
            i = j
        else:
            i += 1


def _name_goes_on(tok_at: list[Token], j: int, end: int, cands: list[Candidate]) -> bool:
    """The name found ends before an Arabic article joined to the next word ("Hay al-Amil",
    "Khan al-Ahmar"): it is the first word of a longer name, unless it is a place known well enough to
    stand first in a list whose commas were lost ("Aleppo al-Bab and Manbij")."""
    if j + 2 >= end or tok_at[j].lower_ not in PARTICLES or tok_at[j + 1].text not in ("-", "–") or not tok_at[j + 2].text[:1].isupper():
        return False
    return not any(c.major or c.feature in ("country", "admin1") for c in cands)


def _participle_before_noun(tok_at: list[Token], j: int) -> bool:
    """'Iraqs divided northern city': a participle that qualifies the noun after it (not "Doors
    opened an hour before", a verb with its own object)."""
    return tok_at[j].tag_ in ("VBN", "VBD") and j + 1 < len(tok_at) and tok_at[j + 1].pos_ in ("ADJ", "NOUN")


def _lost_apostrophe(tok_at: list[Token], j: int, cands: list[Candidate], gaz) -> list[Candidate] | None:
    """"Syrias war", "Aleppos eastern districts": a possessive whose apostrophe a damaged text lost.
    The readings of the name without its "s", when that name is a country, a province or a major
    city, the "s" word is itself no exact name, stands before a noun and after no other name
    ("Tesco Stores"), and the article writes no such word in lower case ("stores")."""
    word = tok_at[j - 1].text
    if (len(word) < 5 or not word.endswith("s") or word.endswith("ss") or not word[:1].isupper() or not word[1:].islower()
            or j >= len(tok_at) or tok_at[j].pos_ not in ("NOUN", "PROPN", "ADJ") and not _participle_before_noun(tok_at, j)
            or any(c.similarity == 1.0 for c in cands)):
        return None
    before = tok_at[j - 2] if j >= 2 else None
    if before is not None and _is_name_token(before) and not before.is_sent_start or _common_word(tok_at[j - 1].doc, tok_at[j - 1]):
        return None
    owner = [c for c in gaz.candidates(word[:-1]) if c.similarity == 1.0]
    return owner if any(c.feature in ("country", "admin1") or c.major for c in owner) else None


def _joined_names(doc: Doc, chunks: list[tuple[int, int]], gaz, out: list[Proposal], taken: set[int]) -> None:
    """Names the gazetteer writes across a comma or an "and" ("Washington, D.C.", "Trinidad and
    Tobago"), found between the run of name tokens before the joint and the run after it; a
    list's joint ("Moscow, Kiev and Paris") finds none."""
    tok_at = doc_tokens(doc)
    ends = {end: start for start, end in chunks}
    for start, end in chunks:
        joint = start - 1
        word = tok_at[joint].text if joint >= 0 else ""
        if joint not in ends or word not in (",", "and", "&"):
            continue
        left, right = max(ends[joint], joint - 2), min(end, start + 2)
        text = f"{doc[left:joint].text}{',' if word == ',' else ' and'} {doc[start:right].text}"
        cands = [c for c in gaz.candidates(text) if c.similarity == 1.0 and (", " if word == "," else " and ") in c.name]
        if cands and not any(t in taken for t in range(left, right)):
            span = doc[left:right]
            out.append(Proposal(left, right, span.text, span.start_char, span.end_char, candidates=cands))
            taken.update(range(left, right))


def _prefix_only(tok_at: list[Token], i: int) -> bool:
    """A hyphen, or a lone letter before one ("D-Charleston", "R-Raleigh": a party and a home
    town), opens no place name; an Arabic particle does ("a-Shaar")."""
    tok = tok_at[i]
    if tok.text in ("-", "‐", "–", "—", ","):
        return True
    return len(tok.text) == 1 and tok.lower_ not in PARTICLES and i + 1 < len(tok_at) and tok_at[i + 1].text in ("-", "‐")


def _abbreviation_dot(tok_at: list[Token], j: int, cands: list[Candidate], taken: set[int]) -> bool:
    """The name is an abbreviation and the next token is its own full stop."""
    if j >= len(tok_at) or j in taken or tok_at[j].text != "." or tok_at[j].idx != tok_at[j - 1].idx + len(tok_at[j - 1].text):
        return False
    best = cands[0]  # its best reading is a name cut short: "Phila" of Philadelphia, not "Texas" of Texas County
    return "." in tok_at[j - 1].text or (best.similarity == 1.0 and len(best.matched) <= 5 < len(best.name)
                                        and best.name.lower().startswith(best.matched.lower()) and best.name[len(best.matched)].isalpha())


def _annotate(doc: Doc, p: Proposal, ents: dict, owners: dict[int, Proposal]) -> None:
    tok_at = doc_tokens(doc)
    c = cues()
    after = tok_at[p.end] if p.end < len(doc) else None
    if after is not None and after.text in ("’s", "'s") and p.end + 1 < len(doc):
        after = None
    if after is not None and after.lower_ in c.after:
        p.feature_hint = c.after[after.lower_] or None
        p.strong = True
        if after.lower_ == "countryside":
            p.qualifier = "countryside"
    kind = _kind_in_name(tok_at, p, c)
    if kind:
        p.feature_hint = p.feature_hint or kind
        p.strong = True
    if after is not None and after.text in ("-", "‐") and p.end + 1 < len(doc) and tok_at[p.end + 1].lower_ in c.attributive and not after.whitespace_:
        p.attributive = True
    if acts_for_a_government(doc[p.start : p.end].root):
        p.attributive = True  # "Moscow said", "as Washington began its campaign": a government by its capital
    before = tok_at[p.start - 1] if p.start > 0 else None
    if before is not None:
        low = before.lower_
        if low in c.qualifier:
            p.qualifier = c.qualifier[low]
            p.strong = True
            before = tok_at[p.start - 2] if p.start > 1 else None
            low = before.lower_ if before is not None else ""
        if low in c.prep:
            p.strong = True
        if low == "of" and p.start > 1 and tok_at[p.start - 2].lower_ in c.before:
            p.feature_hint = p.feature_hint or c.before[tok_at[p.start - 2].lower_] or None
            p.strong = True
        if low == "of" and p.start > 1 and tok_at[p.start - 2].lower_ in c.after:
            p.strong = True  # "the a-Shaar district of Aleppo": Aleppo is a place too
    root = doc[p.start : p.end].root
    if root.dep_ in ("dobj", "advmod", "npadvmod", "attr") and root.head.i < root.i and root.head.lemma_.lower() in c.verb:
        p.strong = True  # "fled Bakhmut", "shelled Donetsk": the verb goes to or acts on a place
    p.cue = p.strong
    if p.label in PLACE_LABELS:
        p.strong = True
    _parent_cues(doc, p, owners)


def _kind_in_name(tok_at: list[Token], p: Proposal, c: Cues) -> str | None:
    """The kind of place a name's own last word gives ("Licking County", "Idlib Governorate");
    not "State", which ends as many institutions' names ("Ohio State") as places'."""
    last = tok_at[p.end - 1].lower_
    if p.end - p.start < 2 or last in ("state", "states"):
        return None
    return c.after.get(last) or None


def _parent_cues(doc: Doc, p: Proposal, owners: dict[int, Proposal]) -> None:
    """'the X district of Y', "Y's central X district", 'X, Y'."""
    tok_at = doc_tokens(doc)
    c = cues()
    if p.end + 2 < len(doc) and tok_at[p.end].lower_ in c.after and tok_at[p.end + 1].lower_ == "of":
        q = p.end + 2
        if tok_at[q].lower_ == "the":
            q += 1
        if q < len(doc) and _is_name_token(tok_at[q]):
            p.parent_text = doc[q : _name_run_end(tok_at, q)].text
            p.parent_holds = True
    i = p.start - 1
    while i > 0 and (tok_at[i].lower_ in c.qualifier or tok_at[i].pos_ == "ADJ"):
        i -= 1
    if i > 0 and tok_at[i].text in ("’s", "'s") and p.feature_hint:
        j = i - 1
        while j > 0 and _is_name_token(tok_at[j - 1]):
            j -= 1
        p.parent_text = doc[j:i].text
        p.parent_holds = True
    elif p.feature_hint and i + 1 in owners:
        p.parent_text = owners[i + 1].text  # "Manbijs Ramtha district": "Manbij's", its apostrophe lost
        p.parent_holds = True
    if not p.parent_text and p.end + 1 < len(doc) and tok_at[p.end].text == "," and _is_name_token(tok_at[p.end + 1]):
        end = p.end + 2
        while end < len(doc) and _is_name_token(tok_at[end]) and end - p.end < 4:
            end += 1
        p.parent_text = doc[p.end + 1 : end].text
    p.container_text = _container(doc, p, c)


def _container(doc: Doc, p: Proposal, c: Cues) -> str | None:
    """'the district of Sevre in the northwestern province of Idlib', 'al-Hamadaniyeh area in Aleppo
    city': the place the text says holds this one."""
    tok_at = doc_tokens(doc)
    j = p.end
    if j < len(doc) and (tok_at[j].lower_ in c.after or tok_at[j].lower_ == "area"):
        j += 1
    if j >= len(doc) or tok_at[j].lower_ != "in":
        return None
    j += 1
    if j < len(doc) and tok_at[j].lower_ == "the":
        j += 1
    while j < len(doc) and not _is_name_token(tok_at[j]) and (tok_at[j].lower_ in c.qualifier or tok_at[j].pos_ == "ADJ"):
        j += 1
    if j + 1 < len(doc) and tok_at[j].lower_ in c.before and tok_at[j + 1].lower_ == "of":
        j += 2
    if j >= len(doc) or not _is_name_token(tok_at[j]):
        return None
    end = _name_run_end(tok_at, j)
    while end > j + 1 and tok_at[end - 1].lower_ in c.after:
        end -= 1  # "Idlib Province"
    return doc[j:end].text


def _name_run_end(tok_at: list[Token], start: int) -> int:
    """Where the run of name words (and hyphens) that starts at `start` ends: "Deir ez-Zor"."""
    end = start + 1
    while end < len(tok_at) and (_is_name_token(tok_at[end]) or tok_at[end].text == "-"):
        end += 1
    return end


def _share_plural_hints(doc: Doc, spans: list[Proposal]) -> None:
    """'Idlib and Aleppo provinces': the plural noun after the last name applies to all; so does
    the plural before the first ("the villages of Zumlaqa and Barqoun")."""
    tok_at = doc_tokens(doc)
    for a, b in zip(spans, spans[1:]):
        between = doc[a.end : b.start]
        if between.text.strip().lower() not in ("and", ",", ", and", "or"):
            continue
        if b.feature_hint and b.end < len(doc) and tok_at[b.end].lower_.endswith("s") and not a.feature_hint:
            a.feature_hint = b.feature_hint
            a.strong = True
        if a.feature_hint and not b.feature_hint and a.start > 1 and tok_at[a.start - 1].lower_ == "of" \
                and tok_at[a.start - 2].lower_.endswith("s"):
            b.feature_hint = a.feature_hint  # a kind, not proof: "al-Zara" may be no place the gazetteer holds


# --- accepting names ---------------------------------------------------------------------------

ORG_LABELS = {"ORG", "NORP", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}


def accept(p: Proposal, doc: Doc, gaz) -> bool:
    """Whether the proposal names a place in this sentence."""
    tok_at = doc_tokens(doc)
    c = cues()
    text = p.text
    if gaz.demonym_country(text) and not any(cand.feature in ("country", "admin1") and cand.similarity == 1.0 for cand in p.candidates):
        return False
    tokens = doc[p.start : p.end]
    words = [t.lower_ for t in tokens if t.is_alpha]
    if words and all(w in c.not_places for w in words) or len(words) == 1 and words[0] in c.after:
        return False  # "Most", "Rebels"; "County" or "Region" alone
    if text.isupper() and len(text.replace(".", "")) <= 3 and not any(
        (cand.feature == "country" or cand.feature == "admin1" and "." in text) and cand.similarity == 1.0 for cand in p.candidates
    ):  # "N.Y." is a state
        return False  # "IS", "SDF": an abbreviation, not a small place that shares its letters
    if len(key(text)) < 3 and text.endswith(".") and not any(cand.feature in ("country", "admin1") for cand in p.candidates):
        return False  # "St.", "Co.": a street or a company, unless the letters are a state's ("Ga.")
    if (p.end + 1 < len(doc) and tok_at[p.end].lower_ in c.street and tok_at[p.end].text[:1].isupper()
            and not tok_at[p.end + 1].like_num and not p.feature_hint):
        return False  # "420 Augusta St.", "Memphis Avenue": a street named after the place
    if "&" in text and not any("&" in cand.matched or " and " in cand.name for cand in p.candidates):
        return False  # "R&D", "Bed Bath & Beyond": letters a name of the gazetteer shares once the "&" is dropped
    if _names_a_day(tok_at, p.end):
        return False  # "St. Patrick's Day", "Columbus Day": a holiday, not a place
    if p.start > 0 and tok_at[p.start - 1].lower_.rstrip(".") in c.person:
        return False
    if _named_person(doc, p):
        return False
    if len(tokens) == 1 and tokens[0].text in _speakers(doc) and not any(
            cand.major and cand.matched.lower() == text.lower() for cand in p.candidates):
        return False  # "Morris said", "Petrova, 52,": a person, wherever the article names them
    if _known_actor(text, tokens) and not any(cand.feature == "country" and cand.similarity == 1.0 for cand in p.candidates):
        return False  # "SANA", "Red Cross", "Assads forces": a body or a person the actor lexicon knows
    if len(tokens) == 1 and not _where_cue(p, tok_at) and tokens[0].text in _person_words(doc) and not any(
        cand.feature in ("country", "admin1") for cand in p.candidates[:1]
    ):
        return False  # "Salah said": the surname of a person the article has named in full
    if p.start > 0 and tokens[0].lower_ in PARTICLES and _is_name_token(tok_at[p.start - 1]) and not tok_at[p.start - 1].is_sent_start:
        return False  # a family name ("Yazan al-Halabi", "Mohammed al-Homsi"), not a place
    if p.end < len(doc) and tok_at[p.end].text in ("$", "€", "£") or text in ("US", "U.S.") and p.end < len(doc) and tok_at[p.end].lower_ in ("dollar", "dollars", "$"):
        return False  # "US $4,234": a currency, not a place
    ent = _covering_ent(doc, p)
    inside = ent is not None and (ent.start < p.start or ent.end > p.end)
    org_words = inside and bool({t.lower_ for t in ent} & c.org)  # "Abuja Chamber of Commerce", whatever its tag
    if inside and ent.label_ == "PERSON" and not org_words and not _kind_in_name(tok_at, p, c) and not p.possessive:
        return False  # inside a person's name, unless the name says its kind ("Anderson County Sheriff")
    if (
        org_words and ent.label_ in (*ORG_LABELS, "PERSON")
        or p.end < len(doc) and tok_at[p.end].lower_ in c.org and tok_at[p.end].lower_ not in c.after and not p.strong
        or _inside_org_name(doc, p, c)
    ):
        before = tok_at[p.start - 1] if p.start > 0 else None
        if before is not None and _is_name_token(before) and not before.is_sent_start and before.lower_ not in c.qualifier:
            return False  # "the Aleppo Media Center": a word inside the name, not the place it is named after
        p.attributive = True  # "Dublin City Council", "University of Georgia": named, but not a scene
    if ent is not None and ent.label_ == "NORP" and tokens[-1].tag_ == "JJ" and not any(
            cand.name == text and cand.major for cand in p.candidates):
        return False  # "Kurdish", "Alawite"; not "Aleppo" tagged an adjective before "city"
    best = p.candidates[0]
    exact = any(cand.similarity == 1.0 for cand in p.candidates)
    prominent = any(cand.major and cand.similarity == 1.0 for cand in p.candidates)
    if any(_date_word(doc, t) for t in tokens):
        return False  # "Sat Mar 26": a date, not a place
    well_known = any(cand.name == text and cand.major for cand in p.candidates)
    if len(tokens) == 1 and not (p.feature_hint or p.parent_text or well_known) and _beside_weekday(doc, tokens[0]):
        return False  # "on Good Friday", "Easter Sunday Mass": a holiday, not a place
    if len(tokens) == 1 and not _has_cue(p) and not well_known and _common_word(doc, tokens[0]):
        return False  # "Attacks Kill 12 in Aleppo": a word the article also writes in lower case
    if (len(tokens) == 1 and tokens[0].tag_ in ("VBG", "VBD", "VBN") and tokens[0].text.istitle()
            and not well_known and not p.feature_hint):
        return False  # "Accuses Turkey of Putting US Forces at Risk": a verb capitalised in a headline
    dateline = meta(doc).get("dateline")
    if dateline and dateline[0] <= p.start_char and p.end_char <= dateline[1] + 1:
        return exact or best.similarity >= 0.9
    if ent is not None and ent.label_ == "PERSON" and ent.start == p.start and ent.end == p.end and not p.strong and not prominent:
        return False  # the tagger's PERSON outweighs a small place, not a city
    sentence_initial = tokens[0].is_sent_start or (p.start > 0 and tok_at[p.start - 1].is_punct and tok_at[p.start - 1].text in ("“", '"', "‘"))
    if sentence_initial and not p.strong and tokens[0].lower_ in doc.vocab and tokens[0].is_stop:
        return False
    if not exact and (len(tokens) == 1 and tokens[0].lower_ in doc.vocab.strings and tokens[0].is_stop or not _has_cue(p)):
        return False  # a near-spelling needs the sentence to say it is a place
    if p.strong:
        return exact or best.similarity >= 0.9
    if p.parent_text and _held_by_parent(p):
        return True  # "Silverstone, Northamptonshire": a village the gazetteer puts in the county written after it
    if (p.start > 1 and tok_at[p.start - 1].text == "," and _is_name_token(tok_at[p.start - 2])
            and any(cand.similarity == 1.0 and cand.feature in ("admin1", "admin2") for cand in p.candidates)):
        return True  # and that county, written after a name and its comma
    return prominent and not (sentence_initial and len(tokens) == 1 and tokens[0].lower_ in c.not_places)


def _held_by_parent(p: Proposal) -> bool:
    """An exact reading of the name lies in the province or district its parent cue names."""
    parent = key(p.parent_text or "")
    return len(parent) > 3 and any(
        cand.similarity == 1.0 and any(parent in key(area) for area in (cand.admin1, cand.admin2) if area)
        for cand in p.candidates)


def _where_cue(p: Proposal, tok_at: list[Token]) -> bool:
    """Words that put the name on a map: a locative preposition, a place noun, a qualifier, a
    parent, a verb of place ("fled X"); "of" and "to" only after a word of place or of going
    ("north of X", "residents of X", "moved to X"), not "the deaths of Helen", "referring to Bautista"."""
    if p.feature_hint or p.qualifier or p.parent_text or p.container_text:
        return True
    before = tok_at[p.start - 1].lower_ if p.start > 0 else ""
    if before in ("of", "to"):
        c = cues()
        word = tok_at[p.start - 2] if p.start > 1 else None
        return word is not None and any(w in c.verb or w in c.qualifier or w in c.after or w in c.going
                                        for w in (word.lower_, word.lemma_.lower()))
    return p.cue


def _known_actor(text: str, tokens: Span) -> bool:
    """An agency written as its acronym ("SANA"), a body of several words ("Red Cross"), or a
    person's name with the apostrophe of its possessive lost ("Assads forces"), as the actor lexicon
    knows them, or an armed group's one-word name ("Hamas"); another body's one-word name in plain
    case ("Mayadeen") may be the town or the channel."""
    lex = actor_lexicon()
    bodies = ("organization", "media", "armed_group")
    if any(e.kind in bodies for e in lex.get(text.lower(), ())) and (text.isupper() or len(tokens) > 1):
        return True
    if len(text) >= 4 and any(e.kind == "armed_group" for e in lex.get(text.lower(), ())):
        return True  # "a strike on Hamas fighters": an armed group's one-word name is written as a name
    word = tokens[-1].text
    return (len(tokens) == 1 and word.endswith("s") and not word.isupper()
            and any(e.kind == "person" for e in lex.get(word[:-1].lower(), ())))


def _names_a_day(tok_at: list[Token], end: int) -> bool:
    """The name is followed by "Day" or "'s Day"."""
    words = [t.text for t in tok_at[end : end + 2]]
    return words[:1] == ["Day"] or words[:2] in (["'s", "Day"], ["’s", "Day"])


_WEEKDAYS = frozenset(WEEKDAYS)
_DATE_WORDS = frozenset(MONTH_ABBR) | _WEEKDAYS | {d[:3] for d in WEEKDAYS} | {"tues", "thur", "thurs"}


def _date_word(doc: Doc, tok: Token) -> bool:
    """A month or weekday abbreviation beside a number or another date word."""
    tok_at = doc_tokens(doc)
    if tok.lower_.rstrip(".") not in _DATE_WORDS:
        return False
    around = [tok_at[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(t.like_num or t.lower_.rstrip(".,") in _DATE_WORDS for t in around)


def _beside_weekday(doc: Doc, tok: Token) -> bool:
    tok_at = doc_tokens(doc)
    return any(0 <= i < len(doc) and tok_at[i].lower_ in _WEEKDAYS and tok_at[i].text[:1].isupper() for i in (tok.i - 1, tok.i + 1))


def _common_word(doc: Doc, tok: Token) -> bool:
    """Whether the article uses this word in lower case elsewhere ('kill', 'blast', 'road'): then its
    capital comes from a title-case headline or the start of a sentence, not from a name."""
    words = doc.user_data.get("tawthiq_lower_words")
    if words is None:
        words = {w for t in doc_tokens(doc) if t.is_alpha and t.text.islower() for w in (t.lower_, t.lemma_.lower())}
        doc.user_data["tawthiq_lower_words"] = words
    return tok.lower_ in words or tok.lemma_.lower() in words


def _person_words(doc: Doc) -> set[str]:
    """Words of the full person names (two or more words) the article mentions."""
    cache = doc.user_data.get("tawthiq_person_words")
    if cache is None:
        cache = {t.text for ent in doc_entities(doc) if ent.label_ == "PERSON" and len(ent) >= 2 for t in ent if t.is_alpha and t.text[:1].isupper()}
        doc.user_data["tawthiq_person_words"] = cache
    return cache


def _speakers(doc: Doc) -> set[str]:
    """One-word names the article shows to be people: the subject of a speech verb ("Morris
    stressed …"), or a name with an age beside it ("Samra, 46, …"). A small town does neither; a
    country or a big city may speak for its government, so `accept` lets those through."""
    cache = doc.user_data.get("tawthiq_speakers")
    if cache is None:
        from .quotes import cue_verbs, object_cues

        # verbs of a person's own voice or mind ("said", "stressed", "hopes"), not those a town
        # council may be the subject of ("Decatur to discuss", "charged", "announced")
        voiced = {v for v, kind in cue_verbs().items() if kind != "report"} - object_cues()
        tok_at = doc_tokens(doc)
        cache = set()
        for tok in tok_at:
            if tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper():
                continue
            if in_dateline(doc, tok.idx):
                continue  # "Hasakah, Syria (Reuters) - Kurdish-led forces said": the parser's subject is where the report was filed
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in voiced and not any(
                    child.dep_ in ("compound", "amod", "det") for child in tok.children):
                cache.add(tok.text)
            elif (tok.i + 3 < len(doc) and tok_at[tok.i + 1].text == "," and tok_at[tok.i + 3].text == ","
                  and tok_at[tok.i + 2].text.isdigit() and 10 <= int(tok_at[tok.i + 2].text) <= 110):
                cache.add(tok.text)
        doc.user_data["tawthiq_speakers"] = cache
    return cache


def _named_person(doc: Doc, p: Proposal) -> bool:
    """"'Nadia', a nurse …" / "Omar, the father of …": a name followed by a role is a person."""
    tok_at = doc_tokens(doc)
    i = p.end
    if i < len(doc) and tok_at[i].text in ("'", "’", "”", '"'):
        i += 1
    if i + 2 >= len(doc) or tok_at[i].text != "," or tok_at[i + 1].lower_ not in ("a", "an", "the", "another"):
        return False
    for tok in doc[i + 2 : i + 5]:
        if tok.pos_ == "NOUN":
            return tok.lemma_.lower() in _PERSON_ROLES
    return False


_PERSON_ROLES = frozenset("""teacher nurse doctor father mother resident activist journalist correspondent fighter commander
spokesman spokeswoman farmer student worker engineer official officer soldier driver shopkeeper trader mayor lawyer
volunteer medic pharmacist baker mechanic coordinator member leader son daughter brother sister widow man woman""".split())


def _inside_org_name(doc: Doc, p: Proposal, c: Cues) -> bool:
    """'Syrian Observatory for Human Rights', 'Aleppo Media Center': a name in an organisation's name."""
    tok_at = doc_tokens(doc)
    i = p.start
    while i > 0 and (_is_name_token(tok_at[i - 1]) or tok_at[i - 1].lower_ in ("for", "of", "and", "the") and i > 1 and _is_name_token(tok_at[i - 2])):
        i -= 1
    j = p.end
    while j < len(doc) and (_is_name_token(tok_at[j]) or tok_at[j].lower_ in ("for", "of", "and") and j + 1 < len(doc) and _is_name_token(tok_at[j + 1])):
        j += 1
    around = {t.lower_ for t in doc[i:j]} - {t.lower_ for t in doc[p.start : p.end]}
    return bool(around & (c.org | {"rights", "watch", "observatory", "committee", "association", "society", "foundation"}))


def _has_cue(p: Proposal) -> bool:
    """A cue from the words around the name, not just an entity label."""
    return bool(p.cue or p.feature_hint or p.qualifier or p.parent_text)


def _covering_ent(doc: Doc, p: Proposal) -> Span | None:
    for ent in doc_entities(doc):
        if ent.start <= p.start and ent.end >= p.end:
            return ent
        if ent.start < p.end and ent.end > p.start:
            return ent
    return None


# --- resolving and building records ------------------------------------------------------------


def resolve(doc: Doc, proposals: list[Proposal], gaz) -> list[Place]:
    info = meta(doc)
    dateline = info.get("dateline")
    tok_at = doc_tokens(doc)
    for p in proposals:
        if (dateline and dateline[0] <= p.start_char and p.end_char <= dateline[1] + 1) or _inline_dateline(tok_at, p):
            p.dateline = True
    ctx = _context(doc, proposals, gaz)
    groups: dict[str, list[Proposal]] = defaultdict(list)
    for p in proposals:
        groups[key(p.text)].append(p)
    for p in proposals:
        if p.container_text and key(p.container_text) not in groups:
            p.container_text = None  # "in January", "in Reuters": only a place the article names holds another
    ctx.linked = frozenset(_containment_links(groups) | _neighbour_links(groups))
    order = sorted(groups, key=lambda k: (-_confidence(groups[k]), groups[k][0].start))
    choices: dict[str, Choice] = {}
    for k in order:
        group = groups[k]
        m = _mention(group)
        parent = _resolve_parent(m.parent_hint, ctx, gaz, choices)
        if all(p.dateline for p in group) and parent is None:
            # a bare dateline ("ATLANTA (AP) -") names a city well known enough to stand alone
            choices[k] = choose(group[0].candidates, m, Context(), None)
            continue
        for choice_key, mention in _readings(k, group, m):
            choices[choice_key] = choose(group[0].candidates, mention, ctx, parent)
        _plain_follows_hint(k, choices)
        chosen = choices[k].candidate
        if chosen is not None and not all(p.dateline for p in group):
            _add_to_context(ctx, chosen)
    _reconsider(order, groups, choices, ctx)
    return _records(doc, proposals, groups, choices, gaz,
                    lambda k: _resolve_parent(_mention(groups[k]).parent_hint, ctx, gaz, choices))


def _inline_dateline(tok_at: list[Token], p: Proposal) -> bool:
    """"… were wounded. MOSCOW (Sputnik) The army …": a capitalised dateline left inside the text
    when a page lost its line breaks. Prose never spells a city in capitals between words that are
    not, so such a name opening a sentence-like run marks where the report was filed."""
    if sum(ch.isalpha() for ch in p.text) < 4 or not p.text.isupper() or not any(
            c.similarity == 1.0 and (c.major or c.feature in ("country", "admin1")) for c in p.candidates):
        return False  # and "on NAFTA:" is no dateline
    if p.start == 0 or p.end >= len(tok_at) or _in_capitals(tok_at[p.start - 1]) or _in_capitals(tok_at[p.end]):
        return False  # the article's opening, or a headline in capitals
    after = tok_at[p.end]
    return after.text in ("(", "-", "–", "—", ":") or after.is_alpha and after.text.istitle()


def _in_capitals(tok: Token) -> bool:
    return tok.is_alpha and len(tok.text) > 1 and tok.text.isupper()


def _containment_links(groups: dict[str, list[Proposal]]) -> set[int]:
    """Readings of two names in the article where one lies in the other: of all the Parises and
    Henry Counties, the Paris in a Henry County and that county."""
    counties: dict[tuple, set[tuple[str, int]]] = defaultdict(set)
    for k, group in groups.items():
        for c in group[0].candidates:
            if c.feature == "admin2":
                counties[county_of(c)].add((k, c.id))
    linked: set[int] = set()
    for k, group in groups.items():
        for c in group[0].candidates:
            if c.feature != "admin2" and c.admin2:
                for other, county_id in counties.get(county_of(c), ()):
                    if other != k:
                        linked |= {c.id, county_id}
    return linked


NEIGHBOUR_KM = 30  # two towns the article names this close are read as neighbours


def _neighbour_links(groups: dict[str, list[Proposal]]) -> set[int]:
    """Readings of two names that lie within a short drive of each other: "Delano" beside "Buffalo"
    and "Maple Lake" is the Delano in Minnesota, not the one in California."""
    cells: dict[tuple[int, int], list[tuple[str, Candidate]]] = defaultdict(list)
    for k, group in groups.items():
        if any(world_known(c) for c in group[0].candidates):
            continue  # "Mexico", "Moscow", "Washington": small namesakes cluster by chance
        for c in group[0].candidates:
            if c.lat is not None and c.feature in ("city", "village", "district"):
                cells[(int(c.lat * 2 // 1), int(c.lon * 2 // 1))].append((k, c))
    linked: set[int] = set()
    for (row, col), here in cells.items():
        near = [kc for dr in (-1, 0, 1) for dc in (-1, 0, 1) for kc in cells.get((row + dr, col + dc), ())]
        for k, c in here:
            for other, d in near:
                if other != k and distance_km(c.lat, c.lon, d.lat, d.lon) < NEIGHBOUR_KM:
                    linked |= {c.id, d.id}
    return linked


def _readings(k: str, group: list[Proposal], m: Mention) -> list[tuple[str, Mention]]:
    """The readings a name (gathered as `m`) gets: one, or, when only some of its mentions carry a
    kind noun ("Idlib province" and "Idlib"), the hinted one (key "#hint") and the plain one."""
    hinted = [p for p in group if p.feature_hint]
    if not hinted or len(hinted) == len(group):
        return [(k, m)]
    return [(k + "#hint", m), (k, Mention(text=m.text, parent_hint=m.parent_hint, parent_holds=m.parent_holds, strong=m.strong))]


def _plain_follows_hint(k: str, choices: dict[str, Choice]) -> None:
    """"The city of Palestine" tells what a bare "Palestine" in the same article is; only a province
    and its namesake city (same country) are told apart by the noun."""
    hinted, plain = choices.get(k + "#hint"), choices.get(k)
    if hinted and plain and hinted.candidate and plain.candidate and hinted.candidate.country != plain.candidate.country:
        choices[k] = hinted


def _mention(group: list[Proposal]) -> Mention:
    """What the article says about a name, gathered over all its mentions."""
    cued = next((p for p in group if p.parent_text), None)
    held = next((p for p in group if p.container_text), None)
    return Mention(
        text=group[0].text,
        feature_hint=next((p.feature_hint for p in group if p.feature_hint), None),
        parent_hint=cued.parent_text if cued else held.container_text if held else None,
        parent_holds=cued.parent_holds if cued else held is not None,
        strong=any(p.strong for p in group),
    )


def _reconsider(order: list[str], groups: dict[str, list[Proposal]], choices: dict[str, Choice], ctx: Context) -> None:
    """A second look at ambiguous names, now that the whole article's places are known: "Georgia"
    read first may be the country, but beside Atlanta and Savannah it is the state. Each name is
    judged by the context of all the others, not its own first guess; a name that changes its
    reading changes the context of the rest, so a further round follows while anything moves
    ("Huntsville" and "Walker County" beside "Texas" move to Texas one after the other)."""
    for _ in range(RECONSIDER_ROUNDS):
        moved = False
        for k in order:
            group = groups[k]
            if k not in choices or all(p.dateline for p in group) or (
                    len({c.id for c in group[0].candidates}) < 2 and choices[k].candidate is not None):
                continue
            counted = choices[k].candidate  # the plain reading is in the context, a hinted one is not
            others = Context(countries=ctx.countries.copy(), admin1s=ctx.admin1s.copy(), points=list(ctx.points),
                             counties=ctx.counties.copy(), linked=ctx.linked)
            others.countries[group[0].candidates[0].country] -= sum(_country_votes(p) for p in group)  # its own, from _context
            if counted is not None:
                _add_to_context(others, counted, -1)
            others.countries = +others.countries
            for choice_key, m in _readings(k, group, _mention(group)):
                own = choices[choice_key].candidate
                parent_choice = choices.get(key(m.parent_hint)) if m.parent_hint else None
                parent = parent_choice.candidate if parent_choice else None
                again = choose(group[0].candidates, m, others, parent)
                if again.candidate is None or own is not None and again.candidate.id == own.id:
                    continue
                # a name with no reading for want of context ("Idleb" read before "Hims") takes one
                # the rest of the article now supports
                if own is None or _switch(k, own, again, m, others, parent, choices):
                    choices[choice_key] = again
                    moved = True
            _plain_follows_hint(k, choices)
            if choices[k].candidate is not counted:
                if counted is not None:
                    _add_to_context(ctx, counted, -1)
                if choices[k].candidate is not None:
                    _add_to_context(ctx, choices[k].candidate)
        if not moved:
            return


RECONSIDER_ROUNDS = 3


def _switch(k: str, own: Candidate, again: Choice, m: Mention, others: Context, parent: Candidate | None,
            choices: dict[str, Choice]) -> bool:
    """Whether the second look's reading replaces the first."""
    own_score = evidence_for(own, m, others, parent)
    if again.candidate.country == own.country:
        # within a country, only another place of the same kind: Columbus beside Phenix City and
        # Alabama is Columbus, Georgia; a city does not become its province on a second look
        return again.candidate.feature == own.feature and again.evidence > own_score + 0.01
    if own.feature == "country" and again.candidate.feature != "admin1" and not _local_namesake(again.candidate, own, others, [
            c.candidate for n, c in choices.items() if n.split("#")[0] != k and c.candidate]):
        return False  # "China" stays the country; only a state may share a country's name (Georgia)
    return again.evidence > own_score + 0.02


LOCAL_KM = 50  # how near a town's neighbours in the article must be for it to outweigh a country


def _local_namesake(town: Candidate, country: Candidate, others: Context, chosen: list[Candidate]) -> bool:
    """A town named after a country ("Palestine" beside Anderson County and Elkhart, Texas): the
    article names places right around the town, and nothing else in it, not even a demonym,
    points at the country. A state capital 100 km away is not enough ("China" beside Houston)."""
    if others.countries[country.country] > 0 or town.lat is None:
        return False
    return any(c.feature in ("city", "village", "admin2", "district") and c.lat is not None
               and distance_km(town.lat, town.lon, c.lat, c.lon) < LOCAL_KM for c in chosen)


def _confidence(group: list[Proposal]) -> float:
    best = group[0].candidates[0]
    base = {"country": 3.0, "admin1": 2.0}.get(best.feature, 0.0)
    return base + min(2.0, best.population / 1_000_000) + (1.0 if len(group[0].candidates) == 1 else 0.0) + 0.1 * min(len(group), 5)


def _context(doc: Doc, proposals: list[Proposal], gaz) -> Context:
    tok_at = doc_tokens(doc)
    ctx = Context()
    for p in proposals:
        ctx.countries[p.candidates[0].country] += _country_votes(p)
    ctx.countries = +ctx.countries
    for tok in tok_at:
        if tok.pos_ in ("ADJ", "PROPN") and tok.text[:1].isupper():
            cc = gaz.demonym_country(tok.text)
            if cc:
                ctx.countries[cc] += 1
    if not ctx.countries:
        votes: Counter = Counter()
        for p in proposals:
            if not p.dateline and p.candidates[0].country:
                votes[p.candidates[0].country] += 1
        ctx.countries.update({cc: 1 for cc, n in votes.items() if n >= 2})
    return ctx


def _country_votes(p: Proposal) -> int:
    """A name whose best reading is a country, spelt exactly, votes twice for that country, unless
    it is also a province elsewhere: "Georgia" says nothing until its neighbours do."""
    top = p.candidates[0]
    if p.dateline or top.feature != "country" or top.similarity < 1.0:
        return 0
    return 0 if any(c.feature == "admin1" and c.similarity == 1.0 and c.country != top.country for c in p.candidates) else 2


def _add_to_context(ctx: Context, c: Candidate, sign: int = 1) -> None:
    """Count a chosen place into what the article says about where it is (or, with -1, out)."""
    if c.country:
        ctx.countries[c.country] += sign
    if c.admin1_code and c.feature in ("admin1", "city", "admin2"):
        ctx.admin1s[(c.country, c.admin1_code)] += sign * _province_weight(c)
    if c.lat is not None and c.feature not in ("country",):
        if sign > 0:
            ctx.points.append((c.lat, c.lon))
        elif (c.lat, c.lon) in ctx.points:
            ctx.points.remove((c.lat, c.lon))
    if county_of(c):
        ctx.counties[county_of(c)] += sign
    if sign < 0:  # what is no longer counted is no longer named
        ctx.countries, ctx.admin1s, ctx.counties = +ctx.countries, +ctx.admin1s, +ctx.counties


def _province_weight(c: Candidate) -> int:
    """A province the article names outweighs one inferred from a town that may be a namesake."""
    return 2 if c.feature == "admin1" else 1


def _resolve_parent(text: str | None, ctx: Context, gaz, choices: dict[str, Choice]) -> Candidate | None:
    if not text:
        return None
    k = key(text)
    if k in choices and choices[k].candidate is not None:
        return choices[k].candidate
    cands = [c for c in gaz.candidates(text, fuzzy=False) if c.feature in ("country", "admin1", "admin2", "city")]
    if not cands:
        return None
    choice = choose(cands, Mention(text=text, strong=True), ctx)
    return choice.candidate


def _records(doc: Doc, proposals: list[Proposal], groups: dict, choices: dict[str, Choice], gaz,
             holder_of: Callable[[str], Candidate | None]) -> list[Place]:
    """One place per reading. A name with no reading is reported (with its reason) only where the
    text puts it on a map ("at Makeen", "the village of Prisi"), not inside a body's name ("Court
    of Appeals") nor as an acronym ("on NAFTA"); `holder_of` finds, for such a name kept, the place
    its text says holds it (looked up only for those)."""
    by_place: dict[tuple, dict] = {}
    order: list[tuple] = []
    for p in proposals:
        k = key(p.text)
        choice = choices.get(k + "#hint") if p.feature_hint and (k + "#hint") in choices else choices[k]
        cand = choice.candidate
        ident = (cand.gid if cand else "nomatch:" + k, p.qualifier)
        if ident not in by_place:
            by_place[ident] = {"choice": choice, "mentions": [], "name": p.text, "qualifier": p.qualifier, "props": []}
            order.append(ident)
        entry = by_place[ident]
        mention = Evidence(start=p.start_char, end=p.end_char, text=p.text)
        if p.attributive:
            mention = Evidence(start=p.start_char, end=p.end_char, text=p.text, attributive=True)
        if p.dateline:
            mention = Evidence(start=p.start_char, end=p.end_char, text=p.text, dateline=True)
        entry["mentions"].append(mention)
        entry["props"].append(p)
    tok_at = doc_tokens(doc)
    order = [ident for ident in order if by_place[ident]["choice"].candidate or any(
        p.dateline or _where_cue(p, tok_at) and not p.text.isupper() for p in by_place[ident]["props"])]
    places: list[Place] = []
    gid_to_id: dict[str, str] = {}
    for n, ident in enumerate(order, start=1):
        entry = by_place[ident]
        cand = entry["choice"].candidate
        pid = f"p{n}"
        if cand and ident[1] is None:
            gid_to_id.setdefault(cand.gid, pid)
        props = entry["props"]
        extra = {}
        if all(p.dateline for p in props):
            extra["dateline"] = True
        if all(p.attributive for p in props):
            extra["attributive"] = True
        if cand:
            extra["gazetteer_name"] = cand.name
        places.append(
            Place(
                id=pid,
                name=_display(props),
                feature=cand.feature if cand else next((p.feature_hint for p in props if p.feature_hint), None),  # "the Jubaila district"
                country=cand.country if cand else None,
                admin1=cand.admin1 if cand else None,
                lat=cand.lat if cand else None,
                lon=cand.lon if cand else None,
                gazetteer_id=cand.gid if cand else None,
                qualifier=entry["qualifier"] if entry["qualifier"] != "countryside" else "countryside",
                score=entry["choice"].score,
                reason=entry["choice"].reason,
                mentions=entry["mentions"],
                **extra,
            )
        )
    for ident, place in zip(order, places):
        cand = by_place[ident]["choice"].candidate
        if cand and cand.gid in gid_to_id and ident[1] is not None:
            place.parent = gid_to_id[cand.gid]  # "east Aleppo" lies in Aleppo
    _link_parents(places, by_place, order, gid_to_id, gaz)
    for ident, place in zip(order, list(places)):
        holder = holder_of(ident[0][len("nomatch:"):]) if ident[0].startswith("nomatch:") and not place.parent else None
        if holder is not None:
            place.parent = _place_id(holder, places, gid_to_id, "containing place the text names")  # "Sevre in Idlib"
            if place.country in (None, holder.country):
                place.country, place.admin1 = holder.country, place.admin1 or holder.admin1
    main = _most_named_place(places)
    for place in places:
        if main is not None and place.gazetteer_id is None and not place.parent and place.mentions:
            # "positions in the Jubaila district", in a report on Deir ez-Zor: a quarter no gazetteer
            # knows is taken to lie in the place the article is about, as a coder would map it
            place.parent = main.id
            place.reason = f"{place.reason}; taken to lie in {main.name}, the place the article is most about"
    return places


def _most_named_place(places: list[Place]) -> Place | None:
    """The city or province the article names most often (datelines and 'Aleppo-based' aside),
    if one clearly leads."""
    counts = sorted(((sum(not (getattr(m, "dateline", False) or getattr(m, "attributive", False)) for m in p.mentions), p) for p in places
                     if p.feature in ("city", "admin1", "admin2")), key=lambda np: -np[0])
    if not counts or counts[0][0] < 2 or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    return counts[0][1]


def _display(props: list[Proposal]) -> str:
    """The place's name as the article writes it (its first mention outside the dateline)."""
    p = next((p for p in props if not p.dateline), props[0])
    return p.text.title() if p.text.isupper() and len(p.text) > 3 else p.text


def _link_parents(places: list[Place], by_place: dict, order: list, gid_to_id: dict[str, str], gaz) -> None:
    """Districts and neighbourhoods point at their city, added as a place if the text never names it."""
    for ident, place in zip(order, list(places)):
        cand = by_place[ident]["choice"].candidate
        if cand is None or place.parent:
            continue
        parent_gid = cand.parent
        if not parent_gid and cand.feature in ("city", "village", "admin2", "district") and cand.admin1_code:
            admin1 = gaz.admin1_of(cand.country, cand.admin1_code)
            parent_gid = admin1.gid if admin1 and admin1.gid in gid_to_id else None
        if parent_gid in gid_to_id:
            place.parent = gid_to_id[parent_gid]
        elif parent_gid and (parent := gaz.by_gid(parent_gid)) is not None:
            place.parent = _place_id(parent, places, gid_to_id, "containing place of a district named in the text")


def _place_id(cand: Candidate, places: list[Place], gid_to_id: dict[str, str], reason: str) -> str:
    """The id of the place record for `cand`, added (with no mentions of its own) if the text never
    names it. Named only with a qualifier ("in southern Idlib"), the qualified place holds it."""
    if cand.gid not in gid_to_id:
        named = next((p for p in places if p.gazetteer_id == cand.gid), None)
        if named is not None:
            return named.id
        pid = f"p{len(places) + 1}"
        places.append(Place(id=pid, name=cand.name, feature=cand.feature, country=cand.country, admin1=cand.admin1,
                            lat=cand.lat, lon=cand.lon, gazetteer_id=cand.gid, score=None, reason=reason, mentions=[]))
        gid_to_id[cand.gid] = pid
    return gid_to_id[cand.gid]
