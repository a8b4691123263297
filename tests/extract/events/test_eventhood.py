"""Event-hood (events/eventhood.py): statistics, trends, questions, references, habits, pleas,
medical and hyphenated senses and releases of information are not happenings; the same words
in a report of a happening still are. Sentences made up for these tests."""

from __future__ import annotations

import pytest

import sitrep

NOT_HAPPENINGS = [
    # aggregates and statistics
    ("The province recorded 182 murders in June.", "ASSAULT"),
    ("Officials pointed to the drop in killings as proof that the plan works.", "ASSAULT"),
    ("A wave of kidnappings has alarmed business owners.", "ASSAULT"),
    ("Some 132 police officers were killed in the capital in 2014.", "ASSAULT"),
    ("At least 153 bus drivers were killed between 2012 and 2014.", "ASSAULT"),
    # trends
    ("Violence began decreasing in February.", "ASSAULT"),
    ("Kidnappings rose sharply last year.", "ASSAULT"),
    # questions
    ("The officer stopped a tenant and asked him if he was the owner.", "REQUEST"),
    ("When asked about his plans, the coach smiled.", "REQUEST"),
    ("Reporters asked the minister whether the border would reopen.", "REQUEST"),
    # references to an agreement
    ("Homicides fell sharply after the gang truce.", "AGREE"),
    ("Critics doubt that the truce is working.", "AGREE"),
    ("As police proceeded with their investigation, an officer stopped a tenant.", "ACCUSE"),
    ("Three of the companies under investigation are suspected of fraud.", "ACCUSE"),
    # affected senses, hyphenated words, medical senses
    ("Small shops have been especially hard-hit by extortion.", "ASSAULT"),
    ("The northern states were among the worst hit by the floods.", "ASSAULT"),
    ("The driver was charged in a hit-and-run crash.", "ASSAULT"),
    ("Doctors treated two people for life-threatening injuries.", "THREATEN"),
    ("The former mayor died of a heart attack on Sunday.", "ASSAULT"),
    ("She suffered a panic attack during the flight.", "ASSAULT"),
    # court pleas
    ("The two men pleaded guilty at the crown court.", "REQUEST"),
    ("She pleaded not guilty to all charges.", "REQUEST"),
    ("The defendant pleaded innocent on Monday.", "REQUEST"),
    # habits
    ("Street gangs are often blamed for extortion.", "ACCUSE"),
    ("Police routinely patrol the market.", "MOBILIZE"),
    # acts only asserted by an accusation, or only planned
    ("Prosecutors accused him of beating a prisoner.", "ASSAULT"),
    ("She faces charges that she helped smuggle weapons and attacked a guard.", "ASSAULT"),
    ("The police learned of his plan to bomb the station.", "ASSAULT"),
    ("Witnesses heard talk about attacking the convoy.", "ASSAULT"),
    ("The general was suspected of having ordered troops to shoot protesters.", "ASSAULT"),
    # accidents and natural causes
    ("Two teenagers were killed in a car crash on Route 9.", "ASSAULT"),
    ("A truck killed a cyclist on the bridge on Monday.", "ASSAULT"),
    ("Three firefighters died in the blaze.", "ASSAULT"),
    ("The storm killed four people in the valley.", "ASSAULT"),
    ("She was accused of driving the vehicle that killed a pedestrian.", "ASSAULT"),
    # releases of information
    ("Details of the investigation have not been released.", "RETREAT"),
    ("The ministry released a statement on Friday.", "RETREAT"),
    ("The army released video footage of the parade.", "RETREAT"),
]

HAPPENINGS = [
    ("Gunmen killed four police officers in the capital on Monday.", "ASSAULT"),
    ("The militia released 12 hostages on Friday.", "RETREAT"),
    ("The two factions signed a truce in Geneva on Tuesday.", "AGREE"),
    ("Police arrested two suspects after the raid.", "COERCE"),
    ("The opposition asked the court to annul the vote.", "REQUEST"),
    ("Rebels shelled the town overnight.", "ASSAULT"),
    ("The prisoner was re-arrested on Sunday.", "COERCE"),
    ("An attempt to assassinate the governor was thwarted on Monday.", "ASSAULT"),
    ("The ministers condemned the shelling of the city.", "ASSAULT"),
    ("Officials blamed the rebels for the attack on the convoy.", "ASSAULT"),
    ("Prosecutors opened an investigation into the killing on Monday.", "ACCUSE"),
    ("A gunman killed two guards in the raid on the bank.", "ASSAULT"),
    ("Two soldiers were wounded in the attack on the base.", "ASSAULT"),
    ("The committee has completed its investigation into the allegation.", "ACCUSE"),
    ("A US citizen has been put under investigation for her role in the riots.", "ACCUSE"),
]


@pytest.mark.parametrize("text,plover", NOT_HAPPENINGS)
def test_statistics_trends_questions_references_and_other_senses_are_not_events(
        pipeline, text: str, plover: str) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    assert plover not in [e.plover_type for e in events], events


@pytest.mark.parametrize("text,plover", HAPPENINGS)
def test_reports_of_happenings_stay_events(pipeline, text: str, plover: str) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    assert plover in [e.plover_type for e in events], events


def test_attacks_with_blades_and_bare_hands_are_assaults():
    """The family of violence without guns or bombs (made-up sentences)."""
    for text, trigger in [("A man was stabbed outside a bar in Leeds on Sunday.", "stabbed"),
                          ("Militants beheaded two hostages on Friday.", "beheaded"),
                          ("A mob lynched a suspected thief on Tuesday.", "lynched"),
                          ("The woman was strangled in her home last week.", "strangled"),
                          ("Two guards were knifed in the yard of the prison.", "knifed"),
                          ("Police said the stabbing happened near a school.", "stabbing")]:
        events = sitrep.process_text(text, published="2019-05-14").events
        assert [(e.plover_type, e.trigger.text) for e in events] == [("ASSAULT", trigger)], text
    quiet = sitrep.process_text("The senator called the report a stab in the dark.",
                                published="2019-05-14").events
    assert not [e for e in quiet if e.plover_type == "ASSAULT"]
