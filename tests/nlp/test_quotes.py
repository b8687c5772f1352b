"""Direct and indirect quotes with their speakers; addressees and scare quotes are not speakers."""

import pytest


def quotes(record_of, text):
    rec = record_of("Title\n\n" + text)
    actors = {a.id: a for a in rec.actors}
    return [(actors[q.speaker].name if q.speaker in actors else None, q.text, q.direct, q.cue) for q in rec.quotes]


def test_direct_quote_with_cue_after(record_of):
    q = quotes(record_of, "“The shelling has not stopped since dawn,” said Red Cross spokesman Hassan Nouri.")
    assert ("Hassan Nouri", "The shelling has not stopped since dawn", True, "said") in q


def test_quote_split_around_the_cue_and_continued_in_the_next_paragraph(record_of):
    q = quotes(record_of, "“We lost everything,” Amina Yousif told the Darfur Voice. “The market is gone.”\n\n“Nobody came to help us.”")
    speakers = [s for s, *_ in q]
    assert speakers.count("Amina Yousif") == 3
    assert all(s != "Darfur Voice" for s in speakers)


def test_indirect_speech_told_that(record_of):
    q = quotes(record_of, "Mohammed Saleh told the radio that the checkpoint had been closed for a week.")
    assert ("Mohammed Saleh", "that the checkpoint had been closed for a week", False, "told") in q


def test_according_to(record_of):
    q = quotes(record_of, "According to the UN refugee agency, 3,000 people fled Menaka last week.")
    assert any(s and "UN" in s or s == "UNHCR" for s, *_ in q)


def test_reference_speaker_resolves_to_the_person(record_of):
    q = quotes(record_of, "Opposition activist Karim Nasser said the road was cut. “Those who leave are arrested,” the activist told the radio.")
    assert ("Karim Nasser", "Those who leave are arrested", True, "told") in q


def test_scare_quotes_and_names_in_quotes_are_not_quotes(record_of):
    q = quotes(record_of, "Residents of the ‘National Defence Force’ area spoke of the ‘holocaust’ in the town.")
    assert [x for x in q if x[2]] == []


def test_what_a_source_condemns_or_calls_for_is_what_it_says(record_of):
    q = quotes(record_of, "The UN envoy called for an immediate ceasefire in Tigray. Local officials condemned the shelling of the camp.")
    assert ("The UN envoy", "an immediate ceasefire in Tigray", False, "called for") in q
    assert any(text == "the shelling of the camp" and cue == "condemned" for _, text, _, cue in q)


def test_demanding_a_bribe_is_no_statement(record_of):
    q = quotes(record_of, "Officers at the checkpoint demanded a bribe of 200 dollars from each family.")
    assert not q


def test_the_speaker_mention_at_a_quote_is_the_whole_noun_phrase(record_of):
    rec = record_of("Title\n\nThe veteran aid worker Leila Haddad said that the road to Marib was cut.")
    (q,) = rec.quotes
    speaker = next(a for a in rec.actors if a.id == q.speaker)
    assert speaker.name == "Leila Haddad"
    assert "The veteran aid worker Leila Haddad" in [m.text for m in speaker.mentions]


def test_a_quote_split_around_its_cue_shares_the_cue(record_of):
    rec = record_of("Title\n\n“The bridge is gone,” the mayor said. “We are cut off from the city.”")
    assert [q.cue for q in rec.quotes] == ["said", "said"]
    assert len({(q.cue_start, q.cue_end) for q in rec.quotes}) == 1


def test_indirect_speech_with_a_quoted_fragment_is_one_claim(record_of):
    q = quotes(record_of, "The governor said that militias had looted the depot to “punish the town for its loyalty” last week.")
    assert len(q) == 1 and q[0][2] is False
    assert "punish the town for its loyalty" in q[0][1] and q[0][1].startswith("that militias")


def test_a_clause_with_a_single_reported_word_before_the_quote_is_one_claim(record_of):
    q = quotes(record_of, "The commander said Kabul “has no control over the northern passes.”")
    assert [(text, direct) for _, text, direct, _ in q] == [("Kabul “has no control over the northern passes.”", False)]


def test_a_parenthetical_cue_splits_the_claim_in_two(record_of):
    q = quotes(record_of, "The convoy, the UN envoy said, had been stopped at the last checkpoint before Mekelle.")
    assert [(text, cue) for _, text, _, cue in q] == [("The convoy", "said"), ("had been stopped at the last checkpoint before Mekelle", "said")]


def test_a_cue_set_after_an_opening_clause_splits_the_claim_in_two(record_of):
    q = quotes(record_of, "The port was a busy hub, the mayor said, until it closed in 2015.")
    assert [(text, cue) for _, text, _, cue in q] == [("The port was a busy hub", "said"), ("until it closed in 2015", "said")]
    q = quotes(record_of, "Water supply in Basra remains patchy, engineers say, despite a new pumping station on the river.")
    assert [text for _, text, _, _ in q] == ["Water supply in Basra remains patchy", "despite a new pumping station on the river"]


def test_according_to_in_mid_sentence_leaves_the_phrase_out(record_of):
    q = quotes(record_of, "The strike, according to local officials, destroyed the only clinic in the village.\n\nMore text follows.")
    texts = [text for _, text, _, _ in q]
    assert texts == ["The strike", "destroyed the only clinic in the village"]


def test_a_subordinate_conjunction_before_the_cue_is_not_what_was_said(record_of):
    q = quotes(record_of, "After aid agencies warned in June that the harvest would fail, the government opened its grain stores.")
    assert ("that the harvest would fail", "warned") in [(text, cue) for _, text, _, cue in q]


def test_a_cue_in_a_clause_of_time_does_not_claim_what_comes_before(record_of):
    q = quotes(record_of, "The mayor has faced questions since Tuesday’s vote, when the council cited figures her office had "
                          "published as proof of rising rents.")
    assert [(text, cue) for _, text, _, cue in q] == [
        ("figures her office had published as proof of rising rents", "cited")]


def test_a_day_said_before_the_clause_is_when_it_was_said(record_of):
    q = quotes(record_of, "The army said on Monday its units had retaken two villages near the dam.")
    assert [text for _, text, _, _ in q] == ["its units had retaken two villages near the dam"]
    q = quotes(record_of, "The ministry said in the north the fighting had eased.")
    assert [text for _, text, _, _ in q] == ["in the north the fighting had eased"]  # a place said is part of it


def test_a_claim_ending_on_a_negation_keeps_it(record_of):
    q = quotes(record_of, "Reyes suggested that tenants who complain are treated worse than the ones who don’t.")
    assert [text for _, text, _, _ in q] == ["that tenants who complain are treated worse than the ones who don’t"]


def test_a_participle_cue_after_a_claim_starts_a_claim_of_its_own(record_of):
    q = quotes(record_of, 'Sen. Omar Lee said he would vote to override the veto, adding that his town "cannot wait another month."')
    assert [text for _, text, _, _ in q] == ["he would vote to override the veto", 'that his town "cannot wait another month."']


def test_a_that_clause_the_parser_misread_around_quotation_marks_is_still_what_was_said(record_of):
    q = quotes(record_of, 'In her reply, she wrote that the bill "rewards failure" and urged lawmakers to draft a new one.')
    assert ("wrote", 'that the bill "rewards failure') in [(cue, text.rstrip('"')) for _, text, _, cue in q]
    q = quotes(record_of, "The senator denied that claim in a letter sent on Friday.")
    assert [text for _, text, _, _ in q] == ["that claim"]  # "that" naming the claim, not opening a clause


def test_a_second_that_clause_joined_to_the_cue_is_more_of_what_was_said(record_of):
    q = quotes(record_of, 'Minority Leader James Fitch, speaking on the Senate floor an hour later, said Holt was "rewriting history" '
                          'and that Democrats had rejected three Republican offers since June.')
    assert [(cue, text) for _, text, _, cue in q] == [
        ("said", 'Holt was "rewriting history" and that Democrats had rejected three Republican offers since June')]


def test_a_cue_in_a_clause_of_as_with_words_of_its_own_claims_nothing_before_it(record_of):
    q = quotes(record_of, "The row over the budget turned bitter on Monday, as council members accused each other of stalling the vote.")
    assert [text for _, text, _, _ in q] == ["each other of stalling the vote"]
    q = quotes(record_of, "Prices will keep rising this winter, as the central bank warned.")
    assert [text for _, text, _, _ in q] == ["Prices will keep rising this winter"]  # "as" it said: what it said comes before
    q = quotes(record_of, "The raids near the border were carried out by the militia known locally as al-Fajr, which has ties to "
                          "the army, district commissioner Peter Obi told reporters.")  # "as" misread onto "told": whom he told
    assert [text for _, text, _, _ in q] == ["The raids near the border were carried out by the militia known locally as al-Fajr, "
                                             "which has ties to the army"]


def test_a_participle_cue_takes_the_subject_of_its_clause(record_of):
    q = quotes(record_of, "The governor spoke to reporters in Sanaa, adding that the port would reopen on Monday.")
    assert ("that the port would reopen on Monday", "adding") in [(text, cue) for s, text, _, cue in q if s and "governor" in s]


def test_what_an_object_cue_calls_something_belongs_to_the_claim(record_of):
    q = quotes(record_of, "The minister called the offensive “a crime against the people of Tigray.” He described the siege as a “slow death” for the city.")
    texts = [text for _, text, _, _ in q]
    assert any(t.startswith("the offensive “a crime against") for t in texts)
    assert "the siege as a “slow death” for the city" in texts


def test_what_a_source_agrees_to_or_claims_is_its_claim(record_of):
    q = quotes(record_of, "The cement firm agreed to rebuild the two schools near Bunia. Its chairman claimed huge holdings of land.")
    assert [(text, cue) for _, text, _, cue in q] == [("to rebuild the two schools near Bunia", "agreed"),
                                                      ("huge holdings of land", "claimed")]


@pytest.mark.parametrize("text,said", [
    ("Families in the camp near Goma complained about the lack of clean water.", "the lack of clean water"),
    ("A journalist in Odesa asked her about the curfew rules.", "the curfew rules"),
    ("The governor knows all about the fuel queues in the capital.", "the fuel queues in the capital"),
    ("The UN agency pointed to the collapse of the power grid in Benghazi.", "the collapse of the power grid in Benghazi"),
    ("The envoy asked the rebels for a ceasefire.", "the rebels for a ceasefire"),  # an object that is no addressee stays
])
def test_with_no_clause_what_a_cue_is_about_is_what_is_said(record_of, text, said):
    assert said in [t for _, t, _, _ in quotes(record_of, text)]


def test_a_line_that_names_its_speaker_before_a_colon(record_of):
    q = quotes(record_of, "Zelensky: Russian forces shelled Kharkiv through the night\n\nKHARKIV: Three people were killed.\n\nUPDATE: The toll rose to five.")
    assert [(text, cue) for _, text, _, cue in q] == [("Russian forces shelled Kharkiv through the night", ":")]
    assert "Zelensky" in q[0][0]


def test_a_headline_names_its_source_before_a_colon_though_the_tagger_misses_the_name(record_of):
    rec = record_of("Guterres: Gaza ceasefire must hold\n\nThe statement came on Monday.\n\nSurvey: most of the text is in this paragraph.")
    speakers = {a.id: a.name for a in rec.actors}
    assert [(speakers.get(q.speaker), q.text) for q in rec.quotes] == [("Guterres", "Gaza ceasefire must hold")]


def test_a_transcript_speaker_in_capitals_is_no_part_of_the_quote(record_of):
    q = quotes(record_of, "Partial transcript:\n\n\"HADDAD: The road to the camp has been closed for two weeks.\"")
    assert ("HADDAD", "The road to the camp has been closed for two weeks.", True, ":") in q


def test_a_quote_signed_with_a_dash(record_of):
    q = quotes(record_of, "“We have not eaten meat since the siege began.” ― Fatima Darwish\n\n“The children are afraid of the planes.” — Omar Khalil")
    assert [(s, cue) for s, _, _, cue in q] == [("Fatima Darwish", "―"), ("Omar Khalil", "—")]


def test_a_cue_that_ends_with_a_colon_introduces_the_next_paragraph(record_of):
    q = quotes(record_of, "The governor added:\n\nThe militia took the bridge at dawn and we have no way to reach the villages.\n\nOther news.")
    assert ("The militia took the bridge at dawn and we have no way to reach the villages", "added") in [(t, c) for _, t, _, c in q]


def test_what_was_reported_by_someone_in_the_passive(record_of):
    q = quotes(record_of, "The attack on the market was first reported by Radio Dabanga.")
    assert ("Radio Dabanga", "The attack on the market") in [(s, t) for s, t, _, _ in q]


def test_the_head_of_the_subject_is_the_speaker(record_of):
    q = quotes(record_of, "Omar Khalil's family said the soldiers took him from his home in Deir ez-Zor.")
    speakers = [s for s, *_ in q]
    assert speakers and speakers[0] != "Omar Khalil"
    assert speakers[0] == "family"  # the family itself, not merely anyone but the possessor


def test_a_described_speaker_is_named_by_the_whole_description(record_of):
    rec = record_of("Title\n\nRami Haddad, a spokesman for the World Health Organization, said three hospitals were hit.")
    (q,) = rec.quotes
    speaker = next(a for a in rec.actors if a.id == q.speaker)
    assert "Rami Haddad, a spokesman for the World Health Organization" in [m.text for m in speaker.mentions]
    who = [a for a in rec.actors if a.id != speaker.id and "World Health" in a.name]
    assert who and who[0].mentions  # the body named inside the description keeps its own actor


def test_a_relative_pronoun_speaker_is_the_noun_its_clause_describes(record_of):
    q = quotes(record_of, "The report was written by Ahmed Saleh, who said that the militia controlled the port of Hodeidah.")
    assert ("Ahmed Saleh", "that the militia controlled the port of Hodeidah") in [(s, t) for s, t, _, _ in q]


def test_unnamed_people_are_an_anonymous_source(record_of):
    q = quotes(record_of, "Most of the displaced said that they would not return to Bakhmut.\n\nSome said that the convoy never came.")
    assert ("Most of the displaced", "that they would not return to Bakhmut", False, "said") in q
    assert ("Some", "that the convoy never came", False, "said") in q


def test_it_speaks_for_the_organisation_just_named(record_of):
    rec = record_of("Title\n\nThe Red Cross issued a statement on Monday. It said that aid had been blocked at Rafah.")
    (q,) = rec.quotes
    speaker = next(a for a in rec.actors if a.id == q.speaker)
    assert "Red Cross" in speaker.name or speaker.name == "ICRC"
    assert any(m.text == "It" for m in speaker.mentions)


def test_who_speaks_for_the_group_it_describes_even_unnamed_before(record_of):
    rec = record_of("Title\n\nMany of the farmers, who said they had lost their cattle, marched to Khartoum.")
    (q,) = rec.quotes
    speaker = next(a for a in rec.actors if a.id == q.speaker)
    assert speaker.name == "farmers" and any(m.text == "who" for m in speaker.mentions)


def test_a_name_that_qualifies_the_speaker_is_not_the_speaker(record_of):
    rec = record_of("Title\n\nThe UN envoy said that the talks in Geneva had failed. Attorneys for the family said that the video was clear.")
    actors = {a.id: a for a in rec.actors}
    speakers = [actors[q.speaker] for q in rec.quotes]
    assert [a.name for a in speakers] == ["The UN envoy", "Attorneys for the family"]
    assert speakers[0].side == "neutral" and speakers[0].side_evidence.text == "UN"
    assert any(a.name == "United Nations" for a in rec.actors)


def test_the_speakers_mention_is_the_whole_phrase_that_names_them(record_of):
    rec = record_of("Title\n\nHomeland Security Secretary Jeh Johnson said that the threat was real. Sen. Lindsey Graham (R-S.C.) said that the deal was bad.")
    actors = {a.id: a for a in rec.actors}
    spans = [rec.document.text[m.start:m.end] for q in rec.quotes for m in actors[q.speaker].mentions]
    assert spans == ["Homeland Security Secretary Jeh Johnson", "Sen. Lindsey Graham (R-S.C.)"]


def test_a_description_ends_before_a_second_one_and_before_a_statement_of_its_own(record_of):
    rec = record_of("Title\n\nMr. Kamin, who emphasized that the plan was simple, said that it was fair. "
                    "Ahmed Omar, the governor of Kassala, one of the states hit by the floods, said that aid was late.")
    actors = {a.id: a for a in rec.actors}
    said = [q for q in rec.quotes if q.cue == "said"]
    names = [next(m.text for m in actors[q.speaker].mentions if m.start < q.start) for q in said]
    assert names == ["Mr. Kamin", "Ahmed Omar, the governor of Kassala"]


def test_quotes_between_typewriter_pairs_of_apostrophes(record_of):
    q = quotes(record_of, "''The convoy was turned back at the bridge,'' said Ahmad Karimi, a driver. He said it's ''not over yet.''")
    assert ("Ahmad Karimi", "The convoy was turned back at the bridge", True, "said") in q
    assert ("Ahmad Karimi", "it's ''not over yet.''", False, "said") in q  # a claim with quoted words in it


def test_short_pieces_of_a_quote_split_around_its_cue_share_the_cue(record_of):
    rec = record_of("Title\n\n“It is over,” Olena Kovalenko said, weeping. “For us, anyway.”\n\n“Hopefully,” said Pedro Alvarez, “the road to Goma will reopen.”")
    by_cue = {}
    for q in rec.quotes:
        by_cue.setdefault((q.speaker, q.cue_start), []).append(q.text)
    assert sorted(by_cue.values()) == [["Hopefully", "the road to Goma will reopen."], ["It is over", "For us, anyway."]]


def test_the_clause_after_the_verb_is_what_it_says(record_of):
    q = quotes(record_of, "The siege may last months; the mayor of Mariupol says the city will hold out until spring.")
    assert [text for _, text, _, cue in q if cue == "says"] == ["the city will hold out until spring"]


def test_reported_words_end_before_a_joint_the_reporter_goes_on_from(record_of):
    q = quotes(record_of, "But Fowler said the politics surrounding the top of the ticket would be more intense — and he noted that any change would come later.")
    assert q[0][1:] == ("the politics surrounding the top of the ticket would be more intense", False, "said")


def test_what_a_source_says_by_saying_it_is_the_sources(record_of):
    q = quotes(record_of, "The defence ministry responded by saying that the convoy had been attacked by rebels near Idlib.")
    assert ("defence ministry", "that the convoy had been attacked by rebels near Idlib", False, "saying") in q


def test_a_speakers_mention_keeps_the_words_that_say_which_one(record_of):
    rec = record_of("Title\n\nRetired Maj. Gen. Tomas Varga said that the bridge at Kherson had fallen. "
                    "A UN report released last month found that 40 villages were emptied. "
                    "Officials at the health ministry who asked not to be named said that the hospital was hit.")
    actors = {a.id: a for a in rec.actors}
    names = [next(m.text for m in actors[q.speaker].mentions if m.end <= q.start) for q in rec.quotes if q.cue in ("said", "found")]
    assert names == ["Retired Maj. Gen. Tomas Varga", "A UN report released last month",
                     "Officials at the health ministry who asked not to be named"]


def test_words_inside_a_quote_are_never_its_speaker(record_of):
    rec = record_of("Title\n\n“The shelling never stops. Total chaos,” said Amira Saleh, a nurse at the Mosul general hospital.\n\n"
                    "“My reaction, that was outrageous,” the former envoy to Kabul said in an interview.")
    actors = {a.id: a for a in rec.actors}
    assert [actors[q.speaker].mentions[0].text for q in rec.quotes] == [
        "Amira Saleh, a nurse at the Mosul general hospital", "the former envoy to Kabul"]


def test_a_speakers_phrase_leaves_out_what_leads_into_it(record_of):
    rec = record_of("Title\n\nBoth Mr. Okafor and Mr. Bello said that the convoy was ambushed near Maiduguri. "
                    "Even Russia, the government's closest ally, said that the strike was a mistake. "
                    "A group of doctors in 2019 said that the clinic had been shelled twice. "
                    "Many of the displaced families said that they had not eaten for days.")
    actors = {a.id: a for a in rec.actors}
    names = [next(m.text for m in actors[q.speaker].mentions if m.end <= q.start) for q in rec.quotes]
    assert names == ["Mr. Okafor and Mr. Bello", "Russia, the government's closest ally", "A group of doctors",
                     "Many of the displaced families"]


def test_what_was_said_ends_where_the_reporter_goes_on_after_a_comma(record_of):
    found = quotes(record_of, "The governor said the road to Kharkiv was cut, which forced aid convoys to turn back. "
                              "The ministry said the camp would close, although it gave no date. "
                              "The envoy said aid should go through the UN, the only body both sides accept. "
                              "He said the plan, which was drafted in May, was flawed.")
    assert [text for _, text, _, _ in found] == ["the road to Kharkiv was cut", "the camp would close",
                                                 "aid should go through the UN", "the plan, which was drafted in May, was flawed"]


def test_a_cue_another_cue_reports_takes_nothing_before_it(record_of):
    found = quotes(record_of, "The governor's spokesman, Omar Haddad, said he would not comment until the inquiry ended. "
                              "Nadia Karim has vowed to reopen the crossing, and Yusuf Ali is promising to rebuild the bridge.")
    assert [(name, text) for name, text, _, _ in found] == [
        ("Omar Haddad", "he would not comment until the inquiry ended"),
        ("Nadia Karim", "to reopen the crossing"), ("Yusuf Ali", "to rebuild the bridge")]


def test_a_cue_without_its_own_subject_takes_nothing_before_it(record_of):
    found = quotes(record_of, "By noon the square was packed, and the crowd grew angry, shouting insults as police moved in. "
                              "Aid workers were heading to the depot when soldiers stopped them and told them to leave.")
    assert [text for _, text, _, _ in found] == []


def test_a_curly_and_a_straight_mark_typed_as_a_pair_close_a_quote(record_of):
    found = quotes(record_of, "The governor said there was “no sign\" of a gas leak.\n\n"
                              "\"We see no link to the blast,\" the governor said, adding that it would take \"several days” to know.")
    assert ("We see no link to the blast", True) in [(text, direct) for _, text, direct, _ in found]


def test_a_claim_noun_with_its_owner_is_the_owners_claim(record_of):
    q = quotes(record_of, "Moscow rejected Kyiv's allegation that its troops had shelled the plant. "
                          "The army's claim that the convoy carried weapons was never proven. "
                          "The ministry dismissed a Reuters report that the port had been mined.")
    assert (("Kyiv", "that its troops had shelled the plant", False, "allegation") in q
            and ("army", "that the convoy carried weapons", False, "claim") in q
            and ("Reuters", "that the port had been mined", False, "report") in q), q


def test_a_claim_noun_with_no_owner_names_no_speaker(record_of):
    q = quotes(record_of, "There is no evidence for the claim that the convoy carried weapons.")
    assert not [x for x in q if x[3] == "claim"], q


def test_a_speaker_written_without_a_comma_after_the_claim_is_still_its_source(record_of):
    q = quotes(record_of, "At least 30 people were killed in a drone attack on the camp local official Ahmed Hamid said on Monday.")
    (said,) = [(s, text) for s, text, _, cue in q if cue == "said"]
    assert said[0] == "Ahmed Hamid" and said[1].startswith("At least 30 people were killed") and "Hamid" not in said[1], q


def test_it_speaking_in_a_relative_clause_is_the_subject_it_hangs_from(record_of):
    q = quotes(record_of, "The Emergency Response Rooms blamed the Rapid Support Forces for the attack, which it said also wounded at least 20 people.")
    assert ("Emergency Response Rooms", "which it said also wounded at least 20 people") in [(who, text) for who, text, _, _ in q]


def test_a_pronoun_that_opens_its_sentence_and_speaks_goes_on_with_the_last_speaker(record_of):
    q = quotes(record_of, "The army said it had hit a weapons depot run by the Wagner Group near Bakhmut. It said 12 fighters were killed.")
    assert ("army", "12 fighters were killed") in [(who, text) for who, text, _, _ in q]


def test_of_two_subjects_the_parser_gives_a_cue_the_one_beside_it_spoke(record_of):
    q = quotes(record_of, "Suspected jihadists killed at least 40 people, most of them volunteer fighters, in an attack on an army post in northern Niger on Saturday, security sources said Monday.")
    assert q and all(who == "security sources" for who, _, _, _ in q)


def test_no_one_said_is_no_claim(record_of):
    q = quotes(record_of, "No group has claimed the attack on the army post near Djibo.")
    assert not q


def test_a_second_claim_joined_by_and_is_the_same_speakers_own(record_of):
    q = quotes(record_of, "The defence minister said the army would finish the operation by the end of June and suggested "
                          "that troops could then leave the border region.")
    assert ("defence minister", "the army would finish the operation by the end of June", False, "said") in q, q
    assert ("defence minister", "that troops could then leave the border region", False, "suggested") in q, q


def test_the_dateline_is_no_part_of_what_was_said(record_of):
    rec = record_of("Missiles hit Odesa\n\nKYIV, May 14 (Reuters) - Russian missiles struck the port of Odesa overnight, "
                    "regional governor Oleh Kiper said on Tuesday.", "2024-05-14")
    texts = [q.text for q in rec.quotes]
    assert any(t.startswith("Russian missiles struck the port of Odesa") for t in texts), texts
    assert not any("KYIV" in t for t in texts)


def test_it_is_never_a_plural_group(record_of):
    q = quotes(record_of, "Jihadists killed 20 soldiers near Tassia on Tuesday, the army said in a statement. The soldiers "
                          "came under attack from several hundred terrorists on motorbikes. Around 30 of the attackers were "
                          "killed in the fighting, it added.")
    (speaker,) = [s for s, text, *_ in q if text.startswith("Around 30")]
    assert speaker == "army", q


def test_the_statement_speaks_for_the_body_that_put_it_out(record_of):
    q = quotes(record_of, "Jihadists killed 20 soldiers near Tassia on Tuesday, Niger's army said in a statement.\n\n"
                          "The soldiers were escorting a convoy near the border when they came under attack, the statement said.")
    (speaker,) = [s for s, text, *_ in q if text.startswith("The soldiers were escorting")]
    assert speaker == "army", q


def test_a_name_the_parser_hangs_on_the_body_a_role_is_for_is_the_speaker(record_of):
    found = quotes(record_of, "A spokesman for the Rapid Support Forces, Ali Hamid, said the group had taken the town to "
                              "protect civilians.")
    assert [(speaker, text) for speaker, text, _, _ in found] == [("Ali Hamid", "the group had taken the town to protect civilians")]


def test_a_name_described_by_what_it_is_speaks_by_its_name(record_of):
    found = quotes(record_of, "An army drone strike on a market in Kabkabiya killed 12 civilians on Saturday, according to "
                              "the Darfur Bar Association, a monitoring group.")
    assert [speaker for speaker, _, _, _ in found] == ["Darfur Bar Association"]


def test_a_toll_before_a_comma_and_the_officials_who_told_it(record_of):
    found = quotes(record_of, "GAZA, June 6 (Reuters) - An Israeli air strike on a U.N.-run school sheltering displaced "
                              "families in central Gaza killed at least 18 people early on Thursday, including six children "
                              "and three women, Palestinian health officials said.")
    assert [(speaker, text[:30]) for speaker, text, _, _ in found] == [("Palestinian health officials", "An Israeli air strike on a U.N")]


def test_he_is_never_the_reporters_he_spoke_to(record_of):
    found = quotes(record_of, "Police spokesman Abdifatah Adan Hassan told reporters that security forces killed three of "
                              "the attackers. Most of the victims were civilians, he said.")
    assert [speaker for speaker, _, _, _ in found] == ["Abdifatah Adan Hassan", "Abdifatah Adan Hassan"]


def test_a_group_named_before_the_word_group_speaks_by_its_name(record_of):
    found = quotes(record_of, "The al-Qaida-linked al-Shabaab group claimed responsibility for the attack.")
    assert [speaker for speaker, _, _, _ in found] == ["al-Shabaab"]


def test_a_headlines_ministry_the_tagger_calls_a_name_speaks_as_the_ministry(record_of):
    rec = record_of("U.S. strikes on Yemen port kill 38, Houthi health ministry says\n\nDUBAI (Reuters) - U.S. air strikes "
                    "killed 38 people, the Houthi-run health ministry said.", "2025-04-18")
    actors = {a.id: a for a in rec.actors}
    speaker = actors[rec.quotes[0].speaker]
    assert speaker.name == "Houthi health ministry" and speaker.side == "opposition"


def test_what_was_said_in_a_statement_hung_on_the_statement_is_still_what_was_said(record_of):
    rec = record_of("Title\n\nThe Syrian Democratic Forces (SDF) said in a statement that the operation, backed by the "
                    "coalition, also killed three militants. There was no independent confirmation of the claim.", "2024-03-03")
    actors = {a.id: a.name for a in rec.actors}
    assert [(q.text, actors.get(q.speaker)) for q in rec.quotes] == [
        ("that the operation, backed by the coalition, also killed three militants", "Syrian Democratic Forces")]


def test_a_wish_not_to_be_named_is_no_quote(record_of):
    found = quotes(record_of, "The convoy was hit twice, said a police commander in Kidal, who asked not to be named.")
    assert [(speaker, text) for speaker, text, _, _ in found] == [("police commander", "The convoy was hit twice")]


def test_he_names_again_the_officer_who_spoke_before(record_of):
    found = quotes(record_of, "The blast tore through a bus station in Mopti, a police officer said. He said 17 people "
                              "were wounded.")
    assert [speaker for speaker, _, _, _ in found] == ["police officer", "police officer"]


def test_a_name_the_tagger_missed_beside_a_spokesmans_role_speaks(record_of):
    found = quotes(record_of, "The province's army spokesman, Lieutenant Colonel Anatole Mbuyi, said the base had not fallen.")
    assert [(speaker, text) for speaker, text, _, _ in found] == [("Anatole Mbuyi", "the base had not fallen")]


def test_a_credit_after_a_comma_the_parser_misread_still_speaks(record_of):
    found = quotes(record_of, "Rebels seized the village of Bourem on Friday after three days of clashes with the army "
                              "and local militias, residents and a district official said, forcing hundreds of families to flee.")
    assert [(speaker, text[:27]) for speaker, text, _, _ in found] == [("residents", "Rebels seized the village o")]


def test_a_credit_before_a_quote_introduces_it(record_of):
    found = quotes(record_of, "Asked about the prisoners, the governor said, “No comment on that for now.”")
    assert [(text, direct) for _, text, direct, _ in found] == [("No comment on that for now.", True)]


def test_a_credit_in_text_that_lost_its_commas_still_speaks(record_of):
    found = quotes(record_of, "Troops took control of three villages after heavy clashes with the militants a military "
                              "source said on Monday.")
    assert [(speaker, text) for speaker, text, _, _ in found] == [
        ("military source", "Troops took control of three villages after heavy clashes with the militants")]


def test_an_act_run_into_a_speakers_name_is_no_part_of_it(record_of):
    found = quotes(record_of, "The forests have let the rebels withstand months of heavy aerial bombing security analysts say.")
    assert [(speaker, text[-23:]) for speaker, text, _, _ in found] == [("security analysts", "of heavy aerial bombing")]


def test_where_it_happened_is_no_part_of_who_says_so_in_a_headline(record_of):
    rec = record_of("Drones kill 12 civilians in North Kivu activists say\n\nDrones struck a crowded market on Monday, "
                    "leaving 12 civilians dead, activists said.", "2024-05-06")
    actors = {a.id: a.name for a in rec.actors}
    assert (actors[rec.quotes[0].speaker], rec.quotes[0].text) == ("activists", "Drones kill 12 civilians in North Kivu")


def test_what_comes_before_a_semicolon_is_not_the_denier_s(record_of):
    rec = record_of("Rebels say jets killed 9 at Tessalit market; army denies\n\nBody text.", "2024-05-06")
    actors = {a.id: a.name for a in rec.actors}
    assert [(actors.get(q.speaker), q.text) for q in rec.quotes if q.start < 50] == [("Rebels", "jets killed 9 at Tessalit market")]


def test_a_report_after_a_semicolon_still_reports_what_comes_before(record_of):
    found = quotes(record_of, "Officials accuse the rebels of shelling the market in Gao; state television reported.")
    assert ("state television", "Officials accuse the rebels of shelling the market in Gao") in [(s, t) for s, t, _, _ in found]


def test_a_wish_to_be_named_only_by_a_nickname_is_no_quote(record_of):
    found = quotes(record_of, "A student who asked to be identified only by his nickname said he paid a broker to cross.")
    assert [text for _, text, _, _ in found] == ["he paid a broker to cross"]


def test_calling_up_conscripts_is_no_speech(record_of):
    found = quotes(record_of, "The army says it will call up 5,000 men a month.")
    assert [text for _, text, _, _ in found] == ["it will call up 5,000 men a month"]


def test_he_is_not_someone_the_speakers_words_were_about(record_of):
    found = quotes(record_of, "Minister Amadou Kone said the victims had gathered for the funeral of a local soldier. "
                              "“Every family has lost someone,” he told reporters.")
    assert [speaker for speaker, _, _, _ in found] == ["Amadou Kone", "Amadou Kone"]
