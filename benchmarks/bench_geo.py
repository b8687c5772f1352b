"""Gazetteer open time and place resolution time per mention.

    python benchmarks/bench_geo.py [--mentions 5000]

`open` is a cold start in a fresh process: import, open the built SQLite file, answer a first
lookup. `resolve` is candidate lookup (exact and fuzzy, uncached) plus ranking in an article
context, over place names in the spellings war reports use. Targets: < 200 ms to open,
< 2 ms per mention."""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections import Counter

NAMES = [
    "Aleppo", "east Aleppo", "Halab", "Idlib", "Idleb", "Homs", "Hims", "Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr",
    "a-Shaar", "al-Waer", "Douma", "Raqqa", "al-Raqqa", "Ma'arat al-Numan", "Jisr al-Shughour", "Khan Sheikhoun",
    "Sanaa", "Hodeidah", "Taiz", "Marib", "El Fasher", "Omdurman", "Nyala", "Kharkiv", "Kharkov", "Kherson",
    "Bakhmut", "Zaporizhzhia", "Sagaing", "Mandalay", "Lashio", "Mopti", "Gao", "Timbuktu", "Mosul", "Fallujah",
    "Tripoli", "Benghazi", "Misrata", "Mekelle", "Khan Younis", "Rafah", "Gaza", "Beirut", "Lebanon", "Syria",
    "Yemen", "Darfur", "Tigray", "Donetsk", "Eastern Ghouta", "Queiq", "Tadmur", "Palmyra", "Qamishli", "Afrin",
    "حلب", "إدلب", "Xyzzyville", "Smallplace",
]
COUNTRIES = ["SY", "YE", "SD", "UA", "MM", "ML", "IQ", "LY", "ET", "PS", "LB"]


def spelling_variants(rng: random.Random, name: str) -> str:
    """A name as a report might spell it: doubled letters, apostrophes, article forms."""
    pick = rng.random()
    if pick < 0.2 and len(name) > 4:
        i = rng.randrange(1, len(name) - 1)
        return name[:i] + name[i] + name[i:]
    if pick < 0.3:
        return "al-" + name
    return name


def open_once() -> float:
    code = (
        "import time; t = time.perf_counter();"
        "from tawthiq.geo.gazetteer import open_gazetteer; g = open_gazetteer(); g.candidates('Aleppo');"
        "print(time.perf_counter() - t)"
    )
    return float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mentions", type=int, default=5000)
    args = ap.parse_args()
    from tawthiq.geo.gazetteer import Gazetteer, ensure_built
    from tawthiq.geo.resolve import Context, Mention, choose

    path = ensure_built()
    opens = [open_once() for _ in range(5)]
    rng = random.Random(3)
    mentions = [spelling_variants(rng, rng.choice(NAMES)) for _ in range(args.mentions)]
    gaz = Gazetteer(path)  # fresh: no lookup cache
    times = []
    outcomes: Counter = Counter()
    for i, name in enumerate(mentions):
        ctx = Context(countries=Counter({COUNTRIES[i % len(COUNTRIES)]: 2}))
        start = time.perf_counter()
        gaz._cache.clear()
        found = gaz.candidates(name)
        choice = choose(found, Mention(text=name, strong=True), ctx) if found else None
        times.append(time.perf_counter() - start)
        outcomes["resolved" if choice and choice.candidate else "no match"] += 1
    times.sort()
    print(f"gazetteer: {path.stat().st_size / 1e6:.0f} MB, {gaz.con.execute('SELECT count(*) FROM places').fetchone()[0]:,} places")
    print(f"open (cold process, first lookup): median {statistics.median(opens) * 1000:.0f} ms, "
          f"max {max(opens) * 1000:.0f} ms (target < 200 ms)")
    mean_ms = statistics.fmean(times) * 1000
    print(f"resolve {len(times):,} mentions, uncached: mean {mean_ms:.3f} ms, median {times[len(times) // 2] * 1000:.3f} ms, "
          f"p99 {times[int(len(times) * 0.99)] * 1000:.3f} ms per mention (target < 2 ms)")
    print(f"outcomes: {dict(outcomes)}")


if __name__ == "__main__":
    main()
