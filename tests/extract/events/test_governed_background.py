"""Background told by the clause that governs the act (``modes._governing_cue``), on made-up
sentences: "Last month, police arrested the mayor after he attacked a journalist" dates the
attack too; near neighbours with no cue, or with a date of their own in the act's clause, stay
news."""

from __future__ import annotations

import pytest

import sitrep

GOVERNED_BACKGROUND = [
    ('Last month, police arrested the mayor after he attacked a journalist.', 'attacked'),
    ('Last month, the minister was forced to resign after protesters stormed the ministry.', 'stormed'),
    ('Last month, the army began shelling the villages near the border.', 'shelling'),
    ('Last month, the government agreed to hold talks with the rebels.', 'talks'),
    ('Last month, the rebels withdrew after troops shelled their positions.', 'shelled'),
    ('Last month, the court ruled that the army had tortured the prisoners.', 'tortured'),
    ('Last month, the militia kept attacking the villages.', 'attacking'),
    ('Last month, residents fled after gunmen burned their homes.', 'burned'),
    ('Last month, the government said the army had bombed the rebel camps.', 'bombed'),
    ('Last month, the envoy left after the talks collapsed.', 'talks'),
    ('Last month, the mayor fled the town after gunmen attacked his house.', 'attacked'),
]
NEWS = [
    ('The government was forced into making an apology for the killings on Monday.', 'apology'),
    ('Police arrested the mayor on Monday after he attacked a journalist.', 'attacked'),
    ('The rebels agreed on Tuesday to release the hostages.', 'release'),
    ('The minister was forced to resign after protesters stormed the ministry on Monday.', 'stormed'),
    ('The army began shelling the villages near the border on Monday.', 'shelling'),
    ('The government agreed on Monday to hold talks with the rebels.', 'talks'),
    ('The gunmen who attacked the town on Monday had been freed from prison last year.', 'attacked'),
    ('The rebels withdrew on Monday after troops shelled their positions.', 'shelled'),
    ('The court ruled on Friday that the army had tortured the prisoners.', 'tortured'),
    ('The militia kept attacking the villages on Sunday.', 'attacking'),
    ('Residents fled on Monday after gunmen burned their homes.', 'burned'),
    ('The government said on Monday the army had bombed the rebel camps.', 'bombed'),
    ('The envoy left on Monday after the talks collapsed.', 'talks'),
]


@pytest.mark.parametrize("text,trigger,background",
                         [(t, g, True) for t, g in GOVERNED_BACKGROUND]
                         + [(t, g, False) for t, g in NEWS])
def test_a_background_cue_of_the_governing_clause_dates_the_act(pipeline, text: str,
                                                                 trigger: str,
                                                                 background: bool) -> None:
    events = sitrep.process_text(text, published="2021-03-01").events
    found = [e for e in events if trigger in e.trigger.text]
    assert found, [(e.plover_type, e.trigger.text) for e in events]
    assert ("historical" in found[0].modes) is background, (found[0].plover_type,
                                                             found[0].modes)
