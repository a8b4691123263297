"""Accidents told in other words (issue 19 item 2, session 29), on made-up sentences: a fire or a
blaze that erupts, sweeps, tears or rips through a place, a fire or blast at a factory, a depot
or a mill, an industrial accident, and a blast caused by a short circuit, faulty wiring,
negligence or stored chemicals are man-made disasters; a factory, a warehouse or an industrial
zone named without any of these is only a place (a raid on a warehouse, a strike at a factory,
troops seizing an industrial zone keep their own labels). Cues written as lemmas match the
irregular forms of their verbs ("swept", "tore"), from WordNet's verb.exc list."""

from __future__ import annotations

import re

import pytest

from sitrep.extract.events.case.lemmas import lemma_regex
from sitrep.extract.events.case.rules import classify_rules

PROBES = [
("Officers raided a warehouse and recovered stolen fuel worth millions.", "ORG_CRIME"),
("A fire erupted at a fuel depot, killing three workers.", "MAN_MADE_DISASTER"),
("Flames swept through a timber yard overnight, killing a night guard.", "MAN_MADE_DISASTER"),
("A blaze gutted a textile mill on the edge of the city, leaving 300 jobless.", "MAN_MADE_DISASTER"),
("Gunmen stormed a factory and shot dead four guards.", "ATTACK"),
("Workers at the car factory went on strike over unpaid wages.", "PEACE_PROTEST"),
("Police found a stash of rifles in an abandoned warehouse.", "DISR_WEAP"),
("Rebels looted a warehouse of food aid in the north.", "PROPERTY_DISTRUCT"),
("A fire caused by a short circuit destroyed a hospital ward, killing six patients.", "MAN_MADE_DISASTER"),
("The blast was caused by fireworks stored illegally in a shop, police said.", "MAN_MADE_DISASTER"),
("A fire started by faulty wiring destroyed 200 market stalls.", "MAN_MADE_DISASTER"),
("A huge blast caused by chemicals stored at the port levelled nearby homes.", "MAN_MADE_DISASTER"),
("A blaze sparked by an electrical fault swept through the dormitory.", "MAN_MADE_DISASTER"),
("An inferno tore through a slum on the river bank, leaving thousands homeless.", "MAN_MADE_DISASTER"),
("Troops seized an industrial zone from the rebels after heavy fighting.", "GOV_REGAINS_TERIT"),
("Militants set fire to a warehouse of the electoral commission.", "PROPERTY_DISTRUCT"),
("The explosion was caused by a bomb hidden in a car, police said.", "REM_EXPLOS"),
("A factory fire in the industrial estate killed 12 workers.", "MAN_MADE_DISASTER"),
("An industrial accident at a steel plant left five workers dead.", "MAN_MADE_DISASTER"),
("Dozens of workers staged a sit-in at the factory gates.", "PEACE_PROTEST"),
]


@pytest.mark.parametrize(("text", "label"), PROBES)
def test_accident_words(text: str, label: str) -> None:
    assert classify_rules(text) == label


@pytest.mark.parametrize(("lemma", "form"), [("<sweep>", "swept"), ("<tear> through", "tore through"),
                                             ("<spread>", "spread"), ("<bleed>", "bled"),
                                             ("<flee>", "fled"), ("<dig>", "dug")])
def test_a_lemma_cue_matches_the_irregular_forms(lemma: str, form: str) -> None:
    assert re.compile(lemma_regex(rf"\b{lemma}\b"), re.I).fullmatch(form)
