"""Bad input never crashes a run nor loses finished work: each record ends skipped or failed
with a reason, and user mistakes are one-line errors with a fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main_group, register
from sitrep.errors import InputError
from sitrep.ingest import ReadOptions, read_paths
from sitrep.run.local import ingest
from sitrep.store import open_db

STORY = ("Rebels attacked an army post near the border on Sunday, killing three soldiers, "
         "the defence ministry said. The government condemned the attack and promised to "
         "find those responsible.")
FRENCH = ("Les rebelles ont attaqué un poste de l'armée près de la frontière dimanche, tuant "
          "trois soldats, a déclaré le ministère de la défense. Le gouvernement a condamné "
          "l'attaque et promis de retrouver les responsables.")


def _one(path: Path, **options) -> object:
    [article] = list(read_paths([path], ReadOptions(**options)))
    return article


def test_empty_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("  \n\n")
    article = _one(tmp_path / "e.txt")
    assert (article.status, article.reason) == ("skipped", "empty")


def test_binary_file_fails_as_not_text(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 4)
    article = _one(tmp_path / "b.txt")
    assert article.status == "failed" and "binary" in article.reason


def test_invalid_utf8_fails_with_the_byte_offset_and_a_fix(tmp_path: Path) -> None:
    (tmp_path / "l.txt").write_bytes("Caf\xe9 attack".encode("latin-1"))
    article = _one(tmp_path / "l.txt")
    assert article.status == "failed"
    assert "invalid UTF-8 at byte 3" in article.reason and "iconv" in article.reason


def test_malformed_jsonl_line_fails_with_its_line_number_and_the_rest_proceed(
        tmp_path: Path, pipeline) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": STORY}) + "\n{not json\n"
                    + json.dumps({"text": STORY.replace("three", "four")}) + "\n")
    with open_db(tmp_path / "s.db") as db:
        summary = ingest([path], db, pipeline=pipeline)
        assert summary.counts["extracted"] == 2 and summary.counts["failed"] == 1
        [failed] = db.articles(status="failed")
        assert failed.reason.startswith("line 2: invalid JSON")
        assert failed.origin == f"{path}:2"


def test_article_without_publication_date_leaves_relative_dates_unresolved_and_says_why(
        tmp_path: Path, pipeline) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    with open_db(tmp_path / "s.db") as db:
        summary = ingest([tmp_path / "a.txt"], db, pipeline=pipeline)
        assert summary.counts["extracted"] == 1 and summary.no_published == 1
        assert "--published" in summary.text()
        [article] = db.articles()
        assert article.published is None and "--published" in article.reason
        assert all(d.value is None for d in db.dates() if d.relative)


def test_non_english_text_is_skipped_with_the_detected_language(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FRENCH, "utf-8")
    article = _one(tmp_path / "fr.txt")
    assert article.status == "skipped" and "detected language: fr" in article.reason


def test_english_text_is_not_skipped_as_foreign(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text(STORY)
    assert _one(tmp_path / "en.txt").status == "pending"


def test_file_over_the_size_limit_is_skipped_and_the_setting_raises_it(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(STORY * 20)
    small = _one(tmp_path / "big.txt", max_bytes=1000)
    assert small.status == "skipped" and "1,000 bytes" in small.reason
    assert "--max-bytes" in small.reason
    assert _one(tmp_path / "big.txt", max_bytes=100_000).status == "pending"


def test_missing_text_field_names_the_option_to_fix_it(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"body": STORY}) + "\n")
    article = _one(path)
    assert article.status == "failed" and "--text-field" in article.reason
    assert _one(path, fields={"text": "body"}).status == "pending"


def test_missing_input_path_is_a_user_error() -> None:
    with pytest.raises(InputError, match="input not found"):
        list(read_paths(["/nonexistent/news.jsonl"]))


def test_cli_user_mistakes_are_one_line_errors_without_traceback(tmp_path: Path) -> None:
    register()
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    for args in (["ingest", str(tmp_path / "missing.txt")],
                 ["ingest", str(tmp_path), "--published", "yesterday"],
                 ["events", "--since", "last week"],
                 ["show", "nosuchid"]):
        if args[0] != "ingest":
            open_db(db).close()
        result = runner.invoke(main_group, ["--db", db, *args])
        assert result.exit_code == 2, (args, result.output)
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error:"), result.output
        assert "Traceback" not in result.output


def test_a_file_that_is_not_a_database_is_a_user_error(tmp_path: Path) -> None:
    register()
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database" * 100)
    result = CliRunner().invoke(main_group, ["--db", str(bad), "articles"])
    assert result.exit_code == 2 and "not a SQLite database" in result.output


def test_nul_characters_fail_the_text_and_leave_the_metadata_on_either_database(
        tmp_path: Path, db_target: str, pipeline) -> None:
    """No text has NUL characters, and PostgreSQL cannot store them: a text with one fails with
    the reason (on both databases alike); one in a title, source or id is dropped."""
    records = [{"text": STORY.replace("army", "army\u0000"), "id": "n1"},
               {"text": STORY, "title": "Attack\u0000 on a post", "source": "\u0000",
                "id": "n\u00002"}]
    path = tmp_path / "nul.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    with open_db(db_target) as db:
        summary = ingest([path], db, pipeline=pipeline)
        assert summary.counts["failed"] == 1 and summary.counts["extracted"] == 1
        stored = {a.external_id: a for a in db.articles()}
    assert "NUL characters" in (stored["n1"].reason or "") and stored["n1"].status == "failed"
    good = stored["n2"]
    assert (good.status, good.title, good.source) == ("extracted", "Attack on a post", None)
