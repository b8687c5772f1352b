"""Events as a UCDP GED-style CSV: best, low and high death estimates from the claims, where and
when precision codes, and the original sources."""

from __future__ import annotations

import csv
from typing import TextIO

from ..store.store import Filters, Store
from .common import country_facts

COLUMNS = ["id", "year", "type_of_violence", "side_a", "side_b", "source_article", "source_original", "where_prec",
           "where_coordinates", "adm_1", "latitude", "longitude", "country", "region", "date_prec", "date_start",
           "date_end", "deaths_civilians", "deaths_unknown", "best", "high", "low", "status"]
WHERE_PREC = {"city": 1, "village": 1, "district": 1, "facility": 1, "admin2": 3, "natural": 5, "admin1": 4, "country": 6}
DATE_PREC = {"day": 1, "time": 1, "range": 2, "week": 2, "month": 3, "quarter": 4, "year": 4}
STATE_BASED = {"state_forces", "external_forces"}


def ucdp_row(c: dict) -> dict | None:
    if not c.get("date_start") or (c.get("acled") or {}).get("event_type") not in (
        "Battles", "Explosions/Remote violence", "Violence against civilians"
    ):
        return None
    agents = [a for a in c.get("actors") or [] if a.get("role") == "agent"]
    targets = [a for a in c.get("actors") or [] if a.get("role") != "agent"]
    civilians = any(a.get("kind") in ("population", "person") for a in targets)
    state = any(a.get("inter") in STATE_BASED for a in agents + targets)
    type_of_violence = 3 if civilians and not any(a.get("kind") in ("state", "armed_group") for a in targets) else 1 if state else 2
    facts = country_facts(c.get("country"))
    return {
        "id": c["cluster"],
        "year": c["date_start"][:4],
        "type_of_violence": type_of_violence,
        "side_a": "; ".join(a["name"] for a in agents),
        "side_b": "; ".join(a["name"] for a in targets),
        "source_article": "; ".join(sorted({claim["document"] for claim in c["claims"]})),
        "source_original": "; ".join(sorted({(claim.get("sources") or claim.get("outlet") or "") for claim in c["claims"]} - {""})),
        "where_prec": WHERE_PREC.get(c.get("feature") or "", 7),
        "where_coordinates": c.get("place") or "",
        "adm_1": c.get("admin1") or "",
        "latitude": c.get("lat") if c.get("lat") is not None else "",
        "longitude": c.get("lon") if c.get("lon") is not None else "",
        "country": facts.get("name") or c.get("country") or "",
        "region": facts.get("region") or "",
        "date_prec": DATE_PREC.get(c.get("date_precision") or "", 5),
        "date_start": c["date_start"],
        "date_end": c.get("date_end") or c["date_start"],
        "deaths_civilians": c["ucdp_best"] if civilians else 0,
        "deaths_unknown": 0 if civilians else c["ucdp_best"],
        "best": c["ucdp_best"],
        "high": c["ucdp_high"],
        "low": c["ucdp_low"],
        "status": c["status"],
    }


def write_ucdp(store: Store, out: TextIO, filters: Filters | None) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    n = 0
    for c in store.clusters(filters):
        row = ucdp_row(c)
        if row is not None:
            writer.writerow(row)
            n += 1
    return n
