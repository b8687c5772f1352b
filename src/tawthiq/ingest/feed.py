"""RSS and Atom feeds: each entry becomes a document made from its content or summary.

With `fetch`, the entry's link is downloaded instead and the entry's fields become hints
(title, date, authors) for the page."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

from .raw import Failure, RawDocument


def read_feed(source: str, data: bytes, *, fetch: bool = False) -> Iterator[RawDocument | Failure]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = parsed.get("bozo_exception")
        yield Failure(source, f"feed does not parse ({_one_line(why)})" if why else "feed has no entries")
        return
    if parsed.bozo and not any(_entry_body(e).strip() for e in parsed.entries):
        yield Failure(source, f"feed does not parse ({_one_line(parsed.bozo_exception)})")
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        hints = {
            "title": (entry.get("title") or "").strip() or None,
            "url": link,
            "published": _entry_date(entry),
            "authors": [a.get("name") for a in entry.get("authors", []) if a.get("name")],
            "outlet": outlet,
            "container": source,
        }
        hints = {k: v for k, v in hints.items() if v}
        if fetch and link:
            from .fetch import fetch_url

            item = fetch_url(link)
            if isinstance(item, RawDocument):
                item = RawDocument(item.source, item.data, item.media_type, {**hints, **item.hints})
            yield item
            continue
        body = _entry_body(entry)
        name = link or entry.get("id") or f"{source}#{n}"
        if not body.strip():
            yield Failure(name, "feed entry has no content or summary")
            continue
        media_type = "text/html" if _TAG.search(body) else "text/plain"
        yield RawDocument(source=name, data=body.encode("utf-8"), media_type=media_type, hints={**hints, "fragment": True})


_TAG = re.compile(r"<(p|div|br|span|a|b|i|em|strong|ul|li|h\d|img|blockquote)\b", re.I)


def _entry_body(entry) -> str:
    for content in entry.get("content") or []:
        if content.get("value"):
            return content["value"]
    return entry.get("summary") or entry.get("description") or ""


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def _one_line(exc) -> str:
    return str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
