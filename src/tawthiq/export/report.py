"""A one-file HTML report to look at rather than read: a map of the events (one dot per cluster of
reports, coloured by whether sources agree), a timeline of events per month, and the disputed
events with every claim side by side. No scripts, no tiles, no network: it opens anywhere.

The clusters are streamed; the map keeps at most `MAX_POINTS` dots (beyond that, events falling
in the same small grid cell share one dot), so memory stays bounded on any corpus."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from html import escape
from typing import TextIO

from ..geo.build import ATTRIBUTION
from ..store.store import Filters, Store

MAX_POINTS = 4000
MAX_DISPUTED = 25
STATUS_COLOURS = {"corroborated": "#1b7837", "disputed": "#c51b7d", "single_source": "#737373"}
MAP_W, MAP_H, PAD = 900, 480, 30


class _Points:
    """Dots for the map, merged on a grid once there are too many."""

    def __init__(self) -> None:
        self.cells: dict[tuple, dict] = {}
        self.step = 0.0  # grid size in degrees; 0 keeps every distinct point

    def add(self, lat: float, lon: float, status: str, deaths: int, place: str | None) -> None:
        cell = self._cell(lat, lon)
        dot = self.cells.setdefault(cell, {"lat": lat, "lon": lon, "events": 0, "deaths": 0, "status": Counter(), "places": Counter()})
        dot["events"] += 1
        dot["deaths"] += deaths
        dot["status"][status] += 1
        if place:
            dot["places"][place] += 1
        if len(self.cells) > MAX_POINTS:
            self._coarsen()

    def _cell(self, lat: float, lon: float) -> tuple:
        if not self.step:
            return (round(lat, 4), round(lon, 4))
        return (math.floor(lat / self.step), math.floor(lon / self.step))

    def _coarsen(self) -> None:
        self.step = self.step * 2 if self.step else 0.05
        old, self.cells = self.cells, {}
        for dot in old.values():
            merged = self.cells.setdefault(self._cell(dot["lat"], dot["lon"]), {"lat": dot["lat"], "lon": dot["lon"], "events": 0,
                                                                              "deaths": 0, "status": Counter(), "places": Counter()})
            merged["events"] += dot["events"]
            merged["deaths"] += dot["deaths"]
            merged["status"].update(dot["status"])
            merged["places"].update(dot["places"])


def write_report(store: Store, out: TextIO, filters: Filters | None) -> int:
    points = _Points()
    months: dict[str, Counter] = defaultdict(Counter)
    statuses: Counter = Counter()
    types: Counter = Counter()
    disputed: list[dict] = []
    n = 0
    for c in store.clusters(filters):
        n += 1
        status = c["status"]
        statuses[status] += 1
        types[c["type"]] += 1
        if c.get("date_start"):
            months[c["date_start"][:7]][status] += 1
        if c.get("lat") is not None and c.get("lon") is not None:
            points.add(float(c["lat"]), float(c["lon"]), status, int(c.get("acled_fatalities") or 0), c.get("place"))
        if status == "disputed":
            disputed.append(c)
            disputed.sort(key=lambda x: -(max(x.get("fatalities_reported") or [0])))
            del disputed[MAX_DISPUTED:]
    out.write(_page(n, statuses, types, points, months, disputed))
    return n


def _page(n: int, statuses: Counter, types: Counter, points: _Points, months: dict, disputed: list[dict]) -> str:
    legend = " ".join(f'<span class="key" style="background:{colour}"></span>{escape(status.replace("_", " "))} '
                      f"({statuses.get(status, 0):,})" for status, colour in STATUS_COLOURS.items())
    kinds = ", ".join(f"{escape(t.replace('_', ' '))} {k:,}" for t, k in types.most_common(8))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>tawthiq — events</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 24px auto; max-width: 960px; color: #222; }}
h1 {{ font-size: 20px; }} h2 {{ font-size: 16px; margin-top: 28px; }}
.key {{ display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin: 0 4px 0 10px; }}
svg {{ background: #fafafa; border: 1px solid #ddd; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border-bottom: 1px solid #eee; padding: 4px 6px; text-align: left; vertical-align: top; }}
.small {{ color: #666; font-size: 12px; }}
</style></head><body>
<h1>{n:,} events from the store</h1>
<p>{legend}</p><p class="small">Most frequent types: {kinds or "none"}</p>
<h2>Where</h2>
{_map_svg(points)}
<h2>When (events per month)</h2>
{_timeline_svg(months)}
<h2>Disputed events</h2>
{_disputed_table(disputed)}
<p class="small">{escape(ATTRIBUTION)}</p>
</body></html>
"""


def _ticks(low: float, high: float, step: float) -> list[float]:
    """Grid lines every `step` degrees between `low` and `high`."""
    out, value = [], math.ceil(low / step) * step
    while value <= high:
        out.append(value)
        value += step
    return out


def _map_svg(points: _Points) -> str:
    dots = list(points.cells.values())
    if not dots:
        return '<p class="small">No event has coordinates.</p>'
    lats = [d["lat"] for d in dots]
    lons = [d["lon"] for d in dots]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    span = max(north - south, (east - west) * MAP_H / MAP_W, 0.5)
    mid_lat, mid_lon = (north + south) / 2, (east + west) / 2
    south, north = mid_lat - span / 2 * 1.1, mid_lat + span / 2 * 1.1
    lon_span = span * MAP_W / MAP_H * 1.1
    west, east = mid_lon - lon_span / 2, mid_lon + lon_span / 2

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (PAD + (lon - west) / (east - west) * (MAP_W - 2 * PAD), PAD + (north - lat) / (north - south) * (MAP_H - 2 * PAD))

    parts = [f'<svg viewBox="0 0 {MAP_W} {MAP_H}" width="100%" role="img" aria-label="map of events">']
    step = _grid_step(north - south)
    for lat in _ticks(south, north, step):
        y = xy(lat, west)[1]
        parts.append(f'<line x1="{PAD}" x2="{MAP_W - PAD}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e4e4e4"/>'
                     f'<text x="4" y="{y + 4:.1f}" font-size="10" fill="#999">{lat:g}°</text>')
    for lon in _ticks(west, east, step):
        x = xy(south, lon)[0]
        parts.append(f'<line y1="{PAD}" y2="{MAP_H - PAD}" x1="{x:.1f}" x2="{x:.1f}" stroke="#e4e4e4"/>'
                     f'<text x="{x - 8:.1f}" y="{MAP_H - 8}" font-size="10" fill="#999">{lon:g}°</text>')
    for dot in sorted(dots, key=lambda d: -d["events"]):
        x, y = xy(dot["lat"], dot["lon"])
        status = dot["status"].most_common(1)[0][0]
        radius = 3 + 2 * math.sqrt(dot["events"] - 1) + math.sqrt(dot["deaths"]) / 2
        place = dot["places"].most_common(1)[0][0] if dot["places"] else ""
        title = f"{place}: {dot['events']} events, {dot['deaths']} deaths (lowest reported)"
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{min(radius, 30):.1f}" fill="{STATUS_COLOURS.get(status, "#737373")}" '
                     f'fill-opacity="0.6" stroke="#fff"><title>{escape(title)}</title></circle>')
    for dot in sorted(dots, key=lambda d: -d["events"])[:12]:
        if dot["places"]:
            x, y = xy(dot["lat"], dot["lon"])
            parts.append(f'<text x="{x + 6:.1f}" y="{y - 6:.1f}" font-size="11">{escape(dot["places"].most_common(1)[0][0])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _grid_step(extent: float) -> float:
    for step in (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30):
        if extent / step <= 8:
            return step
    return 45


def _timeline_svg(months: dict[str, Counter]) -> str:
    if not months:
        return '<p class="small">No event has a date.</p>'
    keys = _month_range(min(months), max(months))
    width, height, left, bottom = MAP_W, 220, 40, 30
    peak = max(sum(months.get(k, Counter()).values()) for k in keys) or 1
    bar = (width - left - 10) / len(keys)
    parts = [f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="events per month">',
             f'<text x="4" y="16" font-size="10" fill="#999">{peak:,}</text>']
    for i, k in enumerate(keys):
        y = height - bottom
        for status, colour in STATUS_COLOURS.items():
            count = months.get(k, Counter()).get(status, 0)
            if not count:
                continue
            h = count / peak * (height - bottom - 20)
            y -= h
            parts.append(f'<rect x="{left + i * bar:.1f}" y="{y:.1f}" width="{max(bar - 1, 1):.1f}" height="{h:.1f}" fill="{colour}">'
                         f"<title>{k}: {count} {status.replace('_', ' ')}</title></rect>")
        if len(keys) <= 24 or i % max(1, len(keys) // 12) == 0:
            parts.append(f'<text x="{left + i * bar:.1f}" y="{height - 10}" font-size="10" fill="#666">{k}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last and len(out) < 600:
        out.append(f"{year:04d}-{month:02d}")
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return out


def _disputed_table(disputed: list[dict]) -> str:
    if not disputed:
        return '<p class="small">No disputed event: where several sources report an event, their numbers agree.</p>'
    rows = []
    for c in disputed:
        claims = "<br>".join(
            f"{escape(claim.get('outlet') or claim.get('document', '')[:19])}"
            f" ({escape(claim.get('sides') or 'side unknown')}): "
            f"{'denies' if claim.get('negated') else escape(str(int(claim['fatalities'])) + ' dead') if claim.get('fatalities') is not None else 'no toll'}"
            f" — <span class='small'>{escape((claim.get('text') or '')[:120])}</span>"
            for claim in c["claims"]
        )
        rows.append(f"<tr><td>{escape(c.get('date_start') or '')}</td><td>{escape(c['type'].replace('_', ' '))}</td>"
                    f"<td>{escape(c.get('place') or '')}</td><td>{c.get('acled_fatalities', 0)}</td><td>{claims}</td></tr>")
    return ("<table><tr><th>date</th><th>type</th><th>place</th><th>deaths (lowest)</th><th>claims</th></tr>"
            + "".join(rows) + "</table>")
