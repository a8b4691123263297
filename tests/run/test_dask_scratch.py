"""A local Dask cluster keeps its scratch files under the sitrep cache folder, not in the
system's temporary directory."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from sitrep.run.distributed import close_client, local_client

pytestmark = pytest.mark.slow  # starts Dask


def test_local_cluster_scratch_space_is_under_the_sitrep_cache(tmp_path: Path,
                                                               monkeypatch) -> None:
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path / "cache"))
    system_tmp = Path(tempfile.gettempdir())
    before = set(system_tmp.glob("dask-scratch-space*"))
    client = local_client(1, processes=False)
    try:
        folders = client.run(lambda dask_worker: dask_worker.local_directory)
    finally:
        close_client(client)
    [folder] = folders.values()
    assert Path(folder).is_relative_to(tmp_path / "cache" / "dask-scratch")
    assert set(system_tmp.glob("dask-scratch-space*")) == before
