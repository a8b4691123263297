"""Mentions that are no happening of their stated type and mode: a deed a doer is known or
habitually blamed for (senses/public/habits.py ``reputed_deed``), a kind of act named as a
term and defined by a relative clause (eventhood/present.py ``named_term``,
``defining_clauses``), an act in a condition opened by words the parser reads as a phrase
("in case the militia attacks": modal_cues.py ``opened_condition``, hypothetical) and an
admission told by "acknowledge" (CONCEDE, senses/public/opinions.py; a deed confessed to the
police is none), a kind of act as the subject of a condition (eventhood/conditions.py), an
act "staged" by its doers (not faked: unreal/disproved.py) and papers signed alone (no
AGREE). Near neighbours (one dated act, a particular act named with "the", a case of a noun, a
thanks or a receipt, a joint statement) keep their reading. Sentences made up for these
tests."""

from __future__ import annotations

import pytest

import sitrep


def events_of(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(type, flags) of the events of ``text`` told after a lead sentence that gives none, in
    an article published on 2021-03-01."""
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    return [(e.plover_type, tuple(e.modes)) for e in events]


def types_of(text: str) -> list[str]:
    return [plover for plover, _ in events_of(text)]


# (text, a type it must not have): habits and reputations, kinds named as terms
NO_HAPPENING = [
    ("The border unit is often accused of abusing migrants.", "ASSAULT"),
    ("Police in the province have long been criticised for beating suspects.", "ASSAULT"),
    ("The Red Fang is a group known for kidnapping tourists along the coast.", "ASSAULT"),
    ("The militia, notorious for torturing prisoners, controls the valley.", "ASSAULT"),
    ("The Sable Brigade is infamous for burning villages in the south.", "ASSAULT"),
    ("The guards are regularly blamed for attacks on inmates.", "ASSAULT"),
    ("The cartel is feared for murdering rivals and their families.", "ASSAULT"),
    ("The navy was accused on Tuesday of abusing fishermen off the coast.", "ASSAULT"),
    ("The figure includes profits from express kidnappings, in which victims are driven to "
     "cash machines.", "ASSAULT"),
    ("The report describes so-called false positives, where soldiers killed farmers and "
     "dressed them as guerrillas.", "ASSAULT"),
    ("Rights groups documented so-called social cleansing, in which vigilantes shot "
     "homeless men.", "ASSAULT"),
    ('The fraud squad warned of "virtual kidnappings", in which callers demand a ransom.',
     "ASSAULT"),
    ("The gang earned millions from piracy, in which crews are held for ransom.", "ASSAULT"),
    ('Profits came from ""express kidnappings"" -- in which the victim is driven to a cash '
     'machine.', "ASSAULT"),
    ("In the worst case, should riots break out, police may not intervene.", "PROTEST"),
    ("Unless violence subsides, the elections will be postponed.", "ASSAULT"),
]
# (text, a type it must keep): one dated act, a particular act, a named group
KEPT = [
    ("The navy was accused on Tuesday of abusing fishermen off the coast.", "ACCUSE"),
    ("Police were criticised last week for beating a suspect in Lorvik.", "ASSAULT"),
    ("The Red Fang kidnapped two tourists on the coast on Friday.", "ASSAULT"),
    ("The militia tortured three prisoners in March, witnesses said.", "ASSAULT"),
    ("The brigade was blamed for the attack on the border post last week.", "ASSAULT"),
    ("The town was hit by a bombing on Sunday, in which six people died.", "ASSAULT"),
    ("The massacre in Dorvan, in which soldiers killed twelve farmers, shocked the nation.",
     "ASSAULT"),
    ("Gunmen who kidnapped a priest on Friday released him on Sunday.", "ASSAULT"),
    ("The so-called Iron Legion, which attacked the border post on Monday, withdrew.",
     "ASSAULT"),
    ("The so-called Dorvan massacre, in which soldiers killed twelve farmers, shocked the "
     "nation.", "ASSAULT"),
    ('Police described the "attack", in which gunmen killed five, as a robbery.', "ASSAULT"),
    ("Should the strike continue, the port will close.", "PROTEST"),
    ("The mayor, known for his reforms, was arrested on Thursday.", "COERCE"),
]
# (text, type) that must be hypothetical: conditions opened by words, told by inversion
CONDITIONS = [
    ("In case the militia attacks, residents are told to stay indoors.", "ASSAULT"),
    ("Should the army attack the town, the villagers will flee to the hills.", "ASSAULT"),
    ("Just in case the militia attacks, the school will stay closed.", "ASSAULT"),
    ("In the event that the rebels attack, the navy will intervene.", "ASSAULT"),
    ("In case the army fires on the march, medics will wait nearby.", "PROTEST"),
]
# (text, type) that must not be hypothetical
NOT_CONDITIONS = [
    ("The rebels attacked the convoy, and the army responded.", "ASSAULT"),
    ("In this case, the militia attacked the convoy on Monday.", "ASSAULT"),
    ("Police arrested two men in the case of the murdered journalist.", "COERCE"),
    ("In the event, the rebels attacked the town on Sunday.", "ASSAULT"),
    ("Residents fled after the militia attacked the town on Monday.", "ASSAULT"),
]
# (text, whether it has a CONCEDE): "acknowledge" an act or a fault, not a thanks or a state
ADMISSIONS = [
    ("The minister acknowledged that troops had fired on the crowd.", True),
    ("The ministry acknowledged that police had beaten the protesters.", True),
    ("The army acknowledged that its soldiers killed two shepherds by mistake.", True),
    ("The commander acknowledged his mistakes in the raid.", True),
    ("The mayor acknowledged the applause of the crowd.", False),
    ("The embassy acknowledged receipt of the letter.", False),
    ("The minister acknowledged that the economy is weak.", False),
    ("The governor acknowledged the contribution of volunteers.", False),
    ("Vorman admitted to police that he had stabbed his neighbour, court records show.", False),
    ("Two days earlier he had signed a confession, in which he admitted killing the couple.",
     False),
    ("The minister admitted to reporters that troops had fired on the crowd.", True),
    ("The police chief admitted that officers had beaten the detainees.", True),
    ("Marin acknowledged she told police interrogators that the judge was a traitor.", False),
    ('"We are taking on more debt than we would have liked to," acknowledged Mira Sand, the '
     'treasurer of the firm.', False),
]
# (text, type, whether it is negated): "staged" fakes a crime only as a passive or a modifier
STAGED = [
    ("Gunmen staged a raid on the village on Monday.", "ASSAULT", False),
    ("Rebels staged an ambush near the bridge on Friday.", "ASSAULT", False),
    ("The kidnapping was staged by the businessman to collect insurance.", "ASSAULT", True),
]
# (text, whether it has an AGREE): papers signed alone are no agreement
SIGNED = [
    ("Two days earlier he had signed a confession, in which he admitted killing the couple.",
     False),
    ("The president signed the book of condolence at the embassy.", False),
    ("The striker signed autographs for the children on Sunday.", False),
    ("The two ministers signed a joint statement on Tuesday.", True),
    ("The rebels and the government signed a ceasefire in Lomar on Friday.", True),
    ("The two firms signed a contract for the new port.", True),
]


@pytest.mark.parametrize("text,plover", NO_HAPPENING)
def test_reputations_habits_and_defined_terms_are_no_happening(text: str, plover: str) -> None:
    assert plover not in types_of(text)


@pytest.mark.parametrize("text,plover", KEPT)
def test_dated_and_particular_acts_stay(text: str, plover: str) -> None:
    assert plover in types_of(text)


@pytest.mark.parametrize("text,plover", CONDITIONS)
def test_act_of_a_condition_is_hypothetical(text: str, plover: str) -> None:
    events = [flags for kind, flags in events_of(text) if kind == plover]
    assert events and all("hypothetical" in flags for flags in events)


@pytest.mark.parametrize("text,plover", NOT_CONDITIONS)
def test_act_outside_a_condition_is_not_hypothetical(text: str, plover: str) -> None:
    events = [flags for kind, flags in events_of(text) if kind == plover]
    assert events and not any("hypothetical" in flags for flags in events)


@pytest.mark.parametrize("text,conceded", ADMISSIONS)
def test_acknowledging_an_act_or_a_fault_is_a_concession(text: str, conceded: bool) -> None:
    assert ("CONCEDE" in types_of(text)) is conceded


@pytest.mark.parametrize("text,plover,negated", STAGED)
def test_staged_fakes_only_as_a_passive(text: str, plover: str, negated: bool) -> None:
    events = [flags for kind, flags in events_of(text) if kind == plover]
    assert events and all(("negated" in flags) is negated for flags in events)


@pytest.mark.parametrize("text,agreed", SIGNED)
def test_papers_signed_alone_are_no_agreement(text: str, agreed: bool) -> None:
    assert ("AGREE" in types_of(text)) is agreed
