"""Exports from the store: ACLED's 31 columns, UCDP-style CSV, GeoJSON and records."""

import csv
import io
import json

import pandas as pd

from tawthiq.export import export
from tawthiq.export.acled import COLUMNS
from tawthiq.store.demo import example_paths
from tawthiq.store.ingest import ingest

ACLED_31 = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
            "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
            "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
            "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]


def _filled(store):
    ingest(store, [str(p) for p in example_paths()], workers=1)
    store.recluster()
    return store


def test_acled_csv_columns_and_round_trip(store):
    _filled(store)
    out = io.StringIO()
    n = export(store, "acled", out)
    assert COLUMNS == ACLED_31 and len(COLUMNS) == 31
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == ACLED_31 and len(rows) == n > 0
    frame = pd.read_csv(io.StringIO(out.getvalue()))
    assert list(frame.columns) == ACLED_31 and len(frame) == n
    # the market strike both reports tell, one side's toll against the other's
    idlib = [r for r in rows if r["location"] == "Maarat al-Numan" and r["event_type"] == "Explosions/Remote violence"
             and "disputed" in r["notes"]]
    assert len(idlib) == 1 and idlib[0]["fatalities"] == "5"
    assert idlib[0]["iso"] == "760" and idlib[0]["region"] == "Middle East" and idlib[0]["time_precision"] == "1"


def test_ucdp_geojson_and_records(store):
    _filled(store)
    out = io.StringIO()
    export(store, "ucdp", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    idlib = [r for r in rows if r["where_coordinates"] == "Maarat al-Numan" and "; " in r["source_article"]]  # told by both reports
    assert len(idlib) == 1 and (idlib[0]["low"], idlib[0]["best"], idlib[0]["high"]) == ("5", "8", "12")
    out = io.StringIO()
    export(store, "geojson", out)
    data = json.loads(out.getvalue())
    assert "GeoNames" in data["attribution"]
    kinds = {f["properties"]["kind"] for f in data["features"]}
    assert kinds == {"event", "place"}
    out = io.StringIO()
    n = export(store, "jsonl", out)
    assert n == store.count("documents") == len(out.getvalue().splitlines())
    out = io.StringIO()
    export(store, "json", out)
    assert len(json.loads(out.getvalue())) == n


def test_exports_filter_like_search(store):
    _filled(store)
    from tawthiq.store import Filters

    out = io.StringIO()
    export(store, "acled", out, Filters(type="air_strike"))
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows and {r["sub_event_type"] for r in rows} == {"Air/drone strike"}


def test_html_report_has_a_map_a_timeline_and_the_disputed_claims(store):
    _filled(store)
    out = io.StringIO()
    n = export(store, "html", out)
    page = out.getvalue()
    clusters = list(store.clusters())
    assert n == len(clusters) > 0
    assert page.count("<svg") == 2
    located = {(round(c["lat"], 4), round(c["lon"], 4)) for c in clusters if c.get("lat") is not None}
    assert page.count("<circle") == len(located)
    assert "Maarat al-Numan" in page and "GeoNames" in page
    assert page.count("<tr>") == 1 + sum(c["status"] == "disputed" for c in clusters)


def test_html_report_merges_dots_on_a_grid_when_there_are_too_many():
    from tawthiq.export.report import MAX_POINTS, _Points

    points = _Points()
    for i in range(MAX_POINTS * 3):
        points.add(30 + (i % 200) * 0.01, 40 + (i // 200) * 0.01, "single_source", 1, "x")
    assert len(points.cells) <= MAX_POINTS
    assert sum(d["events"] for d in points.cells.values()) == MAX_POINTS * 3
