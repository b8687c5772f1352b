"""Finding time expressions in text: one regular grammar of English date, time and duration
phrases, matched longest-first without overlaps.

The grammar is built from small named parts (months, weekdays, number words, units) so each
rule reads like the phrases it finds; `timex_resolve` turns what matched into dates."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
              "nov": 11, "dec": 12}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "a couple of": 2,
                "a few": "X", "few": "X", "several": "X", "many": "X", "some": "X", "the past few": "X",
                "couple of": 2, "dozens of": "X", "a dozen": 12, "half a": 0.5}
UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "fortnight": "W",
         "month": "M", "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q", "weekend": "WE"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
                "dawn": "MO", "dusk": "EV", "midnight": "NI", "noon": "AF", "daybreak": "MO"}

# a full stop after a month's short form is part of it ("Aug."), after a full name it ends the sentence ("since May.")
_ABBR_STOP = r"(?:" + "|".join(rf"(?<=\b{a})" for a in sorted(MONTH_ABBR)) + r")\."
_MONTH = r"(?P<month>" + "|".join(MONTHS + sorted(MONTH_ABBR, key=len, reverse=True)) + r")(?:" + _ABBR_STOP + r")?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_NUM = r"(?P<num>\d{1,9}(?:\.\d{1,6})?|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")s?"
_PART = r"(?P<part>" + "|".join(PARTS_OF_DAY) + r")"
_SEASON = r"(?P<season>" + "|".join(SEASONS) + r")"
_REL = r"(?P<rel>last|this|next|past|previous|coming|current|same|following|preceding)"
_EDGE = r"(?:(?P<edge>early|late|mid|the (?:start|beginning|end|middle) of|the first half of|the second half of)[- ]?)?"

# (name, pattern). Longer, more specific rules first; all are matched case-insensitively.
RULES: list[tuple[str, str]] = [
    ("range_days", rf"(?:between|from) {_DAY}(?: {_MONTH2})? (?:and|to|-|–) {_DAY2} {_MONTH}(?:,? {_YEAR})?"),
    ("range_days_md", rf"(?:between|from) {_MONTH} {_DAY} (?:and|to|-|–) {_DAY2}(?:,? {_YEAR})?"),
    ("full_mdy", rf"(?:{_WEEKDAY},? )?{_MONTH} {_DAY}(?:,| of)? {_YEAR}"),
    ("full_dmy", rf"(?:{_WEEKDAY},? )?(?:the )?{_DAY}(?: of)? {_MONTH},? {_YEAR}"),
    ("iso", r"(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d))?"),
    ("numeric", r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)"),
    ("numeric_dmy", r"(?<![\d.:/-])(?P<a>[0-3]?\d)(?P<sep>[.-])(?P<b>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d]|\.\d)"),
    ("weekday_md", rf"{_WEEKDAY},? {_MONTH} {_DAY}"),
    ("weekday_dm", rf"{_WEEKDAY},? (?:the )?{_DAY}(?: of)? {_MONTH}"),
    ("md", rf"{_EDGE}{_MONTH} {_DAY}(?![\d:])"),
    ("dm", rf"(?:the )?{_DAY}(?: of)? {_MONTH}(?! \d)"),
    ("month_year", rf"{_EDGE}{_MONTH},? (?:of )?{_YEAR}"),
    ("month_rel_year", rf"{_EDGE}{_MONTH}(?=,? (?:of )?(?P<yrel>this|last|next) year)"),  # the year is its own expression
    ("quarter", r"(?:the )?(?P<qrel>first|second|third|fourth|final|last|1st|2nd|3rd|4th|this|next|previous|past)[- ]quarter(?: of (?:(?P<year>(?:19|20)\d\d)|(?P<yrel>this|last|next) year))?"),
    ("q_notation", r"(?P<q>Q[1-4]) (?P<year>(?:19|20)\d\d)"),
    ("part_weekday", rf"{_WEEKDAY} {_PART}"),
    ("rel_weekday", rf"(?P<rel>last|this|next|this past|this coming) {_WEEKDAY}"),
    ("weekday", rf"{_WEEKDAY}"),
    ("ago", rf"{_NUM} {_UNIT} ago"),
    ("earlier_this", r"(?P<dir>earlier|later) (?P<rel>this|last|next) (?P<unit>week|month|year)"),
    ("edge_rel", r"(?P<edge>early|late|mid|the (?:start|beginning|end|middle) of|the first half of|the second half of)[- ](?:(?P<rel>this|last|next|the) )?(?P<unit>week|month|year|day)"),
    ("since_edge_month", rf"(?:(?P<lead>since|until|by) )?(?P<edge>early|late|mid)[- ]{_MONTH}(?: {_YEAR})?"),
    ("past_unit_duration", r"the (?:past|last|previous) (?P<unit>decade|century)"),
    ("rel_unit", rf"(?:the )?{_REL} (?P<unit>week|month|year|weekend|decade|century)"),
    ("the_weekend", r"the weekend(?! of)"),
    ("rel_month", rf"(?P<rel>last|this|next|early|late) {_MONTH}"),
    ("rel_season", rf"(?:(?P<rel>last|this|next) |(?:the )?)?{_SEASON}(?: of (?P<year>(?:19|20)\d\d))?"),
    ("past_few", rf"(?:in |over |during |for )?the (?:past|last|previous|coming|next) {_NUM} {_UNIT}"),
    ("past_unit", r"(?:in |over |during )?the (?P<rel>past|last|previous|coming|next) (?P<unit>few days|few weeks|few months|few years|days|weeks|months|years)"),
    ("past_unit", r"(?:in|over|during) the (?P<rel>past|last|previous) (?P<unit>day)\b"),  # "over the past day": the day to now
    ("part_of_today", rf"(?P<rel>this|tomorrow|yesterday|last) {_PART}"),
    ("deictic", r"(?P<word>today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow)"),
    ("present", r"(?P<word>now|at present|at the moment|at the time of writing|at this time|these days|nowadays|right now|this time)"),
    ("past_ref", r"(?P<word>recently|lately|in recent (?:days|weeks|months|years)|the past|previously|formerly|once|recent)"),
    ("future_ref", r"(?P<word>soon|the future|in the coming (?:days|weeks|months|years)|shortly|later)"),
    ("the_day", r"the (?:same |very )?day"),
    ("part_alone", rf"(?:this |the )?{_PART}"),
    ("set", r"(?P<word>annual|annually|weekly|daily|monthly|yearly|every (?:day|week|month|year))"),
    ("the_unit", r"the (?P<unit>week|month|year)(?! (?:of|before|after|ago|earlier))"),
    ("decade", r"(?:the )?(?P<edge>early|late|mid)?[- ]?(?:(?P<century>19|20)|')(?P<decade>\d)0s"),
    ("decade_short", r"(?:the )?(?P<decade>[2-9])0s"),
    ("year_prefix", r"(?:the (?:year|fiscal year|end of|start of|beginning of) )(?P<year>(?:19|20)\d\d)"),
    ("year", r"(?<![\d$£€#/.,-])(?P<year>(?:19[5-9]|20[0-4])\d)(?![\d%/-]|\.\d)"),
    ("apos_year", r"'(?P<yy>\d\d)(?![\d])"),
    ("month", rf"{_MONTH}"),
    ("clock_day", r"(?P<hh>[01]?\d|2[0-3])[:.]?(?P<mm>[0-5]\d) (?P<tz>GMT|UTC) (?P<day_word>today|yesterday|tomorrow|" + "|".join(WEEKDAYS) + r")"),
    ("clock", r"(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)(?: ?(?P<ampm>[ap]\.?m\.?))?(?: (?P<tz>GMT|UTC|[A-Z]{2,4}T))?"),
    ("clock_ampm", r"(?P<hh>1[0-2]|[1-9]) ?(?P<ampm>[ap]\.?m\.?)(?: (?P<tz>GMT|UTC|[A-Z]{2,4}T))?"),
    ("duration", rf"(?:(?:for|over|in|within|after|during) )?(?:the )?(?:more than |less than |nearly |almost |about |around |over |some |at least )?{_NUM}[- ](?P<consec>consecutive |straight |long |full )?{_UNIT}(?:[- ]long)?"),
    ("duration_vague", r"(?P<word>(?:for |over )?(?:decades|years|months|weeks|days|hours|the years))"),
]

_COMPILED = [(name, re.compile(rf"(?<![\w'’]){pattern}(?![\w])", re.I)) for name, pattern in RULES]

# What every match of a rule must contain (substrings, any case; DIGIT: any digit). A rule is
# searched for only near its gate words: most articles name no season, quarter or decade, and
# fifty scans of the whole text per article cost more than the rest of the date stage.
DIGIT = "<digit>"
_MONTH_WORDS = (*MONTH_ABBR, "may")  # every month name holds one of these
_UNIT_WORDS = tuple(UNITS)
_GATES: dict[str, tuple[str, ...]] = {
    "range_days": _MONTH_WORDS, "range_days_md": _MONTH_WORDS, "full_mdy": _MONTH_WORDS,
    "full_dmy": _MONTH_WORDS, "md": _MONTH_WORDS, "dm": _MONTH_WORDS, "month_year": _MONTH_WORDS, "month_rel_year": _MONTH_WORDS,
    "since_edge_month": _MONTH_WORDS, "rel_month": _MONTH_WORDS, "month": _MONTH_WORDS,
    "weekday_md": ("day",), "weekday_dm": ("day",), "part_weekday": ("day",), "rel_weekday": ("day",),
    "weekday": ("day",), "iso": (DIGIT,), "numeric": (DIGIT,), "numeric_dmy": (DIGIT,), "q_notation": (DIGIT,), "year": (DIGIT,),
    "year_prefix": (DIGIT,), "clock_day": (DIGIT,), "clock": (DIGIT,), "clock_ampm": (DIGIT,),
    "apos_year": ("'",), "decade": ("0s",), "decade_short": ("0s",), "quarter": ("quarter",),
    "ago": ("ago",), "earlier_this": ("earlier", "later"), "edge_rel": ("week", "month", "year", "day"),
    "past_unit_duration": ("decade", "century"), "rel_unit": ("week", "month", "year", "decade", "century"), "the_weekend": ("weekend",),
    "rel_season": tuple(SEASONS), "past_few": _UNIT_WORDS, "past_unit": ("day", "week", "month", "year"),
    "part_of_today": tuple(PARTS_OF_DAY), "part_alone": tuple(PARTS_OF_DAY),
    "deictic": ("today", "tonight", "yesterday", "tomorrow"),
    "present": ("now", "present", "moment", "writing", "this time", "these days"),
    "past_ref": ("recent", "lately", "the past", "previously", "formerly", "once"),
    "future_ref": ("soon", "future", "coming", "shortly", "later"), "the_day": ("day",),
    "set": ("annual", "weekly", "daily", "monthly", "yearly", "every "), "the_unit": ("week", "month", "year"),
    "duration": _UNIT_WORDS, "duration_vague": ("decades", "years", "months", "weeks", "days", "hours"),
}


# The most characters a match of each rule can span (its regex's maximum width), and the few
# beyond its end that its lookaheads read ("the week" not followed by " before").
_WIDTH = {name: re._parser.parse(pattern.pattern, re.I).getwidth()[1] for name, pattern in _COMPILED}
_LOOKAHEAD = 32  # also covers a gate word found inside a longer one ("sep" of "sept")
_DIGITS = re.compile(r"\d+")


def _gate_words(gate: tuple[str, ...], text: str, lowered: str) -> list[tuple[int, int]]:
    """Where the gate's words occur, in order."""
    found: list[tuple[int, int]] = []
    for word in gate:
        if word is DIGIT:
            found.extend(m.span() for m in _DIGITS.finditer(text))
            continue
        i = lowered.find(word)
        while i >= 0:
            found.append((i, i + len(word)))
            i = lowered.find(word, i + 1)
    return sorted(found)


def _windows(occurrences: list[tuple[int, int]], width: int, n: int) -> list[tuple[int, int]]:
    """The stretches a match holding one of `occurrences` can lie in, merged."""
    out: list[tuple[int, int]] = []
    for start, end in occurrences:
        lo, hi = max(0, end - width), min(n, start + width + _LOOKAHEAD)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _scan(pattern: re.Pattern, text: str, windows: list[tuple[int, int]] | None):
    """What `pattern.finditer(text)` yields, searching only `windows` (None: everywhere): a full
    scan finds no match outside them, and each window picks up where the last match ended, as a
    scan does."""
    if windows is None:
        yield from pattern.finditer(text)
        return
    last_end = 0
    for lo, hi in windows:
        for m in pattern.finditer(text, max(lo, last_end), hi):
            last_end = m.end()
            yield m


# Words that make a bare month name ("may", "march") not a month.
_MODAL_BEFORE = re.compile(r"(?i)\b(?:i|you|he|she|it|we|they|who|which|that|this|and|or|but|not|also|still|may|might)\s*$")


@dataclass
class Found:
    rule: str
    start: int
    end: int
    text: str
    groups: dict


def find(text: str) -> list[Found]:
    """Time expressions in `text`, longest first, never overlapping."""
    candidates: list[Found] = []
    lowered = text.lower()
    aligned = len(lowered) == len(text)  # lower() keeps offsets (it does not for "İ")
    occurrences: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for name, pattern in _COMPILED:
        gate = _GATES.get(name) if aligned else None
        windows = None
        if gate is not None:
            if gate not in occurrences:
                occurrences[gate] = _gate_words(gate, text, lowered)
            windows = _windows(occurrences[gate], _WIDTH[name], len(text))
        for m in _scan(pattern, text, windows):
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            start, end = m.start(), m.end()
            if not _plausible(name, text, start, end, groups):
                continue
            candidates.append(Found(name, start, end, text[start:end], groups))
    candidates.sort(key=lambda f: (-(f.end - f.start), f.start))
    taken: list[Found] = []
    for f in candidates:
        if all(f.end <= t.start or f.start >= t.end for t in taken):
            taken.append(f)
    taken.sort(key=lambda f: f.start)
    return [_trim(text, f) for f in taken]


_LEAD = re.compile(r"(?i)^(?:in|over|during|for|within|after|since|until|by) ")


def _trim(text: str, f: Found) -> Found:
    """TIMEX spans leave out the preposition before them ('in the past few days' → 'the past few days')."""
    m = _LEAD.match(f.text)
    if m and f.rule not in ("past_ref", "future_ref", "present", "duration_vague"):
        cut = m.end()
        return Found(f.rule, f.start + cut, f.end, f.text[cut:], f.groups)
    return f


def _plausible(rule: str, text: str, start: int, end: int, groups: dict) -> bool:
    word = text[start:end]
    if rule == "month" and word.lower() in ("may", "march", "mar", "jan", "jun", "aug", "oct", "dec", "sep", "sept", "nov", "feb", "apr", "jul"):
        if not word[0].isupper() or word.lower() in ("mar", "jan", "jun", "aug", "oct", "dec", "sep", "sept", "nov", "feb", "apr", "jul"):
            return False
        if _MODAL_BEFORE.search(text[max(0, start - 12) : start]) or start == 0 or text[start - 1] in "\n\"“":
            return False
    elif rule == "month" and not word[0].isupper():
        return False
    if rule in ("md", "dm") and groups.get("month", "").lower() == "may" and not word[0:1].isdigit() and not groups["month"][0].isupper():
        return False
    if rule == "weekday" and not word[0].isupper():
        return False
    if groups.get("month") and not groups["month"][0].isupper():
        return False  # "this may", "march on": verbs, not months
    if groups.get("season") and not groups["season"][0].isupper() and not groups.get("rel") and not re.search(r"(?i)\b(?:the|in|of|this|last|next|early|late)\s+$", text[max(0, start - 8) : start]):
        return False  # "markets fall"
    if rule == "duration" and groups.get("unit", "").lower().startswith("second") and not groups.get("num", "").isdigit():
        return False  # "a second attack"
    if rule == "year":
        before = text[max(0, start - 12) : start].lower()
        after = text[end : end + 12].lower()
        if re.search(r"(?:resolution|no\.|number|route|article|flight|\$|£|€|us\$)\s*$", before):
            return False
        if re.match(r"\s*(?:people|civilians|soldiers|troops|fighters|men|women|children|families|km|kilometres|kilometers|miles|metres|meters|dollars|pounds|euros|tons|tonnes|times|votes|cases)\b", after):
            return False
    if rule == "present" and word.lower() in ("this time", "once"):
        return False
    if rule == "past_ref" and word.lower() in ("once", "formerly", "previously"):
        return False
    if rule == "clock" and "." in word and not groups.get("ampm"):
        return False  # "fell 2.36 percent"
    if rule == "duration" and re.match(r"[- ]old\b", text[end : end + 5]):
        return False  # "his 20-year-old son": an age
    if rule in ("duration", "part_alone") and re.match(r" (?:raid|attack|shift|curfew|patrol|operation|assault|offensive|visit|trip)s?\b", text[end : end + 12]) \
            and (groups.get("num", "").lower() in ("a", "an") and groups.get("unit", "").lower() in ("night", "day")
                 or rule == "part_alone" and re.search(r"\ban? $", text[max(0, start - 3) : start])):
        return False  # "a night raid", "a day trip": the kind of an act, not how long nor when
    if rule == "duration" and groups.get("unit", "").lower().startswith("quarter") and text[end : end + 3] == " of":
        return False  # "a quarter of the dealers"
    if rule == "clock" and not re.search(r"(?i)\b(?:at|from|until|by|around|about|before|after)\s+$", text[max(0, start - 10) : start]) and not groups.get("ampm") and not groups.get("tz"):
        return False
    if rule in ("duration", "duration_vague", "past_few", "ago") and groups.get("num", "").lower() in ("some", "many"):
        return rule != "ago"
    return True
