"""Reports of the same event, linked: one cluster per real-world event, with every claim about it.

Two event reports are the same event when their types are compatible, their places are the same
or one contains the other, their dates overlap (give or take a day) and they come from different
documents. A cluster is `corroborated` when independent sources tell it (different outlets and
claimants; a syndicated copy or a chain citing the same claimant counts once), `disputed` when
its claims disagree (different death tolls, or one side denying), else `single_source`. Death
tolls are kept side by side with ACLED's rule (the lowest reported) and UCDP's low/best/high.

Reports are read in date order and compared only with clusters still open in a sliding window,
so memory stays bounded however large the corpus."""

from __future__ import annotations

import hashlib
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

FAMILY = {
    "armed_clash": "battle", "offensive": "battle", "territorial_change": "battle",
    "air_strike": "remote", "shelling": "remote", "explosion": "remote", "chemical_attack": "remote",
    "attack": "violence", "killing": "violence", "execution": "violence",
    "abduction": "detention", "detention": "detention", "arrest": "detention",
}
GENERIC = {"fatalities", "killing", "body_recovery"}
WINDOW_DAYS = 0


@dataclass
class Cluster:
    id: str = ""
    members: list[dict] = field(default_factory=list)
    start: date | None = None
    end: date | None = None

    @property
    def type(self) -> str:
        specific = [m["type"] for m in self.members if m["type"] not in GENERIC]
        return max(set(specific or [m["type"] for m in self.members]), key=lambda t: (specific + [m["type"] for m in self.members]).count(t))

    @property
    def numbers(self) -> list[float]:
        return [m["fatalities"] for m in self.members if m.get("fatalities") is not None and not m["negated"]]

    def summary(self) -> dict:
        """Status, claims and the numbers as ACLED and UCDP would record them."""
        numbers = self.numbers
        reports = {m["doc_id"] for m in self.members}
        voices = _independent_voices(self.members)
        denied = any(m["negated"] for m in self.members) and any(not m["negated"] for m in self.members)
        disputed = denied or (len(set(numbers)) > 1 and _conflicting(numbers))
        status = "disputed" if disputed else "corroborated" if len(voices) >= 2 else "single_source"
        claims = [
            {"document": m["doc_id"], "event": m["event_id"], "outlet": m.get("outlet"), "sources": m.get("sources") or None,
             "sides": m.get("sides") or None, "fatalities": m.get("fatalities"), "negated": bool(m["negated"]),
             "text": m.get("text")}
            for m in self.members
        ]
        place = next((m for m in self.members if m.get("gazetteer_id")), self.members[0])
        precision = next((m.get("date_precision") for m in self.members if m.get("date_precision")), None)
        acled = next((m.get("acled") for m in self.members if m["type"] == self.type and m.get("acled")), None)
        actors: dict[str, dict] = {}
        for m in self.members:
            for a in m.get("actors") or []:
                actors.setdefault(a["name"], a)
        return {
            "cluster": self.id,
            "type": self.type,
            "status": status,
            "reports": len(reports),
            "independent_sources": len(voices),
            "place": place.get("place_name"),
            "gazetteer_id": place.get("gazetteer_id"),
            "admin1": place.get("admin1"),
            "country": place.get("country"),
            "lat": place.get("lat"),
            "lon": place.get("lon"),
            "date_start": self.start.isoformat() if self.start else None,
            "date_end": self.end.isoformat() if self.end else None,
            "date_precision": precision,
            "feature": place.get("feature"),
            "acled": acled,
            "actors": list(actors.values()),
            "fatalities_reported": sorted(numbers),
            "acled_fatalities": int(min(numbers)) if numbers else 0,
            "ucdp_low": int(min(numbers)) if numbers else 0,
            "ucdp_best": int(statistics.median(numbers)) if numbers else 0,
            "ucdp_high": int(max(numbers)) if numbers else 0,
            "claims": claims,
        }


def _conflicting(numbers: list[float]) -> bool:
    low, high = min(numbers), max(numbers)
    return high - low >= 2 and high > low * 1.1


def _independent_voices(members: list[dict]) -> set[str]:
    """Who independently tells the event: the claimant if the report cites one, else the outlet;
    copies of one text count once."""
    voices: dict[str, str] = {}
    for m in members:
        claimants = [s for s in (m.get("sources") or "").split("|") if s and s != "outlet"]
        voice = claimants[0].lower() if claimants else (m.get("outlet") or m.get("doc_source") or m["doc_id"]).lower()
        voices.setdefault(m.get("text_hash") or m["doc_id"], voice)
    return set(voices.values())


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def types_compatible(ta: str, tb: str) -> bool:
    """Same type, the same family (an air strike one side calls shelling), or a bare death toll
    beside any violent event."""
    if ta == tb:
        return True
    violent = lambda t: t in FAMILY or t in GENERIC  # noqa: E731
    if ta in GENERIC or tb in GENERIC:
        return violent(ta) and violent(tb)
    return FAMILY.get(ta) is not None and FAMILY.get(ta) == FAMILY.get(tb)


def compatible(a: dict, b: dict) -> bool:
    return a["doc_id"] != b["doc_id"] and types_compatible(a["type"], b["type"]) and same_place(a, b)


def same_place(a: dict, b: dict) -> bool:
    ga, gb = a.get("gazetteer_id"), b.get("gazetteer_id")
    if not ga or not gb:
        return False
    if ga == gb or a.get("parent_gid") == gb or b.get("parent_gid") == ga:
        return True
    broad = {"admin1", "country"}
    if (a.get("feature") in broad or b.get("feature") in broad) and a.get("country") == b.get("country"):
        return bool(a.get("admin1")) and a.get("admin1") == b.get("admin1")
    return False


def cluster(rows: Iterable[dict]) -> Iterator[Cluster]:
    """Clusters of event rows given in order of their start date; rows without a date stay alone."""
    open_: list[Cluster] = []
    for row in rows:
        start, end = _day(row.get("date_start")), _day(row.get("date_end") or row.get("date_start"))
        if start is None:
            yield _finish(Cluster(members=[row]))
            continue
        still = []
        for c in open_:
            if c.end is not None and c.end + timedelta(days=WINDOW_DAYS) < start:
                yield _finish(c)
            else:
                still.append(c)
        open_ = still
        home = None
        for c in open_:
            if c.start - timedelta(days=WINDOW_DAYS) <= end and compatible(row, c.members[0]) and not any(m["doc_id"] == row["doc_id"] for m in c.members):
                home = c
                break
        if home is None:
            home = Cluster(start=start, end=end)
            open_.append(home)
        home.members.append(row)
        home.end = max(home.end or end, end)
    for c in open_:
        yield _finish(c)


def _finish(c: Cluster) -> Cluster:
    key = "|".join(sorted(f"{m['doc_id']}#{m['event_id']}" for m in c.members))
    c.id = "c" + hashlib.sha256(key.encode()).hexdigest()[:12]
    return c
