"""The store commands as a user runs them, on the bundled examples (`tawthiq demo`)."""

import csv
import json
import subprocess
import sys

import pytest


def tawthiq(*args, env=None):
    return subprocess.run([sys.executable, "-m", "tawthiq.cli", *args], capture_output=True, text=True, env=env)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    proc = tawthiq("demo", "--dir", str(folder), "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    return folder, proc.stdout


def test_demo_summarises_and_exports(demo):
    folder, out = demo
    assert "documents stored: 9" in out and "disputed" in out
    assert "air_strike in Maarat al-Numan" in out and "ACLED fatalities 5" in out
    for name in ("records.jsonl", "events-acled.csv", "events-ucdp.csv", "events.geojson"):
        assert (folder / "exports" / name).stat().st_size > 100
    rows = list(csv.DictReader(open(folder / "exports" / "events-acled.csv")))
    assert {r["country"] for r in rows} >= {"Syria", "Yemen", "Ukraine", "Myanmar"}


def test_search_show_events_export_failures(demo, tmp_path):
    db = str(demo[0] / "tawthiq.db")
    found = json.loads(tawthiq("search", "--db", db, "market", "--format", "json").stdout)
    assert [r["title"] for r in found] == ["Regime air strike on Maarat al-Numan market kills 12 civilians, rescuers say"]
    shown = tawthiq("show", "--db", db, found[0]["id"][7:20])
    assert shown.returncode == 0 and "Maarat al-Numan" in shown.stdout and "Events" in shown.stdout
    clusters = [json.loads(line) for line in tawthiq("events", "--db", db, "--status", "disputed", "--format", "json").stdout.splitlines()]
    assert [c["type"] for c in clusters] == ["air_strike"] and clusters[0]["fatalities_reported"] == [5.0, 12.0]
    out = tmp_path / "acled.csv"
    assert tawthiq("export", "--db", db, "--format", "acled", "-o", str(out), "--type", "air_strike").returncode == 0
    assert all(r["sub_event_type"] == "Air/drone strike" for r in csv.DictReader(open(out)))
    assert tawthiq("failures", "--db", db).stdout == ""
    missing = tawthiq("show", "--db", db, "0000000000")
    assert missing.returncode == 1 and "no such document" in missing.stderr


def test_bad_store_url_is_one_line(tmp_path):
    proc = tawthiq("search", "--db", "postgresql://nobody@127.0.0.1:1/none", "x")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "cannot open the store" in proc.stderr


def test_default_store_comes_from_the_environment(tmp_path, fixtures_dir):
    import os

    env = {**os.environ, "TAWTHIQ_DB": str(tmp_path / "env.db")}
    proc = tawthiq("ingest", "--workers", "1", str(fixtures_dir / "articles" / "ethiopia_bom.txt"), env=env)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "env.db").exists()
