import pytest

from tawthiq.document.dates import find_date, parse_date


@pytest.mark.parametrize(
    "text,iso",
    [
        ("May 02, 2015", "2015-05-02"),
        ("2 May 2015", "2015-05-02"),
        ("2015-05-02T10:00:00+03:00", "2015-05-02"),
        ("Friday May 1st, 2015", "2015-05-01"),
        ("Mon, 02 May 2015 09:00:00 GMT", "2015-05-02"),
        ("on the 3rd of March, 2017", "2017-03-03"),
        ("Publié le 8 avril 2021", "2021-04-08"),
        ("25.12.2016", "2016-12-25"),
    ],
)
def test_full_dates(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["May 2015", "02-04-2015", "last week", "Feb 30, 2016"])
def test_partial_ambiguous_or_impossible_dates_are_refused(text):
    assert find_date(text) is None
