"""Time expressions resolved against the publication date; unknown anchors stay unresolved."""

from datetime import date

import pytest

from tawthiq.nlp.dates import find_dates

PUB = date(2016, 12, 14)  # a Wednesday


def one(text, anchor=PUB):
    found = find_dates(text, anchor, "published" if anchor else None)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text,start,end,precision,value",
    [
        ("Rebels withdrew last week.", "2016-12-05", "2016-12-11", "week", "2016-W49"),
        ("The road was cut on Friday.", "2016-12-09", "2016-12-09", "day", "2016-12-09"),
        ("Shelling resumed yesterday.", "2016-12-13", "2016-12-13", "day", "2016-12-13"),
        ("It began earlier this month.", "2016-12-01", "2016-12-14", "month", "2016-12"),
        ("The town fell two years ago.", "2014-01-01", "2014-12-31", "year", "2014"),
        ("They left on 3 May 2015.", "2015-05-03", "2015-05-03", "day", "2015-05-03"),
        ("They left on May 3, 2015.", "2015-05-03", "2015-05-03", "day", "2015-05-03"),
        ("Talks were held in March 2016.", "2016-03-01", "2016-03-31", "month", "2016-03"),
        ("Convoys were stopped in the past few days.", "2016-12-09", "2016-12-14", "range", "PXD"),
        ("Aid has been blocked since late November.", "2016-11-21", "2016-12-14", "range", "2016-11"),
        ("Talks are due on Monday.", "2016-12-19", "2016-12-19", "day", "2016-12-19"),
        ("The clashes happened between 3 and 5 December.", "2016-12-03", "2016-12-05", "range", "2016-12-03/2016-12-05"),
        ("The convoy was hit on 10.09.2014 near the border.", "2014-09-10", "2014-09-10", "day", "2014-09-10"),
        ("The convoy was hit on 25-12-2016 near the border.", "2016-12-25", "2016-12-25", "day", "2016-12-25"),
        ("The convoy was hit on 12/25/2016 near the border.", "2016-12-25", "2016-12-25", "day", "2016-12-25"),
    ],
)
def test_relative_and_explicit_dates(text, start, end, precision, value):
    d = one(text)
    assert (d.start, d.end, d.precision, d.value) == (start, end, precision, value)
    assert text[d.start_char : d.end_char] == d.text


def test_a_full_stop_after_a_month_ends_the_sentence_but_belongs_to_a_short_form():
    assert one("The gangs have fought for the area since May.").text == "May"
    assert one("The talks resume on Sept. 10 in Doha.").text == "Sept. 10"


def test_the_weekend_is_the_one_nearest_the_report():
    found = one("Insurgents beheaded 11 people over the weekend, police said.", date(2024, 3, 4))
    assert (found.text, found.start, found.end) == ("the weekend", "2024-03-02", "2024-03-03")
    assert find_dates("They met on the weekend of May 3.", date(2024, 3, 4), "published")[0].text == "May 3"


def test_at_the_time_of_writing_is_the_present():
    d = one("At the time of writing, the crossing was closed.")
    assert d.value == "PRESENT_REF" and d.start == "2016-12-14"


def test_unknown_publication_date_leaves_relative_dates_unresolved():
    d = one("Rebels withdrew last week.", anchor=None)
    assert d.start is None and d.end is None and d.reason == "relative to unknown publication date"
    explicit = one("They left on 3 May 2015.", anchor=None)
    assert explicit.start == "2015-05-03" and explicit.anchor == "text"


@pytest.mark.parametrize("text", ["They may leave.", "Protesters will march to the square.", "He carried an AK-47.", "Resolution 2254 was adopted.", "The 1,500 families fled."])
def test_not_dates(text):
    assert [d for d in find_dates(text, PUB, "published") if d.start] == []


def test_durations_are_marked_not_dated():
    d = one("The siege lasted three months.")
    assert d.value == "P3M" and d.start is None and getattr(d, "kind", None) == "duration"


def test_the_original_reports_date_anchors_when_it_is_all_there_is(record_of):
    rec = record_of("Title\n\nThe bodies were returned on Friday.\n\nOriginal report (in Arabic) published on Sunday May 3rd, 2015: http://example.org/1")
    d = rec.dates[0]
    assert d.anchor == "original.published" and d.start == "2015-05-01"


def test_a_date_that_opens_a_report_or_follows_published_is_its_stamp():
    found = find_dates("Title\n\n30-04-2016 A suicide bomber killed five police officers on Friday. "
                       "Published April 8 2017 Officials said. AFP Tuesday 23 Sep 2014 Jets struck.", PUB, "published")
    kinds = {d.text: getattr(d, "kind", None) for d in found}
    assert kinds["30-04-2016"] == kinds["April 8 2017"] == kinds["Tuesday 23 Sep 2014"] == "stamp"
    assert kinds["Friday"] is None
    assert getattr(one("The convoy was hit on 25-12-2016 near the border."), "kind", None) is None


def test_a_stamp_may_open_with_a_short_weekday():
    found = find_dates("Mon Oct 31 2016 Army kills 33 militants in rural Daraa. Shells hit Sat. 5 Nov 2016 at noon.",
                       PUB, "published")
    kinds = {d.text: getattr(d, "kind", None) for d in found}
    assert kinds["Oct 31 2016"] == "stamp" and kinds.get("5 Nov 2016") is None


@pytest.mark.parametrize("text,value", [
    ("The ceasefire should take hold in November.", "2017-11"),  # a modal speaks of what is to come
    ("The talks may resume in November.", "2017-11"),
    ("The offensive began in November.", "2016-11"),
    ("In May the army took the town, and in November it lost it.", "2016-11"),  # the month May says nothing of the future
])
def test_a_month_without_a_year_looks_ahead_only_when_the_sentence_does(text, value):
    found = find_dates(text, PUB, "published")
    assert found[-1].value == value


@pytest.mark.parametrize("text,value", [
    ("The January 3 car bomb killed 17 people in Mogadishu.", "2016-01-03"),  # a month ahead, but told as past
    ("Fighting broke out near Juba on January 3.", "2016-01-03"),
    ("The court will rule on January 3.", "2017-01-03"),
    ("The summit is on January 3.", "2017-01-03"),  # no tense to go by: the nearer
    ("Donors pledged help for the victims of the January 3 market bombing in Kabul.", "2016-01-03"),  # a date naming an attack
    ("Envoys called for an inquiry into a January 3 drone strike near Marib.", "2016-01-03"),
    ("The envoy set a January 3 deadline for the talks.", "2017-01-03"),
])
def test_a_day_without_a_year_told_as_past_lies_behind(text, value):
    assert [d.value for d in find_dates(text, PUB, "published")] == [value]


@pytest.mark.parametrize("text,month,year", [
    ("They agreed on a deadline of October of next year.", "2017-10", "2017"),
    ("The bridge was destroyed in March last year.", "2015-03", "2015"),
])
def test_a_month_of_a_year_named_beside_it(text, month, year):
    assert [d.value for d in find_dates(text, PUB, "published")] == [month, year]


def test_over_the_past_day_is_the_day_to_the_publication():
    (d,) = find_dates("Its forces repelled 12 assaults over the past day.", date(2024, 9, 15), "published")
    assert (d.text, d.start, d.end, d.value) == ("the past day", "2024-09-14", "2024-09-15", "P1D")
    assert not find_dates("It was the last day of the talks.", date(2024, 9, 15), "published")


def test_a_night_raid_is_no_length_of_time_nor_a_time_of_day(record_of):
    rec = record_of("Title\n\nGunmen kidnapped 40 people in a night raid on a village.", "2024-03-01")
    assert [d.text for d in rec.dates] == []
