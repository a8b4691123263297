"""A harm told in the passive and the attack of its "when" clause are one happening ("Four people
were shot dead on Sunday night when gunmen opened fire on a group": ``merge``), also when the
parser hangs the clause on the time ("on Sunday night when ..."); near neighbours stay two: an
attack "two days after", "while" others attacked elsewhere, a harm and an attack conjoined with
places and days of their own, the two acts dated to different days, a harm with its own doer.
Made-up sentences, not taken from any data set."""

from __future__ import annotations

import pytest

import sitrep

ONE = [
    "Four people were shot dead in Tala on Sunday night when gunmen opened fire on a group "
    "outside a shop.",
    "Two guards were stabbed at the prison on Monday when inmates attacked them with knives.",
    "A boy was shot in the leg when police fired on the crowd in Kano on Friday.",
    "Three soldiers were shot when militants ambushed their patrol near Gao on Tuesday.",
    "A trader was beaten when a mob attacked the market in Lagos on Saturday.",
    "Five villagers were murdered when armed men raided the village of Tala on Sunday.",
    "A driver was shot dead when bandits ambushed a bus on the Kaduna road on Monday.",
    "Six miners were shot when security guards opened fire at the mine in Pataz on Friday.",
    "A nurse was stabbed when a man attacked staff at the clinic in Hull on Tuesday.",
    "Two men were killed on Friday night when gunmen stormed a bar in Leeds.",
]
TWO = [
    "Four people were shot dead in Tala on Sunday, two days after gunmen opened fire on a bar "
    "in Gao.",
    "Two guards were stabbed at the prison on Monday while inmates attacked a bus in Gao on "
    "Friday.",
    "A boy was shot in the leg in Kano on Friday, and police fired on a crowd in Lagos on "
    "Sunday.",
    "A man was shot dead in Tala on Monday when he opened fire on police in Gao on Sunday.",
    "A gunman was shot dead by police in Leeds on Monday when he opened fire on a bank guard.",
]


def _assaults(text: str) -> int:
    events = sitrep.process_text(text, published="2021-03-01").events
    return sum(e.plover_type == "ASSAULT" for e in events)


@pytest.mark.parametrize("text,n", [(t, 1) for t in ONE] + [(t, 2) for t in TWO])
def test_a_harm_and_the_attack_of_its_when_clause_are_one_event(pipeline, text: str,
                                                               n: int) -> None:
    assert _assaults(text) == n
