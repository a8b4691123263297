"""Acts told with personal pronouns of different sexes are two happenings: "She was remanded
back to custody ... He was remanded to custody" (a court round-up of two defendants) is two
remands, not one told twice (``mentions.agreement.pronouns_agree``, read by ``corefer``; the
roles finder leaves pronouns out, so both acts named no one and fused). Neighbours: a pronoun
of the same sex, or one that agrees with the person described before, still fuses."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article

# (article, PLOVER type, number of events of that type)
TWO: list[tuple[str, str, int]] = [
    ("Two defendants appeared in court on Monday. She was remanded to custody on a $20,000 "
     "bond. Her brother also appeared. He was remanded to custody on a $5,000 bond.",
     "COERCE", 2),
    ("She was arrested at her home on Friday. A neighbour was questioned as well. He was "
     "arrested later that night.", "COERCE", 2),
    ("The couple spoke to reporters after the hearing. She was detained at the airport in "
     "March. He was detained at the border in April.", "COERCE", 2),
    ("He was shot in the leg outside the bar. His sister ran to help. She was shot in the arm "
     "as she knelt beside him.", "ASSAULT", 2),
    ("A woman was arrested after the fight, police said. Officers then searched the flat. He "
     "was arrested an hour later.", "COERCE", 2),
    ("A man was detained near the station on Tuesday. Witnesses described the scene. She was "
     "detained at a checkpoint nearby.", "COERCE", 2),
    ("She was charged with theft on Monday. The other suspect was questioned. He was charged "
     "with burglary.", "ACCUSE", 2),
    ("Officers arrested her in the car park. Her companion fled on foot. Officers later "
     "arrested him near the river.", "COERCE", 2),
    ("She was deported to Ghana on Monday. Her husband stayed behind. He was deported on "
     "Thursday.", "COERCE", 2),
    ("He was stabbed during the robbery. His wife hid upstairs. She was stabbed when the men "
     "found her.", "ASSAULT", 2),
]

# neighbours: one happening, told again with a pronoun of the same person
ONE: list[tuple[str, str, int]] = [
    ("She was stabbed at the bus stop on Monday. Witnesses called an ambulance. She was "
     "stabbed in the back, police said.", "ASSAULT", 1),
    ("He was arrested on Monday. Police said he was arrested at his home.", "COERCE", 1),
    ("A woman was stabbed at the bus stop. The attacker fled. She was stabbed in the back.",
     "ASSAULT", 1),
    ("She was remanded to custody on Monday. Her lawyer said she was remanded to custody "
     "without bail.", "COERCE", 1),
    ("The shooting happened at midnight. He was shot in the chest.", "ASSAULT", 1),
]


@pytest.fixture(scope="module")
def count(pipeline):
    def run(text: str, plover: str) -> int:
        article = Article(text=text, published=dt.date(2023, 2, 8), language="en")
        return sum(e.plover_type == plover for e in pipeline.process(article).events)

    return run


@pytest.mark.parametrize(("text", "plover", "n"),
                         [pytest.param(*row, id=f"two-{k:02d}") for k, row in enumerate(TWO)])
def test_acts_told_with_pronouns_of_two_sexes_are_two(count, text: str, plover: str,
                                                      n: int) -> None:
    assert count(text, plover) == n


@pytest.mark.parametrize(("text", "plover", "n"),
                         [pytest.param(*row, id=f"one-{k:02d}") for k, row in enumerate(ONE)])
def test_act_told_again_with_its_own_pronoun_is_one(count, text: str, plover: str,
                                                    n: int) -> None:
    assert count(text, plover) == n
