"""Plain-text layout: title, header and footer metadata, furniture removed but kept."""

import pytest

from tawthiq.document.layout import read_layout

ARTICLE = """Militia fighters seize checkpoint on Hodeidah road

June 5, 2018

By Amal Nasser

ADEN: Fighters of a government-allied militia seized a checkpoint on the coastal road to Hodeidah on Monday, local officials said.

The officials said the fighting lasted several hours and that three fighters were killed.

Residents said they had heard heavy shelling through the night.
"""

FURNITURE = """

Share this:
Facebook
Twitter

أمل ناصر
صحفية يمنية تغطي الشؤون الإنسانية في عدن والساحل الغربي.

Related Articles
Port reopens after three weeks
Leave a Reply
Your email address will not be published. Required fields are marked *
This site uses Akismet to reduce spam. Learn how your comment data is processed.
Back to top button
"""


def test_header_metadata_leaves_the_text_title_stays():
    out = read_layout(ARTICLE)
    assert out.title == "Militia fighters seize checkpoint on Hodeidah road"
    assert out.text.startswith(out.title + "\n\nADEN: Fighters")
    assert out.published == "2018-06-05" and out.authors == ["Amal Nasser"]
    assert out.dateline.place == "ADEN"
    assert [r.reason for r in out.removed] == ["metadata: publication date", "metadata: byline"]


def test_trailing_furniture_and_foreign_script_biography_are_removed_and_kept():
    out = read_layout(ARTICLE + FURNITURE)
    assert out.text == read_layout(ARTICLE).text
    reasons = {r.text: r.reason for r in out.removed}
    assert reasons["Related Articles"] == "related articles"
    assert reasons["Port reopens after three weeks"] == "related articles"
    assert reasons["Leave a Reply"] == "comment form"
    assert reasons["Back to top button"] == "navigation"
    assert reasons["أمل ناصر"].startswith("text in another script")
    assert reasons["Share this:"] == "share buttons"
    assert all(r.position == "end" for r in out.removed[2:])
    # nothing silently lost: every non-blank input line is in the text or in removed
    kept = set(out.text.splitlines()) | {r.text for r in out.removed}
    assert all(line.strip() in kept for line in (ARTICLE + FURNITURE).splitlines() if line.strip())


def test_leading_share_buttons_are_removed():
    out = read_layout("Share on Facebook\nTweet\nSkip to content\n\n" + ARTICLE)
    assert out.title.startswith("Militia fighters")
    assert [r.position for r in out.removed][:3] == ["start"] * 3


def test_a_mid_article_cue_is_not_furniture():
    text = "Title of a report\n\nRelated articles in the local press said the siege was easing.\n\nMore paragraphs follow here.\n\nAnd one more."
    out = read_layout(text)
    assert "Related articles in the local press" in out.text


def test_footer_byline_and_original_note():
    text = ARTICLE.replace("By Amal Nasser\n\n", "") + "\nBy: Amal Nasser\nOriginal report (in Arabic) published on June 4th, 2018: http://adenvoice.example/1\n"
    out = read_layout(text)
    assert out.authors == ["Amal Nasser"]
    assert out.original.url == "http://adenvoice.example/1" and out.original.published == "2018-06-04"
    assert "Original report" not in out.text


def test_no_date_stays_null():
    out = read_layout("A title\n\nSoldiers shelled the town last week, residents said.\n")
    assert out.published is None


BODY_RUN_TOGETHER = (
    "Shelling hits Mariupol port "
    "Shelling hit the port district of the city on Tuesday killing three dock workers the regional governor said. "
    "The governor said the shells were fired from positions east of the city and that fires burned until the evening. "
    "Port officials said loading of grain ships was suspended and crews were moved to shelters inland. "
    "Aid groups said water supplies to the district were cut for the second time this month. "
)


def test_headlines_run_on_after_a_text_that_lost_its_line_breaks_are_cut_and_kept():
    tail = ("Related Drone Strikes Hit Power Plants Across the Country Two Killed as Missiles Strike Odesa "
            "Kharkiv Residents Return to Ruined Homes Tags shelling Mariupol")
    out = read_layout("Title\n\n" + BODY_RUN_TOGETHER + "... 512 " + tail)
    assert out.text.endswith("... 512")
    assert [(r.text, r.reason, r.position) for r in out.removed] == [(tail, "related articles", "end")]


def test_a_named_list_of_related_news_is_cut_wherever_the_sentence_ended():
    out = read_layout("Title\n\n" + BODY_RUN_TOGETHER + "Source agencies Related News Ceasefire talks stall in Istanbul | Grain deal extended")
    assert out.text.endswith("Source agencies")
    assert out.removed[0].text.startswith("Related News Ceasefire")


@pytest.mark.parametrize("text", [
    # a sentence that opens with "Related" is the article's, however capitalised what follows
    BODY_RUN_TOGETHER + "Related Fighting Was Reported Near the Border but Officials Gave No Toll for It Yet.",
    # early in the text a cue is part of it
    "The port was shelled again. Related News Agencies in Kyiv Reported Two Strikes on Odesa on Monday. " + BODY_RUN_TOGETHER * 3,
    # what follows is prose, not headlines
    BODY_RUN_TOGETHER + "Related to this, the governor said the port would reopen once the shelling stopped for a week.",
])
def test_related_in_the_body_is_not_furniture(text):
    out = read_layout("Title\n\n" + text)
    assert not out.removed and out.text.endswith(text.strip())


def test_wire_copy_without_a_headline_opens_with_its_dateline():
    layout = read_layout("BAMAKO, June 3 (Reuters) - Gunmen attacked a convoy of fuel trucks on the road to Mopti on "
                         "Friday, killing at least six drivers, a local official said.\n\nThe army said it was searching the area.\n")
    assert layout.title is None
    assert layout.dateline is not None and layout.dateline.place == "BAMAKO"
    assert layout.text.startswith("BAMAKO, June 3")


def test_a_headline_that_opens_with_a_place_and_a_dash_stays_a_headline():
    layout = read_layout("BAMAKO - Gunmen kill six drivers on Mopti road\n\nGunmen attacked a convoy of fuel trucks on "
                         "the road to Mopti on Friday, killing at least six drivers, a local official said.\n")
    assert layout.title == "BAMAKO - Gunmen kill six drivers on Mopti road"


def test_a_tag_list_run_on_after_the_last_sentence_is_furniture():
    layout = read_layout("Convoy attacked near Gao\n\nGunmen attacked a fuel convoy near Gao on Sunday, the army said. "
                         "Tags Mali Gao convoy attack jihadists\n")
    assert layout.text.endswith("the army said.")
    assert [r.reason for r in layout.removed] == ["tags"]
