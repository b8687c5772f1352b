"""WARC and WARC.gz: every HTML response record becomes a document named by its target URI."""

from __future__ import annotations

import io
from collections.abc import Iterator

from .raw import Failure, RawDocument

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(source: str, data: bytes) -> Iterator[RawDocument | Failure]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#{count + 1}"
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            body = record.content_stream().read()
            if getattr(record.raw_stream, "limit", 0) > 0:  # the stream ended inside this record
                yield Failure(source, f"truncated WARC: record {uri} is cut short after {count} whole record(s)")
                return
            if ctype and not ctype.lower().startswith(_HTML_TYPES):
                continue
            count += 1
            hints = {"url": uri, "container": source}
            date = record.rec_headers.get_header("WARC-Date")
            if date:
                hints["retrieved"] = date
            yield RawDocument(source=uri, data=body, media_type="text/html", hints=hints)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, AttributeError) as exc:  # (warcio: a response with no target URI)
        yield Failure(source, f"truncated or broken WARC after {count} record(s) ({_short(exc)})")
        return
    if data[:2] == b"\x1f\x8b" and not _whole_gzip(data):
        yield Failure(source, f"truncated WARC: the archive ends inside a record, after {count} whole record(s)")
        return
    if count == 0:
        yield Failure(source, "WARC holds no HTML response records")


def _short(exc: Exception) -> str:
    """The first line of an error's message, cut to a length a one-line failure can carry."""
    text = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return text if len(text) <= 120 else text[:117] + "…"


def _whole_gzip(data: bytes) -> bool:
    """Whether every gzip member of a .warc.gz ends where it should (warcio stops quietly at a cut)."""
    import zlib

    pos = 0
    while pos < len(data):
        if not data[pos:].strip(b"\x00\r\n "):
            return True
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while not member.eof:
            chunk = data[pos : pos + (1 << 16)]
            if not chunk:
                return False
            try:
                member.decompress(chunk)
            except zlib.error:
                return False
            pos += len(chunk) - (len(member.unused_data) if member.eof else 0)
    return True
