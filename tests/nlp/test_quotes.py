"""Direct and indirect quotes with their speakers; addressees and scare quotes are not speakers."""


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
    assert ("United Nations", "an immediate ceasefire in Tigray", False, "called for") in q
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
