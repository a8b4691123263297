"""Aid pledged, offered or promised is AID with the ``future`` flag (events/senses/pledges.py;
GUIDELINES: "aid delivered or pledged (AID)"), not an AGREE: the pledge names aid, money or
relief goods ("pledged $5m in aid", "promised 50 tonnes of medical supplies"), or its
infinitive gives or helps ("offered to help rebuild", "promised to send food"). Aid given stays
AID with no flag; other promises and offers (to release, to hold talks, to mediate, to stop)
stay AGREE; a pledge of verbal support or condolences gives no aid. Sentences made up for
these tests."""

from __future__ import annotations

import pytest

import sitrep

PLEDGED = [
    "The United States offered to help rebuild the bridge.",
    "Japan pledged $5m in aid to Nepal.",
    "The EU promised to send food to Gaza.",
    "Germany offered humanitarian aid to Turkey.",
    "The World Bank pledged $200 million to rebuild schools in Haiti.",
    "Britain has promised 50 tonnes of medical supplies to the flood victims.",
    "China vowed to provide emergency assistance to Laos.",
    "The donors pledged 2 billion dollars for reconstruction.",
    "Canada committed $10 million in humanitarian assistance to Yemen.",
    "Norway offered to finance the new hospital.",
]
KEPT = [  # (text, PLOVER type and flags of the first event)
    ("Britain sent 50 tonnes of medical supplies to the flood victims.", ("AID", [])),
    ("Japan gave $5m in aid to Nepal.", ("AID", [])),
    ("The Red Cross delivered food to the camp on Monday.", ("AID", [])),
    ("The rebels promised to release the hostages.", ("AGREE", [])),
    ("The government offered to hold talks with the rebels.", ("AGREE", [])),
    ("Iran pledged to stop enriching uranium.", ("AGREE", [])),
    ("Qatar offered to mediate between the two sides.", ("AGREE", [])),
    ("The EU pledged support for the peace plan.", ("AGREE", [])),
    ("Germany offered its condolences to the families.", ("AGREE", [])),
    ("France did not pledge any aid to the region.", ("AGREE", ["negated"])),
    # forces offered are a deployment, not aid
    ("Australia offered to send troops to help the Philippines army.", ("AGREE", [])),
    ("The UK pledged to send warships to the Gulf.", ("AGREE", [])),
]


def typed(text: str) -> list[tuple[str, list[str]]]:
    events = sitrep.process_text(text, published="2021-03-01").events
    return [(e.plover_type, e.modes) for e in events]


@pytest.mark.parametrize("text", PLEDGED)
def test_aid_pledged_is_aid_not_yet_given(text: str) -> None:
    assert typed(text) == [("AID", ["future"])]


@pytest.mark.parametrize(("text", "first"), KEPT)
def test_aid_given_and_other_promises_keep_their_type(text: str,
                                                      first: tuple[str, list[str]]) -> None:
    assert typed(text)[0] == first
