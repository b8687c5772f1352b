"""A GeoJSON layer of events (one point per cluster of reports) for any map tool, carrying the
GeoNames attribution the place data requires."""

from __future__ import annotations

import json
from typing import TextIO

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
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    seen: set[str] = set()
    for record in store.records(filters):
        for place in record.places:
            if place.lat is None or place.lon is None or not place.gazetteer_id or place.gazetteer_id in seen:
                continue
            seen.add(place.gazetteer_id)
            props = {"kind": "place", "name": place.gazetteer_name if hasattr(place, "gazetteer_name") else place.name,
                     "feature": place.feature, "country": place.country, "admin1": place.admin1, "gazetteer_id": place.gazetteer_id}
            feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]}, "properties": props}
            out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
            n += 1
    out.write("\n]}\n")
    return n
