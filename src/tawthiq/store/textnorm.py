"""Text as the search index sees it: lower-case, no diacritics, and Arabic folded so spelling
variants meet — harakat and tatweel out, alef, ya and ta marbuta forms unified, the article
"ال" dropped — so a search for "الحاجز" finds "حاجز" and the reverse."""

from __future__ import annotations

import re
import unicodedata

_HARAKAT = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه"})
_ARTICLE = re.compile(r"(?<![\w\u0600-\u06ff])(?:وال|بال|فال|كال|لل|ال)(?=[\u0600-\u06ff]{2,})")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    text = _HARAKAT.sub("", text).translate(_FOLD)
    text = _ARTICLE.sub("", text)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch) or "\u0600" <= ch <= "\u06ff")
    return text.casefold()


def fts_query(query: str) -> str:
    """A safe FTS5 query: every word quoted, all required."""
    words = re.findall(r"[\w\u0600-\u06ff]+", normalize(query))
    return " ".join(f'"{w}"' for w in words)
