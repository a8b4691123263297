"""Places, buildings and things as what a physical act is done to (issue 15, round 2): the
sufferer of "suffered / came under" an attack, the passive subject and the objects of an
attack verb are its recipients when they are a town, a building, a vehicle or a thing, with no
sector ("The town suffered heavy shelling", "The convoy was hit", "bombed Idlib and Hama": each
conjunct); a noun of a place, building or thing compounded before an attack noun names what
was attacked, not who attacked ("the embassy bombings", "the Israeli embassy bombing": Israel's
embassy, no Israeli actor). Read with the real model on made-up sentences. Neighbours: people
stay the recipients where they are named ("killed two guards at the bank": not the bank), a
body of people before an attack noun stays its doer ("a police shooting", "an army attack"),
a weapon or a vehicle before it is neither ("a grenade attack", "a car bombing"), and no thing
becomes the recipient of an act that is not physical ("criticised the plan")."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
THINGS = [
    ("The town suffered heavy shelling on Tuesday.", "shelling", [], ["town"], [], []),
    ("The convoy was hit by a roadside bomb near Kandahar.", "hit", [], ["convoy"], [], []),
    ("The hospital was hit in an airstrike on Sunday.", "hit", [], ["hospital"], [], []),
    ("Warplanes bombed Idlib and Hama on Monday.", "bombed", ["Warplanes"], ["Idlib", "Hama"],
     [], []),
    ("The school was shelled by rebels overnight.", "shelled", ["rebels"], ["school"], [], []),
    ("Gunmen torched the mosque in the early hours.", "torched", ["Gunmen"], ["mosque"], [], []),
    ("The bridge was blown up by insurgents.", "blown", ["insurgents"], ["bridge"], [], []),
    ("Rebels attacked the prison with rockets.", "attacked", ["Rebels"], ["prison"], [], []),
    ("The village came under attack from militants.", "attack", ["militants"], ["village"],
     [], []),
    ("The refinery suffered a drone attack on Sunday.", "attack", [], ["refinery"], [], []),
    ("Militants stormed the hotel in the capital.", "stormed", ["Militants"], ["hotel"], [], []),
    ("Troops shelled Marib and Taiz on Friday.", "shelled", ["Troops"], ["Marib", "Taiz"],
     [], []),
    ("The embassy bombings killed 200 people.", "bombings", [], ["embassy"], ["embassy"], []),
    ("The Israeli embassy bombing killed 29 people.", "bombing", [], ["embassy"],
     ["Israeli"], []),
    ("A church bombing in Lagos killed ten people.", "bombing", [], ["church"], [], []),
    ("The checkpoint came under attack on Monday.", "attack", [], ["checkpoint"], [], []),
    ("The mosque attack left five people dead.", "attack", [], ["mosque"], ["mosque"], []),
    ("A hospital attack killed three nurses.", "attack", [], ["hospital"], ["hospital"], []),
    ("The Turkish consulate attack wounded two guards.", "attack", [], ["consulate"],
     ["Turkish"], []),
    ("The checkpoint attack killed four soldiers.", "attack", [], ["checkpoint"],
     ["checkpoint"], []),
    ("The prison attack freed 300 inmates on Sunday.", "attack", [], ["prison"], ["prison"], []),
    ("The bridge bombing cut the main road to the north.", "bombing", [], ["bridge"],
     ["bridge"], []),
]

KEPT = [
    ("Gunmen killed two guards at the bank.", "killed", ["Gunmen"], ["guards"], [], ["bank"]),
    ("Rebels attacked the soldiers in the town.", "attacked", ["Rebels"], ["soldiers"], [],
     ["town"]),
    ("The man was shot in his car.", "shot", [], ["man"], [], ["car"]),
    ("A police shooting killed a teenager.", "shooting", ["police"], [], [], ["police"]),
    ("An army attack killed five rebels.", "attack", ["army"], [], [], ["army"]),
    ("A grenade attack wounded four people.", "attack", [], [], ["grenade"], ["grenade"]),
    ("A car bombing killed six people.", "bombing", [], [], ["car"], ["car"]),
    ("Turkish airstrikes killed ten militants.", "airstrikes", ["Turkish"], [], [], []),
    ("The minister criticised the plan on Monday.", "criticised", ["minister"], [], [],
     ["plan"]),
    ("Police arrested the protesters at the station.", "arrested", ["Police"], ["protesters"],
     [], ["station"]),
    ("Police asked for help after the shooting on Elm Street.", "shooting", [], [], [],
     ["Elm"]),
    ("A man was killed at a peace rally in the capital.", "killed", [], ["man"], [],
     ["rally"]),
]


@pytest.mark.parametrize("case", participant_cases(THINGS, KEPT))
def test_places_and_things_are_what_an_attack_hits(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
