"""Single words that say different things (issue 19 item 2, session 26): "fighting age" is no
fighting, captives "marched into the forest" are no protest march, violence "between traders and
motorcyclists" (any two civilian groups) is mob violence, a firecracker unit blowing up is an
accident, summary executions are attacks (a search warrant executed is not), and an attack
beaten back is a clash even amid background shelling. Made-up sentences; neighbours keep theirs."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

CHANGED = [
    ("Militiamen shot dead five men of fighting age in the village square, witnesses said.",
     "ATTACK"),
    ("Kidnappers seized 14 travellers on the highway and marched them into the hills.",
     "ABDUCT_DISSAP"),
    # communal fighting is a clash of communal militias (session 38; the blind sets s34, s36)
    ("Violence broke out between herders and farmers over grazing land, leaving four dead.",
     "ARMED_CLASH"),
    ("Clashes between rival student groups on the campus left a dozen injured.", "MOB_VIOL"),
    ("A blast ripped through a firecracker factory on the edge of the town, killing 11 workers.",
     "MAN_MADE_DISASTER"),
    ("Fire broke out in a fireworks shop in the bazaar, killing its owner and two customers.",
     "MAN_MADE_DISASTER"),
    ("Gunmen executed six farm workers in a field outside the village.", "ATTACK"),
    ("Amid sporadic shelling, troops repelled an attack by rebel infantry on the bridge.",
     "ARMED_CLASH"),
    ("Soldiers beat back an assault by insurgents on the garrison in the early hours.",
     "ARMED_CLASH"),
    ("Police fought off a raid by bandits on the station, killing three of them.", "ARMED_CLASH"),
]
NEIGHBOURS = [
    ("Students marched through the capital to demand lower fees.", "PEACE_PROTEST"),
    ("Heavy fighting between the army and the rebels continued near the airport.", "ARMED_CLASH"),
    ("Officers executed a search warrant at a house and seized 50 kg of cocaine.",
     "ORG_CRIME"),
    ("Artillery shells hit the town centre overnight, killing four civilians.", "ART_MISS_ATTACK"),
    ("Protesters threw firecrackers and stones at the police outside parliament.",
     "VIOL_DEMONSTR"),
    ("A bomb hidden in a motorbike exploded outside the bank, wounding six.", "REM_EXPLOS"),
    ("The gunmen abducted 20 passengers from a bus on the highway.", "ABDUCT_DISSAP"),
    ("A mob lynched a man accused of theft in the market.", "MOB_VIOL"),
    ("Insurgents attacked an army checkpoint near the town, killing two soldiers.", "ARMED_CLASH"),
    ("Flash floods swept through the valley, killing nine people.", "NATURAL_DISASTER"),
]


@pytest.mark.parametrize(("text", "label"), CHANGED + NEIGHBOURS)
def test_single_cue_reads_in_context(text: str, label: str) -> None:
    assert classify_rules(text) == label
