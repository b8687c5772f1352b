"""The perpetrator a separate headline names lends itself to the lede's attack, if the text names it."""

import pytest


@pytest.fixture()
def titled():
    from tawthiq.document import build_document
    from tawthiq.ingest.raw import RawDocument
    from tawthiq.nlp import annotate_one

    def run(title: str, text: str):
        raw = RawDocument(source="x.txt", data=text.encode(), media_type="text/plain", hints={"title": title})
        rec = annotate_one(build_document(raw, published="2017-10-16"))
        actors = {a.id: a.name for a in rec.actors}
        return {e.text: [(x.role, actors[x.actor]) for x in e.actors] for e in rec.events}

    return run


def test_the_headlines_perpetrator_carried_out_the_ledes_attack(titled):
    events = titled("Houthi drone strike kills five soldiers in Marib",
                    "Five soldiers were killed in the attack on a base near Marib on Sunday. "
                    "The Houthis have stepped up their campaign in the province since March.")
    assert ("agent", "Houthis") in events["attack"]


def test_no_perpetrator_the_text_does_not_name(titled):
    events = titled("Houthi drone strike kills five soldiers in Marib",
                    "Five soldiers were killed in the attack on a base near Marib on Sunday, officials said.")
    assert not any(role == "agent" for role, _ in events["attack"])


def test_a_headline_that_only_threatens_lends_no_one(titled):
    events = titled("Militants threaten to shell Kidal",
                    "Two people were killed in the attack on the market in Kidal on Sunday. "
                    "The militants control the roads around the town.")
    assert not any(role == "agent" for role, _ in events["attack"])


def test_the_word_that_tells_the_side_outweighs_a_shared_nationality(titled):
    events = titled("Syrian Regime Forces Shell Douma, Killing Six",
                    "Six civilians were killed in the attack on Douma on Sunday, a Syrian opposition spokesman said. "
                    "The Syrian opposition accused regime forces of targeting the market.")
    agents = [name for role, name in events["attack"] if role == "agent"]
    assert agents and "regime" in agents[0].lower()
