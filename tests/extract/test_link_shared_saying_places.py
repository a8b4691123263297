"""Made-up probes of where a statement was made when the sentence gives the place once for a
speaker's several statements or through an occasion the parse hangs on a noun
(``event_places.said_where``, ``nations.said_after``): "The council condemned the raid and, in
a statement issued in Kigali, accused ..." places both statements in Kigali; "denounced the
arrests as a violation of the law at a news conference in Dakar" is said in Dakar. Neighbours:
a summons, which takes the envoy's posting and lends it to no other statement, and a place of
what was said ("condemned the attack, saying gunmen had killed four traders in Goma")."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
SHARED = [
    ("The council condemned the raid and, in a statement issued in Kigali, accused the "
     "rebels of war crimes.", "ACCUSE", "condemned", ["Kigali"]),
    ("The foreign ministry rejected the charge as baseless and warned in Tashkent that it "
     "would respond in kind.", "REJECT", "rejected", ["Tashkent"]),
    ("A coalition of unions denounced the arrests as a violation of the labour code at a news "
     "conference in Dakar on Monday.", "ACCUSE", "denounced", ["Dakar"]),
    ("The party criticised the ban as an attack on free speech during a briefing in Lusaka "
     "and called for talks.", "ACCUSE", "criticised", ["Lusaka"]),
]
NEIGHBOURS = [
    ("The foreign ministry condemned the air strike as a breach of sovereignty and summoned "
     "the Turkish envoy in Baghdad.", "ACCUSE", "condemned", []),
    ("The ministry condemned the attack, saying gunmen had killed four traders in Goma.",
     "ACCUSE", "condemned", []),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), SHARED + NEIGHBOURS)
def test_a_speaker_says_everything_where_the_sentence_says(pipeline, text, kind, trigger,
                                                          places):
    assert trigger_places(pipeline, text, kind, trigger) == places


# a country on the speaker's noun says whose body speaks, not where it spoke; a town there is
# its seat, and a country of the occasion is where it was said
SEATS = [
    ("The UN mission in Somalia urged all parties to protect civilians.", "REQUEST", "urged",
     []),
    ("Authorities in Honduras arrested a mayor on Monday, accusing him of laundering money.",
     "ACCUSE", "accusing", []),
    ("The UN mission in Mogadishu urged all parties to protect civilians.", "REQUEST",
     "urged", ["Mogadishu"]),
    ("The exiled party, in a statement issued in Germany, condemned the bombing.", "ACCUSE",
     "condemned", ["Germany"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), SEATS)
def test_a_country_on_the_speaker_is_no_place_of_saying(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
