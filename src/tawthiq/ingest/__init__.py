"""Bytes in, RawDocuments out: files, stdin, WARC, feeds, JSON Lines and URLs.

`read_inputs` never raises for one bad input: it yields a `Failure` naming it and goes on, so a
batch of ten thousand files survives one broken WARC. Containers (WARC, feeds, JSON Lines) are
opened here; a plain file or page is one RawDocument whose bytes are the file's bytes.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import sniff as _sniff
from .raw import Failure, RawDocument

__all__ = ["Failure", "RawDocument", "read_inputs", "read_input", "read_bytes"]


def read_inputs(inputs: Iterable[str], *, fetch: bool = False) -> Iterator[RawDocument | Failure]:
    """Every document in every input, in order; failures are yielded in place, not raised."""
    for item in inputs:
        yield from read_input(item, fetch=fetch)


def read_input(item: str, *, fetch: bool = False) -> Iterator[RawDocument | Failure]:
    from .fetch import fetch_url, is_url

    if item == "-":
        yield from read_bytes("-", sys.stdin.buffer.read())
        return
    if is_url(item):
        if not fetch:
            yield Failure(item, "is a URL: add --fetch to download it")
            return
        got = fetch_url(item)
        if isinstance(got, Failure):
            yield got
        else:
            yield from read_bytes(item, got.data, hints=got.hints, fetch=fetch)
        return
    path = Path(item)
    if not path.exists():
        yield Failure(item, "no such file")
        return
    if path.is_dir():
        yield Failure(item, "is a directory (give its files, or use `tawthiq ingest` for folders)")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(item, f"cannot read ({exc.strerror or exc})")
        return
    yield from read_bytes(item, data, fetch=fetch)


def read_bytes(
    source: str, data: bytes, *, hints: dict | None = None, fetch: bool = False, _depth: int = 0
) -> Iterator[RawDocument | Failure]:
    """The documents in one input's bytes, whatever container holds them."""
    if not data.strip():
        yield Failure(source, "empty file")
        return
    kind = _sniff.sniff(data, source)
    if kind == _sniff.GZIP:
        if _depth:
            yield Failure(source, "nested gzip")
            return
        try:
            inner = _sniff.gunzip(data)
        except ValueError as exc:
            if inner_kind_is_warc(data):
                from .warc import read_warc  # a truncated .warc.gz: keep the records before the break

                yield from read_warc(source, data)
                return
            yield Failure(source, str(exc))
            return
        if _sniff.sniff(inner, source.removesuffix(".gz")) == _sniff.WARC:
            from .warc import read_warc

            yield from read_warc(source, data)
            return
        yield from read_bytes(source, inner, hints=hints, fetch=fetch, _depth=1)
        return
    if kind == _sniff.BINARY:
        yield Failure(source, "binary content, not text, HTML, WARC, a feed or JSON Lines")
    elif kind == _sniff.WARC:
        from .warc import read_warc

        yield from read_warc(source, data)
    elif kind == _sniff.FEED:
        from .feed import read_feed

        yield from read_feed(source, data, fetch=fetch)
    elif kind == _sniff.JSONL:
        from .jsonl import read_jsonl

        yield from read_jsonl(source, data)
    else:
        media_type = "text/html" if kind == _sniff.HTML else "text/plain"
        yield RawDocument(source=source, data=data, media_type=media_type, hints=dict(hints or {}))


def inner_kind_is_warc(data: bytes) -> bool:
    """Whether a (possibly truncated) gzip stream starts with a WARC record."""
    import zlib

    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], 64)
    except zlib.error:
        return False
    return head.lstrip()[:5] == b"WARC/"
