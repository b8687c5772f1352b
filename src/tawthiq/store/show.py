"""A record on the terminal, each field beside the words it came from."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..record import Record


def print_record(record: Record, console: Console | None = None) -> None:
    console = console or Console()
    d = record.document
    text = d.text
    console.rule(f"[bold]{d.title or d.source}")
    console.print(f"[dim]{d.id}[/dim]  source {d.source}")
    meta = Table.grid(padding=(0, 2))
    for label, value in (("published", d.published or f"— ({d.published_reason})"), ("outlet", d.outlet), ("authors", ", ".join(d.authors)),
                         ("dateline", d.dateline), ("language", d.language),
                         ("original", f"{d.original.outlet} {d.original.url or ''} {d.original.published or ''} ({d.original.language})" if d.original else None)):
        if value:
            meta.add_row(f"[bold]{label}", str(value))
    console.print(meta)
    actors = {a.id: a for a in record.actors}
    places = {p.id: p for p in record.places}
    if record.events:
        table = Table("event", "type", "where", "when", "who", "numbers", "claimed by", "evidence", title="Events")
        for e in record.events:
            place = places.get(e.place)
            who = ", ".join(f"{actors[a.actor].name} ({a.role})" for a in e.actors if a.actor in actors)
            nums = ", ".join(f"{q.kind} {q.text}" for q in e.quantities)
            claim = ", ".join(f"{s.name or s.kind} [{s.side}]" for s in e.sources)
            flags = "".join(f" [{colour}]{flag}" for flag, colour in (("negated", "red"), ("hedged", "yellow"), ("planned", "blue"))
                            if getattr(e, flag))
            table.add_row(e.id, e.type + flags, place.name if place else "", (e.date.text or e.date.start or "") if e.date else "", who, nums, claim, _around(text, e.start, e.end))
        console.print(table)
    if record.actors:
        table = Table("actor", "name", "kind", "side", "evidence", title="Actors")
        for a in record.actors:
            table.add_row(a.id, a.name + (" (pseudonym)" if a.pseudonym else ""), a.kind, a.side, a.side_evidence.text if a.side_evidence else "")
        console.print(table)
    if record.places:
        table = Table("place", "name", "feature", "where", "gazetteer", title="Places")
        for p in record.places:
            where = f"{p.lat:.4f}, {p.lon:.4f}" if p.lat is not None else (p.reason or "")
            table.add_row(p.id, p.name + (f" ({p.qualifier})" if p.qualifier else ""), p.feature or "", where, p.gazetteer_id or "")
        console.print(table)
    if record.quotes:
        table = Table("quote", "speaker", "cue", "text", title="Quotes")
        for q in record.quotes:
            table.add_row(q.id, actors[q.speaker].name if q.speaker in actors else "", q.cue or "", q.text[:160])
        console.print(table)


def _around(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}[bold]{text[start:end]}[/bold]{right}…"
