"""Reports of one event linked across documents: corroborated, disputed, single-source."""

from tawthiq.events.cluster import cluster, types_compatible


def row(doc, **kw):
    base = {"doc_id": doc, "event_id": "e1", "type": "air_strike", "negated": 0, "place_name": "Maarat al-Numan",
            "gazetteer_id": "geonames:1", "parent_gid": None, "feature": "city", "admin1": "Idlib", "country": "SY",
            "lat": 35.6, "lon": 36.6, "date_start": "2019-03-13", "date_end": "2019-03-13", "fatalities": 12.0,
            "sides": "opposition", "sources": "Civil Defence", "text": "air strike", "outlet": "A", "text_hash": doc}
    return base | kw


def test_two_sides_two_tolls_one_disputed_cluster():
    (c,) = list(cluster([row("d1"), row("d2", fatalities=5.0, sides="government", sources="military source", outlet="B")]))
    info = c.summary()
    assert info["status"] == "disputed" and info["reports"] == 2
    assert info["fatalities_reported"] == [5.0, 12.0] and info["acled_fatalities"] == 5
    assert (info["ucdp_low"], info["ucdp_best"], info["ucdp_high"]) == (5, 8, 12)


def test_independent_sources_corroborate_but_copies_and_shared_claimants_do_not():
    independent = list(cluster([row("d1"), row("d2", sources="Red Crescent", outlet="B")]))
    assert [c.summary()["status"] for c in independent] == ["corroborated"]
    copies = list(cluster([row("d1"), row("d2", outlet="B", text_hash="d1")]))
    assert [c.summary()["status"] for c in copies] == ["single_source"]
    chain = list(cluster([row("d1", sources="SOHR"), row("d2", sources="SOHR", outlet="B")]))
    assert [c.summary()["status"] for c in chain] == ["single_source"]


def test_denial_is_a_dispute():
    (c,) = list(cluster([row("d1"), row("d2", negated=1, fatalities=None, outlet="B")]))
    assert c.summary()["status"] == "disputed"


def test_other_days_places_and_types_stay_apart():
    rows = [row("d1"), row("d2", date_start="2019-03-20", date_end="2019-03-20"), row("d3", gazetteer_id="geonames:2", admin1="Hama"),
            row("d4", type="protest")]
    rows.sort(key=lambda r: r["date_start"])
    assert len(list(cluster(rows))) == 4


def test_a_district_lies_in_its_city():
    (c,) = list(cluster([row("d1", gazetteer_id="geonames:170063", feature="city"),
                         row("d2", gazetteer_id="ocha:N0156", parent_gid="geonames:170063", feature="district")]))
    assert c.summary()["reports"] == 2


def test_type_families():
    assert types_compatible("air_strike", "shelling") and types_compatible("killing", "air_strike")
    assert not types_compatible("protest", "air_strike") and not types_compatible("armed_clash", "air_strike")
