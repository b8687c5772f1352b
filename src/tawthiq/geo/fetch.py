"""`tawthiq geo fetch`: GeoNames country dumps for users with internet who want what the PyPI data
lacks — neighbourhoods, villages, rivers, regions, camps.

A dump (`CC.zip` holding `CC.txt`, GeoNames' geoname table) is downloaded, checked (a whole zip
archive, rows of 19 tab-separated columns with numeric coordinates), kept under the data home so
later gazetteer builds include it, and its places are added to the current gazetteer."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import tempfile
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

from .. import config
from .build import GEONAMES
from .normalize import key, skeleton

DEFAULT_URL = "https://download.geonames.org/export/dump/"
FEATURES = {  # GeoNames feature class/code → tawthiq feature
    ("A", "ADM1"): "admin1", ("A", "ADM2"): "admin2", ("A", "ADM3"): "admin2",
    ("P", "PPLX"): "district", ("H", None): "natural", ("T", None): "natural", ("L", None): "natural",
    ("S", None): "facility", ("P", None): None,
}


class FetchError(Exception):
    pass


def dumps_folder() -> Path:
    return config.data_home() / "geonames"


def base_url() -> str:
    url = os.environ.get("TAWTHIQ_GEONAMES_URL", DEFAULT_URL)
    return url if url.endswith("/") else url + "/"


def download(code: str, *, timeout: float = 60) -> Path:
    """Download and check the dump of one country; returns where it was kept."""
    code = code.upper()
    if len(code) != 2 or not code.isalpha():
        raise FetchError(f"{code}: not a two-letter country code")
    url = base_url() + f"{code}.zip"
    request = urllib.request.Request(url, headers={"User-Agent": "tawthiq geo fetch"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read()
    except OSError as exc:
        raise FetchError(f"{url}: cannot download ({exc})") from None
    rows = list(read_dump(data, code))
    if not rows:
        raise FetchError(f"{url}: no places in the dump")
    folder = dumps_folder()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{code}.zip"
    tmp = target.with_suffix(".part")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return target


def read_dump(data: bytes, code: str) -> Iterator[dict]:
    """Gazetteer rows from a GeoNames country dump; raises FetchError if it is not one."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        bad = archive.testzip()
    except zipfile.BadZipFile as exc:
        raise FetchError(f"{code}.zip: not a zip archive ({exc})") from None
    if bad:
        raise FetchError(f"{code}.zip: damaged member {bad}")
    name = f"{code}.txt"
    if name not in archive.namelist():
        raise FetchError(f"{code}.zip: holds no {name}")
    with archive.open(name) as fh:
        for n, raw in enumerate(io.TextIOWrapper(fh, encoding="utf-8"), start=1):
            cols = raw.rstrip("\n").split("\t")
            if len(cols) != 19:
                raise FetchError(f"{code}.txt line {n}: {len(cols)} columns, a GeoNames row has 19")
            try:
                lat, lon = float(cols[4]), float(cols[5])
                population = int(cols[14] or 0)
            except ValueError:
                raise FetchError(f"{code}.txt line {n}: coordinates or population are not numbers") from None
            feature = _feature(cols[6], cols[7], population)
            if feature is None:
                continue
            yield {"gid": f"geonames:{cols[0]}", "name": cols[1], "names": [a for a in cols[3].split(",") if a] + [cols[2]],
                   "feature": feature, "country": cols[8], "admin1_code": cols[10] or None, "lat": lat, "lon": lon,
                   "population": population, "source": f"GeoNames dump {code}", "licence": GEONAMES}


def _feature(fclass: str, fcode: str, population: int) -> str | None:
    if (fclass, fcode) in FEATURES:
        return FEATURES[(fclass, fcode)]
    if fclass == "P":
        return "city" if population >= 10000 else "village"
    if fclass == "A":
        return None
    return FEATURES.get((fclass, None))


def saved_rows() -> Iterator[dict]:
    """Rows of every dump fetched before, for gazetteer builds."""
    folder = dumps_folder()
    if not folder.exists():
        return
    for path in sorted(folder.glob("*.zip")):
        yield from read_dump(path.read_bytes(), path.stem)


def import_rows(gazetteer: Path, rows: list[dict]) -> int:
    """Add places to a built gazetteer (copy, insert, swap in); returns how many were new."""
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=gazetteer.parent)
    os.close(fd)
    shutil.copyfile(gazetteer, tmp)
    con = sqlite3.connect(tmp)
    added = 0
    try:
        next_id = (con.execute("SELECT MAX(id) FROM places").fetchone()[0] or 0) + 1
        for row in rows:
            if con.execute("SELECT 1 FROM places WHERE gid = ?", (row["gid"],)).fetchone():
                continue
            con.execute("INSERT INTO places (id, gid, name, feature, country, admin1_code, admin1, admin2, lat, lon, population, parent, source, licence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (next_id, row["gid"], row["name"], row["feature"], row["country"], row.get("admin1_code"),
                         _admin1_name(con, row), None, row["lat"], row["lon"], row["population"], None, row["source"], row["licence"]))
            seen = set()
            for name in [row["name"], *row["names"]]:
                k = key(name)
                if len(k) >= 2 and k not in seen:
                    seen.add(k)
                    con.execute("INSERT INTO names VALUES (?, ?, ?, ?)", (k, skeleton(name), next_id, name))
            next_id += 1
            added += 1
        con.commit()
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, gazetteer)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return added


def _admin1_name(con: sqlite3.Connection, row: dict) -> str | None:
    found = con.execute("SELECT admin1 FROM places WHERE country = ? AND admin1_code = ? AND admin1 IS NOT NULL LIMIT 1",
                        (row["country"], row.get("admin1_code"))).fetchone()
    return found[0] if found else None
