"""The key bits that answer "no such name" without a query: never wrong, written once, reused."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sitrep.resources.gazetteer import get_gazetteer
from sitrep.resources.gazetteer_keys import BITS, load_bits, may_have

# made-up text that the place finder meets: names of places, and words and names that are none
WORDS = ["Karachi", "Port-au-Prince", "St. Louis", "Ft. Worth", "São Tomé", "Al Hasakah",
         "Reuters", "Tuesday", "Mr Obuya", "the Interior Ministry", "Xqzvtown", "Gandja",
         "Colorado Spgs.", "The Hague", "Dearborn Hts", "Lake Chad", "Oblast of Nowhere",
         "Kharkiv", "Kharkov", "Mogadishu", "Springfield", "Ministry of Health", "Sunday",
         "Idlib", "Zzyzx Road", "New Delhi", "north Kivu", "Boko Haram", "UNICEF", "Qamishli"]


def _index_keys(path: Path) -> list[str]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [key for (key,) in db.execute("SELECT DISTINCT key FROM name")]
    finally:
        db.close()


def _query(path: Path, name: str) -> list[tuple[int, bool]]:
    from sitrep.resources.gazetteer_build import fold

    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT p.id, n.main FROM name n JOIN place p ON p.id = n.place "
                          "WHERE n.key = ? ORDER BY p.population DESC", (fold(name),)).fetchall()
    finally:
        db.close()
    return [(pid, bool(main)) for pid, main in rows]


def test_every_key_of_the_index_has_its_bit():
    gaz = get_gazetteer()
    db = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    bits = load_bits(gaz.path, db)
    db.close()
    keys = _index_keys(gaz.path)
    assert len(keys) > 100_000
    assert all(may_have(bits, key) for key in keys)


def test_most_words_that_are_no_name_skip_the_query():
    gaz = get_gazetteer()
    db = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    bits = load_bits(gaz.path, db)
    db.close()
    made_up = [f"zq{i}x kolvarin" for i in range(2000)]
    assert sum(may_have(bits, key) for key in made_up) < 200


def test_lookups_answer_what_the_query_finds():
    gaz = get_gazetteer()
    for word in WORDS:
        assert [(c.id, c.main) for c in gaz.lookup(word)] == _query(gaz.path, word), word
        assert gaz.has_name(word) == bool(_query(gaz.path, word)), word


def _tiny_index(path: Path, keys: list[str]) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE name (key TEXT, place INTEGER, main INTEGER, "
               "PRIMARY KEY (key, place)) WITHOUT ROWID")
    db.executemany("INSERT INTO name VALUES (?, ?, 1)", [(k, i) for i, k in enumerate(keys)])
    db.commit()
    return db


def test_bits_are_written_beside_the_index_and_read_back(tmp_path: Path):
    index = tmp_path / "gazetteer-test.sqlite"
    db = _tiny_index(index, ["kalemie", "uvira"])
    bits = load_bits(index, db)
    written = tmp_path / "gazetteer-test.sqlite.keys"
    assert written.read_bytes() == bits and len(bits) == BITS >> 3
    assert may_have(bits, "uvira") and not may_have(bits, "bunia")
    db.execute("INSERT INTO name VALUES ('bunia', 9, 1)")  # not seen: the file is read back
    assert not may_have(load_bits(index, db), "bunia")


def test_bits_older_than_the_index_are_scanned_anew(tmp_path: Path):
    index = tmp_path / "gazetteer-test.sqlite"
    db = _tiny_index(index, ["kalemie"])
    load_bits(index, db)
    old = (tmp_path / "gazetteer-test.sqlite.keys").stat().st_mtime
    os.utime(tmp_path / "gazetteer-test.sqlite.keys", (old - 100, old - 100))
    db.execute("INSERT INTO name VALUES ('bunia', 9, 1)")
    db.commit()
    assert may_have(load_bits(index, db), "bunia")


def test_an_unwritable_folder_keeps_the_bits_in_memory(tmp_path: Path):
    index = tmp_path / "gazetteer-test.sqlite"
    db = _tiny_index(index, ["goma"])
    (tmp_path / "gazetteer-test.sqlite.keys").mkdir()  # cannot be read nor replaced by a file
    bits = load_bits(index, db)
    assert may_have(bits, "goma") and not may_have(bits, "beni")
    assert not list(tmp_path.glob("*.tmp"))
