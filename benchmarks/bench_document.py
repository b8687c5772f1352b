"""Throughput of the document layer (ingest + document, no spaCy) on a generated corpus,
and the CLI's start-up time.

    python benchmarks/bench_document.py [--pages 400]

Prints HTML pages/s and plain-text records/s on one core, and `tawthiq --help` wall time."""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

WORDS = (
    "forces shelled the district on monday residents said that the road to the city was closed after "
    "fighting between government troops and rebel groups killed civilians including children and "
    "aid agencies warned of shortages of food water and medicine in the besieged neighbourhoods"
).split()
PLACES = ["Aleppo", "Sanaa", "El Fasher", "Kharkiv", "Mopti", "Sagaing", "Mekelle", "Tripoli", "Mosul", "Khan Younis"]


def paragraph(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(35, 70))]
    words[0] = words[0].capitalize()
    words.insert(rng.randint(1, len(words) - 1), rng.choice(PLACES))
    return " ".join(words) + "."


def article(rng: random.Random, n: int) -> tuple[str, list[str]]:
    title = f"Report {n}: fighting near {rng.choice(PLACES)}"
    paras = [paragraph(rng) for _ in range(rng.randint(6, 12))]
    return title, paras


def html_page(rng: random.Random, n: int) -> bytes:
    title, paras = article(rng, n)
    nav = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(12))
    related = "".join(f'<li><a href="/r/{i}">Related story {i}</a></li>' for i in range(6))
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:site_name" content="Example Monitor"><meta property="article:published_time" content="2021-0{1 + n % 9}-1{n % 9}">'
        f'<meta name="author" content="Reporter {n}"></head><body><header><nav><ul>{nav}</ul></nav></header>'
        f'<main><article><h1>{title}</h1><div class="byline">By Reporter {n}</div>{body}</article>'
        f'<aside><h3>Related Articles</h3><ul>{related}</ul></aside></main>'
        f"<footer><p>&copy; 2021 Example Monitor. All rights reserved.</p></footer></body></html>"
    ).encode()


def text_doc(rng: random.Random, n: int) -> bytes:
    title, paras = article(rng, n)
    return (f"{title}\n\nMay {1 + n % 28}, 2016\n\nBy Reporter {n}\n\nBEIRUT: " + "\n\n".join(paras) + "\n\nRelated Articles\nLeave a Reply\n").encode()


def rate(build, items) -> float:
    from tawthiq.ingest import RawDocument

    start = time.perf_counter()
    for i, (data, media) in enumerate(items):
        build(RawDocument(f"doc{i}", data, media))
    return len(items) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=400)
    args = ap.parse_args()
    from tawthiq.document import build_document

    rng = random.Random(7)
    pages = [(html_page(rng, n), "text/html") for n in range(args.pages)]
    texts = [(text_doc(rng, n), "text/plain") for n in range(args.pages)]
    rate(build_document, pages[:20] + texts[:20])  # warm-up: imports, language models
    html_rate = rate(build_document, pages)
    text_rate = rate(build_document, texts)
    avg_kb = sum(len(p) for p, _ in pages) / len(pages) / 1024
    exe = Path(sys.executable).with_name("tawthiq")
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([str(exe), "--help"], capture_output=True, check=True)
        runs.append(time.perf_counter() - start)
    print(f"HTML extraction:        {html_rate:8.1f} pages/s on one core ({len(pages)} generated pages, {avg_kb:.1f} KB each)")
    print(f"plain-text extraction:  {text_rate:8.1f} records/s on one core ({len(texts)} generated texts)")
    print(f"CLI start-up (--help):  {min(runs) * 1000:8.0f} ms (best of 5)")


if __name__ == "__main__":
    main()
