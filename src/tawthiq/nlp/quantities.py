"""tawthiq_quantities: the numbers that matter, with what they count.

Phrases come from `quantity_find` (money with ISO 4217 currency, ages, areas, distances,
percentages, bounded and vague counts). A count's meaning comes from the parse: the noun it
counts ("96 soldiers", "tens of thousands of civilians") and what the sentence does to them —
killed, died, "the bodies of", wounded — makes it a death or injury toll. Running totals ("have
been killed since 2011") are marked `cumulative`; two amounts side by side ("800,000 Syrian
pounds (US $4,234)") are linked as one conversion."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Token

from .extensions import doc_tokens, text_of, word_forms
from ..record import Quantity
from .quantity_find import NumberSpan, find_numbers

_CUMULATIVE = re.compile(
    r"(?i)\b(?:since (?:(?:19|20)\d\d|the (?:start|beginning|outbreak|end|middle)|it (?:began|started)|(?:early |late |mid-?)?(?:january|february|march|april|may|june|july|august|september|october|november|december)|last (?:year|month|week))|so far|to date|in total|"
    r"overall|by now|(?:the|a|its) (?:\w+[- ])?year[- ](?:old )?(?:war|conflict|uprising|civil war|rebellion|insurgency|revolt|crisis)|"
    r"(?:war|conflict|fighting|uprising|violence|crisis|revolution|rebellion|insurgency)\b[^.]{0,40}\b(?:has|have|had) (?:since )?(?:killed|left|claimed|taken)|"
    r"\bin (?:more than |nearly |almost |over )?(?:\w+ )?(?:years|months) of (?:war|conflict|fighting|violence|civil war|bloodshed)|"
    r"(?:has|have) (?:\w+ )?(?:been )?killed [^.]{0,60}\bthis (?:year|month)|"
    r"\b(?:in|during) (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d) alone|"
    r"\b(?:this|last|that) (?:week|month|year) alone|"
    r"(?:in|over|during) the (?:past|last) (?:[5-9]|\d\d+|five|six|seven|eight|nine|ten) days|"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:days|weeks|months) of [^.]{0,40}\b(?:has|have) (?:killed|left|claimed)|"
    r"\b(?:in|over|during) (?:the )?(?:past |last |first )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:straight |consecutive )?(?:days|weeks|months) of\b|"
    r"\b(?:die|died|dying|dead|deaths?)\b[^.]{0,20}\b(?:of|from) (?:starvation|hunger|malnutrition|disease|cold|exposure|lack of)|starved to death|"
    r"since (?:\w+ ){0,3}(?:war|conflict|uprising|revolution|crisis)|since (?:it|they|the group) |has since |"
    r"since (?:[\w-]+ ){1,8}(?:began|begun|started|launched|erupted|broke out)\b|"
    r"(?:war|conflict) (?:that|which) has|(?:killed|died|dead|lost their lives) (?:\w+ ){0,2}(?:in|during) the (?:\w+ )?(?:war|conflict|civil war|uprising|revolution)|(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years|months|decade|weeks)|"
    r"(?:has|have) (?:\w+ )?(?:been )?(?:killed|died|claimed)[^.]{0,60}\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:has|have) (?:\w+ )?\w+ed\b[^.]{0,80}\bkilling\b[^.]{0,40}\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^.]{0,80}\b(?:has|have) (?:\w+ )?(?:been )?(?:killed|died|claimed))\b"
)
_DURATION_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade"}
_NOT_COUNTED = {"time", "times", "point", "points", "percent", "%", "o'clock", "am", "pm"}


@lru_cache(maxsize=1)
def counted_classes() -> dict[str, str]:
    text = resources.files("tawthiq.data.quantities").joinpath("nouns.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {r[0]: r[1] for r in rows}


@lru_cache(maxsize=1)
def toll_cues() -> dict[str, tuple[str, str]]:
    text = resources.files("tawthiq.data.quantities").joinpath("cues.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {r[0]: (r[1], r[2]) for r in rows}


def _cue(word: str, pos: str) -> str | None:
    """The toll ("fatalities", "injured") `word` names as a `pos` ("verb", "adj", "noun", "people")."""
    kind, cue_pos = toll_cues().get(word, (None, None))
    return kind if cue_pos == pos else None


def _toll_cue(tok: Token, pos: str) -> str | None:
    """The toll this word form names as a `pos`."""
    return _cue(tok.lower_, pos)


WHERE = frozenset({"in", "at", "across", "near", "around", "inside", "outside"})
PEOPLE = frozenset({"civilian", "child", "woman", "combatant", "person"})


def _class_among(forms) -> list[str]:
    """The groups the counted-noun table puts these forms of one word in."""
    classes = counted_classes()
    return [classes[form] for form in forms if form in classes]


def class_of(word: str | None) -> str | None:
    """The group a counted word puts people in ("militants" → combatant), as written in a record."""
    word = (word or "").lower()
    return next(iter(_class_among((word, word.removesuffix("s"), word.removesuffix("es")))), None)


def counts_people(tok: Token) -> bool:
    """The noun names people ("militants", "Terrorists"), not things."""
    return any(c in PEOPLE for c in _class_among(word_forms(tok)))


def _verb_before(tok: Token) -> str | None:
    """The toll a verb right before a number inflicts: "kill 50", "Kills 40" (a headline's capital
    hides the verb from the tagger), not "5 Killed 20 Injured", where the participle ends a clause."""
    if tok.lower_.endswith("ed") and not (tok.i > 0 and tok.doc[tok.i - 1].lemma_.lower() == "have"):
        return _toll_cue(tok, "verb")  # "has killed 20" is a verb, whatever the parse
    return toll_verb(tok)


def _dead_and_wounded(tok_at: list[Token], span, noun: Token | None) -> bool:
    """'Dozens killed and injured', '30 people were killed or wounded', 'killed or wounded 40': one
    number for the dead and the wounded together."""
    def pair_from(i: int, step: int) -> bool:
        kinds = []
        while 0 <= i < len(tok_at) and len(kinds) < 2:
            tok = tok_at[i]
            if tok.lower_ in ("and", "or", ",", "&", "/"):
                i += step
                continue
            kind = toll_verb(tok) if tok.pos_ in ("VERB", "ADJ", "NOUN", "PROPN") else None
            if kind not in ("fatalities", "injured"):
                break
            kinds.append(kind)
            i += step
        return set(kinds) == {"fatalities", "injured"}

    after = (noun.i if noun is not None and noun.i > span[-1].i else span[-1].i) + 1
    while after < len(tok_at) and after - span[-1].i <= 4 and (tok_at[after].pos_ == "AUX" or tok_at[after].lower_ in ("people", "others")):
        after += 1
    return pair_from(after, 1) or pair_from(span[0].i - 1, -1)


def _after_those_told(tok_at: list[Token], first: int) -> bool:
    """Whether "those killed" ends right before a number, in text that lost the comma after it:
    the number starts a clause of its own ("besides those killed 35 people were wounded")."""
    return first >= 2 and tok_at[first - 1].tag_ == "VBN" and tok_at[first - 2].lower_ in ("those", "all")


def _verb_after(tok_at: list[Token], last: int) -> str | None:
    """The toll of the passive verb just after a counted noun ("35 people were wounded")."""
    for tok in tok_at[last + 1 : last + 4]:
        if tok.tag_ == "VBN":
            return toll_verb(tok)
        if tok.pos_ != "AUX" and tok.pos_ != "ADV":
            return None
    return None


def toll_verb(tok: Token) -> str | None:
    """The toll a word names as a verb in any of its forms ("Kills", "kill", "killed")."""
    return next((kind for form in word_forms(tok) if (kind := _cue(form, "verb"))), None)


def _people_toll(verb: Token, counted: Token | None) -> str | None:
    """The toll of a verb that kills only people: "eliminated 40 fighters", not "destroyed 14 vehicles"."""
    return _cue(verb.lemma_.lower(), "people") if counted is not None and counts_people(counted) else None


class QuantitiesComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_quantities"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = find_quantities(doc)
        return doc


def find_quantities(doc: Doc) -> list[Quantity]:
    dates = [(d.start_char, d.end_char) for d in doc._.dates or []]
    out: list[Quantity] = []
    for span in find_numbers(text_of(doc)):
        if any(s < span.end and span.start < e for s, e in dates) and span.kind is None:
            continue
        q = _classify(doc, span)
        if q is None:
            continue
        q.id = f"q{len(out) + 1}"
        _link_conversion(text_of(doc), out, q)
        out.append(q)
    for q in _single_victims(doc, out):
        q.id = f"q{len(out) + 1}"
        out.append(q)
    for q in _joined_tolls(doc, out):
        q.id = f"q{len(out) + 1}"
        out.append(q)
    out.sort(key=lambda q: q.start)
    return out


def _joined_tolls(doc: Doc, counted: list[Quantity]) -> list[Quantity]:
    """'A mother and her four children were killed', 'killing two soldiers and a civilian': the
    tolls of people joined by 'and' under one verb add up to the incident's toll, as a coder
    sums them (rule "sum of joined tolls"). Not the parts a toll is told to include ("12 people,
    including five women"), nor vague counts. A sum of approximate counts is approximate."""
    by_chain: dict[tuple[int, str], list[tuple[Quantity, Token]]] = {}
    for q in counted:
        if q.kind not in ("fatalities", "injured") or q.cumulative or q.rule not in (None, "a single person: 1") or q.value is None:
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        noun = span.root if span.root.pos_ in ("NOUN", "PROPN") else span.root.head
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        top = noun
        while top.dep_ == "conj" and top.head.pos_ in ("NOUN", "PROPN"):
            top = top.head
        if top.dep_ == "pobj" and top.head.lower_ in ("including", "among", "of") or _named_as_a_part(top):
            continue
        place = (top.head.i, top.dep_) if top.dep_ in ("nsubjpass", "nsubj", "dobj") else (top.i, "")  # (two subjects the parser left unjoined)
        by_chain.setdefault((*place, q.kind), []).append((q, noun))
    out = []
    for (*_, kind), members in by_chain.items():
        members.sort(key=lambda m: m[0].start)
        nouns = {noun.i for _, noun in members}
        if len(nouns) < 2 or len(nouns) != len(members):
            continue  # one noun counted twice is no sum
        if not any(t.lower_ == "and" for t in doc[members[0][1].i : members[-1][1].i]):
            continue
        first, last = min(q.start for q, _ in members), max(noun.idx + len(noun) for _, noun in members)
        out.append(Quantity(id="q0", kind=kind, value=sum(q.value for q, _ in members), low=None, high=None, unit=None,
                            approximate=any(q.approximate for q, _ in members), text=text_of(doc)[first:last], start=first, end=last,
                            of=" and ".join(dict.fromkeys(q.of or noun.lower_ for q, noun in members)),
                            cumulative=False, rule="sum of joined tolls: " + " + ".join(f"{q.value:g}" for q, _ in members)))
    return out


_ONE = {"a", "an", "one"}
NAME_GAP = 6  # words from a group's name, with its bracketed gloss, to the people it qualifies


def _left_for_dead(tok: Token) -> str | None:
    """'attacks left a child dead', 'left a child and a woman wounded'."""
    obj = tok.head if tok.dep_ == "conj" else tok
    if obj.dep_ == "nsubj" and obj.head.dep_ in ("oprd", "ccomp", "xcomp") and obj.head.head.lemma_.lower() == "leave":
        return _toll_cue(obj.head, "adj")  # "left [15 guards dead]", parsed as a clause of its own
    verb = obj.head
    if obj.dep_ != "dobj" or verb.lemma_.lower() != "leave":
        return None
    states = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
    states += [c for noun in (obj, *obj.conjuncts) for c in noun.rights if c.dep_ == "amod"]  # "left … a woman dead"
    return next((kind for child in states if (kind := _toll_cue(child, "adj"))), None)


def _named_as_a_part(tok: Token) -> bool:
    """'five people, among them a child': a noun set beside a toll as one of those it counts."""
    return tok.dep_ == "appos" and any(c.dep_ == "prep" and c.lower_ in ("including", "among") for c in tok.children)


ONE_MAN = frozenset({"man", "son", "father", "brother", "husband", "youth", "teenager"})


def _single_victims(doc: Doc, counted: list[Quantity]) -> list[Quantity]:
    """'killing a child', 'a woman was wounded', 'Bomb kills woman': one person killed or wounded
    is a toll of one, though no number is written."""
    tok_at = doc_tokens(doc)
    taken = [(q.start, q.end) for q in counted]
    classes = counted_classes()
    out = []
    for tok in tok_at:
        if tok.tag_ != "NN" or classes.get(tok.lemma_.lower()) not in ("civilian", "child", "woman", "combatant") \
                and tok.lemma_.lower() not in ONE_MAN:
            continue
        if tok.lemma_.lower() in HOUSEHOLDS:
            continue  # "Bombs kill family of seven": a family is not one person
        part = _named_as_a_part(tok)
        if tok.dep_ not in ("dobj", "nsubjpass", "nsubj", "conj") and not (tok.dep_ == "pobj" and tok.head.lower_ in ("including", "among")) \
                and not part:
            continue  # (a headline's "Four killed including child" names one of the four; "five people, among them a child")
        if tok.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in tok.head.children):
            continue  # "Sniper kills man": who killed, not who died
        dets = [c for c in tok.children if c.dep_ in ("det", "nummod", "poss")]
        if dets and (len(dets) > 1 or dets[0].lower_ not in _ONE):
            continue  # "the woman" may be one already counted; "his son" is told for who he is
        start = dets[0].i if dets else tok.i
        if any(s < tok.idx + len(tok) and tok_at[start].idx < e for s, e in taken):
            continue
        span = doc[start:tok.i + 1]
        kind = _toll(doc, span, tok if tok.dep_ != "conj" else tok.head)
        if kind not in ("fatalities", "injured"):
            continue
        out.append(Quantity(id="q0", kind=kind, value=1, low=None, high=None, unit=None, approximate=False,
                            text=span.text, start=span.start_char, end=span.end_char, rule="a single person: 1",
                            of=tok.text.lower(), cumulative=False))
    return out


def _tokens(doc: Doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span


def _classify(doc: Doc, n: NumberSpan) -> Quantity | None:
    span = _tokens(doc, n.start, n.end)
    if span is None or not len(span):
        return None
    base = dict(id="q0", value=n.value, low=n.low, high=n.high, unit=n.unit, approximate=n.approximate,
                text=n.text, start=n.start, end=n.end, rule=n.rule)
    if n.kind == "age":
        return Quantity(kind="age", of=_age_of(doc, span), **base)
    if n.kind:
        return Quantity(kind=n.kind, **base)
    last = span[-1]
    if _not_a_quantity(doc, span, n):
        return None
    noun = _counted_noun(doc, span)
    if noun is not None and noun.lemma_.lower() in _DURATION_UNITS:
        base["unit"] = noun.lemma_.lower()
        return Quantity(kind="duration", **base) if not n.rule else None
    if noun is None and n.value is not None and 1900 <= n.value <= 2100 and re.fullmatch(r"\d{4}", n.text.strip()):
        return None  # a year
    kind = _toll(doc, span, noun)
    if kind is not None and noun is not None and _whole_of_a_counted_part(noun):
        kind = "count"  # "seven members of one family": the family is counted, its members died
    if kind is None and noun is not None and _number_token(span).head.i != noun.i:
        kind = _toll(doc, span, None)  # "killed about 100 IS fighters" parsed apart: the number's own verb
    if kind in ("fatalities", "injured") and _dead_and_wounded(doc_tokens(doc), span, noun):
        kind = "people"  # "Dozens killed, injured": the dead and the wounded counted together, neither toll
    if kind in ("fatalities", "injured") and noun is not None and "thing" in _class_among(word_forms(noun)) and not counts_people(noun):
        kind = "count"  # "those killed in the two attacks": the attacks are counted, not the dead
    of = _of_text(doc, noun)
    if kind is None:
        if noun is None:
            return None
        kind = "people" if counted_classes().get(noun.lemma_.lower()) in ("civilian", "child", "woman", "combatant", "person") else "count"
    elif noun is None and kind in ("fatalities", "injured"):
        of = _of_text(doc, _gapped_noun(_number_token(span)))
    sentence = last.sent.text
    head = noun or _number_token(span)
    cumulative = kind in ("fatalities", "injured", "people") and (
        bool(_CUMULATIVE.search(sentence)) or _war_toll(head) or _perfect_mass_toll(head, n))
    return Quantity(kind=kind, of=of, cumulative=cumulative, **base)


_MASS = 10_000


def _perfect_mass_toll(tok: Token, n: NumberSpan) -> bool:
    """'An estimated 170,000 people have been killed': tens of thousands told in the perfect are a
    war's count so far; one incident of that size is told in the past ('were killed')."""
    value = n.value if n.value is not None else n.low
    if value is None or value < 100:
        return False
    verb = tok
    for _ in range(4):
        if verb.pos_ == "VERB":
            perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children)
            if value >= _MASS:
                return perfect
            if value >= 1000 and perfect and not _in_one_incident(verb):
                return True  # "4,000 insurgents have been killed along the front"; not "1,300 … in a gas attack"
            # "coalition strikes have killed hundreds of civilians": a vague count of a campaign's
            # many attacks, told in the perfect, is their sum so far
            sent = verb.sent
            one_day = any(sent.start_char <= d.start_char < sent.end_char and d.precision == "day" for d in verb.doc._.dates or [])
            return perfect and bool(n.rule) and not one_day and any(
                c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lemma_.lower() in _CAMPAIGN for c in verb.children)
        if verb.head == verb:
            break
        verb = verb.head
    return False


def _in_one_incident(verb: Token) -> bool:
    """The toll's verb is told of one attack ("killed in a nerve gas attack", "by the blast")."""
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.tag_ == "NN" and (obj.lemma_.lower() in _CAMPAIGN or obj.lemma_.lower() in _INCIDENT):
                return True
    return False


_INCIDENT = frozenset("massacre blast explosion incident ambush assault".split())  # with _CAMPAIGN's words, one attack
_CAMPAIGN = frozenset("strike airstrike raid attack bombardment bombing shelling operation warplane jet plane aircraft helicopter drone".split())


def _not_a_quantity(doc: Doc, span, n: NumberSpan) -> bool:
    tok_at = doc_tokens(doc)
    first, last = span[0], span[-1]
    text = n.text.strip().lower()
    if text in ("one",) and last.i + 1 < len(doc) and tok_at[last.i + 1].lower_ in ("of", "another", "who", "side", "day", "by"):
        return True
    if text == "one" and first.i > 0 and tok_at[first.i - 1].lower_ == "no":
        return True  # "no one was killed": nobody, not a count of one
    if first.i > 0 and tok_at[first.i - 1].text in ("-", "No", "No.", "no.", "#") and not tok_at[first.i - 1].whitespace_:
        return True  # AK-47, F-16
    if first.i > 0 and tok_at[first.i - 1].lower_ in ("resolution", "no.", "number", "article", "route", "highway", "division", "brigade", "flight", "room", "page", "chapter", "unit", "apartment", "building", "block", "zone", "sector", "phase", "tier", "level", "grade", "class", "section", "paragraph", "item", "line"):
        return True
    prev = tok_at[first.i - 1] if first.i > 0 else None
    if prev is not None and prev.is_alpha and first.text[:1].isdigit() and prev.ent_type_ in ("ORG", "PRODUCT", "LAW", "FAC") and first.ent_type_ == prev.ent_type_:
        return True  # "Resolution 2254", "Route 6": a number in a name
    if last.i + 1 < len(doc) and tok_at[last.i + 1].lower_ in _NOT_COUNTED:
        return True
    if prev is not None and prev.lower_ == "the" and n.value is not None and n.value > 1 and last.i + 1 < len(doc):
        name = tok_at[last.i + 1]
        if name.tag_ == "NNP" and name.text[:1].isupper() and name.head.tag_ in ("NN", "NNP") and name.head.i > last.i:
            return True  # "the 400 Mawozo gang": a number in a name, counting no one
    if re.fullmatch(r"\d{5,}", text.replace(" ", "")) and not text.replace(" ", "").startswith(("1", "2", "3", "4", "5", "6", "7", "8", "9")):
        return True
    if re.fullmatch(r"[\d\s]{9,}", text):
        return True  # phone numbers and ids
    if last.like_num and last.i + 1 < len(doc) and tok_at[last.i + 1].text in (":",) and last.i + 2 < len(doc) and tok_at[last.i + 2].like_num:
        return True  # a time or a score
    return False


def _number_token(span) -> Token:
    nums = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return nums[-1] if nums else span[-1]


def _counted_noun(doc: Doc, span) -> Token | None:
    """The noun a number counts: '96 soldiers', 'tens of thousands of civilians', '12 of them'."""
    tok_at = doc_tokens(doc)
    tok = _number_token(span)
    nxt = span[-1].i + 1
    if nxt < len(doc) and _verb_before(tok_at[nxt]) and not counts_people(tok_at[nxt]):
        return None  # "attacks kill 50 injure dozens", "kills 9 wounds 30": a headline without commas; the verb starts a clause (not "4 martyrs")
    if tok.dep_ in ("nummod", "quantmod", "amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        head = tok.head
        after = tok_at[nxt] if nxt < len(doc) else None
        if after is not None and after.i < head.i and after.tag_ in ("NNS", "NNPS") and after.dep_ in ("compound", "nmod", "amod") \
                and (counts_people(after) or any(t.like_num for t in doc[after.i + 1 : head.i])):
            return after  # "including three children rescue workers said", "Retakes Two Villages Three Soldiers Killed": commas lost
        if _set_off(tok, head):
            return None  # "kills two, injures 11 - governor": the headline's credit after a spaced dash
        if head.pos_ == "PROPN" and any(m.start <= head.idx < m.end for p in doc._.places or [] for m in p.mentions):
            return None  # "Over 20 Dead BEIRUT (Reuters)": a dateline after a headline, not what is counted
        while head.pos_ == "PROPN" and head.dep_ in ("nmod", "compound") and head.head.pos_ == "NOUN" and 0 < head.head.i - head.i <= NAME_GAP:
            head = head.head  # "twenty Al-Shabaab (al-Qaeda affiliate) gunmen": the men, not the group naming them
        return _through_of(head)
    nxt = span[-1].i + 1
    while nxt < len(doc) - 1 and tok_at[nxt].text in ('"', "”", "’", "'"):
        nxt += 1  # '"dozens" of Islamist rebels': a count the writer quotes still counts its noun
    if nxt < len(doc):
        after = tok_at[nxt]
        named = after.pos_ in ("ADJ", "PROPN") or after.text.isupper() and len(after.text) > 1  # "IS" is no verb here
        if after.pos_ in ("NOUN",) or named and nxt + 1 < len(doc) and tok_at[nxt + 1].pos_ == "NOUN":
            # "96 soldiers", "20 foreign fighters", "100 IS fighters"
            noun = after if after.pos_ == "NOUN" else tok_at[nxt + 1]
            return _through_of(noun)
        if after.pos_ == "PROPN" and (people := _people_after_name(tok_at, nxt)) is not None:
            return people  # "85 Jaish al-Islam Fighters Killed": a headline's count of a group's men
        if after.lower_ == "of" and nxt + 2 < len(doc) and tok_at[nxt + 1].lower_ in ("them", "whom") and tok_at[nxt + 2].pos_ == "NOUN":
            return tok_at[nxt + 2]  # "killed 14 people, five of them children"
        if after.lower_ == "of" and nxt + 1 < len(doc):
            obj = next((c for c in after.children if c.dep_ == "pobj" and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and counts_people(c))), None)
            if obj is not None:
                return obj  # "dozens of government air raids": the raids, not the government; "Dozens of Militants" in a headline
            for t in doc[nxt + 1 : min(len(doc), nxt + 5)]:
                if t.pos_ in ("NOUN", "PRON") or t.lower_ in ("them", "whom"):
                    return t if t.pos_ == "NOUN" else None
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in counted_classes():
        return tok  # "thousands" / "dozens" standing alone
    return None


def _people_after_name(tok_at: list[Token], i: int) -> Token | None:
    """The word for people that ends a run of capitalised words from `i` ("Jaish al-Islam Fighters")."""
    for tok in tok_at[i : i + 6]:
        if counts_people(tok):
            return tok
        if not (tok.text[:1].isupper() or tok.text in ("-", "al", "el", "ad", "ash", "as")):
            return None
    return None


def _gapped_noun(tok: Token) -> Token | None:
    """'killed 28 and wounded 30 militants': the noun a coordinated verb's count leaves unwritten."""
    if tok.dep_ != "dobj":
        return None
    for verb in tok.head.conjuncts:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and any(c.dep_ == "nummod" and not _set_off(c, obj) for c in obj.children):
            return _through_of(obj)
    return None


def _set_off(number: Token, noun: Token) -> bool:
    """A dash with a space beside it between a number and the noun the parser hung it on."""
    doc = number.doc
    return any(t.text in ("-", "–", "—") and (t.whitespace_ or doc[t.i - 1].whitespace_) for t in doc[number.i + 1 : noun.i])


def _through_of(noun: Token) -> Token:
    """'thousands of civilians': the counted noun is after 'of' when the head is a quantity word."""
    if noun.lemma_.lower() in ("thousand", "hundred", "dozen", "score", "ten", "million", "number", "total", "group") :
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
    return noun


SPARING = {"save", "spare", "protect", "rescue", "preserve"}


def _befell_after(tok_at: list[Token], span, noun: Token) -> str | None:
    """The toll a word right after the counted people tells ("nine fishermen dead", "Dozens of Militants
    Killed"), unless that word starts a clause of its own ("cost the lives of 2000 people injured
    5000 others"), or they are lives saved."""
    nxt = noun.i + 1
    if nxt >= len(tok_at) or noun.tag_ not in ("NNS", "NNPS") or not counts_people(noun) or noun.i < span[-1].i:
        return None
    part = next((p for p in tok_at[nxt].children if p.dep_ == "pobj" and counts_people(p)), None) if tok_at[nxt].lower_ == "including" else None
    if part is not None and part.i + 1 < len(tok_at):
        nxt = part.i + 1  # "Nine civilians including four children killed": what befell the part befell the whole
    if nxt + 1 < len(tok_at) and (tok_at[nxt + 1].like_num or tok_at[nxt + 1].pos_ == "NUM"):
        return None
    if any(t.lemma_.lower() in SPARING for t in noun.ancestors):
        return None
    return _toll_cue(tok_at[nxt], "adj")


LIFE_TAKING = {"claim", "take", "cost", "lose"}


def _toll(doc: Doc, span, noun: Token | None) -> str | None:
    """'fatalities' or 'injured' when the sentence kills or wounds what the number counts."""
    tok_at = doc_tokens(doc)
    cues = toll_cues()
    anchor = noun if noun is not None else _number_token(span)
    if _after_those_told(tok_at, span[0].i):
        return _verb_after(tok_at, (noun or _number_token(span)).i)  # "apart from those killed 35 were injured"
    if span[0].i > 0 and (kind := _verb_before(tok_at[span[0].i - 1]) or _people_toll(tok_at[span[0].i - 1], noun)):
        return kind  # "kill 50", "Kills 40", "injure dozens": a number right after a toll verb is its toll
    if kind := _left_for_dead(anchor):
        return kind  # "leaving five people dead"
    if noun is not None and noun.lemma_.lower() == "life" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIFE_TAKING:
        return "fatalities"  # "the blast claimed four lives"
    if noun is not None and word_forms(noun) & {"martyr", "martyrs"}:
        return "fatalities"  # "Blasts Claim 4 Martyrs": those a report calls martyrs are its dead
    if noun is not None and noun.lemma_.lower() in ("body", "corpse") and noun.text.islower() \
            and not any(c.dep_ in ("compound", "amod") for c in noun.children):
        return "fatalities"  # "we counted 17 bodies", "12 bodies were found": the dead, not "UN bodies"
    after = span[-1].i + 1
    if noun is None and after < len(doc) and (kind := _toll_cue(tok_at[after], "adj")):
        return kind  # "8 dead in addition to 12 injured": the word after a bare number says what befell them
    if noun is not None and (kind := _befell_after(tok_at, span, noun)):
        return kind  # "nine fishermen dead", "… Southern Idleb Dozens of Militants Killed": what befell them, after them
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in WHERE and not counts_people(noun):
        return None  # "killed in three villages": where they died, not who
    if noun is not None and noun.i >= 2 and tok_at[noun.i - 1].lower_ in ("them", "whom") and tok_at[noun.i - 2].lower_ == "of":
        # "killed 14 people, five of them children": the toll of those they are part of
        if kind := _cue(noun.head.lemma_.lower(), "verb"):
            return kind
        if (group := _group_before(tok_at, span[0].i)) is not None:
            return _toll(doc, [group], group)
    first = span[0].i
    if first >= 2 and tok_at[first - 1].lower_ in ("them", "whom") and tok_at[first - 2].lower_ in ("among", "including"):
        if (group := _group_before(tok_at, first - 2)) is not None:
            return _toll(doc, [group], group)  # "killed 40 people, among them 8 children"
    # "the bodies of 96 soldiers", "the deaths of 12", "a death toll of 40"
    head = anchor.head
    if head.lower_ == "of" and (kind := _cue(head.head.lemma_.lower(), "noun")):
        if head.head.head.lemma_.lower() in SPARING:
            return None  # "saved the lives of 100,000": lives spared are no toll
        return kind
    # "12 killed", "30 dead", "killed 12", "12 people were killed", "12 died"
    counted_word = [anchor.head] if anchor.dep_ == "nummod" and anchor.head.i > anchor.i else []  # "left 17 dead"
    for tok in (anchor, *anchor.children, *counted_word):
        if tok.i != anchor.i and (kind := _toll_cue(tok, "adj")):
            return kind
    for child in anchor.children:
        if child.tag_ == "VBG" and any(c.dep_ == "dobj" for c in child.children):
            continue  # "3 children wounding 11 others": a headline's next clause, its own toll
        if child.dep_ in ("amod", "acl") and child.pos_ == "VERB" and child.i < anchor.i + 3:
            return _cue(child.lemma_.lower(), "verb")  # "displaced millions": the number's own verb says what happened
    verb = anchor.head if anchor.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "conj", "appos", "pobj") else None
    hops = 0
    while verb is not None and hops < 3:
        lemma = verb.lemma_.lower()
        if kind := _cue(lemma, "verb") or _people_toll(verb, noun):
            return kind
        if lemma == "lose" and any(c.lemma_.lower() == "life" for c in verb.children):
            return "fatalities"
        if lemma == "include" and (kind := next((k for c in verb.children if c.dep_ == "nsubj"
                                                 for k in (_cue(c.lemma_.lower(), "noun"), _toll_cue(c, "adj")) if k), None)):
            return kind  # "the toll included five fighters", "the dead included two medics"
        if verb.pos_ == "VERB" and any(c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "advmod", "xcomp", "ccomp", "dobj", "prt") for c in verb.children):
            return "fatalities"  # "three men were shot dead", "gunmen shot dead three men"
        if cues.get(lemma, ("", ""))[1] == "hearsay" and any(c.dep_ == "auxpass" for c in verb.children) and (kind := _told_toll(verb)):
            return kind
        if anchor.dep_ in ("appos", "attr", "pobj") and (kind := _cue(lemma, "noun")):
            return kind
        if verb.pos_ in ("VERB", "AUX") and lemma not in ("be", "have", "leave", "include", "number", "reach", "rise", "stand"):
            break  # the number's own verb says what happened to it ("hundreds fled")
        if verb.dep_ in ("prep", "xcomp", "acl", "pcomp") or verb.pos_ == "ADP":
            verb = verb.head
            hops += 1
        else:
            break
    among = _among_the_dead(anchor) or _among_the_dead(_number_token(span))
    if among:
        return among
    if anchor.dep_ == "conj" and anchor.head.pos_ in ("NOUN", "PROPN") and anchor.head.i < anchor.i:
        return _toll(doc, [anchor.head], anchor.head)  # "killing a woman and nine children"
    # "killing at least 12 civilians including four children": inherit from the noun it belongs to
    part = anchor.head if anchor.dep_ in ("compound", "nmod") and anchor.head.dep_ == "pobj" else anchor  # commas lost
    if part.dep_ == "pobj" and part.head.lower_ in ("including", "among", "of") and part.head.head.pos_ == "NOUN":
        return _toll(doc, [part.head.head], part.head.head)
    if _named_as_a_part(anchor) and anchor.head.pos_ == "NOUN":
        return _toll(doc, [anchor.head], anchor.head)  # "six civilians, among them a woman and her two daughters, were killed"
    if part.dep_ == "pobj" and part.head.lower_ == "including" and part.head.head.pos_ == "VERB":
        # "raised to 41 on Monday including nine women": a part of the count the verb gives
        whole = [t for t in part.head.head.subtree if t.like_num and t.i < part.head.i]
        if whole:
            return _toll(doc, [whole[-1]], None)
    # "the death toll rose to 45", "raising the toll to 45"
    sentence = anchor.sent
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "at" and any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() == "toll" for c in anchor.head.head.children):
        return "fatalities"  # "put the death toll at 30", "the toll stood at 30"
    if "to" in (_number_token(span).head.lower_, anchor.head.lower_):
        if any(t.lemma_.lower() in ("toll", "death") for t in sentence) or _toll_told_before(anchor):
            return "fatalities"
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "to":  # "raising to 31 the number killed"
        for total in (c for c in anchor.head.head.children if c.dep_ == "dobj" and c.lemma_.lower() in ("number", "total", "tally", "count")):
            for verb in (c for c in total.children if c.dep_ in ("acl", "relcl")):
                if kind := _cue(verb.lemma_.lower(), "verb"):
                    return kind
    for tok in anchor.children:
        if tok.dep_ in ("acl", "relcl") and (kind := _cue(tok.lemma_.lower(), "verb")):
            return kind
    return None


UPDATE_VERBS = frozenset({"update", "revise", "raise", "rise", "climb", "increase", "jump", "reach"})
BACK_REFERENCES = frozenset({"this", "it", "that", "figure", "number", "tally"})


def _toll_told_before(anchor: Token) -> bool:
    """'… put the first death toll at 30. It was later raised to 41': a figure the sentence
    before called a toll, raised or revised by a verb whose subject refers back to it."""
    to = anchor if anchor.lower_ == "to" else anchor.head
    verb = to.head
    if verb.lemma_.lower() not in UPDATE_VERBS or verb.sent.start == 0:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in BACK_REFERENCES for c in verb.children):
        return False
    before = verb.doc[verb.sent.start - 1].sent
    return any(t.lemma_.lower() == "toll" for t in before)


def _told_toll(verb: Token) -> str | None:
    """'1,400 are estimated to have been killed', 'dozens were feared dead', '12 were reported
    wounded': a verb of telling in the passive passes its subject on to the toll it governs (in
    "a commander said they were killed" the subject is who tells)."""
    for child in verb.children:
        if child.dep_ not in ("xcomp", "oprd", "acomp", "ccomp"):
            continue
        if kind := _cue(child.lemma_.lower(), "verb") or _toll_cue(child, "adj"):
            return kind
    return None


_GROUP_OF_VICTIMS = {"victim": "fatalities"}


def _toll_word(tok: Token) -> str | None:
    """'dead', 'killed', 'victims', 'wounded', 'those killed': a word standing for a toll's people."""
    for word in (tok.lower_, tok.lemma_.lower()):
        if word not in ("body", "life", "toll", "funeral") and (kind := _cue(word, "adj") or _cue(word, "noun")):
            return kind
        if word in _GROUP_OF_VICTIMS:
            return _GROUP_OF_VICTIMS[word]
    if tok.lower_ == "those" or counted_classes().get(tok.lemma_.lower()) in ("civilian", "child", "woman", "combatant", "person"):
        # "those killed", "19 civilians killed"
        for child in tok.children:
            if child.dep_ in ("acl", "relcl", "amod") and (kind := _cue(child.lemma_.lower(), "verb")):
                return kind
    return None


def _group_before(tok_at: list[Token], i: int) -> Token | None:
    """The counted people a part is told of ("14 people, five of them"): the noun ending the
    words before the part, when a number counts it."""
    j = i - 1
    while j >= 0 and tok_at[j].is_punct:
        j -= 1
    group = tok_at[j] if j >= 0 else None
    if group is not None and group.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" for c in group.children):
        return group
    if group is None or group.dep_ != "pobj":
        return None
    # "40 people died in the blast at the depot, among them 8 guards": past the place or cause told after the toll
    for tok in reversed(tok_at[max(group.sent.start, group.i - GROUP_REACH):group.i]):
        if tok.pos_ in ("NOUN", "PROPN") and counts_people(tok) and any(c.like_num and c.i < tok.i for c in tok.children):
            return tok
    return None


GROUP_REACH = 12  # words back from a part's group to the people it counts ("40 people died in the blast at the depot")


def _among_the_dead(anchor: Token) -> str | None:
    """'Four children were among the dead', 'five of the dead were children', 'there were 11
    children among the dead', 'those killed include 14 children': a part of a toll is a toll."""
    for child in anchor.children:  # "five of the dead"
        if child.dep_ == "prep" and child.lower_ in ("of", "among") and (kind := _pobj_toll(child)):
            return kind
    verb = anchor.head if anchor.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") else None
    if verb is None or verb.lemma_.lower() not in ("be", "include", "number"):
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "among" and (kind := _pobj_toll(child) or _stranded_toll(child)):
            return kind
        if child.dep_ in ("nsubj", "attr") and child.i != anchor.i and (kind := _toll_word(child)):
            return kind  # "the victims were five children", "those killed include 14 children"
    return None


def _stranded_toll(prep: Token) -> str | None:
    """'were among at least 30 people killed' parsed with no object for 'among' (text that lost its
    commas): the first noun after it, within the phrase, says whose toll it is."""
    if any(c.dep_ == "pobj" for c in prep.children):
        return None
    for tok in prep.doc[prep.i + 1 : min(len(prep.doc), prep.i + 6)]:
        if tok.pos_ in ("NOUN", "PRON"):
            return _toll_word(tok)
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct:
            return None
    return None


def _pobj_toll(prep: Token) -> str | None:
    """The toll a preposition's object names ('of the dead', 'among the victims')."""
    return next((kind for obj in prep.children if obj.dep_ == "pobj" and (kind := _toll_word(obj))), None)


WAR_NOUNS = {"war", "conflict", "uprising", "revolution", "crisis", "violence", "insurgency"}


def _war_toll(tok: Token) -> bool:
    """'The war in Syria, which began in 2011, has killed 280,000': a war's toll, not an incident's."""
    verb = tok.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in WAR_NOUNS for c in verb.children)
        verb = verb.head
    return False


def _of_text(doc: Doc, noun: Token | None) -> str | None:
    if noun is None:
        return None
    text = noun.text.lower()
    if noun.lemma_.lower() == "member" and (whose := _members_of_a_household(noun)) is not None:
        return f"{whose.lemma_.lower()} members"  # "seven members of one family" are family members, not a group's
    return None if text in ("them", "whom") else text


HOUSEHOLDS = frozenset({"family", "household", "clan"})


def _whole_of_a_counted_part(noun: Token) -> bool:
    """The noun after 'of' when the noun before it is counted too ("seven members of one family",
    "two sons of the same family"): the whole the counted part belongs to."""
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return part is not None and part.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in part.children)


def _members_of_a_household(member: Token) -> Token | None:
    return next((o for p in member.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in HOUSEHOLDS), None)


def _age_of(doc: Doc, span) -> str | None:
    """Whose age: the noun a participle follows ("men aged 18 to 35"), else the noun an age
    qualifies, to the head of its compound ("a 24-year-old engineering graduate")."""
    first, last = span[0], span[-1]
    if first.lower_ in ("aged", "age", "between") and first.i > 0 and doc[first.i - 1].pos_ in ("NOUN", "PROPN"):
        return doc[first.i - 1].text.lower()
    for tok in doc[last.i + 1 : min(len(doc), last.i + 3)]:
        if tok.pos_ == "NOUN":
            while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.pos_ == "NOUN" and tok.head.i <= last.i + 4:
                tok = tok.head
            return tok.text.lower()
    head = span.root.head
    return head.text.lower() if head.pos_ == "NOUN" else None


def _link_conversion(text: str, previous: list[Quantity], q: Quantity) -> None:
    """'800,000 Syrian pounds (US $4,234)': the second amount restates the first."""
    if q.kind != "money" or not previous:
        return
    prev = previous[-1]
    between = text[prev.end : q.start]
    if prev.kind == "money" and prev.unit != q.unit and re.fullmatch(r"\s*(?:\(|,|—|–|-|or|about|around|roughly|approximately|equivalent to|worth)\s*(?:about |around |roughly |approximately )?", between):
        setattr(q, "equivalent_of", prev.id)
