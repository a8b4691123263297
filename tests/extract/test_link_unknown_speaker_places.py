"""Probes of the place of a statement whose speaker is neither coded nor local (the session-38
convention, ``nations.speaks_at_dateline``): a rights group, a party, a federation or a bishops'
conference that "criticised", "denied" or "called for" something in a story datelined in a town
made no statement the text places there, so the act has no place (not the dateline's town).
Neighbours: local speakers (police, a superintendent, residents, relatives, the mayor, a
county court) keep the dateline's town, and a statement the text places keeps that place."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
CHANGE = [
    ("MOMBASA, Kenya -- Gunmen shot dead a trader on Monday. Human rights campaigners "
     "criticised the police response.", "ACCUSE", "criticised", []),
    ("KINGSTON, Jamaica -- Two men were shot dead on Sunday. The opposition Progressive "
     "Alliance condemned the killings.", "ACCUSE", "condemned", []),
    ("DURBAN, South Africa -- Police arrested four men on Friday. The Democratic Alliance "
     "denied any link to the shooting.", "REJECT", "denied", []),
    ("SAN PEDRO SULA, Honduras -- Six inmates were killed on Monday. Activists of the group "
     "Justicia Ya called for an inquiry.", "REQUEST", "called", []),
    ("CEBU CITY, Philippines -- A suspect was killed on Tuesday. Campaigners have condemned "
     "the drug raids.", "ACCUSE", "condemned", []),
    ("COCHABAMBA, Bolivia -- Police cleared a roadblock on Monday. The Catholic Church urged "
     "the government to free the detained farmers.", "REQUEST", "urged", []),
    ("ARUSHA, Tanzania -- Police detained a journalist on Monday. Press freedom advocates "
     "demanded his release.", "REQUEST", "demanded", []),
    ("MEDELLIN, Colombia -- A shopkeeper was shot dead on Tuesday. The shopkeepers' union "
     "Fenaltra condemned the attack.", "ACCUSE", "condemned", []),
    ("KUMASI, Ghana -- Police fired tear gas at traders on Monday. Opposition lawmakers "
     "accused the government of heavy-handedness.", "ACCUSE", "accused", []),
    ("GULU, Uganda -- Soldiers detained an activist on Friday. Legal aid campaigners "
     "criticised the detention.", "ACCUSE", "criticised", []),
]

KEEP = [
    ("MOMBASA, Kenya -- Gunmen shot dead a trader on Monday. Police appealed for witnesses "
     "to come forward.", "REQUEST", "appealed", ["Mombasa"]),
    ("KINGSTON, Jamaica -- Two men were shot dead on Sunday. Superintendent Ann Brown appealed "
     "to residents to come forward.", "REQUEST", "appealed", ["Kingston"]),
    ("DURBAN, South Africa -- Police arrested four men on Friday. Relatives of the dead "
     "denied that they were gang members.", "REJECT", "denied", ["Durban"]),
    ("CEBU CITY, Philippines -- A suspect was killed on Tuesday. The mayor praised the "
     "police.", "SUPPORT", "praised", ["Cebu City"]),
    ("ARUSHA, Tanzania -- Police detained a journalist on Monday. Speaking in Dodoma, press "
     "freedom advocates demanded his release.", "REQUEST", "demanded", ["Dodoma"]),
    ("GULU, Uganda -- Soldiers detained an activist on Friday. Residents accused the soldiers "
     "of beating him.", "ACCUSE", "accused", ["Gulu"]),
    ("KUMASI, Ghana -- Police fired tear gas at traders on Monday. Human rights campaigners "
     "in Accra criticised the police.", "ACCUSE", "criticised", ["Accra"]),
    ("MEDELLIN, Colombia -- A shopkeeper was shot dead on Tuesday. A local councillor "
     "condemned the attack.", "ACCUSE", "condemned", ["Medellín"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), CHANGE + KEEP)
def test_statement_of_an_uncoded_speaker_takes_no_dateline(pipeline, text, kind, trigger,
                                                            places):
    assert trigger_places(pipeline, text, kind, trigger) == places
