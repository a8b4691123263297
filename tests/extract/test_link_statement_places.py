"""Probes of where a statement was made when its sentence states no place (``extract.nations``,
``link``): the dateline's town only for a speaker local to it (police, a court, residents, a
local office) or its nation's government under a dateline of that nation's capital; never the
article's main place for a national or foreign speaker, and never a capital inferred from the
speaker's nationality. Neighbours: the same speakers where the text places them, local
speakers under a dateline or in a story about one town, a government under its capital's
dateline, and acts that are no statements (arrests), which keep the dateline or the story's
town. A clause of a verb of speaking places the statement ("Speaking in Nairobi, the
president condemned"), not the places of what it says ("saying families had fled Argelia")."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
NOT_THERE = [
    ("MOMBASA, Kenya (AP) -- Gunmen attacked a bus near the port on Monday. Kenya's interior "
     "minister condemned the attack.", "ACCUSE", "condemned", []),
    ("MOMBASA, Kenya (AP) -- Gunmen attacked a bus near the port on Monday. The president "
     "accused the militants of trying to wreck the tourist season.", "ACCUSE", "accused", []),
    ("BASRA, Iraq (AP) -- A car bomb exploded at a market on Sunday. The prime minister "
     "demanded an inquiry into the security lapse.", "REQUEST", "demanded", []),
    ("ALEPPO, Syria (AP) -- Shells struck a school on Tuesday. The defence ministry denied "
     "targeting civilians.", "REJECT", "denied", []),
    ("A bomb exploded at a market in Kandahar on Monday, killing five people. The interior "
     "ministry condemned the bombing.", "ACCUSE", "condemned", []),
    ("Protesters blocked roads around Cusco on Monday. The president accused the protesters "
     "of sabotage.", "ACCUSE", "accused", []),
    ("Gunmen seized twelve farmers near Zaria on Friday. The army blamed bandits for the "
     "abduction.", "ACCUSE", "blamed", []),
    ("Rebels shelled a camp outside Beni on Sunday. The rebels denied shelling the camp.",
     "REJECT", "denied", []),
    ("Fighting broke out near Kidal on Friday. The government called on the rebels to lay "
     "down their arms.", "REQUEST", "called on", []),
    ("A drone hit a fuel depot near Sumy on Monday. The foreign ministry accused Moscow of "
     "terror.", "ACCUSE", "accused", []),
    ("Riots broke out in Durban on Monday. The president appealed for calm.", "REQUEST",
     "appealed", []),
    ("Troops clashed with rebels near Goma on Friday. The rebels threatened to march on the "
     "capital.", "THREATEN", "threatened", []),
]
THERE = [
    ("MOMBASA, Kenya (AP) -- Gunmen attacked a bus near the port on Monday. Police appealed "
     "for witnesses to come forward.", "REQUEST", "appealed", ["Mombasa"]),
    ("MOMBASA, Kenya (AP) -- Gunmen attacked a bus near the port on Monday. The county "
     "governor called for calm.", "REQUEST", "called for", ["Mombasa"]),
    ("MOMBASA, Kenya (AP) -- Gunmen attacked a bus near the port on Monday. Relatives of the "
     "dead accused the police of failing to act.", "ACCUSE", "accused", ["Mombasa"]),
    ("NAIROBI, Kenya (AP) -- Gunmen attacked a bus on Monday. Kenya's interior minister "
     "condemned the attack.", "ACCUSE", "condemned", ["Nairobi"]),
    ("BAGHDAD, Iraq (AP) -- A car bomb exploded at a market on Sunday. The prime minister "
     "demanded an inquiry into the security lapse.", "REQUEST", "demanded", ["Baghdad"]),
    ("MOMBASA, Kenya (AP) -- Gunmen attacked a bus near the port on Monday. Speaking in "
     "Nairobi, the president condemned the attack.", "ACCUSE", "condemned", ["Nairobi"]),
    ("A man was stabbed outside a pub in Leeds on Sunday. Police appealed for witnesses to "
     "come forward.", "REQUEST", "appealed", ["Leeds"]),
    ("A man was stabbed outside a pub in Leeds on Sunday. A 19-year-old was charged with "
     "attempted murder on Monday.", "ACCUSE", "charged", ["Leeds"]),
    ("A bomb exploded at a market in Kandahar on Monday, killing five people. Police "
     "arrested two men.", "COERCE", "arrested", ["Kandahār"]),
    ("MOMBASA, Kenya (AP) -- Gunmen attacked a bus near the port on Monday. Police arrested "
     "two men.", "COERCE", "arrested", ["Mombasa"]),
    ("Riots broke out in Durban on Monday. The president appealed for calm in Durban.",
     "REQUEST", "appealed", ["Durban"]),
    ("ALEPPO, Syria (AP) -- Shells struck a school on Tuesday. Residents accused the army of "
     "shelling the school.", "ACCUSE", "accused", ["Aleppo"]),
]

# a clause of a verb of speaking says where the statement was made ("Speaking in Nairobi");
# not a place in what it says ("saying families had fled Argelia"), nor a clause of another act
SPEAKING = [
    ("Speaking in Geneva on Monday, the minister accused the rebels of shelling the camp.",
     "ACCUSE", "accused", ["Geneva"]),
    ("Addressing reporters in Kabul, the spokesman rejected the accusation.", "REJECT",
     "rejected", ["Kabul"]),
    ("Talking to students in Lagos, the governor called for calm.", "REQUEST", "called for",
     ["Lagos"]),
    ("The foreign minister rejected the demand, telling reporters in Jakarta that security "
     "was a domestic matter.", "REJECT", "rejected", ["Jakarta"]),
    ("Briefing journalists in Brussels, the commissioner urged both sides to show restraint.",
     "REQUEST", "urged", ["Brussels"]),
    ("The interior minister called on the armed groups to respect civilians, saying hundreds "
     "of families had fled Argelia.", "REQUEST", "called on", []),
    ("The minister condemned the raid, saying gunmen had killed four people in Tumaco.",
     "ACCUSE", "condemned", []),
    ("Days after he returned from Paraguay, the president accused the senators of treason.",
     "ACCUSE", "accused", []),
    ("Having fled Aleppo last year, the family accused the army of looting their home.",
     "ACCUSE", "accused", []),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), NOT_THERE + THERE + SPEAKING)
def test_statement_takes_dateline_only_from_a_local_speaker(pipeline, text, kind, trigger,
                                                            places):
    assert trigger_places(pipeline, text, kind, trigger) == places
