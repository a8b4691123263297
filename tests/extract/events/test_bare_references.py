"""Made-up probes of bare definite references to an act told before (``events/retold/bare.py``):
"the attack", "that attack", "the sanctions" in a sentence about something else (linking,
repelling, following, judging the act) join the act told before and lend it nothing; an act
told as another ("a second attack", "the latest raid"), dated or placed by its own clause ("the
battle began on ..."), or conjoined with another act of its type stays apart."""

from __future__ import annotations

import sitrep
from sitrep.extract.events.retold.bare import bare_reference
from sitrep.nlp.model import get_nlp


def _events(text: str, plover: str) -> list[sitrep.records.Event]:
    result = sitrep.process_text(text, published="2024-05-08")
    return [e for e in result.events if e.plover_type == plover]


def _token(sentence: str, word: str):  # noqa: ANN202 - a spaCy token
    doc = get_nlp()(sentence)
    return next(t for t in doc if t.text == word)


def test_the_bare_words_are_read_from_the_parse(pipeline) -> None:
    assert bare_reference(_token("Troops repelled the attack after an hour.", "attack"))
    assert bare_reference(_token("Israel sealed off the border after that attack.", "attack"))
    assert not bare_reference(_token("Troops repelled the second attack.", "attack"))
    assert not bare_reference(_token("Troops repelled the attack on the convoy.", "attack"))
    assert not bare_reference(_token("Troops repelled an attack after an hour.", "attack"))
    assert not bare_reference(_token("The battle began on February 18.", "battle"))


def test_a_reference_in_a_clause_about_linking_it_joins_the_killing(pipeline) -> None:
    text = ("Gunmen on motorcycles shot dead a port worker outside his home in Esmeraldas on "
            "Monday. Police have not linked the killing to a drug seizure at the port, but "
            "residents said gangs had threatened him.")
    assaults = _events(text, "ASSAULT")
    assert len(assaults) == 1
    assert all(a.text != "Police" for a in assaults[0].actors)


def test_a_reference_after_which_others_act_lends_them_nothing(pipeline) -> None:
    text = ("A suicide bomber blew himself up on a crowded bus near Hadera on Wednesday, "
            "killing six passengers. The government closed the crossings into the territory "
            "after that attack.")
    assaults = _events(text, "ASSAULT")
    assert len(assaults) == 1
    assert not any("government" in a.text.lower() for a in assaults[0].actors)


def test_a_reaction_in_another_capital_keeps_the_sanctions_one_event(pipeline) -> None:
    text = ("The European Union on Thursday imposed new sanctions on Russia over the war in "
            "Ukraine. The Kremlin said the sanctions were illegal and warned of retaliation.")
    sanctions = _events(text, "SANCTION")
    assert len(sanctions) == 1
    assert not any("Kremlin" in a.text for a in sanctions[0].actors)


def test_a_second_attack_in_another_town_stays_apart(pipeline) -> None:
    text = ("Rebels attacked an army post in Gao on Monday, killing four soldiers. On "
            "Wednesday a second attack hit a market in Timbuktu, killing two traders.")
    assert len(_events(text, "ASSAULT")) == 2


def test_a_battle_dated_by_its_own_clause_is_not_a_reference(pipeline) -> None:
    text = ("Government troops shelled rebel positions near Goma on Tuesday. The battle began "
            "on February 18 last year, the army said.")
    assert len(_events(text, "ASSAULT")) == 2


def test_an_expulsion_answered_by_another_stays_two(pipeline) -> None:
    text = ("Kyrgyzstan on Tuesday ordered a Tajik diplomat to leave the country within 72 "
            "hours. On Wednesday Tajikistan's foreign ministry called the expulsion unfounded "
            "and ordered a Kyrgyz diplomat to leave the country.")
    assert len(_events(text, "SANCTION")) == 2


def test_the_only_mention_of_an_act_stays(pipeline) -> None:
    text = ("Residents of Okene blocked the highway on Tuesday. Police said the attack had "
            "been planned for weeks.")
    assert len(_events(text, "ASSAULT")) <= 1


def test_a_reference_after_two_attacks_leaves_both(pipeline) -> None:
    text = ("Rebels attacked an army post in Gao on Monday, killing four soldiers. On Tuesday "
            "gunmen attacked a market in Timbuktu, killing two traders. The governor said the "
            "attack showed that the rebels could strike the towns at will.")
    assaults = _events(text, "ASSAULT")
    assert len(assaults) == 2
    assert {p.name for a in assaults for p in a.places} >= {"Gao", "Timbuktu"}
