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


# Timeless present: what an organisation does, or what a term means (a physical act in the
# present simple with no date), against happenings told in the past, the perfect, the
# progressive, the future, with a date, or in a headline. Made-up sentences.
TIMELESS = [
    ("The agency provides food to refugees in the camps.", "AID"),
    ("Acme supplies the army with spare parts.", "AID"),
    ("The charity donates blankets to families in need.", "AID"),
    ("The coast guard patrols the northern shore.", "MOBILIZE"),
    ("Customs officers seize counterfeit goods at the port.", "COERCE"),
    ("In a tiger kidnapping, the victim is held hostage while a relative empties the safe.",
     "COERCE"),
    ("The regulator fines banks that break the rules.", "SANCTION"),
    ("The two agencies share intelligence on smuggling routes.", "COOPERATE"),
    ("Prison guards search the cells for phones.", "COERCE"),
    ("The ministry deploys inspectors to every province.", "MOBILIZE"),
]
TIMELESS_HAPPENINGS = [
    ("Police Arrest Two Men After Market Shooting", "COERCE"),  # a headline in title case
    ("The agency provided food to refugees in the camps on Monday.", "AID"),
    ("The coast guard is patrolling the northern shore after the attack.", "MOBILIZE"),
    ("Customs officers arrested two smugglers at the port last week.", "COERCE"),
    ("The hostages have been held in a cave since Friday.", "ASSAULT"),  # an abduction
    ("The government imposed sanctions on two banks on Tuesday.", "SANCTION"),
    ("The army is deploying troops to the border.", "MOBILIZE"),
    ("Soldiers fired on the crowd on Saturday.", "ASSAULT"),
    ("The report criticizes the government's response to the violence.", "ACCUSE"),
    ("Rebels attack the airport on Sunday, officials say.", "ASSAULT"),
]

# Definitions: a present-simple relative clause on a noun with no definite determiner,
# possessor or name; the same clause in the past, or on a named or definite noun, reports.
DEFINITIONS = [
    ("Profits also come from extortion schemes, in which gunmen shoot drivers who refuse to pay.",
     "ASSAULT"),
    ("Gangs run schemes in which shopkeepers are forced to pay.", "COERCE"),
    ("Analysts describe a tactic in which fighters attack convoys at night.", "ASSAULT"),
    ("It is a crime in which officials demand bribes from travellers.", "REQUEST"),
    ("There are programmes that supply clean water to villages.", "AID"),
    ("Smugglers use boats that carry migrants across the strait.", "MOBILIZE"),
    ("Police describe networks which recruit children as lookouts.", "MOBILIZE"),
    ("Lawyers dislike deals in which suspects testify against their bosses.", "COOPERATE"),
    ("He studies conflicts in which militias seize farmland.", "COERCE"),
    ("She wrote about a practice where creditors detain debtors.", "COERCE"),
]
DEFINITION_HAPPENINGS = [
    ("He recalled the attack in which two soldiers were killed on Monday.", "ASSAULT"),
    ("The village, which militias attacked on Friday, is now empty.", "ASSAULT"),
    ("Police found the house where the hostages were held last week.", "ASSAULT"),
    ("The convoy that fighters attacked on Sunday carried food.", "ASSAULT"),
    ("The agency, which delivered aid to the camps in March, was praised.", "AID"),
    ("The militia that kidnapped the workers released them on Friday.", "RETREAT"),
    ("The group, which has attacked three bases this month, claimed the raid.", "ASSAULT"),
    ("Officials named the gunmen who shot the patrol officers on Tuesday.", "ASSAULT"),
    ("The minister met the envoy who negotiated the ceasefire last week.", "CONSULT"),
    ("Residents fled the town where rebels clashed with troops on Sunday.", "ASSAULT"),
]

# Generic subjects: a bare plural event noun as the subject of a present-simple verb.
GENERIC_SUBJECTS = [
    ("Police killings are just one sign of the violence in the country.", "ASSAULT"),
    ("Kidnappings plague the border region.", "ASSAULT"),
    ("Bombings are a familiar part of life in the city.", "ASSAULT"),
    ("Protests are common in the capital.", "PROTEST"),
    ("Arrests rarely lead to convictions in the province.", "COERCE"),
    ("Ambushes remain the rebels' favourite weapon.", "ASSAULT"),
    ("Strikes disrupt the port.", "PROTEST"),
    ("Raids on farms worry the ranchers.", "COERCE"),
    ("Assassinations of journalists go unpunished in the region.", "ASSAULT"),
    ("Sanctions hurt ordinary people more than the elite.", "SANCTION"),
]
GENERIC_HAPPENINGS = [
    ("The killings were condemned by the governor on Monday.", "ASSAULT"),
    ("Clashes broke out in the capital on Sunday.", "ASSAULT"),
    ("Three bombings hit the city on Friday.", "ASSAULT"),
    ("Protests erupted after the verdict on Tuesday.", "PROTEST"),
    ("His arrest sparked protests in the capital.", "COERCE"),
    ("Airstrikes have killed dozens of civilians this week.", "ASSAULT"),
    ("The strike paralysed the port on Monday.", "PROTEST"),
    ("Police raids on farms began on Thursday.", "COERCE"),  # a police raid: a search
    ("The assassination of the journalist shocked the country last week.", "ASSAULT"),
    ("Rebels attacked the town on Sunday.", "ASSAULT"),
]


@pytest.mark.parametrize("text,plover", TIMELESS + DEFINITIONS + GENERIC_SUBJECTS)
def test_timeless_present_definitions_and_generic_subjects_are_not_events(
        pipeline, text: str, plover: str) -> None:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    assert plover not in [e.plover_type for e in events], events


def test_a_headline_keeps_its_present() -> None:
    events = sitrep.process_text("Police arrest two men after market shooting. The men were "
                                 "taken to the station.", published="2021-03-01").events
    assert "COERCE" in [e.plover_type for e in events], events


@pytest.mark.parametrize("text,plover",
                         TIMELESS_HAPPENINGS + DEFINITION_HAPPENINGS + GENERIC_HAPPENINGS)
def test_past_dated_definite_and_headline_acts_stay_events(pipeline, text: str,
                                                            plover: str) -> None:
    events = sitrep.process_text("Officials spoke on Monday. " + text,
                                 published="2021-03-01").events
    assert plover in [e.plover_type for e in events], events


# links to other stories and page furniture (made-up lines): no events; near neighbours keep
# theirs
OTHER_STORIES = [
    "READ MORE: Gunmen killed four people in a market attack in Kano.",
    "Related: Police Arrest Two Men After Market Shooting",
    "See also: Rebels seized the airport in March.",
    "Read also - Troops shelled the border town overnight.",
    "Also read: Protesters clashed with police in the capital.",
    "More on this: Militants abducted 20 students last week.",
    "Recommended: The army bombed a rebel camp in the north.",
    "Related stories | Police detained three journalists on Monday.",
    "Watch: Soldiers fired on protesters in the square.",
    "Warning: this video shows soldiers beating a prisoner.",
]
OWN_LINES = [
    "Gunmen killed four people in a market attack in Kano on Monday.",
    "Police said they had detained three journalists on Monday.",
    "Rebels seized the airport in March, officials said.",
    "Troops shelled the border town overnight, residents said.",
    "Related to the attack, police arrested two men on Monday.",
    "Residents watched as soldiers fired on protesters in the square on Monday.",
    "The army warned that it would bomb the rebel camp, then bombed it on Monday.",
    "Protesters clashed with police in the capital on Sunday.",
    "Militants abducted 20 students from a school on Friday.",
    "Police, who read the statement on Monday, arrested two men.",
]


@pytest.mark.parametrize("line", OTHER_STORIES)
def test_links_to_other_stories_and_page_furniture_give_no_events(pipeline, line: str) -> None:
    events = sitrep.process_text("Officials spoke on Monday.\n" + line,
                                 published="2021-03-01").events
    assert not events, events


@pytest.mark.parametrize("line", OWN_LINES)
def test_the_articles_own_lines_keep_their_events(pipeline, line: str) -> None:
    events = sitrep.process_text("Officials spoke on Monday.\n" + line,
                                 published="2021-03-01").events
    assert events
