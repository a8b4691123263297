"""Cue words in another sense (issue 19 item 2, session 39: ambiguous single-word cues;
``case.senses``), on made-up sentences: money and weight in pounds, "deal" as the verb of a blow
or a task, shell companies, leaked information, storms and floods of abstract things, and
"arrest" of a process name no shelling, agreement, accident, disaster or arrest. Each class has
neighbours in the cue's own sense that keep their label."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

OTHER_SENSES = [
    # a pound of money or weight
    "Parliament passed a spending plan of 18 billion pounds for hospitals and roads.",
    "The Egyptian pound slid to a record low against the dollar on Wednesday.",
    "A charity shipped 40,000 pounds of rice to the flooded province last week.",
    "Fuel now costs 900 Lebanese pounds a litre, up from 600 in January.",
    "The pound's fall pushed up the price of imported medicines by a fifth.",
    "Traders said tomatoes sold for three pounds a kilo at the central market.",
    # "deal" as the verb of a blow or a task
    "The court ruling dealt a severe blow to the governor's housing plan.",
    "Rising interest rates will deal another setback to first-time buyers, economists said.",
    "A new office will deal with the backlog of 12,000 asylum files.",
    # a shell company
    "Prosecutors said the senator hid the money in two shell companies registered abroad.",
    "Investigators traced the payments to a shell firm based in the port city.",
    # a leak of information
    "A draft of the budget was leaked to reporters a day before the vote.",
    "The ministry is searching for whoever leaked the memo on school closures.",
    "Leaked emails showed the mayor had promised the contract to a friend.",
    "The exam papers leaked online the night before the test, the board said.",
    # storms, floods and earthquakes of abstract things
    "The tax plan unleashed a storm of complaints from small firms.",
    "The ministry received a flood of applications for the new grants.",
    "Analysts called the surprise result a political earthquake for the ruling party.",
    "The president won a landslide victory with 71 percent of the vote.",
    "The agency faces an avalanche of lawsuits over the delayed payments.",
    "Health officials braced for a tsunami of false rumours about the vaccine.",
    # arresting a process
    "The central bank raised its main rate to arrest the rise in prices.",
    "Officials are struggling to arrest the spread of the rumours online.",
    "The reforms failed to arrest the decline in factory output.",
    "Subsidies helped arrest the fall in farm incomes, the ministry said.",
]

SAME_SENSE = [  # neighbours in the cue's own sense
    ("Artillery pounded rebel positions outside the town, killing three fighters.",
     "ART_MISS_ATTACK"),
    ("Government guns pounded the northern suburbs through the night.", "ART_MISS_ATTACK"),
    ("The two parties signed a deal to share power after the vote.", "AGREEMENT"),
    ("A mortar shell hit a school in the town, killing two pupils.", "ART_MISS_ATTACK"),
    ("A gas leak at a fertiliser plant killed four workers.", "MAN_MADE_DISASTER"),
    ("Flash floods swept away 40 homes in the valley after heavy rain.", "NATURAL_DISASTER"),
    ("An earthquake of magnitude 6.1 struck the coast, killing 12 people.", "NATURAL_DISASTER"),
    ("A storm destroyed hundreds of homes on the island, officials said.", "NATURAL_DISASTER"),
    ("Police arrested the head of the local council on Tuesday.", "ARREST"),
    ("Police arrested a driver who had crossed the border illegally.", "ARREST"),
    ("An arrest warrant was issued for the former minister.", "ARREST"),
    ("Soldiers arrested the editor of a weekly newspaper in the capital.", "ARREST"),
    ("Police arrested a number of suspects after the robbery.", "ARREST"),
    ("Soldiers arrested a group of students at the checkpoint.", "ARREST"),
    ("Police arrested the majority of the gang's leaders.", "ARREST"),
    ("Troops arrested a handful of villagers near the border.", "ARREST"),
    ("Police arrested the opposition councillor hours after his radio interview.", "ARREST"),
    ("Officers arrested a dozen climate activists who had chained themselves to a fence.",
     "PROTEST_WITH_INTER"),
]


@pytest.mark.parametrize("text", OTHER_SENSES)
def test_cue_word_in_another_sense_names_no_event(text: str) -> None:
    assert classify_rules(text) == "OTHER"


@pytest.mark.parametrize(("text", "label"), SAME_SENSE)
def test_cue_word_in_its_own_sense_keeps_its_label(text: str, label: str) -> None:
    assert classify_rules(text) == label
