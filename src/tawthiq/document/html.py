"""HTML page → article text and metadata: trafilatura for the body, the page's own metadata
(JSON-LD, OpenGraph, `<meta>`) first for the fields, trafilatura's findings where the page is silent."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class HtmlParts:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None


class NoArticleError(ValueError):
    pass


def parse_html(data: bytes | str, url: str | None = None, *, fragment: bool = False) -> HtmlParts:
    """The article of a page; raises NoArticleError when the page holds no article text.

    A `fragment` (a feed entry's HTML content) is all article: when trafilatura finds it too
    short to be one, its plain text is taken instead."""
    import trafilatura

    from .htmlmeta import page_metadata

    tree = trafilatura.load_html(data)
    if tree is None and fragment:
        return HtmlParts(text=_fragment_text(_parse_fragment(data)), url=url)
    if tree is None:
        raise NoArticleError("not parseable HTML")
    meta = page_metadata(tree)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (doc.text if doc is not None else "") or ""
    if not text.strip() and fragment:
        text = _fragment_text(trafilatura.load_html(data))
    if not text.strip():
        raise NoArticleError("HTML with no article text")
    found = doc.as_dict() if doc is not None else {}
    authors = meta.get("authors") or _split_authors(found.get("author"))
    return HtmlParts(
        text=text,
        title=meta.get("title") or found.get("title"),
        authors=authors,
        published=meta.get("published") or found.get("date"),
        outlet=meta.get("outlet") or found.get("sitename"),
        url=url or meta.get("url") or found.get("url"),
        language=meta.get("language"),
        description=meta.get("description") or found.get("description"),
    )


def _parse_fragment(data: bytes | str):
    import lxml.html

    try:
        return lxml.html.fragment_fromstring(data if isinstance(data, str) else data.decode("utf-8", "replace"), create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return None


def _fragment_text(tree) -> str:
    if tree is None:
        return ""
    blocks = tree.xpath("//p | //li | //blockquote | //h1 | //h2 | //h3")
    parts = [" ".join(b.text_content().split()) for b in blocks] or [" ".join(tree.text_content().split())]
    return "\n".join(p for p in parts if p)


def _split_authors(value: str | None) -> list[str]:
    if not value:
        return []
    return [part.strip() for part in value.split(";") if part.strip()]
