"""Finding numbers that matter in text: amounts of money, ages and age ranges, areas, distances,
percentages, durations, and counts with the words that bound them ("at least", "more than",
"between … and …"), digits or words, exact or vague ("dozens", "tens of thousands").

Pure text work; what a count counts and whether it is a death toll is decided on the parse in
`quantities`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "m": 1_000_000,
          "mn": 1_000_000, "bn": 1_000_000_000, "k": 1000, "trillion": 1_000_000_000_000}
SYMBOLS = {"$": "USD", "us$": "USD", "us $": "USD", "usd": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₴": "UAH",
           "₽": "RUB", "₪": "ILS", "sp": "SYP", "syp": "SYP", "ls": "SYP", "eur": "EUR", "gbp": "GBP", "iqd": "IQD",
           "yer": "YER", "sdg": "SDG", "uah": "UAH", "rub": "RUB", "try": "TRY", "tl": "TRY", "lbp": "LBP", "ils": "ILS",
           "nis": "ILS", "etb": "ETB", "mmk": "MMK", "lyd": "LYD", "jod": "JOD", "sar": "SAR", "aed": "AED", "cfa": "XOF"}
AREA_UNITS = {"square kilometer": "km2", "square kilometre": "km2", "sq km": "km2", "km2": "km2", "km²": "km2",
              "square mile": "mi2", "sq mi": "mi2", "hectare": "ha", "acre": "acre", "square meter": "m2",
              "square metre": "m2", "dunam": "dunam", "donum": "dunam"}
DISTANCE_UNITS = {"kilometer": "km", "kilometre": "km", "km": "km", "mile": "mi", "meter": "m", "metre": "m",
                  "m": "m", "yard": "yd", "foot": "ft", "feet": "ft"}
DURATION_UNITS = {"second": "s", "minute": "min", "hour": "h", "day": "d", "week": "wk", "month": "mo", "year": "y", "decade": "decade"}

_DIGITS = r"[1-9]\d{0,2}(?:[,\u202f\u00a0 ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # no group starts a number with 0 ("0 612")
_WORDNUM = r"(?:" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
_SCALE = r"(?:\s?(?:hundred|thousand|million|billion|trillion|mn|bn|m|k)\b)?"
NUMBER = rf"(?:(?:{_DIGITS})|(?:{_WORDNUM})){_SCALE}(?:\s(?:thousand|hundred))?"
BOUND = r"(?P<bound>at least|more than|over|up to|nearly|almost|about|around|approximately|some|roughly|as many as|fewer than|less than|at most|no fewer than|no less than|no more than|an estimated|estimated|close to|upwards of|in excess of|a total of|a further|another)"


@lru_cache(maxsize=1)
def vague_table() -> dict[str, tuple[float, float | None, float | None]]:
    text = resources.files("tawthiq.data.quantities").joinpath("vague.tsv").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, value, low, high = (line.split("\t") + ["", "", ""])[:4]
        out[phrase] = (float(value), float(low) if low else None, float(high) if high else None)
    return out


NOT_BARE_CURRENCIES = frozenset({"account", "code", "currency", "funds", "gold", "silver", "palladium", "platinum", "rights",
                                 "value", "real", "reals", "units", "unit", "cupon"})  # last words of names that are words first


@lru_cache(maxsize=1)
def currency_names() -> dict[str, str]:
    """English currency names, singular and plural, → ISO 4217 code (Babel's locale data)."""
    from babel import Locale
    from babel.numbers import get_currency_name

    out: dict[str, str] = {}
    bare: dict[str, set[str]] = {}  # "naira" for "Nigerian naira", where only one currency has that word
    for code, name in Locale("en").currencies.items():
        if len(code) != 3:
            continue
        names = [name.lower()]
        try:
            names.append(get_currency_name(code, count=2, locale="en").lower())
        except (KeyError, ValueError):
            pass
        for written in names:
            out.setdefault(written, code)
            if " " in written and "(" not in written:
                bare.setdefault(written.rsplit(" ", 1)[1], set()).add(code)
    for word, code in (("dollar", "USD"), ("dollars", "USD"), ("pound", "GBP"), ("pounds", "GBP"), ("euro", "EUR"),
                       ("euros", "EUR"), ("lira", "TRY"), ("liras", "TRY"), ("dinar", "IQD"), ("dinars", "IQD"),
                       ("riyal", "SAR"), ("riyals", "SAR"), ("hryvnia", "UAH"), ("hryvnias", "UAH"), ("hryvnas", "UAH"),
                       ("rouble", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"), ("rubles", "RUB"), ("shekel", "ILS"),
                       ("shekels", "ILS"), ("kyat", "MMK"), ("birr", "ETB"), ("cfa francs", "XOF")):
        out.setdefault(word, code)
    for word, codes in bare.items():
        if len(codes) == 1 and len(word) > 3 and word not in NOT_BARE_CURRENCIES:
            out.setdefault(word, codes.pop())
    return out


@lru_cache(maxsize=1)
def _money_after() -> re.Pattern:
    names = sorted(currency_names(), key=len, reverse=True)
    return re.compile(r"\s(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I)


@dataclass
class NumberSpan:
    start: int
    end: int
    text: str
    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    kind: str | None = None  # money, age, area, distance, percent, duration — or None for a count
    unit: str | None = None
    rule: str | None = None
    number_end: int = 0  # where the number itself ends (before a unit)


def parse_number(text: str) -> float | None:
    """'800,000' → 800000; 'two hundred' → 200; '2.6' → 2.6; '1.5 million' → 1500000; 'twenty-five' → 25."""
    t = text.lower().replace("\u202f", "").replace("\u00a0", "").strip()
    scale = 1.0
    parts = t.split()
    while parts and parts[-1] in SCALES:
        scale *= SCALES[parts.pop()]
    t = " ".join(parts)
    if re.fullmatch(r"\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?", t):
        t = t.replace(",", "").replace(" ", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(m|bn|k|mn)?", t)
    if m:
        if m.group(2):
            scale *= SCALES[m.group(2)]
        return float(m.group(1)) * scale
    total = 0.0
    for word in re.split(r"[- ]", t):
        if word in WORD_NUMBERS:
            total += WORD_NUMBERS[word]
        elif word == "hundred":
            total = (total or 1) * 100
        elif word == "and" or not word:
            continue
        else:
            return None
    return total * scale if total else None


_PATTERNS: list[tuple[str, re.Pattern]] = []


def _compile() -> list[tuple[str, re.Pattern]]:
    if _PATTERNS:
        return _PATTERNS
    n = NUMBER
    vague = "|".join(sorted((re.escape(v) for v in vague_table()), key=len, reverse=True))
    sym = r"(?P<sym>US\s?\$|\$|£|€|¥|₴|₽|₪|USD|EUR|GBP|SYP|IQD|YER|SDG|UAH|LBP|TRY|ILS|NIS|SP)"
    rules = [
        ("age_range", rf"(?:between )?(?:the )?ages? (?:of )?(?P<n1>{n})\s?(?:to|and|-|–)\s?(?P<n2>{n})"),
        ("age_range_aged", rf"aged (?:between )?(?P<n1>{n})\s?(?:to|and|-|–)\s?(?P<n2>{n})"),
        ("age", rf"(?P<n1>{n})[- ]years?[- ]old"),
        ("age_aged", rf"(?:aged|age) (?P<n1>{n})(?! (?:years|percent|%))"),
        ("money_sym", rf"{BOUND}?\s?{sym}\s?(?P<n1>{n})"),
        ("money_code_after", rf"{BOUND}?\s?(?P<n1>{n})\s(?P<code>USD|EUR|GBP|SYP|IQD|YER|SDG|UAH|LBP|TRY|ILS)\b"),
        ("money_name", rf"{BOUND}?\s?(?P<n1>{n})(?P<cur>CURRENCY)"),
        ("area", rf"{BOUND}?\s?(?P<n1>{n})[- ](?P<unit>square[- ]kilomet(?:er|re)s?|sq\.? ?km|km2|km²|square[- ]miles?|sq\.? ?mi|hectares?|acres?|square[- ]met(?:er|re)s?|dunams?|donums?)"),
        ("distance", rf"{BOUND}?\s?(?P<n1>{n})[- ]?(?P<unit>kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|yards?|feet|foot)\b"),
        ("percent", rf"{BOUND}?\s?(?P<n1>{n})\s?(?P<unit>%|percent|per cent)"),
        ("range", rf"(?:between|from) (?P<n1>{n}) (?:and|to) (?P<n2>{n})"),
        ("range_dash", rf"(?P<n1>{_DIGITS})\s?(?:-|–|to) ?(?P<n2>{_DIGITS})(?=\s[a-z])"),
        ("vague", rf"{BOUND}?\s?(?P<vague>{vague})"),
        ("number", rf"{BOUND}?\s?(?P<n1>{n})"),
    ]
    for name, pattern in rules:
        if "CURRENCY" in pattern:
            names = sorted(currency_names(), key=len, reverse=True)
            pattern = pattern.replace("(?P<cur>CURRENCY)", r"\s(?P<cur>" + "|".join(re.escape(x) for x in names) + r")\b")
        _PATTERNS.append((name, re.compile(rf"(?<![\w.$£€-]){pattern}(?![\w%])", re.I)))
    return _PATTERNS


# Rules that begin with the number itself (after an optional bound): they are tried only where
# one scan for numbers found one, instead of each scanning the whole text.
_AT_NUMBERS = {"number", "money_name", "percent", "distance", "money_code_after", "area", "age"}


@lru_cache(maxsize=1)
def _number_starts() -> re.Pattern:
    return re.compile(rf"(?<![\w.$£€-]){BOUND}?\s?(?P<n1>{NUMBER})(?!\d)", re.I)


_DOTTED_ON = re.compile(r"\.\d")


def find_numbers(text: str) -> list[NumberSpan]:
    """Quantity phrases in `text`, longest first without overlaps."""
    found: list[tuple[int, int, str, re.Match]] = []
    starts = sorted({i for m in _number_starts().finditer(text) for i in (m.start(), m.start("n1"))})
    for name, pattern in _compile():
        if name in _AT_NUMBERS:
            matches = (pattern.match(text, i) for i in starts)
        else:
            matches = pattern.finditer(text)
        last_end = -1
        for m in matches:
            if m is None or m.start() < last_end:
                continue  # as a scan would: no match inside the previous one
            last_end = m.end()
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            found.append((start, m.end(), name, m))
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    chosen: list[tuple[int, int, str, re.Match]] = []
    for item in found:
        if all(item[1] <= c[0] or item[0] >= c[1] for c in chosen):
            chosen.append(item)
    chosen.sort()
    out = []
    for start, end, name, m in chosen:
        if _DOTTED_ON.match(text, end):
            continue  # "16.04.2017": a date (or a version), not the number 16.04
        span = _build(name, m, text, start, end)
        if span is not None:
            out.append(span)
    return out


def _bounds(bound: str | None, value: float | None) -> tuple[float | None, float | None, bool]:
    if not bound or value is None:
        return None, None, False
    b = bound.lower()
    if b in ("at least", "more than", "over", "no fewer than", "no less than", "upwards of", "in excess of"):
        return value, None, False
    if b in ("up to", "fewer than", "less than", "at most", "no more than", "as many as"):
        return None, value, False
    if b in ("nearly", "almost", "about", "around", "approximately", "some", "roughly", "an estimated", "estimated", "close to"):
        return None, None, True
    return None, None, False


def _build(name: str, m: re.Match, text: str, start: int, end: int) -> NumberSpan | None:
    g = m.groupdict()
    surface = text[start:end]
    if name == "vague":
        phrase = g["vague"].lower()
        if surface.lower().endswith(" of"):
            end -= 3
            surface = surface[:-3]
        value, low, high = vague_table()[phrase]
        lo, hi, _ = _bounds(g.get("bound"), value)
        return NumberSpan(start, end, surface, value, low if lo is None else lo, high if hi is None else hi, True,
                          rule=f"ACLED convention: {phrase.removesuffix(' of')}={int(value)}", number_end=end)
    v1 = parse_number(g["n1"]) if g.get("n1") else None
    v2 = parse_number(g["n2"]) if g.get("n2") else None
    if v1 is None:
        return None
    number_end = m.end("n1")
    if name in ("age_range", "age_range_aged"):
        return NumberSpan(start, end, surface, None, v1, v2, kind="age", unit="years", number_end=end)
    if name in ("range", "range_dash"):
        if v2 is None or v2 <= v1:
            return None
        return NumberSpan(start, end, surface, None, v1, v2, number_end=end)
    lo, hi, approx = _bounds(g.get("bound"), v1)
    span = NumberSpan(start, end, surface, v1, lo, hi, approx, number_end=number_end)
    if name in ("age", "age_aged"):
        span.kind, span.unit = "age", "years"
    elif name == "money_sym":
        span.kind, span.unit = "money", SYMBOLS.get(re.sub(r"\s", " ", g["sym"].lower()), SYMBOLS.get(g["sym"].lower().replace(" ", "")))
    elif name == "money_code_after":
        span.kind, span.unit = "money", g["code"].upper()
    elif name == "money_name":
        span.kind, span.unit = "money", currency_names()[g["cur"].lower()]
    elif name == "area":
        unit = g["unit"].lower().replace("-", " ").rstrip("s")
        span.kind, span.unit = "area", next((v for k, v in AREA_UNITS.items() if unit.startswith(k) or unit.replace(".", "") == k), "km2")
    elif name == "distance":
        unit = g["unit"].lower().rstrip("s")
        span.kind, span.unit = "distance", DISTANCE_UNITS.get(unit, DISTANCE_UNITS.get(unit.replace("re", "er"), unit))
    elif name == "percent":
        span.kind, span.unit = "percent", "%"
    return span
