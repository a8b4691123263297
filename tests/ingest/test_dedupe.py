"""Syndicated copies of a wire story are extracted once; the copies are linked to the original."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sitrep.ingest import ReadOptions, read_paths
from sitrep.ingest.dedupe import Deduper, hash32, shingles, signature
from sitrep.run.local import ingest
from sitrep.store import open_db

WIRE = (
    "Rebel fighters attacked an army outpost near the northern town of Kidal on Wednesday, "
    "killing at least twelve soldiers and wounding nine others, the defence ministry said in a "
    "statement. The attackers arrived on motorcycles before dawn and set fire to two armoured "
    "vehicles before withdrawing towards the desert, a local official told reporters. The army "
    "said reinforcements had been sent to the area and that a search operation was under way. "
    "No group has claimed responsibility for the assault, the deadliest in the region this year. "
    "The United Nations mission condemned the attack and called for those responsible to be "
    "brought to justice, while the government declared three days of national mourning."
)

COPIES = [
    WIRE,
    "BAMAKO (Wire) - " + WIRE + " Additional reporting by our correspondent in the capital.",
    "Mali: twelve soldiers killed in northern attack\n\n"
    + WIRE.replace("on Wednesday", "on Wednesday morning").replace("told reporters", "said"),
]

OTHER = (
    "Thousands of teachers marched through the capital on Thursday to demand higher wages and "
    "better working conditions, the largest protest by education workers in a decade. Union "
    "leaders said the strike would continue until the government opened negotiations, while "
    "the education minister urged teachers to return to classrooms before the examinations. "
    "Police estimated the crowd at fifteen thousand people and reported no arrests."
)


def _write(folder: Path, texts: list[str]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i, text in enumerate(texts):
        path = folder / f"story{i}.txt"
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


def _run(db, paths: list[Path]):
    deduper = Deduper(db)
    options = ReadOptions(published=dt.date(2021, 3, 3))
    return ingest(paths, db, options, articles=deduper.mark(read_paths(paths, options)))


def test_three_syndicated_copies_give_one_extraction_and_two_linked_duplicates(
        tmp_path: Path, pipeline) -> None:
    paths = _write(tmp_path / "in", COPIES + [OTHER])
    with open_db(tmp_path / "s.db") as db:
        summary = _run(db, paths)
        assert summary.counts["extracted"] == 2 and summary.counts["duplicate"] == 2
        original = next(a for a in db.articles() if a.origin == str(paths[0]))
        assert original.status == "extracted"
        copies = db.articles(status="duplicate")
        assert sorted(a.origin for a in copies) == [str(paths[1]), str(paths[2])]
        for copy in copies:
            assert copy.reason.startswith(f"near-duplicate of {original.id}")
            assert not db.claims(article=copy.id) and not db.events(article=copy.id)
        assert db.claims(article=original.id)  # the story itself was extracted


def test_a_later_run_links_a_new_copy_to_the_stored_original(tmp_path: Path, pipeline) -> None:
    with open_db(tmp_path / "s.db") as db:
        _run(db, _write(tmp_path / "day1", [COPIES[0]]))
        later = _write(tmp_path / "day2", [COPIES[2]])
        summary = _run(db, later)
        assert summary.counts["duplicate"] == 1 and summary.counts["extracted"] == 0


def test_signatures_are_rebuilt_from_stored_texts_when_missing(tmp_path: Path, pipeline) -> None:
    with open_db(tmp_path / "s.db") as db:
        _run(db, _write(tmp_path / "day1", [COPIES[0], OTHER]))
        db.conn.execute("DELETE FROM minhashes")
        deduper = Deduper(db)
        assert len(deduper.sigs) == 2
        assert db.conn.execute("SELECT COUNT(*) FROM minhashes").fetchone()[0] == 2


def test_different_stories_on_the_same_topic_are_not_duplicates() -> None:
    a = signature(WIRE)
    b = signature(WIRE.replace("twelve soldiers", "three policemen").split(". The army")[0]
                  + ". " + OTHER)
    assert a.jaccard(b) < 0.5
    assert signature(COPIES[1]).jaccard(a) >= 0.8 and signature(COPIES[2]).jaccard(a) >= 0.7


def test_ingest_command_links_syndicated_copies(tmp_path: Path, pipeline) -> None:
    from click.testing import CliRunner

    from sitrep.cli import main_group, register

    register()
    folder = tmp_path / "in"
    _write(folder, COPIES)
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(main_group, ["--db", db, "ingest", str(folder),
                                             "--published", "2021-03-03", "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)["counts"]
    assert counts["extracted"] == 1 and counts["duplicate"] == 2


def test_library_ingest_links_syndicated_copies_by_default(tmp_path, pipeline) -> None:
    import json

    from sitrep.run.local import ingest
    from sitrep.store import open_db

    story = ("Gunmen attacked a police checkpoint outside Kandahar on Tuesday, killing four "
             "officers and wounding two, the provincial governor's spokesman said. The Taliban "
             "claimed responsibility for the attack in a statement. Security forces later "
             "launched an operation in the area and arrested three suspects, officials said.")
    lines = [{"id": "a", "text": story},
             {"id": "b", "text": "KABUL (Wire) - " + story + " Reporting by a correspondent."}]
    src = tmp_path / "wire.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n", "utf-8")
    with open_db(tmp_path / "lib.db") as db:
        summary = ingest([src], db, pipeline=pipeline)
    assert summary.counts["extracted"] == 1 and summary.counts["duplicate"] == 1


def test_signatures_made_elsewhere_give_the_same_verdicts_as_signatures_made_here(
        tmp_path: Path) -> None:
    from sitrep.ingest.dedupe import signature_bytes
    from sitrep.records import Article

    def articles() -> list[Article]:
        return [Article(text=t, id=f"a{i}") for i, t in enumerate(COPIES + [OTHER, "Too short."])]

    here = [(a.status, a.reason) for a in Deduper().mark(articles())]
    given = {a.id: signature_bytes(a.text) for a in articles()}
    assert given["a4"] is None  # too short to compare: decided where the signature is made
    assert signature_bytes(WIRE) == signature(WIRE).hashvalues.astype("<u4").tobytes()
    there = [(a.status, a.reason) for a in Deduper().mark(articles(), signatures=given)]
    assert there == here and [s for s, _ in here].count("duplicate") == 2


def test_a_dask_run_links_copies_that_are_in_different_shards(tmp_path: Path, pipeline) -> None:
    from sitrep.run.distributed import ingest_distributed

    src = tmp_path / "wire.jsonl"
    lines = [{"id": f"c{i}", "text": text, "published": "2021-03-03"}
             for i, text in enumerate([COPIES[0], OTHER, COPIES[1], COPIES[2]])]
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n", "utf-8")
    with open_db(tmp_path / "d.db") as db:
        summary = ingest_distributed([src], db, workers=1, shard_size=1, processes=False)
        assert summary.counts["extracted"] == 2 and summary.counts["duplicate"] == 2
        original = next(a for a in db.articles() if a.external_id == "c0")
        for copy in db.articles(status="duplicate"):
            assert copy.reason.startswith(f"near-duplicate of {original.id}")
        stored = db.conn.execute("SELECT COUNT(*) FROM minhashes").fetchone()[0]
        assert stored == 2  # the signatures of the two originals, for later runs


def test_hash32_is_datasketchs_default_hash_of_each_value():
    from datasketch.hashfunc import sha1_hash32

    values = sorted(shingles(WIRE)) + [b"", "\u00e9t\u00e9 \u0130stanbul".encode()]
    assert hash32(values) == [sha1_hash32(v) for v in values]


def test_signature_is_datasketchs_minhash_of_the_shingles():
    """The signatures stored by earlier versions (datasketch hashing each shingle itself) are
    the ones made now: an old database finds the copies of its articles."""
    from datasketch import MinHash

    from sitrep.ingest.dedupe import NUM_PERM, SCHEME

    for text in COPIES + ["short text", "\u0130stanbul police said " * 30]:
        plain = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
        plain.update_batch(list(shingles(text)))
        assert list(signature(text).hashvalues) == list(plain.hashvalues)
