"""`sitrep export --out`: only regular files are written, never half of one; devices, pipes,
folders and existing files are refused with one line; `-` is standard output; every write
failure (read-only, full disk, bad path) is one line with a fix, and leaves no file behind."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from samples import sample
from sitrep.cli import main_group, register
from sitrep.errors import ConfigError
from sitrep.export.files import safe_output
from sitrep.store import open_db

SITREP = [sys.executable, "-c", "from sitrep.cli import main; main()"]


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = tmp_path / "s.db"
    with open_db(path) as database:
        database.save(sample())
    return str(path)


def export(db: str, *args: str) -> tuple[int, str, str]:
    """The real command in a subprocess: (exit code, stdout, stderr)."""
    proc = subprocess.run([*SITREP, "--db", db, "export", *args], capture_output=True,
                          text=True, timeout=120, env=os.environ.copy())
    return proc.returncode, proc.stdout, proc.stderr


def one_line_error(code: int, err: str, *words: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err and err.startswith("Error: ") and err.count("\n") == 1, err
    assert " -> " in err, f"no fix in {err!r}"
    for word in words:
        assert word in err, err


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".part")]


def cli(db: str, *args: str) -> tuple[int, str]:
    register()
    result = CliRunner().invoke(main_group, ["--db", db, "export", *args])
    return result.exit_code, result.output


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_a_device_is_refused_and_stays_a_device(db: str, device: str) -> None:
    code, _, err = export(db, "--out", device, "--format", "csv", "--force")
    one_line_error(code, err, "device", "--out -")
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_fifo_is_refused_without_waiting_for_a_reader(db: str, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    code, _, err = export(db, "--out", str(fifo), "--force")  # would block if it were opened
    one_line_error(code, err, "named pipe")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_folder_is_refused_and_nothing_is_left_in_it(db: str, tmp_path: Path) -> None:
    folder = tmp_path / "out.csv"
    folder.mkdir()
    code, _, err = export(db, "--out", str(folder), "--force")
    one_line_error(code, err, "folder")
    assert list(folder.iterdir()) == [] and leftovers(tmp_path) == []


def test_an_existing_file_is_kept_unless_force(db: str, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    out.write_text("precious\n")
    out.chmod(0o640)
    code, output = cli(db, "--out", str(out))
    assert code == 2 and "already exists" in output and "--force" in output
    assert out.read_text() == "precious\n"
    code, output = cli(db, "--out", str(out), "--force")
    assert code == 0 and "2 events written" in output
    assert out.read_text().startswith("event_id_cnty,")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # the replaced file's permissions
    assert leftovers(tmp_path) == []


def test_a_new_file_gets_the_usual_permissions_not_those_of_a_temporary_file(
        db: str, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    assert cli(db, "--out", str(out))[0] == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_a_symlink_to_a_file_is_written_through_and_stays_a_link(db: str, tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    code, output = cli(db, "--out", str(link))
    assert code == 2 and "already exists" in output and real.read_text() == "old\n"
    code, output = cli(db, "--out", str(link), "--force")
    assert code == 0, output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text().startswith("event_id_cnty,")


def test_a_symlink_to_a_device_or_to_nothing_is_refused(db: str, tmp_path: Path) -> None:
    to_device = tmp_path / "dev.csv"
    to_device.symlink_to("/dev/null")
    code, _, err = export(db, "--out", str(to_device), "--force")
    one_line_error(code, err, "device")
    assert to_device.is_symlink() and stat.S_ISCHR(os.stat("/dev/null").st_mode)
    dangling = tmp_path / "gone.csv"
    dangling.symlink_to(tmp_path / "missing" / "x.csv")
    code, _, err = export(db, "--out", str(dangling), "--force")
    one_line_error(code, err, "missing file")
    assert dangling.is_symlink() and not (tmp_path / "missing").exists()


def test_dash_streams_to_standard_output_and_creates_no_file(db: str, tmp_path: Path) -> None:
    proc = subprocess.run([*SITREP, "--db", db, "export", "--out", "-", "--format", "jsonl"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 2 and proc.stdout.startswith('{"id": ')
    assert "2 events written to standard output" in proc.stderr
    assert not (tmp_path / "-").exists()
    code, _, err = export(db, "--out", "-")
    one_line_error(code, err, "--format csv")


def test_standard_output_on_a_full_disk_is_one_line(db: str) -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run([*SITREP, "--db", db, "export", "--out", "-", "--format", "csv"],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    one_line_error(proc.returncode, proc.stderr, "standard output", "no space")


def test_a_closed_pipe_ends_the_export_without_a_traceback(db: str) -> None:
    with subprocess.Popen([*SITREP, "--db", db, "export", "--out", "-", "--format", "csv"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as reader:
        assert reader.stdout is not None and reader.stderr is not None
        reader.stdout.close()  # like `| head -0`: nobody reads
        err = reader.stderr.read().decode()
        assert reader.wait(timeout=120) == 141, err
    assert err == ""


@pytest.mark.parametrize(("out", "words"), [
    ("file.txt/out.csv", ["not a folder"]),
    ("a" * 300 + ".csv", ["name is too long", "shorter"]),
    ("missing/out.csv", ["does not exist"]),
])
def test_a_path_that_cannot_be_a_file_is_one_line(db: str, tmp_path: Path, out: str,
                                                   words: list[str]) -> None:
    (tmp_path / "file.txt").write_text("x")
    code, _, err = export(db, "--out", str(tmp_path / out))
    one_line_error(code, err, *words)
    assert (tmp_path / "file.txt").read_text() == "x" and leftovers(tmp_path) == []


def test_a_failure_while_writing_removes_the_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    out.write_text("old")
    for failure in (ValueError("bad row"), KeyboardInterrupt()):
        with pytest.raises(type(failure)), safe_output(out, force=True) as handle:
            handle.write("half of a file")
            raise failure
        assert out.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == [
            "e.csv"]
    with pytest.raises(ConfigError, match="already exists"), safe_output(out):
        pass


def _export_in_mount(db: str, tmp_path: Path, options: str) -> tuple[int, str, str]:
    """Export to a tmpfs mounted with ``options`` in a private mount namespace (nothing outside
    the command sees it): (exit code, stderr, the files left in the mount). Only for root with
    ``unshare``, else the test is skipped."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare to mount a read-only or a tiny file system")
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"unshare -m is not permitted here: {probe.stderr.decode().strip()}")
    mount = tmp_path / "mnt"
    mount.mkdir()
    script = ('mount -t tmpfs -o "$1" tmpfs "$2" || exit 99; '
              '"$3" -c "$4" --db "$5" export --out "$2/e.csv" --format csv; rc=$?; '
              'ls -A "$2" > "$6"; exit $rc')
    left = tmp_path / "left.txt"
    proc = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", options, str(mount),
                           SITREP[0], SITREP[2], db, str(left)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode != 99, proc.stderr
    return proc.returncode, proc.stderr, left.read_text()


def test_a_read_only_file_system_is_one_line(db: str, tmp_path: Path) -> None:
    code, err, left = _export_in_mount(db, tmp_path, "ro,size=1m")
    one_line_error(code, err, "read-only")
    assert left == ""


def test_a_full_disk_is_one_line_and_leaves_no_partial_file(db: str, tmp_path: Path) -> None:
    many = tmp_path / "many.db"
    shutil.copy(db, many)
    with open_db(many) as database:  # ~200 KB of CSV, on a 16 KB file system
        base = sample()
        for i in range(100):
            text = f"Report {i}. " + base.article.text
            database.save(sample(text))
    code, err, left = _export_in_mount(str(many), tmp_path, "size=16k")
    one_line_error(code, err, "no space")
    assert left == ""  # neither the file nor a temporary one


@pytest.mark.parametrize("command", ["geo", "timex"])
def test_eval_errors_file_is_checked_before_the_evaluation_runs(tmp_path: Path,
                                                                command: str) -> None:
    proc = subprocess.run([*SITREP, "eval", command, str(tmp_path / "gold.xml"), "--errors",
                           "/dev/full"], capture_output=True, text=True, timeout=120)
    one_line_error(proc.returncode, proc.stderr, "device")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_the_database_itself_is_never_an_export_target(db: str) -> None:
    before = Path(db).read_bytes()
    code, output = cli(db, "--out", db, "--format", "csv", "--force")
    assert code == 2 and "is the database itself" in output
    assert Path(db).read_bytes() == before
