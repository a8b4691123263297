"""Domain errors. Each names the problem and the fix; the CLI prints them as one line, no traceback."""

from __future__ import annotations


class SitrepError(Exception):
    """An error the user can fix. ``hint`` says how."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(SitrepError):
    """An input file or record cannot be read."""


class ConfigError(SitrepError):
    """A setting, option or resource is wrong or missing."""


class DatabaseError(SitrepError):
    """The database cannot be opened or is not a sitrep database."""


class FilterError(InputError):
    """A query filter is invalid (unknown type, bad date, empty range, limit below 1...)."""
