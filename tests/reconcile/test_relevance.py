"""Made-up probes (not copied from any data set): which happenings become incidents
(``reconcile/relevance.py``). Community, business, sport and church life between private
persons and organisations with no one harmed stays an event row and makes no incident; the
near neighbours with a state, armed, political or protest actor, harm, a weapon, an arrest or a
protest keep theirs. Each probe is one article processed by the real pipeline into a real
SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.pipeline import article_id
from sitrep.reconcile.relevance import in_scope, party_noun, political
from sitrep.records import Actor, Article, Event, Evidence
from sitrep.store import open_db

# acts between private persons, businesses, clubs, schools and churches: no incident
PRIVATE = [
    "Acme Corp agreed to buy a bakery chain for $20 million on Monday.",
    "Parents praised the new reading programme at the primary school on Monday.",
    "Residents praised the new playground on Sunday.",
    "Shoppers praised the new market hall in Leeds on Saturday.",
    "The company withdrew its offer for the hotel chain on Monday.",
    "The orchestra withdrew from the festival on Monday.",
    "The choir's conductor resigned on Friday.",
    "The pastor called on the congregation to pray for rain on Sunday.",
    "Students demanded more vegetarian options at the cafeteria on Monday.",
    "Local farmers agreed to share a tractor on Tuesday.",
    "Volunteers agreed to clean the beach in Brighton on Sunday.",
    "The club's members agreed to raise the fees on Tuesday.",
    # other senses of trigger words with no political actor: sport, approval, a school's break
    # ("The team attacked the basket" is no event at all since the senses' fit of a team as
    # the doer: tests/extract/events/test_unarmed_bodies.py)
    "The board sanctioned the plan on Monday.",
    "The cooking school suspended its cooperation with a hotel on Monday.",
]
# near neighbours: the same kinds of acts with a state, armed, political or protest actor,
# people harmed, a weapon, an abduction, an arrest or a protest
KEPT = [
    ("Gunmen attacked a school in Kaduna on Tuesday.", ["ASSAULT"]),
    ("Armed men kidnapped a charity worker in Goma on Friday.", ["ASSAULT"]),
    ("A priest was kidnapped from his church in Enugu on Sunday.", ["ASSAULT"]),
    ("A man stabbed a shopkeeper in Leeds on Sunday, police said.", ["ASSAULT"]),
    ("Villagers beat a suspected thief in Kampala on Friday.", ["ASSAULT"]),
    ("Rebels raided a church in Beni on Sunday.", ["ASSAULT"]),
    ("Police raided a nightclub in Lagos on Saturday.", ["COERCE"]),
    ("The club's treasurer was arrested for fraud on Monday.", ["COERCE"]),
    # a crowd gathered to demand is a PROTEST (senses.gatherings); its demand stays a REQUEST
    # (a demand a protest voices is part of the protest, session 38)
    ("Protesters gathered outside the museum on Saturday to demand its closure.",
     ["PROTEST"]),
    ("Teachers went on strike in Nairobi on Monday.", ["PROTEST"]),
    ("Students protesting outside parliament in Accra demanded lower fees on Monday.",
     ["PROTEST", "REQUEST"]),
    ("Relatives of the miners demanded answers from the company on Monday after the police "
     "killed two strikers.", ["ASSAULT", "REQUEST"]),
    ("The interior minister visited a refugee camp near Gaziantep on Thursday.", ["CONSULT"]),
    ("The minister praised the new playground on Sunday.", ["SUPPORT"]),
    ("The senator met the bakery's owners in Dayton on Wednesday.", ["CONSULT"]),
    ("The government agreed to buy fighter jets from France on Monday.", ["AGREE"]),
    ("The mayor condemned the attack on the mosque on Monday.", ["ACCUSE"]),
]
# a person named as the victim of bodily harm, with no figure for a claim: the harm word of the
# trigger is the harm ("Paul Young, 33, was wounded"), whoever the victim is
NAMED_HARMED = [
    # no claim, no weapon, a victim of no known sector: these made no incident before
    "DAYTON, Ohio — Marcus Bell, 41, was wounded outside his home early Sunday.",
    "Priya Nair, 27, was strangled in her flat in Leicester on Tuesday.",
    "Malik Jones, 22, was choked by a stranger on a bus in Atlanta on Monday.",
    "Jamal Reed was injured when a man hit him with a bottle in Leeds on Sunday.",
    "Helen Ward, 64, was wounded in her garden in Exeter on Monday.",
    "Luis Romero was strangled in his car in Valencia on Friday.",
    "Diego Ramos was strangled with a cord in Rosario on Wednesday.",
    "Arjun Rao was throttled by an intruder in Mysore on Friday.",
    "Bruno Costa, 38, was choked and left unconscious in Recife on Sunday.",
    "Karl Weber was strangled in a hotel room in Linz on Saturday.",
    # the same with a weapon, a claim or a known victim: incidents already
    "Tomas Varga was stabbed outside a bar in Szeged on Friday night.",
    "Lena Ortiz, 19, was shot in the leg on Saturday, police said.",
    "Gareth Pryce was beaten to death near a pub in Swansea on Sunday.",
    "A gunman killed Omar Haddad outside his shop in Tripoli on Monday.",
    "Kofi Mensah, 35, was murdered in Kumasi on Saturday.",
    "Ivan Petrov, 52, was beaten and wounded by two men in Varna on Wednesday.",
]
# near neighbours: a named person beaten at a game, a name that wins or loses, not harmed
NAMED_UNHARMED = [
    "Marcus Bell beat Tomas Varga in the chess final in Szeged on Friday.",
    "Lena Ortiz defeated Priya Nair in the tennis final on Saturday.",
    "Gareth Pryce attacked the net in the second set on Sunday.",
    "Acme Corp beat Globex to the contract on Monday.",
    "Jonas Berg praised the new library in Malmo on Wednesday.",
    "Devon Clarke agreed to coach the school team on Friday.",
    "Kofi Mensah withdrew from the marathon in Kumasi on Saturday.",
    "Omar Haddad welcomed visitors to his shop in Tripoli on Monday.",
    "Rafael Soto offered his neighbours a lift on Thursday in Cali.",
    "The bakery beat its sales record in Leicester on Tuesday.",
]


def _stored(pipeline, tmp_path, text: str) -> tuple[list[str], int]:
    """(incident families, events stored) of ``text`` as one article in a real SQLite file."""
    article = Article(text=text, id=article_id(text), source="probe", language="en",
                      origin="probe", published=dt.date(2021, 3, 10))
    with open_db(str(tmp_path / "probe.db")) as db:
        db.save(pipeline.process(article))
        return sorted(i["plover_type"] for i in db.incidents()), len(db.events())


@pytest.mark.parametrize("text", PRIVATE, ids=[t[:45] for t in PRIVATE])
def test_an_act_between_private_parties_with_no_harm_is_no_incident(pipeline, tmp_path, text):
    families, events = _stored(pipeline, tmp_path, text)
    assert events >= 1  # the mention stays an event row
    assert families == []


@pytest.mark.parametrize(("text", "families"), KEPT, ids=[t[:45] for t, _ in KEPT])
def test_violence_coercion_protest_and_political_actors_keep_their_incident(
        pipeline, tmp_path, text, families):
    assert _stored(pipeline, tmp_path, text)[0] == families


@pytest.mark.parametrize("text", NAMED_HARMED, ids=[t[:45] for t in NAMED_HARMED])
def test_a_named_person_harmed_is_an_incident_without_a_claim(pipeline, tmp_path, text):
    assert _stored(pipeline, tmp_path, text)[0] == ["ASSAULT"]


@pytest.mark.parametrize("text", NAMED_UNHARMED, ids=[t[:45] for t in NAMED_UNHARMED])
def test_a_named_person_beaten_at_a_game_or_unharmed_is_no_incident(pipeline, tmp_path, text):
    assert "ASSAULT" not in _stored(pipeline, tmp_path, text)[0]


def _actor(text: str, sector: str | None, kind: str = "named") -> Actor:
    return Actor(text, Evidence(0, len(text), text), text, None, sector, None, kind)


def _event(plover: str, mode: str | None = None, actors: list[Actor] | None = None,
           recipients: list[Actor] | None = None) -> Event:
    sentence = Evidence(0, 10, "a sentence")
    return Event(sentence, sentence, plover, mode, actors=actors or [],
                 recipients=recipients or [])


def test_a_name_left_without_a_sector_takes_the_sector_of_its_full_name_in_the_article():
    known = frozenset({"ana torres", "torres"})
    assert political(_actor("Torres", None), known)
    assert not political(_actor("Torres", "BUS"), known)  # coded otherwise: not overridden
    assert not political(_actor("Lopez", None), known)


@pytest.mark.parametrize(("name", "sector", "expected"), [
    ("Protesters", "CVL", True), ("the three suspects", None, True), ("rioters", None, True),
    ("shoppers", "CVL", False), ("the suspects' lawyers", None, False)])
def test_people_named_by_their_part_in_a_protest_or_a_crime_are_a_party(name, sector, expected):
    assert party_noun(_actor(name, sector, "group")) is expected


@pytest.mark.parametrize(("event", "claims_killed", "expected"), [
    (_event("AGREE", actors=[_actor("Acme Corp", None)]), None, False),
    (_event("AGREE", actors=[_actor("Acme Corp", None)]), 2, True),  # harm
    (_event("ASSAULT", "firearms"), None, True),  # a weapon
    (_event("ASSAULT", recipients=[_actor("residents", "CVL", "group")]), None, True),
    (_event("ASSAULT", recipients=[_actor("Sunderland", "BUS")]), None, False),  # a team
    (_event("COERCE", "arrest"), None, True),
    (_event("COERCE", "restrict"), None, False),
    (_event("PROTEST"), None, True),
    (_event("SUPPORT", actors=[_actor("Russia", "GOV", "country")]), None, True),
])
def test_in_scope_by_harm_type_and_participants(event, claims_killed, expected):
    assert in_scope([event], killed=claims_killed) is expected
