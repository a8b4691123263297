"""Renders the help of every command into Markdown (docs/cli.md), so the docs cannot drift:
``make docs`` writes it, and a test fails when it differs from the installed CLI."""

from __future__ import annotations

import click

from sitrep.cli import main_group, register


def _walk(command: click.Command, path: list[str]) -> list[tuple[list[str], click.Command]]:
    out = [(path, command)]
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            out.extend(_walk(command.commands[name], [*path, name]))
    return out


def render() -> str:
    register()
    lines = ["# sitrep command reference", "",
             "Generated from the CLI's own help by `make docs`; do not edit by hand.", ""]
    for path, command in _walk(main_group, ["sitrep"]):
        name = " ".join(path)
        ctx = click.Context(command, info_name=name, terminal_width=100, max_content_width=100)
        lines += [f"## `{name}`", "", "```", command.get_help(ctx).rstrip(), "```", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(), end="")
