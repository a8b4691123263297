"""Acts told in words the trigger lexicon used to miss (round 2's recall part): nouns and verbs
of arson, looting and destruction ("the torching of two churches", "ransacked", "vandalised"),
talks and calls with a counterpart ("talked to the rebels", "spoke with his counterpart", "a
phone call with"), visits ("toured Baghdad", "flew to Beirut", "received the foreign
minister"), attacks named by their noun ("launched a counteroffensive", "an incursion", "came
under fire", "took hostages"), killings, brawls and things smashed ("slew", "a scuffle with
police", "smashed the windows"), orders ("ordered the man to back away") on made-up probe sentences with the real model; near neighbours
with the same words in another sense (the press talked to, a factory toured, fuels burnt, a
politician "under fire" from critics) must give no event of that type."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article, Event

# a town the entity tagger does not label a place: no destination of a visit is seen; an order
# the parser reads as an adjective ("directed residents": the residents' clause is the root)
KNOWN_GAPS = {"The Indian defence minister flew to Colombo on Thursday.",
              "The police chief directed residents to stay indoors."}

# (text, PLOVER type, trigger word, words of actors that must be read)
DESTRUCTION: list[tuple[str, str, str, list[str]]] = [
    ("The torching of three police stations shocked the province.", "ASSAULT", "torching", []),
    ("Witnesses described the looting of supermarkets in the port city.", "ASSAULT", "looting",
     []),
    ("The burning of the mayor's house by a mob was filmed by neighbours.", "ASSAULT",
     "burning", ["mob"]),
    ("Militiamen ransacked the headquarters of the opposition party.", "ASSAULT", "ransacked",
     ["Militiamen"]),
    ("The ransacking of the archives lasted two days.", "ASSAULT", "ransacking", []),
    ("Unknown men vandalised the war memorial overnight.", "PROTEST", "vandalised",
     ["Unknown men"]),
    ("Soldiers pillaged the villages along the river.", "ASSAULT", "pillaged", ["Soldiers"]),
    ("Police are investigating an arson at the synagogue.", "ASSAULT", "arson", []),
    ("The destruction of the bridge cut the town off.", "ASSAULT", "destruction", []),
    ("Demonstrators pelted the riot police with rocks.", "ASSAULT", "pelted",
     ["Demonstrators"]),
    ("The beating of a journalist by guards was caught on camera.", "ASSAULT", "beating",
     ["guards"]),
    ("The army ordered the demolition of forty homes in the village.", "COERCE", "demolition",
     []),
]

TALKS: list[tuple[str, str, str, list[str]]] = [
    ("The UN mediator talked to the rebel commanders in Nairobi.", "CONSULT", "talked",
     ["UN"]),
    ("The foreign minister talked with his Chinese counterpart on Friday.", "CONSULT", "talked",
     ["foreign minister"]),
    ("The prime minister spoke with the Turkish president by telephone.", "CONSULT", "spoke",
     ["prime minister"]),
    ("The envoy spoke with leaders of the armed groups in Bamako.", "CONSULT", "spoke",
     ["envoy"]),
    ("The president held a phone call with the German chancellor.", "CONSULT", "call",
     ["president"]),
    ("The governor talked to tribal elders about the water dispute.", "CONSULT", "talked",
     ["governor"]),
    ("The general talked to both sides before the ceasefire.", "CONSULT", "talked",
     ["general"]),
    ("Opposition leaders talked with the army about a transition.", "CONSULT", "talked",
     ["Opposition leaders"]),
    ("The Pope talked to the Russian Orthodox Patriarch in Moscow.", "CONSULT", "talked", []),
    ("The ambassador spoke with Houthi officials in Muscat.", "CONSULT", "spoke",
     ["ambassador"]),
    ("The king had a call with the Saudi crown prince on Sunday.", "CONSULT", "call",
     ["king"]),
    ("Kenya's president talked to the Ethiopian prime minister on Tuesday.", "CONSULT",
     "talked", ["president"]),
]

VISITS: list[tuple[str, str, str, list[str]]] = [
    ("The president toured Basra on Sunday.", "CONSULT", "toured", ["president"]),
    ("The German chancellor toured Ukraine last week.", "CONSULT", "toured", ["chancellor"]),
    ("The foreign minister flew to Ankara on Monday.", "CONSULT", "flew", ["foreign minister"]),
    ("The Indian defence minister flew to Colombo on Thursday.", "CONSULT", "flew",
     ["defence minister"]),
    ("The secretary of state flew to Cairo.", "CONSULT", "flew", ["secretary of state"]),
    ("The king received the French foreign minister in Rabat.", "CONSULT", "received",
     ["king"]),
    ("The emir received the Iranian president at his palace.", "CONSULT", "received",
     ["emir"]),
    ("President Ruto received the Somali prime minister on Monday.", "CONSULT", "received",
     ["Ruto"]),
    ("The prime minister toured Kashmir after the floods.", "CONSULT", "toured",
     ["prime minister"]),
    ("The Pope toured Iraq in March.", "CONSULT", "toured", []),
    ("The Chinese foreign minister flew to Islamabad for a two-day stay.", "CONSULT", "flew",
     ["foreign minister"]),
    ("The sultan received the British defence secretary.", "CONSULT", "received", ["sultan"]),
]

ATTACKS: list[tuple[str, str, str, list[str]]] = [
    ("Government forces launched a counteroffensive in the north.", "ASSAULT",
     "counteroffensive", ["Government forces"]),
    ("The militia mounted a counterattack on the airport.", "ASSAULT", "counterattack",
     ["militia"]),
    ("Turkish troops made an incursion into northern Iraq.", "ASSAULT", "incursion",
     ["Turkish troops"]),
    ("The onslaught by the insurgents lasted three days.", "ASSAULT", "onslaught",
     ["insurgents"]),
    ("The patrol came under fire near the border post.", "ASSAULT", "fire", []),
    ("The aid convoy came under heavy fire outside Mosul.", "ASSAULT", "fire", []),
    ("The base came under fire from militants on Sunday.", "ASSAULT", "fire", ["militants"]),
    ("The junta launched a crackdown on student leaders.", "COERCE", "crackdown", ["junta"]),
    ("Pirates took the crew hostage off the coast of Somalia.", "ASSAULT", "took", ["Pirates"]),
    ("Nurses staged a walkout at the main hospital.", "PROTEST", "walkout", ["Nurses"]),
    ("Dockers staged a walk-out over unpaid wages.", "PROTEST", "walk-out", ["Dockers"]),
    ("Rebels took two soldiers captive near the river.", "ASSAULT", "took", ["Rebels"]),
    ("The police clampdown on protesters continued in the capital.", "COERCE", "clampdown",
     []),
]

FIGHTS: list[tuple[str, str, str, list[str]]] = [
    ("Gunmen slew a village chief near the border.", "ASSAULT", "slew", ["Gunmen"]),
    ("Detectives are looking into the slaying of a taxi driver.", "ASSAULT", "slaying", []),
    ("Bandits slayed three herders in the hills.", "ASSAULT", "slayed", ["Bandits"]),
    ("Rival gangs brawled in the prison yard on Friday.", "ASSAULT", "brawled", []),
    ("A brawl between inmates left one prisoner dead.", "ASSAULT", "brawl", []),
    ("Demonstrators scuffled with riot police outside the ministry.", "ASSAULT", "scuffled",
     ["Demonstrators"]),
    ("A scuffle with security guards broke out at the gate.", "ASSAULT", "scuffle", []),
    ("Two men were hurt in a fistfight outside the nightclub.", "ASSAULT", "fistfight", []),
    ("A melee broke out when police tried to clear the square.", "ASSAULT", "melee", []),
    ("Rioters smashed the windows of the town hall.", "ASSAULT", "smashed", ["Rioters"]),
    ("A gang smashed cars along the main street.", "ASSAULT", "smashed", ["gang"]),
    ("Vandals smashed headstones in the Jewish cemetery.", "ASSAULT", "smashed", ["Vandals"]),
]

ORDERS: list[tuple[str, str, str, list[str]]] = [
    ("The sergeant ordered the driver to step out of the car.", "REQUEST", "ordered",
     ["sergeant"]),
    ("The governor ordered the militia to lay down its arms.", "REQUEST", "ordered",
     ["governor"]),
    ("The police chief directed residents to stay indoors.", "REQUEST", "directed",
     ["police chief"]),
    ("The minister instructed the army to open the border crossing.", "REQUEST", "instructed",
     ["minister"]),
    ("The colonel commanded the soldiers to retreat.", "REQUEST", "commanded", ["colonel"]),
    ("Villagers were ordered to leave before the offensive.", "REQUEST", "ordered", []),
    ("The judge ordered the prison to free the journalist.", "REQUEST", "ordered", ["judge"]),
    ("The president directed the cabinet to draft a new law.", "REQUEST", "directed",
     ["president"]),
    ("The UN ordered its staff to leave the city.", "REQUEST", "ordered", ["UN"]),
    ("The officer instructed the crowd to disperse.", "REQUEST", "instructed", ["officer"]),
    ("The court ordered the ministry to pay compensation.", "REQUEST", "ordered", ["court"]),
    ("The mayor ordered shops to close early on Friday.", "REQUEST", "ordered", ["mayor"]),
]

# (text, PLOVER type that must not be found)
NEIGHBOURS: list[tuple[str, str]] = [
    ("The burning question is who will pay for the repairs.", "ASSAULT"),
    ("The burning of fossil fuels warms the planet.", "ASSAULT"),
    ("Farmers complained about the burning of leaves in the park.", "ASSAULT"),
    ("The beating of drums announced the procession.", "ASSAULT"),
    ("The coach fired up his players before the match.", "ASSAULT"),
    ("The minister talked to reporters outside the court.", "CONSULT"),
    ("The senator spoke with journalists outside the court.", "CONSULT"),
    ("The president talked to the BBC about the economy.", "CONSULT"),
    ("The mayor talked to her husband about the move.", "CONSULT"),
    ("He spoke with a heavy accent.", "CONSULT"),
    ("The governor toured the new factory on Monday.", "CONSULT"),
    ("The band toured Europe for six months.", "CONSULT"),
    ("The family flew to Florida for a holiday.", "CONSULT"),
    ("The minister received a letter from the union.", "CONSULT"),
    ("The athlete received the medal from the minister.", "CONSULT"),
    ("The prime minister came under fire from his own party.", "ASSAULT"),
    ("The coach came under fire for the team's poor results.", "ASSAULT"),
    ("The plan came under attack from economists.", "ASSAULT"),
    ("Weapons of mass destruction were never found.", "ASSAULT"),
    ("The prime minister flew to Baghdad to meet Iraqi leaders.", "ASSAULT"),
    ("The sprinter smashed the world record in Oslo.", "ASSAULT"),
    ("The album was a smash hit in Japan.", "ASSAULT"),
    ("The two candidates scuffled over taxes in a televised debate.", "ASSAULT"),
    ("She ordered a pizza for the team.", "REQUEST"),
    ("The cat walked out of the house.", "PROTEST"),
    ("Guests took a walk out on the pier.", "PROTEST"),
    ("Spielberg directed the film in 1993.", "REQUEST"),
    ("The students were instructed in French.", "REQUEST"),
    ("He left early in order to catch the train.", "REQUEST"),
]

# one visit told, not two: the flight made for a meeting is the meeting
ONE_VISIT = ["The prime minister flew to Baghdad to meet Iraqi leaders.",
             "The foreign minister travelled to Riyadh for talks with Saudi officials."]


@pytest.fixture(scope="module")
def events_of(pipeline):
    def run(text: str) -> list[Event]:
        article = Article(text=text, published=dt.date(2023, 5, 17), language="en")
        return pipeline.process(article).events

    return run


def _cases(name: str, rows: list[tuple[str, str, str, list[str]]]) -> list:
    return [pytest.param(*row, id=f"{name}-{k:02d}", marks=[
        pytest.mark.xfail(strict=True, reason="known gap")] if row[0] in KNOWN_GAPS else [])
        for k, row in enumerate(rows)]


@pytest.mark.parametrize(("text", "plover", "trigger", "actors"),
                         _cases("destruction", DESTRUCTION) + _cases("talks", TALKS)
                         + _cases("visits", VISITS) + _cases("attacks", ATTACKS)
                         + _cases("fights", FIGHTS) + _cases("orders", ORDERS))
def test_told_act_is_an_event(events_of, text: str, plover: str, trigger: str,
                              actors: list[str]) -> None:
    events = events_of(text)
    found = [e for e in events if e.plover_type == plover and trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    ours = [a.text for e in found for a in e.actors]
    for word in actors:
        assert any(word in a for a in ours), (word, ours)


@pytest.mark.parametrize(("text", "plover"),
                         [pytest.param(*row, id=f"neighbour-{k:02d}")
                          for k, row in enumerate(NEIGHBOURS)])
def test_other_sense_gives_no_event(events_of, text: str, plover: str) -> None:
    kinds = [(e.plover_type, e.trigger.text) for e in events_of(text)]
    assert all(kind != plover for kind, _ in kinds), kinds


@pytest.mark.parametrize("text", ONE_VISIT)
def test_journey_to_a_meeting_is_one_visit(events_of, text: str) -> None:
    consults = [e.trigger.text for e in events_of(text) if e.plover_type == "CONSULT"]
    assert len(consults) == 1, consults


def test_criticism_under_fire_is_an_accusation(events_of) -> None:
    events = events_of("The health minister came under fire from opposition lawmakers.")
    accused = [e for e in events if e.plover_type == "ACCUSE"]
    assert accused, [(e.plover_type, e.trigger.text) for e in events]
    assert any("lawmakers" in a.text for e in accused for a in e.actors)


# a campaign of repression named as a topic, not launched, dated or harming
CRACKDOWN_TOPICS = [
    "The government's crackdown on drug cartels has pushed gangs into extortion.",
    "Critics say the crackdown on corruption has stalled.",
]


@pytest.mark.parametrize("text", CRACKDOWN_TOPICS)
def test_crackdown_named_as_a_topic_is_no_event(events_of, text: str) -> None:
    kinds = [(e.plover_type, e.trigger.text) for e in events_of(text)]
    assert all(kind != "COERCE" for kind, _ in kinds), kinds


# talks of police or private people with the people of a case or private people: no meeting
INTERVIEWS = [
    "As the deputies spoke with the suspect, a second car arrived.",
    "Detectives talked to the victim at the hospital.",
    "I talked to Roy at the council meeting on Monday.",
    "The officer spoke with witnesses outside the bar.",
    "She talked to the acting chief executive about the delays.",
]


@pytest.mark.parametrize("text", INTERVIEWS)
def test_interview_is_no_meeting(events_of, text: str) -> None:
    kinds = [(e.plover_type, e.trigger.text) for e in events_of(text)]
    assert not any(kind == "CONSULT" and word in {"talked", "spoke"} for kind, word in kinds), \
        kinds
