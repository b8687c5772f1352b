"""Shared fixtures: the pipeline is built once per test session (model loads are slow); store
backends are a SQLite file and a real PostgreSQL server started here on loopback (Debian's
binaries; .ci/run installs them when missing) — the store tests run on both."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
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


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@pytest.fixture(scope="session")
def postgres_server():
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins:
        pytest.fail("PostgreSQL server binaries not found (install the Debian package 'postgresql'; .ci/run does)")
    bindir = bins[-1]
    data = tempfile.mkdtemp(prefix="tawthiq-pg-")
    os.chmod(data, 0o755)
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run(_as_postgres([f"{bindir}/initdb", "-D", f"{data}/db", "-A", "trust", "-U", "postgres", "--no-sync"]),
                   check=True, capture_output=True)
    subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", f"{data}/db", "-l", f"{data}/log", "-w", "-o",
                                 f"-p {port} -h 127.0.0.1 -k {data} -c fsync=off -c synchronous_commit=off", "start"]),
                   check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", f"{data}/db", "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path):
    """A fresh, empty store location on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    import psycopg

    server = request.getfixturevalue("postgres_server")
    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    return f"{server}/{name}"


@pytest.fixture()
def store(db_url):
    from tawthiq.store import Store

    s = Store(db_url)
    yield s
    s.close()
