"""Errors that name the input and the problem in one line, for users, not stack traces."""

from __future__ import annotations


class InputError(Exception):
    """An input that cannot become a document: `source` is what the user gave, `reason` why."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
