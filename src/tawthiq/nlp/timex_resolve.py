"""Resolving a found time expression to calendar dates against an anchor (the publication date).

Each result gives ACLED/UCDP-style `start`/`end` days, a `precision`, and a TIMEX3-style `value`
(2016-12-05, 2016-W49, 2016-12, 2016, 2016-Q4, P3D, PRESENT_REF …). Relative expressions with no
anchor stay unresolved with a reason; nothing falls back to today's date."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from .timex_find import MONTH_ABBR, MONTHS, NUMBER_WORDS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS, Found

UNANCHORED = "relative to unknown publication date"


@dataclass
class Resolved:
    start: date | None = None
    end: date | None = None
    precision: str | None = None
    value: str | None = None
    anchored: bool = False  # whether the anchor was needed
    reason: str | None = None
    duration: bool = False


def month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    return MONTHS.index(name) + 1 if name in MONTHS else MONTH_ABBR[name]


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _week(d: date) -> tuple[date, date]:
    start = d - timedelta(days=d.weekday())
    return start, start + timedelta(days=6)


def _week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _num(word: str):
    word = word.lower()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    try:
        value = float(word)
        return int(value) if value.is_integer() else value
    except ValueError:
        return "X"


def _day(d: date) -> Resolved:
    return Resolved(d, d, "day", d.isoformat())


def _month(y: int, m: int) -> Resolved:
    return Resolved(date(y, m, 1), _month_end(y, m), "month", f"{y:04d}-{m:02d}")


def _year(y: int) -> Resolved:
    return Resolved(date(y, 1, 1), date(y, 12, 31), "year", f"{y:04d}")


def _edge(r: Resolved, edge: str | None) -> Resolved:
    """'early May', 'the end of this year': the third of the period the edge names."""
    if not edge or r.start is None:
        return r
    span = (r.end - r.start).days + 1
    third = max(1, span // 3)
    edge = edge.lower()
    if edge in ("early",) or "start" in edge or "beginning" in edge or "first half" in edge:
        return Resolved(r.start, r.start + timedelta(days=(span // 2 if "half" in edge else third) - 1), "range", r.value, r.anchored)
    if edge in ("late",) or "end" in edge or "second half" in edge:
        return Resolved(r.end - timedelta(days=(span // 2 if "half" in edge else third) - 1), r.end, "range", r.value, r.anchored)
    if edge in ("mid",) or "middle" in edge:
        return Resolved(r.start + timedelta(days=third), r.end - timedelta(days=third), "range", r.value, r.anchored)
    return r


def _year_for_month(month: int, anchor: date, *, future: bool = False, past: bool = False, day: int = 15) -> int:
    """A month named without a year: the nearest such month to the anchor — news speaks of
    the recent past and the near future — looking ahead only when the sentence does, and
    behind only when it tells what already happened ("a March 3 attack killed …")."""
    if future:
        return anchor.year if (month, day) >= (anchor.month, anchor.day) else anchor.year + 1
    if past:
        return anchor.year if (month, day) <= (anchor.month, anchor.day) else anchor.year - 1
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            gap = (date(year, month, min(day, 28)) - anchor).days
        except ValueError:
            continue
        cost = abs(gap) * (1.0 if gap <= 0 else 2.5)  # the past is likelier in news
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1]


def resolve(f: Found, anchor: date | None, *, future: bool = False, past: bool = False) -> Resolved:
    """Dates for `f`; `future` when the sentence speaks of what is to come, `past` when it tells
    what has happened."""
    g = f.groups
    rule = f.rule
    try:
        out = _absolute(rule, g)
        if out is not None:
            return out
        out = _duration(rule, g, f.text)
        if out is not None:
            return out
        if rule == "present":
            return Resolved(anchor, anchor, "day" if anchor else None, "PRESENT_REF", anchored=True)
        if rule in ("clock", "clock_ampm", "clock_day"):
            return _clock(g, anchor)
        if rule == "past_ref":
            return Resolved(None, anchor, None, "PAST_REF", anchored=True)
        if rule == "future_ref":
            return Resolved(anchor, None, None, "FUTURE_REF", anchored=True)
        if anchor is None:
            return Resolved(anchored=True, reason=UNANCHORED, precision=_precision_of(rule, g))
        out = _relative(rule, g, anchor, future, past)
        if out is not None:
            out.anchored = True
            return out
    except (ValueError, KeyError, OverflowError):
        pass
    return Resolved(reason="not resolvable")


def _absolute(rule: str, g: dict) -> Resolved | None:
    if rule in ("full_mdy", "full_dmy"):
        return _day(date(int(g["year"]), month_number(g["month"]), int(g["day"])))
    if rule == "iso":
        d = date(int(g["year"]), int(g["m"]), int(g["d"]))
        r = _day(d)
        if g.get("hh"):
            r.value = f"{d.isoformat()}T{g['hh']}:{g['mm']}"
        return r
    if rule in ("numeric", "numeric_dmy"):
        y = int(g["y"])
        y = y + 2000 if y < 50 else y + 1900 if y < 100 else y
        month, day = (int(g["a"]), int(g["b"])) if rule == "numeric" else (int(g["b"]), int(g["a"]))
        if month > 12 >= day:  # "25/12/2016", "12-25-2016": the order the numbers allow
            month, day = day, month
        return _day(date(y, month, day))
    if rule == "month_year":
        return _edge(_month(int(g["year"]), month_number(g["month"])), g.get("edge"))
    if rule in ("year", "year_prefix"):
        return _year(int(g["year"]))
    if rule == "apos_year":
        yy = int(g["yy"])
        return _year(1900 + yy if yy > 30 else 2000 + yy)
    if rule == "q_notation":
        q = int(g["q"][1])
        return _quarter(int(g["year"]), q)
    if rule == "decade":
        century = g.get("century") or "19"
        prefix = f"{century}{g['decade']}"
        start = date(int(prefix + "0"), 1, 1)
        return _edge(Resolved(start, date(start.year + 9, 12, 31), "decade", prefix), g.get("edge"))
    if rule == "decade_short":
        prefix = f"19{g['decade']}"
        return Resolved(date(int(prefix + "0"), 1, 1), date(int(prefix + "9"), 12, 31), "decade", prefix)
    if rule in ("range_days",) and g.get("year"):
        m1 = month_number(g.get("month2") or g["month"])
        m2 = month_number(g["month"])
        y = int(g["year"])
        s, e = date(y, m1, int(g["day"])), date(y, m2, int(g["day2"]))
        return Resolved(s, e, "range", f"{s.isoformat()}/{e.isoformat()}")
    if rule == "range_days_md" and g.get("year"):
        y, m = int(g["year"]), month_number(g["month"])
        s, e = date(y, m, int(g["day"])), date(y, m, int(g["day2"]))
        return Resolved(s, e, "range", f"{s.isoformat()}/{e.isoformat()}")
    if rule == "rel_season" and g.get("year") and not g.get("rel"):
        return _season(int(g["year"]), g["season"])
    if rule == "quarter" and g.get("year"):
        return _quarter(int(g["year"]), _quarter_number(g["qrel"], None))
    return None


def _clock(g: dict, anchor: date | None) -> Resolved:
    hh, mm = int(g["hh"]), int(g.get("mm") or 0)
    ampm = (g.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hh < 12:
        hh += 12
    elif ampm == "am" and hh == 12:
        hh = 0
    day = anchor
    word = (g.get("day_word") or "").lower()
    if anchor is not None and word:
        if word in WEEKDAYS:
            day = anchor - timedelta(days=(anchor.weekday() - WEEKDAYS.index(word)) % 7)
        else:
            day = anchor + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[word])
    zone = "Z" if (g.get("tz") or "").upper() in ("UTC", "GMT") else ""
    if day is None:
        return Resolved(value=f"T{hh:02d}:{mm:02d}{zone}", anchored=True, reason=UNANCHORED)
    return Resolved(day, day, "time", f"{day.isoformat()}T{hh:02d}:{mm:02d}{zone}", anchored=True)


def _quarter_number(word: str, anchor: date | None) -> int:
    word = word.lower()
    table = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
    if word in table:
        return table[word]
    if anchor is None:
        raise ValueError("quarter without anchor")
    current = (anchor.month - 1) // 3 + 1
    return {"this": current, "next": current % 4 + 1, "last": (current - 2) % 4 + 1, "previous": (current - 2) % 4 + 1, "past": (current - 2) % 4 + 1}[word]


def _quarter(y: int, q: int) -> Resolved:
    start = date(y, 3 * (q - 1) + 1, 1)
    return Resolved(start, _month_end(y, 3 * q), "quarter", f"{y:04d}-Q{q}")


def _season(y: int, season: str) -> Resolved:
    code = SEASONS[season.lower()]
    months = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}[code]
    start = date(y, months[0], 1)
    end = _month_end(y + (1 if code == "WI" else 0), months[1])
    return Resolved(start, end, "range", f"{y:04d}-{code}")


def _duration(rule: str, g: dict, text: str) -> Resolved | None:
    if rule == "duration":
        n, unit = _num(g["num"]), UNITS[g["unit"].lower()]
        if unit == "WE":
            return None
        if unit in ("H", "M") and g["unit"].lower() in ("hour", "minute"):
            value = f"PT{n}{unit}"
        elif unit in ("DE", "CE") and isinstance(n, (int, float)):
            value = f"P{int(n * (10 if unit == 'DE' else 100))}Y"
        else:
            value = f"P{n}{unit}"
        return Resolved(value=value, duration=True)
    if rule == "set":
        word = g["word"].lower().split()[-1]
        unit = {"annual": "Y", "annually": "Y", "yearly": "Y", "year": "Y", "weekly": "W", "week": "W",
                "daily": "D", "day": "D", "monthly": "M", "month": "M"}[word]
        return Resolved(value=f"P1{unit}", duration=True)
    if rule == "past_unit_duration":
        return Resolved(value="P10Y" if g["unit"].lower() == "decade" else "P100Y", duration=True)
    if rule == "the_unit":
        return Resolved(value=f"P1{UNITS[g['unit'].lower()]}", duration=True)
    if rule == "duration_vague":
        word = g["word"].lower().split()[-1]
        unit = UNITS.get(word.rstrip("s"), "Y")
        return Resolved(value=f"PX{unit}", duration=True)
    return None


def _precision_of(rule: str, g: dict) -> str | None:
    unit = (g.get("unit") or "").lower()
    if rule in ("weekday", "weekday_md", "weekday_dm", "deictic", "md", "dm", "part_weekday", "rel_weekday", "part_of_today"):
        return "day"
    if "week" in unit:
        return "week"
    if "month" in unit or rule in ("month", "rel_month"):
        return "month"
    if "year" in unit:
        return "year"
    return "range" if rule in ("past_few", "past_unit", "since_edge_month", "earlier_this", "edge_rel") else None


def _relative(rule: str, g: dict, anchor: date, future: bool, past: bool = False) -> Resolved | None:
    if rule == "deictic":
        word = g["word"].lower()
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}[word]
        r = _day(anchor + timedelta(days=shift))
        if word == "tonight":
            r.value += "TNI"
        return r
    if rule == "the_day":
        return _day(anchor)
    if rule == "part_alone":
        r = _day(anchor)
        r.value = f"{anchor.isoformat()}T{PARTS_OF_DAY[g['part'].lower()]}"
        return r
    if rule == "part_of_today":
        rel = g["rel"].lower()
        d = anchor + timedelta(days={"this": 0, "tomorrow": 1, "yesterday": -1, "last": -1}[rel])
        r = _day(d)
        r.value = f"{d.isoformat()}T{PARTS_OF_DAY[g['part'].lower()]}"
        return r
    if rule in ("weekday", "rel_weekday", "part_weekday", "weekday_md", "weekday_dm"):
        if rule in ("weekday_md", "weekday_dm"):
            m = month_number(g["month"])
            return _day(date(_year_for_month(m, anchor, future=future, past=past, day=int(g["day"])), m, int(g["day"])))
        wd = WEEKDAYS.index(g["weekday"].lower())
        rel = (g.get("rel") or "").lower()
        forward = future or rel in ("next", "this coming")
        if forward:
            delta = (wd - anchor.weekday()) % 7 or (7 if rel == "next" else 0)
        else:
            delta = -((anchor.weekday() - wd) % 7)
            if rel == "last" and delta == 0:
                delta = -7
        r = _day(anchor + timedelta(days=delta))
        if rule == "part_weekday":
            r.value = f"{r.value}T{PARTS_OF_DAY[g['part'].lower()]}"
        return r
    if rule in ("md", "dm"):
        m = month_number(g["month"])
        r = _day(date(_year_for_month(m, anchor, future=future, past=past, day=int(g["day"])), m, int(g["day"])))
        return _edge(r, g.get("edge"))
    if rule in ("range_days", "range_days_md"):
        m2 = month_number(g["month"])
        m1 = month_number(g.get("month2") or g["month"])
        y = _year_for_month(m2, anchor, future=future)
        s, e = date(y, m1, int(g["day"])), date(y, m2, int(g["day2"]))
        return Resolved(s, e, "range", f"{s.isoformat()}/{e.isoformat()}")
    if rule == "month":
        m = month_number(g["month"])
        return _month(_year_for_month(m, anchor, future=future), m)
    if rule == "month_rel_year":  # "October of next year", "March last year"
        y = anchor.year + {"last": -1, "this": 0, "next": 1}[g["yrel"].lower()]
        return _edge(_month(y, month_number(g["month"])), g.get("edge"))
    if rule == "rel_month":
        m, rel = month_number(g["month"]), g["rel"].lower()
        if rel in ("early", "late"):
            return _edge(_month(_year_for_month(m, anchor, future=future), m), rel)
        y = {"last": _year_for_month(m, anchor) if m < anchor.month else anchor.year - 1, "this": anchor.year,
             "next": anchor.year if m > anchor.month else anchor.year + 1}[rel]
        return _month(y, m)
    if rule == "since_edge_month":
        m = month_number(g["month"])
        y = int(g["year"]) if g.get("year") else _year_for_month(m, anchor)
        r = _edge(_month(y, m), g["edge"])
        if (g.get("lead") or "").lower() == "since":
            return Resolved(r.start, anchor, "range", r.value)
        return r
    if rule == "rel_unit":
        return _rel_unit(g["rel"].lower(), g["unit"].lower(), anchor)
    if rule == "the_weekend":  # "over the weekend": the weekend the report is nearest, as "this weekend"
        return _rel_unit("this", "weekend", anchor)
    if rule == "earlier_this":
        base = _rel_unit(g["rel"].lower(), g["unit"].lower(), anchor)
        if g["dir"].lower() == "earlier" and g["rel"].lower() == "this":
            base = Resolved(base.start, anchor, base.precision, base.value)
        elif g["dir"].lower() == "later" and g["rel"].lower() == "this":
            base = Resolved(anchor, base.end, base.precision, base.value)
        return base
    if rule == "edge_rel":
        rel = (g.get("rel") or "this").lower()
        if g["unit"].lower() == "day":
            return _day(anchor)
        base = _rel_unit("this" if rel == "the" else rel, g["unit"].lower(), anchor)
        return _edge(base, g["edge"])
    if rule == "quarter":
        q = _quarter_number(g["qrel"], anchor)
        y = anchor.year
        yrel = (g.get("yrel") or "").lower()
        if yrel == "last":
            y -= 1
        elif yrel == "next":
            y += 1
        elif g["qrel"].lower() in ("last", "previous", "past") and q == 4 and anchor.month <= 3:
            y -= 1
        elif g["qrel"].lower() == "next" and q == 1 and anchor.month >= 10:
            y += 1
        elif not future and g["qrel"].lower() in ("first", "second", "third", "fourth", "final", "1st", "2nd", "3rd", "4th") and 3 * (q - 1) + 1 > anchor.month:
            y -= 1
        return _quarter(y, q)
    if rule == "rel_season":
        rel = (g.get("rel") or "this").lower()
        y = anchor.year + {"last": -1, "this": 0, "next": 1}[rel]
        return _season(y, g["season"])
    if rule == "ago":
        n, unit = _num(g["num"]), UNITS[g["unit"].lower()]
        if not isinstance(n, (int, float)):
            return Resolved(None, anchor, None, "PAST_REF")
        n = int(n)
        if unit == "D":
            return _day(anchor - timedelta(days=n))
        if unit == "W":
            return _day(anchor - timedelta(weeks=n))
        if unit == "M":
            y, m = divmod(anchor.year * 12 + anchor.month - 1 - n, 12)
            return _month(y, m + 1)
        if unit == "Y":
            return _year(anchor.year - n)
        if unit == "DE":
            return Resolved(None, anchor, None, "PAST_REF")
        return None
    if rule in ("past_few", "past_unit"):
        return _past_period(g, anchor)
    return None


def _rel_unit(rel: str, unit: str, anchor: date) -> Resolved:
    step = {"last": -1, "past": -1, "previous": -1, "preceding": -1, "this": 0, "current": 0, "same": 0,
            "next": 1, "coming": 1, "following": 1}[rel]
    if unit == "week":
        d = anchor + timedelta(weeks=step)
        s, e = _week(d)
        return Resolved(s, e, "week", _week_value(d))
    if unit == "weekend":
        saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7 - (7 if step < 0 or anchor.weekday() < 5 and step == 0 else 0) + 7 * max(step, 0))
        return Resolved(saturday, saturday + timedelta(days=1), "range", f"{_week_value(saturday)}-WE")
    if unit == "month":
        y, m = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
        return _month(y, m + 1)
    if unit == "year":
        return _year(anchor.year + step)
    if unit == "decade":
        start = anchor.year // 10 * 10 + 10 * step
        return Resolved(date(start, 1, 1), date(start + 9, 12, 31), "decade", str(start // 10))
    if unit == "century":
        start = anchor.year // 100 * 100 + 100 * step
        return Resolved(date(start, 1, 1), date(start + 99, 12, 31), "century", str(start // 100))
    raise ValueError(unit)


def _past_period(g: dict, anchor: date) -> Resolved:
    """'the past few days' / 'the past three weeks': a range ending at the anchor."""
    rel = (g.get("rel") or "past").lower()
    unit_word = (g.get("unit") or "days").lower()
    if "few" in unit_word:
        unit_word = unit_word.split()[-1]
        n = "X"
    else:
        n = _num(g["num"]) if g.get("num") else "X" if unit_word.endswith("s") else 1  # "the past day" is one
    unit = UNITS[unit_word.rstrip("s")]
    days = {"D": 1, "W": 7, "M": 30, "Y": 365, "DE": 3650, "H": 1 / 24, "Q": 91}.get(unit, 1)
    count = n if isinstance(n, (int, float)) else 5 if unit == "D" else 3
    span = timedelta(days=max(1, round(count * days)))
    forward = rel in ("coming", "next")
    start, end = (anchor, anchor + span) if forward else (anchor - span, anchor)
    return Resolved(start, end, "range", f"P{n}{unit}")
