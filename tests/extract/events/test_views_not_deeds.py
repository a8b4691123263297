"""Views are not deeds (senses/public/opinions.py, ``view_not_deed``): agreeing with someone that
a thing is so, turning down a view, granting a state of affairs or confessing a deed in court
records is no AGREE, REJECT or CONCEDE between parties; a deal, a course of action agreed, a
demand, an offer or an accusation rejected, a defeat or a responsibility admitted stay.
Sentences made up for these tests."""

from __future__ import annotations

import pytest

from samples import modes_after_lead

FLAGS = {"negated", "hypothetical", "future"}



VIEWS = [
    ("The mayor agreed with the council that the old bridge is unsafe.", "AGREE"),
    ("The senator agreed with the governor that the budget was too large.", "AGREE"),
    ("The minister agreed with his critics that the reform had gone too far.", "AGREE"),
    ("The mayor agreed with the committee that the bridge is unsafe.", "AGREE"),
    ("The union leader agreed with the company that sales were falling.", "AGREE"),
    ("The ambassador rejected the committee's conclusion that the talks had failed.",
     "REJECT"),
    ("The president dismissed the analysis that the economy was shrinking.", "REJECT"),
    ("The party rejected the notion that it had lost support.", "REJECT"),
    ("The chairman rejected the opposition's assessment that the bank was failing.", "REJECT"),
    ("The minister rejected the view that the army had lost control.", "REJECT"),
    ("The general disputed the assessment that his troops were exhausted.", "REJECT"),
    ("The police chief admitted the problems in the department.", "CONCEDE"),
    ("The governor conceded the limits of the new plan.", "CONCEDE"),
    ("The panel admitted the difficulties of the inquiry on Monday.", "CONCEDE"),
    ("The minister acknowledged the difficulties facing the inquiry on Tuesday.", "CONCEDE"),
    ("He admitted to stealing two cars, according to court documents.", "CONCEDE"),
    ("The man admitted to setting the fire, court records show.", "CONCEDE"),
    ("The driver admitted to stealing the car, according to court records.", "CONCEDE"),
    ("The woman confessed to selling heroin, prosecutors said.", "CONCEDE"),
]
DEEDS = [
    ("The mayor agreed with the union to raise wages on Monday.", "AGREE"),
    ("The rebels agreed with the army on a ceasefire.", "AGREE"),
    ("The minister agreed that troops would leave the town by Friday.", "AGREE"),
    ("The rebels agreed that the talks would resume on Monday.", "AGREE"),
    ("The two sides agreed to a ceasefire on Monday.", "AGREE"),
    ("The government reached an agreement with the unions on Monday.", "AGREE"),
    ("The rebels rejected the government's offer of talks.", "REJECT"),
    ("The opposition rejected the president's call for early elections.", "REJECT"),
    ("The army rejected the rebels' demand for a ceasefire.", "REJECT"),
    ("The minister rejected the accusation that the army had shelled the town.", "REJECT"),
    ("The government admitted defeat in the province.", "CONCEDE"),
    ("The army admitted responsibility for the air strike.", "CONCEDE"),
    # a fault admitted in public, not to a court or the police, concedes it
    ("The ministry admitted to misleading parliament about the strikes.", "CONCEDE"),
    ("The bank admitted to laundering money for the cartel.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "plover"), VIEWS,
                         ids=[f"view-{k:02d}" for k in range(len(VIEWS))])
def test_a_view_shared_turned_down_or_granted_is_no_deed(pipeline, text: str,
                                                         plover: str) -> None:
    assert not any(not FLAGS & set(m) for m in modes_after_lead(text, plover))


@pytest.mark.parametrize(("text", "plover"), DEEDS,
                         ids=[f"deed-{k:02d}" for k in range(len(DEEDS))])
def test_a_deal_a_refusal_or_a_concession_stays(pipeline, text: str, plover: str) -> None:
    assert any(not FLAGS & set(m) for m in modes_after_lead(text, plover))
