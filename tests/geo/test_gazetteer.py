"""The embedded gazetteer: built from PyPI GeoNames data plus the supplement, read by name."""

import time

import pytest

from tawthiq.geo.gazetteer import open_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return open_gazetteer()


@pytest.mark.parametrize(
    "name,gid",
    [
        ("Idleb", "geonames:169389"), ("Hims", "geonames:169577"), ("Deir Ezzor", "geonames:170794"),
        ("Dayr az Zawr", "geonames:170794"), ("حلب", "geonames:170063"), ("Halab", "geonames:170063"),
        ("Beirut", "geonames:276781"), ("Kharkiv", "geonames:706483"), ("Sanaa", "geonames:71137"),
    ],
)
def test_transliterations_find_the_place(gaz, name, gid):
    assert gid in [c.gid for c in gaz.candidates(name)[:5]]


def test_aleppo_neighbourhoods_come_from_ocha_with_their_city(gaz):
    shaar = [c for c in gaz.candidates("a-Shaar") if c.gid.startswith("ocha:")]
    assert shaar and shaar[0].parent == "geonames:170063" and shaar[0].feature == "district"


def test_supplement_regions_and_rivers(gaz):
    assert gaz.candidates("Eastern Ghouta")[0].gid == "tawthiq:ghouta"
    assert any(c.gid == "tawthiq:queiq" for c in gaz.candidates("Quweiq"))


def test_provinces_are_admin1_with_ascii_names(gaz):
    idlib = [c for c in gaz.candidates("Idlib") if c.feature == "admin1"]
    assert idlib and idlib[0].admin1 == "Idlib" and idlib[0].country == "SY"


def test_demonyms_are_known(gaz):
    assert gaz.demonym_country("Syrian") == "SY" and gaz.demonym_country("Lebanese") == "LB"
    assert gaz.demonym_country("Aleppo") is None


def test_capitals_name_their_countries(gaz):
    assert (gaz.capital_of("Moscow"), gaz.capital_of("Kiev"), gaz.capital_of("Sanaa")) == ("RU", "UA", "YE")
    assert gaz.capital_of("Aleppo") is None and gaz.capital_of("Kharkiv") is None


def test_unknown_names_have_no_candidates(gaz):
    assert gaz.candidates("Xqzwvplace") == []


def test_airport_codes_are_not_names(gaz):
    assert "Salvador" not in [c.name for c in gaz.candidates("SAA")]  # SSA/SAA-style codes are not indexed for towns


def test_a_near_spelling_does_not_crowd_out_an_exact_name(gaz):
    hall = {c.name for c in gaz.candidates("Hall County") if c.country == "US"}
    assert "Hall County" in hall and "Hill County" not in hall, hall
    assert all(c.country == "US" for c in gaz.candidates("Los Angeles") if c.similarity < 1.0), "a big city's exact name leaves no room"
    # an exact match abroad leaves room for a transliteration at home: Aleppo's al-Hamdaniyah
    assert any(c.country == "SY" and c.feature == "district" for c in gaz.candidates("Hamdaniya"))


def test_a_bare_province_name_is_not_a_district_named_after_it(gaz):
    texas = [(c.feature, c.admin1_code) for c in gaz.candidates("Texas") if c.country == "US"]
    assert texas == [("admin1", "TX")], texas
    assert any(c.feature == "admin2" for c in gaz.candidates("Texas County"))
    assert [c.feature for c in gaz.candidates("Hawaii") if c.country == "US"] == ["admin1"]


def test_a_state_abbreviation_matches_only_its_own_letters(gaz):
    tennessee = "geonames:4662168"
    assert tennessee in [c.gid for c in gaz.candidates("Tenn.")]
    assert tennessee not in [c.gid for c in gaz.candidates("Teen")]  # same key once doubled letters fold
    assert "US" in {c.country for c in gaz.candidates("U.S.") if c.feature == "country"}
