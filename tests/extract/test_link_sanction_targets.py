"""Probes of where a sanction happened when it is aimed at a country: the country an embargo,
a suspension of aid or deliveries, or sanctions are aimed at ("an embargo on Zimbabwe", "arms
deliveries to Turkey", "suspended Mali") is a party to it, not its place, nor is the story's
main place (``event_places.targets_give_way``); a place stated for the decision stays, and
a dateline of the sanctioning country still places it. Neighbours: a stated place, the
dateline of the country that sanctions, and the place of an act of force on a country. Made-up
sentences, not from any data set."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, trigger, the places of the sanction)
AIMED_AT = [
    ("Washington imposed sanctions on Venezuela's state oil company on Monday.", "imposed", []),
    ("Germany suspended arms deliveries to Turkey while it reviewed the reports.", "suspended",
     []),
    ("Britain imposed fresh sanctions on Iran over the crackdown.", "imposed", []),
    ("The African Union suspended Mali after the coup.", "suspended", []),
    ("Neighbouring states imposed an embargo on Burundi last week.", "imposed", []),
    ("The donors suspended budget support to Malawi over the scandal.", "suspended", []),
    ("Japan halted aid to Myanmar after the coup.", "halted", []),
    ("The United States cut military aid to Egypt on Tuesday.", "cut", []),
    ("Sierra Leone suspended fuel exports to Guinea through the Kambia crossing.", "suspended",
     []),
    ("HARARE, May 2 - The European Union imposed an arms embargo on Zimbabwe on Monday.\n"
     "Police in Harare arrested six teachers.", "imposed", []),
    ("NAIROBI, May 2 - Donors suspended budget support to Kenya over the scandal.", "suspended",
     []),
    ("BERLIN, May 2 - Germany suspended arms deliveries to Turkey on Monday.", "suspended",
     ["Berlin"]),
]
# neighbours: a place stated for the decision, and sanctions already without a place
STATED = [
    ("In Berlin, the government suspended arms deliveries to Turkey.", "suspended", ["Berlin"]),
    ("In Washington, the Treasury Department imposed sanctions on two Iranian firms.",
     "imposed", ["Washington"]),
    ("The bloc approved new sanctions against Russia on Friday.", "sanctions", []),
    ("The Treasury sanctioned Cuba's military conglomerate.", "sanctioned", []),
    ("Algeria expelled two French diplomats on Wednesday.", "expelled", []),
]


@pytest.mark.parametrize(("text", "trigger", "places"), AIMED_AT + STATED)
def test_the_country_a_sanction_is_aimed_at_is_not_its_place(pipeline, text, trigger,
                                                             places):
    assert trigger_places(pipeline, text, "SANCTION", trigger) == places


def test_an_act_of_force_on_a_country_keeps_it(pipeline):
    assert trigger_places(pipeline, "Israeli jets struck targets in Syria on Monday.",
                          "ASSAULT", "struck") == ["Syria"]
