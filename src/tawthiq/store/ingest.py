"""Batch ingest: inputs in, records and originals into the store, in parallel over the cores.

Documents already stored by this extractor are skipped (same bytes, same record), so a rerun
after an interruption resumes. Each batch is written in one transaction; a document that fails
is recorded with its reason and the batch goes on."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..ingest import Failure, RawDocument, read_inputs
from .store import Prepared, Store, prepare

EXTRACTOR = f"tawthiq {__version__}"
BATCH = 16


@dataclass
class IngestReport:
    documents: int = 0
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)


def expand(inputs: Iterable[str]) -> Iterator[str]:
    """Inputs with folders walked recursively (sorted, hidden files left out)."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield str(Path(root) / name)
        else:
            yield item


def _process(batch: list[tuple[RawDocument | Failure, str | None]]) -> list[tuple[RawDocument | None, Prepared | Failure]]:
    """Worker: documents and records for one batch (runs in a worker process)."""
    from ..api import to_document
    from ..nlp import annotate
    from ..record import Document

    prepared: list[tuple[RawDocument | None, object]] = []
    for raw, published in batch:
        if isinstance(raw, Failure):
            prepared.append((None, raw))
            continue
        try:
            prepared.append((raw, to_document(raw, published=published)))
        except Exception as exc:  # a bug on one document must not end the batch
            prepared.append((raw, Failure(raw.source, f"extraction error: {type(exc).__name__}: {exc}")))
    docs = [d for _, d in prepared if isinstance(d, Document)]
    try:
        records = iter(list(annotate(docs)))
    except Exception as exc:
        records = None
        error = f"extraction error: {type(exc).__name__}: {exc}"
    out: list[tuple[RawDocument | None, Prepared | Failure]] = []
    for raw, item in prepared:
        if isinstance(item, Failure):
            out.append((raw, item))
        elif records is None:
            out.append((raw, Failure(raw.source, error)))
        else:
            record = next(records)
            try:
                out.append((raw, prepare(raw, record)))
            except Exception as exc:  # a record the store cannot take is that document's failure
                out.append((raw, Failure(raw.source, f"storage error: {type(exc).__name__}: {exc}")))
    return out


def _preload() -> None:
    """Load the spaCy pipeline before forking: the workers share it (copy-on-write) instead of
    each loading its own, and start work at once. (The gazetteer is opened in each worker: an
    SQLite connection must not cross a fork.) The built gazetteer file is made sure of here."""
    from ..geo.gazetteer import ensure_built
    from ..nlp import pipeline

    pipeline.load()
    ensure_built()


def _batches(raws: Iterable[RawDocument | Failure], skip: set[str], published: str | None, report: IngestReport) -> Iterator[list]:
    batch: list = []
    seen: set[str] = set()
    for raw in raws:
        if isinstance(raw, RawDocument):
            if raw.id in skip or raw.id in seen:
                report.skipped += 1
                continue
            seen.add(raw.id)
            if published:  # kept with the original, so a re-extraction sees the same date
                raw = RawDocument(raw.source, raw.data, raw.media_type, {**raw.hints, "published": published})
        batch.append((raw, None))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    store: Store,
    inputs: Iterable[str],
    *,
    workers: int | None = None,
    fetch: bool = False,
    published: str | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest `inputs` into `store`; returns what was written, skipped and failed."""
    report = IngestReport()
    skip = store.known_ids(EXTRACTOR)
    raws = read_inputs(expand(inputs), fetch=fetch)
    batches = _batches(raws, skip, published, report)
    workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
    if workers == 1:
        results: Iterable = map(_process, batches)
        pool = None
    else:
        _preload()
        pool = mp.get_context("fork").Pool(workers)
        results = pool.imap(_process, batches)
    try:
        for items in results:
            written, _ = store.write_batch(items)
            report.documents += written
            report.failures.extend(r for _, r in items if isinstance(r, Failure))
            if on_progress:
                on_progress(len(items))
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    return report


def reextract(store: Store, *, on_progress: Callable[[int], None] | None = None) -> IngestReport:
    """Rebuild every record from its kept original with the current extractor."""
    report = IngestReport()
    batch: list = []
    for doc_id in store.document_ids():
        raw = store.raw(doc_id)
        if raw is None:
            continue
        batch.append((raw, None))
        if len(batch) >= BATCH:
            _write(store, batch, report, on_progress)
            batch = []
    if batch:
        _write(store, batch, report, on_progress)
    return report


def _write(store: Store, batch: list, report: IngestReport, on_progress) -> None:
    items = _process(batch)
    written, _ = store.write_batch(items)
    report.documents += written
    report.failures.extend(r for _, r in items if isinstance(r, Failure))
    if on_progress:
        on_progress(len(items))
