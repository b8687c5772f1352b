"""What the event exports share: country facts, ACLED codes, date and place precision."""

from __future__ import annotations

from functools import lru_cache

INTER_CODES = {"state_forces": 1, "rebel_group": 2, "political_militia": 3, "identity_militia": 4, "rioters": 5,
               "protesters": 6, "civilians": 7, "external_forces": 8}
SUBREGION_TO_ACLED = {
    "Western Asia": "Middle East", "Northern Africa": "Northern Africa", "Eastern Africa": "Eastern Africa",
    "Western Africa": "Western Africa", "Middle Africa": "Middle Africa", "Southern Africa": "Southern Africa",
    "Eastern Europe": "Europe", "Northern Europe": "Europe", "Southern Europe": "Europe", "Western Europe": "Europe",
    "Southern Asia": "South Asia", "South-Eastern Asia": "Southeast Asia", "Eastern Asia": "East Asia",
    "Central Asia": "Caucasus and Central Asia", "Caribbean": "Caribbean", "Central America": "Central America",
    "South America": "South America", "Northern America": "North America", "Australia and New Zealand": "Oceania",
    "Melanesia": "Oceania", "Micronesia": "Oceania", "Polynesia": "Oceania",
}


@lru_cache(maxsize=None)
def country_facts(iso2: str | None) -> dict:
    """Name, ISO numeric code and ACLED region of a country (countryinfo data)."""
    if not iso2:
        return {}
    from ..geo.build import country_info

    data = country_info().get(iso2.upper())
    if not data:
        return {}
    iso = data.get("ISO") or {}
    return {"name": data.get("name"), "iso3": iso.get("alpha3"), "numeric": int(iso.get("numeric") or 0) or None,
            "region": SUBREGION_TO_ACLED.get(data.get("subregion") or "", data.get("region") or "")}


def time_precision(precision: str | None) -> int:
    """ACLED: 1 = the day is known, 2 = a week or a few days, 3 = a month or longer."""
    if precision in ("day", "time"):
        return 1
    if precision in ("week", "range"):
        return 2
    return 3


def geo_precision(feature: str | None) -> int:
    """ACLED: 1 = the town or a place inside it, 2 = near it or a small region, 3 = a province or larger."""
    if feature in ("city", "village", "district", "facility"):
        return 1
    if feature in ("admin2", "natural"):
        return 2
    return 3
