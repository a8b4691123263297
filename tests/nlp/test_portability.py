"""The model tests pass whatever BLAS kernel the processor gets: ``test_nlp_rules.py`` is run
again in a subprocess with OpenBLAS forced onto another kernel than this machine's.

OpenBLAS chooses its kernel (and so the order in which it sums) by processor: on one AMD EPYC
machine a kernel of another family than ours made the vectors differ in the 7th digit. Running
the file under another kernel on any machine shows that the tests compare what the model decides
exactly and its vectors only within float32 rounding. It is a test rather than a Makefile step
so that it runs wherever pytest runs (``make test``, CI, a developer's ``pytest tests/nlp``) and
can check that the kernel asked for is the one OpenBLAS used: an unknown ``OPENBLAS_CORETYPE``
is silently ignored, and a proof under the native kernel would prove nothing.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # loads the model in a subprocess

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# OPENBLAS_CORETYPE -> the architecture OpenBLAS reports for it. Haswell (AVX2) is the family
# the failing machine differed from; Prescott (SSE3), reported as "Katmai", is the generic
# kernel every x86-64 processor runs: the test takes the first that is not this machine's own.
KERNELS = {"Haswell": "Haswell", "Prescott": "Katmai"}


def _blas_architecture(env: dict[str, str]) -> str:
    code = ("from threadpoolctl import threadpool_info\n"
            "import numpy\n"
            "print([p['architecture'] for p in threadpool_info() "
            "if p['internal_api'] == 'openblas'][0])")
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=120, check=True)
    return run.stdout.strip()


@pytest.mark.skipif(platform.machine() not in ("x86_64", "AMD64"),
                    reason="OPENBLAS_CORETYPE names x86-64 kernels")
def test_model_tests_pass_under_another_openblas_kernel() -> None:
    native = _blas_architecture({k: v for k, v in os.environ.items() if k != "OPENBLAS_CORETYPE"})
    coretype = next(name for name, arch in KERNELS.items() if arch != native)
    env = dict(os.environ, OPENBLAS_CORETYPE=coretype,
               PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    assert _blas_architecture(env) == KERNELS[coretype] != native  # the kernel is another one
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(ROOT),
         str(HERE / "test_nlp_rules.py")],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "failed" not in run.stdout
