"""``sitrep eval seed``: the founding article against ``../shared/data/seed/expected.yaml``."""

from __future__ import annotations

from pathlib import Path

import click

from sitrep.cli import eval_group
from sitrep.cli.common import echo_json
from sitrep.errors import ConfigError

REPO = Path(__file__).resolve().parents[3]  # the checkout, for an editable install
EXPECTED = Path("..", "shared", "data", "seed", "expected.yaml")
ARTICLE = Path("examples", "minsk-group-2020-10-05.txt")


def _bases() -> list[Path]:
    return [Path.cwd(), REPO]


@eval_group.command("seed")
@click.option("--expected", type=click.Path(dir_okay=False),
              help="expected.yaml [default: ../shared/data/seed/expected.yaml].")
@click.option("--article", type=click.Path(dir_okay=False),
              help="The seed article [default: examples/minsk-group-2020-10-05.txt].")
@click.option("--json", "as_json", is_flag=True, help="One JSON object for scripts.")
def eval_seed_cmd(expected: str | None, article: str | None, as_json: bool) -> None:
    """Check every entry of the seed's expected.yaml; one line per entry, then a total."""
    from sitrep.evaluate.seed import find_file, run_seed

    if expected:
        expected_path = Path(expected)
        if not expected_path.exists():
            raise ConfigError(f"{expected} not found", "pass the path of expected.yaml")
    else:
        found = find_file(base / EXPECTED for base in _bases())
        if found is None:
            raise ConfigError(
                f"{EXPECTED} not found (looked from {Path.cwd()} and {REPO})",
                "run from the project folder next to ../shared, or pass --expected FILE")
        expected_path = found
    if article:
        article_path = Path(article)
        if not article_path.exists():
            raise ConfigError(f"{article} not found", "pass the path of the seed article")
    else:
        candidates = [base / ARTICLE for base in _bases()]
        candidates.append(expected_path.parent / "article.txt")
        article_found = find_file(candidates)
        if article_found is None:
            raise ConfigError("the seed article was not found", "pass --article FILE")
        article_path = article_found
    report = run_seed(expected_path, article_path)
    if as_json:
        echo_json(report.to_dict())
        return
    for line in report.lines():
        click.echo(line)
