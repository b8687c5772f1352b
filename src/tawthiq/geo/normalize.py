"""Name keys for matching place names across transliterations.

War reporting spells one place many ways: Idlib / Idleb, Homs / Hims, Deir ez-Zor / Deir Ezzor /
Dayr az Zawr, a-Shaar / al-Sha'ar / Ash Sha‘ār / Sha'aar. Two keys make these meet:

- `key`: lower-case, no diacritics, no ayn/hamza marks or apostrophes, no Arabic article
  ("al-", "el-", and the assimilated "a-", "ash-", "ad-", "ar-" …), no spaces or hyphens,
  doubled letters collapsed. Exact spelling variants meet here.
- `skeleton`: the key without vowels (and y, w): transliterations that differ only in their
  vowels (Idlib/Idleb, Dayr/Deir, Zawr/Zor, Hims/Homs) meet here, to be confirmed by a fuzzy
  score and the context.
Arabic-script names get the same treatment: diacritics (harakat) and tatweel out, alef, ya and
ta-marbuta forms unified, the article "ال" dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_MARKS = re.compile(r"[\u0027\u2018\u2019\u02bb\u02bc\u02be\u02bf\u02b9\u02c8\u0060\u00b4\u2032ʿʾ‘’`´]")
_NON_WORD = re.compile(r"[^0-9a-z\u0600-\u06ff\u0400-\u04ff\u0590-\u05ff]+")
_DOUBLES = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"([aeiou])h$")  # ta marbuta: Raqqah / Raqqa, Hasakeh / Hasaka
_VOWELS = re.compile(r"[aeiouyw]")
_ARTICLE_TOKENS = {"al", "el", "il", "ul"}
_SUN_ARTICLES = {"a", "ash", "as", "ad", "adh", "an", "ar", "at", "ath", "az", "es", "et", "ez", "ed", "en", "er", "ech"}
_ARABIC_DIACRITICS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ة": "ه", "ؤ": "و"})
_CYRILLIC_FOLD = str.maketrans({"ё": "е", "ї": "і", "є": "е", "ґ": "г"})


@lru_cache(maxsize=200_000)
def key(name: str) -> str:
    """The spelling-insensitive key of a place name ('' when nothing is left)."""
    tokens = [_FINAL_H.sub(r"\1", t) for t in _tokens(name)]
    return _DOUBLES.sub(r"\1", "".join(tokens))


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """The key without vowels: for transliterations that differ in vowels only."""
    k = key(name)
    if not k or not k.isascii():
        return k
    first, rest = k[0], _VOWELS.sub("", k[1:])
    return _DOUBLES.sub(r"\1", first + rest) if first not in "aeiou" else _DOUBLES.sub(r"\1", _VOWELS.sub("", k) or k)


@lru_cache(maxsize=200_000)
def spelling_words(name: str) -> tuple[str, ...]:
    """The words of a name as written, up to case and accents: unlike `key`, articles, marks and
    doubled letters stay, so "Sina" and "al-Sinaah" differ while "Deir ez-Zor" and "Deir Ezzor"
    join to the same letters."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(ch))
    return tuple(re.findall(r"[^\W_]+", folded))


def _tokens(name: str) -> list[str]:
    text = unicodedata.normalize("NFKC", name).casefold()
    if any("\u0600" <= ch <= "\u06ff" for ch in text):
        text = _ARABIC_DIACRITICS.sub("", text).translate(_ARABIC_FOLD)
        words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in text.split()]
        return [_NON_WORD.sub("", w) for w in words if _NON_WORD.sub("", w)]
    text = text.translate(_CYRILLIC_FOLD)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = _MARKS.sub("", text)
    raw = [t for t in re.split(r"[\s\-–—_./,]+", text) if t]
    out: list[str] = []
    for i, tok in enumerate(raw):
        nxt = raw[i + 1] if i + 1 < len(raw) else ""
        if tok in _ARTICLE_TOKENS and nxt:
            continue
        if tok in _SUN_ARTICLES and nxt and _assimilates(tok, nxt) and len(raw) > 1:
            continue
        word = _NON_WORD.sub("", tok)
        if word:
            out.append(word)
    return out


def _assimilates(article: str, word: str) -> bool:
    """Whether `article` is an Arabic article assimilated to `word` ("ash Shaar", "a-Shaar", "ar Raqqa")."""
    if article == "a":
        return True
    consonant = article[1:]
    return bool(consonant) and word.startswith(consonant)


def strip_article(name: str) -> str:
    """The name without a leading Arabic article, as written otherwise ("al-Waer" → "Waer")."""
    return re.sub(r"^(?:al|el|a|ash|as|ad|an|ar|at|az|ath|adh|es|et|ez|ed|en)[-‐ ’']", "", name, flags=re.I).strip()
