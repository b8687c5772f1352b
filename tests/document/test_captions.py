import pytest

from tawthiq.document.captions import inline_cuts, is_credit
from tawthiq.document.layout import read_layout

TITLE = "Shelling kills five in Kharkiv\n\n"


def test_a_credited_caption_inside_a_paragraph_is_cut_and_kept():
    text = TITLE + (
        "KHARKIV (Reuters) - Shelling killed five people in Kharkiv on Tuesday, the governor said. "
        "Rescuers search the rubble of a school in the Saltivka district, May 3, 2022. (Reuters/Ivan Petrenko) "
        "Officials said the school had been empty."
    )
    layout = read_layout(text)
    assert "Rescuers search" not in layout.text
    assert "the governor said. Officials said the school had been empty." in layout.text
    cut = [r for r in layout.removed if r.position == "inside"]
    assert [(r.reason, r.text[:16]) for r in cut] == [("photo caption", "Rescuers search ")]
    assert cut[0].text.endswith("(Reuters/Ivan Petrenko)")


def test_a_caption_after_the_page_date_leaves_the_date():
    line = "Published March 2 2023 Smoke rises over the port of Odesa after a drone attack (AFP) Two people were killed."
    [cut] = inline_cuts(line)
    assert line[cut.start : cut.end] == "Smoke rises over the port of Odesa after a drone attack (AFP)"


def test_a_headline_and_picture_credit_before_a_dateline_inside_the_text_are_cut():
    line = ("The army said it had retaken the village. AFP Photo Jane Doe Army Retakes Village Near Bakhmut "
            "After Fierce Fighting KYIV (AFP) The army said on Monday it had retaken the village.")
    [cut] = inline_cuts(line)
    assert line[cut.start : cut.end] == "AFP Photo Jane Doe Army Retakes Village Near Bakhmut After Fierce Fighting "
    assert cut.reason == "picture credit and related headline"


@pytest.mark.parametrize("line", [
    "KHARKIV (Reuters) Shelling killed five people in Kharkiv on Tuesday, the governor said.",  # the report's own dateline
    "The ministry said so. PORT SUDAN, Sudan, May 3 (Reuters) Shelling killed five people in Omdurman.",
    "Army Retakes Village Near Bakhmut After Fierce Fighting KYIV (AFP) The army said it took the village.",  # a title run into its dateline
    "Shelling killed five people on Tuesday, the state news agency (Ukrinform) Wednesday said more.",
    "The blast was first reported by the Syrian Arab News Agency (SANA) Thursday and later confirmed.",
    "The attack killed 12 people in the market of the town on Monday. (AFP)",  # a credit that ends the paragraph
    "Twelve people were killed in the market of the town, witnesses told reporters. (AFP) Later the army arrived.",
    "Fighters of the Islamic State (ISIL or Daesh) Group Attacked the town on Sunday.",  # a bracketed gloss
])
def test_datelines_glosses_and_reported_sentences_are_not_captions(line):
    assert inline_cuts(line) == []


@pytest.mark.parametrize("credit, expected", [
    ("Reuters", True), ("AFP/Getty Images", True), ("Photo: Anadolu Agency", True), ("TRT World and Agencies", True),
    ("File", True), ("ISIL or Daesh", False), ("pictured", False), ("the city's north", False),
])
def test_picture_credits(credit, expected):
    assert is_credit(credit) is expected
