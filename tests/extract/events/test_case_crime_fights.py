"""Fighting between criminal groups, or between them and the police or the army, is a clash
(issue 19 item 2, session 34): the CASE codebook defines ORG_CRIME as criminal activity *other
than* fighting between criminal groups, so "rival gangs exchanged fire" or "cartel gunmen
clashed with soldiers" are ARMED_CLASH, not ORG_CRIME (``rules.FIGHT``). The neighbours keep
ORG_CRIME: a campaign against crime ("the fight against drug trafficking"), a "clash of
interests", crimes told by the police action. Made-up sentences."""

from __future__ import annotations

import pytest

from sitrep.extract.events.case.rules import classify_rules

PROBES = [
("Rival gangs exchanged fire in the streets of the port city overnight.", "ARMED_CLASH"),
("Two drug cartels fought a gun battle in the town, leaving nine dead.", "ARMED_CLASH"),
("Members of two rival cartels clashed in the market district, killing four.", "ARMED_CLASH"),
("A shootout between gang members left three dead in the north of the city.", "ARMED_CLASH"),
("Cartel gunmen clashed with soldiers on the road to the border, the army said.", "ARMED_CLASH"),
("Rival drug gangs fought for control of the neighbourhood overnight.", "ARMED_CLASH"),
("Traffickers traded fire with police at a roadblock before fleeing into the hills.",
 "ARMED_CLASH"),
("Gang members fought each other with rifles in the prison yard.", "ARMED_CLASH"),
("A turf war between two street gangs has left a dozen dead this month.", "ARMED_CLASH"),
("Smugglers exchanged gunfire with border guards near the river crossing.", "ARMED_CLASH"),
("Police and members of a drug gang engaged in a firefight that lasted an hour.",
 "ARMED_CLASH"),
("Suspected cartel members and marines fought a gunbattle in the town.", "ARMED_CLASH"),
("Police seized two tonnes of cocaine hidden in a container at the port.", "ORG_CRIME"),
("The government vowed to step up the fight against drug trafficking.", "ORG_CRIME"),
("Authorities are battling corruption and extortion in the customs service.", "ORG_CRIME"),
("A gang that smuggled migrants across the border was dismantled, prosecutors said.",
 "ORG_CRIME"),
("The cartel extorts shopkeepers and bus drivers across the city, residents say.", "ORG_CRIME"),
("Police arrested five members of a gang that extorted shopkeepers.", "ORG_CRIME"),
("Officials said a clash of interests between the ministries delayed the plan against drug "
 "smuggling.", "ORG_CRIME"),
("Gang members robbed a bus and stole the passengers' phones.", "ORG_CRIME"),
("Drug traffickers bribed customs officers to let the shipments through.", "ORG_CRIME"),
("Investigators say the cartel laundered money through cattle ranches.", "ORG_CRIME"),
]


@pytest.mark.parametrize(("text", "label"), PROBES)
def test_crime_fights(text: str, label: str) -> None:
    assert classify_rules(text) == label, text
