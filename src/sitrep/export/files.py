"""Output files that cannot hurt: ``safe_output(path, force)`` yields a text stream and puts the
file in place only when everything was written.

- ``-`` is standard output (streamed, nothing is written to disk).
- Only regular files are written: a device (``/dev/full``), a named pipe, a socket or a folder
  at ``path`` is refused with a one-line error, and left as it is.
- A symbolic link is written through: the regular file it points to is replaced (the link stays).
  A link to anything else (a device, a folder, nothing) is refused like the thing it points to.
- An existing file is refused unless ``force``.
- The data goes to a temporary file with a random name in the target's folder, is flushed to
  disk and renamed over the target in one step, so a reader sees the old file or the new one,
  never half of one; on any failure (an error, a full disk, Ctrl-C) the temporary file is
  removed and the target is untouched.

Every ``OSError`` becomes a ``ConfigError`` naming the problem and the fix.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sitrep.errors import ConfigError

STDOUT = "-"


def _kind(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def os_error(exc: OSError, path: str | Path, doing: str = "write") -> ConfigError:
    """A one-line error with a fix for an ``OSError`` met while writing ``path``."""
    what = f"cannot {doing} {path}"
    code = exc.errno
    if code in (errno.EROFS,):
        return ConfigError(f"{what}: the file system is read-only",
                           "choose --out on a writable disk")
    if code in (errno.EACCES, errno.EPERM):
        return ConfigError(f"{what}: permission denied", "choose --out in a folder you can write to")
    if code in (errno.ENOSPC, errno.EDQUOT):
        return ConfigError(f"{what}: no space left on the device",
                           "free some space or choose --out on another disk")
    if code == errno.EFBIG:
        return ConfigError(f"{what}: the file is larger than this system allows",
                           "narrow the export with filters or choose --out on another disk")
    if code == errno.ENAMETOOLONG:
        return ConfigError(f"cannot {doing} the file: its name is too long ({len(str(path))} "
                           "characters)", "choose a shorter --out name")
    if code == errno.ENOTDIR:
        return ConfigError(f"{what}: a part of the path is a file, not a folder",
                           "choose --out inside an existing folder")
    if code == errno.ENOENT:
        return ConfigError(f"{what}: folder {Path(path).parent} does not exist",
                           "create it first or choose another --out")
    if code == errno.EISDIR:
        return ConfigError(f"{what}: it is a folder", "give a file name, e.g. --out events.csv")
    if code == errno.ELOOP:
        return ConfigError(f"{what}: too many levels of symbolic links",
                           "pass the real path of the file")
    return ConfigError(f"{what}: {exc.strerror or exc}", "choose another --out")


def check_target(path: str | Path, force: bool = False) -> Path:
    """The file that writing ``path`` will replace or create (the target of a symbolic link),
    or a ``ConfigError`` saying why ``path`` cannot be written."""
    given = Path(path)
    if str(path) == "":
        raise ConfigError("--out is empty", "give a file name, e.g. --out events.csv, or - for "
                          "standard output")
    try:
        info = os.lstat(given)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise os_error(exc, path) from None
    target = given
    if info is not None and stat.S_ISLNK(info.st_mode):
        try:
            target = given.resolve(strict=True)
            info = os.stat(target)
        except FileNotFoundError:
            raise ConfigError(f"cannot write {path}: it is a symbolic link to a missing file",
                              "remove the link or pass the path it should point to") from None
        except (OSError, RuntimeError) as exc:
            if isinstance(exc, OSError):
                raise os_error(exc, path) from None
            raise ConfigError(f"cannot write {path}: its symbolic links form a loop",
                              "pass the real path of the file") from None
    if info is not None:
        kind = _kind(info.st_mode)
        if kind is not None:
            hint = ("give a file name inside it, e.g. --out " + str(given / "events.csv")
                    if kind == "a folder" else
                    "choose a regular file, or use --out - and redirect standard output")
            link = f" (a link to {target})" if target != given else ""
            raise ConfigError(f"cannot write {path}{link}: it is {kind}, not a regular file",
                              hint)
        if not force:
            raise ConfigError(f"{path} already exists", "pass --force to replace it, or choose "
                              "another --out")
    parent = target.parent
    try:
        parent_info = os.stat(parent)
    except OSError as exc:
        raise os_error(exc, path) from None
    if not stat.S_ISDIR(parent_info.st_mode):
        raise ConfigError(f"cannot write {path}: {parent} is not a folder",
                          "choose --out inside an existing folder")
    return target


def silence_stdout() -> None:
    """Point standard output at the null device, so that the data still buffered for a closed
    pipe or a full disk is not written again (with an error) when Python exits."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _mode_for(target: Path) -> int:
    """Permissions of the new file: those of the file it replaces, else 0o666 less the umask."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def safe_output(path: str | Path, force: bool = False, *,
                stdout: IO[str] | None = None) -> Iterator[IO[str]]:
    """A text stream (UTF-8, newlines untranslated) whose content becomes the file ``path``
    when the block ends without an error; ``-`` streams to standard output (or ``stdout``)."""
    if str(path) == STDOUT:
        stream = stdout if stdout is not None else sys.stdout
        try:
            yield stream
            stream.flush()
        except OSError as exc:
            if stream is sys.stdout:
                silence_stdout()
            if isinstance(exc, BrokenPipeError):
                raise
            raise os_error(exc, "standard output") from None
        return
    target = check_target(path, force)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:60]}.",
                                   suffix=".part")
    except OSError as exc:
        raise os_error(exc, path) from None
    try:
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, _mode_for(target))
            os.replace(tmp, target)
        except OSError as exc:
            raise os_error(exc, path) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename durable where the platform allows
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
