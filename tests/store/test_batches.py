"""Batches: killed mid-way and resumed, and a batch with bad documents in it."""

import io
import os
import signal
import subprocess
import sys
import time

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tawthiq.store import Store

PLACES = ["Idlib", "Hama", "Daraa", "Saada", "Marib", "Kharkiv", "Mopti", "Sagaing", "Mekelle", "Gao"]


def write_corpus(folder, n: int, bad: int) -> int:
    """n files, `bad` of them bad in every way; returns how many good documents they hold."""
    folder.mkdir()
    good = 0
    for i in range(n - bad):
        place = PLACES[i % len(PLACES)]
        (folder / f"doc{i:05d}.txt").write_text(f"Report {i} from {place}\n\nFighters shelled a village near {place} on Monday, killing {i % 9 + 2} people, residents said. Report number {i}.\n")
        good += 1
    kinds = ["empty", "binary", "warc", "html"]
    for j in range(bad):
        kind = kinds[j % len(kinds)]
        if kind == "empty":
            (folder / f"bad{j:03d}.txt").write_text("")
        elif kind == "binary":
            (folder / f"bad{j:03d}.bin").write_bytes(bytes(range(256)) * 4 + j.to_bytes(2, "big"))
        elif kind == "html":
            (folder / f"bad{j:03d}.html").write_text(f"<html><head><title>{j}</title></head><body><div><nav>menu</nav>")
        else:
            out = io.BytesIO()
            writer = WARCWriter(out, gzip=True)
            for k in range(2):
                body = f"<html><body><article><p>Page {j}-{k}: a long enough paragraph about shelling near Homs that an extractor keeps as article text, with detail.</p><p>Second paragraph {k}.</p></article></body></html>".encode()
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(f"https://example.org/{j}/{k}", "response", payload=io.BytesIO(body), http_headers=headers))
            data = out.getvalue()
            (folder / f"bad{j:03d}.warc.gz").write_bytes(data[: int(len(data) * 0.8)])
            good += 1  # the first record is whole
    return good


def ingest_cmd(db, folder):
    return [sys.executable, "-m", "tawthiq.cli", "ingest", "--db", db, "--workers", "2", str(folder)]


@pytest.mark.slow
def test_killed_ingest_resumes_with_every_document_once(db_url, tmp_path):
    folder = tmp_path / "corpus"
    good = write_corpus(folder, 1000, bad=20)
    proc = subprocess.Popen(ingest_cmd(db_url, folder), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    store = Store(db_url)
    deadline = time.time() + 240
    while time.time() < deadline and store.count("documents") < 150:
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = store.count("documents")
    assert 0 < partial < good
    _no_partial_records(store)
    rerun = subprocess.run(ingest_cmd(db_url, folder), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 1  # the bad inputs are reported again
    assert store.count("documents") == good
    assert len(set(store.document_ids())) == good
    _no_partial_records(store)
    failures = store.failures()
    assert len(failures) == 20 and len({(s, r) for s, r, _ in failures}) == 20
    store.close()


def _no_partial_records(store):
    """Every stored document has its original and exactly the events its record holds."""
    import json

    events_by_doc = {}
    for row in store.event_rows():
        events_by_doc[row["doc_id"]] = events_by_doc.get(row["doc_id"], 0) + 1
    for record in store.records():
        assert len(record.events) == events_by_doc.get(record.document.id, 0)
        assert store.raw(record.document.id) is not None


def test_bad_documents_are_listed_and_good_ones_all_stored(db_url, tmp_path):
    folder = tmp_path / "corpus"
    good = write_corpus(folder, 200, bad=10)
    proc = subprocess.run(ingest_cmd(db_url, folder), capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1
    store = Store(db_url)
    assert store.count("documents") == good
    reasons = [r for _, r, _ in store.failures()]
    assert len(reasons) == 10
    assert {"empty file", "no article text"} <= set(reasons)
    assert any(r.startswith("binary content") for r in reasons) and any("truncated" in r for r in reasons)
    listed = subprocess.run([sys.executable, "-m", "tawthiq.cli", "failures", "--db", db_url], capture_output=True, text=True)
    assert len(listed.stdout.splitlines()) == 10
    store.close()
