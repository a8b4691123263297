"""Progress of long runs: a rich progress bar with rate and ETA on a terminal, nothing otherwise
(logs and pipes stay clean); a final summary per status either way.

    with IngestProgress(total=count_records(paths)) as bar:
        summary = ingest(paths, db, progress=bar.update)
    print_summary(summary)
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from sitrep.run.local import Summary

LINE_FORMATS = (".jsonl", ".ndjson")


def count_records(paths: Iterable[str | Path]) -> int | None:
    """The number of input records, when it can be known cheaply (JSON Lines lines, one per
    text/HTML file); None when some input (a feed, a WARC, a gzip) has an unknown count."""
    total = 0
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.name.startswith(".") or file.name.endswith(".meta.json"):
                continue
            suffix = "".join(file.suffixes[-1:]).lower()
            if suffix in LINE_FORMATS:
                with file.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif suffix in (".txt", ".text", ".md", ".html", ".htm", ".xhtml"):
                total += 1
            else:
                return None
    return total


class IngestProgress:
    """A progress bar fed by ``ingest(..., progress=bar.update)``; quiet when ``stream`` is not a
    terminal (or ``enabled`` is False)."""

    def __init__(self, total: int | None = None, *, enabled: bool | None = None,
                 stream: TextIO | None = None, label: str = "ingest") -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.label = label
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> IngestProgress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                TaskProgressColumn(), TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                TextColumn("{task.fields[counts]}"),
                console=Console(file=self.stream), transient=False)
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=self.total, rate="", counts="")
        return self

    def update(self, summary: Summary) -> None:
        if self._bar is None:
            return
        rate = f"{summary.articles_per_s:.1f} art/s"
        counts = " ".join(f"{k}={v}" for k, v in sorted(summary.counts.items()) if v)
        self._bar.update(self._task, completed=summary.total, rate=rate, counts=counts)

    def part(self, article: Any, done: int, total: int) -> None:
        """Progress within one long article extracted in parts (``Pipeline.on_part``)."""
        if self._bar is not None:
            name = (article.origin or article.id or "")[-40:]
            self._bar.update(self._task, counts=f"{name}: part {done}/{total}")

    def advance(self, n: int = 1, **fields: Any) -> None:
        if self._bar is not None:
            self._bar.update(self._task, advance=n, **fields)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def summary_lines(summary: Summary) -> list[str]:
    """The final summary: one line per status, then the reasons and the rate."""
    return summary.lines()


def print_summary(summary: Summary, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    if stream.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(title="ingest summary")
        table.add_column("status")
        table.add_column("records", justify="right")
        for status, n in summary.to_dict()["counts"].items():
            table.add_row(status, str(n))
        console = Console(file=stream)
        console.print(table)
        for line in summary.lines()[1:]:
            console.print(line, highlight=False, markup=False)
        return
    for line in summary.lines():
        print(line, file=stream)
