import pytest

from tawthiq.document.dateline import find_dateline


@pytest.mark.parametrize(
    "paragraph,place,agency",
    [
        ("AMMAN: When the army reached the district", "AMMAN", None),
        ("BEIRUT (Reuters) - Syrian forces shelled", "BEIRUT", "Reuters"),
        ("DAMASCUS, May 3 (SANA) – Terrorists fired", "DAMASCUS", "SANA"),
        ("KYIV, Ukraine (AP) — Russian forces struck", "KYIV", "Associated Press"),
        ("Aleppo, SANA – A number of citizens", "Aleppo", "SANA"),
        ("Latakia SANA – Two citizens were", "Latakia", "SANA"),  # a text that lost its commas
        ("Tartous SANA Two fishermen were", "Tartous", "SANA"),  # and its dash
        ("KABUL Taliban fighters stormed", "KABUL", None),
        ("BAGHDAD Reuters Two car bombs", "BAGHDAD", "Reuters"),
        ("KHARTOUM — The RSF said", "KHARTOUM", None),
        ("NEW YORK, March 3, 2017 — The council met", "NEW YORK", None),
        ("GOMA, Democratic Republic of Congo, Feb 10 (Reuters) - M23 rebels seized", "GOMA", "Reuters"),
        ("GAZA/JERUSALEM, June 6 (Reuters) - An Israeli air strike", "GAZA/JERUSALEM", "Reuters"),
        ("Beirut (AFP) - Barrel bombs fell on", "Beirut", "Agence France-Presse"),
        ("Homs, May 3 (AFP) -- The governor said", "Homs", "Agence France-Presse"),
        ("Hasakah, Syria (Reuters) - Kurdish-led forces said", "Hasakah", "Reuters"),
        ("Beirut - At least 37 people were killed", "Beirut", None),
    ],
)
def test_datelines(paragraph, place, agency):
    found = find_dateline(paragraph)
    assert found and (found.place, found.agency) == (place, agency)
    assert paragraph[found.start : found.end] == place


@pytest.mark.parametrize("paragraph", ["UPDATE: the toll rose to 12", "US forces said on Monday", "Fighting resumed: residents fled", "Aleppo, the largest city, was",
                                       "The Army (AFP) - fired", "Homs (the old city) - a quarter",
                                       "Meanwhile - The army said", "Update - 12 killed", "Idlib NATO - members said",
                                       "Hama Police Command said", "Homs NATO Officials said", "Sources SANA Four days",
                                       "NATO Members met on Monday", "UPDATE Three more bodies"])
def test_not_datelines(paragraph):
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize("text,rest", [
    ("Bamako (Reuters) Jihadist fighters attacked a convoy", "Jihadist fighters attacked a convoy"),
    ("Bamako AFP Sunday 8 Jan 2017 Jihadist fighters attacked a convoy", "Jihadist fighters attacked a convoy"),
])
def test_a_dateline_that_lost_its_dash_with_the_day_of_its_report(text, rest):
    found = find_dateline(text)
    assert found is not None and found.place == "Bamako" and text[found.length:] == rest
