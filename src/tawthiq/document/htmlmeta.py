"""What a page says about itself: JSON-LD, OpenGraph, `<meta>` tags and a few common markup cues.

Read before trafilatura cleans the tree, because cleaning drops `<script type=ld+json>` and
byline markup. Values are strings as the page gives them; dates are normalised later."""

from __future__ import annotations

import json
from typing import Any

_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "backgroundnewsarticle", "opinionnewsarticle", "webpage", "report", "scholarlyarticle"}


def page_metadata(tree) -> dict[str, Any]:
    """title, authors, published, outlet, url, language, description — whatever the page states."""
    meta: dict[str, Any] = {}
    _from_json_ld(tree, meta)
    _from_meta_tags(tree, meta)
    _from_markup(tree, meta)
    return {k: v for k, v in meta.items() if v}


def _setdefault(meta: dict, key: str, value: Any) -> None:
    if value and not meta.get(key):
        meta[key] = value.strip() if isinstance(value, str) else value


def _from_json_ld(tree, meta: dict) -> None:
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(node.text_content() or "")
        except ValueError:
            continue
        for item in _walk_ld(data):
            types = item.get("@type")
            types = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
            if not types & _ARTICLE_TYPES:
                continue
            _setdefault(meta, "title", _text(item.get("headline") or item.get("name")))
            _setdefault(meta, "published", _text(item.get("datePublished") or item.get("dateCreated")))
            _setdefault(meta, "authors", _names(item.get("author") or item.get("creator")))
            publisher = item.get("publisher")
            _setdefault(meta, "outlet", _names(publisher)[0] if _names(publisher) else None)
            _setdefault(meta, "url", _text(item.get("url") or item.get("mainEntityOfPage")))
            _setdefault(meta, "language", _text(item.get("inLanguage")))
            _setdefault(meta, "description", _text(item.get("description")))


def _walk_ld(data):
    if isinstance(data, list):
        for item in data:
            yield from _walk_ld(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk_ld(data["@graph"])


def _text(value) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _text(value.get("@id") or value.get("url") or value.get("name"))
    if isinstance(value, list) and value:
        return _text(value[0])
    return None


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


_META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title", "sailthru.title"),
    "published": ("article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
                  "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"),
    "authors": ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl"),
    "outlet": ("og:site_name", "application-name", "publisher", "dc.publisher"),
    "url": ("og:url", "twitter:url"),
    "description": ("og:description", "description", "twitter:description"),
    "language": ("og:locale", "language", "content-language", "dc.language"),
}


def _from_meta_tags(tree, meta: dict) -> None:
    found: dict[str, str] = {}
    for node in tree.xpath("//meta[@content]"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or node.get("http-equiv") or "").lower()
        if key and key not in found:
            found[key] = node.get("content", "").strip()
    for field, keys in _META_KEYS.items():
        for key in keys:
            value = found.get(key)
            if not value or value.lower().startswith("http") and field == "authors":
                continue
            if field == "authors":
                _setdefault(meta, field, [value])
            else:
                _setdefault(meta, field, value)
            break


def _from_markup(tree, meta: dict) -> None:
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    _setdefault(meta, "url", canonical[0] if canonical else None)
    lang = tree.xpath("/html/@lang")
    _setdefault(meta, "language", lang[0] if lang else None)
    if not meta.get("published"):
        stamps = tree.xpath("//article//time/@datetime | //time[@pubdate]/@datetime")
        _setdefault(meta, "published", stamps[0] if stamps else None)
    if not meta.get("authors"):
        names = [n.text_content().strip() for n in tree.xpath('//*[@rel="author"] | //*[@itemprop="author"]')]
        _setdefault(meta, "authors", [n for n in dict.fromkeys(names) if n and len(n) < 80])
    if not meta.get("title"):
        title = tree.xpath("//title")
        _setdefault(meta, "title", title[0].text_content() if title else None)
