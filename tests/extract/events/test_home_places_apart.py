"""Made-up probes (not copied from any data set): a later mention of a happening placed only by
a person's home ("Officer Dan Lee, 41, of Puyallup, was wounded in the shooting", "Sgt. Ray
Mills, 29, of Tulsa, Oklahoma, was also killed in the blast", "an Ohio man was wounded in the
shooting") is not told apart from the scene told before by that place: one happening, one
incident at the scene (``mentions.keeps.placed_by_homes``; the event's ``location_rule`` is
"home"). Neighbours: a mention with a scene of its own ("was killed in Kabul"), another day,
or a happening told as another stays apart; a lone mention placed by a home keeps that place."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.samples import assault_incidents

PUBLISHED = dt.date(2021, 3, 10)

# (text, the places of its ASSAULT incidents)
ONE = [
    ("A Danish soldier was killed by a roadside bomb in Iraq on Thursday. An American soldier, "
     "Sgt. Ray Mills, 29, of Tulsa, Oklahoma, was also killed in the blast, officials said.",
     ["Iraq"]),
    ("A police officer was shot in Tacoma on Friday. Officer Dan Lee, 41, of Puyallup, was "
     "wounded in the shooting, police said.", ["Tacoma"]),
    ("Gunmen attacked a bus near Kano on Monday. A passenger, Musa Bello, 40, of Zaria, was "
     "killed in the attack, police said.", ["Kano"]),
    ("A bomb exploded at a market in Peshawar on Friday. A shopkeeper, Imran Ali of Mardan, "
     "was wounded in the explosion.", ["Peshawar"]),
    ("A gunman opened fire at a mall in Omaha on Saturday. Kelly Ross, 23, of Lincoln, was "
     "wounded in the shooting.", ["Omaha"]),
    ("A car bomb hit a convoy near Kabul on Sunday. An Australian contractor, Ben Walsh, 44, "
     "of Perth, was killed in the blast.", ["Kabul"]),
    ("Rebels attacked an army base near Gao on Monday. A soldier, Sgt. Ali Traore of Bamako, "
     "was killed in the attack.", ["Gao"]),
    ("A grenade exploded at a bus stop in Nairobi on Monday. A student, Mary Wanjiru, 19, of "
     "Nakuru, was injured in the blast.", ["Nairobi"]),
    ("Two men were stabbed outside a club in Leeds on Sunday. Tom Hart, 25, of Bradford, was "
     "wounded in the attack.", ["Leeds"]),
    ("A gunman fired on a crowd in Camden on Friday. A truck driver, Luis Vega, 52, of Newark, "
     "was wounded in the shooting.", ["Camden"]),
    ("A suicide bomber struck a checkpoint in Mosul on Tuesday. A police officer, Ahmed Saleh, "
     "33, of Erbil, was killed in the bombing.", ["Mosul"]),
    ("A gunman shot two guards outside a bank in Durban on Monday. One guard, Sipho Dlamini, "
     "38, of Pietermaritzburg, was wounded in the shooting.", ["Durban"]),
]
# stay as they were: a scene of its own, another day, a lone home
KEPT = [
    ("A Danish soldier was killed by a roadside bomb in Iraq on Thursday. In a separate attack, "
     "Sgt. Ray Mills, 29, of Tulsa, was killed in Kabul on Friday.", ["Iraq", "Kabul"]),
    ("A police officer was shot in Tacoma on Friday. Officer Dan Lee, 41, of Puyallup, was "
     "shot in Olympia on Sunday.", ["Tacoma", "Olympia"]),
    ("Sgt. Ray Mills, 29, of Tulsa, was killed in a roadside blast on Thursday, officials "
     "said.", ["Tulsa"]),
    ("A police officer was shot in Tacoma on Friday. A second officer was shot in Everett on "
     "Saturday.", ["Tacoma", "Everett"]),
]
CASES = ([pytest.param(t, p, id=f"one-{k:02d}") for k, (t, p) in enumerate(ONE)]
         + [pytest.param(t, p, id=f"kept-{k:02d}") for k, (t, p) in enumerate(KEPT)])


@pytest.mark.parametrize("text,places", CASES)
def test_a_home_does_not_split_a_happening(pipeline, tmp_path, text: str,
                                           places: list[str]) -> None:
    incidents = assault_incidents(pipeline, str(tmp_path / "probe.db"), text, PUBLISHED)
    assert sorted(i["place"] or "" for i in incidents) == sorted(places), [
        (i["place"], i["date_first"], i["notes"][:60]) for i in incidents]
