"""A bit set over the gazetteer's name keys: answers "no such name" without a SQLite query.

Nine in ten names that the place finder looks up are no place ("Reuters", "Tuesday", "Mr
Smith"), and each such lookup was a query of about 15-40 µs that found nothing. The set holds one
bit per CRC-32 of every key in the index (2**24 bits, 2 MiB), so a key whose bit is clear has no
row: its lookup answers the empty tuple, exactly what the query would. A set bit (a real name, or
about one key in thirty by collision) still goes to the query, so no answer changes.

The bits are written once per index, beside it (``<index>.keys``), from one scan of the name
table (about half a second), then only read (a millisecond). When the cache folder cannot be
written, the bits stay in memory for the process.
"""

from __future__ import annotations

import os
import sqlite3
import zlib
from pathlib import Path

BITS = 1 << 24
MASK = BITS - 1
SUFFIX = ".keys"


def key_bit(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) & MASK


def _scan(db: sqlite3.Connection) -> bytes:
    bits = bytearray(BITS >> 3)
    for (key,) in db.execute("SELECT DISTINCT key FROM name"):
        h = key_bit(key)
        bits[h >> 3] |= 1 << (h & 7)
    return bytes(bits)


def load_bits(index: Path, db: sqlite3.Connection) -> bytes:
    """The key bits of this index: read from beside it, or scanned and written there."""
    path = index.with_name(index.name + SUFFIX)
    try:
        # bits older than the index were written for an earlier index of the same name
        if path.stat().st_mtime >= index.stat().st_mtime:
            data = path.read_bytes()
            if len(data) == BITS >> 3:
                return data
    except OSError:
        pass
    data = _scan(db)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
    return data


def may_have(bits: bytes, key: str) -> bool:
    """False only when no name in the index has this key."""
    h = key_bit(key)
    return bool(bits[h >> 3] >> (h & 7) & 1)
