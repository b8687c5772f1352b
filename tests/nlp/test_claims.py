"""Who claims each event: quote speakers, reporting scope, the outlet's own voice."""


def sources(record_of, text, outlet=None):
    rec = record_of("Title\n\n" + text, "2019-03-14")
    return rec, {e.type: e.sources for e in rec.events}


def test_indirect_claim_and_the_scope_that_follows(record_of):
    rec, by_type = sources(record_of, "‘Samer’, a resident of Homs, told the radio that soldiers arrested his neighbour. "
                           "He explained that officers demanded a bribe of 500 dollars.")
    assert by_type["arrest"][0].name == "Samer" and by_type["arrest"][0].kind == "pseudonymous"
    assert by_type["bribery_extortion"][0].name == "Samer"


def test_quote_speaker_claims_events_inside_the_quote(record_of):
    rec, by_type = sources(record_of, "“They shelled the camp all night,” said camp coordinator Adam Ibrahim.")
    assert by_type["shelling"][0].name == "Adam Ibrahim" and by_type["shelling"][0].quote


def test_outlet_voice(record_of):
    rec, by_type = sources(record_of, "Government forces shelled the town of Kafr Nabl on Sunday.")
    assert by_type["shelling"][0].kind == "outlet"


def test_addressee_outlet_is_not_the_claimant(record_of):
    rec, by_type = sources(record_of, "Rebel commander Ali Hamza told the Syrian Voice that regime forces shelled Daraa.")
    src = by_type["shelling"][0]
    assert src.name == "Ali Hamza" and src.side == "opposition"


def test_belief_verbs_hedge(record_of):
    rec, _ = sources(record_of, "Rebel leaders claim that soldiers executed prisoners in the town.")
    assert [e.hedged for e in rec.events if e.type == "execution"] == [True]


def test_an_incident_told_again_by_another_claimant_is_claimed_by_both(record_of):
    rec, _ = sources(record_of, "An air strike hit a school sheltering families in Khan Younis on Thursday, killing 22 people, "
                     "according to the Health Ministry. The Israeli military said it had targeted a command post inside the school. "
                     "It said 12 militants were killed.")
    (strike,) = [e for e in rec.events if e.type == "air_strike"]
    names = [s.name for s in strike.sources]
    assert names[0] == "Health Ministry" and any("Israel" in (n or "") for n in names[1:])


def test_who_puts_a_toll_at_a_figure_claims_that_telling(record_of):
    rec, _ = sources(record_of, "Paramilitary fighters shelled the Zamzam camp on Sunday, killing at least 40 people, a local "
                     "committee said. The militia denied attacking the camp. The army-aligned Sudan Doctors Network put the "
                     "death toll at 44.")
    (shelling,) = [e for e in rec.events if e.type == "shelling"]
    given = [s for s in shelling.sources if s.name == "Sudan Doctors Network"]
    assert given and given[0].cue == "put" and given[0].side == "pro_government"
    assert {(q.value or q.low) for q in shelling.quantities if q.kind == "fatalities"} >= {40, 44}


def test_a_telling_joined_through_a_headline_keeps_its_own_claimant(record_of):
    rec = record_of("Sudan's RSF shells Nyala camp, killing 30, activists say\n\nCAIRO, Aug 12 (Reuters) - Sudan's paramilitary "
                    "Rapid Support Forces (RSF) shelled the Otash displacement camp near Nyala on Sunday, killing at least 30 "
                    "people, including nine children, a local resistance committee said.\n\nThe RSF denied attacking the camp "
                    "and said in a statement on Telegram that its forces had only responded to fire from army positions inside "
                    "it. The Sudan Doctors Network put the death toll at 34.", "2024-08-12")
    (shelling,) = [e for e in rec.events if e.type == "shelling"]
    assert "Sudan Doctors Network" in [s.name for s in shelling.sources]


def test_a_clause_before_a_semicolon_is_not_said_by_the_speaker_after_it(record_of):
    rec = record_of("Russian missiles hit Kharkiv apartment block, killing 7; Moscow says it struck military targets\n\n"
                    "Rescuers searched the rubble on Tuesday.", "2024-01-23")
    (hit,) = [e for e in rec.events if any((q.value or 0) == 7 for q in e.quantities)]
    assert "Moscow" not in [s.name for s in hit.sources]


def test_speakers_joined_as_subjects_each_claim_what_they_said(record_of):
    rec, by_type = sources(record_of, "Activists and residents said the air strike killed 12 people in Maarat Misrin.")
    assert [s.name for s in by_type["air_strike"]] == ["Activists", "residents"]
    assert [s.cue for s in by_type["air_strike"]] == ["said", "said"]


def test_speakers_joined_after_the_comma_that_closes_the_claim_each_claim_it(record_of):
    rec, by_type = sources(record_of, "A roadside bomb hit a bus near Gao on Monday, killing five people including two soldiers "
                                      "from the Malian army, a war monitor and local officials said.")
    (e,) = [e for e in rec.events if e.type == "explosion"]
    actors = {a.id: a.name for a in rec.actors}
    assert [s.name for s in e.sources] == ["war monitor", "local officials"]
    assert "war monitor" not in [actors[a.actor] for a in e.actors]


def test_an_event_told_before_a_speakers_words_in_the_same_sentence_is_not_theirs(record_of):
    rec, by_type = sources(record_of, "The shelling of Marib came two days after the Houthis announced a truce around the city.")
    assert [s.kind for s in by_type["shelling"]] == ["outlet"]


def test_a_turn_to_another_matter_ends_the_speakers_scope(record_of):
    rec, by_type = sources(record_of, "Army units shelled the hills near Kidal, a military source said. The source added "
                                      "that troops captured a depot. Meanwhile, militants fired three rockets at Gao.")
    claimed = {e.text: [(s.name, s.kind) for s in e.sources] for e in rec.events}
    assert claimed["captured"] == [("source", "anonymous")]
    assert claimed["rockets"] == [(None, "outlet")]


def test_those_a_claimants_description_names_do_not_claim(record_of):
    rec, by_type = sources(record_of, "The health ministry, which does not distinguish between civilians and fighters in "
                                      "its count, says more than 4,000 people have died since the fighting began.")
    assert [s.name for s in by_type["armed_clash"]] == ["health ministry"]
