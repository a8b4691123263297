"""Everyday senses of conflict words in local and wire news (events/senses/everyday.py and the
accidents of events/eventhood.py): violence against an illness, a dismissal, a press release,
a strike in a match, a road accident and an imperative to the reader are no events of the
trigger's type; near neighbours (real attacks, shootings, releases of people, labour and air
strikes, imperatives that are not about the web) stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import plover_types

ILLNESS = [
    ("The former mayor died on Monday after a long battle with cancer.", "ASSAULT"),
    ("She lost her fight against leukaemia last spring.", "ASSAULT"),
    ("The singer spoke on Tuesday about his long struggle with addiction.", "ASSAULT"),
    ("The teacher died after a brave battle with breast cancer.", "ASSAULT"),
    ("He lost his battle with lymphoma in March.", "ASSAULT"),
    ("The boy has been fighting leukemia since May.", "ASSAULT"),
    ("She battled depression for years before the trial.", "ASSAULT"),
    ("The actor fought alcoholism for a decade.", "ASSAULT"),
    ("Her long fight with dementia ended on Friday.", "ASSAULT"),
    ("The coach died after a short battle with pancreatic cancer.", "ASSAULT"),
    ("The nurse lost her fight with pneumonia in April.", "ASSAULT"),
    ("He won his battle against tuberculosis last year.", "ASSAULT"),
    ('The actor fought back tears on Monday.', 'ASSAULT'),
    ('The pilot battled fatigue on the long flight.', 'ASSAULT'),
]
ILLNESS_NEIGHBOURS = [
    ("Soldiers fought the rebels near the hospital on Monday.", "ASSAULT"),
    ("Troops battled militants in the valley on Sunday.", "ASSAULT"),
    ("Police fought with protesters outside the cancer ward on Friday.", "ASSAULT"),
    ("The battle for the town killed 30 fighters on Sunday.", "ASSAULT"),
    ("Gunmen attacked a cancer clinic on Monday.", "ASSAULT"),
    ("Two men fought with a guard at the clinic on Saturday.", "ASSAULT"),
    ("The army battled insurgents for control of the road on Monday.", "ASSAULT"),
    ("Militants attacked a hospital treating cholera patients on Friday.", "ASSAULT"),
    ("Villagers fought off the raiders with sticks on Sunday.", "ASSAULT"),
    ("The rebels lost their battle with the army for the airport on Tuesday.", "ASSAULT"),
    ('Troops fought back the rebels on Monday.', 'ASSAULT'),
]
DISMISSAL = [
    ("The board fired the coach on Monday.", "ASSAULT"),
    ("He was fired from his job at the bank last week.", "ASSAULT"),
    ("The nurse was fired for misconduct in May.", "ASSAULT"),
    ("The company fired 300 workers on Friday.", "ASSAULT"),
    ("The station fired its longtime anchor on Tuesday.", "ASSAULT"),
    ("She was fired over her remarks about the mayor.", "ASSAULT"),
    ("The club fired its manager after the defeat on Sunday.", "ASSAULT"),
    ("The mayor fired him on Wednesday.", "ASSAULT"),
    ("The governor fired the police chief on Monday.", "ASSAULT"),
    ("Two teachers were fired after the inquiry last month.", "ASSAULT"),
    ("The studio fired John Smith from the show on Friday.", "ASSAULT"),
]
DISMISSAL_NEIGHBOURS = [
    ("Soldiers fired on the protesters on Monday.", "ASSAULT"),
    ("Gunmen fired shots at the car on Friday.", "ASSAULT"),
    ("Militants fired rockets at the town on Sunday.", "ASSAULT"),
    ("Troops opened fire on the crowd on Tuesday.", "ASSAULT"),
    ("A shot was fired at the officer on Monday.", "ASSAULT"),
    ("The gunman fired at police outside the bank on Friday.", "ASSAULT"),
    ("Soldiers fired into the crowd on Saturday.", "ASSAULT"),
    ("Two rockets were fired from Gaza on Monday.", "ASSAULT"),
    ("Police fired rubber bullets at the workers on Friday.", "ASSAULT"),
    ("The sniper fired twice at the guard on Sunday.", "ASSAULT"),
    ("Police fired tear gas at the teachers on Monday.", "ASSAULT"),
]
RELEASE = [
    ("Police said in a news release on Monday that the road was closed.", "RETREAT"),
    ("According to a press release, the plant will close in May.", "RETREAT"),
    ("The ministry issued a release on Friday about the new rules.", "RETREAT"),
    ("A release from the sheriff's office said the man was 42.", "RETREAT"),
    ("The company put out a release on Tuesday.", "RETREAT"),
    ("In a media release, the council said the bridge would reopen.", "RETREAT"),
    ("The department said in a release that two officers were hurt.", "RETREAT"),
    ("The police news release did not name the driver.", "RETREAT"),
    ("The club confirmed the signing in a release on Monday.", "RETREAT"),
    ("A press release from the army said the drill ended on Sunday.", "RETREAT"),
]
RELEASE_NEIGHBOURS = [
    ("Rebels released ten hostages on Monday.", "RETREAT"),
    ("The release of the prisoners took place on Friday.", "RETREAT"),
    ("His release from prison came on Tuesday.", "RETREAT"),
    ("The army released the two journalists on Sunday.", "RETREAT"),
    ("The kidnappers freed the engineer on Monday.", "RETREAT"),
    ("The court ordered his release from custody, and he was freed on Friday.", "RETREAT"),
    ("The militia released 40 detainees on Wednesday.", "RETREAT"),
    ("The hostages' release followed talks on Monday.", "RETREAT"),
    ("The junta released the opposition leader from house arrest on Monday.", "RETREAT"),
    ("The gang released the girl unharmed on Saturday.", "RETREAT"),
]
SPORT = [
    ("A 90th-minute strike from Silva won the match on Saturday.", "PROTEST"),
    ("His strike from 20 yards flew into the top corner.", "PROTEST"),
    ("Silva's stoppage-time strike sealed the win on Sunday.", "PROTEST"),
    ("The winger curled a late strike into the net.", "PROTEST"),
    ("A first-half strike by Jones gave the hosts the lead.", "PROTEST"),
    ("Her low strike beat the goalkeeper at the near post.", "PROTEST"),
    ("A deflected strike from the edge of the box levelled the score.", "PROTEST"),
    ("The captain scored with a fierce strike in the second half.", "PROTEST"),
    ("Jones struck twice in the second half to win the game.", "ASSAULT"),
    ("The striker scored a hat-trick against the champions.", "ASSAULT"),
    ("The batter struck out in the ninth inning.", "ASSAULT"),
    ("Silva struck from 25 yards to level the match in the 88th minute.", "ASSAULT"),
    ('His shot from 20 yards hit the post.', 'ASSAULT'),
    ('United beat City 3-1 on Saturday.', 'ASSAULT'),
    ('Silva fired home from close range in the 90th minute.', 'ASSAULT'),
    ('Rovers attacked down the left in the second half.', 'ASSAULT'),
]
SPORT_NEIGHBOURS = [
    ("Dock workers went on strike over pay on Monday.", "PROTEST"),
    ("A 24-hour strike shut the ports on Tuesday.", "PROTEST"),
    ("Nurses began a strike at the hospital on Friday.", "PROTEST"),
    ("An air strike killed five fighters on Sunday.", "ASSAULT"),
    ("A drone strike hit the convoy on Monday.", "ASSAULT"),
    ("Teachers staged a one-day strike on Wednesday.", "PROTEST"),
    ("The miners' strike entered its second week on Monday.", "PROTEST"),
    ("A missile strike from the sea destroyed the depot on Friday.", "ASSAULT"),
    ("Bus drivers held a strike in the capital on Thursday.", "PROTEST"),
    ("Israeli jets struck the camp on Saturday.", "ASSAULT"),
    ('Rival fans fought in the stands during the second half on Saturday.', 'ASSAULT'),
    ('A gunman opened fire in the stadium in the second half of the match.', 'ASSAULT'),
    ('Police beat protesters outside the stadium on Saturday.', 'ASSAULT'),
    ("The shot hit the goalkeeper's car outside his home on Sunday.", 'ASSAULT'),
    ('Rebels shelled the stadium during the cup final on Sunday.', 'ASSAULT'),
    ('Israel struck Hamas targets in the second half of May.', 'ASSAULT'),
]
ACCIDENT = [
    ("A man was killed in a crash on the motorway on Monday.", "ASSAULT"),
    ("A car struck a pedestrian on Main Street on Friday.", "ASSAULT"),
    ("A toddler was killed when his father backed out of the driveway on Sunday.", "ASSAULT"),
    ("Three teenagers died when their car hit a tree on Saturday.", "ASSAULT"),
    ("A cyclist was struck and killed by a bus on Tuesday.", "ASSAULT"),
    ("Two people were killed in a house fire on Monday.", "ASSAULT"),
    ("A boy drowned in the river on Sunday.", "ASSAULT"),
    ("A woman was killed when her car skidded off the road on Friday.", "ASSAULT"),
    ("The driver was killed when the lorry overturned on the bridge.", "ASSAULT"),
    ("A pedestrian was hit by a van outside the school on Monday.", "ASSAULT"),
    ("A motorcyclist was killed after colliding with a truck on Monday.", "ASSAULT"),
]
ACCIDENT_NEIGHBOURS = [
    ("Gunmen killed a driver on the motorway on Monday.", "ASSAULT"),
    ("A man was stabbed outside a bar on Friday.", "ASSAULT"),
    ("A car bomb killed six people in the market on Sunday.", "ASSAULT"),
    ("A man drove his car into the crowd and killed four people on Saturday.", "ASSAULT"),
    ("Gunmen shot the driver of a bus on Tuesday.", "ASSAULT"),
    ("A gunman shot a driver who had stopped at a crash on Monday.", "ASSAULT"),
    ("Two soldiers were killed when their truck hit a roadside bomb on Monday.", "ASSAULT"),
    ("Soldiers killed two men at the checkpoint on Friday.", "ASSAULT"),
    ("Rebels attacked a convoy of trucks on Monday.", "ASSAULT"),
    ("A suicide bomber killed ten people at the bus station on Sunday.", "ASSAULT"),
    ("Police shot a man who was driving a stolen car on Monday.", "ASSAULT"),
    ("A deputy was injured when a driver rammed his patrol car on Friday.", "ASSAULT"),
    ("Two officers were injured when a motorist rammed their cruiser on Sunday.", "ASSAULT"),
    ("Four people were killed when a driver deliberately drove into the crowd on Monday.",
     "ASSAULT"),
    ("A protester was injured when a driver intentionally hit him with his car on Saturday.",
     "ASSAULT"),
    ("Three pilgrims were killed when a truck driver mowed them down on Tuesday.", "ASSAULT"),
]
WEB = [
    ("Visit our website for the latest updates.", "CONSULT"),
    ("Click here to support our journalism.", "SUPPORT"),
    ("Sign up for our newsletter to get the news every morning.", "SUPPORT"),
    ("Follow us on Twitter and Facebook.", "SUPPORT"),
    ("Join our community of readers today.", "COOPERATE"),
    ("Share this story with your friends on Facebook.", "COOPERATE"),
    ("Support our newsroom by subscribing today.", "SUPPORT"),
    ("Contact us by email with your news tips.", "CONSULT"),
    ("Visit our homepage for more stories.", "CONSULT"),
    ("Help us keep reporting by donating to our website.", "AID"),
    ("Meet our team of reporters on our website.", "CONSULT"),
    ("Read our full coverage of the war here.", "ASSAULT"),
    ("Contact the newsroom with your tips about the attack.", "ASSAULT"),
]
WEB_NEIGHBOURS = [
    ("The minister visited the border town on Monday.", "CONSULT"),
    ("Police urged residents to visit the website for updates on Monday.", "REQUEST"),
    ("Hackers attacked the ministry's website on Monday.", "ASSAULT"),
    ("The president met the opposition leader on Twitter's campus on Monday.", "CONSULT"),
    ("The senator visited the refugee camp on Friday.", "CONSULT"),
    ("The union supported the strike on its website on Monday.", "SUPPORT"),
    ("The army urged residents on Monday to leave the city.", "REQUEST"),
    ("The envoy met the president in Paris on Tuesday.", "CONSULT"),
    ("Visiting the website of the ministry, hackers attacked its servers on Monday.", "ASSAULT"),
    ("The charity gave food to 500 families on Friday.", "AID"),
    ("The rebels attacked the newsroom of the state broadcaster on Monday.", "ASSAULT"),
]


@pytest.mark.parametrize("text,plover", ILLNESS + DISMISSAL + RELEASE + SPORT + ACCIDENT + WEB)
def test_everyday_senses_are_not_events_of_the_type(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", ILLNESS_NEIGHBOURS + DISMISSAL_NEIGHBOURS +
                         RELEASE_NEIGHBOURS + SPORT_NEIGHBOURS + ACCIDENT_NEIGHBOURS +
                         WEB_NEIGHBOURS)
def test_conflict_senses_stay_events(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
