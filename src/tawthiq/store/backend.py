"""The two databases behind the store — an embedded SQLite file and PostgreSQL — and the few
places where they differ: connecting, parameter style, binary columns and full-text search."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Backend:
    kind: str  # "sqlite" | "postgres"
    target: str  # a path or a postgresql:// URL

    @classmethod
    def parse(cls, db: str) -> Backend:
        if db.startswith(("postgresql://", "postgres://")):
            return cls("postgres", db)
        return cls("sqlite", db)

    def connect(self):
        if self.kind == "postgres":
            import psycopg

            return psycopg.connect(self.target, autocommit=False)
        path = Path(self.target).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(str(path), timeout=60, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        con.execute("PRAGMA foreign_keys=ON")
        return con

    def sql(self, query: str) -> str:
        """Queries are written with '?' placeholders; PostgreSQL wants '%s'."""
        return query.replace("?", "%s") if self.kind == "postgres" else query

    def blob(self, data: bytes) -> Any:
        return data

    def begin(self, con) -> None:
        if self.kind == "sqlite":
            con.execute("BEGIN IMMEDIATE")

    def commit(self, con) -> None:
        con.commit() if self.kind == "postgres" else con.execute("COMMIT")

    def rollback(self, con) -> None:
        if self.kind == "postgres":
            con.rollback()
        else:
            try:
                con.execute("ROLLBACK")
            except sqlite3.OperationalError:
                pass
