"""Whole documents from every fixture shape: metadata from containers, pages and layout."""

import pytest

from tawthiq.api import documents
from tawthiq.ingest import Failure


def doc_of(fixtures_dir, name, **kw):
    (doc,) = [d for d in documents([str(fixtures_dir / "articles" / name)], **kw)]
    assert not isinstance(doc, Failure), doc
    return doc


def test_reuters_style_report(fixtures_dir):
    d = doc_of(fixtures_dir, "yemen_reuters_dateline.txt")
    assert (d.published, d.dateline, d.outlet, d.language) == ("2019-03-03", "SANAA", "Reuters", "en")
    assert d.authors == ["Layla Haddad", "Omar Saeed"]
    assert d.title == "Air strike on market in northern Yemen kills 14, medics say"


def test_published_override(fixtures_dir):
    d = doc_of(fixtures_dir, "yemen_reuters_dateline.txt", published="2019-03-04")
    assert d.published == "2019-03-04" and d.published_reason is None


def test_no_date_is_null_with_reason(fixtures_dir):
    d = doc_of(fixtures_dir, "myanmar_no_date.txt")
    assert d.published is None and d.published_reason == "not stated in the article"
    assert d.authors == ["Thant Zin Oo"]


def test_translation_note(fixtures_dir):
    d = doc_of(fixtures_dir, "ukraine_translated.txt")
    assert (d.original.outlet, d.original.published, d.original.language) == ("Slobidskyi Krai", "2023-09-14", "uk")
    assert "Translated from" not in d.text


def test_furniture_page_text(fixtures_dir):
    d = doc_of(fixtures_dir, "syria_furniture.txt")
    for furniture in ("Leave a Reply", "Akismet", "Related Articles", "Share this", "صحفي", "Back to top", "Skip to content"):
        assert furniture not in d.text
    assert d.text.endswith("had not been paid for three months.")
    assert d.dateline == "DEIR EZ-ZOR" and d.authors == ["Karam al-Ahmad"]
    assert len(d.removed) >= 15


def test_wordpress_page_drops_comments_and_related_links(fixtures_dir):
    d = doc_of(fixtures_dir, "libya_wordpress.html")
    assert d.title == "Clashes between rival brigades close Tripoli airport road"
    assert (d.published, d.outlet, d.authors, d.dateline) == ("2022-08-28", "Libya Ledger", ["Salem Ben Ali"], "TRIPOLI")
    assert d.url == "https://libyaledger.example/2022/08/28/clashes-tripoli-airport-road/"
    assert "stray bullet" in d.text
    for furniture in ("Nobody asks", "Oil blockade", "Leave a Reply", "cookies", "All rights reserved"):
        assert furniture not in d.text


def test_json_ld_only_page(fixtures_dir):
    d = doc_of(fixtures_dir, "iraq_jsonld.html")
    assert d.title == "Drone strike hits militia convoy near al-Qaim"
    assert (d.published, d.outlet) == ("2020-01-05", "Tigris Report")
    assert d.authors == ["Noor Kadhim", "James Whitfield"]


@pytest.mark.parametrize("name,lang", [("mali_cp1252.txt", "fr"), ("donetsk_koi8r.txt", "ru"), ("idlib_arabic.txt", "ar"), ("ethiopia_bom.txt", "en")])
def test_languages_and_encodings(fixtures_dir, name, lang):
    assert doc_of(fixtures_dir, name).language == lang


def test_french_header(fixtures_dir):
    d = doc_of(fixtures_dir, "mali_cp1252.txt")
    assert d.published == "2021-04-08" and d.authors == ["Aïcha Traoré"] and d.dateline == "BAMAKO"


def test_feed_entry_documents_take_entry_metadata(fixtures_dir):
    docs = list(documents([str(fixtures_dir / "articles" / "news.atom")]))
    assert [d.title for d in docs] == ["Hospital generators run out of fuel in southern Gaza", "Families shelter in schools in Rafah"]
    assert docs[0].published == "2024-01-09" and docs[0].authors == ["Rana Abu Shamala"] and docs[0].outlet == "Gaza Field Notes"
    assert docs[1].text.startswith("Thousands of displaced families")


def test_jsonl_corpus(fixtures_dir):
    items = list(documents([str(fixtures_dir / "articles" / "corpus.jsonl")]))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Document", "Failure"]
    assert items[0].source == "kachin-001" and items[0].published == "2021-05-04"
    assert items[1].title == "Bridge destroyed on road to Shire" and "aid convoys" in items[1].text


def test_html_without_article_is_a_failure(fixtures_dir):
    (item,) = list(documents([str(fixtures_dir / "articles" / "empty_article.html")]))
    assert isinstance(item, Failure) and item.reason == "no article text"


def test_same_bytes_same_record(fixtures_dir):
    a = doc_of(fixtures_dir, "libya_wordpress.html")
    b = doc_of(fixtures_dir, "libya_wordpress.html")
    assert a.model_dump() == b.model_dump()
