"""Article text is untrusted: titles and texts carrying terminal escape sequences (OSC 52
clipboard writes, OSC 0 window titles, CSI colours and screen clears), C1 controls, bidi
overrides or rich markup are printed as visible escapes by every command, piped or on a
terminal; JSON output keeps the text exact, with those characters as JSON escapes."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest
from click.testing import CliRunner

from sitrep.cli import main_group, register

pytestmark = pytest.mark.slow  # ingests with the model

TITLE = "\x1b]0;pwned\x07[bold red]Title[/] \u202egnp.exe\u2066x\u2069"
SOURCE = "\x1b[2Jsource\x9b31m"
TEXT = ("\x1b]52;c;ZXZpbA==\x07Rebels \x1b[31mattacked\x1b[0m the town of Ganja on Monday, "
        "killing 5 civilians, the army\u202e said\x9b\x85. Police arrested 3 men in Baku "
        "[bold red]x[/]\x7f\r.")
# what must never reach the output raw
RAW = ["\x1b", "\x07", "\x7f", "\r", *map(chr, range(0x80, 0xA0)),
       *map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])]
COMMANDS = [["articles"], ["events"], ["claims"], ["places"], ["report"], ["tally"],
            ["show", "x1"]]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "in.jsonl").write_text(json.dumps(
        {"id": "x1", "title": TITLE, "source": SOURCE, "text": TEXT,
         "published": "2020-10-05"}) + "\n", encoding="utf-8")
    path = str(folder / "s.db")
    register()
    result = CliRunner().invoke(main_group, ["--db", path, "ingest", str(folder / "in.jsonl")])
    assert result.exit_code == 0 and "1 extracted" in result.output, result.output
    return path


def assert_clean(output: str) -> None:
    found = sorted({f"U+{ord(c):04X}" for c in output if c in RAW})
    assert found == [], f"raw control characters reach the output: {found}"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_piped_output_shows_control_characters_as_escapes(db: str, command: list[str]) -> None:
    result = CliRunner().invoke(main_group, ["--db", db, *command])
    assert result.exit_code == 0, result.output
    out = result.stdout_bytes.decode("utf-8")
    assert_clean(out)
    if command[0] == "articles":
        assert "\\x1b]0;pwned\\x07[bold red]Title[/] \\u202egnp.exe" in out
    if command[0] == "show":
        assert "\\x1b]52;c;ZXZpbA==\\x07" in out and "\\x9b\\x85" in out
        assert "[bold red]x[/]\\x7f\\x0d." in out


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_json_output_keeps_the_text_exact_as_json_escapes(db: str, command: list[str]) -> None:
    result = CliRunner().invoke(main_group, ["--db", db, *command, "--json"])
    assert result.exit_code == 0, result.output
    out = result.stdout_bytes.decode("utf-8")
    assert_clean(out)
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert records
    if command[0] == "articles":
        assert records[0]["title"] == TITLE and records[0]["source"] == SOURCE
    if command[0] == "show":
        assert records[0]["article"]["text"] == TEXT


def on_a_terminal(db: str, *command: str) -> str:
    """What the command writes to a (pseudo) terminal: rich tables and colours."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "400", "LINES": "50", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    with subprocess.Popen([sys.executable, "-c", "from sitrep.cli import main; main()", "--db",
                           db, *command], stdout=follower, stderr=subprocess.PIPE,
                          env=env) as proc:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the command has closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert proc.wait(timeout=120) == 0, proc.stderr.read() if proc.stderr else ""
    os.close(leader)
    return b"".join(chunks).decode("utf-8")


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_terminal_output_obeys_no_sequence_from_the_data(db: str, command: list[str]) -> None:
    out = on_a_terminal(db, *command)
    # rich colours its own tables and marks (ESC [ ... m); nothing else may be a control
    for sequence in ["\x1b]", "\x1b[2J", "\x1b[31m", "\x07", "\x7f"]:
        assert sequence not in out, repr(sequence)
    found = sorted({f"U+{ord(c):04X}" for c in out if c in RAW[3:] and c != "\r"})
    assert found == []
    if command[0] == "articles":
        assert "[bold red]Title[/]" in out  # rich markup in the data is printed, not obeyed
        assert "\\x1b]0;pwned\\x07" in out
    if command[0] == "show":
        assert "\\x1b]52;c;ZXZpbA==\\x07" in out and "[bold red]x[/]" in out


def test_a_reader_that_stops_early_gets_no_error_message(tmp_path) -> None:
    """`sitrep report | head -1`: exit 141 (a closed pipe), nothing on standard error."""
    import subprocess
    import sys
    from pathlib import Path

    db = tmp_path / "t.db"
    article = tmp_path / "a.txt"
    article.write_text("".join(f"Rebels attacked a police post in Gao on day {i}, killing two "
                               f"officers. " for i in range(300)), encoding="utf-8")
    sitrep_bin = str(Path(sys.executable).with_name("sitrep"))
    subprocess.run([sitrep_bin, "--db", str(db), "ingest", str(article), "--published",
                    "2021-03-01"], check=True, capture_output=True)
    proc = subprocess.Popen([sitrep_bin, "--db", str(db), "events"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=120) in (0, 141)
    assert b"Error" not in err and b"Traceback" not in err, err
