import pytest

from tawthiq.document.byline import parse_byline


@pytest.mark.parametrize(
    "line,authors,outlet",
    [
        ("By Layla Haddad and Omar Saeed", ["Layla Haddad", "Omar Saeed"], None),
        ("By: Thant Zin Oo, Staff Writer", ["Thant Zin Oo"], None),
        ("Written by Oksana Hrytsenko, Staff Correspondent", ["Oksana Hrytsenko"], None),
        ("By Ana Ruiz, John Smith and Lee Wong", ["Ana Ruiz", "John Smith", "Lee Wong"], None),
        ("By JOHN DOE, Associated Press", ["John Doe"], "Associated Press"),
        ("By Aung Min in Yangon", ["Aung Min"], None),
        ("By Fatima Yusuf | May 3, 2019", ["Fatima Yusuf"], None),
        ("By Reuters", [], "Reuters"),
        ("Par Aïcha Traoré", ["Aïcha Traoré"], None),
        ("By Mark al-Sayed and agencies", ["Mark al-Sayed"], None),
    ],
)
def test_bylines(line, authors, outlet):
    assert parse_byline(line) == (authors, outlet)


def test_name_pipe_outlet_only_near_the_title():
    assert parse_byline("Mariam Abdelrahman | Darfur Monitor") is None
    assert parse_byline("Mariam Abdelrahman | Darfur Monitor", allow_bare=True) == (["Mariam Abdelrahman"], "Darfur Monitor")


@pytest.mark.parametrize("line", ["By the time they reached the town, it was dark", "Report and photo from: All4Syria.info", "By 2020 most had left"])
def test_sentences_starting_with_by_are_not_bylines(line):
    assert parse_byline(line) is None
