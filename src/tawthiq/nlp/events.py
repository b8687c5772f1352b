"""tawthiq_events: typed events with their place, date, actors and numbers.

Triggers (`event_triggers`) name candidate events; triggers joined in one clause describe one
event and the most specific names it ("an air strike hit the market, killing 14": one air
strike with 14 dead). Each event takes from the parse:
- its place: a place in its clause, the most specific first, never the dateline, a modifier
  ("Tehran-backed") or a place that only describes a bystander; else its participants' place,
  else the paragraph's;
- its date: a date in its sentence, else the paragraph's, else the lead's;
- actors by role: the doer (subject, "by" phrase, "regime offensive") is the agent, those it is
  done to are targets or victims;
- quantities attached through the dependency tree;
- negated / hedged from the words that govern it.
Who claims each event is the claims component's work.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import takewhile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .extensions import NO_ONE, SPEECH_VERBS, acts_for_a_government, in_dateline, in_headline, mention_owners, span_tokens, subject_left_behind, text_of, word_forms
from ..record import AcledType, Actor, DateExpr, Event, EventActor, EventDate, Quantity
from .event_triggers import EventType, TriggerMatch, air_arms, event_types, find_triggers, modality, triggers
from .headline import named_actor, parser_of, sentence_case
from .quantities import class_of, counts_people
from .sides import PLACE_NOUNS
from .quotes import cue_verbs

GENERIC = {"killing", "fatalities", "attack", "body_recovery", "displacement", "destruction"}
VIOLENT = {"armed_clash", "offensive", "territorial_change", "air_strike", "shelling", "explosion", "chemical_attack",
           "attack", "killing", "execution", "fatalities", "body_recovery"}
FEATURE_RANK = {"district": 6, "facility": 6, "village": 5, "city": 4, "natural": 3, "admin2": 3, "admin1": 2, "country": 1}
ARMED = {"state", "armed_group"}


@dataclass
class Draft:
    type: str
    head: Token
    tokens: list[Token]
    merged: list[Token] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    told_before: bool = False  # told as coming before another event, on a day the sentence does not give
    modality: tuple[bool, bool, bool] | None = None  # (negated, hedged, planned), read once from the trigger's clause


class EventsComponent:
    def __init__(self, nlp: Language, name: str = "tawthiq_events"):
        self.name = name
        self.parse_headline = parser_of(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc, self.parse_headline)
        return doc


def extract_events(doc: Doc, parse_headline: Callable[[str], Doc] | None = None) -> list[Event]:
    ctx = _Context(doc)
    drafts = [d for d in (_draft(ctx, m) for m in find_triggers(doc)) if d is not None]
    drafts = _merge(_struck_by_its_weapon(_join_weapon_words(drafts)))
    _attach_quantities(ctx, drafts)
    triggers = {t.i for d in drafts for t in [*d.tokens, *d.merged]}
    ctx.event_heads = {h.i for d in drafts for h in [d.head, *d.merged]}
    events: list[Event] = []
    last_place: dict[int, str] = {}
    last_date: dict[int, EventDate] = {}
    for d in sorted(drafts, key=lambda d: d.head.i):
        para = ctx.paragraph(d.head)
        own_place, measured_from = _place(ctx, d)
        place = own_place or last_place.get(para) or ctx.default_place
        if place and para <= 2 and ctx.place_feature.get(place) == "country" and ctx.default_place \
                and ctx.place_country.get(ctx.default_place) == ctx.place_country.get(place):
            place = ctx.default_place  # "raids kill 25 in Syria" in the title or lede: the article's own place in Syria
        date = _date(ctx, d) or last_date.get(para) or ctx.default_date
        if place:
            last_place[para] = place
        if date and date.text:
            last_date[para] = date
        if d.type in ("attack", "offensive") and _repelled(d.head):
            d.type = "armed_clash"  # "troops repelled an attack on the town": both sides fought
        etype = event_types()[d.type]
        start, end = min(t.idx for t in d.tokens), max(t.idx + len(t) for t in d.tokens)
        negated, hedged, planned = _modality(d)
        events.append(
            Event(
                id=f"e{len(events) + 1}",
                type=d.type,
                text=text_of(doc)[start:end],
                start=start,
                end=end,
                acled=_acled_of(etype),
                place=place,
                date=date,
                actors=_actors(ctx, d),
                quantities=d.quantities,
                negated=negated,
                hedged=hedged,
                planned=planned,
                sentence=_sentence_span(d.head),
            )
        )
        if own := _perpetrator_unknown_to_actors(ctx, d, triggers):
            ctx.own_perpetrator[id(events[-1])] = own
        if d.told_before:
            ctx.before_another.add(id(events[-1]))
        if measured_from:
            ctx.measured_from.add(id(events[-1]))
    _from_the_air(events, doc._.actors or [])
    _bombings_told_elsewhere(events, ctx)
    events = _merge_incidents(events, ctx)
    _type_summaries(events, ctx)
    _combatants_killed(events, ctx)
    _attach_orphan_tolls(events, ctx)
    _share_headline_agents(events, ctx)
    if parse_headline is not None:
        _lend_headline_agents(events, ctx, parse_headline)
    _share_incident_agents(events, ctx)
    return events


GENERIC_VIOLENT = {"killing", "fatalities", "attack", "body_recovery"}
SPECIFIC_VIOLENT = {"air_strike", "shelling", "explosion", "chemical_attack", "armed_clash", "offensive", "execution"}


def _harmful(e: Event) -> bool:
    """An event that can kill or wound (not a change of territory), told as having happened."""
    return (e.type in GENERIC_VIOLENT or e.type in SPECIFIC_VIOLENT) and not e.negated


def _merge_incidents(events: list[Event], ctx: "_Context") -> list[Event]:
    """'An air strike hit the market on Monday. … Fourteen people were killed, medics said.' The
    deaths told later in the paragraph are the air strike's when nothing says otherwise (another
    place, another day): one incident, its numbers together, as a coder would record it."""
    kept: list[Event] = []
    for event in events:
        host = _referred_back(event, kept, ctx) if event.type == "fatalities" else None  # "among the dead"
        if host is not None:
            event.date = None  # the day their paragraph went on with is not the toll's
        if host is None and event.type in GENERIC_VIOLENT and not event.negated and not _war_total(event) \
                and not _in_response(ctx, event):
            para = ctx.paragraph_of_char(event.start)
            for other in reversed(kept):
                if other.type not in SPECIFIC_VIOLENT and not _same_doers_retold(event, other) or not _told_alike(event, other, ctx):
                    continue
                earlier = ctx.paragraph_of_char(_last_told(other)) != para and not ctx.in_title(other.start)
                if earlier and (event.place not in (None, other.place) or _tolls_apart(event, other) or _agents_apart(event, other)):
                    continue  # an earlier paragraph's incident, unless this report names its own place, dead or doers
                if event.place and other.place and event.place != other.place and not ctx.nested(event.place, other.place):
                    continue
                if _told_in_sequence(ctx, event, other):
                    break  # told as before or after the incident beside it: an incident of its own
                if _apart_in_time(event.date, other.date):
                    continue
                host = other
                break
        if host is None and event.type in REFERRED_TYPES:
            host = _referred_back(event, kept, ctx)
        if host is None:
            kept.append(event)
            continue
        _join_running_tolls(host, event.quantities)
        _absorb(host, event, ctx)
    kept = _merge_forward(kept, ctx)
    kept = _merge_retold(kept, ctx)
    for n, event in enumerate(kept, start=1):
        event.id = f"e{n}"
    return kept


RESPONDING = frozenset({"respond", "retaliate", "reply", "react"})


def _replied_with(weapon: Token) -> Token | None:
    """The verb of replying a weapon or attack is the means of ("responded with air strikes")."""
    means = weapon.head if weapon.dep_ == "compound" else weapon
    verb = means.head.head if means.dep_ == "pobj" and means.head.lower_ == "with" else None
    return verb if verb is not None and verb.lemma_.lower() in RESPONDING else None


def _answered(attack: Token, reply: Token) -> bool:
    """`attack` is what a verb of replying answers ("responded to the attack") and `reply` is done
    under that verb ("… by targeting the launch pads")."""
    verb = attack.head.head if attack.dep_ == "pobj" and attack.head.lower_ in ("to", "for") else None
    return verb is not None and verb.lemma_.lower() in RESPONDING and verb in reply.ancestors


def _in_response(ctx: "_Context", event: Event) -> bool:
    """'Army units responded to the sources of the fire, killing a number of the gunmen', 'retaliated
    with artillery fire': what is done in response to an attack is another incident than the
    attack, though it follows it with no place or day of its own."""
    span = ctx.doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    for _ in range(5):
        if tok.dep_ not in ("advcl", "conj", "xcomp", "pcomp", "prep", "pobj", "compound", "dobj") or tok.head is tok \
                or tok.dep_ == "pobj" and tok.head.lower_ not in ("with", "by"):
            return False  # (what one "responded to" is the attack itself)
        tok = tok.head
        if tok.lemma_.lower() in RESPONDING or tok.lemma_.lower() == "return" and any(
                c.dep_ == "dobj" and c.lower_ == "fire" for c in tok.children):
            return True
    return False


def _same_doers_retold(event: Event, other: Event) -> bool:
    """An attack told again by the doers it was told of, with no toll of its own ("The RSF said it
    had attacked army positions near the village", after the RSF's attack that killed 100)."""
    return event.type == other.type == "attack" and not _tolls(event) and bool(_doers(event) & _doers(other))


def _referred_back(event: Event, kept: list[Event], ctx: "_Context") -> Event | None:
    """'Gunmen killed 30 people in an attack on a cattle market … The attack killed 12 herders and
    18 soldiers': an attack named again as one already told ("the attack", "Thursday's attack") is
    that attack, its numbers the parts of its toll, when nothing (a place, a day) tells them apart.
    So are "the dead" a part is counted among: the toll told last, a few sentences before."""
    if event.negated or _war_total(event):
        return None
    if event.type in REFERRED_TYPES and _definite(ctx, event):
        # "the attack" is any attack told before; "the strike", "the blast" the lede's
        fits = lambda other: _named_alike(other.type, event.type) and (event.type == "attack" or other.start < ctx.lede_end)  # noqa: E731
        reach = None
    elif event.type == "fatalities" and _counted_among_the_dead(ctx, event):
        fits = lambda other: _harmful(other) and any(q.kind == "fatalities" and not q.cumulative for q in other.quantities)  # noqa: E731
        reach = DEAD_REACH
    else:
        return None
    para = ctx.paragraph_of_char(event.start)
    for other in reversed(kept):
        if reach is not None and ctx.sentence_of(event.start) - ctx.sentence_of(_last_told(other)) > reach:
            return None
        if not fits(other) or _others_of_its_kind(ctx, other):
            continue
        if not _told_alike(event, other, ctx) or ctx.paragraph_of_char(other.start) != para and not ctx.in_title(other.start) \
                and not (reach is None and other.start < ctx.lede_end):  # "the strike" told on after the lede is the lede's
            return None
        if reach is None and (not _same_area(ctx, event.place, other.place) or _apart_in_time(event.date, other.date)
                              or _agents_apart(event, other)):
            return None  # (the dead a part is counted among have no place, day or doers of their own)
        return other
    return None


def _named_alike(told: str, again: str) -> bool:
    """Whether an event of type `again`, named as known already, may be one told as `told`: "the
    strike" may be a missile's or a rocket's told before; "the shelling" is no air strike's."""
    return told == again or told == "shelling" and again == "air_strike" or again == "attack" and told in SPECIFIC_VIOLENT


OTHERS_OF_A_KIND = frozenset({"similar", "other", "previous", "earlier", "past", "such", "prior"})


def _others_of_its_kind(ctx: "_Context", event: Event) -> bool:
    """'similar bombings in the area', 'previous attacks': events told as other than the one the
    article reports, which no later 'the blast' names again."""
    span = ctx.doc.char_span(event.start, event.end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "amod" and c.lower_ in OTHERS_OF_A_KIND for c in span.root.children)


REFERRED_TYPES = frozenset({"attack", "air_strike", "shelling", "explosion", "chemical_attack", "armed_clash"})  # "the strike", "the blast"
DEAD_REACH = 3  # sentences back to the toll "the dead" are counted from


def _definite(ctx: "_Context", event: Event) -> bool:
    """A trigger noun named as known already: "the attack", "that attack", "Thursday's attack"."""
    span = ctx.doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or not (span.root.tag_ == "NN" or span.root.tag_ == "NNS" and event.type == "armed_clash"):
        return False  # "the clashes" are the fighting told before; "the air strikes" may be a campaign's
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in span.root.children)


def _counted_among_the_dead(ctx: "_Context", event: Event) -> bool:
    """"Eleven children were among the dead", "five of the dead": a part of a toll told before."""
    span = ctx.doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or span.root.lower_ != "dead":
        return False
    dead = span.root
    return dead.dep_ == "pobj" and dead.head.lower_ in ("among", "of") and any(c.lower_ == "the" for c in dead.children)


WAR_SCALE = 10_000  # a running total this large is a war's, not one campaign's ("since Monday")


def _war_total(event: Event) -> bool:
    """A toll that is only a war's running total ("38,000 have been killed since the war began"):
    no incident's, so it joins none. A campaign's total since a recent day may be its attack's."""
    return _running_total(event) and all((q.value or q.low or 0) >= WAR_SCALE for q in event.quantities if q.kind == "fatalities")


def _running_total(event: Event) -> bool:
    """All the event's deaths are a running total ("36,000 killed since the war began")."""
    tolls = [q for q in event.quantities if q.kind == "fatalities"]
    return bool(tolls) and all(q.cumulative for q in tolls)


def _join_running_tolls(host: Event, later: list[Quantity]) -> None:
    """'Shelling around the port has killed 64 soldiers since Sunday. Dozens of volunteers were also
    killed': a toll told after an incident's running total, of the same kind, is part of that total."""
    for kind in ("fatalities", "injured"):
        running = [q for q in host.quantities if q.kind == kind]
        if running and all(q.cumulative for q in running):
            for q in later:
                if q.kind == kind:
                    q.cumulative = True


def _from_the_air(events: list[Event], actors: list[Actor]) -> None:
    """'Army helicopters killed 12 civilians': an attack, a killing or an offensive an air arm carries out
    is an air strike."""
    names = {a.id: a.name for a in actors}
    for e in events:
        if e.type in ("attack", "killing", "offensive") and any(x.role == "agent" and air_arms().search(names.get(x.actor, "")) for x in e.actors):
            _retype(e, "air_strike")


AIR_WORDS = re.compile(r"(?i)\b(?:air|aerial|airstrikes?|raids?|sorties?)\b")


def _bombings_told_elsewhere(events: list[Event], ctx: "_Context") -> None:
    """'The bombing targeted the governor's office … the building was hit by a car bomb': a bombing
    no word of its sentence puts in the air, told at the place and time of a bomb's blast, is that
    blast, not an air strike. So is one an armed group with no state behind it carried out ('IS
    claimed responsibility for the bombing'): such groups set off bombs, they seldom fly."""
    text = text_of(ctx.doc)
    blasts = [x for x in events if x.type == "explosion" and x.place and not x.negated]
    for e in events:
        if e.type != "air_strike" or e.text.lower() not in ("bombing", "bombings"):
            continue
        sentence = getattr(e, "sentence", None) or {}
        words = text[sentence.get("start", e.start) : sentence.get("end", e.end)]
        if AIR_WORDS.search(words) or air_arms().search(words):
            continue
        agents = [ctx.actor_kind.get(x.actor) for x in e.actors if x.role == "agent"]
        if agents and all(kind == "armed_group" for kind in agents) or e.place and any(
                (x.place == e.place or ctx.nested(x.place, e.place)) and not _apart_in_time(x.date, e.date) for x in blasts):
            _retype(e, "explosion")


def _combatants_killed(events: list[Event], ctx: "_Context") -> None:
    """'The army killed 40 fighters near Kismayo': killing combatants is no violence against
    civilians but fighting, which ACLED codes as a battle, not as an attack."""
    for e in events:
        if e.type != "killing":
            continue
        struck = [ctx.actor_kind.get(x.actor) for x in e.actors if x.role in ("victim", "target")]
        counted = [class_of(q.of) for q in e.quantities if q.kind == "fatalities"]
        if (struck or counted) and all(k in ("armed_group", "state") for k in struck) and all(c == "combatant" for c in counted):
            _retype(e, "armed_clash")


def _type_summaries(events: list[Event], ctx: "_Context") -> None:
    """'Four people killed in terrorist attacks in Damascus, Homs and Aleppo', then each city's
    shelling told in turn: attacks the lede sums up, when the attacks the article goes on to detail
    (two or more) are of one kind, three in four at least, are of that kind."""
    for e in events:
        if e.type not in ("attack", "killing") or e.negated or e.planned or e.start >= ctx.lede_end:
            continue
        told_after = (getattr(e, "sentence", None) or {}).get("end", e.end)
        detailed = Counter(x.type for x in events if x.start >= told_after and x.type in SPECIFIC_VIOLENT and not x.negated and not x.planned)
        if not detailed:
            continue
        kind, n = detailed.most_common(1)[0]
        if n < 2 or n < 0.75 * detailed.total():
            continue  # none, several kinds, or one incident that may be another day's
        _retype(e, kind)


def _retype(e: Event, name: str) -> None:
    """Give `e` the type `name` and that type's ACLED mapping."""
    e.type = name
    e.acled = _acled_of(event_types()[name])


def _acled_of(etype: EventType) -> AcledType | None:
    return AcledType(event_type=etype.acled_type, sub_event_type=etype.acled_sub) if etype.acled_type else None


def _tolls_apart(event: Event, other: Event) -> bool:
    """Both tell a death toll of their own, and no number of one is in the other."""
    own, theirs = ({q.value for q in _tolls(e) if q.value is not None} for e in (event, other))
    return bool(own) and bool(theirs) and not own & theirs


def _agents_apart(event: Event, other: Event) -> bool:
    """Both name who did it, and no doer of one is a doer of the other."""
    own, theirs = _doers(event), _doers(other)
    return bool(own) and bool(theirs) and not own & theirs


def _doers(e: Event) -> set[str]:
    return {a.actor for a in e.actors if a.role == "agent"}


def _told_alike(event: Event, other: Event, ctx: "_Context") -> bool:
    """Whether `other` may be the incident `event` tells again: not denied, done or only planned
    as `event` is ("the attack in which 1,400 were killed" is not the air strikes considered), and
    not an attack whose own words name a perpetrator beside one that names its own ("an attack by
    terrorist organizations" is not the regime's shelling told before)."""
    if other.negated or other.planned != event.planned:
        return False
    def names_another(e: Event, o: Event) -> bool:
        """`e` names a doer of its own, and `o` doers none of whose names share its words."""
        own = ctx.own_perpetrator.get(id(e))
        names = [ctx.actor_name.get(x.actor, "") for x in o.actors if x.role == "agent"]
        return bool(own) and bool(names) and not any(w.lower().removesuffix("s") in own for n in names for w in re.findall(r"[\w-]+", n))

    return not (names_another(event, other) or names_another(other, event))


def _headline_town_named_closer(ctx: "_Context", host: Event, event: Event) -> bool:
    """A headline's town and another town where the body tells the same incident: the body names
    the scene ("strike on Gaza school" over "a school in Nuseirat in central Gaza")."""
    towns = ctx.place_feature.get(host.place) == ctx.place_feature.get(event.place) == "city"
    return ctx.in_title(host.start) and not ctx.in_title(event.start) and towns and host.place != event.place


def _absorb(host: Event, event: Event, ctx: "_Context") -> None:
    """One incident told twice: the host keeps its own words and takes the other telling's numbers,
    participants and, when it names none or a wider one, place ("a drone strike in the Amhara
    region … The strike hit the market in Finote Selam") and, when it names none, day
    ("Jihadists kill 40 in attack on army post" over "… in an attack on Saturday")."""
    if host.place is None or event.place is not None and (ctx.within(event.place, host.place) or _headline_town_named_closer(ctx, host, event)
                                                          or id(host) in ctx.measured_from and id(event) not in ctx.measured_from):
        host.place = event.place  # ("a checkpoint north of Baghdad … The attack took place in Tarmiyah")
        ctx.measured_from.discard(id(host))
    if event.date is not None and event.date.text and event.date.start and (host.date is None or not host.date.text):
        host.date = event.date
    host.quantities.extend(q for q in event.quantities if q not in host.quantities)
    known = {a.actor for a in host.actors}
    host.actors.extend(a for a in event.actors if a.actor not in known and not (a.role == "agent" and any(x.role == "agent" for x in host.actors)))
    also = list(getattr(host, "mentions", None) or [])
    also.append({"start": event.start, "end": event.end, "text": event.text})
    also.extend(getattr(event, "mentions", None) or [])  # and where the other telling was told again
    host.mentions = also


def _merge_forward(events: list[Event], ctx: "_Context", window: int = 2) -> list[Event]:
    """'At least 45 people have been killed in Aleppo in the last day, monitors said. Government
    air strikes hit …': a toll told first and its cause in the next sentences are one incident. So
    are a headline's attack and the lede's attack of that kind, with the same toll or none."""
    sentence_of = ctx.sentence_of
    merged: set[int] = set()
    for i, event in enumerate(events):
        headline = ctx.in_title(event.start)  # a headline and its lede, past a date line and a byline
        retold = headline and (event.type in SPECIFIC_VIOLENT or event.type in TAKEN)  # 'Jets strike village, 11 killed' over its lede
        counted = ("fatalities",) if event.type not in TAKEN else ("people", "count")  # "Gunmen abduct 87 villagers": those taken
        if (event.type not in GENERIC_VIOLENT and not retold) or event.negated or not (event.quantities or retold) or _war_total(event):
            continue
        here, para = sentence_of(event.start), ctx.paragraph_of_char(event.start)
        for other in events[i + 1:]:
            there = sentence_of(other.start)
            if headline:
                near = there - here <= window + 3 and ctx.paragraph_of_char(other.start) <= para + 4
            else:
                near = there - here <= window and ctx.paragraph_of_char(other.start) == para
            if not near:
                break
            if there == here and other.start < event.start or not _told_alike(event, other, ctx) \
                    or other.type not in SPECIFIC_VIOLENT and not (retold and other.type == event.type):
                continue
            if event.place and other.place and event.place != other.place and not ctx.nested(event.place, other.place):
                continue
            if _dates_differ(event.date, other.date):
                continue
            own = [q for q in event.quantities if q.kind in counted]
            theirs = {q.value for q in other.quantities if q.kind in counted}
            agree = bool(theirs & {q.value for q in own}) or any(_vaguely_told(q, theirs) for q in own) \
                or retold and not own and not _agents_apart(event, other)  # "Troops fight off raid on Mopti" over its lede
            if theirs and not agree:
                continue  # another toll: another incident, unless the same number is told again
            if retold and (not _named_alike(other.type, event.type) or not agree):
                continue  # ("Israel strikes army posts" over the lede's missiles: a strike may name them)
            _absorb(other, event, ctx)
            merged.add(i)
            break
    return [e for i, e in enumerate(events) if i not in merged]


TAKEN = frozenset({"abduction", "arrest", "detention"})  # events that take people, counted as such
VAGUE_SPAN = 10  # "dozens" (12 by convention) may be 12 to 120 told as a number


def _vaguely_told(vague: Quantity, counted: set[float | None]) -> bool:
    """A vague count ("Dozens dead after …") that a number told later fits ("at least 42")."""
    if vague.rule is None or vague.value is None:
        return False
    return any(n is not None and vague.value <= n <= vague.value * VAGUE_SPAN for n in counted)


RETOLD_MIN = 3  # one or two deaths told twice may well be two incidents


def _merge_retold(events: list[Event], ctx: "_Context") -> list[Event]:
    """'Army kills 35 Shabaab fighters' … 'army air strikes killed 35 militants': a toll
    told again with its cause, or the same kind of attack told again with the same toll, anywhere
    in the article, is the same incident, unless the two name different days or places (a
    headline's place list is no place of its own)."""
    told = {id(e): {_least(q) for q in e.quantities if q.kind == "fatalities" and not q.cumulative and not q.rule
                    and _least(q) is not None and _least(q) >= RETOLD_MIN} for e in events}  # counted, not "dozens"
    tolls = lambda e: told[id(e)]  # noqa: E731  what each telling said itself, before any joined it
    merged: set[int] = set()
    for i, event in enumerate(events):
        own = tolls(event)
        if event.negated or not own or event.type not in GENERIC_VIOLENT and event.type not in SPECIFIC_VIOLENT:
            continue
        generic = event.type in GENERIC_VIOLENT
        for j, other in enumerate(events):
            if other is event or j in merged or other.type not in SPECIFIC_VIOLENT and other.type != event.type \
                    and not (ctx.in_title(event.start) and other.type == "attack") \
                    or not _told_alike(event, other, ctx) or not own & tolls(other):  # ("Gunmen kill 20" over the lede's raid)
                continue
            set_off = event.type == "explosion" and other.type in ("shelling", "air_strike") and j > i and other.start < ctx.lede_end \
                and (ctx.in_title(event.start) or ctx.sentence_of(event.start) == 0)  # "Depot blast kills 40", then the rockets that set it off
            if (not generic or other.type in GENERIC_VIOLENT and not ctx.in_title(event.start)) and (other.type != event.type or j > i) \
                    and not set_off:
                continue  # the same attack (or toll) told twice: the later telling joins the first (a headline's, the lede)
            if _dates_differ(event.date, other.date):
                continue
            if not ctx.in_title(event.start) and not _same_area(ctx, event.place, other.place):
                continue
            _absorb(other, event, ctx)
            merged.add(i)
            break
    return [e for i, e in enumerate(events) if i not in merged]


def _least(q: Quantity) -> float | None:
    """A toll's number, or the least of its range ("at least 20" over "between 20 and 30")."""
    return q.value if q.value is not None else q.low


def _same_area(ctx: "_Context", a: str | None, b: str | None) -> bool:
    """Two places that may name one incident's scene: the same, one holding the other, a country
    named loosely, or two places of one province ("al-Asharah" and "Deir ez-Zor")."""
    if not a or not b or a == b or ctx.nested(a, b) or "country" in (ctx.place_feature.get(a), ctx.place_feature.get(b)):
        return True
    return ctx.place_admin1.get(a) is not None and ctx.place_admin1.get(a) == ctx.place_admin1.get(b)


def _apart_in_time(a: EventDate | None, b: EventDate | None) -> bool:
    """Two events that cannot be one incident by their dates."""
    return _dates_differ(a, b) or _long_before(a, b)


def _long_before(a: EventDate | None, b: EventDate | None) -> bool:
    """One event dated by its own words weeks before the day the other is only assumed to be on
    (the publication day): "in January 40 people died in the town" is no toll of today's shelling."""
    for told, assumed in ((a, b), (b, a)):
        if told is None or assumed is None or not told.text or assumed.text or not (told.end or told.start) or not assumed.start:
            continue
        if (date.fromisoformat(assumed.start) - date.fromisoformat(told.end or told.start)).days > 7:
            return True
    return False


def _dates_differ(a: EventDate | None, b: EventDate | None) -> bool:
    if a is None or b is None or not a.text or not b.text or not a.start or not b.start:
        return False
    return not (a.start <= (b.end or b.start) and b.start <= (a.end or a.start))


class _Context:
    """Token-level indexes of what the other components found."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.actor_at: dict[int, str] = mention_owners(doc, doc._.actors or [])
        self.actor_kind: dict[str, str] = {}
        self.description_tokens: dict[str, set[int]] = {}
        drafts = doc._.actor_drafts or {}
        self.actor_side: dict[str, str] = {}
        self.anonymous: set[str] = set()
        self.actor_name: dict[str, str] = {}
        for actor in doc._.actors or []:
            self.actor_kind[actor.id] = actor.kind
            self.actor_name[actor.id] = actor.name
            self.actor_side[actor.id] = actor.side
            if actor.anonymous:
                self.anonymous.add(actor.id)
            draft = drafts.get(actor.id)
            if draft is not None and draft.description_span:
                self.description_tokens[actor.id] = set(range(*draft.description_span))
        self.place_at: dict[int, str] = {}
        self.place_feature: dict[str, str] = {}
        self.place_country = {p.id: p.country for p in doc._.places or []}
        self.place_admin1 = {p.id: (p.country, p.admin1) for p in doc._.places or [] if p.admin1}
        for place in doc._.places or []:
            if getattr(place, "dateline", False):
                continue
            self.place_feature[place.id] = place.feature
            for m in place.mentions:
                if getattr(m, "attributive", False) or getattr(m, "dateline", False):
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    for t in span:
                        self.place_at[t.i] = place.id
        self.default_place = _main_place(doc)
        self.own_perpetrator: dict[int, frozenset[str]] = {}  # id() of events whose words name a perpetrator no actor stands for → those words
        self.event_heads: set[int] = set()  # the tokens of every event's trigger, once drafts are made
        self.before_another: set[int] = set()  # id() of events told as coming before another
        self.measured_from: set[int] = set()  # id() of events whose scene is named only as a point they lie some way from
        self.place_parent = {p.id: p.parent for p in doc._.places or [] if p.parent}
        self.credit_tokens = _credit_tokens(doc)
        first_break = text_of(doc).find("\n")
        self.title_end = first_break if 0 < first_break < 300 else 0
        self.dates = [d for d in doc._.dates or [] if getattr(d, "kind", None) not in ("duration", "stamp")]
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\n", text_of(doc))]
        published = (doc._.meta or {}).get("published")
        if published:
            self.default_date = EventDate(text=None, start=published, end=published, precision="day",
                                          reason="no time expression in its paragraph: the publication date")
        else:
            self.default_date = None

    def paragraph(self, tok: Token) -> int:
        return bisect_right(self.paragraph_starts, tok.idx) - 1

    def paragraph_of_char(self, char: int) -> int:
        return bisect_right(self.paragraph_starts, char) - 1

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start_char for s in self.doc.sents]

    def sentence_of(self, char: int) -> int:
        return bisect_right(self.sentence_starts, char) - 1

    @cached_property
    def lede_end(self) -> int:
        """Where the lede, the first `LEDE_SENTENCES` sentences, ends (read only when asked)."""
        sentences = list(self.doc.sents)
        return sentences[LEDE_SENTENCES].start_char if len(sentences) > LEDE_SENTENCES else len(text_of(self.doc))

    def in_title(self, char: int) -> bool:
        return char < self.title_end

    def nested(self, a: str, b: str) -> bool:
        return self.place_parent.get(a) == b or self.place_parent.get(b) == a

    def within(self, inner: str, outer: str) -> bool:
        """Whether place `inner` lies inside `outer`, however many levels down: as the text nests
        them, or as the gazetteer does (a town of the province, a province of the country)."""
        place = inner
        for _ in range(5):
            place = self.place_parent.get(place)
            if place is None:
                break
            if place == outer:
                return True
        kind, inner_kind = self.place_feature.get(outer), self.place_feature.get(inner)
        if inner == outer or inner_kind in (None, "country") or self.place_country.get(inner) != self.place_country.get(outer):
            return False
        return kind == "country" or kind == "admin1" and inner_kind != "admin1" and self.place_admin1.get(inner) == self.place_admin1.get(outer)


CREDIT_REACH = 80  # characters between a claim and the name of who made it, in its own sentence


def _credit_tokens(doc: Doc) -> set[int]:
    """The words naming who made each claim, where they stand after it ("… took the hills the
    source said"): who tells of an event takes no part in it there, however the parser hangs them
    (a claimant named before its claim may be its doer: "the group claimed the bombing")."""
    text = text_of(doc)
    mentions = {a.id: a.mentions for a in doc._.actors or []}
    out: set[int] = set()
    for quote in doc._.quotes or []:
        for m in mentions.get(quote.speaker, []):
            after = quote.end <= m.start <= quote.end + CREDIT_REACH and "." not in text[quote.end : m.start]
            if after and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None:
                out.update(t.i for t in span)
    return out


def _main_place(doc: Doc) -> str | None:
    """The place an article is about, for events whose own sentences name none: the first place
    below country level that is not the dateline, in the country most of the article is in."""
    places = [p for p in doc._.places or [] if not getattr(p, "dateline", False) and not getattr(p, "attributive", False) and p.mentions]
    if not places:
        return None
    from .sides import conflict_country

    country = conflict_country(doc)
    inner = [p for p in places if p.feature not in ("country", None) and (country is None or p.country == country)]
    if not inner:
        return None
    return min(inner, key=lambda p: p.mentions[0].start).id


def _draft(ctx: _Context, m: TriggerMatch) -> Draft | None:
    tokens = m.tokens
    head = _trigger_head(tokens)
    cond = m.trigger.condition
    if cond:
        key, _, value = cond.partition("=")
        if key == "agent" and value == "armed" and not _armed_agent(ctx, head):
            return None
        if key == "agent" and value == "none":
            return None
    return Draft(m.trigger.type, head, tokens)


def _perpetrator_unknown_to_actors(ctx: _Context, d: Draft, triggers: set[int]) -> frozenset[str]:
    """'an attack by terrorist organizations', 'unknown gunmen opened fire': the event's own words
    name who did it, though no actor was made of them; no one else is lent to it. An attack or a
    weapon in the subject's place ("air raids kill 12", "strikes by planes") names no one. The
    forms of the naming words, or none."""
    for head in [d.head, *d.merged]:
        tokens = _agent_tokens(head)
        if any(ctx.actor_at.get(t.i) for t in tokens):
            return frozenset()
        naming = [t for t in tokens if (t.dep_ == "nsubj" or t.dep_ == "pobj" and t.head.lower_ in ("by", "of")) and t.pos_ in ("NOUN", "PROPN")
                  and t.i not in triggers and t.lemma_.lower() not in CRAFT and t.i not in ctx.place_at
                  and not (t.dep_ == "nsubj" and _speaks(t.head))]  # not "…, charity says"
        if naming:  # not "Airstrikes on Rural Aleppo", where the parser hung the place on the 'by' phrase
            words = [w for t in naming for w in (t, *(c for c in t.children if c.dep_ in ("amod", "compound")))]
            return frozenset(form for w in words for form in word_forms(w))
    return frozenset()


def _trigger_head(tokens: list[Token]) -> Token:
    """The word of a trigger the others hang from ("strike" in "drone strike")."""
    return next((t for t in tokens if t.head not in tokens or t.head == t), tokens[0])


def _armed_agent(ctx: _Context, head: Token) -> bool:
    for tok in _agent_tokens(head):
        aid = ctx.actor_at.get(tok.i)
        if aid and ctx.actor_kind.get(aid) in ARMED:
            return True
        if tok.lemma_.lower() in ("army", "force", "troop", "soldier", "rebel", "fighter", "militant", "warplane", "jet", "militia", "regime", "coalition"):
            return True
    return False


SUFFERED = {"die", "perish", "succumb", "starve", "drown", "suffocate", "bleed", "lose"}  # their subject is the victim, or lost them
CRAFT = {"aircraft", "warplane", "jet", "helicopter", "plane", "drone", "bomber", "gunship", "artillery", "tank", "gunboat", "warship"}
LIGHT_VERBS = {"stage", "carry", "launch", "conduct", "commit", "perpetrate", "mount", "unleash", "wage", "lead", "begin",
               "start", "fire", "drop", "use", "deploy", "claim", "step", "intensify", "continue", "resume", "make", "press"}


def _headline_verb_between(modifier: Token, head: Token) -> bool:
    """A headline's capitalised verb of saying that the tagger took into a name ("Coalition
    Condemns Attack") stands between a modifier and the event it seems to qualify."""
    verbs = cue_verbs().keys()
    for tok in modifier.doc[modifier.i + 1 : head.i]:
        word = tok.lower_
        if tok.text[:1].isupper() and tok.pos_ == "PROPN" and word.endswith("s") and (
                word_forms(tok) & verbs or word.endswith("es") and word[:-2] in verbs):  # "Condemns", "Dismisses"
            return True
    return False


def _agent_tokens(head: Token, depth: int = 0) -> list[Token]:
    """Who did it: the subject, the 'by' phrase, the 'regime' in 'regime offensive', the subject of
    the verb that 'stages' or 'carries out' a named event."""
    out = []
    attack_subject = False  # the subject is an attack, which names who did it or no one
    for child in head.children:
        if child.dep_ == "nsubj" and head.lemma_.lower() in SUFFERED:
            continue  # "civilians died in the attack": those it befell
        if child.dep_ in ("aux", "auxpass") and child.i < head.i and child.text.isupper() and len(child.text) > 1:
            out.append(child)  # "IS claimed the attack": the parser took the group for a verb
        if child.dep_ == "nsubj" and _headline_passive(head):
            continue  # "Three Commanders Killed in Blast": whom a headline's bare participle befell
        if child.dep_ in ("compound", "amod", "nmod") and _headline_verb_between(child, head):
            continue  # "Syrian Coalition Condemns Attack on …": who condemns it did not carry it out
        if child.dep_ == "nsubj" and _names_an_attack(child) and depth < 2:
            out.extend(_agent_tokens(child, depth + 1))  # "a drone strike on a camp for displaced people killed 11": who struck, not whom
            attack_subject = True
        elif child.dep_ in ("nsubj", "poss", "compound", "amod", "nmod"):
            out.extend(_subject_words(child, head) if child.dep_ == "nsubj" else [child, *_qualifying_conjuncts(child)])
            if child.dep_ == "compound":
                out.extend(t for t in child.lefts if t.dep_ in ("compound", "amod", "nmod"))  # "government air strikes"
        elif child.dep_ == "prep" and head.pos_ in ("NOUN", "PROPN") and (
                child.lower_ == "by" or child.lower_ == "of" and head.lemma_.lower() in CRAFT):
            out.extend(_noun_phrase(child, skip=child))  # "raids by regime aircraft", "jets of the coalition"
        elif child.dep_ == "agent":
            out.extend(t for t in child.subtree if t.dep_ == "pobj" or t.head.dep_ == "pobj")
        elif child.dep_ in ("relcl", "acl") and child.pos_ == "VERB" and child.lemma_.lower() not in BACKING:
            for grand in child.children:
                if grand.dep_ == "agent":
                    out.extend(_noun_phrase(grand, skip=grand))  # "shells fired by militants [whom the army expelled]"
    taken = head
    while taken.dep_ == "conj" and taken.head.pos_ in ("NOUN", "PROPN"):
        taken = taken.head  # "launched 64 drones and two missiles": the missiles were launched too
    if head.pos_ in ("NOUN", "PROPN") and taken.dep_ in ("dobj", "pobj") and depth < 2 \
            and not any(t.dep_ not in ("compound", "amod") and t.pos_ != "PRON" and t.ent_type_ not in ("DATE", "TIME", "CARDINAL")
                        for t in out):  # "pressed its offensive", "claimed a March 4 car bomb attack"
        verb = taken.head if taken.dep_ == "dobj" else taken.head.head
        if verb.lemma_.lower() in LIGHT_VERBS and not (verb.lemma_.lower() == "claim" and _denied(verb)):
            out.extend(_agent_tokens(verb, depth + 1))  # not "no group has claimed the attack"
    if depth < 2 and not any(t.dep_ not in ("compound", "amod") for t in out) and (reply := _replied_with(head)) is not None:
        out.extend(_agent_tokens(reply, depth + 1))  # "the army retaliated with artillery fire": the army fired
    if head.dep_ == "acl" and head.tag_ == "VBD" and head.head.dep_ == "ROOT" and head.head.i < head.i and not out:
        out.extend(_noun_phrase(head.head))  # "The coalition bombed Sanaa", parsed as a noun with a clause: its subject
    elif _active_participle(head) and not out:
        out.extend(_noun_phrase(head.head))  # "bombs dropped by [regime helicopters killed 14 people]": who killed them
    elif head.dep_ == "acl" and head.tag_ == "VBG" and not out and depth < 2 and (
            head.head.dep_ == "dobj" or head.head.dep_ == "pobj" and head.head.head.dep_ == "prep"):  # not "held by the group killing …"
        # "units responded to the sources of fire destroying the launch pads": the participle the parser
        # hung on a thing they acted on is theirs
        thing = head.head
        while thing.dep_ == "pobj" and thing.head.head.dep_ == "prep" and thing.head.head.head.pos_ == "NOUN":
            thing = thing.head.head.head  # ("the sources [of fire]")
        verb = thing.head if thing.dep_ == "dobj" else thing.head.head
        if verb.pos_ == "VERB" and not counts_people(thing):  # (not "fired at militants fleeing the town")
            out.extend(_agent_tokens(verb, depth + 1))
    clause = head.dep_ in ("xcomp", "conj", "advcl", "pcomp") or head.dep_ == "dep" and head.tag_ == "VBG"  # 'retaliated, "neutralizing" 11'
    governor = head.head
    if head.dep_ == "pcomp" and governor.lower_ == "by" and governor.dep_ == "prep" \
            and not any(c.dep_ == "auxpass" for c in governor.head.children):
        governor = governor.head  # "the army retaliated by shelling the hills": the army shelled them
    if clause and governor.pos_ in ("VERB", "AUX") and not out and not attack_subject and depth < 3 \
            and not (head.dep_ == "conj" and _contrast_between(governor, head)):
        out.extend(_agent_tokens(governor, depth + 1))
    out.extend(_held_responsible(head))
    return [t for t in out if not (_holder(t) or _opposed(t))]  # "Houthi-held", "anti-IS": named, but not the doers


def _qualifying_conjuncts(mod: Token) -> list[Token]:
    """The words joined to a qualifier of an attack that qualify it too ("coalition and government
    air strikes"), not a weapon joined to it ("naval and artillery shelling") nor a name's last word
    ("Malian and Wagner group troops")."""
    return [c for c in mod.conjuncts if c.left_edge.i == c.i and c.lemma_.lower() not in CRAFT and not _names_an_attack(c)]


def _active_participle(head: Token) -> bool:
    """A verb the parser hung on a noun as its participle that takes an object of its own: no
    passive ("people killed"), but the noun's own deed ("helicopters killed 14 people")."""
    return head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "dobj" for c in head.children) and not any(c.dep_ in ("nsubj", "aux") for c in head.children)


BACKING = frozenset({"back", "support", "fund", "arm", "sponsor", "aid", "assist", "help", "supply", "equip", "train"})  # "an operation backed by the coalition": a backer, not the doer
BLAMING = frozenset({"blame", "punish", "fault", "accuse", "suspect", "convict"})
OWNING_UP = frozenset({"claim", "take", "accept", "admit", "bear", "assume", "acknowledge"})
ORIGINATING = frozenset({"come", "originate"})


def _held_responsible(head: Token) -> list[Token]:
    """Who a sentence holds to account for an attack it does not show them carrying out: 'IS claimed
    responsibility for the bombing', 'blamed the rebels for the attack', 'accused the army of
    (carrying out) the strike', 'held the militia responsible for', 'al-Shabaab was behind the
    blast', 'the shelling came from army positions'."""
    def first(tok: Token, deps: tuple[str, ...]) -> list[Token]:
        found = next((c for c in tok.children if c.dep_ in deps), None)
        return _noun_phrase(found) if found is not None and not _denied(tok) else []

    for clause in head.children:
        if clause.dep_ not in ("relcl", "acl"):
            continue
        if clause.lemma_.lower() in SPEECH_VERBS:  # "a strike which monitors say came from army positions"
            clause = next((c for c in clause.children if c.dep_ == "ccomp"), clause)
        if clause.lemma_.lower() in ORIGINATING:
            return _from_phrase(clause)
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in ORIGINATING:
        return _from_phrase(head.head)
    if head.dep_ not in ("pobj", "pcomp") or head.head.dep_ != "prep":
        return []
    prep, governor = head.head.lower_, head.head.head
    word = governor.lemma_.lower()
    if prep in ("for", "over", "of") and word in BLAMING:
        return first(governor, ("dobj",))
    if prep in ("for", "over", "of") and governor.dep_ == "dobj" and governor.head.lemma_.lower() in BLAMING:
        return [] if _denied(governor.head) else _noun_phrase_without(governor, head.head)  # "of" hung on "forces"
    if prep == "for" and word in ("responsibility", "credit") and governor.dep_ == "dobj" \
            and governor.head.lemma_.lower() in OWNING_UP:
        return first(governor.head, ("nsubj",))
    if prep == "for" and word == "responsible":  # "held the rebels responsible", "the rebels were responsible"
        verb = governor.head.head if governor.dep_ == "amod" else governor.head
        noun = governor.head if governor.dep_ == "amod" else next(
            (c for c in [*governor.children, *verb.children] if c.dep_ in ("nsubj", "dobj")), None)
        return [] if noun is None or _denied(verb) else _noun_phrase_without(noun, governor)
    if prep == "behind" and word in ("be", "stand"):
        return first(governor, ("nsubj",))
    return []


NO_ONE_HELD = NO_ONE | {"any"}  # "did not blame any group"
GUESSES = frozenset({"likely", "probably", "possibly", "perhaps", "may", "might", "could"})


def _denied(verb: Token) -> bool:
    """'No one has claimed responsibility for the blast', 'neither group blamed the militia',
    'did not blame any group', 'were most likely behind it': the sentence holds no one to account
    for the attack, or only guesses who, as conflict coders leave a suspected perpetrator unnamed."""
    words = [t for c in verb.children if c.dep_ in ("nsubj", "dobj") for t in c.subtree]
    return any(c.dep_ == "neg" or c.lemma_.lower() in GUESSES and c.dep_ in ("advmod", "aux", "acomp")
               for c in verb.children) or any(t.lower_ in NO_ONE_HELD for t in words)


def _noun_phrase_without(noun: Token, part: Token) -> list[Token]:
    """A noun phrase less a phrase the parser hung on it that belongs to the clause."""
    inside = {t.i for t in part.subtree}
    return [t for t in _noun_phrase(noun) if t.i not in inside]


def _from_phrase(verb: Token) -> list[Token]:
    return [t for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
            for obj in prep.children if obj.dep_ == "pobj" for t in _noun_phrase(obj)]


def _names_an_attack(tok: Token) -> bool:
    """A noun that names an attack or its weapon ("strike", "shells", "car bomb"), not a craft
    that carries it out ("warplanes struck")."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in CRAFT and any(
        t.type in VIOLENT and t.pos != "verb" for t in triggers().get(tok.lemma_.lower(), ()))


CONTRAST = frozenset({"while", "whereas", "whilst"})


def _contrast_between(first: Token, second: Token) -> bool:
    """'Rebel rockets killed ten in Aden while government strikes killed 40': the parser joins the
    two verbs, but the clause after 'while' has a subject of its own, which the second verb keeps."""
    return any(t.lower_ in CONTRAST and t.dep_ == "mark" for t in first.doc[first.i + 1 : second.i])


def _noun_phrase(tok: Token, skip: Token | None = None) -> list[Token]:
    """The words of a noun phrase without the clauses that hang from it ("regime aircraft"
    in "by regime aircraft killed 25 civilians", where the parser hung the verb on the noun)."""
    out = []
    stack = [tok]
    while stack:
        t = stack.pop()
        if t is not skip:
            out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("acl", "relcl", "advcl", "ccomp"))
    return sorted(out, key=lambda t: t.i)


def _path_length(a: Token, b: Token, limit: int = 4) -> int | None:
    """Dependency distance between two tokens of one sentence, if at most `limit`."""
    heads, sentence = _tree(a.doc)
    if sentence[a.i] != sentence[b.i]:
        return None
    up_a = {a.i: 0}
    t, n = a.i, 0
    while heads[t] != t and n < limit:
        t, n = heads[t], n + 1
        up_a[t] = n
    t, n = b.i, 0
    while n <= limit:
        if t in up_a:
            total = n + up_a[t]
            return total if total <= limit else None
        if heads[t] == t:
            return None
        t, n = heads[t], n + 1
    return None


def _tree(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's head and sentence number as plain integers, computed once per document:
    walking spaCy objects token by token is what made path lengths slow."""
    cached = doc.user_data.get("tawthiq_tree")
    if cached is None:
        from spacy.attrs import HEAD, SENT_START

        array = doc.to_array([HEAD, SENT_START]).astype("int64")
        heads = (array[:, 0] + numpy.arange(len(doc))).tolist()
        sentence = numpy.cumsum(array[:, 1] == 1).tolist()
        cached = doc.user_data["tawthiq_tree"] = (heads, sentence)
    return cached


def _join_weapon_words(drafts: list[Draft]) -> list[Draft]:
    """'a rocket bomb', 'a mortar bomb': two weapon words of one noun phrase are one weapon, of the
    kind the first names; so is 'the explosion was caused by a mortar shell'. Blasts that a
    shelling or a strike sets off are part of it."""
    by_head = {d.head.i: d for d in drafts}
    gone: set[int] = set()
    for d in drafts:
        if d.type not in CARRIERS:
            continue
        compound = d.head.dep_ == "compound"
        noun = d.head.head if compound else None
        if d.head.dep_ == "pobj" and d.head.head.dep_ == "agent" and d.head.head.head.lemma_.lower() == "cause":
            noun = next((c for c in d.head.head.head.children if c.dep_ == "nsubjpass"), None)
        set_off = d.type == "explosion" and noun is None and (noun := _what_set_it_off(d.head, by_head)) is not None
        other = by_head.get(noun.i) if noun is not None else None
        if other is None or other is d or other.type not in CARRIERS or id(other) in gone:
            continue
        if not set_off:  # "rocket fire struck …, setting off blasts at a depot" stays the rocket fire
            other.type = d.type
        if compound:  # the weapon's words together name the event: "rocket bomb"
            other.tokens = sorted({t.i: t for t in [*other.tokens, *d.tokens]}.values(), key=lambda t: t.i)
        other.merged.append(d.head)
        gone.add(id(d))
    return [d for d in drafts if id(d) not in gone]


def _struck_by_its_weapon(drafts: list[Draft]) -> list[Draft]:
    """'A Russian missile struck an apartment block', 'the building was hit by a car bomb': the
    verb of striking and the weapon that does it are one event, of the kind the weapon names."""
    by_head = {d.head.i: d for d in drafts}
    gone: set[int] = set()
    for d in drafts:
        if d.type not in CARRIERS or d.head.pos_ != "VERB":
            continue
        doers = [c for c in d.head.children if c.dep_ == "nsubj"]
        doers += [p for a in d.head.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        weapon = next((by_head[t.i] for t in doers if t.i in by_head and by_head[t.i] is not d), None)
        if weapon is None or weapon.type not in CARRIERS or weapon.type == d.type or id(weapon) in gone:
            continue
        weapon.merged.append(d.head)
        gone.add(id(d))
    return [d for d in drafts if id(d) not in gone]


SETTING_OFF = frozenset({"set", "trigger", "cause", "spark", "ignite", "detonate"})


def _what_set_it_off(blast: Token, by_head: dict[int, "Draft"]) -> Token | None:
    """The weapon of 'rocket fire struck the town, setting off blasts at a depot': a blast that a
    shelling or a strike sets off is that attack's, as "caused by" makes it."""
    verb = blast.head
    if blast.dep_ != "dobj" or verb.lemma_.lower() not in SETTING_OFF:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("advcl", "xcomp", "conj"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    for tok in [subject, *(c for c in subject.children if c.dep_ == "compound")]:
        draft = by_head.get(tok.i)
        if draft is not None and draft.type in ("shelling", "air_strike"):
            return tok
    return None


def _merge(drafts: list[Draft]) -> list[Draft]:
    """Triggers of one clause that tell one event become one event, named by the most specific."""
    types = event_types()
    drafts.sort(key=lambda d: -types[d.type].rank)
    kept: list[Draft] = []
    for d in drafts:
        target = None
        if d.type in GENERIC or any(k.type == d.type or _carries(d, k) for k in kept):
            best = None
            for k in kept:
                if d.type not in GENERIC and k.type != d.type and not _carries(d, k):
                    continue
                if d.type in ("killing", "fatalities", "body_recovery", "attack") and k.type not in VIOLENT:
                    continue
                if d.type == "displacement" and k.type != "conscription_evasion":
                    continue
                if _modality(d)[2] != _modality(k)[2]:
                    continue  # "the attack in which 1,400 were killed" is not the air strikes now considered
                if _modality(d)[0] != _modality(k)[0]:
                    continue  # "struck a depot and denied targeting civilians": what is denied is no part of what was done
                if d.type != "body_recovery" and _one_after_other(d.head, k.head):
                    continue  # "a week after the air strikes, five people were killed": two events (bodies come home after any death)
                if _answered(d.head, k.head) or _answered(k.head, d.head):
                    continue  # "responded to the attack by targeting their positions": the attack and the reply
                dist = _path_length(d.head, k.head)
                key = (dist, abs(d.head.i - k.head.i))  # a tie in the parse goes to the trigger nearer in the text
                if dist is not None and (best is None or key < best[0]):
                    best = (key, k)
            target = best[1] if best else None
        if target is not None:
            target.merged.append(d.head)
        else:
            kept.append(d)
    return kept


def _told_in_sequence(ctx: "_Context", a: Event, b: Event) -> bool:
    """Two events one sentence tells as one after the other, also where that sentence tells `b`
    again ("a school was shelled on Monday, a week after 20 teachers were killed", when a headline
    told the school's shelling first)."""
    head = ctx.doc.char_span(a.start, a.end, alignment_mode="expand")
    if head is None:
        return False
    for telling in _tellings(b):
        other = ctx.doc.char_span(telling[0], telling[1], alignment_mode="expand")
        if other is not None and _one_after_other(head.root, other.root):
            return True
    return False


def _tellings(e: Event) -> list[tuple[int, int]]:
    """Where the text tells `e`: its own words and those of the tellings merged into it."""
    return [(e.start, e.end), *((m["start"], m["end"]) for m in getattr(e, "mentions", None) or [])]


def _last_told(e: Event) -> int:
    return max(start for start, _ in _tellings(e))


SEQUENCE = frozenset({"after", "before", "following", "since", "prior", "ahead"})


def _one_after_other(a: Token, b: Token) -> bool:
    """One event told as coming after or before the other ("killed days after an attack")."""
    if a.sent.start != b.sent.start:
        return False
    return _told_after(a, b) or _told_after(b, a)


def _told_after(a: Token, b: Token) -> bool:
    """`b` sits in a phrase of sequence ("after …") that hangs from a word above `a`."""
    above_a = {t.i for t in [a, *a.ancestors]}
    branch = None
    for t in [b, *b.ancestors]:
        mark = _sequence_mark(t)
        outside = branch is not None and mark is not None and branch.right_edge.i < mark.i
        if t.i in above_a:
            return outside and (a.i == t.i or a.i > mark.i)
        if t.lower_ in SEQUENCE and t.dep_ in ("prep", "mark", "advmod") or _subject_after_sequence(t.head, t) or _subject_after_sequence(t, t.head):
            return True
        if mark is not None and not outside:
            return True  # "… after jets bombed the town": a clause of sequence
        branch = t
    return False


def _sequence_mark(clause: Token) -> Token | None:
    """The 'after' or 'before' that opens a clause of sequence. The clause begins there: a phrase
    the parser hangs on it from before that word ("two guards were killed when a rocket hit the
    depot, weeks after nine miners were killed") belongs to the sentence around it."""
    return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in SEQUENCE), None)


def _subject_after_sequence(verb: Token, noun: Token) -> bool:
    """'days after a chemical attack a woman was killed' with no comma: the parser makes 'after'
    the verb's marker and both nouns its subjects, or reads the clause as the attack's relative
    clause. Either way the attack is what the killing came after, not what did it."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if noun.head.i == verb.i and noun.dep_ in ("nsubj", "nsubjpass"):
        return (any(c.lower_ in SEQUENCE and c.dep_ in ("mark", "prep") and c.i < noun.i for c in verb.children)
                and any(noun.i < c.i < verb.i for c in subjects))
    if verb.head.i == noun.i and verb.dep_ == "relcl" and noun.dep_ == "pobj" and noun.head.lower_ in SEQUENCE:
        own_subject = any(c.tag_ not in ("WDT", "WP") and c.lower_ != "that" for c in subjects)
        relative = any(c.tag_ in ("WDT", "WP", "WRB") or c.lower_ == "that" for c in verb.subtree if c.i < verb.i)
        stranded = any(c.dep_ == "prep" and not list(c.children) for c in verb.children)
        return own_subject and not relative and not stranded
    return False


CARRIERS = {"air_strike", "shelling", "explosion"}


def _carries(d: Draft, chemical: Draft) -> bool:
    """'A jet dropped bombs that released chlorine gas', 'shells filled with chlorine': the
    strike delivers the chemical attack told in its clause; one event, a chemical weapon's."""
    return d.type in CARRIERS and chemical.type == "chemical_attack" and _path_length(d.head, chemical.head, limit=4) is not None


def _attach_quantities(ctx: _Context, drafts: list[Draft]) -> None:
    """Each quantity joins the event nearest to it in the parse of its sentence."""
    doc = ctx.doc
    for q in doc._.quantities or []:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        best = None
        for d in drafts:
            for head in [d.head, *d.merged]:
                dist = _path_length(tok, head, limit=8)
                if dist is None:
                    continue
                score = dist - (2 if q.kind in ("fatalities", "injured") and d.type in VIOLENT else 0) - (2 if q.kind == "money" and d.type == "bribery_extortion" else 0)
                key = (score, abs(head.i - tok.i))  # a tie in the parse goes to the trigger nearer in the text
                if best is None or key < best[0]:
                    best = (key, d)
        if best is not None:
            best[1].quantities.append(q)


def _attach_orphan_tolls(events: list[Event], ctx: _Context) -> None:
    """'An air strike killed 28 people in Idlib. Four children are among the dead.' A toll in a
    sentence that names no event belongs to the violent event of the sentence just before it."""
    doc = ctx.doc
    attached = {id(q) for e in events for q in e.quantities}
    for q in doc._.quantities or []:
        if q.kind not in ("fatalities", "injured") or q.cumulative or id(q) in attached:
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.root.sent
        if any(sent.start_char <= e.start < sent.end_char for e in events):
            continue  # its own sentence has an event; the parse kept them apart
        if sent.start == 0:
            continue
        previous = doc[sent.start - 1].sent
        para = ctx.paragraph_of_char(q.start)
        before = [e for e in events if previous.start_char <= e.start < previous.end_char
                  and ctx.paragraph_of_char(e.start) == para and _harmful(e)]
        if AMONG_THE_DEAD.search(sent.text) and not any(_tolls(e) for e in before):
            # "Nine boys were among the dead": the toll told last, not a strike told without one
            told = [e for e in events if e.start < sent.start_char and _harmful(e) and _tolls(e)
                    and ctx.paragraph_of_char(e.start) == para and ctx.sentence_of(q.start) - ctx.sentence_of(_last_told(e)) <= DEAD_REACH]
            before = sorted(told, key=_last_told)[-1:] or before
        if before:
            _join_running_tolls(before[-1], [q])
            before[-1].quantities.append(q)


AMONG_THE_DEAD = re.compile(r"(?i)\b(?:among|of) the (?:dead|killed|victims)\b")


def _tolls(e: Event) -> list[Quantity]:
    return [q for q in e.quantities if q.kind == "fatalities" and not q.cumulative]


def _place(ctx: _Context, d: Draft) -> tuple[str | None, bool]:
    """The most specific place in the event's clause, then its participants' description; and
    whether it is named only as the point the scene lies some way from."""
    speakers = _speakers(ctx, d.head.sent)
    bystander_tokens = set().union(*(toks for aid, toks in ctx.description_tokens.items() if aid in speakers)) if speakers else set()
    bystander_tokens |= _speaker_phrases(d.head)
    agents: set[int] | None = None  # read only when a country is named in the sentence
    bearings: set[str] = set()
    candidates: list[tuple[int, int, str]] = []
    sent = d.head.sent
    heads = [d.head, *d.merged]
    for tok in span_tokens(sent):
        pid = ctx.place_at.get(tok.i)
        if pid is None or tok.i in bystander_tokens:
            continue
        country = ctx.place_feature.get(pid) == "country"
        if country and tok.dep_ in ("compound", "amod", "poss") and tok.head in heads:
            continue  # "US strikes", "Turkish shelling": the country carried the attack out
        if country and tok.dep_ in ("compound", "amod") and (counts_people(tok.head) or tok.head.lemma_.lower() in OWNED):
            continue  # "targeting U.S. warships", "Russian troops": whose, not where
        if country and agents is None:
            agents = {t.i for head in heads for t in _agent_tokens(head)}
        if country and (tok.i in agents and not _where_in(tok) or tok.dep_ == "nsubj"):
            continue  # "bombardment by the regime and its ally Russia", "Russia called for …": an actor, not a scene
        if acts_for_a_government(tok):
            continue  # "Moscow said", "as Moscow launched one of its biggest barrages": who spoke or waged it, not where
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("border", "neighbour", "neighbor") or _across_a_border(tok):
            continue  # "a district bordering Chad", "near the border with Niger": the place it borders is not the scene
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in OUTLAWED:
            continue  # "fighters of a group outlawed in Canada": where the law holds, not the scene
        if any(_told_after(h, tok) for h in heads):
            continue  # "the attack came a week after shelling killed six near Hodeidah": the earlier event's scene
        name = _name_head(tok)
        if name.dep_ == "pobj" and name.head.lower_ in ("toward", "towards") and name.head.head not in heads:
            continue  # "while the rest fled towards Tal Tamr": where they went, not where it happened
        if country and (name.dep_ == "pobj" and name.head.lower_ == "between" or name.dep_ == "conj" and name.head.dep_ == "pobj"
                        and name.head.head.lower_ == "between"):
            continue  # "a truce agreed between Turkey and Russia": its parties, not a scene
        if _where_treated(tok, heads):
            continue  # "the hurt were rushed to hospitals in Dnipro": where they were cared for
        dist = min((x for x in (_path_length(tok, h, limit=10) for h in heads) if x is not None), default=None)
        if dist is None:
            dist = 20 + abs(tok.i - d.head.i) // 5
        elif _through_another_event(tok, heads, ctx.event_heads):
            dist += 3  # "rockets killed ten in Aden while air strikes on Mukalla killed 40": Aden is the rockets
        rank = FEATURE_RANK.get(ctx.place_feature[pid], 3) if ctx.place_feature.get(pid) else -5  # unresolved names last
        if _reference_point(tok):
            dist += REFERENCE_PENALTY
            bearings.add(pid)
        candidates.append((dist, -rank, pid))
    if not candidates:
        return None, False
    if any(ctx.place_country.get(pid) for _, _, pid in candidates):
        # "the Middle East", "the Mediterranean": a region of no one country is no scene beside a place in one
        candidates = [c for c in candidates if ctx.place_country.get(c[2]) or ctx.place_feature.get(c[2]) != "natural"]
    candidates.sort()
    best_dist = candidates[0][0]
    close = [c for c in candidates if c[0] <= best_dist + 2]
    close.sort(key=lambda c: (c[1], c[0]))
    return close[0][2], close[0][2] in bearings


REFERENCE_PENALTY = 5  # a place the scene is measured from yields to any place the scene is in
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})


def _reference_point(tok: Token) -> bool:
    """'a checkpoint north of Baghdad', 'the town of Sake, 25 km west of Goma': a place named as
    the point a scene lies some way from, not the scene."""
    name = _name_head(tok)
    return name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lower_ in BEARINGS


def _across_a_border(tok: Token) -> bool:
    """'near the border with Jordan': the country on the far side of a border."""
    name = _name_head(tok)
    return name.dep_ == "pobj" and name.head.lower_ == "with" and name.head.head.lemma_.lower() in ("border", "frontier")


OWNED = frozenset({"warship", "ship", "vessel", "jet", "warplane", "aircraft", "drone", "tank", "force", "troop", "base", "embassy"})


def _repelled(head: Token) -> bool:
    """An attack told as repelled or fought off ('repelled an attack', 'beat back an assault')."""
    if head.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    return lemma in ("repel", "repulse") or lemma in ("beat", "fend", "fight") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "off") for c in verb.children)


def _name_head(tok: Token) -> Token:
    """The last word of the name `tok` is in ("Tal" in "towards Tal Tamr"), where the phrase hangs."""
    while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.text[:1].isupper():
        tok = tok.head
    return tok


CARE = frozenset({"hospital", "clinic", "infirmary"})
CARRIED = frozenset({"take", "rush", "transfer", "evacuate", "transport", "airlift"})  # "taken to …"
TREATED = frozenset({"treat", "admit", "hospitalise", "hospitalize"})  # "treated in …"


def _where_treated(tok: Token, heads: list[Token]) -> bool:
    """A place the hurt were taken to or treated in ("taken to hospitals in Dnipro", "rushed to
    Beirut"), not where they were hurt; a hospital hit in a place is no such place."""
    if tok.dep_ != "pobj":
        return False
    prep, governor = tok.head.lower_, tok.head.head
    lemma = governor.lemma_.lower()
    if lemma in CARE and governor.dep_ == "pobj" and prep in ("in", "at"):
        return _where_treated(governor, heads)
    if governor in heads:
        return False
    return lemma in CARRIED and prep == "to" or lemma in TREATED and prep in ("in", "at", "to")


def _where_in(tok: Token) -> bool:
    """A country named as where a doer is ("the war in Yemen has killed …"), not as a doer."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "across", "throughout")


def _through_another_event(tok: Token, heads: list[Token], event_heads: set[int]) -> bool:
    """Whether the parse joins `tok` to the event only through another event's trigger."""
    own = {h.i for h in heads}
    above = [t.i for t in [tok, *tok.ancestors]]
    for h in heads:
        up = [t.i for t in [h, *h.ancestors]]
        meet = next((i for i in above if i in up), None)
        if meet is None:
            continue
        path = above[: above.index(meet) + 1] + up[: up.index(meet)]
        if not any(i in event_heads and i not in own for i in path):
            return False
    return True


OUTLAWED = {"ban", "outlaw", "proscribe", "prohibit", "designate", "list"}


def _speech_subjects(sent: Span, telling_only: bool = False):
    """Who speaks in the sentence: the subjects of its speech verbs; with `telling_only`, not of a
    speech verb used for something else ("claimed the lives of 80")."""
    for tok in span_tokens(sent):
        if tok.lemma_.lower() not in SPEECH_VERBS:
            continue
        deps = {child.dep_ for child in tok.children}
        if telling_only and "dobj" in deps and "ccomp" not in deps:
            continue
        yield from (child for child in tok.children if child.dep_ in ("nsubj", "nsubjpass"))
        yield from subject_left_behind(tok)  # the words of a speaker the parser hung on the clause before


def _speaker_phrases(head: Token) -> set[int]:
    """The words of who speaks in the event's sentence ("the defence ministry in Moscow said"):
    where a speaker sits is not where what it tells of happened, unless the event is told inside
    that phrase itself."""
    out: set[int] = set()
    for subject in _speech_subjects(head.sent, telling_only=True):
        words = {t.i for t in subject.subtree}
        if head.i not in words:
            out |= words
    for tok in span_tokens(head.sent):
        if tok.lower_ == "to" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "according" and head.i not in {t.i for t in tok.subtree}:
            out |= {t.i for t in tok.subtree}  # "according to Ukraine's air force": who says so, not where
    return out


def _speakers(ctx: _Context, sent: Span) -> set[str]:
    """Actors who speak in this sentence: the places in their descriptions say who they are,
    not where the events they tell of happened."""
    return {ctx.actor_at[t.i] for subject in _speech_subjects(sent) for t in subject.subtree if t.i in ctx.actor_at}


def _participant_tokens(d: Draft) -> list[Token]:
    toks = list(_agent_tokens(d.head))
    for child in d.head.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "nsubj"):
            toks.extend(child.subtree)
    return toks


def _event_date(d) -> EventDate:
    return EventDate(text=d.text, start=d.start, end=d.end, precision=d.precision, ref=d.id, reason=d.reason)


def _date(ctx: _Context, d: Draft) -> EventDate | None:
    sent = d.head.sent
    best = None
    told_before = False
    for when in ctx.dates:
        if sent.start_char <= when.start_char < sent.end_char:
            if when.value == "FUTURE_REF" and "future" in when.text.lower() and not _modality(d)[2]:
                continue  # "cast doubt on the future of the talks": what has happened is not to come
            span = ctx.doc.char_span(when.start_char, when.end_char, alignment_mode="expand")
            if span is not None and _dates_the_saying(span.root, d.head):
                continue  # "… killed 14 people, officials said on Monday": the day it was told
            if span is not None and _in_clause_of_another(span.root, d.head):
                continue  # "carried out by the gang, which has been fighting since May": the gang's fighting
            if span is not None and _across_a_contrast(span.root, d.head):
                continue  # "lost its last town in 2019, but its cells still launch attacks": not the attacks' year
            if span is not None and _one_after_other(span.root, d.head):
                told_before = True
                continue  # "days after the attack, five were killed on Saturday": not the attack's day
            dist = _path_length(span.root, d.head, limit=10) if span is not None else None
            key = (dist if dist is not None else 30, abs(when.start_char - d.head.idx))
            if when.value in ("PRESENT_REF", "FUTURE_REF", "PAST_REF") and when.start is None and when.end is None and not when.reason:
                key = (key[0] + 20, key[1])
            if best is None or key < best[0]:
                best = (key, when)
    d.told_before = best is None and told_before
    return _event_date(_finer_beside(ctx, best[1])) if best else None


def _finer_beside(ctx: _Context, when: DateExpr) -> DateExpr:
    """'in May last year': the month told right before the year it falls in is the finer date."""
    text = text_of(ctx.doc)
    for other in ctx.dates:
        if other.end_char <= when.start_char and re.fullmatch(r"\s*(of\s+)?", text[other.end_char : when.start_char]) \
                and other.start and when.start and when.end and when.start <= other.start and other.end <= when.end \
                and (other.start, other.end) != (when.start, when.end):
            return other
    return when


def _across_a_contrast(when: Token, head: Token) -> bool:
    """A time and an event on either side of a 'but' that joins two clauses."""
    lo, hi = sorted((when.i, head.i))
    return any(t.lower_ in ("but", "yet") and t.dep_ == "cc" and t.head.pos_ in ("VERB", "AUX") for t in when.doc[lo:hi])


def _in_clause_of_another(when: Token, head: Token) -> bool:
    """A time inside a relative or participle clause on another noun than the event's, which it
    does not hold ("attacks despite a truce agreed in 2018")."""
    for clause in when.ancestors:
        if clause.dep_ == "relcl" or clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ == "dobj" for c in clause.children):  # (not "the coalition killed 12", parsed as a clause on it)
            return clause.head.i != head.i and not any(t.i == head.i for t in clause.subtree)
    return False


def _dates_the_saying(when: Token, head: Token) -> bool:
    """A time that hangs on a verb of saying, told after it ("said on Monday", "told reporters on
    Sunday") or before all it says ("Earlier this month the army said …"), dates the telling, not
    the event told; one told within what was said ("killed 11 people on Tuesday, an aid group
    said") is the event's, wherever the parser hangs it."""
    verb = when.head.head if when.dep_ == "pobj" and when.head.dep_ == "prep" else when.head if when.dep_ == "npadvmod" else None
    if verb is None or verb.i == head.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    told = [c for c in verb.children if c.dep_ == "ccomp"]
    return verb.i < when.i or bool(told) and when.i < min(c.left_edge.i for c in told)


def _actors(ctx: _Context, d: Draft) -> list[EventActor]:
    roles: dict[str, str] = {}
    for head in [d.head, *d.merged]:
        for tok in _agent_tokens(head):
            aid = ctx.actor_at.get(tok.i) or _speaker_of_pronoun(ctx, tok) or _owner_of_pronoun(ctx, tok)
            if aid and aid not in roles and not _named_but_not_by_its_doer(ctx, aid, tok) and tok.i not in ctx.credit_tokens:
                roles[aid] = "agent"
    counterparts = set()  # "killed in clashes with rebels": the other side fought too, after the subject

    def fighters(tokens) -> list[str]:
        """The armed bodies and states among `tokens` not yet given a role, each made an agent."""
        found = []
        for tok in tokens:
            aid = ctx.actor_at.get(tok.i)
            if aid and aid not in roles and ctx.actor_kind.get(aid) in ("armed_group", "state"):
                roles[aid] = "agent"
                found.append(aid)
        return found

    if d.type == "armed_clash":
        for head in [d.head, *d.merged]:
            if _repelled(head):  # "troops repelled an attack by jihadists": those who fought it off fought too
                fighters(t for c in head.head.children if c.dep_ in ("nsubj", "agent") for t in c.subtree)
            if head.dep_ == "pobj" and head.head.lower_ in ("after", "following", "during", "amid", "in") and head.head.head.pos_ == "VERB":
                # "troops recaptured the town after clashes with rebels": who took it fought the clashes
                fighters(t for c in head.head.head.children if c.dep_ == "nsubj" for t in c.subtree)
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"):
                counterparts.update(fighters(prep.subtree))
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "between"):
                fighters(prep.subtree)  # "clashes between rebels and government forces": both sides fought
    for head in [d.head, *d.merged]:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "by") and d.type == "air_strike"):
            for tok in prep.subtree:  # "the air strikes of the Sudanese Air Force": an air arm's strikes are its own
                aid = ctx.actor_at.get(tok.i)
                if aid and aid not in roles and air_arms().search(ctx.actor_name.get(aid, "")):
                    roles[aid] = "agent"
        undergoers = [_before_sequence(child) for child in head.children
                      if child.dep_ in ("dobj", "nsubjpass") and not _subject_after_sequence(head, child) or (child.dep_ == "prep" and child.lower_ in ("on", "against", "of", "at") and not _when(child))
                      or child.dep_ == "nsubj" and (head.lemma_.lower() in SUFFERED or _headline_passive(head))]
        if head.dep_ == "acl" and head.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in head.children):
            undergoers.append(_noun_phrase(head.head))  # "19 civilians killed in air strikes", not "a source [that troops had shot …]"
        speaking: set[int] | None = None  # read only when an actor is among those it befell
        for tokens in undergoers:
            for tok in tokens:
                aid = ctx.actor_at.get(tok.i)
                if not aid or aid in roles:
                    continue
                speaking = _speaker_phrases(head) | ctx.credit_tokens if speaking is None else speaking
                if tok.i not in speaking:
                    kind = ctx.actor_kind.get(aid)
                    if kind == "media" and (_in_credit_line(ctx, tok) or _in_dateline(ctx, tok)) or _credited_in_headline(ctx, tok):
                        continue  # "… kills 9 State media AFP Monday 28 Mar", "DUBAI (Reuters) -": outlets credited, not hit
                    roles[aid] = "victim" if kind in ("population", "person") or d.type in ("killing", "fatalities", "execution", "abduction", "detention", "arrest") else "target"
    order = {aid: n for n, aid in enumerate(roles)}
    rank = {aid: (role != "agent", aid in counterparts, _agent_rank(ctx, (aid, role)), order[aid]) for aid, role in roles.items()}
    return [EventActor(actor=aid, role=role) for aid, role in sorted(roles.items(), key=lambda item: rank[item[0]])]


def _in_credit_line(ctx: _Context, tok: Token) -> bool:
    """An outlet named in a credit line run into the text, right before the date of its report
    ("State TV Reuters Sunday 27 Mar 2022")."""
    doc = ctx.doc
    i = tok.i + 1
    while i < len(doc) and (ctx.actor_kind.get(ctx.actor_at.get(i, "")) == "media"):
        i += 1
    return i < len(doc) and doc[i].ent_type_ == "DATE" and doc[i].ent_iob_ == "B"


def _credited_in_headline(ctx: _Context, tok: Token) -> bool:
    """Who a headline credits at its end: after a dash ("Rebels shell Damascus, killing 4 - state
    TV"), or a monitor or activists run on after its words ("Jets strike market in Taiz, killing 9 monitor")."""
    doc = ctx.doc
    aid = ctx.actor_at.get(tok.i)
    first = tok.i
    while first > 0 and ctx.actor_at.get(first - 1) == aid:
        first -= 1
    if not ctx.in_title(tok.idx) or first == 0:
        return False
    rest = list(takewhile(lambda t: ctx.in_title(t.idx), doc[first:]))
    if not all(ctx.actor_at.get(t.i) == aid or t.is_space or t.is_punct for t in rest):
        return False  # not to the headline's end
    last = next((t for t in reversed(rest) if not (t.is_space or t.is_punct)), None)
    crediting = last is not None and last.lemma_.lower() in CREDIT_WORDS
    if doc[first - 1].text in ("-", "–", "—"):
        return crediting or ctx.actor_kind.get(aid) == "media"
    return crediting and any(t.pos_ == "VERB" and ctx.in_title(t.idx) for t in doc[:first])


CREDIT_WORDS = frozenset({"monitor", "activist", "activists", "observatory", "medic", "medics", "rescuer", "rescuers", "report"})


def _in_dateline(ctx: _Context, tok: Token) -> bool:
    """A word of the dateline that opens the report ("DUBAI, April 18 (Reuters) -")."""
    return in_dateline(ctx.doc, tok.idx)


def _before_sequence(tok: Token) -> list[Token]:
    """The words of a phrase, less those of a phrase of sequence within it ("… after a Houthi
    attack"), which tell of another event and whom it involved, and those of what its people were
    accused of ("nine men accused of spying for the Kurdish forces")."""
    skipped: set[int] = set()
    for t in tok.subtree:
        if t.i not in skipped and t.i != tok.i and (t.lower_ in SEQUENCE and t.dep_ in ("prep", "mark")
                                                     or t.dep_ == "acl" and t.lemma_.lower() in BLAMING | {"charge", "allege"}):
            skipped.update(x.i for x in t.subtree)
    return [t for t in tok.subtree if t.i not in skipped]


def _when(prep: Token) -> bool:
    """'on Tuesday', 'at dawn': a preposition of time, whose words are no one the event befell."""
    after = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return after is not None and after.ent_type_ in ("DATE", "TIME") or any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _named_but_not_by_its_doer(ctx: _Context, aid: str, tok: Token) -> bool:
    """An actor among an event's agent words who did not carry it out: an outlet, a neutral body
    qualifying it."""
    return ctx.actor_kind.get(aid) == "media" or _bystander_modifier(ctx, aid, tok)


OWNER_REACH = 5  # steps up the tree from an event to the clause whose subject owns it


def _subject_words(subject: Token, verb: Token) -> list[Token]:
    """The words of a subject told before its verb, not what the parser hangs on it past the verb
    ("Rebels seize town, 17 civilians killed": the civilians are no part of who seized it), nor
    who backs it ("the operation, backed by the coalition, killed …", "Turkish-backed fighters")."""
    backers = {t.i for c in subject.subtree if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in BACKING for t in c.subtree}
    return [t for t in subject.subtree if (subject.i > verb.i or t.i < verb.i) and t.i not in backers]


def _owner_of_pronoun(ctx: _Context, tok: Token) -> str | None:
    """'The coalition defended its air strikes on Saada, which killed 20 people, as …': the
    owner of an event told with 'its' or 'their' is the armed body or state that is subject of a
    clause above it; a subject of another kind ends the search ("HRW criticised the army over its
    shelling" stays unread)."""
    if tok.lower_ not in ("its", "their") or tok.dep_ != "poss":
        return None
    node = tok.head
    for _ in range(OWNER_REACH):
        if node.head is node:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj" and tok not in c.subtree), None)
        if subject is None:
            continue
        return _armed_body_in(ctx, subject)
    return None


def _armed_body_in(ctx: _Context, subject: Token) -> str | None:
    """The actor a subject phrase names first, when it is an armed body or a state (past a dateline
    the parser hung on the subject: "Hasakah, Syria (Reuters) - Kurdish-led forces said")."""
    ids = [ctx.actor_at[t.i] for t in subject.subtree if t.i in ctx.actor_at and not _in_dateline(ctx, t)]
    return ids[0] if ids and ctx.actor_kind.get(ids[0]) in ("armed_group", "state") else None


def _speaker_of_pronoun(ctx: _Context, tok: Token) -> str | None:
    """'The army said it killed 40 fighters', 'the group announced they had carried out the
    attack', 'the army said its artillery killed 30': the pronoun subject (or the owner of the
    subject) of what a speaker tells is the speaker."""
    if tok.lower_ in ("its", "their", "our") and tok.dep_ == "poss" and tok.head.dep_ == "nsubj":
        tok = tok.head
    elif tok.lower_ not in ("it", "they", "we") or tok.dep_ != "nsubj":
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or not _speaks(verb):
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if (aid := _armed_body_in(ctx, subject)) is not None:
            return aid
    return None


HOLDING = frozenset({"hold", "control", "run", "occupy", "dominate", "besiege", "encircle"})


def _headline_passive(verb: Token) -> bool:
    """'Three Commanders Killed in Blast': a past participle with a subject and no auxiliary is a
    headline's passive, not an act of its subject; so is "killed" with nothing killed after it,
    which the tagger reads as a past tense after a clause ("Rebels seize town, 17 civilians killed"),
    also when the parser joins it to that clause."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children) and in_headline(verb):
        return True  # "Army Retakes Villages, Dozens of Militants Killed": the headline's second clause
    if verb.dep_ != "ROOT":
        return False
    if verb.tag_ == "VBN":  # ("Rebels responded by firing rockets", tagged as a participle: no passive)
        return in_headline(verb) or verb.lemma_.lower() in HEADLINE_TOLL_VERBS
    return verb.tag_ == "VBD" and verb.lemma_.lower() in HEADLINE_TOLL_VERBS \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") and c.i > verb.i for c in verb.children) and in_headline(verb)


HEADLINE_TOLL_VERBS = frozenset({"kill", "wound", "injure"})


def _opposed(tok: Token) -> bool:
    """'anti-IS air strikes': the group named after "anti-" is what the strikes are against."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti"


def _holder(tok: Token) -> bool:
    """'strikes on Houthi-held Hodeidah', 'rebel-controlled areas': who holds the place hit is no agent."""
    verb = tok.head
    return (verb.tag_ == "VBN" and verb.lemma_.lower() in HOLDING and tok.i < verb.i
            and any(t.text == "-" for t in tok.doc[tok.i + 1 : verb.i])) or _holder_unhyphenated(tok)


def _holder_unhyphenated(tok: Token) -> bool:
    """'shelling on the government held part of the city': the hyphen lost, the parser reads a
    clause ('the government held …'); the place noun after the participle shows it is a holder."""
    doc = tok.doc
    if tok.dep_ in ("nsubj", "nsubjpass") or tok.i + 2 >= len(doc):
        return False
    verb = doc[tok.i + 1]
    if verb.lemma_.lower() not in HOLDING or not verb.lower_.endswith(("ed", "held", "run")):
        return False
    after = next((t for t in doc[verb.i + 1 : verb.i + 4] if t.pos_ not in ("ADJ", "DET")), None)
    return after is not None and (after.pos_ == "PROPN" or after.lemma_.lower() in PLACE_NOUNS)


def _bystander_modifier(ctx: _Context, aid: str, tok: Token) -> bool:
    """'a UN convoy attack', 'an ICRC warehouse shelling': a neutral body (the UN, a monitor, an aid
    group) qualifying an attack is what it hit or who counts it, never who carried it out."""
    return ctx.actor_side.get(aid) == "neutral" and ctx.actor_kind.get(aid) == "organization" and tok.dep_ in ("compound", "amod", "nmod", "appos")


def _agent_rank(ctx: _Context, item: tuple[str, str]) -> int:
    """Agents first, and among them those the text shows to be armed or on a side, a named group
    before a common noun ("the Islamic State" before "jihadists"): the actor a coder would put in
    ACLED's actor1 column. Then those it befell, then what it was aimed at."""
    aid, role = item
    if role != "agent":
        return {"victim": 4, "target": 5}.get(role, 6)
    if ctx.actor_kind.get(aid) in ARMED or ctx.actor_side.get(aid, "unknown") != "unknown":
        state = ctx.actor_kind.get(aid) == "state" and ctx.actor_side.get(aid, "unknown") in ("government", "pro_government")
        return 1 if aid in ctx.anonymous and not state else 0  # "the regime", "the army": one state's forces, as good as a name
    return 2 if ctx.actor_kind.get(aid) != "population" else 3


def _share_headline_agents(events: list[Event], ctx: "_Context") -> None:
    """'Regime air strikes kill 25 in Hama' over a lede that tells the same strikes without naming
    who: the headline and the lede are one incident, so they share who carried it out."""
    title = [e for e in events if ctx.in_title(e.start) and not e.negated]
    lede = [e for e in events if not ctx.in_title(e.start) and ctx.paragraph_of_char(e.start) <= 2 and not e.negated]
    for a in title:
        for b in lede:
            if not (a.type == b.type or _harmful(a) and _harmful(b)):
                continue
            if a.place and b.place and a.place != b.place and not ctx.nested(a.place, b.place):
                continue
            for src, dst in ((a, b), (b, a)):
                if not any(x.role == "agent" for x in dst.actors) and id(dst) not in ctx.own_perpetrator:
                    _lend_agents([x for x in src.actors if x.role == "agent"], dst)


LEDE_SENTENCES = 3


def _lend_headline_agents(events: list[Event], ctx: "_Context", parse: Callable[[str], Doc]) -> None:
    """'Regime forces drop vacuum bomb on Idlib' over 'Five people were killed in the attack': the
    perpetrator a separate headline names, when the text names that actor too, carried out the
    lede's attacks that name no one (see `headline`)."""
    doc = ctx.doc
    title = ((doc._.meta or {}).get("title") or "").strip()
    if not title or _folded(title) in _folded(text_of(doc)[: len(title) + 80]):
        return  # no headline, or the text opens with it and was read there
    waiting = [e for e in events if _harmful(e) and e.type not in ("armed_clash", "offensive") and not e.planned
               and e.start < ctx.lede_end and not any(x.role == "agent" for x in e.actors)  # a clash has two sides
               and id(e) not in ctx.own_perpetrator]
    if not waiting:
        return
    proper = {t.text for t in doc if t.is_title and not t.is_sent_start}
    headline = parse(sentence_case(title, proper))
    for match in find_triggers(headline):
        head = _trigger_head(match.tokens)
        if match.trigger.type not in GENERIC_VIOLENT | SPECIFIC_VIOLENT or _planned(head) \
                or any(c.dep_ == "neg" for t in _governing(head) for c in t.children):
            continue
        named = [t for t in _agent_tokens(head) if t.is_alpha and t.pos_ in ("PROPN", "NOUN", "ADJ")]
        # "Syrian regime forces": the regime, not any Syrian actor (a nationality names a side only alone)
        words = {t.lower_ for t in named if t.pos_ != "ADJ"} or {t.lower_ for t in named}
        actor = named_actor(words, doc._.actors or [], ARMED, doc._.places or []) if words else None
        if actor is not None:
            for event in waiting:
                _lend_agents([EventActor(actor=actor.id, role="agent")], event)
        return  # the headline's first attack is the one its lede tells


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def _lend_agents(agents: list[EventActor], dst: Event) -> None:
    """Put `agents` first among `dst`'s actors, each actor once."""
    known = {x.actor for x in dst.actors}
    dst.actors[:0] = [EventActor(actor=x.actor, role="agent") for x in agents if x.actor not in known]


_CAMP = {"government": "government", "pro_government": "government", "opposition": "opposition",
         "pro_opposition": "opposition", "other_armed": "other_armed"}


def _share_incident_agents(events: list[Event], ctx: "_Context") -> None:
    """'Regime air strikes hit Aleppo on Saturday … the shelling killed 51 civilians': a violent
    event that names no perpetrator, told at the same place on the same day as attacks whose
    perpetrators are all on one side, is most likely one of them. Where the attacks that day
    there come from more than one side, nothing is inferred."""
    def violent(e: Event) -> bool:
        return _harmful(e) and not e.planned and e.type not in ("armed_clash", "offensive")  # a clash has two sides; a plan is no act

    def agents(e: Event) -> list[EventActor]:
        return [x for x in e.actors if x.role == "agent" and _CAMP.get(ctx.actor_side.get(x.actor, ""))]

    # an attack told as coming before another ("days after the attack, a woman was killed") is
    # a past incident, not one of the day's: it lends no perpetrator
    # nor does a reply to an attack ("the army responded, killing several gunmen"): its doers are the other side
    givers = [e for e in events if violent(e) and agents(e) and id(e) not in ctx.before_another and not _in_response(ctx, e)]
    for event in events:
        if not violent(event) or not event.place or any(x.role == "agent" for x in event.actors) or id(event) in ctx.own_perpetrator \
                or _running_total(event):
            continue  # (a running total since the war began is no incident of the day)
        same = [g for g in givers if g.place and (g.place == event.place or ctx.nested(g.place, event.place))
                and not _apart_in_time(g.date, event.date) and not _told_in_sequence(ctx, g, event)]
        camps = {_CAMP[ctx.actor_side[x.actor]] for g in same for x in agents(g)}
        if len(camps) != 1:
            continue
        _lend_agents(agents(min(same, key=lambda g: abs(g.start - event.start))), event)


def _modality(d: Draft) -> tuple[bool, bool, bool]:
    """(negated, hedged, planned) from the words that govern the event's trigger in its clause."""
    if d.modality is None:
        d.modality = _read_modality(d.head)
    return d.modality


ASIDES = frozenset({"comment", "claim"})  # words on an attack by those who may have made it
LASTING = frozenset({"stop", "cease", "end", "halt", "abate", "subside", "ease"})  # whether an act went on, not whether it was


def _read_modality(head: Token) -> tuple[bool, bool, bool]:
    table = modality()
    negated = hedged = False
    chain = _governing(head)
    for n, tok in enumerate(chain):
        if tok is not head and head.pos_ == "NOUN" and (tok.pos_ == "VERB" and tok.lemma_.lower() in ASIDES | LASTING
                                                        or tok.pos_ == "NOUN" and tok.lemma_.lower() in ASIDES
                                                        and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)):
            break  # "has not commented on the attack", "no one claimed the blast", "there was no claim for the attack",
            # "the shelling did not stop": it was made (but "have not reported on the claims of conscription" denies)
        if n and chain[n - 1].dep_ == "conj" and _speaks(chain[n - 1]):
            break  # "denied that civilians were hit and said the jets had struck a camp": what it said stands
        if n and _speaks(chain[n - 1]) and any(c.dep_ == "nsubj" for c in chain[n - 1].children) \
                and any(t.text == ";" for t in head.doc[min(chain[n - 1].right_edge.i, tok.i) : max(chain[n - 1].left_edge.i, tok.i)]):
            break  # "Rebels say jets hit the market; the army denies": the denial is of another's claim
        for child in tok.children:
            word = child.lemma_.lower()
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "aux", "det") and table.get(word) == "negated" and word in ("never", "no")):
                negated = True
            if table.get(word) == "hedged" and child.dep_ in ("advmod", "aux", "amod"):
                hedged = True
        if tok is not head and table.get(tok.lemma_.lower()) == "hedged" and tok.pos_ == "VERB":
            hedged = True
        if tok is not head and tok.lemma_.lower() in ("deny",):
            negated = True
    if any(c.dep_ == "nsubjpass" and _nobody(c) for c in head.children):
        negated = True  # "no one was killed", "none of the crew were hurt"
    return negated, hedged, _planned(head)


def _speaks(verb: Token) -> bool:
    """A verb of saying ("said", "says", "told"), as the quote cues class it."""
    return cue_verbs().get(verb.lemma_.lower()) == "speech"


NOBODY = frozenset({"nobody", "none", "noone"})


def _nobody(subject: Token) -> bool:
    """'no one', 'nobody', 'none of the crew', 'no civilians': a subject that names no one."""
    return subject.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _governing(head: Token) -> list[Token]:
    """The trigger and the words above it, up to its clause's main verb; an adverbial or relative
    clause or an embedded question keeps its own polarity ("no one was hurt when the shells hit",
    "did not know who fired the shells", "did not comment on the raid, which killed four": the
    shells did hit, someone did fire them, the raid did kill)."""
    chain = [head]
    t = head
    for _ in range(4):
        if t.head == t or t.dep_ in ("advcl", "relcl") or t.dep_ == "ccomp" and _asks(t):
            break
        t = t.head
        chain.append(t)
        if t.pos_ == "VERB" and t.dep_ == "ROOT":
            break
    return chain


QUESTION_WORDS = frozenset({"who", "whom", "whose", "what", "which", "when", "where", "why", "how", "whether", "if"})


def _asks(clause: Token) -> bool:
    """A clause that opens with a question word: 'who fired the shells', 'whether the strike hit'."""
    first = min(clause.subtree, key=lambda t: t.i)
    return first.lower_ in QUESTION_WORDS


def _planned(head: Token) -> bool:
    """'are considering air strikes', 'threatened to shell the town': an act not told as done."""
    table = modality()
    return any(t.pos_ == "VERB" and table.get(t.lemma_.lower()) == "planned" for t in _governing(head)[1:])


def _sentence_span(tok: Token) -> dict:
    sent = tok.sent
    return {"start": sent.start_char, "end": sent.end_char}
