"""Made-up probes (not copied from any data set): a death or a wound named by a speech act that is
left out for its mode ("A grand jury declined to charge the officer who fatally shot a man",
"Prosecutors did not charge the guard who killed ...") is still the toll of the violent
happening the article tells; what is negated is the charge, not the death. Near neighbours: the
same act in history ("In 1998 ..."), an act that names no toll, a toll beside no violent
happening, violence that is itself negated, shots that hit no one, acts that are not
negated, and tolls that share the mode of a speech act other than a charge ("could not agree on
whether there were five or six wounds", "would have been killed") stay as they were. Each article gives its ASSAULT incidents as (killed best, injured
best)."""

from __future__ import annotations

import pytest

from samples import assault_tolls

CHANGED = [
    ('A grand jury declined to charge the deputy who fatally shot a woman in Macon. The shooting happened on Friday on Pine Road.',
     [(1, None)]),
    ('Prosecutors did not charge the guard who killed a shoplifter in Reno. Gunfire broke out on Saturday at a mall.',
     [(1, None)]),
    ('Prosecutors declined to file charges against the woman who killed her husband in Akron. The shooting happened on Monday.',
     [(1, None)]),
    ('A judge refused to charge the officer who wounded a teenager in Dayton. The shooting happened on Tuesday on Main Street.',
     [(None, 1)]),
    ('A grand jury declined to indict the trooper who fatally shot a driver in Erie. Gunfire erupted on Sunday on Route 8.',
     [(1, None)]),
    ('Prosecutors did not charge the homeowner who killed an intruder in Gary. The shooting happened on Thursday.',
     [(1, None)]),
    ('A grand jury declined to charge the two officers who fatally shot a man in Flint. The shooting happened on Wednesday.',
     [(1, None)]),
    ('Prosecutors declined to file charges against the officer who wounded two men in Toledo. The shooting happened on Friday.',
     [(None, 2)]),
    ('A judge refused to charge the man who killed three people in Mobile. The shooting happened on Saturday.',
     [(3, None)]),
    ('A grand jury declined to indict the officer who fatally shot a teenager in Tulsa. Gunfire erupted on Monday at a park.',
     [(1, None)]),
    ('A grand jury declined to charge the officer who fatally shot a man in Tulsa. The shooting happened on Sunday on Oak Street.',
     [(1, None)]),
    ('Prosecutors declined to file charges against the man who killed two people in Gary. The shooting happened on Monday.',
     [(2, None)]),
]
UNCHANGED = [
    ("A gunman opened fire in Tulsa on Sunday. Doctors could not agree on whether there were "
     "five or six gunshot wounds.", [(None, None)]),
    ("A gunman opened fire at a mall in Reno on Saturday. Officials said 40 people would have "
     "been killed if guards had not stopped him.", [(None, None)]),
    ('In 1998 a grand jury declined to charge the officer who fatally shot a man in Tulsa. The shooting happened on Sunday on Oak Street.',
     [(None, None)]),
    ('A grand jury declined to charge the officer in Tulsa. The shooting happened on Sunday on Oak Street.',
     [(None, None)]),
    ('Prosecutors charged the officer who fatally shot a man in Tulsa. The shooting happened on Sunday on Oak Street.',
     [(1, None)]),
    ('A grand jury declined to charge the officer who fatally shot a man in Tulsa.',
     []),
    ('The officer did not shoot anyone in Tulsa on Sunday. A gunman fired at a house on Oak Street.',
     [(None, None)]),
    ('Prosecutors did not charge the two men arrested in Macon. Gunfire broke out on Friday near a gas station.',
     [(None, None)]),
    ('A grand jury declined to charge the officer who shot at a man in Tulsa. The shooting happened on Sunday on Oak Street.',
     [(None, None)]),
    ('The family may sue the city over the shooting in Reno. The shooting took place on Saturday at a mall.',
     []),
    ('Prosecutors charged the man who killed two people in Gary. The shooting happened on Monday.',
     [(2, None)]),
    ('A man shot and killed a neighbor in Erie on Tuesday. Police did not say why.',
     [(1, None)]),
    ('The city will not discipline the officer who shot and wounded two men in Tulsa. The shooting happened on Sunday.',
     [(None, 2)]),
    ('The family may sue the guard who shot and killed their son in Reno. The shooting took place on Saturday at a mall.',
     [(1, None)]),
]


def _assaults(pipeline, tmp_path, text: str) -> list[tuple[int | None, int | None]]:
    return assault_tolls(pipeline, str(tmp_path / "probe.db"), text)


@pytest.mark.parametrize(("text", "figures"), CHANGED, ids=[t[:45] for t, _ in CHANGED])
def test_the_toll_a_declined_charge_names_is_the_happenings(pipeline, tmp_path, text, figures):
    assert _assaults(pipeline, tmp_path, text) == figures


@pytest.mark.parametrize(("text", "figures"), UNCHANGED, ids=[t[:45] for t, _ in UNCHANGED])
def test_history_no_toll_and_acts_not_negated_stay(pipeline, tmp_path, text, figures):
    assert _assaults(pipeline, tmp_path, text) == figures
