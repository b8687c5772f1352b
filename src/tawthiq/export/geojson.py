"""A GeoJSON layer of events (one point per cluster of reports) for any map tool, carrying the
GeoNames attribution the place data requires."""

from __future__ import annotations

import json
from typing import TextIO

import orjson

from ..geo.build import ATTRIBUTION
from ..store.store import Filters, Store


def write_geojson(store: Store, out: TextIO, filters: Filters | None) -> int:
    out.write('{"type": "FeatureCollection", "attribution": ' + json.dumps(ATTRIBUTION) + ', "features": [\n')
    n = 0
    for c in store.clusters(filters):
        if c.get("lat") is None or c.get("lon") is None:
            continue
        props = {"kind": "event"} | {k: c[k] for k in ("cluster", "type", "status", "place", "admin1", "country", "date_start", "date_end",
                                    "acled_fatalities", "ucdp_low", "ucdp_best", "ucdp_high", "reports")}
        props["claims"] = [{k: claim.get(k) for k in ("document", "outlet", "sources", "sides", "fatalities", "negated")} for claim in c["claims"]]
        feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [c["lon"], c["lat"]]}, "properties": props}
        out.write((",\n" if n else "") + orjson.dumps(feature).decode())
        n += 1
    seen: set[str] = set()
    for text in store.record_json(filters):
        for place in orjson.loads(text).get("places") or ():
            gid = place.get("gazetteer_id")
            if place.get("lat") is None or place.get("lon") is None or not gid or gid in seen:
                continue
            seen.add(gid)
            props = {"kind": "place", "name": place.get("name"), "feature": place.get("feature"), "country": place.get("country"),
                     "admin1": place.get("admin1"), "gazetteer_id": gid}
            feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]}, "properties": props}
            out.write((",\n" if n else "") + orjson.dumps(feature).decode())
            n += 1
    out.write("\n]}\n")
    return n
