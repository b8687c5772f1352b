"""The store's versioned schema. Each migration is a list of statements per backend, applied in
order on first use; `schema_version` records how far a database has come."""

from __future__ import annotations

from .backend import Backend

CLUSTERS = """CREATE TABLE clusters (
    cluster_id TEXT PRIMARY KEY, status TEXT NOT NULL, type TEXT NOT NULL, date_start TEXT, country TEXT,
    admin1 TEXT, place TEXT, data TEXT NOT NULL)"""
EVENT_CLUSTERS = "CREATE TABLE event_clusters (doc_id TEXT NOT NULL, event_id TEXT NOT NULL, cluster_id TEXT NOT NULL, PRIMARY KEY (doc_id, event_id))"

# The full-text index keyed by an integer of each document (`fts_id`, explicit so that VACUUM
# cannot renumber it): a search hit is an integer lookup, and replacing a document deletes its
# index row directly instead of scanning an unindexed column.
FTS_BY_ROWID = [
    "ALTER TABLE documents ADD COLUMN fts_id INTEGER",
    "UPDATE documents SET fts_id = rowid",
    "CREATE UNIQUE INDEX documents_fts_id ON documents(fts_id)",
    "CREATE VIRTUAL TABLE docs_fts_v2 USING fts5(title, body, names, tokenize='unicode61 remove_diacritics 2')",
    """INSERT INTO docs_fts_v2 (rowid, title, body, names)
       SELECT d.fts_id, f.title, f.body, f.names FROM docs_fts f JOIN documents d ON d.id = f.doc_id""",
    "DROP TABLE docs_fts",
    "ALTER TABLE docs_fts_v2 RENAME TO docs_fts",
]

MIGRATIONS: dict[int, dict[str, list[str]]] = {
    1: {
        "sqlite": [
            "CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL, size INTEGER NOT NULL)",
            """CREATE TABLE documents (
                id TEXT PRIMARY KEY, sha256 TEXT NOT NULL REFERENCES blobs(sha256), source TEXT NOT NULL,
                media_type TEXT, hints TEXT, title TEXT, published TEXT, language TEXT, outlet TEXT, url TEXT,
                text_hash TEXT, extractor TEXT NOT NULL, record TEXT NOT NULL, ingested_at TEXT NOT NULL)""",
            "CREATE INDEX documents_published ON documents(published)",
            """CREATE TABLE events (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, event_id TEXT NOT NULL,
                type TEXT NOT NULL, negated INTEGER NOT NULL, hedged INTEGER NOT NULL,
                place_name TEXT, gazetteer_id TEXT, parent_gid TEXT, feature TEXT, admin1 TEXT, country TEXT,
                lat REAL, lon REAL, date_start TEXT, date_end TEXT, date_precision TEXT,
                fatalities REAL, sides TEXT, actors TEXT, sources TEXT, text TEXT, data TEXT NOT NULL,
                PRIMARY KEY (doc_id, event_id))""",
            "CREATE INDEX events_type ON events(type)",
            "CREATE INDEX events_date ON events(date_start)",
            """CREATE TABLE failures (
                id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, reason TEXT NOT NULL,
                sha256 TEXT, at TEXT NOT NULL, UNIQUE (source, reason))""",
            "CREATE VIRTUAL TABLE docs_fts USING fts5(doc_id UNINDEXED, title, body, names, tokenize='unicode61 remove_diacritics 2')",
            CLUSTERS,
            EVENT_CLUSTERS,
            "CREATE INDEX event_clusters_cluster ON event_clusters(cluster_id)",
        ],
        "postgres": [
            "CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, data BYTEA NOT NULL, size INTEGER NOT NULL)",
            """CREATE TABLE documents (
                id TEXT PRIMARY KEY, sha256 TEXT NOT NULL REFERENCES blobs(sha256), source TEXT NOT NULL,
                media_type TEXT, hints TEXT, title TEXT, published TEXT, language TEXT, outlet TEXT, url TEXT,
                text_hash TEXT, extractor TEXT NOT NULL, record TEXT NOT NULL, ingested_at TEXT NOT NULL,
                tsv TSVECTOR)""",
            "CREATE INDEX documents_published ON documents(published)",
            "CREATE INDEX documents_tsv ON documents USING GIN (tsv)",
            """CREATE TABLE events (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, event_id TEXT NOT NULL,
                type TEXT NOT NULL, negated INTEGER NOT NULL, hedged INTEGER NOT NULL,
                place_name TEXT, gazetteer_id TEXT, parent_gid TEXT, feature TEXT, admin1 TEXT, country TEXT,
                lat DOUBLE PRECISION, lon DOUBLE PRECISION, date_start TEXT, date_end TEXT, date_precision TEXT,
                fatalities DOUBLE PRECISION, sides TEXT, actors TEXT, sources TEXT, text TEXT, data TEXT NOT NULL,
                PRIMARY KEY (doc_id, event_id))""",
            "CREATE INDEX events_type ON events(type)",
            "CREATE INDEX events_date ON events(date_start)",
            """CREATE TABLE failures (
                id SERIAL PRIMARY KEY, source TEXT NOT NULL, reason TEXT NOT NULL,
                sha256 TEXT, at TEXT NOT NULL, UNIQUE (source, reason))""",
            CLUSTERS,
            EVENT_CLUSTERS,
            "CREATE INDEX event_clusters_cluster ON event_clusters(cluster_id)",
        ],
    },
    # Exports and clustering stream clusters and events in date order, page by page: without these
    # every page re-sorted the whole table.
    2: {kind: [
        "CREATE INDEX clusters_by_date ON clusters ((COALESCE(date_start, '')), cluster_id)",
        "CREATE INDEX events_by_date ON events ((COALESCE(date_start, '')), doc_id, event_id)",
    ] + extra for kind, extra in (("sqlite", FTS_BY_ROWID), ("postgres", []))},
    # search: newest first, and event filters that can be counted and looked up by index
    3: {kind: [
        "CREATE INDEX documents_newest ON documents (published, id)",
        "CREATE INDEX events_place ON events ((LOWER(place_name)), type, sides, doc_id)",
        "CREATE INDEX events_admin1 ON events ((LOWER(admin1)), type, sides, doc_id)",
        "CREATE INDEX events_gazetteer ON events (gazetteer_id, type, sides, doc_id)",
        "DROP INDEX events_type",
        "CREATE INDEX events_type_side ON events (type, sides, doc_id)",
        "CREATE INDEX events_side_span ON events (sides, date_start, date_end, doc_id)",
        "CREATE INDEX events_span ON events (date_start, date_end, doc_id)",
    ] for kind in ("sqlite", "postgres")},
}

LATEST = max(MIGRATIONS)


def migrate(backend: Backend, con) -> int:
    """Bring the database to the latest schema; returns the version it is at."""
    cur = con.cursor()
    cur.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    if backend.kind == "postgres":
        con.commit()
    cur.execute("SELECT MAX(version) FROM schema_version")
    row = cur.fetchone()
    current = row[0] if row and row[0] is not None else 0
    for version in range(current + 1, LATEST + 1):
        backend.begin(con)
        try:
            for statement in MIGRATIONS[version][backend.kind]:
                cur.execute(statement)
            cur.execute(backend.sql("INSERT INTO schema_version (version) VALUES (?)"), (version,))
            backend.commit(con)
        except Exception:
            backend.rollback(con)
            raise
    return LATEST
