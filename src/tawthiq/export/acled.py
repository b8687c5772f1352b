"""Events as ACLED's CSV: its 31 columns in its order, one row per event (a cluster of reports),
with ACLED's conventions — the lowest reported death toll, disputes in the notes."""

from __future__ import annotations

import csv
import hashlib
from datetime import datetime, timezone
from typing import TextIO

from ..store.store import Filters, Store
from .common import INTER_CODES, country_facts, geo_precision, time_precision

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Riots": "Political violence",
            "Protests": "Demonstrations", "Strategic developments": "Strategic developments"}


def acled_row(c: dict, timestamp: int | None = None) -> dict | None:
    acled = c.get("acled")
    if not acled or not c.get("date_start"):
        return None
    facts = country_facts(c.get("country"))
    agents = [a for a in c.get("actors") or [] if a.get("role") == "agent"]
    others = [a for a in c.get("actors") or [] if a.get("role") != "agent"]
    a1 = agents[0] if agents else None
    a2 = others[0] if others else None
    inter1 = INTER_CODES.get((a1 or {}).get("inter") or "", 0) if a1 else 0
    inter2 = INTER_CODES.get((a2 or {}).get("inter") or "", 0) if a2 else 0
    if a2 and a2.get("kind") in ("population", "person") and not inter2:
        inter2 = 7
    interaction = int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2 else inter1 or inter2
    outlets = sorted({claim.get("outlet") or "" for claim in c["claims"]} - {""})
    notes = " | ".join(sorted({(claim.get("text") or "").strip() for claim in c["claims"]} - {""}))
    if c["status"] == "disputed":
        notes += f" [disputed: reported fatalities {', '.join(str(int(x)) for x in c['fatalities_reported'])}; lowest coded]"
    iso3 = facts.get("iso3") or "XXX"
    return {
        "event_id_cnty": f"{iso3}{int(hashlib.sha256(c['cluster'].encode()).hexdigest()[:8], 16) % 10**7}",
        "event_date": c["date_start"],
        "year": c["date_start"][:4],
        "time_precision": time_precision(c.get("date_precision")),
        "disorder_type": DISORDER.get(acled["event_type"], ""),
        "event_type": acled["event_type"],
        "sub_event_type": acled["sub_event_type"],
        "actor1": (a1 or {}).get("name", ""),
        "assoc_actor_1": "; ".join(a["name"] for a in agents[1:]),
        "inter1": inter1 or "",
        "actor2": (a2 or {}).get("name", ""),
        "assoc_actor_2": "; ".join(a["name"] for a in others[1:]),
        "inter2": inter2 or "",
        "interaction": interaction or "",
        "civilian_targeting": "Civilian targeting" if acled["event_type"] == "Violence against civilians" or inter2 == 7 else "",
        "iso": facts.get("numeric") or "",
        "region": facts.get("region") or "",
        "country": facts.get("name") or c.get("country") or "",
        "admin1": c.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": c.get("place") or "",
        "latitude": c.get("lat") if c.get("lat") is not None else "",
        "longitude": c.get("lon") if c.get("lon") is not None else "",
        "geo_precision": geo_precision(c.get("feature")),
        "source": "; ".join(outlets),
        "source_scale": "",
        "notes": notes,
        "fatalities": c["acled_fatalities"],
        "tags": c["status"],
        "timestamp": timestamp if timestamp is not None else int(datetime.now(timezone.utc).timestamp()),
    }


def write_acled(store: Store, out: TextIO, filters: Filters | None) -> int:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    now = int(datetime.now(timezone.utc).timestamp())
    n = 0
    for c in store.clusters(filters):
        row = acled_row(c, now)
        if row is not None:
            writer.writerow([row[k] for k in COLUMNS])
            n += 1
    return n
