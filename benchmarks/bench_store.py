"""The evidence store at scale: ingest throughput, streaming export, search latency.

    python benchmarks/bench_store.py [--docs 2000] [--search-docs 100000] [--export-events 100000]

1. Ingest: `--docs` generated reports (benchmarks/corpus.py) written as files, ingested with the
   full pipeline over 2 worker processes into a fresh SQLite store, beside bare spaCy
   `nlp.pipe(n_process=2)` on the same texts in the same run. Target: >= 75% of bare spaCy.
2. Export: the store is grown with re-dated copies of the ingested records (each copy a distinct
   document, its dates shifted so that copies fall into separate events) until it holds
   `--export-events` events; they are clustered and exported as ACLED CSV and JSON Lines in a
   fresh process that prints its peak RSS, at a tenth of the size and at full size, to show
   memory stays flat. Target: >= 20,000 events/s.
3. Search: grown on to `--search-docs` documents; full-text, Arabic, filtered and date-range
   queries are timed (median of repeated runs). Target: < 100 ms.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import as_text, corpus  # noqa: E402

ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")

EXPORT_SCRIPT = """
import sys, time
from tawthiq.store.store import Store
from tawthiq.export import export
store = Store(sys.argv[1])
start = time.perf_counter()
with open(sys.argv[3], "w", encoding="utf-8", newline="") as out:
    n = export(store, sys.argv[2], out)
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(n, time.perf_counter() - start, peak / 1024)
"""


def shifted(value, days: int):
    """A record's dict with every ISO date moved by `days` (offsets and other numbers untouched)."""
    if isinstance(value, dict):
        return {k: shifted(v, days) for k, v in value.items()}
    if isinstance(value, list):
        return [shifted(v, days) for v in value]
    if isinstance(value, str):
        m = ISO_DAY.match(value)
        if m:
            try:
                day = date.fromisoformat(m.group(1)) + timedelta(days=days)
            except ValueError:
                return value
            return day.isoformat() + value[10:]
    return value


def grow(store, seeds: list, target_docs: int | None, target_events: int | None, copy_no: list[int]) -> None:
    """Add re-dated copies of `seeds` (raw, record dict) until the store holds the targets."""
    from tawthiq.ingest import RawDocument
    from tawthiq.record import Record

    docs, events = store.count("documents"), store.count("events")
    while (target_docs and docs < target_docs) or (target_events and events < target_events):
        copy_no[0] += 1
        n = copy_no[0]
        batch = []
        for raw, data in seeds:
            if target_docs and docs + len(batch) >= target_docs:
                break
            new_raw = RawDocument(f"{raw.source}#copy{n}", raw.data + f"\n(copy {n})".encode(), raw.media_type)
            record = shifted(data, 45 * n)
            record["document"]["id"] = "sha256:" + new_raw.sha256
            record["document"]["source"] = new_raw.source
            batch.append((new_raw, Record.from_dict(record)))
        for i in range(0, len(batch), 500):
            store.write_batch(batch[i:i + 500])
        docs += len(batch)
        events = store.count("events")


def timed_export(db: str, fmt: str, out: Path) -> tuple[int, float, float]:
    result = subprocess.run([sys.executable, "-c", EXPORT_SCRIPT, db, fmt, str(out)], check=True, capture_output=True, text=True)
    n, seconds, peak = result.stdout.split()
    return int(n), float(seconds), float(peak)


def time_search(store) -> None:
    from tawthiq.store.store import Filters

    store.con.execute("ANALYZE")
    queries = {
        "text, common word": Filters(query="bribes"),
        "text, two words": Filters(query="shelling Aleppo"),
        "text, absent word": Filters(query="zeppelin"),
        "Arabic text": Filters(query="حلب"),
        "event type": Filters(type="attack"),
        "place": Filters(place="Kharkiv"),
        "side": Filters(side="government"),
        "text + side": Filters(query="killed", side="government"),
        "type + side + place": Filters(type="attack", side="opposition", place="Kharkiv"),
        "one month": Filters(since="2016-01-01", until="2016-01-31"),
        "open-ended since": Filters(since="2020-01-01"),
        "text + side + year": Filters(query="killed", side="government", since="2016-01-01", until="2016-12-31"),
    }
    print(f"search over {store.count('documents'):,} documents ({store.count('events'):,} events), 20 results each:")
    for label, filters in queries.items():
        times = []
        for _ in range(7):
            start = time.perf_counter()
            hits = store.search(filters, limit=20)
            times.append(time.perf_counter() - start)
        print(f"  {label:24s} median {statistics.median(times) * 1000:6.1f} ms  ({len(hits)} hits shown)")


def bare_spacy(texts: list[str]) -> float:
    import spacy

    from tawthiq import config

    nlp = spacy.load(config.spacy_model())
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=2):
        pass
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--search-docs", type=int, default=100_000)
    ap.add_argument("--export-events", type=int, default=100_000)
    ap.add_argument("--workdir", type=Path, help="keep the store and files here (default: a temporary folder)")
    ap.add_argument("--search-only", action="store_true", help="only time search, on the store a previous run left in --workdir")
    args = ap.parse_args()
    if args.search_only:
        from tawthiq.store.store import Store

        if not args.workdir or not (args.workdir / "bench.db").exists():
            sys.exit("bench_store.py: --search-only needs --workdir holding a previous run's bench.db")
        store = Store(str(args.workdir / "bench.db"))
        time_search(store)
        store.close()
        return
    from tawthiq.geo.gazetteer import ensure_built
    from tawthiq.store.ingest import ingest
    from tawthiq.store.store import Store

    ensure_built()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="tawthiq-bench-"))
    folder = work / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    texts = [as_text(doc) for doc in corpus(args.docs, seed=23)]
    for i, text in enumerate(texts):
        (folder / f"report-{i:05d}.txt").write_text(text, encoding="utf-8")
    db = str(work / "bench.db")
    for stale in work.glob("bench.db*"):
        stale.unlink()

    # 1. ingest
    bare = bare_spacy(texts)
    store = Store(db)
    start = time.perf_counter()
    report = ingest(store, [str(folder)], workers=2)
    full = time.perf_counter() - start
    bare_rate, full_rate = args.docs / bare, report.documents / full
    print(f"ingest: {report.documents:,} documents, {store.count('events'):,} events, {len(report.failures)} failures")
    print(f"  bare spaCy nlp.pipe(n_process=2): {bare_rate:6.1f} docs/s")
    print(f"  tawthiq ingest --workers 2:       {full_rate:6.1f} docs/s  ({full_rate / bare_rate:.0%} of bare spaCy; target >= 75%)")

    # 2. export, at a tenth and at full size
    seeds = [(store.raw(r.document.id), r.to_dict()) for r in store.records()]
    copy_no = [0]
    for target in (args.export_events // 10, args.export_events):
        grow(store, seeds, None, target, copy_no)
        start = time.perf_counter()
        statuses = store.recluster()
        cluster_s = time.perf_counter() - start
        events = store.count("events")
        print(f"store with {store.count('documents'):,} documents, {events:,} events: clustered in {cluster_s:.1f} s "
              f"({sum(statuses.values()):,} clusters)")
        for fmt, name in (("acled", "events.csv"), ("jsonl", "records.jsonl"), ("geojson", "events.geojson")):
            n, seconds, peak = timed_export(db, fmt, work / name)
            unit = "records" if fmt == "jsonl" else "events"
            print(f"  export {fmt:8s} {n:8,} {unit}: {n / seconds:9,.0f} {unit}/s, peak RSS {peak:5.0f} MB")

    # 3. search
    grow(store, seeds, args.search_docs, None, copy_no)
    time_search(store)
    store.close()
    print(json.dumps({"workdir": str(work)}))


if __name__ == "__main__":
    main()
