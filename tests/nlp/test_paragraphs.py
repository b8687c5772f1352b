"""Paragraph breaks end sentences, so a headline without a full stop stays apart from the lede."""


def test_a_headline_is_its_own_sentence(nlp):
    doc = nlp("Junta says its jets killed 40 fighters in Sagaing\n\nJunta jets killed 40 fighters near Monywa on Monday.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Junta says its jets killed 40 fighters in Sagaing",
                         "Junta jets killed 40 fighters near Monywa on Monday."]


def test_a_paragraph_opening_is_not_cut_off(nlp):
    doc = nlp("Title\n\nRebel fighter Samir Daher said the front was quiet in Daraa.")
    assert [s.text.strip() for s in doc.sents][1] == "Rebel fighter Samir Daher said the front was quiet in Daraa."


def test_the_lede_keeps_its_own_roles(record_of):
    rec = record_of("Russia says it killed 120 militants in Syria\n\nRussian jets killed 120 militants near Deir Ezzor.",
                    "2017-10-07")
    actors = {a.id: a for a in rec.actors}
    militants = [a for a in rec.actors if a.name == "militants"]
    assert militants and militants[0].side == "unknown"
    body = [e for e in rec.events if e.start > 45]
    assert body and any(actors[x.actor].name.startswith("Russian") and x.role == "agent" for x in body[0].actors)



def test_a_dateline_is_no_part_of_the_first_sentence(nlp):
    from tawthiq.document import build_document
    from tawthiq.ingest import RawDocument
    from tawthiq.nlp.convert import to_doc

    text = ("Mortar attack on school\n\nIdlib, SANA - Three pupils died and seven others were hurt "
            "on Monday when mortar shells fired by armed groups hit a school.")
    document = build_document(RawDocument(source="t.txt", data=text.encode(), media_type="text/plain"))
    doc = nlp(to_doc(nlp, document))
    assert [s.text.strip() for s in doc.sents][1:] == [
        "Idlib, SANA -", "Three pupils died and seven others were hurt on Monday when mortar shells fired "
        "by armed groups hit a school."]
