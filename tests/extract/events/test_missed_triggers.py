"""Acts the trigger lexicon used to miss (issue 15's list: transfers received, fire exchanged,
proof submitted, guilty verdicts, trials faced, bombs dropped; and the families behind the dev
set's misses: "gunned down", licences revoked, fines, remands and custody, weapons recovered,
charges and complaints filed, sentences served), on made-up probe sentences with the real
model, with their participants; near neighbours with the same words in an everyday sense must
give no event of that type."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article, Event

# (text, PLOVER type, trigger word, actors that must be read, recipients that must be read)
FOUND: list[tuple[str, str, str, list[str], list[str]]] = [
    ("The rebels obtained heavy weapons from the Sudanese government last year.", "AID",
     "obtained", ["Sudanese government"], ["rebels"]),
    ("The opposition obtained guarantees from the army before the vote.", "AGREE", "obtained",
     ["army"], ["opposition"]),
    ("Kenya secured a loan from the World Bank.", "AID", "secured", ["World Bank"], ["Kenya"]),
    ("Militants exchanged fire with Nigerian troops near the dam on Tuesday.", "ASSAULT",
     "exchanged", ["Militants", "Nigerian troops"], []),
    ("The prosecutor submitted proof against the former mayor.", "ACCUSE", "submitted",
     ["prosecutor"], ["mayor"]),
    ("The mayor was found guilty of fraud.", "SANCTION", "found", [], ["mayor"]),
    ("The former governor faces trial for embezzlement.", "ACCUSE", "trial", [], ["governor"]),
    ("Warplanes dropped bombs on the market in Aleppo.", "ASSAULT", "dropped", ["Warplanes"],
     []),
    ("Police gunned down the suspect outside the bank.", "ASSAULT", "gunned", ["Police"],
     ["suspect"]),
    ("The board revoked the doctor's licence.", "SANCTION", "revoked", [], ["doctor"]),
    ("The court fined the company two million dollars.", "SANCTION", "fined", ["court"], []),
    ("Officers subdued the man with a stun gun.", "ASSAULT", "subdued", ["Officers"], ["man"]),
    ("Customs officers recovered 40 rifles at the port.", "COERCE", "recovered",
     ["Customs officers"], []),
    ("Police took the driver into custody on Sunday.", "COERCE", "custody", ["Police"], []),
    ("Prosecutors filed charges against the two officers.", "ACCUSE", "charges",
     ["Prosecutors"], ["officers"]),
    ("The former minister is serving a ten-year prison sentence for fraud.", "SANCTION",
     "sentence", [], ["minister"]),
    ("Police received a complaint from Maria Lopez about the noise.", "ACCUSE", "complaint",
     ["Maria Lopez"], []),
]

# (text, PLOVER type that must not be found)
NOT_FOUND: list[tuple[str, str]] = [
    ("The rebels obtained a permit from the city council.", "AID"),
    ("The family obtained information from the hospital.", "AID"),
    ("The company secured a parking space near the office.", "AID"),
    ("The two leaders exchanged gifts in Paris.", "ASSAULT"),
    ("The two neighbours traded insults over the fence.", "ASSAULT"),
    ("The student submitted her thesis on Friday.", "ACCUSE"),
    ("The jury found the evidence convincing.", "SANCTION"),
    ("The government faces a difficult choice.", "ACCUSE"),
    ("The company dropped its prices on Monday.", "ASSAULT"),
    ("Rescuers gunned the engine and drove away.", "ASSAULT"),
    ("Officials revoked the decision to close the school.", "SANCTION"),
    ("The weather was fine on Sunday.", "SANCTION"),
    ("The museum recovered a stolen painting.", "COERCE"),
    ("The judge granted the mother custody of her children.", "COERCE"),
    ("The sentence was difficult to translate.", "SANCTION"),
    ("The coach is in charge of the team.", "ACCUSE"),
]


@pytest.fixture(scope="module")
def events_of(pipeline):
    def run(text: str) -> list[Event]:
        article = Article(text=text, published=dt.date(2023, 2, 8), language="en")
        return pipeline.process(article).events

    return run


@pytest.mark.parametrize(("text", "plover", "trigger", "actors", "recipients"),
                         [pytest.param(*row, id=f"found-{k:02d}") for k, row in enumerate(FOUND)])
def test_missed_act_is_found_with_its_participants(events_of, text: str, plover: str,
                                                   trigger: str, actors: list[str],
                                                   recipients: list[str]) -> None:
    found = [e for e in events_of(text) if e.plover_type == plover and trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in events_of(text)]
    ours = [a.text for a in found[0].actors]
    theirs = [a.text for a in found[0].recipients]
    for word in actors:
        assert any(word in a for a in ours), (word, ours, theirs)
    for word in recipients:
        assert any(word in r for r in theirs), (word, ours, theirs)
    for word in recipients:  # the receiver of goods or pledges is not their giver
        assert not any(word in a for a in ours), (word, ours, theirs)


@pytest.mark.parametrize(("text", "plover"),
                         [pytest.param(*row, id=f"everyday-{k:02d}")
                          for k, row in enumerate(NOT_FOUND)])
def test_everyday_sense_gives_no_event(events_of, text: str, plover: str) -> None:
    kinds = [(e.plover_type, e.trigger.text) for e in events_of(text)]
    assert all(kind != plover for kind, _ in kinds), kinds
