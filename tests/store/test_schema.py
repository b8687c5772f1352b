"""Schema migrations: a database made by an older tawthiq opens with its data intact."""

from tawthiq.store import Filters
from tawthiq.store.backend import Backend
from tawthiq.store.schema import LATEST, MIGRATIONS, migrate
from tawthiq.store.store import Store


def _database_at(db_url: str, version: int):
    backend = Backend.parse(db_url)
    con = backend.connect()
    cur = con.cursor()
    cur.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for v in range(1, version + 1):
        for statement in MIGRATIONS[v][backend.kind]:
            cur.execute(statement)
        cur.execute(backend.sql("INSERT INTO schema_version (version) VALUES (?)"), (v,))
    return backend, con, cur


def test_version_one_database_migrates_and_stays_searchable(db_url):
    backend, con, cur = _database_at(db_url, 1)
    cur.execute(backend.sql("INSERT INTO blobs (sha256, data, size) VALUES (?, ?, ?)"), ("ab", backend.blob(b"x"), 1))
    cur.execute(backend.sql("""INSERT INTO documents (id, sha256, source, title, published, extractor, record, ingested_at)
                               VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""),
                ("sha256:ab", "ab", "old.txt", "Old report", "2015-05-02", "tawthiq 0", "{}", "2015-05-03T00:00:00"))
    if backend.kind == "sqlite":
        cur.execute("INSERT INTO docs_fts (doc_id, title, body, names) VALUES (?, ?, ?, ?)",
                    ("sha256:ab", "old report", "checkpoint near the river", ""))
    else:
        cur.execute("UPDATE documents SET tsv = to_tsvector('simple', 'old report checkpoint near the river')")
    con.commit()
    con.close()

    store = Store(db_url)
    assert [r[0] for r in store._read("SELECT version FROM schema_version ORDER BY version")] == list(range(1, LATEST + 1))
    assert [r["id"] for r in store.search(Filters(query="checkpoint"))] == ["sha256:ab"]
    assert migrate(store.backend, store.con) == LATEST  # a second open changes nothing
    store.close()
