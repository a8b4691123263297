"""A headline restated by the lead (issue 15 items 7 and precision): a short first line that
names an act of any type (a charge, a sentence, sanctions, a rejection, an appeal, an
investigation, talks) is the first mention of the story's first act of its type in the lead
when nothing tells them apart; the writers annotate no headline as a happening of its own.
The headline may name its parties as the lead does, shorter ("Opposition" and "the main
opposition party"), or by another name of the same country ("UK" and "Britain"). Made-up
probes; the neighbours keep two happenings two: a party the headline names that the lead's
act lacks, another day, another town, an act not done, another act of the type."""

from __future__ import annotations

import pytest

import sitrep

ONE = [
    ("Man charged with attempted murder after Dunholme stabbing\n\nA man has been charged with "
     "attempted murder after a 30-year-old was stabbed in Dunholme on Saturday night.", "ACCUSE"),
    ("Woman charged with arson in Kettleby house fire\n\nA Kettleby woman was arrested on "
     "Tuesday and charged with arson over a fire that gutted a terraced house.", "ACCUSE"),
    ("Teen charged in Maplewood robbery\n\nA 17-year-old boy was charged on Friday with armed "
     "robbery of a petrol station in Maplewood, police said.", "ACCUSE"),
    ("Former guard sentenced to nine years for assaulting prisoner\n\nA former prison guard "
     "was sentenced on Wednesday to nine years for assaulting a prisoner in his cell.",
     "SANCTION"),
    ("Ex-councillor jailed for fraud\n\nA former councillor was sentenced to four years in "
     "prison on Monday for defrauding the town's housing fund.", "SANCTION"),
    ("Canada sanctions Ruritanian generals over crackdown\n\nCanada on Tuesday imposed "
     "sanctions on six Ruritanian generals over the violent suppression of protests.",
     "SANCTION"),
    ("Opposition rejects draft constitution\n\nThe country's main opposition party on Sunday "
     "rejected the draft constitution put forward by the ruling coalition.", "REJECT"),
    ("Union rejects pay offer\n\nThe nurses' union on Thursday rejected a pay offer from the "
     "health ministry, calling it an insult.", "REJECT"),
    ("Police appeal for witnesses after Harwick crash\n\nPolice have appealed for witnesses "
     "after a cyclist was seriously hurt in a crash in Harwick on Monday.", "REQUEST"),
    ("Mayor urges calm after night of unrest\n\nThe mayor of Dunmore on Sunday urged residents "
     "to stay calm after a night of unrest in the town centre.", "REQUEST"),
    ("Senator accuses governor of hiding report\n\nA state senator on Friday accused the "
     "governor of hiding a report on prison deaths.", "ACCUSE"),
    ("Watchdog investigating death in custody\n\nThe police watchdog is investigating the "
     "death of a man in a cell at Harwick police station on Sunday.", "ACCUSE"),
    ("Ruritania and Freedonia hold border talks\n\nRuritania and Freedonia held talks on "
     "Monday on their disputed border, the foreign ministry said.", "CONSULT"),
    ("Court fines company over river spill\n\nA court on Tuesday fined a chemical company "
     "for a spill that killed fish along ten miles of the Tarn river.", "SANCTION"),
    ("Two men charged over Ilford shooting\n\nTwo men have been charged with attempted "
     "murder after a teenager was shot in Ilford on Friday.", "ACCUSE"),
    ("Driver charged after cyclist killed in Bury\n\nA 45-year-old driver has been charged "
     "with causing death by dangerous driving after a cyclist died in Bury.", "ACCUSE"),
    ("Nurse sentenced to life for poisoning patients\n\nA nurse was sentenced to life in "
     "prison on Thursday for poisoning three patients at a hospital in Leeds.", "SANCTION"),
    ("Ex-mayor sentenced for bribery\n\nThe former mayor of Ely was sentenced to three years "
     "in prison on Monday for taking bribes from builders.", "SANCTION"),
    ("Boy, 16, charged with murder of Croydon teenager\n\nA 16-year-old boy has been charged "
     "with the murder of a teenager who was stabbed in Croydon on Saturday.", "ACCUSE"),
    ("Woman charged after baby found dead in Luton\n\nA 27-year-old woman has been charged "
     "with murder after a baby was found dead at a flat in Luton.", "ACCUSE"),
    ("Landlord fined for unsafe flats\n\nA landlord was fined 20,000 pounds on Tuesday for "
     "renting out unsafe flats in Hull.", "SANCTION"),
    ("Man charged with robbing Leeds post office\n\nA 33-year-old man has been charged with "
     "robbery after a post office in Leeds was raided on Monday.", "ACCUSE"),
    ("Officer sentenced for assaulting teenager\n\nA police officer was sentenced on "
     "Wednesday to 18 months for assaulting a teenager during an arrest in Walsall.",
     "SANCTION"),
    # the headline's doer is a country, read as a place too: no scene of the act
    ("UK sanctions Ruritanian police chiefs\n\nBritain on Monday imposed sanctions on three "
     "Ruritanian police chiefs over the killing of protesters in Strelsau.", "SANCTION"),
    ("France sanctions Syldavian ministers\n\nFrance on Tuesday imposed sanctions on two "
     "Syldavian ministers over the jailing of journalists in Klow.", "SANCTION"),
    ("Norway expels Ruritanian diplomat\n\nNorway on Friday ordered a Ruritanian diplomat "
     "to leave the country within a week over a spying case in Bergen.", "SANCTION"),
    ("Japan condemns missile test\n\nJapan on Sunday condemned a missile test carried out "
     "by North Korea over the Sea of Japan.", "ACCUSE"),
]


TWO = [
    # the headline names a party the lead's act lacks
    ("Canada sanctions Ruritanian generals\n\nNorway on Tuesday imposed sanctions on six "
     "Ruritanian generals over the crackdown.", "SANCTION"),
    ("Canada sanctions Ruritanian generals\n\nThe United States on Tuesday imposed sanctions "
     "on six Ruritanian generals over the crackdown.", "SANCTION"),
    ("Senator accuses governor of lying\n\nThe governor on Friday accused Senator Mark Hale "
     "of taking bribes from a builder.", "ACCUSE"),
    ("Police appeal for help in Harwick\n\nThe family of a missing man on Monday appealed for "
     "help to find him in Harwick.", "REQUEST"),
    # another day
    ("Man charged on Friday with Dunholme stabbing\n\nA man was charged on Monday with "
     "robbery in Dunholme, police said.", "ACCUSE"),
    # other people: a man in the headline, a woman in the lead
    ("Man charged with arson in Leeds\n\nA woman was charged with arson on Tuesday after a "
     "fire at a shop, police said.", "ACCUSE"),
    # the headline's act is one of two the lead tells apart by their parties
    ("Senator accuses governor of hiding report\n\nThe governor on Friday accused Senator Mark "
     "Hale of lying. Senator Hale accused the governor of hiding a report.", "ACCUSE"),
    # not a headline: a long first sentence with an act of its own
    ("A former prison guard was sentenced on Wednesday to nine years in prison for assaulting "
     "a prisoner in his cell at Harwick jail last spring, the court heard. A second guard was "
     "sentenced to two years on Thursday.", "SANCTION"),
    # a headline's named doer and the lead's named doer differ
    ("Mayor Pardo urges calm\n\nGovernor Ana Ruiz on Sunday urged residents to stay calm after "
     "a night of unrest.", "REQUEST"),
]


def _found(text: str, plover: str) -> list[tuple[str, int]]:
    events = sitrep.process_text(text, published="2021-03-10").events
    return [(e.trigger.text, e.trigger.start) for e in events if e.plover_type == plover]


@pytest.mark.parametrize("text,plover", ONE, ids=[f"one-{i}" for i in range(len(ONE))])
def test_a_headline_restated_by_the_lead_is_one_happening(pipeline, text, plover):
    found = _found(text, plover)
    assert len(found) == 1, found


@pytest.mark.parametrize("text,plover", TWO, ids=[f"two-{i}" for i in range(len(TWO))])
def test_a_headline_of_another_happening_stays(pipeline, text, plover):
    found = _found(text, plover)
    assert len(found) == 2, found
