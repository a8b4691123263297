"""The command reference in docs/cli.md is generated from the CLI and must match it."""

from __future__ import annotations

from pathlib import Path

from sitrep.cli.reference import render

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_command_reference_matches_the_cli() -> None:
    assert DOCS.read_text("utf-8") == render(), "docs/cli.md is stale: run `make docs`"


def test_every_command_has_help_text() -> None:
    text = render()
    for block in text.split("## `")[1:]:
        name, _, body = block.partition("`")
        usage_and_doc = body.split("Options:")[0]
        assert len(usage_and_doc.strip().splitlines()) >= 3, f"{name} has no description"
