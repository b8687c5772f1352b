"""Sides and ACLED inter from evidence: the lexicon for this war, side words, membership, affiliation."""

import pytest


class _ByName(dict):
    def __getitem__(self, name):
        return next(v for k, v in self.items() if k.lower() == name.lower())


def sides(record_of, text):
    rec = record_of(text)
    return _ByName({a.name: a for a in rec.actors})


@pytest.mark.parametrize(
    "text,name,side",
    [
        ("Title\n\nRebel fighter Samir Daher said the front was quiet in Daraa.", "Samir Daher", "opposition"),
        ("Title\n\nA pro-regime journalist in Latakia said the road had reopened.", "pro-regime journalist", "pro_government"),
        ("Title\n\nRegime officials in Homs denied the report.", "regime officials", "government"),
        ("Title\n\nKhaled Omar, the coordinator between opposition factions in Idlib, told reporters that talks failed.", "Khaled Omar", "opposition"),
        ("Title\n\n\"The city is calm,\" said al-Mayadeen correspondent Hadi Nasser in Aleppo.", "Hadi Nasser", "pro_government"),
        ("Title\n\nThe Rapid Support Forces shelled El Fasher, Sudan.", "Rapid Support Forces", "opposition"),
        ("Title\n\nThe Sudanese Armed Forces retook Omdurman, Sudan.", "Sudanese Armed Forces", "government"),
        ("Title\n\nThe Kachin Independence Army attacked a junta base in Kachin State, Myanmar.", "Kachin Independence Army", "opposition"),
        ("Title\n\nThe Syrian Democratic Forces held Raqqa, Syria.", "Syrian Democratic Forces", "other_armed"),
        ("Title\n\nUNHCR said 3,000 people fled Mosul, Iraq.", "UNHCR", "neutral"),
    ],
)
def test_sides_from_evidence(record_of, text, name, side):
    actor = sides(record_of, text)[name]
    assert actor.side == side
    assert actor.side_evidence is not None and actor.side_evidence.text


def test_the_same_force_has_the_side_of_this_war(record_of):
    sy = sides(record_of, "Title\n\nRussian forces bombed Idlib and Aleppo in Syria.")["Russian armed forces"]
    ua = sides(record_of, "Title\n\nRussian forces shelled Kharkiv and Sumy in Ukraine.")["Russian armed forces"]
    assert sy.side == "pro_government" and ua.side == "opposition"


def test_a_country_named_as_the_attacker_has_its_forces_side_in_this_war(record_of):
    sy = sides(record_of, "Title\n\nRussia air strikes killed 12 civilians in Idlib and Aleppo, Syria, on Monday.")["Russia"]
    ua = sides(record_of, "Title\n\nRussia drone strikes hit Kharkiv and Sumy in Ukraine overnight.")["Russia"]
    assert sy.side == "pro_government" and ua.side == "opposition"
    assert sy.side_evidence.text == "Russia"


def test_a_capital_that_speaks_is_its_state_on_that_states_side(record_of):
    a = sides(record_of, "Title\n\nShelling killed four people in Idlib, Syria, on Monday. Moscow denied that its jets were involved.")
    assert (a["Moscow"].kind, a["Moscow"].side) == ("state", "pro_government")


@pytest.mark.parametrize("text,name,side,inter", [
    ("Title\n\nThe Russian Navy fired cruise missiles at Odesa, Ukraine, overnight.", "Russian Navy", "opposition", "external_forces"),
    ("Title\n\nThe Russian Foreign Ministry said the strikes on Kharkiv, Ukraine, hit only military targets.", "Russian Foreign Ministry", "opposition", None),
    ("Title\n\nThe Syrian Arab Air Force bombed rebel positions near Kafr Takharim in Idlib, Syria.", "Syrian Arab Air Force", "government", "state_forces"),
    ("Title\n\nUkraine said the Ukrainian Air Force shot down 20 drones over Kyiv, Ukraine.", "Ukrainian Air Force", "government", "state_forces"),
    ("Title\n\nSyrian troops shelled rebel positions near Darkush in Idlib, Syria.", "Syrian troops", "government", "state_forces"),
    ("Title\n\nTwo Ukrainian soldiers were wounded near Vuhledar, Ukraine.", "Ukrainian soldiers", "government", "state_forces"),
])
def test_a_states_forces_or_ministry_named_with_its_demonym_are_the_states(record_of, text, name, side, inter):
    actor = sides(record_of, text)[name]
    assert (actor.kind, actor.side, actor.inter) == ("state", side, inter)


def test_a_demonym_before_a_militias_or_a_partys_name_is_no_state(record_of):
    a = sides(record_of, "Title\n\nThe Lebanese Forces said clashes in Beirut, Lebanon, had killed two men.")
    assert a["Lebanese Forces"].kind == "armed_group" and a["Lebanese Forces"].side != "government"


def test_a_spokesman_of_a_named_army_takes_that_armys_side_not_the_word_armys(record_of):
    a = sides(record_of, "Title\n\nThe Libyan National Army (LNA) spokesman Ahmed Salem said its forces shelled Mitiga airport "
                         "in Tripoli, Libya, on Monday.")
    assert a["Ahmed Salem"].side == "opposition" and a["Ahmed Salem"].side_evidence.text == "Libyan National Army"


@pytest.mark.parametrize("text,name,side", [
    # a group named in a clause on what the actor did is not its side; one it is known as is
    ("Title\n\nThe town is a key front for the civilians who fled the Islamic State in Raqqa, Syria.", "civilians", "unknown"),
    ("Title\n\nThe Shiite volunteers known as the Popular Mobilization Forces stormed a village near Tikrit, Iraq.",
     "Shiite volunteers", "pro_government"),
    # jihadists named as takfiri, and the PKK in each war
    ("Title\n\nTakfiri militants attacked an army checkpoint near Homs, Syria.", "Takfiri", "opposition"),
    ("Title\n\nPKK fighters clashed with YPG units near Qamishli, Syria.", "PKK", "other_armed"),
    ("Title\n\nPKK fighters attacked a gendarmerie post in Hakkari, Turkey.", "PKK", "opposition"),
    # a foreign state's forces in this war, not in their own
    ("Title\n\nIsraeli forces struck an air defence battery near Masyaf, Syria.", "Israel Defense Forces", "other_armed"),
    ("Title\n\nIranian forces and allied militias deployed near Shaddadi, Syria.", "Iranian armed forces", "pro_government"),
])
def test_sides_from_descriptions_and_names_in_each_war(record_of, text, name, side):
    assert sides(record_of, text)[name].side == side


def test_no_evidence_means_unknown(record_of):
    a = sides(record_of, "Title\n\nA man told reporters that he had lost his shop in Bentiu.")
    assert a["man"].side == "unknown" and a["man"].side_evidence is None


def test_a_place_in_a_description_is_no_side(record_of):
    a = sides(record_of, "Title\n\n'Lina', a teacher in a pro-regime neighbourhood of Homs, told us the school had closed.")
    assert a["Lina"].side == "unknown"


def test_inter_codes(record_of):
    a = sides(record_of, "Title\n\nThe Syrian Arab Army and the National Defence Force attacked rebels near Hama, Syria.")
    assert a["Syrian Arab Army"].inter == "state_forces"
    assert a["National Defence Force"].inter == "political_militia"
    assert a["rebels"].inter == "rebel_group"


def test_a_group_of_one_war_keeps_its_side_in_an_article_about_another(record_of):
    rec = record_of("Title\n\nIn Mosul, Iraq, officials met a delegation of the Free Syrian Army on Monday.", "2016-05-02")
    (fsa,) = [a for a in rec.actors if a.name == "Free Syrian Army"]
    assert fsa.side == "opposition"


def test_forces_a_country_owns_are_that_states(record_of):
    found = sides(record_of, "Title\n\nRussia's Aerospace Forces struck targets near Deir ez-Zor on Monday, "
                             "a day after Syrian rebels shelled Hama.")
    assert found["Aerospace Forces"].side == "pro_government"
    home = sides(record_of, "Title\n\nSyria's army shelled rebel positions in Idlib province on Monday.")
    assert home["Syria's army"].side == "government"
    foreign = sides(record_of, "Title\n\nTurkey's army shelled Kurdish positions near Afrin in northern Syria on Monday.")
    assert foreign["Turkey's army"].side != "government"


def test_a_country_that_speaks_is_its_state_on_its_side_of_the_war(record_of):
    found = sides(record_of, "Drone strike kills 4 in Kherson, Ukraine says\n\nA Russian drone struck a bus in Kherson on Monday, killing four people. Russian troops shelled the city again overnight.")
    assert (found["Ukraine"].kind, found["Ukraine"].side) == ("state", "government")


def test_a_body_a_country_owns_speaks_for_that_states_side(record_of):
    found = sides(record_of, "Title\n\nRussian troops shelled Kharkiv on Monday, killing two people. Russia's Defence Ministry said its forces had hit a fuel depot.")
    assert found["Defence Ministry"].side == found["Russian armed forces"].side != "unknown"


@pytest.mark.parametrize("text, body", [
    ("Israeli strikes killed 20 people in Rafah, the Hamas-run health ministry said.", "health ministry"),
    ("Shelling killed 4 in Saada, the Houthi-controlled health ministry said.", "health ministry"),
])
def test_a_body_a_party_runs_is_on_its_side(record_of, text, body):
    rec = record_of("Title\n\n" + text, "2024-05-15")
    (actor,) = [a for a in rec.actors if a.name == body]
    assert actor.side == "opposition" and actor.side_evidence is not None


@pytest.mark.parametrize("text", [
    "A spokesman for the junta, Zaw Min Tun, said the strikes were limited.",
    "Zaw Min Tun, a spokesman for the junta, said the strikes were limited.",
])
def test_a_spokesman_for_a_party_is_on_its_side(record_of, text):
    rec = record_of("Title\n\nMyanmar military jets bombed a village in Sagaing region. " + text, "2024-05-15")
    (person,) = [a for a in rec.actors if a.name == "Zaw Min Tun"]
    assert person.side == "pro_government" and "for the junta" in person.description


def test_a_spokesman_named_after_the_body_he_speaks_for_is_on_its_side(record_of):
    rec = record_of("Title\n\nRebels seized the town of Sake on Saturday. A spokesman for M23, Lawrence Kanyuka, said the "
                    "group had taken the town to protect civilians.", "2024-02-10")
    (person,) = [a for a in rec.actors if a.name == "Lawrence Kanyuka"]
    assert person.side == "opposition" and person.description == "A spokesman for M23"
