"""The ranker: prominence, the article's countries and provinces, parent cues, no-match."""

from collections import Counter

from tawthiq.geo.gazetteer import open_gazetteer
from tawthiq.geo.resolve import Context, Mention, choose


def test_article_country_decides_between_homonyms():
    gaz = open_gazetteer()
    cands = gaz.candidates("Tripoli")
    libya = choose(cands, Mention("Tripoli", strong=True), Context(countries=Counter({"LY": 3})))
    lebanon = choose(cands, Mention("Tripoli", strong=True), Context(countries=Counter({"LB": 3})))
    assert libya.candidate.country == "LY" and lebanon.candidate.country == "LB"


def test_province_noun_picks_the_admin1():
    cands = open_gazetteer().candidates("Idlib")
    assert choose(cands, Mention("Idlib", feature_hint="admin1", strong=True), Context()).candidate.feature == "admin1"
    assert choose(cands, Mention("Idlib", strong=True), Context()).candidate.feature == "city"


def test_parent_cue_picks_the_district_of_that_city():
    gaz = open_gazetteer()
    aleppo = [c for c in gaz.candidates("Aleppo") if c.feature == "city"][0]
    choice = choose(gaz.candidates("a-Shaar"), Mention("a-Shaar", feature_hint="district", strong=True), Context(), parent=aleppo)
    assert choice.candidate.gid.startswith("ocha:")


def test_a_district_name_two_cities_share_goes_to_the_city_the_article_names():
    gaz = open_gazetteer()
    cands = gaz.candidates("Midan")
    for city in ("Damascus", "Aleppo"):
        parent = [c for c in gaz.candidates(city) if c.feature == "city" and c.country == "SY"][0]
        choice = choose(cands, Mention("Midan", feature_hint="district", strong=True), Context(), parent=parent)
        assert choice.candidate.admin1 == city


def test_no_candidates_is_no_match_with_a_reason():
    choice = choose([], Mention("Nowhereville", strong=True), Context())
    assert choice.candidate is None and choice.reason == "no gazetteer match"


def test_a_place_abroad_is_read_only_by_its_own_name_unless_world_known():
    gaz = open_gazetteer()
    syria = Context(countries=Counter({"SY": 5}))
    sinaah = choose(gaz.candidates("al-Sinaah"), Mention("al-Sinaah", feature_hint="district", strong=True), syria)
    assert sinaah.candidate is None or sinaah.candidate.country == "SY"
    joura = choose(gaz.candidates("al-Joura"), Mention("al-Joura", strong=True), syria)  # Jora, India, is also "Joura"
    assert joura.candidate is None or joura.candidate.country == "SY"
    assert choose(gaz.candidates("Istanbul"), Mention("Istanbul", strong=True), syria).candidate.country == "TR"
