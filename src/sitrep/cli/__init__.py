"""Thin command-line interface over the library.

Commands live in the modules of this package; each module attaches its commands to ``main`` or
``eval_group`` at import (``register`` below imports them all). A ``SitrepError`` becomes a one-line
error with its fix and exit code 2, never a traceback.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from typing import Any

import click

from sitrep.cli.common import terminal_safe
from sitrep.errors import SitrepError


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SitrepError as exc:
            message = f"Error: {exc.message}"
            if exc.hint:
                message += f" -> {exc.hint}"
            click.echo(terminal_safe(message), err=True)
            sys.exit(2)
        except BrokenPipeError:  # "sitrep events | head": the reader has all it wanted
            _silence_stdout()
            sys.exit(141)
        except OSError as exc:  # the net under every command: one line, never a traceback
            click.echo(f"Error: {os_error_line(exc)}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            click.echo("Interrupted: finished articles are saved; run the command again to resume.",
                       err=True)
            sys.exit(130)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that flushing it at exit raises nothing more."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def os_error_line(exc: OSError) -> str:
    """What failed, on which path, the system's reason and a hint, on one line."""
    where = f" on {str(exc.filename)[:120]}" if exc.filename else ""
    reason = exc.strerror or str(exc) or type(exc).__name__
    hints = {"ENAMETOOLONG": "use a shorter path (at most 255 bytes per name)",
             "EACCES": "check the permissions of the path", "EPERM": "check the permissions",
             "EROFS": "the file system is read-only: use another folder",
             "ENOSPC": "free some disk space", "ENOENT": "check the path",
             "EISDIR": "pass a file, not a folder", "ENOTDIR": "a part of the path is a file"}
    import errno as errno_names

    hint = hints.get(errno_names.errorcode.get(exc.errno or 0, ""), "check the path")
    return f"{type(exc).__name__}{where}: {reason} -> {hint}"


@click.group(cls=_Group)
@click.version_option(package_name="sitrep")
@click.option("--db", "db_path", envvar="SITREP_DB", default="sitrep.db", show_default=True,
              help="SQLite database file, or a PostgreSQL URL postgresql://user:password@host:port/dbname (or set SITREP_DB).")
@click.pass_context
def main_group(ctx: click.Context, db_path: str) -> None:
    """sitrep: a sourced event database from conflict and political news."""
    ctx.obj = {"db": db_path}


@main_group.group("eval", cls=_Group)
def eval_group() -> None:
    """Score sitrep on evaluation data sets (read from outside the package)."""


def register() -> None:
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")


def main(argv: list[str] | None = None) -> None:
    register()
    main_group(args=argv, prog_name="sitrep")
