"""Numbers that matter: money with currencies, tolls and whom they count, ages, areas, vague counts."""

import pytest


def quantities(record_of, text, published="2019-03-04"):
    return record_of("Title\n\n" + text, published).quantities


def test_money_with_conversion(record_of):
    q = quantities(record_of, "He paid a bribe of 800,000 Syrian pounds (US $4,234) to an officer.")
    assert [(x.kind, x.value, x.unit) for x in q] == [("money", 800000, "SYP"), ("money", 4234, "USD")]
    assert getattr(q[1], "equivalent_of") == q[0].id


@pytest.mark.parametrize(
    "text,kind,value,of",
    [
        ("The bodies of 96 soldiers were returned to the city.", "fatalities", 96, "soldiers"),
        ("An air strike killed 14 civilians in Saada.", "fatalities", 14, "civilians"),
        ("Nine fighters died in the clashes.", "fatalities", 9, "fighters"),
        ("Shelling wounded 23 people in Donetsk.", "injured", 23, "people"),
        ("Rebels fired 20 rockets at the base.", "count", 20, "rockets"),
        ("Fierce clashes near Kobani have killed about 100 IS fighters in the past three days.", "fatalities", 100, "fighters"),
        ("Three children were among at least 19 civilians killed in a drone strike on a village.", "fatalities", 3, "children"),
        ("The market was hit by a car bomb in which 40 people are estimated to have been killed.", "fatalities", 40, "people"),
        ("Eleven villagers were reported wounded after shelling near Kramatorsk.", "injured", 11, "villagers"),
        ("Clashes on the border have left at least 15 guards dead, the ministry said.", "fatalities", 15, "guards"),
    ],
)
def test_counts_and_what_they_count(record_of, text, kind, value, of):
    q = quantities(record_of, text)[0]
    assert (q.kind, q.value, q.of) == (kind, value, of)


def test_a_number_in_a_gangs_name_counts_no_one(record_of):
    q = quantities(record_of, "The attack was carried out by the 400 Mawozo gang, police said. The 12 Kenyan soldiers were freed.")
    assert [(x.text, x.of) for x in q] == [("12", "soldiers")]


def test_bounds_and_subsets(record_of):
    q = quantities(record_of, "The strike killed at least 12 civilians including four children.")
    assert (q[0].kind, q[0].low, q[0].of) == ("fatalities", 12, "civilians")
    assert (q[1].kind, q[1].value, q[1].of) == ("fatalities", 4, "children")


def test_vague_counts_follow_acled_conventions(record_of):
    q = quantities(record_of, "Dozens of fighters were killed and tens of thousands of civilians are awaiting evacuation.")
    assert (q[0].value, q[0].approximate, q[0].rule) == (12, True, "ACLED convention: dozens=12")
    assert (q[1].kind, q[1].low, q[1].of) == ("people", 10000, "civilians")


def test_ages_and_age_ranges(record_of):
    q = quantities(record_of, "His 20-year-old son was arrested, and males between the ages of 19 to 40 were taken.")
    assert (q[0].kind, q[0].value, q[0].of) == ("age", 20, "son")
    assert (q[1].kind, q[1].low, q[1].high) == ("age", 19, 40)


def test_area_distance_percent(record_of):
    q = quantities(record_of, "Rebels held a 2.6-square-kilometer pocket 15 km from the border, about 40% of the district.")
    assert [(x.kind, x.value, x.unit) for x in q] == [("area", 2.6, "km2"), ("distance", 15, "km"), ("percent", 40, "%")]


@pytest.mark.parametrize("text", [
    "The war, which began in 2011, has killed more than 300,000 people.",
    "An estimated 150,000 people have reportedly been killed and millions displaced by the violence.",
    "More than 10,000 people have died in the two-year-old insurgency.",
    "Thousands have been killed in more than three years of fighting in Tigray.",
    "Clashes between rival militias have killed hundreds of fighters this year.",
    "Troops repelled waves of attacks in the last 12 days, killing over 900 militants.",
    "Some 865 people have been killed in Raqqa and Mosul since coalition strikes began.",
    "Activists say coalition strikes in support of the offensive have killed hundreds of civilians.",
    "A general said more than 4,000 insurgents have been killed along the northern front.",
])
def test_war_tolls_are_cumulative(record_of, text):
    q = [x for x in quantities(record_of, text) if x.kind == "fatalities"]
    assert q and q[0].cumulative, q


@pytest.mark.parametrize("text", [
    "At least 1,300 people have been killed in a nerve gas attack on the region.",
    "Air strikes killed 30 people in Idlib in the past two days.",
    "An earthquake-sized blast killed 12,000 people on Tuesday.",
    "Air strikes have killed hundreds of people in Kharkiv on Monday.",
    "Coalition strikes have killed 120 civilians in Mosul.",
    "Some 2,000 people have been killed by the blast in the port.",
])
def test_incident_tolls_are_not_cumulative(record_of, text):
    q = [x for x in quantities(record_of, text) if x.kind == "fatalities"]
    assert q and not q[0].cumulative, q


@pytest.mark.parametrize("text", ["He carried an AK-47.", "UN Resolution 2254 calls for talks.", "One of the men escaped.", "Call 0944 123 456 for help."])
def test_not_quantities(record_of, text):
    assert quantities(record_of, text) == []


def test_a_war_toll_is_cumulative_not_an_incident(record_of):
    rec = record_of("Title\n\nMore than 300,000 people have been killed in the civil war, monitors say. "
                    "On Monday, five soldiers were killed in an ambush.", "2019-05-02")
    tolls = {q.value: q.cumulative for q in rec.quantities if q.kind == "fatalities"}
    assert tolls[300000] is True and tolls[5] is False


def test_members_of_one_family_are_family_members_and_the_family_no_toll(record_of):
    rec = record_of("Bombs kill family of six in Marib\n\nSix members of one family, among them three children, "
                    "were killed when shells hit their home in Marib on Tuesday.", "2019-05-02")
    tolls = {(q.value, q.of) for q in rec.quantities if q.kind == "fatalities"}
    assert (6, "family members") in tolls and (3, "children") in tolls
    assert not any(of == "family" for _, of in tolls), tolls  # neither "one family" nor the headline's "family"


def test_soldiers_a_force_lost_are_a_death_toll(record_of):
    (q,) = [q for q in quantities(record_of, "Government forces lost four soldiers in the fighting, a commander said.") if q.kind == "fatalities"]
    assert (q.value, q.of) == (4, "soldiers")
    assert not [q for q in quantities(record_of, "The rebels lost control of the town and three tanks.") if q.kind == "fatalities"]


@pytest.mark.parametrize("text,total,of", [
    ("A mother and her four children were killed when a shell hit their home in Marib.", 5, "mother and children"),
    ("The blast killed six soldiers and two civilians at a checkpoint near Gao.", 8, "soldiers and civilians"),
    ("Some 40 militants and 12 foreign fighters were killed in air strikes near Sirte.", 52, "militants and fighters"),
])
def test_tolls_joined_by_and_add_up_to_the_incidents(record_of, text, total, of):
    sums = [q for q in quantities(record_of, text) if q.rule and q.rule.startswith("sum")]
    assert [(q.value, q.of, q.kind) for q in sums] == [(total, of, "fatalities")]


def test_the_parts_a_toll_includes_are_not_added_to_it(record_of):
    q = quantities(record_of, "Air strikes killed 12 people, including five women and three children, in Saada.")
    assert not [x for x in q if x.rule and x.rule.startswith("sum")]


@pytest.mark.parametrize("text,value,of", [
    ("A man was shot dead at a checkpoint in Kidal on Monday.", 1, "man"),
    ("Three men were shot dead at a checkpoint in Kidal on Monday.", 3, "men"),
    ("Gunmen shot dead four farmers near Djibo.", 4, "farmers"),
])
def test_people_shot_dead_are_a_toll(record_of, text, value, of):
    q = [x for x in quantities(record_of, text) if x.kind == "fatalities"]
    assert [(x.value, x.of) for x in q] == [(value, of)]


def test_the_killer_in_a_headline_is_not_one_of_the_dead(record_of):
    rec = record_of("Sniper kills man in Taiz\n\nThe man was shot on Monday.", "2019-05-02")
    assert [q.of for q in rec.quantities if q.kind == "fatalities"] == ["man"]


def test_lives_saved_are_no_death_toll(record_of):
    rec = record_of("Title\n\nRescuers have saved the lives of more than 2,000 people in Taiz. "
                    "The fighting has claimed the lives of 40 civilians.", "2019-05-02")
    kinds = {q.value: q.kind for q in rec.quantities}
    assert kinds[2000] != "fatalities" and kinds[40] == "fatalities"


@pytest.mark.parametrize("sentence,value", [
    ("More than 200 civilians have been killed in the city in the past two weeks.", 200),
    ("Since Tuesday, air strikes on the enclave have killed at least 66 civilians.", 66),
    ("Militias have shelled the camp every night, killing 11 people since Friday.", 11),
    ("Nine days of artillery fire have killed 140 people in Marib.", 140),
    ("Government warplanes have killed thousands of civilians in Darfur.", 1000),
    ("The commission said at least 183 people had been killed in the region in July alone.", 183),
    ("Medics said 31 people have been killed and 140 wounded in four days of bombardment on the enclave.", 31),
    ("At least 19 fighters died during two weeks of clashes around the airport.", 19),
])
def test_running_totals_over_a_period_are_cumulative(record_of, sentence, value):
    rec = record_of("Title\n\n" + sentence, "2018-02-23")
    (q,) = [q for q in rec.quantities if q.value == value]
    assert q.kind == "fatalities" and q.cumulative


@pytest.mark.parametrize("text, kind, value, unit", [
    ("Prices rose 40% in Kharkiv.", "percent", 40, "%"),
    ("The column stopped 12km from Mosul.", "distance", 12, "km"),
    ("Fighters held a 2.6-square-kilometer pocket near Kidal.", "area", 2.6, "km2"),
    ("Families paid more than 500 dollars at the crossing.", "money", 500, "USD"),
    ("Rebels entered the town on May 2 2017 with 300 men.", "people", 300, None),
])
def test_units_glued_or_spaced_after_numbers(text, kind, value, unit):
    from tawthiq.nlp.quantity_find import find_numbers

    spans = find_numbers(text)
    assert any((s.value if s.value is not None else s.low) == value and (s.kind or "people") == kind
               and s.unit == unit for s in spans), [(s.text, s.kind, s.unit, s.value) for s in spans]


@pytest.mark.parametrize("text, value, of", [
    ("Air strikes killed 28 people in Idlib on Friday. Four children are among the 28 dead, the monitor said.", 4, "children"),
    ("Shelling killed 45 people in Aleppo. Five of the dead were children.", 5, "children"),
    ("Shelling killed 58 people in Hama on Monday, and there were 11 children among the dead.", 11, "children"),
    ("Those killed in the two attacks in Marib include 14 children and four women.", 4, "women"),
    ("The drone hit a village in Tigray on Tuesday, killing a woman and nine children.", 9, "children"),
    ("Drone strikes on the port of Sirte killed 31 fishermen, nine of them boys, the coast guard said.", 9, "boys"),
    ("Shelling of the market in Taiz killed 40 people among them 8 children.", 8, "children"),
    ("Forty people died in the blast at a fuel depot in Gao on Sunday, among them 8 guards.", 8, "guards"),
    ("Twenty people died when shelling hit the market of Kharkiv on Sunday, among them six children.", 6, "children"),
    ("Posted 4 May 2019 Nine boys were among at least 40 villagers killed near Kidal last week when gunmen on"
     " motorbikes stormed a cattle fair officials said on Tuesday.", 9, "boys"),
])
def test_parts_of_a_toll_are_tolls(record_of, text, value, of):
    rec = record_of("Title\n\n" + text, "2019-05-02")
    tolls = [(q.value, q.of) for q in rec.quantities if q.kind == "fatalities"]
    assert (value, of) in tolls, tolls
    assert (value, of) in [(q.value, q.of) for e in rec.events for q in e.quantities], "the part joins an event"


def test_counted_attacks_are_not_the_dead(record_of):
    rec = record_of("Title\n\nThose killed in the two attacks include 14 children.", "2019-05-02")
    assert [q.kind for q in rec.quantities if q.value == 2] == ["count"]


def test_people_freed_beside_a_named_person_are_no_toll(record_of):
    rec = record_of("Title\n\nRebels freed a woman and nine children on Tuesday.", "2019-05-02")
    assert all(q.kind != "fatalities" for q in rec.quantities)


def test_a_headline_without_commas_keeps_each_toll_with_its_verb(record_of):
    q = quantities(record_of, "Twin Bomb Attacks Kill 50 Injure Dozens in Homs Province")
    assert [(x.kind, x.value) for x in q] == [("fatalities", 50), ("injured", 12)]


@pytest.mark.parametrize("text,expected", [
    ("A shell hit the market in Kharkiv, killing a child and wounding two men.", [("fatalities", 1, "child"), ("injured", 2, "men")]),
    ("A woman was killed by sniper fire in Kherson.", [("fatalities", 1, "woman")]),
    ("Attacks left a child and a woman dead in Aleppo.", [("fatalities", 1, "child"), ("fatalities", 2, "child and woman"), ("fatalities", 1, "woman")]),
    ("Five people were killed in Marib, including a woman.", [("fatalities", 5, "people"), ("fatalities", 1, "woman")]),
    ("Four people killed including child in shelling on Kharkiv.", [("fatalities", 4, "people"), ("fatalities", 1, "child")]),
    ("Five people, among them a child, were killed in a strike on Kherson.", [("fatalities", 5, "people"), ("fatalities", 1, "child")]),
])
def test_one_person_killed_is_a_toll_of_one(record_of, text, expected):
    q = quantities(record_of, text)
    assert [(x.kind, x.value, x.of) for x in q] == expected
    assert all(x.rule for x in q if x.value == 1)


def test_a_person_already_named_is_no_new_toll(record_of):
    q = quantities(record_of, "The woman told reporters that the strike had killed the child.")
    assert q == []


@pytest.mark.parametrize("text,expected", [
    ("A barrel bomb hit Sevre on Monday, leaving five people dead and 12 injured.", [("fatalities", 5), ("injured", 12)]),
    ("The car bomb in Mogadishu left 17 dead.", [("fatalities", 17)]),
    ("The raid on the camp left 20 people homeless.", [("people", 20)]),
])
def test_a_toll_an_attack_leaves_behind(record_of, text, expected):
    assert [(x.kind, x.value) for x in quantities(record_of, text)] == expected


def test_a_place_after_a_number_is_not_what_it_counts(record_of):
    q = quantities(record_of, "Convoy hit near Aleppo Over 20 Dead BEIRUT (Reuters) Mortar shells struck the square on Monday.")
    assert not [x for x in q if x.of == "beirut"]


def test_a_death_toll_that_rose_to_a_count_and_the_injured_beside_it(record_of):
    q = quantities(record_of, "The death toll from the shelling of the Karm al-Jabal district rose to 6 civilians "
                              "in addition to 9 injured a hospital source said.")
    assert [(x.kind, x.value, x.of) for x in q] == [("fatalities", 6, "civilians"), ("injured", 9, None)]


def test_a_count_the_writer_quotes_still_counts_its_noun(record_of):
    q = quantities(record_of, 'The monitor said "dozens" of militiamen were also killed near Tal Afar.')
    assert [(x.kind, x.value, x.of, x.approximate) for x in q] == [("fatalities", 12, "militiamen", True)]


def test_a_count_whose_noun_a_coordinated_verb_writes_once(record_of):
    q = quantities(record_of, "Police said they had killed 11 and wounded 16 gang members in Port-au-Prince.")
    assert [(x.kind, x.value, x.of) for x in q] == [("fatalities", 11, "members"), ("injured", 16, "members")]
    q = quantities(record_of, "The shelling killed 11 and the fire destroyed the market.")
    assert [(x.kind, x.value, x.of) for x in q] == [("fatalities", 11, None)]


@pytest.mark.parametrize("text,kind", [
    ("Soldiers eliminated 42 Shabaab fighters in an ambush near Kismayo.", "fatalities"),
    ("Security forces neutralised 12 gunmen in Borno on Friday.", "fatalities"),
    ("Government forces destroyed 35 terrorists near Gao.", "fatalities"),
    ("Government forces destroyed 14 armoured vehicles near Gao.", "count"),
])
def test_a_verb_that_kills_only_people(record_of, text, kind):
    """State media's "eliminated", "destroyed": a toll when they count people, not when they count things."""
    (q,) = quantities(record_of, text)
    assert q.kind == kind


def test_a_count_of_strikes_is_no_toll(record_of):
    q = quantities(record_of, "Dozens of government air raids on Khartoum killed 11 civilians on Friday.")
    assert [(x.kind, x.of) for x in q] == [("count", "raids"), ("fatalities", "civilians")]


def test_a_count_of_places_where_they_died_is_no_toll(record_of):
    q = quantities(record_of, "Four more civilians were killed in two other neighbourhoods of Mosul.")
    assert [(x.kind, x.value) for x in q] == [("fatalities", 4), ("count", 2)]


@pytest.mark.parametrize("headline,value,of", [
    ("Army Kills 40 Jaish al-Islam Fighters Near Douma", 40, "fighters"),
    ("Troops Kill 25 Boko Haram Insurgents in Borno", 25, "insurgents"),
    ("Rocket fire in Kabul kills 9 wounds 30", 9, None),
])
def test_headline_tolls(record_of, headline, value, of):
    """Headlines capitalise verbs and drop commas: the count after a group's name, after "Kills", before "wounds"."""
    rec = record_of(headline + "\n\nThe report came from the region.", "2016-08-13")
    q = [x for x in rec.quantities if x.value == value]
    assert q and (q[0].kind, q[0].of) == ("fatalities", of)


def test_a_part_of_a_count_that_is_no_toll_is_no_toll(record_of):
    q = quantities(record_of, "The ferry from Misrata carried 40 passengers, ten of them children, to the port.")
    assert [(x.kind, x.value, x.of) for x in q if x.kind == "fatalities"] == []


def test_a_part_of_a_toll_named_after_it(record_of):
    q = quantities(record_of, "Shelling killed 14 people in a market in Taiz on Sunday, five of them children.")
    assert [(x.kind, x.value, x.of) for x in q] == [("fatalities", 14, "people"), ("fatalities", 5, "children")]


@pytest.mark.parametrize("text", [
    "Through the winter, dozens of residents died of hunger in the besieged town of Taiz.",
    "At least 30 children have died from malnutrition in the camp near Mekelle.",
])
def test_deaths_from_deprivation_are_a_running_count(record_of, text):
    (q,) = [x for x in quantities(record_of, text) if x.kind == "fatalities"]
    assert q.cumulative


def test_a_total_a_toll_is_brought_to(record_of):
    q = quantities(record_of, "Air strikes killed nine civilians in Taiz on Monday, raising to 31 the number killed in the city.")
    assert [(x.kind, x.value) for x in q if x.value == 31] == [("fatalities", 31)]


def test_who_tells_of_a_toll_is_not_in_it(record_of):
    q = quantities(record_of, "A commander said 60 militants have been killed near Kidal.")
    assert [(x.kind, x.value, x.of) for x in q] == [("fatalities", 60, "militants")]


def test_a_clause_after_a_count_is_not_what_befell_it(record_of):
    q = quantities(record_of, "Mortars struck Mopti killing 4 villagers including 3 children wounding 11 others.")
    assert [(x.kind, x.value) for x in q] == [("fatalities", 4), ("fatalities", 3), ("injured", 11)]


@pytest.mark.parametrize("text,value,kind", [
    ("Double Blasts Hit Police Post in Herat Claim 7 Martyrs", 7, "fatalities"),
    ("The shelling of the village near Idlib killed four martyrs, state media said.", 4, "fatalities"),
    ("The car bomb in Mogadishu claimed nine lives on Saturday.", 9, "fatalities"),
    ("Surgeons in the field hospital saved nine lives on Saturday.", 9, "count"),
])
def test_martyrs_and_lives_taken_are_the_dead(record_of, text, value, kind):
    assert [(q.value, q.kind) for q in quantities(record_of, text)] == [(value, kind)]


@pytest.mark.parametrize("text", [
    "Shelling hit Kharkiv on Monday. Apart from those killed at least 35 people were injured officials said.",
    "Shelling hit Kharkiv on Monday. Besides those killed 35 were wounded officials said.",
])
def test_the_wounded_told_after_those_killed_without_a_comma_are_wounded(record_of, text):
    rec = record_of("Title\n\n" + text, "2022-03-09")
    assert [q.kind for q in rec.quantities if q.value == 35] == ["injured"]


@pytest.mark.parametrize("text, value", [
    ("Dozens killed and injured in missile attack on Kharkiv hospital", 12),
    ("Title\n\nAt least 30 people were killed or injured when a missile hit a hospital in Kharkiv.", 30),
    ("Title\n\nRebel shelling killed or wounded 40 people in Aleppo.", 40),
])
def test_one_number_for_the_dead_and_the_wounded_is_neither_toll(record_of, text, value):
    rec = record_of(text, "2022-03-09")
    assert [q.kind for q in rec.quantities if (q.value or q.low) == value] == ["people"]


@pytest.mark.parametrize("text, tolls", [
    ("Title\n\nShelling killed 28 and wounded 30 militants in Aleppo.", {(28, "fatalities"), (30, "injured")}),
    ("5 Killed 20 Injured in Kharkiv shelling", {(5, "fatalities"), (20, "injured")}),
])
def test_the_dead_and_the_wounded_counted_apart_keep_their_tolls(record_of, text, tolls):
    rec = record_of(text, "2022-03-09")
    assert {(q.value, q.kind) for q in rec.quantities} >= tolls


@pytest.mark.parametrize("update", ["It was later raised to 41 on Sunday including nine women.",
                                    "That figure later rose to 41 on Sunday, including nine women."])
def test_a_toll_raised_in_the_next_sentence_and_its_parts_are_tolls(record_of, update):
    rec = record_of("Title\n\nOfficials put the first death toll from the drone strikes at 30 on Saturday. " + update, "2022-03-09")
    assert {(q.value, q.kind) for q in rec.quantities} >= {(30, "fatalities"), (41, "fatalities"), (9, "fatalities")}


def test_a_figure_raised_with_no_toll_told_before_is_no_toll(record_of):
    rec = record_of("Title\n\nThe ministry reported 30 new cases of cholera on Saturday. It was later raised to 41 on Sunday.", "2022-03-09")
    assert all(q.kind != "fatalities" for q in rec.quantities)


def test_a_group_named_with_its_gloss_before_the_people_counted(record_of):
    rec = record_of("Title\n\nDrones killed 14 Rapid Support Forces (RSF) troops near El Fasher on Monday.", "2023-09-09")
    assert (14, "fatalities", "troops") in {(q.value, q.kind, q.of) for q in rec.quantities}


def test_a_perfect_toll_verb_right_before_its_number_is_a_toll_whatever_the_parse(record_of):
    rec = record_of("Title\n\nKHARTOUM (Reuters) The army has killed more than twenty Rapid Support Forces (RSF) fighters "
                    "who were actively developing plans to attack the airport Colonel John Doe said on Wednesday.", "2023-09-09")
    assert (20, "fatalities") in {(q.low or q.value, q.kind) for q in rec.quantities}


@pytest.mark.parametrize("text, value, kind", [
    ("Rescuers recovered 12 bodies from the rubble of the school.", 12, "fatalities"),
    ("Paramedics said at least 22 bodies were taken to hospitals.", 22, "fatalities"),
    ("Three UN bodies condemned the attack.", 3, "people"),
])
def test_bodies_counted_are_the_dead(record_of, text, value, kind):
    rec = record_of("Title\n\n" + text, "2023-02-02")
    assert [q.kind for q in rec.quantities if q.value == value] == [kind]


@pytest.mark.parametrize("text,value,of", [
    ("Shells hit a school in Marib on Monday killing seven civilians including two children civil defence workers said.",
     2, "children"),
    ("A car bomb exploded near a bakery in Qabasin on Saturday killing nine civilians among them two women Turkeys Defense "
     "Ministry said.", 2, "women"),
])
def test_a_part_of_a_toll_in_text_without_commas_ends_at_its_people(record_of, text, value, of):
    found = quantities(record_of, text)
    assert any(q.kind == "fatalities" and q.value == value and q.of == of for q in found)


@pytest.mark.parametrize("headline,expected", [
    ("Army Retakes Two Villages Three Soldiers Killed", {("Two", "count", "villages"), ("Three", "fatalities", "soldiers")}),
    ("Army Retakes Villages in Southern Hama Dozens of Militants Killed", {("Dozens", "fatalities", "militants")}),
    ("One Dead Others Wounded in Shelling on Jableh", {("One", "fatalities", None)}),  # "Others" are not whom "One" counts
])
def test_a_headline_without_commas_counts_each_clause_apart(record_of, headline, expected):
    rec = record_of(headline + "\n\nThe army said the fighting went on.", "2019-03-04")
    found = {(q.text, q.kind, q.of) for q in rec.quantities if q.start < len(headline)}
    found |= {(text, kind, None) for text, kind, _ in found}  # None: whatever it counts
    assert expected <= found


@pytest.mark.parametrize("text,value,kind", [
    ("Witnesses counted nine fishermen dead on the beach after the shelling.", 9, "fatalities"),
    # the word after them starts a clause of its own, or they are lives saved
    ("The war has cost the lives of 2000 people injured 5000 others and forced thousands to flee.", 2000, "fatalities"),
    ("Field doctors preserved the lives of 300 civilians injured in the air strikes on the town.", 300, "people"),
])
def test_the_word_after_counted_people_tells_what_befell_them(record_of, text, value, kind):
    found = quantities(record_of, text)
    assert any(q.value == value and q.kind == kind for q in found)


def test_what_a_toll_included_is_part_of_it(record_of):
    found = quantities(record_of, "A car bomb killed 12 people in the town on Monday. Most of the dead were civilians, "
                                  "but the toll also included five government soldiers.")
    assert any(q.value == 5 and q.kind == "fatalities" for q in found)


@pytest.mark.parametrize("word", ["attackers", "assailants", "raiders"])
def test_those_who_attacked_are_combatants(word):
    from tawthiq.nlp.quantities import class_of

    assert class_of(word) == "combatant"


def test_a_headlines_credit_after_a_spaced_dash_is_not_what_it_counts(record_of):
    rec = record_of("Russian strike on Zaporizhzhia kills two, injures 11 - governor\n\nTwo people were killed on Monday.", "2024-09-15")
    headline = [q for q in rec.quantities if q.start < 60]
    assert headline and not [q for q in headline if q.of == "governor"]
    rec = record_of("Title\n\nGunmen killed 12 pro-government fighters near the dam.", "2024-09-15")
    assert [(q.value, q.of) for q in rec.quantities] == [(12, "fighters")]  # a hyphen inside a word sets nothing off


def test_what_befell_the_part_a_headline_counts_befell_the_whole(record_of):
    rec = record_of("Seven fighters including two commanders wounded in clashes\n\nClashes erupted near the dam.", "2017-05-07")
    assert [(q.value, q.kind) for q in rec.quantities if q.start < 60] == [(7, "injured"), (2, "injured")]


def test_no_one_killed_counts_no_one(record_of):
    rec = record_of("Title\n\nA drone hit a fuel depot near Kassala on Sunday. No one was killed, but two guards were "
                    "wounded, the state governor said.", "2024-05-06")
    assert [(q.kind, q.value) for q in rec.quantities] == [("injured", 2)]
    assert [e.negated for e in rec.events if e.type == "killing"] == [True]


def test_ages_belong_to_whom_they_follow_or_qualify(record_of):
    q = quantities(record_of, "The law requires men aged 18 to 35 and women aged 18 to 27 to serve. A 24-year-old "
                              "engineering graduate fled.", "2024-03-20")
    assert [(x.text, x.of) for x in q if x.kind == "age"] == [
        ("aged 18 to 35", "men"), ("aged 18 to 27", "women"), ("24-year-old", "graduate")]


def test_a_currency_named_by_its_own_word_alone(record_of):
    q = quantities(record_of, "The kidnappers demanded 60 million naira ($40,000) and families paid 20,000 cedis.", "2024-03-20")
    assert [(x.kind, x.value, x.unit) for x in q] == [("money", 60_000_000, "NGN"), ("money", 40_000, "USD"), ("money", 20_000, "GHS")]
