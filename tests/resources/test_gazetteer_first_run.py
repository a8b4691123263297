"""The first run builds the GeoNames index: it says so on stderr, with the time it took."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_first_build_of_the_index_is_announced_with_its_time(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SITREP_CACHE": str(tmp_path)}
    code = "from sitrep.resources.gazetteer import get_gazetteer; get_gazetteer()"
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                           text=True, timeout=600)
    assert first.returncode == 0, first.stderr
    lines = first.stderr.splitlines()
    assert lines[0].startswith("sitrep: building the GeoNames index (first run, about 30 s) "
                               f"into {tmp_path}")
    assert lines[1].startswith("sitrep: GeoNames index built in ") and lines[1].endswith(" s")
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=600)
    assert second.returncode == 0 and second.stderr == ""
