"""What a byte string is, decided by its content first and its name second.

Extensions lie (a `.txt` saved from a browser holds HTML, a `.xml` may be a feed or a page), so
the bytes are looked at; the name only breaks ties.
"""

from __future__ import annotations

import gzip
import re

TEXT, HTML, WARC, FEED, JSONL, GZIP, BINARY = "text", "html", "warc", "feed", "jsonl", "gzip", "binary"

_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<meta|<title|<article|<div|<p>)", re.I | re.S)
_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_XML_DECL = re.compile(rb"^\s*<\?xml", re.I)
_TAGS = re.compile(rb"</?(p|div|span|a|br|h[1-6]|article|section|li|ul|table)\b[^>]*>", re.I)


def sniff(data: bytes, name: str = "") -> str:
    """One of TEXT, HTML, WARC, FEED, JSONL, GZIP or BINARY."""
    head = data[:4096]
    lower_name = name.lower()
    if head[:2] == b"\x1f\x8b":
        return GZIP
    if head.lstrip()[:5] == b"WARC/":
        return WARC
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with BOM: text of some kind
        return TEXT
    if _looks_binary(head):
        return BINARY
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if (_XML_DECL.match(stripped) or stripped.startswith(b"<")) and _FEED.search(head):
        if not _HTML_START.match(stripped) or lower_name.endswith((".rss", ".atom", ".xml")):
            return FEED
    if _HTML_START.match(stripped):
        return HTML
    if stripped.startswith(b"{") and (lower_name.endswith((".jsonl", ".ndjson", ".json")) or _first_line_is_object(stripped)):
        return JSONL
    if lower_name.endswith((".html", ".htm", ".xhtml")) or len(_TAGS.findall(head)) >= 5:
        return HTML
    return TEXT


def gunzip(data: bytes, limit: int = 512 * 1024 * 1024) -> bytes:
    """Decompressed bytes; raises ValueError for a broken or oversized stream."""
    try:
        out = gzip.decompress(data)
    except (OSError, EOFError) as exc:
        raise ValueError(f"broken gzip stream ({exc})") from None
    if len(out) > limit:
        raise ValueError("decompressed size over the limit")
    return out


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) > 0.05


def _first_line_is_object(data: bytes) -> bool:
    import json

    line = data.split(b"\n", 1)[0].strip()
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
