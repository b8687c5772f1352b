from tawthiq.record import SCHEMA, Document, Event, Quantity, Record, span_of


def _doc(**kw):
    return Document(id="sha256:00", source="x.txt", text="The bodies of 96 soldiers.", **kw)


def test_record_dumps_the_contract_shape_with_schema_key_and_nulls():
    data = Record(document=_doc()).to_dict()
    assert data["schema"] == SCHEMA
    assert list(data) [:8] == ["schema", "document", "actors", "places", "dates", "quantities", "events", "quotes"]
    assert data["document"]["published"] is None
    assert data["document"]["original"] is None


def test_record_round_trips_through_its_dict():
    q = Quantity(id="q1", kind="fatalities", value=96, text="96 soldiers", start=14, end=25, of="soldiers")
    rec = Record(document=_doc(), quantities=[q], events=[Event(id="e1", type="fatalities", text="bodies", start=4, end=10, quantities=[q])])
    again = Record.from_dict(rec.to_dict())
    assert again.to_dict() == rec.to_dict()
    assert again.events[0].quantities[0].value == 96


def test_span_of_points_at_the_evidence():
    text = "The bodies of 96 soldiers."
    span = span_of(text, 14, 25)
    assert span.text == "96 soldiers" == text[span.start : span.end]
