"""The noun "strike" that tells again an attack from afar is an ASSAULT, not a walkout
(events/senses/forces.py, ``strike_told_again``): "drones hit an oil depot on Tuesday. The
government blamed the rebels for the strike" (issue 15: wrong PLOVER type for a real act). The
sentence or the article before it decides: the strike is the doer or the setting of a harm
("the strike destroyed a school", "were killed in the strikes"), or the nearest word before a
definite "the strike" that tells a kind of strike is one of attack (drones, missiles, jets,
shelling, "struck a village") rather than of work (workers, unions, a walkout, pay). A
walkout told so, a strike whose own phrase names workers, and "a strike" newly begun stay
PROTEST. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

# an attack told again: an ASSAULT, no PROTEST
TOLD_AGAIN = [
    "Drones hit an oil depot in Kosti on Tuesday. The government blamed the rebels for the strike.",
    "The army bombed rebel positions near Nyala on Monday. The strike came a day after rebels shelled the city.",
    "Warplanes struck a village in Idlib on Sunday, killing four people. The strike destroyed a school.",
    "US forces destroyed three radar sites in strikes near Hodeidah on Friday.",
    "A missile struck a market in Kharkiv on Monday. Officials said the strike had been carried out by a bomber unit.",
    "Rockets slammed into a hospital in Aleppo on Monday. The opposition condemned the strike.",
    "Jets pounded a building in Gaza on Tuesday. Residents said the strike flattened three homes.",
    "Missiles hit a power plant near Lviv on Sunday. Officials said the strikes had been launched from the sea.",
    "Artillery shelled the outskirts of Donetsk overnight. Two civilians died in the strikes, local officials said.",
    "A drone attacked a convoy near Marib on Wednesday. The rebels denied responsibility for the strike.",
    "Coalition aircraft bombed a bridge in Hodeidah on Monday. The strike cut the main road to Sanaa.",
    "Mortar rounds landed on a school in Mogadishu on Thursday. The UN called the strike a violation of humanitarian law.",
    "Fighter jets struck a rebel camp near Gao on Sunday. The army said the strike killed 30 militants.",
    "Helicopters fired rockets at a market in Tawila on Friday. Aid groups condemned the strike.",
]
# walkouts: the strike stays a PROTEST
WALKOUTS = [
    "Bus drivers walked off the job on Monday. The strike left thousands of commuters stranded.",
    "Dock workers began a strike in Antwerp on Monday. The union said the strike would last a week.",
    "Teachers went on strike in Lagos on Monday over unpaid salaries.",
    "The strike by nurses entered its third day on Wednesday.",
    "Miners downed tools at the Marikana mine on Monday. The strike has halted production.",
    "Air traffic controllers staged a walkout on Monday. The strike grounded hundreds of flights.",
    "Bombs exploded in Lahore last week. On Monday, hospital doctors began a strike over pay.",
    "Rockets hit Ashdod last week. The strike by rail workers continued on Monday.",
    "Garbage collectors stopped work on Monday, and the strike left rubbish piling up in the streets.",
    "Airport staff walked out in Brussels on Monday. The strike disrupted flights to Kinshasa.",
    "Shell workers walked out at the refinery on Monday. The strike cut output by half.",
]


def _types(text: str) -> list[str]:
    return [e.plover_type for e in sitrep.process_text(text, published="2021-03-01").events]


@pytest.mark.parametrize("text", TOLD_AGAIN, ids=[f"told-{k:02d}" for k in range(len(TOLD_AGAIN))])
def test_a_strike_telling_again_an_attack_is_no_walkout(pipeline, text: str) -> None:
    types = _types(text)
    assert "PROTEST" not in types and "ASSAULT" in types, types


@pytest.mark.parametrize("text", WALKOUTS, ids=[f"walkout-{k:02d}" for k in range(len(WALKOUTS))])
def test_a_walkout_stays_a_protest(pipeline, text: str) -> None:
    assert "PROTEST" in _types(text)
