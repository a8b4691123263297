"""Ingesting a folder never follows a symbolic link out of it (unless --follow-links) and never
opens a device, a FIFO or a socket: each such entry is a skipped record with its reason."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main_group, register
from sitrep.ingest import ReadOptions, read_paths

STORY = ("Rebels attacked an army post near the border on Sunday, killing three soldiers, "
         "the defence ministry said.")


def _records(*paths: Path, follow: bool = False) -> dict[str, tuple[str, str | None]]:
    return {Path(a.origin).name: (a.status, a.reason)
            for a in read_paths(paths, ReadOptions(follow_links=follow))}


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("The secret plan: " + STORY)
    return secret


@pytest.fixture
def folder(tmp_path: Path, outside: Path) -> Path:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(STORY)
    os.symlink(outside, news / "b-out.txt")
    os.symlink("/etc/passwd", news / "c-passwd.txt")
    os.symlink(news / "a.txt", news / "d-in.txt")
    os.symlink(news / "missing.txt", news / "e-dangling.txt")
    os.symlink(news / "f-loop.txt", news / "f-loop.txt")
    os.mkfifo(news / "g-pipe.txt")
    os.symlink(outside.parent, news / "h-outdir")
    return news


def test_links_out_of_the_folder_are_skipped_with_their_reason(folder: Path,
                                                                outside: Path) -> None:
    found = _records(folder)
    assert found["a.txt"][0] == "pending"
    for name, target in (("b-out.txt", outside), ("c-passwd.txt", Path("/etc/passwd")),
                         ("h-outdir", outside.parent)):
        status, reason = found[name]
        assert status == "skipped"
        assert f"a symbolic link to {os.path.realpath(target)}, outside the folder" in reason
        assert "--follow-links" in reason
    assert not any("root:" in (a.text or "") for a in read_paths([folder]))


def test_link_inside_the_folder_is_followed(folder: Path) -> None:
    [inside] = [a for a in read_paths([folder]) if a.origin.endswith("d-in.txt")]
    assert inside.status == "pending" and inside.text == STORY


def test_dangling_links_loops_and_fifos_are_skipped_without_blocking(folder: Path) -> None:
    found = _records(folder)
    assert found["e-dangling.txt"][0] == "skipped"
    assert "broken symbolic link" in found["e-dangling.txt"][1]
    assert found["f-loop.txt"] == ("skipped", "a symbolic link loop; not read")
    assert found["g-pipe.txt"] == ("skipped", "a named pipe (FIFO), not a regular file; not read")


def test_socket_and_device_links_are_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "s.sock"))
    try:
        os.symlink("/dev/zero", folder / "zero.txt")
        found = _records(folder, follow=True)
    finally:
        server.close()
    assert found["s.sock"] == ("skipped", "a socket, not a regular file; not read")
    assert found["zero.txt"] == ("skipped", "a character device, not a regular file; not read")


def test_follow_links_reads_links_out_of_the_folder(folder: Path) -> None:
    found = _records(folder, follow=True)
    assert found["b-out.txt"][0] == "pending"
    assert found["secret.txt"][0] == "pending"  # inside the linked folder
    assert found["f-loop.txt"][0] == "skipped"  # a loop stays a loop


def test_a_link_named_on_the_command_line_is_read(tmp_path: Path, outside: Path) -> None:
    link = tmp_path / "named.txt"
    os.symlink(outside, link)
    [article] = read_paths([link])
    assert article.status == "pending" and article.text.startswith("The secret plan")


def test_folder_link_to_itself_is_not_walked_twice(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text(STORY)
    os.symlink(folder, folder / "sub" / "up")
    found = [a.origin for a in read_paths([folder])]
    assert found == [str(folder / "sub" / "a.txt"), str(folder / "sub" / "up")]


def test_skipped_links_are_stored_and_listed_by_the_cli(tmp_path: Path, folder: Path,
                                                        pipeline) -> None:
    register()
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    result = runner.invoke(main_group, ["--db", db, "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    assert "skipped: a symbolic link to" in result.output
    listed = runner.invoke(main_group, ["--db", db, "articles", "--status", "skipped",
                                        "--json"])
    names = {Path(json.loads(line)["origin"]).name
             for line in listed.output.splitlines()}
    assert {"b-out.txt", "c-passwd.txt", "e-dangling.txt", "f-loop.txt", "g-pipe.txt",
            "h-outdir"} <= names
    shown = runner.invoke(main_group, ["--db", db, "articles", "--json"])
    assert "root:" not in shown.output and "secret plan" not in shown.output
