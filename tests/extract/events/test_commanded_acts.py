"""Made-up probes (not copied from any data set): an act someone told others to do, dared them
to do or wished done is no act done (``frames.command``, the "let" of an exhortation, verbs of
shouting and daring, a wish's "that" clause): "Go ahead and kill him", "Shoot me!", "Let's burn
the station", "was yelling at us to go ahead and kill him", "dared the troopers to shoot him".
Such an act starts no incident of its own, and a later mention of the real act ("X was killed
in the shooting") is not fused into it, so that the real incident keeps its place and its toll
(``corefer.fuse``: an act told as done with a toll never fuses into an earlier one not done).
Neighbours: quoted accounts of what was done ('"They shot him in the back," his mother said'),
a verb of shouting whose clause has a subject ("shouted that the man had stabbed her"), an
infinitive that is no command ("Police helped arrest two men") stay acts done."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.samples import assault_incidents

import sitrep

PUBLISHED = "2021-03-10"

# (text, trigger): the act commanded, dared or wished: not done
COMMANDED = [
    ('"Go ahead and kill him," the crowd yelled at the deputies in Medford on Sunday.', "kill"),
    ('Witnesses said the man shouted, "Go ahead and shoot me."', "shoot"),
    ('"Let\'s burn the station," a protester shouted in Ashland.', "burn"),
    ('A man in the crowd yelled "Kill him!" as the officers struggled with the suspect.', "Kill"),
    ("He was yelling at us to go ahead and kill him, a deputy said.", "kill"),
    ('"Just shoot me," the driver screamed at the troopers near Bend.', "shoot"),
    ("The suspect kept screaming at the officers to shoot him, a neighbor said.", "shoot"),
    ('"Stab him," one of the attackers shouted, according to the victim.', "Stab"),
    ("The gunman dared the officers to shoot him, police said.", "shoot"),
    ('"I hope they shoot him," a neighbor said of the fleeing suspect.', "shoot"),
]
# (text, trigger): told as done, stays done
DONE = [
    ('"They shot him in the back," his mother said on Monday.', "shot"),
    ("A witness shouted that the man had stabbed her in the arm.", "stabbed"),
    ("Police helped arrest two men in Tulsa on Monday.", "arrest"),
    ('"Officers beat my son outside the station," she said.', "beat"),
    ("The gunman shot the officer, then yelled at bystanders, police said.", "shot"),
]


def _modes(text: str, trigger: str) -> list[list[str]] | None:
    events = sitrep.process_text(text, published=PUBLISHED).events
    return [e.modes for e in events if e.trigger.text.split()[0] == trigger]


@pytest.mark.parametrize("text,trigger", COMMANDED, ids=[f"commanded-{k:02d}"
                                                         for k in range(len(COMMANDED))])
def test_an_act_commanded_dared_or_wished_is_not_done(pipeline, text: str, trigger: str) -> None:
    found = _modes(text, trigger)
    assert all("hypothetical" in m or "negated" in m for m in found), found


@pytest.mark.parametrize("text,trigger", DONE, ids=[f"done-{k:02d}" for k in range(len(DONE))])
def test_an_act_told_as_done_stays_done(pipeline, text: str, trigger: str) -> None:
    found = _modes(text, trigger)
    assert found and not any({"hypothetical", "negated", "future"} & set(m) for m in found), found


# (text, place of the shooting, killed): one ASSAULT incident at the shooting's place with the
# victim's toll, also when a quoted dare or command comes between
TOLLS = [
    ('Deputies shot a man near Salem on Sunday. "Go ahead and shoot me," the man yelled at '
     "deputies on a bridge in Keizer, a witness said. Mark Dunn, 41, was killed in the "
     "shooting.", "Salem", 1),
    ("Troopers shot a driver near Roseburg on Friday. The driver had screamed at the troopers "
     "on a ramp in Sutherlin to go ahead and kill him, a witness said. Paul Ortiz, 52, was "
     "killed in the shooting.", "Roseburg", 1),
    ('Police shot two men in Eugene on Monday. "Just shoot us," one of them had yelled at '
     "officers near Springfield. Both men were killed in the shooting.", "Eugene", 2),
    # neighbours: no quote between
    ("Deputies shot a man near Salem on Sunday. Mark Dunn, 41, was killed in the shooting.",
     "Salem", 1),
    ("Troopers shot a driver near Roseburg on Friday. Paul Ortiz, 52, was killed in the "
     "shooting, police said.", "Roseburg", 1),
]


@pytest.mark.parametrize("text,place,killed", TOLLS, ids=[f"toll-{k:02d}"
                                                          for k in range(len(TOLLS))])
def test_the_toll_stays_with_the_act_done(pipeline, tmp_path, text: str, place: str,
                                          killed: int) -> None:
    incidents = assault_incidents(pipeline, str(tmp_path / "probe.db"), text,
                                  dt.date.fromisoformat(PUBLISHED))
    assert [(i["place"], i["fatalities_best"]) for i in incidents] == [(place, killed)]


# (text, killed): an act planned, threatened or vowed, then told as done with its toll: the
# done mention is not fused into the undone one, so that the toll makes an incident
UNDONE_THEN_DONE = [
    ("Police said a local cell had planned the attack. The attack on a market in Kano killed "
     "nine people on Friday.", 9),
    ("Rebels threatened to attack the town of Beni. The attack came on Sunday and killed twelve "
     "villagers.", 12),
    ("The group had vowed to bomb the embassy in Lome. The bombing killed 11 people on "
     "Tuesday, officials said.", 11),
    ("Gunmen had planned to storm the prison in Maiduguri. The assault killed four guards on "
     "Monday.", 4),
    ("Militants threatened to attack the base near Gao. The attack killed six soldiers on "
     "Wednesday, the army said.", 6),
]


@pytest.mark.parametrize("text,killed", UNDONE_THEN_DONE,
                         ids=[f"undone-done-{k:02d}" for k in range(len(UNDONE_THEN_DONE))])
def test_a_toll_told_as_done_is_not_fused_into_an_act_not_done(pipeline, tmp_path, text: str,
                                                                killed: int) -> None:
    incidents = assault_incidents(pipeline, str(tmp_path / "probe.db"), text,
                                  dt.date.fromisoformat(PUBLISHED))
    assert [i["fatalities_best"] for i in incidents] == [killed], [
        (i["place"], i["fatalities_best"], i["notes"][:60]) for i in incidents]
