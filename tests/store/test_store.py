"""The store on SQLite and PostgreSQL: originals kept, records, search, failures, re-extraction."""

import hashlib
import json

from tawthiq.store import Filters
from tawthiq.store.ingest import ingest, reextract

ARABIC = "تقرير عن الحاجز\n\nأوقف عناصر الحاجز عشرات الشبان على مدخل المدينة يوم الاثنين، بحسب ناشطين محليين."


def test_originals_are_kept_by_sha256_and_ingest_is_idempotent(store, fixtures_dir):
    paths = [str(fixtures_dir / "articles" / n) for n in ("yemen_reuters_dateline.txt", "libya_wordpress.html", "news.rss")]
    first = ingest(store, paths, workers=1)
    assert first.documents == 4 and not first.failures
    again = ingest(store, paths, workers=1)
    assert again.documents == 0 and again.skipped == 4
    assert store.count("documents") == 4
    for doc_id in store.document_ids():
        raw = store.raw(doc_id)
        assert doc_id == "sha256:" + hashlib.sha256(raw.data).hexdigest()
    yemen = store.record(str(fixtures_dir / "articles" / "yemen_reuters_dateline.txt"))
    assert yemen.document.outlet == "Reuters" and yemen.extractor.startswith("tawthiq")
    assert store.record(yemen.document.id[7:19]).document.id == yemen.document.id


def test_failures_are_recorded_and_the_batch_goes_on(store, fixtures_dir, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 8)
    report = ingest(store, [str(tmp_path), str(fixtures_dir / "articles" / "ethiopia_bom.txt")], workers=1)
    assert report.documents == 1
    reasons = {source.rsplit("/", 1)[-1]: reason for source, reason, _ in store.failures()}
    assert reasons["empty.txt"] == "empty file" and reasons["blob.bin"].startswith("binary content")


def test_search_text_filters_and_arabic_normalisation(store, fixtures_dir, tmp_path):
    (tmp_path / "ar.txt").write_text(ARABIC)
    ingest(store, [str(tmp_path / "ar.txt"), str(fixtures_dir / "articles" / "yemen_reuters_dateline.txt"),
                   str(fixtures_dir / "articles" / "libya_wordpress.html")], workers=1)
    assert [r["title"] for r in store.search(Filters(query="حاجز"))] == ["تقرير عن الحاجز"]
    assert [r["title"] for r in store.search(Filters(query="الحاجز"))] == ["تقرير عن الحاجز"]
    assert len(store.search(Filters(query="market"))) == 1
    assert len(store.search(Filters(query="market", type="air_strike"))) == 1
    assert store.search(Filters(query="market", type="protest")) == []
    assert len(store.search(Filters(type="armed_clash", since="2022-08-01", until="2022-08-31"))) == 1
    assert store.search(Filters(type="armed_clash", since="2023-01-01")) == []
    assert len(store.search(Filters(place="Tripoli"))) == 1


def test_reextract_rebuilds_records_from_originals(store, fixtures_dir):
    ingest(store, [str(fixtures_dir / "articles" / "sudan_pipe_byline.txt")], workers=1, published="2023-06-13")
    doc_id = store.document_ids()[0]
    before = store.record(doc_id).to_dict()
    report = reextract(store)
    assert report.documents == 1 and not report.failures
    after = store.record(doc_id).to_dict()
    assert after == before and after["document"]["published"] == "2023-06-13"


def test_records_stream_in_order(store, fixtures_dir):
    ingest(store, [str(fixtures_dir / "articles" / "corpus.jsonl")], workers=1)
    ids = [r.document.id for r in store.records(batch=1)]
    assert ids == sorted(ids) and len(ids) == 3
    assert json.loads(json.dumps(store.records().__next__().to_dict()))["schema"] == "tawthiq.record/1"


def test_every_search_plan_gives_the_same_documents(store, fixtures_dir, monkeypatch):
    """Search picks how to collect (walk newest first, events first, or text first) by counting;
    whichever it picks, the answer is the same."""
    ingest(store, [str(fixtures_dir / "articles")], workers=1)
    cases = [Filters(query="killed"), Filters(query="killed", type="air_strike"), Filters(type="air_strike"),
             Filters(side="government"), Filters(query="forces", since="2020-01-01"),
             Filters(query="killed", until="2030-01-01"), Filters(type="shelling", since="2015-01-01", until="2030-01-01"),
             Filters(query="said", type="shelling", until="2030-01-01")]
    plain = {}
    monkeypatch.setattr(type(store), "_plan", lambda self, f: "")
    for n, f in enumerate(cases):
        plain[n] = store.search(f, limit=50)
    assert any(plain.values())
    monkeypatch.undo()
    for many in (0, 2000):
        monkeypatch.setattr(type(store), "MANY", many)
        for n, f in enumerate(cases):
            assert store.search(f, limit=50) == plain[n], (many, f)


def test_a_planned_act_is_no_incident_row(record_of):
    from tawthiq.store.store import event_rows

    rec = record_of("Title\n\nThe coalition is considering air strikes on Raqqa. A car bomb killed 9 people in Azaz.")
    assert {e.type for e in rec.events} >= {"air_strike", "explosion"}
    assert [row[2] for row in event_rows(rec)] == ["explosion"]


def test_an_incident_in_a_quarter_no_gazetteer_knows_is_mapped_at_its_city(record_of):
    from tawthiq.store.store import event_rows

    rec = record_of("Title\n\nFighting raged in Deir ez-Zor on Monday. Government troops in Deir ez-Zor said the siege was broken.\n\n"
                    "Militants shelled army positions in the Jubaila district, killing three soldiers.")
    (row,) = [row for row in event_rows(rec) if row[2] == "shelling"]
    place_name, admin1, country, lat = row[5], row[9], row[10], row[11]
    assert place_name == "Jubaila" and country == "SY" and admin1 == "Deir ez-Zor" and lat is not None
