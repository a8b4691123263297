"""The one a protest is against is its recipient, named by the protest's purpose or its "in
protest of/against/at", "in defiance of" phrase (issue 15 items 4-5, participants; wire
sentences such as "began a hunger strike to protest the government's refusal"): the holder of
what is protested (its possessor, "by" phrase, or the party of its "of" phrase), or the party
itself ("in defiance of the authorities"); read with the real model on made-up sentences. A
purpose with no party adds none ("to protest rising prices", "in protest at low wages"), the
one supported is no target ("in solidarity with the miners", "to show their support for the
leader"), and "a protest of farmers" keeps the farmers as actors."""

from __future__ import annotations

import pytest

from samples import check_participant_case, participant_cases

# (text, trigger, actors, recipients, not actors, not recipients)
CHANGED = [
    ("Hundreds of farmers marched in the capital to protest the government's new tax.",
     "marched", ["farmers"], ["government"], [], []),
    ("Residents blocked the road in protest at the council's plan to close the clinic.",
     "blocked", ["Residents"], ["council"], [], []),
    ("Thousands of students rallied in defiance of the military authorities.", "rallied",
     ["students"], ["authorities"], [], []),
    ("Villagers demonstrated to show their anger at the police.", "demonstrated",
     ["Villagers"], ["police"], [], []),
    ("Prisoners began a hunger strike to protest the warden's refusal to allow visits.",
     "hunger strike", ["Prisoners"], ["warden"], [], []),
    ("Dozens of activists protested outside the embassy to condemn the Iranian government's "
     "crackdown.", "protested", ["activists"], ["government"], [], []),
    ("Workers went on strike in protest against abuses by the police.", "strike",
     ["Workers"], ["police"], [], []),
    ("Farmers blocked the highway to protest the minister's decision.", "blocked",
     ["Farmers"], ["minister"], [], []),
    ("Teachers staged a march in protest of the government's refusal to raise pay.", "march",
     ["Teachers"], ["government"], [], []),
    ("Students marched to demand the resignation of the president.", "marched",
     ["Students"], ["president"], [], []),
    ("Residents demonstrated to protest killings by the army.", "demonstrated",
     ["Residents"], ["army"], [], []),
]

KEPT = [
    ("Farmers protested against the government in the capital.", "protested", ["Farmers"],
     ["government"], [], []),
    ("Students marched to demand better schools.", "marched", ["Students"], [], [],
     ["schools"]),
    ("Workers went on strike in protest at low wages.", "strike", ["Workers"], [], [],
     ["wages"]),
    ("Hundreds of farmers marched to protest rising fuel prices.", "marched", ["farmers"], [],
     [], ["prices"]),
    ("A protest of farmers blocked the road.", "protest", ["farmers"], [], [], ["farmers"]),
    ("Thousands of teachers protested in the capital on Monday.", "protested", ["teachers"],
     [], [], ["capital"]),
    ("Protesters rallied to show their support for the jailed leader.", "rallied",
     ["Protesters"], [], [], ["leader"]),
    ("Residents demonstrated in solidarity with the striking miners.", "demonstrated",
     ["Residents"], [], [], ["miners"]),
    ("The protesters, who were demonstrating against the new law, were dispersed by police.",
     "demonstrating", ["protesters"], [], [], ["police"]),
    ("Students protested after police shot a classmate.", "protested", ["Students"], [], [],
     ["police", "classmate"]),
]


@pytest.mark.parametrize("case", participant_cases(CHANGED, KEPT))
def test_what_a_protest_is_against_names_its_recipient(events_of, case: tuple) -> None:
    check_participant_case(events_of, case)
