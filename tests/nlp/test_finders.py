"""The shortcuts in the date and number finders change only their speed: searching a date rule
only near its words, and trying unit rules only where a number starts, find what full scans find."""

import pytest

from tawthiq.nlp import quantity_find, timex_find

TEXTS = [
    "Between 3 and 5 May 2015, shelling killed 12 civilians in Idlib; on Friday, May 8, 2015 at 14:30 GMT "
    "another 4 died. Two years ago the toll was lower.",
    "Since late November, more than 1,200 families have fled Mariupol, 40% of them in the past few days. "
    "The 2.6-square-kilometer pocket lies 15km south; families paid 800,000 Syrian pounds (US $4,234).",
    "Earlier this month, in the first quarter of 2023, RSF fighters aged 19 to 40 stormed three villages "
    "near El Fasher every day for a fortnight, in the 1990s style; 'dozens' were wounded at 6 p.m. yesterday.",
    "Nothing here names a date or a number at all, only words about the war in Tigray and its aftermath.",
    "On 12/03/2019 the spring offensive began; by the summer of 2019, 300,000 people had been displaced, "
    "up to 5 km from the border, and the UN said 2 2017 figures were revised for hundreds of thousands.",
    "İZMİR, 3 May 2016: the week before, Sept. 28, the ceasefire collapsed; later that night, since mid-May, "
    "the past 3 weeks, 7.30pm BST on Sunday the 4th of June, the '90s and Q3 2016 were named.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_date_rules_searched_near_their_gate_words_find_what_full_scans_find(text, monkeypatch):
    gated = timex_find.find(text)
    monkeypatch.setattr(timex_find, "_GATES", {})
    assert gated == timex_find.find(text)


@pytest.mark.parametrize("text", TEXTS)
def test_unit_rules_tried_at_number_starts_find_what_a_full_scan_finds(text, monkeypatch):
    anchored = quantity_find.find_numbers(text)
    monkeypatch.setattr(quantity_find, "_AT_NUMBERS", set())
    assert anchored == quantity_find.find_numbers(text)
    assert anchored or "Nothing" in text


def test_a_dotted_date_is_no_number():
    found = [(n.text, n.value) for n in quantity_find.find_numbers("Posted 16.04.2017 12:05. Some 2.5 million people fled; 3.5 percent returned.")]
    assert ("16.04", 16.04) not in found
    assert ("Some 2.5 million", 2_500_000) in found


def test_a_number_grouped_by_spaces_never_starts_with_zero():
    """A share counter's "0 612" before the lede is two numbers; "12 000" is one."""
    found = [(n.text, n.value) for n in quantity_find.find_numbers("Shares 0 612 Some 12 000 people fled.")]
    assert found == [("0", 0), ("612", 612), ("Some 12 000", 12000)]
