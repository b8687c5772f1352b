"""The evidence store: originals by SHA-256, records, a flat table of events for search and
export, and the failures of every batch — one API over SQLite and PostgreSQL.

Everything a batch writes goes in one transaction, so an interrupted ingest leaves whole
documents or none, and a rerun picks up where it stopped."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

import orjson

from ..ingest.raw import Failure, RawDocument
from ..record import Record
from .backend import Backend
from .schema import migrate
from .textnorm import fts_query, normalize


@dataclass
class Filters:
    """What search, events and export narrow by; empty fields do not narrow."""

    query: str | None = None
    type: str | None = None
    side: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None


class Store:
    def __init__(self, db: str):
        self.backend = Backend.parse(db)
        self.con = self.backend.connect()
        migrate(self.backend, self.con)

    def close(self) -> None:
        if self.backend.kind == "sqlite":
            self.con.execute("PRAGMA optimize")  # keeps the planner's statistics current for search
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- low level ------------------------------------------------------------------------------

    def _exec(self, query: str, params: tuple = ()):
        cur = self.con.cursor()
        cur.execute(self.backend.sql(query), params)
        return cur

    def _read(self, query: str, params: tuple = ()):
        cur = self._exec(query, params)
        rows = cur.fetchall()
        if self.backend.kind == "postgres":
            self.con.commit()
        return rows

    # -- writing --------------------------------------------------------------------------------

    def has_current(self, doc_id: str, extractor: str) -> bool:
        rows = self._read("SELECT 1 FROM documents WHERE id = ? AND extractor = ?", (doc_id, extractor))
        return bool(rows)

    def known_ids(self, extractor: str) -> set[str]:
        return {r[0] for r in self._read("SELECT id FROM documents WHERE extractor = ?", (extractor,))}

    def write_batch(self, items: Iterable[tuple[RawDocument | None, Record | Prepared | Failure]]) -> tuple[int, int]:
        """Store a batch in one transaction: (documents written, failures recorded)."""
        written = failed = 0
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.backend.begin(self.con)
        try:
            for raw, result in items:
                if isinstance(result, Failure):
                    self._failure(result, raw, now)
                    failed += 1
                else:
                    self._document(raw, result, now)
                    written += 1
            self.backend.commit(self.con)
        except BaseException:
            self.backend.rollback(self.con)
            raise
        return written, failed

    def _failure(self, failure: Failure, raw: RawDocument | None, now: str) -> None:
        sha = raw.sha256 if raw is not None else None
        if self.backend.kind == "postgres":
            self._exec("INSERT INTO failures (source, reason, sha256, at) VALUES (?, ?, ?, ?) ON CONFLICT (source, reason) DO UPDATE SET at = EXCLUDED.at",
                       (failure.source, failure.reason, sha, now))
        else:
            self._exec("INSERT INTO failures (source, reason, sha256, at) VALUES (?, ?, ?, ?) ON CONFLICT (source, reason) DO UPDATE SET at = excluded.at",
                       (failure.source, failure.reason, sha, now))

    def _document(self, raw: RawDocument, item: Record | Prepared, now: str) -> None:
        p = item if isinstance(item, Prepared) else prepare(raw, item)
        self._exec("INSERT INTO blobs (sha256, data, size) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                   (raw.sha256, self.backend.blob(raw.data), len(raw.data)))
        self._exec("DELETE FROM events WHERE doc_id = ?", (p.doc_id,))
        self._exec("DELETE FROM event_clusters WHERE doc_id = ?", (p.doc_id,))
        if self.backend.kind == "sqlite":
            self._exec("DELETE FROM docs_fts WHERE rowid IN (SELECT fts_id FROM documents WHERE id = ?)", (p.doc_id,))
        self._exec("DELETE FROM documents WHERE id = ?", (p.doc_id,))
        values = p.values + (now,)
        if self.backend.kind == "postgres":
            self._exec("""INSERT INTO documents (id, sha256, source, media_type, hints, title, published, language, outlet, url,
                          text_hash, extractor, record, ingested_at, tsv)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, to_tsvector('simple', ?))""",
                       values + (" ".join(p.search_text),))
        else:
            fts_id = self._read("SELECT COALESCE(MAX(fts_id), 0) + 1 FROM documents")[0][0]
            self._exec("""INSERT INTO documents (id, sha256, source, media_type, hints, title, published, language, outlet, url,
                          text_hash, extractor, record, ingested_at, fts_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                       values + (fts_id,))
            self._exec("INSERT INTO docs_fts (rowid, title, body, names) VALUES (?, ?, ?, ?)", (fts_id, *p.search_text))
        if p.events:
            self.con.cursor().executemany(self.backend.sql("""INSERT INTO events (doc_id, event_id, type, negated, hedged, place_name,
                          gazetteer_id, parent_gid, feature, admin1, country, lat, lon, date_start, date_end, date_precision,
                          fatalities, sides, actors, sources, text, data)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""), p.events)

    # -- reading --------------------------------------------------------------------------------

    def count(self, table: str) -> int:
        assert table in ("documents", "events", "failures", "blobs")
        return self._read(f"SELECT COUNT(*) FROM {table}")[0][0]

    def failures(self) -> list[tuple[str, str, str]]:
        return [tuple(r) for r in self._read("SELECT source, reason, at FROM failures ORDER BY id")]

    def record(self, ident: str) -> Record | None:
        """A record by document id (full or a unique prefix of its hash) or by source."""
        ident = ident if ident.startswith("sha256:") or "/" in ident or "." in ident else "sha256:" + ident
        rows = self._read("SELECT record FROM documents WHERE id = ? OR source = ?", (ident, ident))
        if not rows and ident.startswith("sha256:"):
            rows = self._read("SELECT record FROM documents WHERE id LIKE ?", (ident + "%",))
        return Record.from_dict(orjson.loads(rows[0][0])) if len(rows) == 1 else None

    def raw(self, doc_id: str) -> RawDocument | None:
        rows = self._read("""SELECT d.source, b.data, d.media_type, d.hints FROM documents d JOIN blobs b ON b.sha256 = d.sha256
                             WHERE d.id = ?""", (doc_id,))
        if not rows:
            return None
        source, data, media_type, hints = rows[0]
        return RawDocument(source=source, data=bytes(data), media_type=media_type or "text/plain", hints=json.loads(hints or "{}"))

    def document_ids(self) -> list[str]:
        return [r[0] for r in self._read("SELECT id FROM documents ORDER BY id")]

    def records(self, filters: Filters | None = None, batch: int = 500) -> Iterator[Record]:
        """Records matching `filters`, streamed in id order (constant memory)."""
        for data in self.record_json(filters, batch):
            yield Record.from_dict(orjson.loads(data))

    def record_json(self, filters: Filters | None = None, batch: int = 500) -> Iterator[str]:
        """The stored JSON text of each record matching `filters`, in id order, unparsed."""
        where, params = self._where(filters or Filters())
        last = ""
        while True:
            rows = self._read(f"SELECT d.id, d.record FROM documents d WHERE d.id > ? {where} ORDER BY d.id LIMIT {batch}", (last, *params))
            if not rows:
                return
            for _, data in rows:
                yield data
            last = rows[-1][0]

    def event_rows(self, filters: Filters | None = None, batch: int = 2000) -> Iterator[dict]:
        """Stored events (flattened) matching `filters`, streamed in (document, event) order."""
        filters = filters or Filters()
        where, params = self._event_where(filters)
        cols = ["doc_id", "event_id", "type", "negated", "hedged", "place_name", "gazetteer_id", "parent_gid", "feature",
                "admin1", "country", "lat", "lon", "date_start", "date_end", "date_precision", "fatalities", "sides",
                "actors", "sources", "text", "data"]
        last = ("", "")
        while True:
            rows = self._read(
                f"""SELECT e.{', e.'.join(cols)}, d.outlet, d.source, d.text_hash, d.published, d.ingested_at
                    FROM events e JOIN documents d ON d.id = e.doc_id
                    WHERE (e.doc_id > ? OR (e.doc_id = ? AND e.event_id > ?)) {where}
                    ORDER BY e.doc_id, e.event_id LIMIT {batch}""",
                (last[0], last[0], last[1], *params),
            )
            if not rows:
                return
            for row in rows:
                item = dict(zip(cols + ["outlet", "doc_source", "text_hash", "published", "ingested_at"], row))
                item["data"] = orjson.loads(item["data"])
                yield item
            last = (rows[-1][0], rows[-1][1])

    # -- clusters -------------------------------------------------------------------------------

    def recluster(self) -> dict[str, int]:
        """Link the reports of one event across documents; returns clusters by status."""
        from ..events.cluster import cluster

        counts: dict[str, int] = {}
        rows = self._event_rows_by_date()
        self.backend.begin(self.con)
        try:
            self._exec("DELETE FROM event_clusters")
            self._exec("DELETE FROM clusters")
            for c in cluster(rows):
                info = c.summary()
                counts[info["status"]] = counts.get(info["status"], 0) + 1
                self._exec("INSERT INTO clusters (cluster_id, status, type, date_start, country, admin1, place, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           (c.id, info["status"], info["type"], info["date_start"], info["country"], info["admin1"], info["place"],
                            json.dumps(info, ensure_ascii=False)))
                for m in c.members:
                    self._exec("INSERT INTO event_clusters (doc_id, event_id, cluster_id) VALUES (?, ?, ?)", (m["doc_id"], m["event_id"], c.id))
            self.backend.commit(self.con)
        except BaseException:
            self.backend.rollback(self.con)
            raise
        return counts

    def _event_rows_by_date(self, batch: int = 5000) -> Iterator[dict]:
        """Event rows in date order, read page by page (keyset pagination)."""
        cols = ["doc_id", "event_id", "type", "negated", "place_name", "gazetteer_id", "parent_gid", "feature", "admin1",
                "country", "lat", "lon", "date_start", "date_end", "date_precision", "fatalities", "sides", "sources", "text",
                "actors", "data"]
        last = ("", "", "")
        first = True
        while True:
            cur = self._exec(
                f"""SELECT e.{', e.'.join(cols)}, d.outlet, d.source, d.text_hash, COALESCE(e.date_start, '') FROM events e
                    JOIN documents d ON d.id = e.doc_id
                    WHERE ? OR (COALESCE(e.date_start, ''), e.doc_id, e.event_id) > (?, ?, ?)
                    ORDER BY COALESCE(e.date_start, ''), e.doc_id, e.event_id LIMIT {batch}""",
                (first, *last),
            )
            rows = cur.fetchall()
            if not rows:
                return
            first = False
            for r in rows:
                row = dict(zip(cols + ["outlet", "doc_source", "text_hash"], r[:-1]))
                row["actors"] = orjson.loads(row["actors"] or "[]")
                row["acled"] = orjson.loads(row.pop("data")).get("acled")
                yield row
            last = (rows[-1][-1], rows[-1][0], rows[-1][1])

    def clusters(self, filters: Filters | None = None, status: str | None = None, batch: int = 1000) -> Iterator[dict]:
        """Event clusters (with their claims), streamed by date."""
        f = filters or Filters()
        clauses, params = [], []
        if status:
            clauses.append("status = ?")
            params.append(status)
        if f.type:
            clauses.append("type = ?")
            params.append(f.type)
        if f.place:
            clauses.append("(LOWER(place) = ? OR LOWER(admin1) = ?)")
            params.extend([f.place.lower(), f.place.lower()])
        if f.since:
            clauses.append("date_start >= ?")
            params.append(f.since)
        if f.until:
            clauses.append("date_start <= ?")
            params.append(f.until)
        where = "".join(f" AND {c}" for c in clauses)
        last = ("", "")
        while True:
            rows = self._read(f"""SELECT COALESCE(date_start, ''), cluster_id, data FROM clusters
                                 WHERE (COALESCE(date_start, '') > ? OR (COALESCE(date_start, '') = ? AND cluster_id > ?)) {where}
                                 ORDER BY COALESCE(date_start, ''), cluster_id LIMIT {batch}""", (last[0], last[0], last[1], *params))
            if not rows:
                return
            for _, _, data in rows:
                info = orjson.loads(data)
                if f.side and not any(f.side in (c.get("sides") or "").split(",") for c in info["claims"]):
                    continue
                yield info
            last = (rows[-1][0], rows[-1][1])

    def search(self, filters: Filters, limit: int = 20) -> list[dict]:
        """Documents matching `filters`, newest first."""
        plan = self._plan(filters) if self.backend.kind == "sqlite" else ""
        if plan == "probe":
            where, params = self._probe_where(filters)
        else:
            where, params = self._where(filters, events_first=plan == "events")
        rows = self._read(
            f"""SELECT d.id, d.title, d.published, d.source, d.outlet FROM documents d WHERE 1 = 1 {where}
                ORDER BY d.published DESC, d.id LIMIT {int(limit)}""",
            tuple(params),
        )
        return [dict(zip(("id", "title", "published", "source", "outlet"), r)) for r in rows]

    # A filter that matches few documents is best collected first and sorted; one that matches
    # many is best checked document by document while walking the newest-first index, which
    # stops after `limit` hits ("probe"). With words and event filters both selective, the
    # smaller side is collected first ("events" when fewer events pass than documents hold the
    # words). Counting the matches (cheap on indexes) decides which.
    MANY = 2000

    def _plan(self, f: Filters) -> str:
        if f.until and not f.query:
            return ""
        texts = self._read("SELECT COUNT(*) FROM docs_fts WHERE docs_fts MATCH ?", (fts_query(f.query),))[0][0] if f.query else None
        ev_where, ev_params = self._event_where(f)
        count_events = lambda cap: self._read(  # noqa: E731
            f"SELECT COUNT(*) FROM (SELECT 1 FROM events e WHERE 1 = 1 {ev_where} LIMIT {cap})", tuple(ev_params))[0][0]
        events = count_events(self.MANY + 1) if ev_where else None
        sizes = [n for n in (texts, events) if n is not None]
        # a window ending in the past is read from its covering index: the newest-first walk would reach it last
        if not f.until and sizes and min(sizes) > self.MANY:
            return "probe"
        if texts is None or events is None:
            return ""
        if events > self.MANY:
            events = count_events(min(texts, 20_000) + 1)
        return "events" if events < texts else ""

    def _probe_where(self, f: Filters) -> tuple[str, list]:
        clauses, params = [], []
        if f.query:
            clauses.append("EXISTS (SELECT 1 FROM docs_fts WHERE docs_fts MATCH ? AND rowid = d.fts_id)")
            params.append(fts_query(f.query))
        ev_where, ev_params = self._event_where(f)
        if ev_where:
            clauses.append(f"EXISTS (SELECT 1 FROM events e INDEXED BY sqlite_autoindex_events_1 WHERE e.doc_id = d.id {ev_where})")
            params.extend(ev_params)
        return "".join(f" AND {c}" for c in clauses), params

    def _where(self, f: Filters, events_first: bool = False) -> tuple[str, list]:
        """SQL conditions on documents `d`. `events_first`: SQLite collects from the event filters and
        checks each document's text against the word list ('+' keeps it off the text index)."""
        clauses, params = [], []
        if f.query:
            if self.backend.kind == "postgres":
                clauses.append("d.tsv @@ plainto_tsquery('simple', ?)")
                params.append(normalize(f.query))
            else:
                clauses.append(f"{'+' if events_first else ''}d.fts_id IN (SELECT rowid FROM docs_fts WHERE docs_fts MATCH ?)")
                params.append(fts_query(f.query))
        ev_where, ev_params = self._event_where(f)
        if ev_where:
            clauses.append(f"d.id IN (SELECT e.doc_id FROM events e WHERE 1 = 1 {ev_where})")
            params.extend(ev_params)
        return "".join(f" AND {c}" for c in clauses), params

    def _event_where(self, f: Filters) -> tuple[str, list]:
        clauses, params = [], []
        if f.type:
            clauses.append("e.type = ?")
            params.append(f.type)
        if f.side:
            combos = side_sets(f.side)
            clauses.append(f"e.sides IN ({', '.join('?' * len(combos))})")
            params.extend(combos)
        if f.place:
            clauses.append("(LOWER(e.place_name) = ? OR LOWER(e.admin1) = ? OR e.gazetteer_id = ?)")
            params.extend([f.place.lower(), f.place.lower(), f.place])
        if f.since:
            clauses.append("COALESCE(e.date_end, e.date_start) >= ?")
            params.append(f.since)
        if f.until:
            clauses.append("e.date_start <= ?")
            params.append(f.until)
        return "".join(f" AND {c}" for c in clauses), params


@dataclass
class Prepared:
    """A record turned into the rows the store writes, made where the record was made (a worker
    process), so that the process holding the database only runs SQL."""

    doc_id: str
    values: tuple  # documents columns up to `record`, in schema order; `ingested_at` is added on write
    search_text: tuple[str, str, str]  # normalised title, body and names for full-text search
    events: list[tuple]


def prepare(raw: RawDocument, record: Record) -> Prepared:
    doc = record.document
    text_hash = hashlib.sha256(" ".join(doc.text.split()).encode()).hexdigest()
    values = (doc.id, raw.sha256, doc.source, raw.media_type, json.dumps(raw.hints, ensure_ascii=False, sort_keys=True, default=str),
              doc.title, doc.published, doc.language, doc.outlet, doc.url, text_hash, record.extractor or "",
              orjson.dumps(record.to_dict()).decode())
    names = " ".join([a.name for a in record.actors] + [p.name for p in record.places])
    return Prepared(doc.id, values, (normalize(doc.title or ""), normalize(doc.text), normalize(names)), list(event_rows(record)))


def side_sets(side: str) -> list[str]:
    """Every value the `sides` column can hold that includes `side` (sorted, comma-joined sets),
    so that a side filter is an indexed lookup and "government" does not match "pro_government"."""
    from itertools import combinations
    from typing import get_args

    from ..record import Side

    others = [s for s in get_args(Side) if s != side]
    return sorted(",".join(sorted((side, *extra))) for n in range(len(others) + 1) for extra in combinations(others, n))


def event_rows(record: Record) -> Iterator[tuple]:
    """One flat row per event, with what search, clustering and exports need at hand."""
    places = {p.id: p for p in record.places}
    actors = {a.id: a for a in record.actors}
    for e in record.events:
        if e.planned:
            continue  # an act only weighed or threatened is no incident to map, count or export
        place = places.get(e.place) if e.place else None
        parent = places.get(place.parent) if place is not None and place.parent else None
        # a quarter no gazetteer knows is mapped where its city is, as a coder would place it
        located = parent if place is not None and place.lat is None and parent is not None and parent.lat is not None else place
        fatal = [q for q in e.quantities if q.kind == "fatalities" and not q.cumulative]
        values = [q.value if q.value is not None else q.low for q in fatal]
        fatalities = max((v for v in values if v is not None), default=None)
        sides = sorted({s.side for s in e.sources} | {actors[a.actor].side for a in e.actors if a.actor in actors})
        names = [{"name": actors[a.actor].name, "role": a.role, "side": actors[a.actor].side, "inter": actors[a.actor].inter,
                  "kind": actors[a.actor].kind} for a in e.actors if a.actor in actors]
        sources = [s.name or s.kind for s in e.sources]
        date = e.date
        yield (
            record.document.id, e.id, e.type, int(e.negated), int(e.hedged),
            place.name if place else None, place.gazetteer_id if place else None,
            (parent.gazetteer_id if parent else None), located.feature if located else None,
            located.admin1 if located else None, located.country if located else None,
            located.lat if located else None, located.lon if located else None,
            date.start if date else None, (date.end or date.start) if date else None, date.precision if date else None,
            fatalities, ",".join(sides), json.dumps(names, ensure_ascii=False), "|".join(sources), e.text,
            json.dumps(e.model_dump(mode="json"), ensure_ascii=False),
        )
