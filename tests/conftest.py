"""Shared fixtures: the pipeline is built once per test session (model loads are slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def nlp():
    from tawthiq.nlp import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def record_of():
    """Record of a text written inline in a test: record_of(text, published="2016-12-14")."""
    from tawthiq.api import extract_text

    def run(text: str, published: str | None = None):
        return extract_text(text, published=published)

    return run


@pytest.fixture()
def isolated_home(tmp_path, monkeypatch):
    """Keep stores and caches a test makes out of the user's home."""
    monkeypatch.setenv("TAWTHIQ_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TAWTHIQ_DB", str(tmp_path / "home" / "tawthiq.db"))
    return tmp_path
