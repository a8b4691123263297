"""An institution's routine (events/eventhood/routine.py, senses/life/permits.py): a body's
budget decision, a pay measure, a caseload status, a visit to one's own country's embassy and
what a rule provides are no AGREE, SANCTION, COERCE, RETREAT, CONSULT or CONCEDE; deals with a
party, sanctions on someone, arrests and releases told, visits to another country's mission
and permissions granted by a party stay. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import modes_after_lead

FLAGS = {"negated", "hypothetical", "future"}



ROUTINE = [
    # budget decisions
    ("The selectmen agreed to allocate $4,500 to hire an engineer.", "AGREE"),
    ("The school board agreed to hire three new teachers.", "AGREE"),
    ("The town council agreed to buy two new fire trucks.", "AGREE"),
    ("The county commission agreed to borrow $3 million for the new school.", "AGREE"),
    ("The city council agreed to spend $2 million on new roads.", "AGREE"),
    # pay measures
    ("The university said it would freeze the pay of its president.", "SANCTION"),
    ("The county froze the salaries of all its employees on Monday.", "SANCTION"),
    ("The governor suspended the bonuses of all state employees.", "SANCTION"),
    ("The company froze hiring on Monday.", "SANCTION"),
    # caseload statuses
    ("The department supervises 240 offenders, including nine on pretrial release and four "
     "on house arrest.", "COERCE"),
    ("The department supervises 240 offenders, including nine on pretrial release and four "
     "on house arrest.", "RETREAT"),
    ("The jail holds 120 inmates, including 30 on work release.", "RETREAT"),
    ("The court supervises 300 people, 40 of them on house arrest.", "COERCE"),
    # a visit to one's own mission
    ("The President of Armenia visited the Embassy of the Republic of Armenia in Rome.",
     "CONSULT"),
    ("The French foreign minister visited the French embassy in Algiers on Monday.", "CONSULT"),
    ("The Kenyan president visited the Kenyan consulate in Dubai.", "CONSULT"),
    # what a rule provides
    ("The state program allows homebuyers to use the credit for a down payment.", "CONCEDE"),
    ("The new law allows farmers to sell their land.", "CONCEDE"),
    ("The new rule allows officers to search cars.", "COERCE"),
]
EVENTS = [
    # a purchase from another named party is a deal, not a body's own spending
    ("The government agreed to buy fighter jets from France on Monday.", "AGREE"),
    ("Egypt agreed to purchase submarines from Germany on Monday.", "AGREE"),
    ("The council agreed to buy two trucks from Ford Motor Co. on Monday.", "AGREE"),
    ("The mayor agreed with the union to raise wages on Monday.", "AGREE"),
    ("The government agreed to pay $5 million to the families of the victims.", "AGREE"),
    ("The two sides agreed to a ceasefire on Monday.", "AGREE"),
    ("The bank froze the assets of the rebel leaders on Monday.", "SANCTION"),
    ("The EU froze the assets of the general.", "SANCTION"),
    ("The United States suspended military aid to Egypt.", "SANCTION"),
    ("The government cut aid to the rebels on Monday.", "SANCTION"),
    ("He was placed on house arrest on Monday.", "COERCE"),
    ("Two men are under arrest after the shooting.", "COERCE"),
    ("Police released the suspect on bail on Monday.", "RETREAT"),
    ("The President of France visited the German embassy in Paris.", "CONSULT"),
    ("The French foreign minister visited the US embassy in Algiers on Monday.", "CONSULT"),
    ("The Kenyan president visited Uganda on Monday.", "CONSULT"),
    ("The governor allowed the prisoners to leave.", "CONCEDE"),
    ("The army allowed the aid convoy to enter the town on Monday.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "plover"), ROUTINE,
                         ids=[f"routine-{k:02d}" for k in range(len(ROUTINE))])
def test_an_institutions_routine_is_no_event(pipeline, text: str, plover: str) -> None:
    assert not any(not FLAGS & set(m) for m in modes_after_lead(text, plover))


@pytest.mark.parametrize(("text", "plover"), EVENTS,
                         ids=[f"event-{k:02d}" for k in range(len(EVENTS))])
def test_deals_sanctions_arrests_and_visits_stay(pipeline, text: str, plover: str) -> None:
    assert any(not FLAGS & set(m) for m in modes_after_lead(text, plover))
