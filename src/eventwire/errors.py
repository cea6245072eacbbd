"""One exception hierarchy. Messages say what was wrong, with which input, and what to do."""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""


class IngestError(EventwireError):
    """An input item could not be read. `origin` names the file (and line) it came from."""

    def __init__(self, origin: str, problem: str, remedy: str = "") -> None:
        self.origin = origin
        self.problem = problem
        self.remedy = remedy
        message = f"{origin}: {problem}"
        if remedy:
            message += f" ({remedy})"
        super().__init__(message)


class StoreError(EventwireError):
    """The database could not be opened, migrated or written."""


class ConfigError(EventwireError):
    """An option, path or installed resource is missing or wrong."""


class EvaluationError(EventwireError):
    """A gold file could not be read or scored."""


class ReviewError(EventwireError):
    """A review could not be recorded: unknown action, bad correction, or unknown event."""


class UnknownEventError(ReviewError):
    """The review names an event that is not in the database."""
