"""Typed events with place, date, actors and numbers, from sentences of several wars."""

import pytest


def events(record_of, text, published="2019-03-14"):
    rec = record_of("Title\n\n" + text, published)
    places = {p.id: p for p in rec.places}
    actors = {a.id: a for a in rec.actors}
    return rec, places, actors


def _agents(rec, event):
    """The names of those `event` says did it, in the record's order."""
    actors = {a.id: a for a in rec.actors}
    return [actors[a.actor].name for a in event.actors if a.role == "agent"]


def test_air_strike_with_toll_place_date_and_agent(record_of):
    rec, places, _ = events(record_of, "Russian warplanes struck a market in Maarat al-Numan on Monday, killing 12 civilians, rescuers said.")
    (e,) = [e for e in rec.events if e.type == "air_strike"]
    assert places[e.place].name == "Maarat al-Numan"
    assert e.date.start == "2019-03-11"
    assert any(q.kind == "fatalities" and q.value == 12 for q in e.quantities)
    agents = _agents(rec, e)
    assert agents and "Russian" in agents[0]
    assert e.acled.event_type == "Explosions/Remote violence" and e.acled.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Rapid Support Forces fighters shelled the city of El Fasher.", "shelling"),
        ("A car bomb exploded near a checkpoint in Mogadishu, killing seven.", "explosion"),
        ("Gunmen kidnapped three aid workers near Gao.", "abduction"),
        ("Police arrested 40 protesters in Khartoum.", "arrest"),
        ("Thousands of families fled the fighting around Bakhmut.", "displacement"),
        ("Protesters marched in Yangon to demand the release of detainees.", "protest"),
        ("Rebels captured the town of Paletwa after weeks of fighting.", "territorial_change"),
        ("Government forces have besieged the town since January.", "siege"),
    ],
)
def test_event_types_of_several_wars(record_of, text, etype):
    rec, _, _ = events(record_of, text)
    assert etype in [e.type for e in rec.events]


def test_conscription_with_age_range_and_agent(record_of):
    rec, places, _ = events(record_of, "Men between the ages of 18 to 45 are transferred by army officers to military training camps in Homs.")
    (e,) = [e for e in rec.events if e.type == "forced_conscription"]
    assert any(q.kind == "age" and (q.low, q.high) == (18, 45) for q in e.quantities)
    assert places[e.place].name == "Homs"


def test_dateline_is_never_the_event_place(record_of):
    rec, places, _ = events(record_of, "AMMAN: Government forces shelled the southern districts of Daraa on Sunday.")
    assert all(places[e.place].name != "Amman" for e in rec.events if e.place)
    assert places[[e for e in rec.events if e.type == "shelling"][0].place].name == "Daraa"


def test_attributive_place_is_never_the_event_place(record_of):
    rec, places, _ = events(record_of, "Tehran-backed militias attacked rebel positions.")
    assert all(places[e.place].name != "Tehran" for e in rec.events if e.place)


def test_a_place_in_a_speakers_description_is_not_the_event_place(record_of):
    rec, places, _ = events(record_of, "Samir, a teacher in a school in Hama, told reporters that soldiers arrested his brother in Salamiyah.")
    (e,) = [e for e in rec.events if e.type == "arrest"]
    assert places[e.place].name == "Salamiyah"


def test_not_reported_is_negated_and_claims_are_hedged(record_of):
    rec, _, _ = events(record_of, "Pro-regime media outlets have not reported on the claims of forced conscription. "
                       "Activists allegedly saw troops burn the village.")
    conscription = [e for e in rec.events if e.type == "forced_conscription"]
    assert conscription and conscription[0].negated
    assert any(e.hedged for e in rec.events if e.type == "destruction")


def test_last_week_with_unknown_publication_date_stays_unresolved(record_of):
    rec = record_of("Title\n\nWhen the army reached the a-Shaar district of Aleppo last week, fighting broke out.")
    (e,) = [e for e in rec.events if e.type in ("offensive", "armed_clash")][:1]
    assert e.date.text == "last week" and e.date.start is None


def test_deaths_told_later_join_the_incident(record_of):
    rec, _, _ = events(record_of, "An air strike hit a school in Saada on Monday.\n\nNine children were killed, medics said.")
    strikes = [e for e in rec.events if e.type == "air_strike"]
    assert strikes and any(q.kind == "fatalities" and q.value == 9 for q in strikes[0].quantities)


def test_country_that_carried_out_an_attack_is_not_its_place(record_of):
    rec, places, _ = events(record_of, "US air strikes killed 14 fighters near Mosul on Sunday, officials said.")
    (e,) = [e for e in rec.events if e.type == "air_strike"]
    assert places[e.place].name == "Mosul"


def test_where_a_speaker_sits_is_not_the_event_place(record_of):
    rec, places, _ = events(record_of, "Drones struck an oil depot overnight, the defence ministry in Riyadh said. "
                                       "Rockets hit Marib on Monday, the spokesman of the coalition in Aden told reporters.")
    strikes = [e for e in rec.events if e.type in ("air_strike", "shelling")]
    assert strikes and all(places[e.place].name not in ("Riyadh", "Aden") for e in strikes if e.place)
    assert any(places[e.place].name == "Marib" for e in strikes if e.place)


def test_a_country_fighting_or_speaking_is_not_the_scene(record_of):
    rec, places, _ = events(record_of, "Shelling by the army and its ally Eritrea killed 30 civilians in the besieged city of "
                                       "Mekelle on Friday. About 40 fighters were killed in clashes in a western region bordering Sudan.")
    (shelling,) = [e for e in rec.events if e.type == "shelling"]
    assert places[shelling.place].name == "Mekelle"
    clashes = [e for e in rec.events if e.type == "armed_clash"]
    assert clashes and all(places[e.place].name != "Sudan" for e in clashes if e.place)


def test_where_a_group_is_outlawed_is_not_the_scene(record_of):
    rec, places, _ = events(record_of, "Fighting raged around Kismayo in southern Somalia on Sunday.\n\nTroops clashed with "
                                       "fighters of al-Shabaab (banned in Canada) 15 kilometres east of the city, the army said.")
    clashes = [e for e in rec.events if e.type == "armed_clash"]
    assert clashes and all(places[e.place].name == "Kismayo" for e in clashes)


def test_headline_event_in_a_country_takes_the_article_place_in_it(record_of):
    rec = record_of("Air raids kill 9 in Yemen\n\nAircraft struck a wedding hall in Hajjah on Saturday, killing nine guests, "
                    "medics said. The town has been hit before.", "2018-04-23")
    places = {p.id: p for p in rec.places}
    title_events = [e for e in rec.events if e.start < 30 or any(m["start"] < 30 for m in getattr(e, "mentions", None) or [])]
    assert title_events and all(places[e.place].name == "Hajjah" for e in title_events)


def test_headline_and_lede_share_who_carried_out_the_attack(record_of):
    rec = record_of("Junta air strikes kill 11 in Sagaing\n\nAir strikes hit a village in Sagaing region on Tuesday, "
                    "killing 11 people, residents said.", "2023-04-12")
    (junta,) = [a.id for a in rec.actors if any(m.text == "Junta" for m in a.mentions)]
    strikes = [e for e in rec.events if e.type == "air_strike"]
    assert strikes
    for e in strikes:
        agents = [a.actor for a in e.actors if a.role == "agent"]
        assert agents and agents[0] == junta
    assert "Air" not in [a.name for a in rec.actors]


def test_the_agent_with_a_side_comes_first(record_of):
    rec = record_of("Title\n\nResidents and Houthi fighters shelled the port of Hodeidah on Monday.", "2019-03-14")
    actors = {a.id: a for a in rec.actors}
    (e,) = [e for e in rec.events if e.type == "shelling"]
    agents = [actors[a.actor] for a in e.actors if a.role == "agent"]
    assert agents and agents[0].side != "unknown"


def test_a_toll_told_before_its_cause_joins_the_cause(record_of):
    rec, places, _ = events(record_of, "At least 30 people were killed in Kherson on Sunday, officials said. "
                                        "Russian shelling hit the central market and a bus station.")
    shelling = [e for e in rec.events if e.type == "shelling"]
    assert shelling and any(q.kind == "fatalities" and q.value == 30 for q in shelling[0].quantities)
    assert not [e for e in rec.events if e.type == "killing" and any(q.value == 30 for q in e.quantities)]


def test_strikes_that_kill_are_air_strikes_and_a_labour_strike_is_no_event(record_of):
    rec, _, _ = events(record_of, "US strikes killed 50 militants near Idlib on Tuesday. Dock workers went on strike in Aden.")
    assert [e.type for e in rec.events if e.text.lower() == "strikes"] == ["air_strike"]
    assert not [e for e in rec.events if e.text.lower() == "strike"]


def test_an_unclaimed_attack_that_day_takes_the_one_side_attacking_there(record_of):
    rec = record_of("Title\n\nHouthi drones struck Marib on Sunday morning.\n\n"
                    "Later on Sunday, shelling killed seven civilians in Marib, medics said.", "2021-03-08")
    shelling = [e for e in rec.events if e.type == "shelling"]
    assert shelling and all(any("Houthi" in name for name in _agents(rec, e)) for e in shelling)


def test_no_perpetrator_is_inferred_when_both_sides_attacked_there(record_of):
    rec = record_of("Title\n\nHouthi drones struck Marib on Sunday morning. Government artillery pounded "
                    "Houthi positions in Marib on Sunday.\n\nLater on Sunday, an explosion killed seven civilians "
                    "in Marib, medics said.", "2021-03-08")
    blasts = [e for e in rec.events if e.type == "explosion"]
    assert blasts and all(not _agents(rec, e) for e in blasts)


@pytest.mark.parametrize("text, etype", [
    ("Twin bombings hit a police station in Mogadishu on Monday, killing 17 people.", "explosion"),
    ("A car bombing outside a market in Kirkuk killed nine people on Friday.", "explosion"),
    ("Intense regime bombing of eastern Aleppo killed 20 civilians on Friday.", "air_strike"),
])
def test_a_bombing_is_an_explosion_when_the_bomb_was_planted(record_of, text, etype):
    rec = record_of("Title\n\n" + text, "2017-10-03")
    assert etype in [e.type for e in rec.events if "bombing" in e.text]


def test_capitals_speaking_for_governments_do_not_set_the_war_country(record_of):
    rec = record_of("Moscow says its jets killed 40 militants\n\n"
                    "Moscow said on Saturday that its jets had killed 40 militants. Moscow added that the Pentagon "
                    "had been informed.\n\n"
                    "The strikes hit positions near Mayadeen in Syria, the ministry said.", "2017-10-07")
    places = {p.id: p for p in rec.places}
    killings = [e for e in rec.events if e.quantities and e.place]
    assert killings and all(places[e.place].country == "SY" for e in killings), [(e.text, places[e.place].name) for e in killings]


def test_mis_tagged_and_title_case_attack_nouns_are_still_events(record_of):
    rec = record_of("Over 19 Civilians Killed in Junta Airstrikes on Sagaing\n\nActivists said that at least 19 "
                    "civilians were killed in junta airstrikes on besieged villages in Sagaing.", "2023-04-12")
    strikes = [e for e in rec.events if e.type == "air_strike"]
    told = {(e.start, e.text) for e in strikes} | {(m["start"], m["text"]) for e in strikes for m in getattr(e, "mentions", None) or []}
    assert {"Airstrikes", "airstrikes"} <= {text for _, text in told}, [(e.type, e.text) for e in rec.events]
    assert any(any("unta" in name for name in _agents(rec, e)) for e in strikes)


def test_a_headline_toll_joins_its_lede_past_the_date_line_and_byline(record_of):
    rec = record_of("11 killed as junta jets strike Sagaing village\n\nMarch 3, 2023\n\nBy Aung Min\n\n"
                    "YANGON: Junta jets struck a village in Sagaing on Tuesday, killing 11 people, residents said.",
                    "2023-03-03")
    carrying = [e for e in rec.events if any(q.value == 11 for q in e.quantities)]
    assert len(carrying) == 1 and carrying[0].type == "air_strike", [(e.type, e.text) for e in rec.events]


def roles_of(record_of, text, etype):
    rec, _, actors = events(record_of, text)
    (e,) = [e for e in rec.events if e.type == etype]
    return {actors[a.actor].name: a.role for a in e.actors}


@pytest.mark.parametrize("text,etype,victims", [
    ("Six fishermen were killed when a drone struck their boats off Hodeidah.", "air_strike", "fishermen"),
    ("A roadside bomb killed nine miners on their way to a gold mine near Djibo.", "explosion", "miners"),
    ("Shells hit a bus station in Donetsk, killing four passengers and two traders.", "shelling", "passengers"),
    ("Gunmen shot dead three security guards at a depot outside Goma.", "killing", "security guards"),
])
def test_working_people_killed_are_the_victims(record_of, text, etype, victims):
    assert roles_of(record_of, text, etype).get(victims) == "victim"


def test_a_soldier_martyred_is_killed(record_of):
    rec, _, _ = events(record_of, "A Turkish soldier was martyred when militants opened fire on an outpost near Afrin.")
    (e,) = rec.events
    assert [q.value for q in e.quantities if q.kind == "fatalities"] == [1] and _agents(rec, e) == ["militants"]


def test_a_force_that_lost_soldiers_did_not_kill_them(record_of):
    rec, _, _ = events(record_of, "Ukraine has lost 300 soldiers near Bakhmut this week, officials said.")
    (e,) = rec.events
    assert e.type == "fatalities" and not _agents(rec, e) and [q.value for q in e.quantities] == [300]


@pytest.mark.parametrize("title", ["Jets strike market in Taiz, killing 9 monitor", "Shelling kills four in Aleppo activists"])
def test_a_monitor_or_activists_credited_at_the_headlines_end_are_not_hit(record_of, title):
    rec = record_of(title + "\n\nThe report came on Monday.", "2019-03-14")
    actors = {a.id: a.name for a in rec.actors}
    hit = [actors[a.actor] for e in rec.events for a in e.actors if a.role != "agent"]
    assert not any(w in name for name in hit for w in ("monitor", "activists")), hit


def test_the_clashes_told_after_a_battle_with_a_vague_toll_are_that_battle(record_of):
    rec, _, _ = events(record_of, "Government troops repelled an attack by insurgents on their positions near Marib, killing dozens "
                                  "of the attackers. A military source said at least 40 insurgents were killed in the clashes, which "
                                  "lasted several hours.")
    clashes = [e for e in rec.events if e.type == "armed_clash"]
    assert len(clashes) == 1 and {q.value for q in clashes[0].quantities if q.kind == "fatalities"} >= {12, 40}


def test_who_took_a_town_after_clashes_fought_them(record_of):
    rec, _, _ = events(record_of, "Government troops recaptured the town of Jarjanaz on Saturday after fierce clashes "
                                  "with jihadist rebels, a military source said.")
    (clash,) = [e for e in rec.events if e.type == "armed_clash"]
    assert _agents(rec, clash) == ["Government troops", "jihadist rebels"]


def test_those_who_died_in_an_attack_are_its_victims_not_its_agents(record_of):
    roles = roles_of(record_of, "Dozens of civilians died in a chlorine attack on Douma in April.", "chemical_attack")
    assert roles.get("civilians") == "victim"
    assert "agent" not in roles.values()


def test_a_by_phrase_after_an_attack_noun_names_who_carried_it_out(record_of):
    roles = roles_of(record_of, "Separate air raids near Kharkiv by Russian aircraft and drones of the Black Sea Fleet killed 9 civilians.", "air_strike")
    agents = [name for name, role in roles.items() if role == "agent"]
    assert agents and "Russian" in agents[0] and "civilians" not in agents


def test_whoever_drops_the_bombs_carried_out_the_strike(record_of):
    roles = roles_of(record_of, "Myanmar army helicopters dropped barrel bombs on a village in Sagaing, killing 11 people.", "air_strike")
    assert any(role == "agent" and "myanmar" in name.lower() for name, role in roles.items())


def test_title_case_headline_names_who_struck_and_who_was_killed(record_of):
    roles = roles_of(record_of, "Over 19 Civilians Killed in Russian Airstrikes on Rural Idlib", "air_strike")
    assert roles.get("Russian") == "agent" and roles.get("Civilians") == "victim"


def test_a_raid_without_air_is_an_attack_and_with_it_an_air_strike(record_of):
    rec, _, _ = events(record_of, "Israeli troops killed two men in a raid on Jenin.")
    assert "attack" in [e.type for e in rec.events] and "air_strike" not in [e.type for e in rec.events]
    rec, _, _ = events(record_of, "An air raid on Tigray killed 56 people.")
    assert "air_strike" in [e.type for e in rec.events]


def test_a_foreign_country_qualifying_strikes_carried_them_out(record_of):
    roles = roles_of(record_of, "US strikes kill 50 al-Shabaab fighters in Somalia.", "air_strike")
    assert roles.get("US") == "agent"


def test_an_attack_named_by_its_own_country_is_not_its_agent(record_of):
    rec, _, actors = events(record_of, "Yemen strikes kill 12 near Marib, where fighting continues in Yemen.")
    assert not any(actors[a.actor].name == "Yemen" for e in rec.events for a in e.actors)


def test_a_modifier_of_a_modifier_names_the_attacker(record_of):
    roles = roles_of(record_of, "The government air strikes on Tawergha killed 8 people.", "air_strike")
    assert roles.get("government") == "agent"


def test_a_named_group_is_the_first_agent_before_a_common_noun(record_of):
    rec, _, actors = events(record_of, "Jihadists from the Islamic State of Iraq and the Levant have executed three officers of the Free Syrian Army.")
    (e,) = [e for e in rec.events if e.type == "execution"]
    assert actors[e.actors[0].actor].name == "Islamic State"
    assert [a.role for a in e.actors] == sorted((a.role for a in e.actors), key=["agent", "victim", "target"].index)


def test_a_barrage_is_shelling_and_its_qualifier_fired_it(record_of):
    roles = roles_of(record_of, "A rebel barrage killed 10 people in Donetsk.", "shelling")
    assert roles.get("rebel") == "agent"


@pytest.mark.parametrize("text,etype", [
    ("Twin Bomb Attacks Kill 50 in Homs Province", "explosion"),
    ("A bomb in a market in Maiduguri killed 30 people.", "explosion"),
    ("Army helicopters dropped bombs on Daraya, killing five.", "air_strike"),
])
def test_a_bomb_is_an_explosion_unless_dropped_from_the_air(record_of, text, etype):
    rec, _, _ = events(record_of, text)
    assert [e.type for e in rec.events] == [etype]


def test_the_report_stamp_is_no_event_date(record_of):
    rec = record_of("Suicide bomber kills five in Qamishli\n\n30-04-2016 A suicide bomber killed five police officers "
                    "in Qamishli, security sources said.", "2016-05-01")
    (blast,) = [e for e in rec.events if e.type == "explosion" and e.quantities]
    assert blast.date.text is None and blast.date.start == "2016-05-01"  # the publication date, not the stamp's


def test_a_toll_told_again_with_its_cause_is_one_incident(record_of):
    rec = record_of("Government forces kill 40 militants in Borno\n\nGovernment forces killed 40 militants in Borno state "
                    "on Saturday, the army said.\n\nOfficials said the army had called in reinforcements from Maiduguri. "
                    "Air strikes by the air force killed 40 militants near Gwoza on Saturday, a spokesman said.", "2021-03-14")
    carrying = [e for e in rec.events if any(q.value == 40 for q in e.quantities)]
    assert [e.type for e in carrying] == ["air_strike"], [(e.type, e.text) for e in rec.events]


def test_the_same_attack_told_twice_with_its_toll_is_one_incident(record_of):
    rec = record_of("Drone strike kills 17 in Hodeidah market\n\nAt least 17 civilians were killed by an air strike on a "
                    "market in the town of Zabid in Hodeidah province on Monday. Officials said the market had been busy.\n\n"
                    "Seventeen civilians including eight children were killed in the air strike on the market on Monday, "
                    "medics said. Dozens of aid workers were killed in another strike last month.", "2019-06-11")
    carrying = [e for e in rec.events if any(q.value == 17 for q in e.quantities)]
    assert len(carrying) == 1, [(e.type, e.text, [q.value for q in e.quantities]) for e in rec.events]
    assert {q.value for q in carrying[0].quantities if q.of == "children"} == {8}
    assert not any(q.value == 12 for q in carrying[0].quantities)  # "dozens" is a convention, no toll to match on


def test_an_act_only_weighed_or_threatened_is_planned_and_kept_apart(record_of):
    rec, _, _ = events(record_of, "Kyiv says Russian forces were behind the attack in which 40 people were killed, "
                                  "and its allies are considering air strikes to deter Moscow. Militants threatened to shell Kidal.")
    planned = {e.type: e.planned for e in rec.events}
    assert planned["air_strike"] and planned["shelling"]
    assert not planned["attack"] and not planned["threat"]
    (attack,) = [e for e in rec.events if e.type == "attack"]
    assert [q.value for q in attack.quantities if q.kind == "fatalities"] == [40]


def test_an_attack_whose_words_name_its_own_perpetrator_is_no_one_elses(record_of):
    rec, _, actors = events(record_of, "Regime forces shelled the villages of Hama countryside on Saturday. On Saturday, "
                                       "an attack by terrorist organizations on military posts in Hama countryside killed four soldiers.")
    (attack,) = [e for e in rec.events if e.type == "attack"]
    assert [q.value for q in attack.quantities] == [4]
    assert not any(x.role == "agent" and "Regime" in actors[x.actor].name for x in attack.actors)


def test_the_coalition_written_with_dots_and_a_qualifier_is_the_us_led_coalition(record_of):
    rec, _, actors = events(record_of, "Strikes by a U.S.-led military coalition killed 20 civilians in Deir al-Zor.")
    (strike,) = [e for e in rec.events if e.type == "air_strike"]
    assert [actors[x.actor].name for x in strike.actors if x.role == "agent"] == ["US-led coalition"]


def test_a_strike_that_delivers_a_chemical_is_one_chemical_attack(record_of):
    rec, places, _ = events(record_of, "Rescuers said a jet dropped bombs that released chlorine gas over Latamneh on Tuesday. "
                                            "Helicopters dropped barrel bombs filled with chlorine on Kafr Zita, injuring 20 people.")
    assert [e.type for e in rec.events] == ["chemical_attack", "chemical_attack"]
    assert [_agents(rec, e) for e in rec.events] == [["jet"], ["Helicopters"]]


def test_attacks_a_lede_sums_up_take_the_one_kind_the_article_details(record_of):
    rec, places, _ = events(record_of, "Six civilians were killed in attacks on Donetsk and Horlivka on Sunday.\n\n"
                                            "In Donetsk, artillery shells hit a bus stop, killing four people.\n\n"
                                            "In Horlivka, mortar shells struck a market, killing two women.")
    assert {e.type for e in rec.events} == {"shelling"}
    mixed = events(record_of, "Six civilians were killed in attacks on Donetsk and Horlivka on Sunday.\n\n"
                              "In Donetsk, artillery shells hit a bus stop, killing four people.\n\n"
                              "In Horlivka, a car bomb exploded near a market, killing two women.")[0]
    assert "shelling" in {e.type for e in mixed.events} and mixed.events[0].type in ("attack", "killing")
    mostly = events(record_of, "Nine civilians were killed in attacks on Donetsk, Horlivka and Makiivka on Sunday.\n\n"
                               "In Donetsk, artillery shells hit a bus stop, killing four people.\n\n"
                               "In Horlivka, mortar shells struck a market, killing two women.\n\n"
                               "In Makiivka, rockets hit a school, killing a teacher.\n\n"
                               "Elsewhere, a car bomb exploded near a checkpoint, killing two soldiers.")[0]
    assert mostly.events[0].type == "shelling"


def test_a_killing_an_air_arm_carries_out_is_an_air_strike(record_of):
    rec, places, _ = events(record_of, "The Iraqi Air Force killed 25 militants near Tal Afar on Monday. "
                                            "Army helicopters killed 12 civilians in Daraya. Gunmen killed a jeweller in Homs.")
    assert [e.type for e in rec.events] == ["air_strike", "air_strike", "killing"]
    assert rec.events[0].acled.sub_event_type == "Air/drone strike"
    rec, _, _ = events(record_of, "The Ethiopian Air Force pressed its offensive against rebels near Mekelle on Tuesday. "
                                  "Government troops pressed their offensive against rebels near Adigrat.")
    assert [e.type for e in rec.events] == ["air_strike", "offensive"]



def test_eliminating_people_kills_them_and_destroying_things_does_not(record_of):
    rec, _, _ = events(record_of, "Gunmen eliminated 12 villagers near Mopti. They also destroyed a weapons depot.")
    assert [e.type for e in rec.events] == ["killing", "destruction"]
    assert rec.events[0].quantities[0].value == 12


@pytest.mark.parametrize("text,etype,acled", [
    ("Soldiers eliminated 40 Shabaab fighters near Kismayo.", "armed_clash", "Battles"),
    ("Soldiers killed 40 Shabaab fighters near Kismayo.", "armed_clash", "Battles"),
    ("Gunmen killed 12 villagers near Mopti.", "killing", "Violence against civilians"),
])
def test_killing_combatants_is_fighting_and_killing_civilians_is_violence_against_them(record_of, text, etype, acled):
    rec, _, _ = events(record_of, text)
    (e,) = rec.events
    assert (e.type, e.acled.event_type) == (etype, acled)


def test_a_suicide_bomber_who_is_killed_names_no_bombing(record_of):
    rec, _, _ = events(record_of, "Troops killed 20 fighters including two suicide bombers near Kirkuk.")
    assert [e.type for e in rec.events] == ["killing"]
    rec, _, actors = events(record_of, "A Daesh suicide bomber killed 29 fighters at a border crossing.")
    (e,) = rec.events
    assert e.type == "explosion" and actors[e.actors[0].actor].name == "Islamic State" and e.actors[0].role == "agent"


@pytest.mark.parametrize("text,holder,agent", [
    ("Government air strikes on Houthi-held Hodeidah killed 12 civilians.", "Houthis", "Government"),
    ("Al-Shabaab mortars on the AMISOM-controlled base killed two soldiers.", "AMISOM", "al-Shabaab"),
])
def test_who_holds_the_place_hit_is_no_agent(record_of, text, holder, agent):
    rec, _, actors = events(record_of, text)
    (e,) = rec.events
    agents = _agents(rec, e)
    assert agents == [agent] and holder in [actors[a.actor].name for a in e.actors if a.role == "target"]


def test_a_holder_whose_hyphen_was_lost_is_no_agent(record_of):
    rec, _, _ = events(record_of, "Two children died in mortar fire by militiamen on the government held quarter of Tripoli.")
    (e,) = rec.events
    assert _agents(rec, e) == ["militiamen"]


def test_a_neutral_body_qualifying_an_attack_did_not_carry_it_out(record_of):
    rec, _, actors = events(record_of, "A UN World Food Programme convoy attack near Taiz killed four drivers.")
    (e,) = rec.events
    assert not [a for a in e.actors if a.role == "agent"]


def test_the_other_side_of_a_clash_fought_it(record_of):
    rec, _, actors = events(record_of, "Fifteen Wagner fighters were killed in clashes with rebels near Kidal on Sunday.")
    (e,) = rec.events
    assert [(actors[a.actor].name, a.role) for a in e.actors][0] == ("rebels", "agent")
    rec, _, actors = events(record_of, "Rebels clashed with government troops near Hama.")
    (e,) = rec.events
    assert _agents(rec, e) == ["Rebels", "government troops"]


def test_a_headline_verb_the_tagger_takes_for_a_name_still_names_the_event(record_of):
    rec = record_of("Army Kills 95 Boko Haram Militants in Borno\n\nThe report came from the region.", "2016-08-13")
    assert [(e.text, [q.value for q in e.quantities]) for e in rec.events] == [("Kills", [95])]


def test_an_event_told_as_before_another_is_another(record_of):
    rec, _, _ = events(record_of, "A week after the air strikes on Sanaa, five people were killed in Taiz.")
    assert [(e.type, [q.value for q in e.quantities]) for e in rec.events] == [("air_strike", []), ("killing", [5])]


def test_a_clause_hung_on_an_after_clause_from_before_its_after_is_not_in_it():
    """A parse seen in wire copy: "when a rocket hit …" hung on the later "were killed". The clause
    of sequence begins at "after", so the rocket is the first killing's, the later deaths another's."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from tawthiq.nlp.events import _one_after_other

    words = "Two guards were killed when a rocket hit the depot , weeks after nine miners were killed .".split()
    heads = [1, 3, 3, 3, 7, 6, 7, 16, 9, 7, 7, 16, 16, 14, 16, 16, 3, 3]
    deps = ["nummod", "nsubjpass", "auxpass", "ROOT", "advmod", "det", "nsubj", "advcl", "det", "dobj", "punct",
            "npadvmod", "mark", "nummod", "nsubjpass", "auxpass", "advcl", "punct"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, sent_starts=[True] + [False] * (len(words) - 1))
    first, rocket, later = doc[3], doc[6], doc[16]
    assert _one_after_other(rocket, later) and _one_after_other(later, rocket)
    assert not _one_after_other(first, rocket)


@pytest.mark.parametrize("text,agent", [
    ("The army said it had killed 40 Shabaab fighters near Kismayo.", "army"),
    ("Al-Shabaab said they had killed 12 soldiers in an ambush near Afgoye.", "al-Shabaab"),
])
def test_the_pronoun_a_speaker_tells_of_itself_is_the_speaker(record_of, text, agent):
    rec, _, actors = events(record_of, text)
    (e,) = rec.events
    assert _agents(rec, e) == [agent]
    rec, _, _ = events(record_of, "Residents said they had fled the shelling near Afgoye.")
    assert not [a for e in rec.events for a in e.actors if a.role == "agent"]


def test_a_place_the_parser_hangs_on_a_by_phrase_names_no_perpetrator(record_of):
    """The headline's strikes name no one but a place; the lede's regime strikes that day are theirs."""
    rec = record_of("Monday 6 June 2016 Aid Council Grieves 3 Nurses Killed by Airstrikes on Rural Daraa. The council sent "
                    "its condolences after the death of three nurses in airstrikes by regime forces on a clinic in the town "
                    "of Nawa on Sunday.", "2016-06-06")
    actors = {a.id: a.name for a in rec.actors}
    strikes = [e for e in rec.events if e.type == "air_strike"]
    assert strikes and all([actors[x.actor] for x in e.actors if x.role == "agent"] == ["regime forces"] for e in strikes)


def test_a_group_that_claims_an_attack_carried_it_out(record_of):
    rec, _, actors = events(record_of, "IS claimed a March 4 car bomb attack on a market in Tikrit that killed 23 people.")
    (e,) = rec.events
    assert _agents(rec, e) == ["Islamic State"]
    rec, _, actors = events(record_of, "Al-Shabaab claimed a Tuesday suicide attack on a hotel in Mogadishu.")
    assert [actors[a.actor].name for a in rec.events[0].actors if a.role == "agent"] == ["al-Shabaab"]


@pytest.mark.parametrize("text", ["Anti-Houthi air strikes killed 12 civilians near Taiz.", "Anti-ISIS air strikes killed 12 civilians near Raqqa."])
def test_the_group_an_attack_is_against_did_not_carry_it_out(record_of, text):
    rec, _, actors = events(record_of, text)
    (e,) = rec.events
    assert not [a for a in e.actors if a.role == "agent"]


def test_a_toll_dated_weeks_before_joins_no_undated_attack_of_the_day(record_of):
    rec, _, actors = events(record_of, "Government forces shelled a funeral in Mocha, killing three women. In January, 40 people "
                                       "were killed in Mocha.", "2019-03-14")
    shelling, killing = rec.events
    assert [q.value for q in shelling.quantities] == [3] and [q.value for q in killing.quantities] == [40]
    assert not [a for a in killing.actors if a.role == "agent"]


def test_those_a_headline_says_were_killed_are_no_agents(record_of):
    rec = record_of("Title\n\n23 Leaders of Boko Haram Killed in Maiduguri Blast.", "2016-08-13")
    actors = {a.id: a.name for a in rec.actors}
    (e,) = rec.events
    assert not [a for a in e.actors if a.role == "agent"] and ("Leaders", "victim") in [(actors[a.actor], a.role) for a in e.actors]


@pytest.mark.parametrize("text", [
    "Shelling around Avdiivka has killed 64 soldiers since Sunday, officers said. Dozens of volunteers were also killed.",
    "The fighting near Marib has left at least 90 fighters dead, the ministry said. The ministry said 14 tribesmen were also killed.",
])
def test_a_toll_told_after_a_running_total_is_part_of_it(record_of, text):
    rec, _, _ = events(record_of, text, "2022-11-18")
    tolls = [q for e in rec.events for q in e.quantities if q.kind == "fatalities"]
    assert len(tolls) == 2 and all(q.cumulative for q in tolls), tolls


def test_a_toll_told_after_a_single_attack_stays_its_own(record_of):
    rec, _, _ = events(record_of, "A drone strike killed 28 people in the town of Jawf on Monday. Four children were also killed.", "2022-11-18")
    tolls = [q for e in rec.events for q in e.quantities if q.kind == "fatalities"]
    assert len(tolls) == 2 and not any(q.cumulative for q in tolls), tolls


def test_the_source_a_report_cites_is_no_victim(record_of):
    rec, _, actors = events(record_of, "On Friday state television reported citing a security source that troops had killed 16 and wounded 21 Shabaab fighters near Baidoa.")
    (e,) = rec.events
    assert ("troops", "agent") in [(actors[a.actor].name, a.role) for a in e.actors]
    assert "security source" not in [actors[a.actor].name for a in e.actors]


def test_who_holds_a_place_does_not_make_its_sentence_an_armed_act(record_of):
    rec, _, _ = events(record_of, "Food prices in Houthi-held areas have reached record highs.")
    assert "offensive" not in [e.type for e in rec.events]


def test_a_verb_the_parser_hangs_on_its_subject_still_names_the_event(record_of):
    rec, places, _ = events(record_of, "The coalition bombed Sanaa on Monday.")
    (e,) = rec.events
    assert e.type == "air_strike" and places[e.place].name == "Sanaa" and e.date.start == "2019-03-11"


def test_a_states_forces_named_by_a_common_noun_lead_when_told_first(record_of):
    rec, _, _ = events(record_of, "Air strikes by army helicopters and jets of the US-led coalition killed 14 people near Mosul.")
    (e,) = rec.events
    agents = _agents(rec, e)
    assert agents[:2] == ["army", "US-led coalition"], agents


def test_a_speaker_the_parser_hangs_on_the_attack_is_no_victim(record_of):
    rec, _, actors = events(record_of, "At least 30 people were killed in a drone attack on the camp local official Ahmed Hamid said on Monday.")
    (e,) = rec.events
    assert "Ahmed Hamid" not in [actors[a.actor].name for a in e.actors], [(actors[a.actor].name, a.role) for a in e.actors]


def test_a_region_of_no_one_country_is_no_scene_beside_a_town(record_of):
    rec, places, _ = events(record_of, "Shelling in the Sahel killed nine herders near Menaka.")
    (e,) = rec.events
    assert places[e.place].name == "Menaka"


def test_the_place_an_attack_hits_names_no_perpetrator_of_its_own(record_of):
    rec, _, _ = events(record_of, "Government forces shelled Taiz on Monday. Heavy bombardment on the city killed 12 civilians in Taiz on Monday.")
    bombardment = next(e for e in rec.events if e.text == "bombardment")
    assert _agents(rec, bombardment) == ["Government forces"]


def test_who_is_named_in_a_time_phrase_is_no_victim(record_of):
    rec, _, actors = events(record_of, "Four girls were among 30 villagers killed near Gao on Friday and Saturday UNICEF chief "
                                       "Catherine Russell said.")
    (e,) = rec.events
    names = [actors[a.actor].name for a in e.actors]
    assert "UNICEF" not in names and "Catherine Russell" not in names, [(actors[a.actor].name, a.role) for a in e.actors]


@pytest.mark.parametrize("text,earlier,day", [
    # no comma: the parser reads the killing as the attack's relative clause, or gives it two subjects
    ("Posted 9 May 2021 Only days after a deadly Wagner Group drone attack a woman was killed near the town of Gao on Friday.",
     "attack", "Friday"),
    ("Published 9 May 2021 Barely a week after a Wagner Group drone attack a woman was killed near Gao on Friday.",
     "attack", "Friday"),
    ("Weeks after an al-Shabaab mortar strike a teacher was killed and nine pupils were hurt at a school near Baidoa on Friday.",
     "mortar strike", "Friday"),
    ("Only hours after a Wagner Group drone strike a woman died and four traders were hurt at a market near Gao on Friday.",
     "drone strike", "Friday"),
    ("Hours after a Russian air strike, a man was killed by a mine in Kharkiv on Monday.", "air strike", "Monday"),
])
def test_an_event_told_as_coming_before_another_keeps_apart_from_it(record_of, text, earlier, day):
    rec, _, actors = events(record_of, text)
    before = next(e for e in rec.events if e.text == earlier)
    killing = next(e for e in rec.events if e is not before and e.type in ("killing", "fatalities"))
    assert before.date is None or before.date.text != day, "the killing's day is not the earlier attack's"
    assert not [q for q in before.quantities if q.kind == "fatalities"]
    assert [q.text for q in killing.quantities if q.kind == "fatalities"] in ([], ["a woman"], ["a teacher"], ["a man"])
    agents = {a.actor for a in before.actors if a.role == "agent"}
    assert not agents & {a.actor for a in killing.actors}, "who carried out the earlier attack is no party to the killing"


def test_who_an_earlier_attack_involved_is_not_who_a_killing_befell(record_of):
    rec, _, actors = events(record_of, "Posted 2 June 2019 Two weeks after a Houthi drone attack a fisherman was killed"
                                       " near Hodeidah on Sunday.")
    killing = next(e for e in rec.events if e.text == "killed")
    assert killing.type == "killing" and not [a for a in killing.actors if actors[a.actor].name == "Houthis"]


def test_bodies_returned_after_a_battle_are_its_dead(record_of):
    rec, _, _ = events(record_of, "The bodies of 30 policemen were flown to Kirkuk this week after they were killed in clashes near Hawija.")
    (e,) = [e for e in rec.events if [q for q in e.quantities if q.value == 30]]
    assert e.type == "armed_clash"


@pytest.mark.parametrize("first,kind", [
    ("A bombing that tore through the governor's compound in Lashkar Gah killed five civilians on Sunday.", "explosion"),
    ("An air bombing that tore through the governor's compound in Lashkar Gah killed five civilians on Sunday.", "air_strike"),
])
def test_a_bombing_told_where_a_car_bomb_went_off_is_that_blast(record_of, first, kind):
    rec, _, _ = events(record_of, first + " Police said a car bomb had been driven into the building.", "2019-05-06")
    assert [e.type for e in rec.events if "bombing" in e.text] == [kind]


@pytest.mark.parametrize("text,kind,trigger", [
    ("A rocket bomb hit the market in Kharkiv, killing two people.", "shelling", "rocket bomb"),
    ("A mortar bomb hit a school in Mogadishu on Friday.", "shelling", "mortar bomb"),
    ("The explosion in the market of Kharkiv was caused by a mortar shell.", "shelling", "explosion"),
])
def test_two_weapon_words_for_one_weapon_are_one_event(record_of, text, kind, trigger):
    rec, _, _ = events(record_of, text)
    assert [(e.type, e.text) for e in rec.events] == [(kind, trigger)]


@pytest.mark.parametrize("text", [
    "Houthi rockets killed 6 people in Taiz including a nurse while coalition air strikes on the town of Hajjah"
    " killed at least 25 people among them 4 women.",
    "Houthi rockets killed 6 people in Taiz, including a nurse, while coalition air strikes on the town of Hajjah"
    " killed at least 25 people, among them 4 women.",
])
def test_two_attacks_told_in_one_sentence_keep_their_own_tolls_places_and_doers(record_of, text):
    rec, places, actors = events(record_of, text, "2019-05-06")
    rockets, strikes = (next(e for e in rec.events if e.type == kind) for kind in ("shelling", "air_strike"))
    assert sorted(q.value for q in rockets.quantities if q.kind == "fatalities") == [1, 6]
    assert sorted(q.value for q in strikes.quantities if q.kind == "fatalities") == [4, 25]
    assert places[rockets.place].name == "Taiz" and places[strikes.place].name == "Hajjah"
    assert "Houthis" not in [actors[a.actor].name for a in strikes.actors]


def test_an_attack_told_as_coming_before_lends_no_doer_to_the_incident(record_of):
    rec, _, actors = events(record_of, "Posted 9 May 2021 Only days after a deadly Wagner Group drone attack a woman was"
                                       " killed near the town of Gao on Friday. Officials said a roadside bomb had torn"
                                       " through her car.", "2021-05-09")
    earlier = next(e for e in rec.events if e.text == "attack")
    others = [e for e in rec.events if e is not earlier]
    assert not [a for e in others for a in e.actors if actors[a.actor].name == "Wagner Group"]


def test_who_a_headline_says_condemns_an_attack_did_not_carry_it_out(record_of):
    rec = record_of("Somali Coalition Condemns Attack on Interim Government Offices in Baidoa\n\nThe statement came on Monday.", "2019-05-06")
    (attack,) = [e for e in rec.events if e.text == "Attack"]
    assert not [a for a in attack.actors if a.role == "agent"]


def test_who_a_clause_on_the_doers_names_did_not_carry_out_the_attack(record_of):
    rec, _, _ = events(record_of, "Two shepherds were wounded by rocket shells fired by militants whom the army had"
                                       " expelled from the valley in May.")
    (e,) = rec.events
    assert _agents(rec, e) == ["militants"]


def test_blasts_a_shelling_sets_off_are_part_of_it(record_of):
    rec, _, _ = events(record_of, "Rocket fire struck the northern districts of Kharkiv on Thursday, setting off blasts at a"
                                  " fuel depot that killed at least 12 people.")
    (e,) = rec.events
    assert e.type == "shelling" and [q.value for q in e.quantities if q.kind == "fatalities"] == [12]


@pytest.mark.parametrize("text, etype, agent", [
    ("Al-Shabaab claimed responsibility for the car bombing in Mogadishu that killed 20 people.", "explosion", "al-Shabaab"),
    ("The Yemeni government blamed the Houthis for the missile attack on a market in Marib that killed 9 people.", "shelling", "Houthis"),
    ("Kyiv accused Russian forces of carrying out the strike on a railway station that killed 50 civilians.", "air_strike", "Russian"),
    ("Officials said the Taliban were behind the blast at a mosque in Kunduz that killed 46 worshippers.", "explosion", "Taliban"),
    ("The UN held the Rapid Support Forces responsible for the shelling of El Fasher that killed 15 civilians.", "shelling", "Rapid Support Forces"),
    ("The ministry held the militia responsible for the shelling of Tripoli that killed 3 civilians.", "shelling", "militia"),
    ("Houthi officials blamed the Saudi-led coalition for the bombing of a bus in Saada that killed 40 children.", "air_strike", "coalition"),
    ("Human rights groups say the chlorine attack on the village, which killed 12 people, came from army helicopters.", "chemical_attack", "army"),
])
def test_who_is_held_to_account_for_an_attack_carried_it_out(record_of, text, etype, agent):
    roles = roles_of(record_of, text, etype)
    agents = [name for name, role in roles.items() if role == "agent"]
    assert agents and agent.lower() in agents[0].lower()


@pytest.mark.parametrize("text, etype", [
    ("No one has claimed responsibility for the car bombing in Mogadishu that killed 20 people.", "explosion"),
    ("Neither faction blamed the militia for the blast at a market in Aden that killed 6 people.", "explosion"),
    ("The army does not blame the Wagner Group for the shelling of Tripoli that killed 3 civilians.", "shelling"),
    ("A spokesman said Islamic State sleeper cells were most likely behind the blast that killed 20 fighters.", "explosion"),
    ("Officials said the Taliban may have been behind the blast at a mosque in Kunduz that killed 46 worshippers.", "explosion"),
])
def test_a_denied_unclaimed_or_guessed_perpetrator_is_no_agent(record_of, text, etype):
    assert "agent" not in roles_of(record_of, text, etype).values()


def test_a_bombing_an_armed_group_carried_out_is_a_blast_not_an_air_strike(record_of):
    rec, _, _ = events(record_of, "Islamic State claimed responsibility for the bombing of a wedding hall in Kabul, which killed 63 people.")
    (e,) = [e for e in rec.events if e.text == "bombing"]
    assert e.type == "explosion"
    assert _agents(rec, e) == ["Islamic State"]


@pytest.mark.parametrize("text", [
    "Ukrainian troops seized mortars and rockets in a depot near Izium.",
    "The deal to remove Libya's chemical weapons was signed in Tripoli on Monday.",
    "Inspectors visited the chemical weapons stockpile near Homs.",
    "Police found a cache of bombs in a house in Mosul.",
    "Troops destroyed three rocket launchers near Hodeidah.",
])
def test_a_weapon_held_moved_or_done_away_with_is_no_attack(record_of, text):
    rec, _, _ = events(record_of, text)
    assert not [e for e in rec.events if e.type in ("shelling", "chemical_attack", "explosion", "air_strike")]


@pytest.mark.parametrize("text, etype", [
    ("Rebels fired rockets and mortars at the base near Maiduguri, killing two soldiers.", "shelling"),
    ("The government denied it had used chemical weapons in Ghouta.", "chemical_attack"),
    ("A bomb hidden in a cart killed nine people at a market in Mogadishu.", "explosion"),
])
def test_a_weapon_used_is_still_an_attack(record_of, text, etype):
    rec, _, _ = events(record_of, text)
    assert [e for e in rec.events if e.type == etype]


@pytest.mark.parametrize("text, etype", [
    ("Government forces captured Bakhmut on Sunday.", "territorial_change"),
    ("Houthi fighters seized control of the Nihm district.", "territorial_change"),
    ("The district fell to the army in 2016, four years after rebels seized it.", "territorial_change"),
    ("Gunmen seized 20 passengers from a bus near Kaduna.", "abduction"),
])
def test_what_a_capture_takes_tells_its_kind(record_of, text, etype):
    rec, _, _ = events(record_of, text)
    assert [e for e in rec.events if e.type == etype and e.text.lower().startswith(("captured", "seized"))]


@pytest.mark.parametrize("text", [
    "The navy seized a shipment of rifles off the coast of Hodeidah.",
    "Police seized two tons of cocaine in Basra.",
    "France will push for a UN resolution setting out terms for a truce in Tigray.",
])
def test_seizing_goods_or_setting_out_terms_changes_no_territory(record_of, text):
    rec, _, _ = events(record_of, text)
    assert not [e for e in rec.events if e.type == "territorial_change"]


def test_whom_an_attack_in_the_subject_struck_is_not_its_agent(record_of):
    roles = roles_of(record_of, "A drone strike on a camp for displaced people near El Fasher killed 11 people on Tuesday.", "air_strike")
    assert roles.get("displaced people") == "victim" and "agent" not in roles.values()


def test_an_attack_in_the_subject_keeps_the_clause_around_it_from_lending_its_subject(record_of):
    rec, _, actors = events(record_of, "Wagner fighters withdrew from the village after a missile struck their base.")
    struck = [e for e in rec.events if e.type in ("shelling", "air_strike")]
    assert struck and not [a for e in struck for a in e.actors if a.role == "agent"]


def test_the_speaker_owns_the_attacks_it_calls_its_own(record_of):
    roles = roles_of(record_of, "The army said its artillery had killed 30 fighters near Kherson.", "shelling")
    assert roles.get("army") == "agent"


@pytest.mark.parametrize("text", [
    "Internally displaced persons in the Zamzam camp lack clean water.",
    "Families sheltered in an evacuation centre in Zaporizhzhia.",
    "Hundreds living in camps for displaced people near the border joined the group.",
    "Aid trucks reached the displaced in Goma on Monday.",
])
def test_words_that_describe_people_or_a_place_tell_no_displacement(record_of, text):
    rec, _, _ = events(record_of, text)
    assert not [e for e in rec.events if e.type in ("displacement", "evacuation")]


@pytest.mark.parametrize("text, etype", [
    ("Fighting near Goma displaced 5,000 people from their villages.", "displacement"),
    ("The army evacuated 300 civilians from the village near Bakhmut.", "evacuation"),
    ("Dozens of wounded were awaiting evacuation from the hospital in Khan Younis.", "evacuation"),
])
def test_displacement_and_evacuation_told_as_happening_are_events(record_of, text, etype):
    rec, _, _ = events(record_of, text)
    assert [e for e in rec.events if e.type == etype]


@pytest.mark.parametrize("text, etype", [
    ("A Russian missile struck an apartment block in Dnipro on Saturday, killing 40 people.", "shelling"),
    ("Houthi rockets struck a school in Taiz, killing five children.", "shelling"),
])
def test_the_weapon_that_strikes_and_its_strike_are_one_event(record_of, text, etype):
    rec, _, _ = events(record_of, text)
    violent = [e for e in rec.events if e.type in ("shelling", "explosion", "air_strike")]
    assert [e.type for e in violent] == [etype]


def test_what_a_speaker_denies_is_no_part_of_what_it_says_was_done(record_of):
    rec, _, actors = events(record_of, "Russia's Defence Ministry said its forces had struck a fuel depot near Kharkiv and denied targeting civilians.")
    (struck,) = [e for e in rec.events if not e.negated]
    assert "civilians" not in [actors[a.actor].name for a in struck.actors]
    assert [e for e in rec.events if e.negated]


@pytest.mark.parametrize("text", [
    "The video did not show when the killings took place in the village.",
    "Residents did not know who fired the shells that hit the market in Kharkiv.",
])
def test_a_denial_does_not_reach_into_a_clause_of_its_own(record_of, text):
    rec, _, _ = events(record_of, text)
    assert rec.events and not [e for e in rec.events if e.negated]


def test_no_one_claiming_an_attack_is_not_its_agent(record_of):
    roles = roles_of(record_of, "No group has claimed the attack on the army post near Djibo.", "attack")
    assert "agent" not in roles.values()


def test_a_headline_and_its_lede_with_one_toll_are_one_attack_on_the_ledes_day(record_of):
    rec = record_of("Gunmen kill 30 in attack on Nigerian village\n\nGunmen killed 30 people in an attack on a village in Plateau state on Sunday, police said.", "2024-04-16")
    attacks = [e for e in rec.events if e.type in ("attack", "killing")]
    assert len(attacks) == 1 and attacks[0].date.start == "2024-04-14"


def test_a_wars_running_total_joins_no_incident(record_of):
    rec = record_of("Title\n\nA drone strike hit a market in El Fasher on Tuesday, killing 11 people.\n\n"
                    "The war has killed more than 20,000 people since April 2023, according to the United Nations.", "2024-06-12")
    (strike,) = [e for e in rec.events if e.type == "air_strike"]
    assert [q.value for q in strike.quantities if q.kind == "fatalities"] == [11]


@pytest.mark.parametrize("again", ["The attack killed 12 civilians and 18 soldiers, officials said.",
                                   "Monday's attack killed 12 civilians and 18 soldiers, officials said."])
def test_an_attack_named_again_is_the_attack_told_before(record_of, again):
    rec, _, _ = events(record_of, "Gunmen killed 30 people in an attack on a cattle market near Menaka on Monday, officials said. "
                                  + again + " Troops later launched an offensive against the gunmen further north.",
                       "2022-03-09")
    (attack,) = [e for e in rec.events if any(q.value == 30 for q in e.quantities)]
    assert {(q.value, q.of) for q in attack.quantities if q.kind == "fatalities"} >= {(12, "civilians"), (18, "soldiers")}
    assert not any(q.value in (12, 18) for e in rec.events if e is not attack for q in e.quantities)


def test_attacks_named_again_in_the_plural_may_be_others(record_of):
    rec, _, _ = events(record_of, "Gunmen killed 30 people in an attack on a cattle market near Menaka on Monday, officials said. "
                                  "The attacks killed 12 soldiers this month, they said.", "2022-03-09")
    (attack,) = [e for e in rec.events if any(q.value == 30 for q in e.quantities)]
    assert not any(q.value == 12 for q in attack.quantities)


def test_a_part_counted_among_the_dead_joins_the_toll_told_before(record_of):
    rec, _, _ = events(record_of, "An attack killed 40 civilians in Kidal on Tuesday. The army blamed a rival faction. "
                                  "Nine boys were among the dead the mayor said. It was one of the deadliest bomb "
                                  "attacks on the town in years.", "2022-03-09")
    (attack,) = [e for e in rec.events if any(q.value == 40 for q in e.quantities)]
    assert (9, "boys") in [(q.value, q.of) for q in attack.quantities]


def test_the_future_is_no_day_of_what_happened(record_of):
    rec, _, _ = events(record_of, "Shelling killed 9 civilians in Kidal on Tuesday. Mediators said the attack put "
                                  "the future of the truce at risk.", "2022-03-09")
    assert all(e.date is None or e.date.text != "the future" for e in rec.events), [(e.text, e.date) for e in rec.events]
    assert {e.date.start for e in rec.events} == {"2022-03-08"}


def test_deaths_told_as_before_an_incident_its_headline_told_stay_apart(record_of):
    rec = record_of("Shelling kills three teachers near Kharkiv\n\nThree teachers were killed and a guard badly hurt "
                    "when shelling hit a school in a village near the city of Kharkiv late Monday just a week after "
                    "20 pupils were killed.", "2022-03-09")
    (shelling,) = [e for e in rec.events if any(q.value == 3 for q in e.quantities)]
    assert not any(q.of == "pupils" for q in shelling.quantities), [(e.text, [q.text for q in e.quantities]) for e in rec.events]


def test_the_day_a_monitor_said_it_is_not_the_day_it_happened(record_of):
    rec, _, _ = events(record_of, "Drone strikes killed 26 people in villages around Sikasso, officials said on Monday.",
                       "2022-03-15")
    (strike,) = [e for e in rec.events if e.type == "air_strike"]
    assert strike.date.text != "Monday" and strike.date.start == "2022-03-15"


@pytest.mark.parametrize("dead", ["the dead", "the victims"])
def test_parts_among_the_dead_join_the_toll_not_a_strike_told_without_one(record_of, dead):
    rec, _, _ = events(record_of, "Drone strikes killed 26 people in villages around Sikasso, officials said on Monday. "
                                  "They said the air force carried out 14 air strikes on the area on Sunday. Nine boys and four "
                                  f"soldiers were among {dead}, they said.", "2022-03-15")
    (toll,) = [e for e in rec.events if any(q.value == 26 for q in e.quantities)]
    assert {(q.value, q.of) for q in toll.quantities} >= {(9, "boys"), (4, "soldiers")}
    assert toll.date.text is None  # not the Sunday of the strikes told between


def test_outlets_credited_before_a_stamp_are_not_what_an_attack_hit(record_of):
    rec = record_of("Title\n\nShelling in Kharkiv kills 9 wounds 20 State media AFP Monday 28 Mar 2022 Shells hit a market "
                    "in Kharkiv on Monday killing nine people and wounding 20 state media said.", "2022-03-28")
    actors = {a.id: a for a in rec.actors}
    assert "State media" in [a.name for a in rec.actors]
    assert not [actors[a.actor].name for e in rec.events for a in e.actors if actors[a.actor].kind == "media"]


def test_an_outlet_struck_is_a_target(record_of):
    rec = record_of("Title\n\nIsraeli jets struck the Al-Aqsa TV building in Gaza on Monday.", "2021-05-18")
    actors = {a.id: a for a in rec.actors}
    assert [(actors[a.actor].name, a.role) for e in rec.events for a in e.actors if actors[a.actor].kind == "media"] == [("Al-Aqsa TV", "target")]


def test_a_blast_told_first_is_the_shelling_its_lede_says_set_it_off(record_of):
    rec = record_of("Arms depot blast kills 40 in Kharkiv\n\nRussian rockets struck an industrial district of Kharkiv on "
                    "Thursday, setting off explosions at an arms depot that killed at least 40 people, officials said.",
                    "2022-03-11")
    carrying = [e for e in rec.events if any(q.value == 40 for q in e.quantities)]
    assert [e.type for e in carrying] == ["shelling"], [(e.type, e.text) for e in rec.events]


@pytest.mark.parametrize("text,etype,doer", [
    # the air strikes of an air arm are its own
    ("The market in El Fasher was levelled in the air strikes of the Sudanese Air Force on Monday.", "air_strike", "Air Force"),
    ("Dozens of fighters died in the heavy air strikes of the Nigerian Air Force near Gwoza.", "air_strike", "Air Force"),
    # who replies or retaliates by shelling shells
    ("The army retaliated by shelling rebel positions near the town.", "shelling", "army"),
    ("Ukrainian forces responded to the attack by shelling the Russian positions across the river.", "shelling", "Ukraine"),
])
def test_the_doer_an_arm_or_a_reply_names(record_of, text, etype, doer):
    rec, _, actors = events(record_of, text)
    (strike,) = [e for e in rec.events if e.type == etype]
    agents = _agents(rec, strike)
    assert agents and doer in agents[0], [(actors[a.actor].name, a.role) for a in strike.actors]


def test_a_day_told_within_what_was_said_is_the_events_own(record_of):
    rec, _, _ = events(record_of, "A drone strike on a camp near El Fasher killed 11 people, including four children, on "
                                  "Tuesday, a local aid group said.", "2024-05-09")
    (strike,) = [e for e in rec.events if e.type == "air_strike"]
    assert strike.date.text == "Tuesday" and strike.date.start == "2024-05-07"


def test_a_day_told_before_all_that_was_said_is_the_day_it_was_said(record_of):
    rec, _, _ = events(record_of, "On Monday the army said its shelling had killed 20 fighters near Kidal.", "2024-05-09")
    (shelling,) = [e for e in rec.events if e.type == "shelling"]
    assert shelling.date.text != "Monday"


def test_the_scene_of_an_event_told_before_is_not_the_scene_of_the_one_after(record_of):
    rec, places, _ = events(record_of, "Drones hit a fuel depot in Sikasso on Sunday. The strike came a day after gunmen "
                                       "killed six herders near Kayes.", "2024-05-15")
    strikes = [e for e in rec.events if e.type == "air_strike"]
    assert strikes and all(places[e.place].name == "Sikasso" for e in strikes), [(e.text, e.place) for e in rec.events]


def test_the_country_a_war_is_in_is_the_place_of_its_toll(record_of):
    rec, places, _ = events(record_of, "Air strikes killed 14 people in Saada on Sunday.\n\nAid agencies warned of famine.\n\n"
                                       "The war in Yemen has killed more than 150,000 people since 2015, according to monitors.",
                            "2024-05-15")
    (total,) = [e for e in rec.events if any((q.value or q.low) == 150000 for q in e.quantities)]
    assert places[total.place].name == "Yemen"


def test_a_planned_attack_neither_lends_nor_takes_a_doer(record_of):
    rec = record_of("Title\n\nAn Israeli air strike on a school in Gaza killed 27 people on Thursday. The military said 20 "
                    "fighters had been using the school to plan attacks.", "2024-06-07")
    actors = {a.id: a for a in rec.actors}
    planned = [e for e in rec.events if e.planned]
    assert planned and not [a for e in planned for a in e.actors if a.role == "agent" and "Israel" in actors[a.actor].name]
    rec = record_of("Title\n\nRebels are planning to mount an attack on the town, officials said. A gas attack killed 40 "
                    "people in the town on Tuesday.", "2024-06-07")
    (gas,) = [e for e in rec.events if any(q.value == 40 for q in e.quantities)]
    assert not [a for a in gas.actors if a.role == "agent"]


def test_raids_the_dead_were_plotting_are_planned_and_do_not_take_the_toll(record_of):
    rec, _, _ = events(record_of, "Troops killed 15 gunmen who were plotting raids on villages near Mopti, the army said.",
                       "2023-02-02")
    (toll,) = [e for e in rec.events if any(q.value == 15 for q in e.quantities)]
    assert not toll.planned and toll.text == "killed"
    assert all(e.planned for e in rec.events if e.text == "raids")


def test_an_event_told_as_its_or_their_belongs_to_the_armed_subject_above_it(record_of):
    rec, _, actors = events(record_of, "The Saudi-led coalition defended its air strikes on Saada, which killed 20 people, as "
                                       "aimed at Houthi commanders.", "2019-06-11")
    (strike,) = [e for e in rec.events if e.type == "air_strike"]
    assert _agents(rec, strike) == ["Saudi-led coalition"]
    rec, _, actors = events(record_of, "Human Rights Watch criticised the army over its shelling of Mariupol, which killed "
                                       "30 people.", "2022-06-11")
    assert not [a for e in rec.events for a in e.actors if a.role == "agent" and "Human Rights" in actors[a.actor].name]


@pytest.mark.parametrize("text, etype", [
    ("A vacuum bomb attack dropped from the air on Sevastopol street killed five people on Monday.", "air_strike"),
    ("A bomb attack on a bus in Homs killed five people on Monday, days after an air strike hit the town.", "explosion"),
])
def test_a_bomb_attack_is_an_air_strike_only_when_its_own_phrase_says_so(record_of, text, etype):
    rec, _, _ = events(record_of, text, "2019-06-11")
    assert [e.type for e in rec.events if e.text == "bomb attack"] == [etype]


def test_an_agency_in_the_dateline_is_no_doer_of_the_lede(record_of):
    rec, _, actors = events(record_of, "ADDIS ABABA (AP) — A drone strike on a market in the Amhara region killed at least "
                                       "30 people on Tuesday, witnesses said.", "2023-09-12")
    (strike,) = [e for e in rec.events if e.type == "air_strike"]
    assert not [a for a in strike.actors if a.role == "agent"]
    assert {a.name: a.kind for a in rec.actors}.get("Associated Press") == "media"


def test_the_strike_told_on_after_the_lede_is_the_ledes_and_names_its_town(record_of):
    rec, places, _ = events(record_of, "A drone strike on a market in the Amhara region killed at least 30 people on Tuesday, "
                                       "witnesses said.\n\nThe strike hit the market in the town of Bahir Dar at around 11 a.m., "
                                       "a witness said.", "2023-09-12")
    (strike,) = [e for e in rec.events if e.type == "air_strike"]
    assert places[strike.place].name == "Bahir Dar"


@pytest.mark.parametrize("headline, dead", [("Rebels seize town in eastern Congo, 17 civilians killed", "civilians"),
                                            ("JNIM fighters storm army post in Mali; 12 soldiers killed", "soldiers")])
def test_those_a_headline_says_were_killed_after_its_first_clause_did_not_do_it(record_of, headline, dead):
    rec = record_of(headline + "\n\nThe attack happened on Saturday.", "2024-02-10")
    actors = {a.id: a.name for a in rec.actors}
    roles = {(actors[a.actor], a.role) for e in rec.events for a in e.actors}
    assert (dead, "victim") in roles and (dead, "agent") not in roles


def test_a_past_tense_kill_with_nothing_after_it_in_running_text_keeps_its_doer(record_of):
    rec, _, actors = events(record_of, "The gunmen killed, then fled into the forest near Zamfara.", "2024-02-10")
    assert [(actors[a.actor].name, a.role) for e in rec.events if e.text == "killed" for a in e.actors] == [("gunmen", "agent")]


def test_a_later_paragraphs_toll_by_another_doer_is_another_incident(record_of):
    rec, _, _ = events(record_of, "Rebels shelled the market of Sake on Friday, a local official said. \"The shells "
                                       "fell on people buying food. We counted 17 bodies,\" he said.\n\nThe army said its "
                                       "troops had killed 40 rebels and repelled an attack on a nearby village.", "2024-02-10")
    (army,) = [e for e in rec.events if any(q.value == 40 for q in e.quantities)]
    assert not any(q.value == 17 for q in army.quantities)
    agents = _agents(rec, army)
    assert "army" in agents and "Rebels" not in agents


def test_a_running_total_since_the_war_began_takes_no_doer_from_the_days_attacks(record_of):
    rec, _, _ = events(record_of, "An Israeli air strike on a school in Gaza killed 18 people on Thursday, health officials "
                                  "said.\n\nMore than 36,000 Palestinians have been killed in Gaza since the war began, "
                                  "according to the health ministry.", "2024-06-06")
    (total,) = [e for e in rec.events if any((q.value or q.low) == 36000 for q in e.quantities)]
    assert not [a for a in total.actors if a.role == "agent"]


def test_a_capital_that_launched_the_barrage_is_not_its_scene(record_of):
    rec, places, _ = events(record_of, "Russian missiles slammed into an apartment block in Kharkiv early on Tuesday, killing "
                                       "seven people, the governor said, as Moscow launched one of its biggest barrages of the war.",
                            "2024-01-23")
    assert {places[e.place].name for e in rec.events if e.place} == {"Kharkiv"}


def test_a_toll_told_again_later_in_the_body_joins_the_first_telling(record_of):
    rec, _, _ = events(record_of, "The army has killed more than thirty Boko Haram fighters near Maiduguri who were "
                                       "preparing raids on villages, the defence minister said on Wednesday. \"We have killed over "
                                       "30 of their commanders and fighters,\" he said at a briefing.", "2023-07-20")
    (toll,) = [e for e in rec.events if any((q.value or q.low) == 30 for q in e.quantities)]
    assert toll.start < 40 and _agents(rec, toll) == ["army"]


YEMEN_REPORT = ("U.S. strikes on Yemen port kill 38, Houthi health ministry says\n\nDUBAI, April 18 (Reuters) - U.S. air strikes "
                "on Yemen's Ras Isa fuel port killed at least 38 people and wounded 102, the Houthi-run health ministry said "
                "on Friday, in the deadliest attack since Washington began its campaign against the group last month.\n\n"
                "A Houthi official called the strikes \"a war crime\" and said the group would keep targeting U.S. warships "
                "in the Red Sea.")


def test_strikes_on_another_country_are_by_the_country_qualifying_them(record_of):
    rec = record_of(YEMEN_REPORT, "2025-04-18")
    actors = {a.id: a for a in rec.actors}
    places = {p.id: p for p in rec.places}
    (strike,) = [e for e in rec.events if any((q.value or q.low) == 38 for q in e.quantities if q.kind == "fatalities")]
    roles = {(actors[a.actor].name, a.role) for a in strike.actors}
    assert ("U.S.", "agent") in roles and not any(name == "Reuters" for name, _ in roles)
    assert places[strike.place].name == "Yemen"
    assert all(places[e.place].name not in ("Washington", "U.S.") for e in rec.events if e.place)


@pytest.mark.parametrize("text, side", [
    ("Troops repelled an attack on the town of Mubambiro on Friday.", "Troops"),
    ("An attack on the town was repulsed by the army on Friday.", "army"),
    ("Soldiers beat back an assault on their base near Gao on Friday.", "Soldiers"),
])
def test_an_attack_fought_off_is_a_battle_both_sides_fought(record_of, text, side):
    rec, _, _ = events(record_of, text, "2024-02-10")
    (clash,) = rec.events
    assert clash.type == "armed_clash" and _agents(rec, clash) == [side]


def test_an_attack_others_are_accused_of_while_a_capital_rejects_it_is_the_attack_told_before(record_of):
    rec, places, _ = events(record_of, "A drone strike on a market in Rutshuru killed 12 civilians on Sunday, local officials said. "
                                            "Congo's government accused the M23 rebels of carrying out the attack, while Kigali "
                                            "rejected the claims.", "2024-03-01")
    (strike,) = [e for e in rec.events if e.type in ("air_strike", "attack")]
    assert places[strike.place].name == "Rutshuru"
    assert _agents(rec, strike) == ["M23"]


def test_a_verb_with_its_object_hung_on_the_craft_names_the_craft_as_doer_and_the_town_in_its_province(record_of):
    rec, places, actors = events(record_of, "Barrel bombs dropped by regime helicopters killed at least 14 people in the town of "
                                            "Nawa in southern Daraa province on Saturday, a monitor said.", "2024-03-02")
    (strike,) = [e for e in rec.events if any(q.kind == "fatalities" for q in e.quantities)]
    roles = {actors[a.actor].name: a.role for a in strike.actors}
    assert roles.get("helicopters") == "agent" and "target" not in roles.values()


def test_a_headline_province_gives_way_to_the_town_the_lede_names_in_it(record_of):
    rec = record_of("Regime barrel bombs kill 14 in Daraa countryside\n\nBarrel bombs dropped by regime helicopters killed at "
                    "least 14 people in the town of Nawa in southern Daraa province on Saturday, a monitor said.", "2024-03-02")
    places = {p.id: p.name for p in rec.places}
    (strike,) = [e for e in rec.events if any(q.kind == "fatalities" for q in e.quantities)]
    assert places[strike.place] == "Nawa"


def test_a_lede_naming_the_doers_in_its_own_words_is_the_headline_incident_they_match(record_of):
    rec = record_of("Two civilians killed as terrorists target Hama with rocket shells\n\nTwo civilians were killed on "
                    "Thursday when terrorist organizations fired rocket shells on residential neighborhoods in Hama city.",
                    "2024-03-01")
    assert len([e for e in rec.events if e.type == "shelling"]) == 1


def test_those_the_victims_were_accused_of_helping_are_not_victims(record_of):
    rec, _, actors = events(record_of, "Al-Shabaab militants publicly executed four men accused of spying for the Somali "
                                       "army in Baidoa on Tuesday, residents said.", "2024-03-05")
    (execution,) = [e for e in rec.events if e.type == "execution" and e.quantities]
    roles = {actors[a.actor].name: a.role for a in execution.actors}
    assert not any("African Union" in name or "army" in name for name in roles if roles[name] in ("victim", "target"))


def test_the_blast_is_the_bombing_the_lede_told_not_similar_bombings_named_after_it(record_of):
    rec = record_of("Car bomb kills 8 in Azaz\n\nA car bomb exploded near a market in Azaz on Monday, killing eight people, "
                    "officials said. No group claimed the attack, but similar bombings in the area have been blamed on "
                    "militants.\n\nThe blast also wounded at least 20 people, rescuers said.", "2024-03-04")
    (bomb,) = [e for e in rec.events if any((q.value or q.low) == 20 for q in e.quantities)]
    assert "car bomb" in bomb.text.lower()


def test_a_headline_vague_toll_is_the_lede_incident_its_number_fits(record_of):
    rec = record_of("Dozens dead after suspected gas attack on Sennar camp\n\nMedics say at least 42 people have been killed "
                    "in a suspected gas attack on a displacement camp in Sennar.", "2024-05-02")
    (attack,) = [e for e in rec.events if e.type == "chemical_attack"]
    assert {q.text for q in attack.quantities} >= {"Dozens", "at least 42"}


def test_a_headline_vague_toll_far_from_the_lede_number_is_another_count(record_of):
    rec = record_of("Hundreds dead after gas attack on Sennar camp\n\nMedics say at least 42 people have been killed "
                    "in a gas attack on a displacement camp in Sennar.", "2024-05-02")
    assert len([e for e in rec.events if e.type == "chemical_attack"]) == 2


def test_a_capital_held_to_account_is_no_scene_so_the_strike_it_is_accused_of_is_the_one_told(record_of):
    rec, places, _ = events(record_of, "A drone strike killed five fighters near Qamishli on Wednesday, security sources said.\n\n"
                                       "The SDF said the strike killed five of its fighters and a civilian driver, and accused "
                                       "Ankara of violating the truce.", "2024-03-06")
    strikes = [e for e in rec.events if e.type == "air_strike"]
    assert len(strikes) == 1 and places[strikes[0].place].name == "Qamishli"


def test_a_headline_battle_with_no_toll_is_the_lede_battle_and_the_fighting_told_after_it(record_of):
    rec = record_of("Malian troops repel jihadist attack near Mopti\n\nMalian troops repelled a large attack by jihadists on "
                    "an army camp near Mopti on Friday, a military source said.\n\nMore than 30 militants and four soldiers "
                    "were killed in the fighting, the source said.", "2024-03-02")
    (battle,) = [e for e in rec.events if e.type == "armed_clash"]
    assert {q.text for q in battle.quantities} >= {"More than 30", "four"}


@pytest.mark.parametrize("text,etype,doers", [
    # two qualifiers of one attack are both its doers
    ("Coalition and government air strikes killed 12 people in the town of Marib on Monday, residents said.",
     "air_strike", {"Coalition", "government"}),
    # both sides of clashes between them fought
    ("Fierce clashes between rebels and government forces erupted on the outskirts of Daraa on Monday, killing five "
     "rebels, activists said.", "armed_clash", {"rebels", "government forces"}),
])
def test_all_the_doers_one_phrase_names(record_of, text, etype, doers):
    rec, _, _ = events(record_of, text, "2024-03-05")
    (event,) = [e for e in rec.events if e.type == etype]
    assert set(_agents(rec, event)) == doers


def test_a_weapon_joined_to_a_qualifier_is_no_doer_and_the_subject_stays_the_doer(record_of):
    rec, _, actors = events(record_of, "Government forces on Tuesday resumed naval and artillery shelling of rebel-held "
                                       "villages near Adigrat.", "2024-03-05")
    assert any(actors[a.actor].name.endswith("forces") for e in rec.events for a in e.actors if a.role == "agent")


def test_a_time_in_a_clause_on_the_doers_does_not_date_the_attack(record_of):
    rec = record_of("Gang attack kills 15 in Port-au-Prince suburb\n\nGang members stormed the Pernier neighborhood of "
                    "Port-au-Prince on Monday, killing at least 15 people, a rights group said.\n\nThe group said the "
                    "attack was carried out by the Mawozo gang, which has been fighting a rival gang since May.", "2024-07-09")
    dated = [e for e in rec.events if any((q.value or q.low) == 15 for q in e.quantities)]
    assert len(dated) == 1 and dated[0].date.start == "2024-07-08"


def test_a_headline_abduction_is_the_lede_abduction_of_as_many_people(record_of):
    rec = record_of("Gunmen abduct 87 villagers in northwest Nigeria\n\nKADUNA, Nigeria, March 18 (Reuters) - Gunmen abducted "
                    "at least 87 people in a raid on Kajuru village late on Sunday, residents said.", "2024-03-18")
    assert len([e for e in rec.events if e.type == "abduction"]) == 1


N2_REPORT = ("Kurdish forces say they captured 30 IS fighters near Hasakah\n\nHasakah, Syria (Reuters) - Kurdish-led forces said "
             "on Sunday they had captured 30 Islamic State fighters during a raid on a hideout south of Hasakah city.\n\n"
             "The SDF said the operation, backed by the U.S.-led coalition, also killed three militants.")


def test_a_report_filed_from_the_town_its_headline_names_keeps_the_town_and_its_speaker(record_of):
    rec = record_of(N2_REPORT, "2024-03-03")
    actors = {a.id: a.name for a in rec.actors}
    places = {p.id: p.name for p in rec.places}
    (capture,) = [e for e in rec.events if e.type == "detention"]
    assert places[capture.place] == "Hasakah" and "Hasakah" not in actors.values()
    assert _agents(rec, capture) == ["Kurdish-led forces"]


def test_who_backs_an_operation_did_not_carry_it_out(record_of):
    rec = record_of(N2_REPORT, "2024-03-03")
    actors = {a.id: a.name for a in rec.actors}
    (kill,) = [e for e in rec.events if any((q.value or q.low) == 3 for q in e.quantities)]
    assert not any("coalition" in actors[a.actor] for a in kill.actors if a.role == "agent")


def test_rebel_shells_are_the_rebels_and_a_headline_credit_is_no_target(record_of):
    rec = record_of("Rebels shell Damascus, killing 4 - state TV\n\nDAMASCUS (Reuters) - Rebel mortar shells hit the Bab Touma "
                    "district of Damascus on Monday, killing four people and wounding 15, state television reported.", "2024-03-04")
    actors = {a.id: a for a in rec.actors}
    (shelling,) = [e for e in rec.events if e.type == "shelling"]
    roles = {(actors[a.actor].name, a.role) for a in shelling.actors}
    assert ("Rebel", "agent") in roles and not any(actors[a.actor].kind == "media" for a in shelling.actors)


def test_an_attack_its_doers_tell_again_is_the_incident_they_are_said_to_have_carried_out(record_of):
    rec = record_of("Militia accused of killing 60 in village attack\n\nThe Zaghawa militia killed more than 60 people in an attack "
                    "on a village near Tawila on Wednesday, activists said.\n\nThe militia said in a statement it had attacked "
                    "army positions near the village and denied targeting civilians.", "2024-06-06")
    attacks = [e for e in rec.events if e.type == "attack" and not e.negated]
    assert len(attacks) == 1 and len(attacks[0].sources) >= 2


def test_a_reply_to_an_attack_is_an_incident_of_its_own_and_lends_it_no_doer(record_of):
    rec = record_of("Shelling kills two in Taiz\n\nTwo women were killed on Friday when shells hit a market in Taiz.\n\n"
                    "Government forces responded to the sources of the fire, killing a number of the attackers.", "2019-03-16")
    shelling = [e for e in rec.events if e.type == "shelling"]
    actors = {a.id: a.name for a in rec.actors}
    reply = [e for e in rec.events if any(actors[x.actor] == "attackers" for x in e.actors)]
    assert len(shelling) == 1 and not _agents(rec, shelling[0])
    assert reply and reply[0] is not shelling[0] and _agents(rec, reply[0]) == ["Government forces"]


def test_where_the_wounded_were_taken_is_not_the_scene(record_of):
    rec, places, _ = events(record_of, "A missile struck a railway station in Kramatorsk on Sunday, killing five civilians.\n\n"
                                       "Thirty people were wounded in the strike and were taken to hospitals in Dnipro, "
                                       "the governor said.")
    (strike,) = rec.events
    assert places[strike.place].name == "Kramatorsk" and {q.value for q in strike.quantities} >= {5, 30}


@pytest.mark.parametrize("text", [
    "No group has claimed the bombing of the checkpoint near Mogadishu.",
    "The Houthis have not commented on the drone attack on the tanker.",
    "Residents of Goma said the shelling did not stop until dawn.",  # whether it went on, not whether it was
])
def test_a_word_on_who_did_it_or_its_silence_leaves_the_attack_made(record_of, text):
    rec, _, _ = events(record_of, text)
    assert rec.events and not [e for e in rec.events if e.negated or e.hedged]


def test_a_month_before_the_year_it_falls_in_dates_the_event(record_of):
    rec, _, _ = events(record_of, "The offensive in the north began in May last year.", "2024-06-11")
    (offensive,) = rec.events
    assert (offensive.date.text, offensive.date.start) == ("May", "2023-05-01")


def test_a_headlines_strike_is_the_missiles_its_lede_tells(record_of):
    rec = record_of("Two soldiers killed as Israel strikes army posts near Quneitra\n\nDAMASCUS, Nov. 9 (Wire) -- Two "
                    "soldiers were killed early Saturday when Israeli missiles hit army posts near Quneitra, state media said.",
                    "2024-11-09")
    assert len([e for e in rec.events if e.type in ("air_strike", "shelling")]) == 1


def test_a_headlines_toll_is_the_raid_its_lede_tells_with_that_toll(record_of):
    rec = record_of("Gunmen kill 14 herders in central Mali\n\nBAMAKO, May 2 (Wire) - Armed men on motorbikes killed 14 "
                    "herders in a dawn raid on a camp near Djenne, local officials said on Thursday.", "2024-05-02")
    assert len([e for e in rec.events if any(q.value == 14 for q in e.quantities)]) == 1


def test_the_second_of_two_weapons_fired_has_the_same_doer(record_of):
    rec, _, _ = events(record_of, "The air force said Russia launched 40 drones and three cruise missiles at Lutsk overnight.")
    (missiles,) = [e for e in rec.events if e.type == "shelling"]
    assert _agents(rec, missiles) == ["Russia"]


def test_what_the_army_responded_to_is_not_its_own_attack(record_of):
    rec, _, actors = events(record_of, "Rebels fired rockets at the town of Mhardeh on Monday, wounding six people.\n\n"
                                       "Army units responded to the attack by targeting the launch pads of the rebels near Kafr Nabudah.")
    army = [e for e in rec.events if any(actors[x.actor].name.startswith("Army") and x.role == "agent" for x in e.actors)]
    assert [e.text for e in army] == ["targeting"]
    assert any(m["text"] == "attack" for e in rec.events if e.type == "shelling" for m in e.mentions)  # the rockets, named again


def test_a_town_falls_to_a_side_but_rockets_that_fall_take_nothing(record_of):
    rec, _, _ = events(record_of, "Two rockets fell to the ground near the school on Monday.")
    assert not [e for e in rec.events if e.type == "territorial_change"]
    rec, _, _ = events(record_of, "The town of Kidal fell to the rebels on Sunday.")
    assert [e.type for e in rec.events] == ["territorial_change"]


def test_a_guided_bomb_is_an_air_strike_and_its_headlines_strike(record_of):
    rec = record_of("Russian strike on Kherson kills one\n\nOne man was killed when a Russian guided bomb hit a warehouse in "
                    "Kherson on Monday, the governor said.", "2024-09-15")
    assert [e.type for e in rec.events] == ["air_strike"]


@pytest.mark.parametrize("text, doer", [
    ("The Saudi-led coalition, which backs the government, responded with air strikes on rebel positions near Hodeidah.",
     "Saudi-led coalition"),
    ("The army retaliated with artillery fire on rebel positions near the dam.", "army"),
])
def test_whoever_replies_with_an_attack_carries_it_out(record_of, text, doer):
    rec, _, _ = events(record_of, text)
    assert [_agents(rec, e) for e in rec.events] == [[doer]]


def test_the_town_the_body_names_is_the_scene_of_the_headlines_strike(record_of):
    rec = record_of("Russian air strike kills five in Kharkiv\n\nKHARKIV, Ukraine (Wire) — A Russian air strike hit a market in the "
                    "town of Chuhuiv in the Kharkiv region on Monday, killing five people, the governor said.", "2024-09-15")
    (strike,) = [e for e in rec.events if e.type in ("air_strike", "shelling")]
    assert {p.id: p.name for p in rec.places}[strike.place] == "Chuhuiv"


def test_a_relative_clause_keeps_its_own_polarity(record_of):
    rec, _, _ = events(record_of, "The ministry did not name the group behind the ambush, which killed six soldiers near Menaka.")
    assert [e for e in rec.events if any(q.value == 6 for q in e.quantities) and not e.negated]


def test_a_headlines_second_clause_tells_whom_it_befell(record_of):
    rec = record_of("Army Retakes Villages in Hama, Dozens of Militants Killed\n\nThe army took two villages on Monday.", "2019-03-12")
    actors = {a.id: a.name for a in rec.actors}
    title = [e for e in rec.events if e.start < 55]
    assert title and not [x for e in title for x in e.actors if actors[x.actor] == "Militants" and x.role == "agent"]
    assert any(q.of == "militants" and q.kind == "fatalities" for q in rec.quantities if q.start < 55)


def test_neither_the_day_nor_the_parties_of_a_truce_named_beside_attacks_are_the_attacks(record_of):
    rec, places, _ = events(record_of, "Government forces have stepped up their attacks on the enclave despite a truce agreed "
                                       "between Turkey and Russia in 2020.", "2022-05-10")
    (attacks,) = [e for e in rec.events if e.type == "attack"]
    assert attacks.date is None or "2020" not in (attacks.date.text or "")
    assert attacks.place is None or places[attacks.place].name not in ("Turkey", "Russia")


def test_where_the_survivors_fled_is_not_where_the_others_died(record_of):
    rec = record_of("Army advances in Hasakah countryside\n\nDozens of militants were killed during the operation, "
                    "while the rest fled towards Tal Tamr.", "2019-03-14")
    places = {p.id: p for p in rec.places}
    killed = [e for e in rec.events if any(q.kind == "fatalities" for q in e.quantities)]
    assert killed and all(e.place is None or places[e.place].name != "Tal Tamr" for e in killed)


def test_a_time_across_a_but_is_not_the_events(record_of):
    rec, _, _ = events(record_of, "The group lost its last town in 2019, but its cells still launch attacks on army posts "
                                  "in the desert.", "2023-06-01")
    (attacks,) = [e for e in rec.events if e.type == "attack"]
    assert attacks.date is None or "2019" not in (attacks.date.text or "")


def test_a_town_the_scene_lies_some_way_from_is_not_the_scene(record_of):
    rec, places, _ = events(record_of, "Kidal has been cut off since May.\n\nRebels captured the town of Bourem, "
                                       "70 km north of Kidal, on Wednesday.", "2024-05-06")
    (e,) = [e for e in rec.events if e.type == "territorial_change"]
    assert places[e.place].name == "Bourem"


def test_a_retelling_names_the_town_a_first_telling_only_measured_from(record_of):
    rec, places, _ = events(record_of, "A car bomb exploded at an army checkpoint north of Kidal on Monday, killing "
                                       "nine people, officials said.\n\nThe attack took place in the town of Tessalit, "
                                       "a police officer said.", "2024-05-06")
    (e,) = [e for e in rec.events if e.type == "explosion"]
    assert places[e.place].name == "Tessalit"


def test_the_country_across_a_border_is_not_the_scene(record_of):
    rec, places, _ = events(record_of, "Rebels shelled army posts near the border with Burkina Faso on Sunday.", "2024-05-06")
    (e,) = [e for e in rec.events if e.type == "shelling"]
    assert e.place is None or places[e.place].name != "Burkina Faso"


def test_what_a_denier_goes_on_to_say_is_not_denied(record_of):
    rec, _, _ = events(record_of, "A junta spokesman denied that civilians had been targeted and said the air force had "
                                  "struck a rebel training camp in the area.", "2024-05-06")
    (e,) = [e for e in rec.events if e.type == "air_strike"]
    assert not e.negated


def test_who_responds_by_firing_fires(record_of):
    rec, _, _ = events(record_of, "Militia fighters in the area responded by firing mortars at the army base in Bourem.", "2024-05-06")
    (e,) = [e for e in rec.events if e.type == "shelling"]
    assert _agents(rec, e) == ["Militia fighters"]


def test_who_is_credited_after_a_claim_takes_no_part_in_it(record_of):
    rec, _, actors = events(record_of, "The militants struck the northern quarter of Gao where troops are based according to "
                                       "Moussa Ag Assarid the head of a local rights group.", "2024-05-06")
    (e,) = [e for e in rec.events if e.type == "air_strike"]
    assert [actors[a.actor].name for a in e.actors] == ["militants", "troops"]


def test_a_denial_after_a_semicolon_does_not_negate_the_claim_before_it(record_of):
    rec = record_of("Rebels say jets killed 9 at Tessalit market; army denies\n\nBody text.", "2024-05-06")
    assert [e.negated for e in rec.events] == [False]


def test_the_country_of_whoever_says_so_is_not_the_scene(record_of):
    rec, places, _ = events(record_of, "The depot was hit by a cruise missile, according to Mali's army.", "2024-05-06")
    (e,) = [e for e in rec.events if e.type == "shelling"]
    assert e.place is None or places[e.place].name != "Mali"


def test_a_headlines_least_toll_and_the_ledes_range_are_one_incident(record_of):
    rec = record_of("Shelling of Kidal hospital kills at least 15, charity says\n\nShells fired by rebels hit the main "
                    "hospital in Kidal on Saturday, killing between 15 and 25 patients, a medical charity said.", "2024-05-06")
    assert len([e for e in rec.events if e.type == "shelling"]) == 1


def test_no_claim_of_responsibility_does_not_deny_the_attack(record_of):
    rec, _, _ = events(record_of, "Gunmen attacked a convoy near Gao on Saturday. There was no immediate claim of "
                                  "responsibility for the attack.", "2024-05-06")
    assert not any(e.negated for e in rec.events)


def test_a_participle_hung_on_what_troops_fired_at_is_the_troops_act(record_of):
    rec, _, _ = events(record_of, "Army units responded to the sources of fire destroying the launch pads used by the "
                                  "militants.", "2024-05-06")
    (e,) = [e for e in rec.events if e.type == "destruction"]
    assert _agents(rec, e) == ["Army units"]
