"""A definite "the strike" tells again the last strike the article named with a word of its kind
(events/senses/forces.py, ``strike_told_again``): "a drone strike hit a bus ... according to
two health workers ... The army has not commented on the strike" is the air strike told again
(no walkout), though a word of another trade (health workers, aid workers, a pay dispute) comes
between. A walkout named so ("a general strike", "a hunger strike", "the teachers' strike")
stays a walkout though drones or shelling come between. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

ATTACKS = [
    "A drone strike hit a lorry near Kosti on Monday, according to aid workers at the scene. The army has not commented on the strike.",
    "An airstrike destroyed a clinic in Maaret on Sunday, said two health workers. The ministry did not respond to questions about the strike.",
    "A missile strike flattened a warehouse in Odesa on Friday, its employees said. Nobody has claimed the strike.",
    "An air strike killed four people near Sirte on Tuesday, a hospital worker said. The government denied carrying out the strike.",
    "A drone strike hit a wedding party near Marib, relief workers said. The coalition said it was investigating the strike.",
    "An artillery strike hit a bakery in Kherson, where workers were queuing for bread. Officials condemned the strike.",
    "A rocket strike damaged a power station on Monday, union officials said. The rebels denied the strike.",
    "A drone strike on a convoy killed six men, medical workers said. The militia vowed revenge for the strike.",
    "Warplanes carried out an airstrike on a market, said a rescue worker. The UN called for an inquiry into the strike.",
    "A drone strike hit a minibus near Dessie, killing three, according to staff at the clinic. The military declined to comment on the strike.",
]
WALKOUTS = [
    "A general strike shut down Kano on Monday after drones hit a village nearby. The governor urged unions to end the strike.",
    "A hunger strike began in the prison on Monday, a week after shelling hit the town. Officials have not commented on the strike.",
    "Teachers began a strike on Monday, days after a drone crashed near the school. The ministry criticised the strike.",
    "A nationwide strike paralysed ports on Tuesday while missiles fell in the north. The government called the strike illegal.",
    "Dock workers went on strike in Aden, where rockets hit the port last month. The union said the strike would last a week.",
    "A wildcat strike halted the mine on Friday after artillery shelled the valley. Managers asked miners to end the strike.",
]


def _types(text: str) -> list[str]:
    return [e.plover_type for e in sitrep.process_text(text, published="2021-03-01").events]


@pytest.mark.parametrize("text", ATTACKS, ids=[f"attack-{k:02d}" for k in range(len(ATTACKS))])
def test_the_strike_after_an_air_strike_named_is_no_walkout(pipeline, text: str) -> None:
    assert "PROTEST" not in _types(text)


@pytest.mark.parametrize("text", WALKOUTS, ids=[f"walkout-{k:02d}" for k in range(len(WALKOUTS))])
def test_the_strike_after_a_walkout_named_stays_a_protest(pipeline, text: str) -> None:
    assert "PROTEST" in _types(text)
