from tawthiq.document.original import is_original_note, parse_original


def test_original_report_note_with_language_date_and_url():
    o = parse_original(["Report and photo from: Deir Voice", "Original report (in Arabic) published on Sunday March 6th, 2016: http://deirvoice.example/news/1234"])
    assert (o.outlet, o.url, o.published, o.language) == ("Deir Voice", "http://deirvoice.example/news/1234", "2016-03-06", "ar")


def test_originally_published_by():
    o = parse_original(["This article was originally published by Enab Baladi on 3 March 2019."])
    assert (o.outlet, o.published, o.language) == ("Enab Baladi", "2019-03-03", None)


def test_translator_is_not_the_outlet():
    o = parse_original(["Translated from the Russian by Anna Kovalenko."])
    assert (o.outlet, o.language) == (None, "ru")


def test_outlet_falls_back_to_the_url_host():
    o = parse_original(["Read the original (in Ukrainian) here: https://www.example.ua/news/123"])
    assert (o.outlet, o.language) == ("example.ua", "uk")


def test_ordinary_sentences_are_not_notes():
    assert not is_original_note("The original plan was to evacuate the wounded first.")
    assert parse_original(["Fighting resumed on Monday."]) is None
