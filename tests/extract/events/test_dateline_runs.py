"""Probes of longer datelines (issue 15 item 6, session 36): a dateline with its state or country,
a date or the agency ("MANILA, Philippines (AP) --", "TUNIS, May 9 -", "RENO, Nev. -"), or one
run into the sentence after a headline ("... curfew SALEM - Police detained"), is where the
report was filed: none of its words is an actor or a recipient, the phrase after its dash is
(also where the parser hung it on the town as a conjunct or an apposition), and a group noun
after the dash does not take the dateline's words into its name or country. Neighbours: the
same sentences without a dateline, acronyms in capitals, and hyphens inside names ("US-led").
All made up."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article, Event

# (sentence, PLOVER type, a word of an actor or None, a word of a recipient or None, the
# dateline's words that must be in no participant)
CHANGE = [
    ("CARACAS, Venezuela (AFP) - Troops arrested a retired general on Tuesday.", "COERCE",
     "Troops", "general", ["CARACAS", "AFP", "Venezuela"]),
    ("LUANDA, Angola (Reuters) - Troops arrested an opposition activist on Sunday.", "COERCE",
     "Troops", "activist", ["LUANDA", "Reuters", "Angola"]),
    ("LIMA, Peru, June 3 (Reuters) - Farmers blocked a mining road for a second day.",
     "PROTEST", "Farmers", None, ["LIMA", "Reuters", "June"]),
    ("HARARE, March 12 - Riot police beat opposition supporters outside the court.", "ASSAULT",
     "police", "supporters", ["HARARE", "March"]),
    ("TUNIS, May 9 - Riot police beat students outside the university.", "ASSAULT", "police",
     "students", ["TUNIS", "May"]),
    ("MOMBASA, Feb 8 - Riot police fired tear gas at traders in the old town.", "ASSAULT",
     "police", "traders", ["MOMBASA", "Feb"]),
    ("PORT-AU-PRINCE, Haiti - Gunmen abducted a pastor on Saturday.", "ASSAULT", "Gunmen",
     "pastor", ["PORT", "PRINCE", "Haiti"]),
    ("BOISE, Idaho - A teenager was arrested after a fight at a mall.", "COERCE", None,
     "teenager", ["BOISE", "Idaho"]),
    ("BANGOR, Maine - A nurse was assaulted in a parking garage.", "ASSAULT", None, "nurse",
     ["BANGOR", "Maine"]),
    ("OMAHA, Neb. - Two teenagers were arrested after a chase on Monday.", "COERCE", None,
     "teenagers", ["OMAHA", "Neb."]),
    ("TULSA, Okla. - A clerk was stabbed during a robbery on Friday.", "ASSAULT", None, "clerk",
     ["TULSA", "Okla."]),
    ("RENO, Nev. - Three men were arrested after a brawl at a casino.", "COERCE", None, "men",
     ["RENO", "Nev."]),
    ("HANOI, Vietnam (AP) -- Vietnamese officials and Chinese diplomats met on Thursday.",
     "CONSULT", "diplomats", None, ["HANOI", "AP", "Vietnam"]),
    ("Residents decry curfew SALEM - Police detained a dozen teenagers on Friday night.",
     "COERCE", "Police", "teenagers", ["SALEM", "curfew"]),
    ("Parents protest school closures SALEM - Police detained a dozen students on Friday.",
     "COERCE", "Police", "students", ["SALEM", "closures"]),
]

# datelines read right before, and the same acts without a dateline: unchanged
KEEP = [
    ("NAIROBI, Kenya (AP) -- Police arrested two opposition leaders on Monday.", "COERCE",
     "Police", "leaders", ["NAIROBI", "AP"]),
    ("ABUJA, Nigeria (AP) -- Nigerian troops and local vigilantes attacked a militant camp.",
     "ASSAULT", "vigilantes", None, ["ABUJA", "AP"]),
    ("DAKAR, March 3 - Senegalese police arrested an opposition leader on Friday.", "COERCE",
     "police", "leader", ["DAKAR", "March"]),
    ("Troops arrested a retired general in Caracas on Tuesday.", "COERCE", "Troops", "general",
     []),
    ("Riot police beat students outside the university in Tunis.", "ASSAULT", "police",
     "students", []),
    ("A teenager was arrested after a fight at a mall in Boise.", "COERCE", None, "teenager",
     []),
    ("Vietnamese officials and Chinese diplomats met in Hanoi on Thursday.", "CONSULT",
     "diplomats", None, []),
    ("NATO condemned the attack on Monday.", "ACCUSE", "NATO", None, []),
    ("The FBI arrested a man in Boise on Friday.", "COERCE", "FBI", "man", []),
    ("The US-led coalition attacked a militant camp on Monday.", "ASSAULT", "coalition", None,
     []),
    ("The NATO-led force arrested two suspects on Tuesday.", "COERCE", "force", "suspects",
     []),
    ("Police in Salem detained a dozen teenagers on Friday night.", "COERCE", "Police",
     "teenagers", []),
    ("Jordan and Syria signed a trade agreement in Amman on Wednesday.", "AGREE", "Syria", None,
     []),
]


def _event(pipeline, text: str, kind: str) -> Event:
    result = pipeline.process(Article(text=text, published=dt.date(2022, 5, 10)))
    found = [e for e in result.events if e.plover_type == kind]
    assert found, [(e.plover_type, e.trigger.text) for e in result.events]
    return found[0]


def _check(event: Event, actor: str | None, recipient: str | None, dateline: list[str]) -> None:
    actors = [a.text for a in event.actors]
    recipients = [a.text for a in event.recipients]
    if actor is not None:
        assert any(actor in a for a in actors), (actors, recipients)
    if recipient is not None:
        assert any(recipient in r for r in recipients), (actors, recipients)
    words = {w for p in actors + recipients for w in p.replace("-", " ").split()}
    assert not words & set(dateline), (actors, recipients)


@pytest.mark.parametrize(("text", "kind", "actor", "recipient", "dateline"), CHANGE)
def test_no_word_of_a_long_dateline_is_a_participant(pipeline, text, kind, actor, recipient,
                                                     dateline):
    _check(_event(pipeline, text, kind), actor, recipient, dateline)


@pytest.mark.parametrize(("text", "kind", "actor", "recipient", "dateline"), KEEP)
def test_participants_without_a_long_dateline_are_kept(pipeline, text, kind, actor, recipient,
                                                       dateline):
    _check(_event(pipeline, text, kind), actor, recipient, dateline)


def test_the_country_of_a_dateline_is_no_modifier_of_the_group_after_it(pipeline):
    event = _event(pipeline, "LIMA, Peru, June 3 (Reuters) - Farmers blocked a mining road.",
                   "PROTEST")
    assert [(a.text, a.sector) for a in event.actors] == [("Farmers", "CVL")]
