import gzip

import pytest

from tawthiq.ingest import sniff as s


@pytest.mark.parametrize(
    "data,name,kind",
    [
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "a.txt", s.HTML),
        (b"  <html><p>hello</p></html>", "page", s.HTML),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "x.bin", s.WARC),
        (b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed.html", s.FEED),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', "x", s.FEED),
        (b'{"text": "A report", "url": "http://x"}\n{"text": "B"}\n', "corpus.txt", s.JSONL),
        (b"Plain report title\n\nBody of the report.", "a.html.txt", s.TEXT),
        (b"\x00\x01\x02PK\x03\x04binary", "a.txt", s.BINARY),
        (gzip.compress(b"hello"), "a.gz", s.GZIP),
        ("\ufeffتقرير".encode("utf-16"), "ar.txt", s.TEXT),
    ],
)
def test_sniff_decides_by_content_not_extension(data, name, kind):
    assert s.sniff(data, name) == kind


def test_text_that_mentions_rss_is_still_text():
    assert s.sniff(b"The <rss> feed of the ministry was offline for a week.", "note.txt") == s.TEXT
