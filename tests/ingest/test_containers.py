"""WARC, feeds and JSON Lines: each item becomes a document, bad items become failures."""

import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tawthiq.ingest import Failure, RawDocument, read_bytes, read_input


def make_warc(pages: dict[str, bytes], *, gz: bool = True) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for uri, body in pages.items():
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("http://x.example/a.png", "response", payload=io.BytesIO(b"\x89PNG..."), http_headers=img))
    return out.getvalue()


def test_warc_html_responses_become_documents_named_by_target_uri(fixtures_dir):
    pages = {
        "https://libyaledger.example/a": (fixtures_dir / "articles" / "libya_wordpress.html").read_bytes(),
        "https://tigrisreport.example/b": (fixtures_dir / "articles" / "iraq_jsonld.html").read_bytes(),
    }
    for gz in (True, False):
        items = list(read_bytes("crawl.warc.gz" if gz else "crawl.warc", make_warc(pages, gz=gz)))
        assert [i.source for i in items] == list(pages)
        assert all(isinstance(i, RawDocument) and i.media_type == "text/html" for i in items)
        assert items[0].data == pages["https://libyaledger.example/a"]


def test_truncated_warc_keeps_the_records_before_the_break(fixtures_dir):
    body = (fixtures_dir / "articles" / "libya_wordpress.html").read_bytes()
    data = make_warc({"https://a.example/1": body, "https://a.example/2": body, "https://a.example/3": body})
    cut = data[: int(len(data) * 0.7)]
    items = list(read_bytes("cut.warc.gz", cut))
    docs = [i for i in items if isinstance(i, RawDocument)]
    fails = [i for i in items if isinstance(i, Failure)]
    assert 1 <= len(docs) < 3
    assert len(fails) == 1 and "truncated" in fails[0].reason


def test_rss_and_atom_entries_become_documents_with_entry_metadata(fixtures_dir):
    rss = list(read_input(str(fixtures_dir / "articles" / "news.rss")))
    assert [d.hints.get("title") for d in rss] == [
        "Gunmen kill nine at gold mine in northern Burkina Faso",
        "Thousands flee fighting around Menaka",
    ]
    assert rss[0].hints["published"] == "2023-02-14"
    assert rss[0].hints["outlet"] == "Sahel Dispatch"
    atom = list(read_input(str(fixtures_dir / "articles" / "news.atom")))
    assert atom[0].source == "https://gazafieldnotes.example/2024/01/generators"
    assert atom[0].hints["authors"] == ["Rana Abu Shamala"]
    assert atom[1].media_type == "text/plain"  # a summary without markup


def test_feed_that_does_not_parse_is_one_failure(fixtures_dir):
    items = list(read_input(str(fixtures_dir / "articles" / "broken.rss")))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert "feed does not parse" in items[0].reason


def test_jsonl_lines_are_named_by_id_then_url_then_file_and_line(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"id": "x1", "text": "A"}, {"url": "https://e.example/2", "html": "<p>B</p>"}, {"text": "C"}, {"title": "no body"}, "not an object"]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n")
    items = list(read_input(str(path)))
    assert [i.source for i in items] == ["x1", "https://e.example/2", f"{path}#3", f"{path}#4", f"{path}#5", f"{path}#6"]
    assert [type(i).__name__ for i in items] == ["RawDocument"] * 3 + ["Failure"] * 3
    assert items[0].data == json.dumps(rows[0]).encode()


def test_missing_empty_directory_and_binary_inputs_are_failures(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    reasons = {}
    for name in ("nope.txt", "empty.txt", "blob.txt", "."):
        (item,) = list(read_input(str(tmp_path / name)))
        assert isinstance(item, Failure)
        reasons[name] = item.reason
    assert reasons["nope.txt"] == "no such file"
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blob.txt"].startswith("binary content")
    assert reasons["."].startswith("is a directory")


def test_same_bytes_same_id():
    a = RawDocument("a.txt", b"same bytes", "text/plain")
    b = RawDocument("b.txt", b"same bytes", "text/plain")
    assert a.id == b.id == "sha256:" + __import__("hashlib").sha256(b"same bytes").hexdigest()


def test_a_warc_broken_past_its_headers_is_a_failure_naming_the_file():
    record = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/\r\nContent-Length: 10\r\n\r\n0123456789"
    for data in (record + b"\r\n\r\nGARBAGE LINE HERE\r\n\r\n",  # a record, then what no parser reads
                 b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nshort"):  # no target, cut short
        fails = [i for i in read_bytes("crawl.warc", data) if isinstance(i, Failure)]
        assert len(fails) == 1 and fails[0].source == "crawl.warc"
        assert "WARC" in fails[0].reason and "\n" not in fails[0].reason
