"""Choosing the place a name refers to: a transparent ranker in the spirit of CLIFF and Mordecai.

Each candidate gets a score from plain, inspectable parts: how well the name matched, how
prominent the place is (feature and population), whether it lies in the countries and
provinces the rest of the article names, whether a parent cue ("the a-Shaar district of
Aleppo", "Idlib province") agrees, whether it lies in or beside a reading of another name in the
article (a county that holds it, a town next to it), and how close it is to the article's other
places. The
winner must clear a floor; below it the mention is kept with "no gazetteer match" rather than
pinned to a wrong place.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .gazetteer import WORLD_CITY, Candidate
from .normalize import spelling_words

NO_MATCH_BELOW = 0.30

FEATURE_PRIOR = {"country": 1.0, "admin1": 0.8, "admin2": 0.45, "city": 0.55, "district": 0.35, "natural": 0.5,
                 "facility": 0.35, "village": 0.2}


@dataclass
class Mention:
    """One name to resolve, with what its sentence says about it."""

    text: str
    feature_hint: str | None = None  # "admin1" for "Idlib province", "district", "natural" …
    parent_hint: str | None = None  # text of a containing place named beside it
    parent_holds: bool = False  # the text says the parent holds it ("X district of Y", "X in Y"), not a list's comma
    strong: bool = False  # the sentence marks it as a place (NER, a preposition, a place noun)


@dataclass
class Context:
    """What the article as a whole says about where it is."""

    countries: Counter = field(default_factory=Counter)
    admin1s: Counter = field(default_factory=Counter)  # (country, admin1_code)
    counties: Counter = field(default_factory=Counter)  # (country, admin1_code, second-level division's name)
    points: list[tuple[float, float]] = field(default_factory=list)
    linked: frozenset[int] = frozenset()  # candidates that lie in, or hold, a reading of another name in the article


@dataclass
class Choice:
    candidate: Candidate | None
    score: float
    reason: str | None = None
    evidence: float = 0.0  # the uncapped sum the candidate won on


def score(c: Candidate, m: Mention, ctx: Context, parent: Candidate | None) -> float:
    """0..1: how likely `c` is the place `m` names, in this article."""
    return min(1.0, evidence(c, m, ctx, parent))


def evidence(c: Candidate, m: Mention, ctx: Context, parent: Candidate | None) -> float:
    """The sum `score` caps at 1: candidates are ranked on it, so that a name and its kind that
    agree ("Butler County", an admin2) do not hide what the rest of the article says (Kansas)."""
    s = 0.30 * c.similarity
    prominence = FEATURE_PRIOR.get(c.feature, 0.2)
    if c.own_population:
        prominence = max(prominence, min(1.0, math.log10(c.own_population + 1) / 7))
    s += 0.30 * prominence
    total = sum(ctx.countries.values()) or 1
    if c.country and ctx.countries:
        s += 0.25 * (ctx.countries[c.country] / total) + (0.05 if c.country in ctx.countries else 0)
    if c.admin1_code and (c.country, c.admin1_code) in ctx.admin1s:
        s += 0.15 * ctx.admin1s[(c.country, c.admin1_code)] / max(ctx.admin1s.values())
    if c.id in ctx.linked:
        s += 0.10  # "Paris" and "Henry County": the Paris that lies in a Henry County
    if ctx.counties and county_of(c) in ctx.counties:
        s += 0.10  # a town in a county the article names, or the county of a town it names
    if ctx.points and c.lat is not None:
        nearest = min(distance_km(c.lat, c.lon, lat, lon) for lat, lon in ctx.points)
        s += 0.10 * max(0.0, 1 - nearest / 500)
    if m.feature_hint:
        if _feature_agrees(c.feature, m.feature_hint):
            s += 0.25
        elif m.feature_hint in ("admin1", "natural") or c.feature in ("country", "admin1"):
            s -= 0.25  # a province is no town, and a river no village
    if parent is not None:
        if c.parent and c.parent == parent.gid:
            s += 0.35
        elif c.country == parent.country and c.admin1_code and c.admin1_code == parent.admin1_code:
            s += 0.20
        elif c.lat is not None and parent.lat is not None and distance_km(c.lat, c.lon, parent.lat, parent.lon) < 30:
            s += 0.25
        else:
            s -= 0.15
    return max(0.0, s)


CITY_OVER_PROVINCE = 0.06  # score margin within which a province's same-name capital is preferred


def choose(candidates: list[Candidate], m: Mention, ctx: Context, parent: Candidate | None = None) -> Choice:
    """The best candidate, or none with a reason."""
    if not candidates:
        return Choice(None, 0.0, "no gazetteer match")
    if ctx.countries:  # a place in a country the article never points at is meant only by its own name
        candidates = [c for c in candidates if c.country in ctx.countries or parent is not None and c.country == parent.country
                      or _spelt_as(c.name, m.text) and not _hamlet(c) or world_known(c)]
        if not candidates:
            return Choice(None, 0.0, "only near spellings of places in countries the article does not name")
    if parent is not None:  # "the Sina district of Idlib": not a place in a country the article never names
        candidates = [c for c in candidates if c.country == parent.country or c.country in ctx.countries
                      or c.major and not m.parent_holds]  # "Paris, London": a list of world cities
        if not candidates:
            return Choice(None, 0.0, f"no candidate in {parent.name} or the countries the article names")
        if (m.parent_holds and parent.similarity == 1.0
                and (parent.feature in ("admin1", "admin2", "city") or parent.major and parent.feature != "country")):
            # "al-Midan in Damascus" is not Aleppo's al-Midan
            candidates = [c for c in candidates if _within(c, parent)]
            if not candidates:
                return Choice(None, 0.0, f"no candidate in {parent.name}, which the text says holds it")
    ranked = sorted(((evidence(c, m, ctx, parent), c) for c in candidates), key=lambda sc: (-sc[0], -sc[1].population, sc[1].id))
    best_score, best = ranked[0]
    if best.feature == "admin1" and m.feature_hint != "admin1":
        # a province and its capital of the same name: the city is what a bare name usually means
        capital = next(((sc, c) for sc, c in ranked[1:4] if sc > best_score - CITY_OVER_PROVINCE and c.feature == "city"
                        and c.country == best.country and c.admin1_code == best.admin1_code), None)
        if capital:
            best_score, best = capital
    floor = NO_MATCH_BELOW if m.strong else NO_MATCH_BELOW + 0.15
    if best_score < floor:
        return Choice(None, round(best_score, 3), f"no candidate scored above {floor:.2f} (best: {best.name}, {best.country})")
    return Choice(best, round(min(1.0, best_score), 3), evidence=best_score)


def _within(c: Candidate, holder: Candidate) -> bool:
    """`c` lies in `holder`, or close enough to be named as in it (a town on a city's edge)."""
    if c.id == holder.id or c.parent == holder.gid:
        return True
    if c.country != holder.country:
        return False  # a namesake across a border is not in it, however close
    if c.admin1_code and c.admin1_code == holder.admin1_code:
        return True
    return c.lat is not None and holder.lat is not None and distance_km(c.lat, c.lon, holder.lat, holder.lon) < 50


def _hamlet(c: Candidate) -> bool:
    """A village no one counted: abroad, a namesake of some unknown local place is likelier."""
    return c.feature == "village" and not c.own_population


def world_known(c: Candidate) -> bool:
    """A country, a province or a world city, named with no spelling but its own: known anywhere.
    A smaller city abroad is not what a near namesake means (a quarter "al-Hamra" in a Syrian report
    is no town of that name in another country)."""
    return c.similarity == 1.0 and (c.feature in ("country", "admin1") or c.own_population >= WORLD_CITY)


def _spelt_as(written: str, text: str) -> bool:
    """The gazetteer writes the name as the text does, up to case, accents and punctuation
    ("Deir ez-Zor" for "Deir Ezzor", "Windsor" in "Windsor Castle"), not only after dropping
    articles and doubled letters ("Sina" for "al-Sinaah")."""
    name, said = spelling_words(written), spelling_words(text)
    if "".join(name) == "".join(said):
        return True
    return any(said[i : i + len(name)] == name for i in range(len(said) - len(name) + 1))


def county_of(c: Candidate) -> tuple | None:
    """The second-level division a place is or lies in, as the context counts it."""
    name = c.name if c.feature == "admin2" else c.admin2
    return (c.country, c.admin1_code, name) if name else None


def _feature_agrees(feature: str, hint: str) -> bool:
    if hint == "district":
        return feature in ("district", "admin2", "village")
    if hint == "city":
        return feature in ("city", "village")
    if hint == "village":
        return feature in ("village", "city")
    if hint == "admin1":
        return feature == "admin1"
    if hint == "admin2":
        return feature in ("admin2", "admin1")
    return feature == hint


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))
