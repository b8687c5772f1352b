"""`tawthiq demo`: the main job on bundled examples — ingest reports in every input format into a
fresh store, link the reports of each event, export the results, and say what came out."""

from __future__ import annotations

import io
from collections import Counter
from importlib import resources
from pathlib import Path

EXAMPLE_FILES = ("idlib_market_opposition.txt", "idlib_market_state.html", "hodeidah_shelling.txt", "sudan_feed.rss",
                 "kharkiv_feed.atom", "myanmar.jsonl")
WARC_PAGES = {"https://libyaledger.example/2022/08/28/tripoli-clashes": "tripoli_clashes.html"}


def example_paths() -> list[Path]:
    folder = resources.files("tawthiq.examples")
    return [Path(str(folder.joinpath(name))) for name in EXAMPLE_FILES]


def write_warc(path: Path) -> Path:
    """A WARC of the example pages, as a web archive crawl would hold them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder = resources.files("tawthiq.examples")
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, name in WARC_PAGES.items():
            body = folder.joinpath(name).read_bytes()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    return path


def run_demo(folder: Path, *, workers: int | None = None) -> dict:
    from rich.console import Console
    from rich.table import Table

    from ..export import export
    from .cli import run_ingest
    from .store import Store

    console = Console()
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "tawthiq.db"
    for stale in folder.glob("tawthiq.db*"):
        stale.unlink()
    inputs = [str(p) for p in example_paths()] + [str(write_warc(folder / "examples.warc.gz"))]
    store = Store(str(db))
    report = run_ingest(store, inputs, workers=workers, fetch=False, published=None)
    statuses = store.recluster()
    exports = folder / "exports"
    exports.mkdir(exist_ok=True)
    written = {}
    for fmt, name in (("jsonl", "records.jsonl"), ("acled", "events-acled.csv"), ("ucdp", "events-ucdp.csv"), ("geojson", "events.geojson"), ("html", "report.html")):
        with open(exports / name, "w", encoding="utf-8", newline="") as fh:
            written[name] = export(store, fmt, fh)
    types = Counter(row["type"] for row in store.event_rows())
    console.rule("[bold]tawthiq demo")
    console.print(f"documents stored: [bold]{store.count('documents')}[/bold] from {len(inputs)} inputs "
                  f"(text, HTML, WARC, RSS, Atom, JSON Lines); failures: {len(report.failures)}")
    table = Table("event type", "reports", title="Events by type")
    for name, n in types.most_common():
        table.add_row(name, str(n))
    console.print(table)
    console.print("event clusters: " + ", ".join(f"{k} [bold]{v}[/bold]" for k, v in sorted(statuses.items())))
    for c in store.clusters(status="disputed"):
        claims = "; ".join(f"{cl.get('outlet') or (cl.get('sources') or '').split('|')[0] or cl['document'][7:15]}: {int(cl['fatalities']) if cl.get('fatalities') is not None else '?'}" for cl in c["claims"])
        console.print(f"  disputed: {c['type']} in {c['place']} on {c['date_start']}: {claims} → ACLED fatalities {c['acled_fatalities']}, UCDP low/best/high {c['ucdp_low']}/{c['ucdp_best']}/{c['ucdp_high']}")
    console.print(f"store: {db}")
    for name, n in written.items():
        console.print(f"export: {exports / name} ({n} items)")
    summary = {"documents": store.count("documents"), "failures": len(report.failures), "types": dict(types), "clusters": statuses}
    store.close()
    return summary
