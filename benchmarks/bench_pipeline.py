"""Throughput and peak memory of the full extraction pipeline beside the bare spaCy model.

    python benchmarks/bench_pipeline.py [--docs 1000] [--rounds 2]

Both runs read the same generated reports (benchmarks/corpus.py) on one core, each in its own
process so that peak memory is its own; they alternate `--rounds` times and the best of each
counts. `bare` is `spacy.load(model).pipe(texts)`; `full` is raw bytes → document layer →
spaCy + tawthiq components → record → JSON. Target: full keeps >= 75% of bare throughput, with
peak RSS under 1 GB."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import as_text, corpus  # noqa: E402

WARM_UP = 24


def peak_mb() -> float:
    """Peak resident memory of this process (VmHWM: unlike ru_maxrss, not inherited across exec)."""
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:")) / 1024


def run_bare(texts: list[str]) -> dict:
    import spacy

    from tawthiq import config

    nlp = spacy.load(config.spacy_model())
    for _ in nlp.pipe(texts[:WARM_UP], batch_size=16):
        pass
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
    return {"seconds": time.perf_counter() - start, "tokens": tokens}


def run_full(texts: list[str]) -> dict:
    from tawthiq.document import build_document
    from tawthiq.ingest import RawDocument
    from tawthiq.nlp import annotate

    def records(batch: list[str]):
        docs = (build_document(RawDocument(f"bench/{i}.txt", t.encode(), "text/plain")) for i, t in enumerate(batch))
        return annotate(docs, batch_size=16)

    for _ in records(texts[:WARM_UP]):
        pass
    start = time.perf_counter()
    counts = {"events": 0, "places": 0, "actors": 0, "quotes": 0, "bytes": 0}
    for record in records(texts):
        counts["events"] += len(record.events)
        counts["places"] += len(record.places)
        counts["actors"] += len(record.actors)
        counts["quotes"] += len(record.quotes)
        counts["bytes"] += len(record.model_dump_json())
    return {"seconds": time.perf_counter() - start, **counts}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=2, help="bare and full runs alternate this many times")
    ap.add_argument("--part", choices=["bare", "full"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    texts = [as_text(doc) for doc in corpus(args.docs)]
    if args.part:
        result = (run_bare if args.part == "bare" else run_full)(texts)
        print(json.dumps({**result, "peak_mb": peak_mb()}))
        return
    runs: dict[str, list[dict]] = {"bare": [], "full": []}
    for _ in range(args.rounds):  # alternated, best of each: a shared VM's slow minutes hit both alike
        for part in ("bare", "full"):
            out = subprocess.run([sys.executable, __file__, "--docs", str(args.docs), "--part", part],
                                 check=True, capture_output=True, text=True).stdout
            runs[part].append(json.loads(out.strip().splitlines()[-1]))
    bare, full = (min(runs[part], key=lambda r: r["seconds"]) for part in ("bare", "full"))
    bare_rate, full_rate = args.docs / bare["seconds"], args.docs / full["seconds"]
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"corpus: {args.docs} generated reports, {words:.0f} words on average, one core, best of {args.rounds} alternated runs")
    print(f"bare spaCy ({bare['tokens']:,} tokens):   {bare_rate:7.1f} docs/s   peak {bare['peak_mb']:6.0f} MB")
    print(f"full pipeline → records:  {full_rate:7.1f} docs/s   peak {full['peak_mb']:6.0f} MB")
    print(f"  found {full['events']:,} events, {full['places']:,} places, {full['actors']:,} actors, "
          f"{full['quotes']:,} quotes; {full['bytes'] / 1e6:.1f} MB of JSON")
    ratio = full_rate / bare_rate
    print(f"full / bare throughput: {ratio:.0%} (target >= 75%); peak under 1 GB: {full['peak_mb'] < 1024}")


if __name__ == "__main__":
    main()
