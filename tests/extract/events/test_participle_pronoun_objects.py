"""Probes of the one a participle clause or a relative clause acts on (issue 15 item 6, session
36): "police arrested a mayor, accusing him of fraud" accuses the mayor (an object pronoun of a
participle that shares the main verb's subject stands for the main verb's object), and "police
arrested a man in Soledad, whom they accused of ..." accuses the man (a "who"/"whom" clause the
parser hung on a place after a person describes the person). Neighbours: a pronoun with a
subject of its own ("after a rival accused him"), a participle with a named object, relative
clauses about places ("which the army shelled"). All made up."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article, Event

# (sentence, PLOVER type, trigger word, a word of an actor or None, a word of a recipient or
# None, a word no recipient may have or None)
CHANGE = [
    ("Police arrested a mayor in the north, accusing him of laundering money.", "ACCUSE",
     "accusing", "Police", "mayor", None),
    ("Soldiers detained a journalist, accusing her of spying.", "ACCUSE", "accusing",
     "Soldiers", "journalist", None),
    ("The government expelled two diplomats, accusing them of espionage.", "ACCUSE", "accusing",
     "government", "diplomats", None),
    ("Police arrested the suspects on Monday, charging them with murder.", "ACCUSE", "charging",
     "Police", "suspects", None),
    ("Troops detained three fishermen, accusing them of smuggling fuel.", "ACCUSE", "accusing",
     "Troops", "fishermen", None),
    ("Police arrested a nurse in the capital, charging her with fraud.", "ACCUSE", "charging",
     "Police", "nurse", None),
    ("Authorities detained an activist, accusing him of inciting unrest.", "ACCUSE", "accusing",
     "Authorities", "activist", None),
    ("Police arrested a man in Soledad, whom they accused of supplying explosives.", "ACCUSE",
     "accused", "Police", "man", "Soledad"),
    ("Authorities detained two activists, whom they accused of inciting riots.", "ACCUSE",
     "accused", "Authorities", "activists", None),
    ("Soldiers detained a farmer in Kasese, whom they beat with sticks.", "ASSAULT", "beat",
     "Soldiers", "farmer", "Kasese"),
    ("Police arrested a man in the nearby town of Tarpon, whom they accused of arson.",
     "ACCUSE", "accused", "Police", "man", "Tarpon"),
    ("Police arrested a man identified as Juan Perez in the town of Tarpon, whom they accused "
     "of arson.", "ACCUSE", "accused", "Police", "man", "Tarpon"),
    ("Police detained a woman known as La Flaca in the village of Moros, whom they accused of "
     "extortion.", "ACCUSE", "accused", "Police", "woman", "Moros"),
    ("Police questioned the mayor of Springfield, who denied any wrongdoing.", "REJECT",
     "denied", "mayor", None, None),
    ("Police arrested a teacher from Ohio, who later attacked a guard.", "ASSAULT", "attacked",
     "teacher", "guard", None),
]

KEEP = [
    ("Police arrested a mayor in the north after a rival accused him of fraud.", "ACCUSE",
     "accused", "rival", None, "mayor"),
    ("Police arrested the mayor, and a rival accused him of fraud.", "ACCUSE", "accused",
     "rival", None, "mayor"),
    ("Soldiers detained a journalist, accusing the army of lying.", "ACCUSE", "accusing",
     "Soldiers", "army", "journalist"),
    ("Rebels seized a town in Ituri, which the army shelled.", "ASSAULT", "shelled", "army",
     None, None),
    ("Police arrested a man who attacked a guard.", "ASSAULT", "attacked", "man", "guard", None),
    ("The army shelled Kasese, which rebels had seized.", "ASSAULT", "shelled", "army",
     "Kasese", None),
    ("Officers arrested two men whom witnesses accused of arson.", "COERCE", "arrested",
     "Officers", "men", None),
    ("Police detained a suspect, saying he had attacked a guard.", "COERCE", "detained",
     "Police", "suspect", None),
    ("Soldiers detained a journalist on Monday.", "COERCE", "detained", "Soldiers",
     "journalist", None),
    ("Police arrested two men in Soledad on Friday.", "COERCE", "arrested", "Police", "men",
     None),
]


def _event(pipeline, text: str, kind: str, trigger: str) -> Event:
    result = pipeline.process(Article(text=text, published=dt.date(2022, 5, 10)))
    found = [e for e in result.events if e.plover_type == kind and trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in result.events]
    return found[0]


def _check(event: Event, actor: str | None, recipient: str | None, not_recipient: str | None
           ) -> None:
    actors = [a.text for a in event.actors]
    recipients = [a.text for a in event.recipients]
    if actor is not None:
        assert any(actor in a for a in actors), (actors, recipients)
    if recipient is not None:
        assert any(recipient in r for r in recipients), (actors, recipients)
    if not_recipient is not None:
        assert not any(not_recipient in r for r in recipients), (actors, recipients)


@pytest.mark.parametrize(("text", "kind", "trigger", "actor", "recipient", "not_recipient"),
                         CHANGE)
def test_a_participle_or_relative_clause_acts_on_the_person_named_before(
        pipeline, text, kind, trigger, actor, recipient, not_recipient):
    _check(_event(pipeline, text, kind, trigger), actor, recipient, not_recipient)


@pytest.mark.parametrize(("text", "kind", "trigger", "actor", "recipient", "not_recipient"),
                         KEEP)
def test_pronouns_with_their_own_subject_and_place_clauses_keep_their_reading(
        pipeline, text, kind, trigger, actor, recipient, not_recipient):
    _check(_event(pipeline, text, kind, trigger), actor, recipient, not_recipient)
