"""The embedded gazetteer: opened read-only from the cache, built on first use.

Lookups go by name key (exact spelling variants) and by skeleton (vowel variants), the latter
confirmed by a fuzzy score, so "Idleb" finds Idlib and "Dayr az Zawr" finds Deir ez-Zor while
"Homs" does not drift to "Hama"."""

from __future__ import annotations

import fcntl
import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .. import config
from .build import ATTRIBUTION, SCHEMA_VERSION, build
from .normalize import key, skeleton

__all__ = ["Candidate", "Gazetteer", "open_gazetteer", "gazetteer_path", "ATTRIBUTION"]

FUZZY_MIN = 82  # rapidfuzz ratio (0-100) a skeleton match needs to count
MAJOR_CITY = 100_000  # a city this big is known by its bare name, and leaves no room for a smaller near spelling
WORLD_CITY = 500_000  # a name this big somewhere is read as that city even in an article about elsewhere


@dataclass(frozen=True)
class Candidate:
    id: int
    gid: str
    name: str
    feature: str
    country: str | None
    admin1_code: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    parent: str | None
    matched: str  # the gazetteer name that matched
    similarity: float  # 1.0 for an exact key match

    @property
    def own_population(self) -> int:
        """The population that makes the place itself prominent. A district's is its towns', which
        only breaks ties between namesake districts (`resolve.choose`) and must not rank it above
        the city it is named after."""
        return 0 if self.feature == "admin2" else self.population

    @property
    def major(self) -> bool:
        """A country, a province or a big city: a place a bare name may mean with no cue around it."""
        return self.feature in ("country", "admin1") or self.own_population >= MAJOR_CITY


class Gazetteer:
    def __init__(self, path: Path):
        self.path = path
        self.con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._cache: dict[str, list[Candidate]] = {}
        self._capital_ids: dict[int, str] | None = None

    def candidates(self, name: str, *, fuzzy: bool = True, limit: int = 60) -> list[Candidate]:
        """Places whose names match `name`, exact spellings first."""
        cache_key = f"{fuzzy}:{name}"
        if cache_key in self._cache:
            return self._cache[cache_key]
        k = key(name)
        found: dict[int, Candidate] = {}
        if len(k) >= 2:
            for row in self.con.execute(_SELECT + " WHERE n.key = ? ORDER BY p.population DESC LIMIT ?", (k, limit)):
                if row[-1].endswith(".") and row[-1].count(".") == 1 and name.rstrip(".").lower() != row[-1].rstrip(".").lower():
                    continue  # "Tenn." is Tennessee; "Teen" is not (initials such as "U.S." are matched as before)
                found.setdefault(row[0], _candidate(row, 1.0))
            sk = skeleton(name)
            if fuzzy and len(k) >= 5 and len(sk) >= 3:
                from rapidfuzz import fuzz

                exact = list(found.values())
                for row in self.con.execute(_SELECT + " WHERE n.skel = ? ORDER BY p.population DESC LIMIT ?", (sk, limit)):
                    if row[0] in found or _outranked(row, exact):
                        continue
                    score = fuzz.ratio(k, key(row[-1]))
                    if score >= FUZZY_MIN:
                        found[row[0]] = _candidate(row, score / 100)
        result = sorted(found.values(), key=lambda c: (-c.similarity, -c.own_population, c.id))
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[cache_key] = result
        return result

    def by_gid(self, gid: str) -> Candidate | None:
        row = self.con.execute(_SELECT_PLACE + " WHERE p.gid = ?", (gid,)).fetchone()
        return _candidate(row + (row[1],), 1.0) if row else None

    def admin1_of(self, country: str | None, code: str | None) -> Candidate | None:
        if not country or not code:
            return None
        row = self.con.execute(_SELECT_PLACE + " WHERE p.feature = 'admin1' AND p.country = ? AND p.admin1_code = ?", (country, code)).fetchone()
        return _candidate(row + (row[1],), 1.0) if row else None

    def demonym_country(self, word: str) -> str | None:
        """The country a demonym names ("Syrian", "Syrians" → "SY"), or None."""
        k = key(word)
        row = self.con.execute("SELECT country FROM demonyms WHERE key = ?", (k,)).fetchone()
        if row is None and k.endswith("s") and len(k) > 4:
            row = self.con.execute("SELECT country FROM demonyms WHERE key = ?", (k[:-1],)).fetchone()
        return row[0] if row else None

    def country_named(self, name: str) -> str | None:
        """The code of the country whose gazetteer name is exactly `name` ("Russia" → "RU"), or None."""
        return next((c.country for c in self.candidates(name, fuzzy=False) if c.feature == "country" and c.name == name), None)

    def capital_of(self, name: str) -> str | None:
        """The code of the country whose capital is the city `name` names ("Moscow" → "RU"), or None."""
        capitals = self._capitals()
        return next((capitals[c.id] for c in self.candidates(name, fuzzy=False) if c.id in capitals), None)

    def _capitals(self) -> dict[int, str]:
        """Place id of each country's capital → the country's code, read once."""
        if self._capital_ids is not None:
            return self._capital_ids
        from .build import country_info

        found: dict[int, str] = {}
        for code, info in country_info().items():
            city = (info.get("capital") or "").removesuffix(" D.C.").strip()
            match = next((c for c in self.candidates(city, fuzzy=False) if c.country == code and c.feature == "city"), None) if city else None
            if match is not None:
                found[match.id] = code
        self._capital_ids = found
        return found

    def country(self, code: str) -> Candidate | None:
        row = self.con.execute(_SELECT_PLACE + " WHERE p.feature = 'country' AND p.country = ?", (code,)).fetchone()
        return _candidate(row + (row[1],), 1.0) if row else None


_COLUMNS = "p.id, p.gid, p.name, p.feature, p.country, p.admin1_code, p.admin1, p.admin2, p.lat, p.lon, p.population, p.parent"
_SELECT = f"SELECT {_COLUMNS}, n.name FROM names n JOIN places p ON p.id = n.place"
_SELECT_PLACE = f"SELECT {_COLUMNS} FROM places p"


def _outranked(row: tuple, exact: Iterable[Candidate]) -> bool:
    """A near spelling is another place's variant, unless the exact matches already hold a province
    or country, a big city, or a place of its kind in its country at least as big: "Idleb" finds
    Idlib and "Hamdaniya" (Iraq) leaves room for Aleppo's al-Hamdaniyah, but "Hall County" does not
    find Hill County, "Iowa" Iłowa, nor "Los Angeles" Les Angles."""
    people = _candidate(row, 0.0).own_population
    return any(c.feature in ("country", "admin1") or c.own_population >= max(people + 1, MAJOR_CITY)
               or (c.country == row[4] and c.feature == row[3] and c.own_population >= people) for c in exact)


def _candidate(row: tuple, similarity: float) -> Candidate:
    return Candidate(*row[:10], row[10] or 0, row[11], row[12], similarity)


def _data_fingerprint() -> str:
    """Changes whenever the bundled inputs or the builder change, so a stale cache is rebuilt."""
    digest = hashlib.sha256(str(SCHEMA_VERSION).encode())
    folder = resources.files("tawthiq.data.gazetteer")
    for name in sorted(p.name for p in folder.iterdir() if p.name.endswith((".tsv", ".csv", ".txt"))):
        digest.update(folder.joinpath(name).read_bytes())
    digest.update(resources.files("tawthiq.geo").joinpath("build.py").read_bytes())
    from .fetch import dumps_folder

    if dumps_folder().exists():
        for path in sorted(dumps_folder().glob("*.zip")):
            digest.update(f"{path.name}:{path.stat().st_size}".encode())
    return digest.hexdigest()[:12]


def gazetteer_path() -> Path:
    return config.cache_home() / f"gazetteer-v{SCHEMA_VERSION}-{_data_fingerprint()}.sqlite"


def ensure_built(path: Path | None = None) -> Path:
    """The gazetteer file, built first if missing; concurrent callers wait for one build."""
    path = path or gazetteer_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            from .fetch import saved_rows

            build(path, extra=saved_rows())
    return path


@lru_cache(maxsize=1)
def open_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (`TAWTHIQ_GAZETTEER` may point at another file)."""
    import os

    override = os.environ.get("TAWTHIQ_GAZETTEER")
    return Gazetteer(Path(override) if override else ensure_built())
