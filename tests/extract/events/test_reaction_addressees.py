"""An act named by a reaction ("said it was alarmed by the detention and pressed the government
to release them") is the act the article told before, whatever addressee the reaction's own
clause gave the noun: only the recipients inside the act noun's phrase ("the arrest of Kofi
Boateng") can tell it apart from the earlier act (events/corefer.py ``_own_targets``). Made-up
probes, not taken from any data set; the parse gives the noun the addressee only now and then:
3 of the 14 reactions failed before the change, none of the 3 neighbours."""

from __future__ import annotations

import pytest

from samples import typed_events

FUSED = [  # an earlier arrest, then a reaction to it: one COERCE
    "Police detained two journalists in the port city on Wednesday. Rights groups said they "
    "were alarmed by the detention and pressed the government to release them.",
    "Police detained the mayor of the town on Tuesday. Opposition parties said they were "
    "dismayed by the detention and urged the prime minister to explain it.",
    "Police arrested a student leader on Friday. Rights groups said they were alarmed by the "
    "arrest and pressed the authorities to release him.",
    "Police detained the opposition leader in the capital on Monday. The British embassy said "
    "it was worried by the arrest and urged the authorities to free him.",
    "Troops arrested a student leader in the north on Friday. The university said it was "
    "troubled by the arrest and asked the army to explain it.",
    "Police detained a trade union chief on Thursday. The federation said it was disturbed by "
    "the detention and called on the ministry to intervene.",
    "Soldiers detained three activists in the east on Monday. The United Nations said it was "
    "concerned about the detentions and urged the military to respect the law.",
    "Security agents arrested a blogger in the capital on Wednesday. The European Union said it "
    "was alarmed by the arrest and called on the authorities to release him.",
    "Police detained two nurses in the capital on Monday. Nurses' unions said they were alarmed "
    "by the detention and pressed the health minister to intervene.",
    "Police detained a reporter outside parliament on Friday. Press groups said they were "
    "\"troubled\" by the detention and pressed the interior ministry to explain it.",
    "Police arrested a labour activist on Monday. The Canadian embassy said it was \"concerned\" "
    "by the arrest and urged the authorities to respect the law.",
    "Police arrested an opposition senator on Wednesday. Western envoys said they were "
    "\"worried\" by the arrest and urged the government to respect free speech.",
    "Police detained a cartoonist at his studio on Monday. Artists said they were alarmed by "
    "the detention and pressed the culture minister to intervene.",
    "Police detained a doctor at a clinic on Friday. Medical groups said they were concerned by "
    "the detention and pressed the governor to release him.",
]
APART = [  # the reaction names another arrest, or a new one is told: two COERCE
    "Police arrested John Mensah in Accra on Monday. The party said it was concerned by the "
    "arrest of Kofi Boateng and urged the police to explain it.",
    "Police detained two journalists on Monday. On Tuesday, soldiers detained three students in "
    "the north, and rights groups urged the army to free them.",
    "Police arrested Ama Owusu in Kumasi on Monday. Her lawyers said they were alarmed by the "
    "arrest of her brother Kwame Owusu and urged the court to intervene.",
]


@pytest.mark.parametrize("text", FUSED, ids=[t[:40] for t in FUSED])
def test_reaction_names_the_arrest_told_before(pipeline, text: str) -> None:
    found = typed_events(text)
    assert len([t for t in found if t[0] == "COERCE"]) == 1, found


@pytest.mark.parametrize("text", APART, ids=[t[:40] for t in APART])
def test_another_arrest_stays_apart(pipeline, text: str) -> None:
    found = typed_events(text)
    assert len([t for t in found if t[0] == "COERCE"]) == 2, found
