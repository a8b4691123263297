"""Made-up probes for session 46 (issue 19: claimants far away or behind a pronoun; victims from
context), written with the change, with neighbours that must keep what they had.

1. "According to" figures names their source: a body that owns them ("according to UN figures":
the phrase) or compiled them ("figures compiled by the monitoring group": the group); a toll of
no one ("according to the provisional toll") stays no claimant.

2. A reporting verb sharing its subject with the verb before it speaks for that subject
("Rescuers recovered five bodies and said ..."); a pronoun speaker after a speaker of its own
sentence is that speaker ("..., a police spokesman said; he said ...").

3. "N of them" after harm done by a thing counts the people at work before ("a wall collapsed
on soldiers ... injuring two of them"; "Farmers were ploughing a field when an old shell
exploded, killing three of them": farmers), not the doers of an active verb ("troops retook
the town from rebels, killing 30 of them": rebels); "N of the victims" after harm "by" people
counts the harmed, not the doers (but "a march by nurses ... detained 20 of them": the
nurses).

4. Follow-up figures: "three more are missing", "dozens of others were missing" (the subject
hung on the auxiliary) are claims of their own with the people before; "shot dead" whose
"dead" the parser took for a preposition is a death.
"""

from __future__ import annotations

import pytest

from sitrep.records import Article

K, J, M = "killed", "injured", "missing"

SPEAKERS = [
    ("The war has killed more than 9,000 people since March, according to UN figures.",
     K, 9000, "un figures"),
    ("According to figures compiled by a local monitoring group, 250 people have died in the "
     "clashes.", K, 250, "monitoring group"),
    ("At least 40 people were killed, according to figures released by the health ministry.",
     K, 40, "health ministry"),
    ("Divers recovered five bodies from the lake and said two fishermen were still missing.",
     M, 2, "divers"),
    ("The militia lost the hill, a police spokesman said; he said 14 militiamen were killed.",
     K, 14, "spokesman"),
]
NO_SPEAKER = [
    ("At least 12 people died in the floods, according to the provisional toll.", K, 12),
    ("Gunmen shot dead three villagers and burned their homes.", K, 3),
]

THEM = [
    ("Farmers were ploughing a field when an old shell exploded, killing three of them.",
     K, 3, "civilian"),
    ("Soldiers were searching the ruins when a wall collapsed, injuring two of them.", J, 2,
     "military"),
    ("Troops retook the town from rebels, killing 30 of them.", K, 30, "militant"),
    ("The report documented the abduction of 20 teachers by armed men, and said four of the "
     "victims had been killed.", K, 4, "civilian"),
    ("Police broke up a sit-in by teachers and arrested 15 of them.", "arrested", 15,
     "protester"),
]

FOLLOW_UPS = [
    ("Six fishermen drowned when their boat capsized and four more are missing.", M, 4,
     "civilian"),
    ("Officials said 25 soldiers were killed and dozens of others were missing.", M, None,
     "military"),
    ("Bandits on motorcycles shot dead a farmer and his three sons near the village.", K, 3,
     "civilian"),
]


def _claims(pipeline, text: str):
    return [c for c in pipeline.process(Article(text=text)).claims if not c.undisclosed]


def _one(pipeline, text: str, outcome: str, low: int):
    found = [c for c in _claims(pipeline, text) if c.outcome == outcome and c.low == low]
    assert len(found) == 1, [(c.outcome, c.low) for c in _claims(pipeline, text)]
    return found[0]


@pytest.mark.parametrize(("text", "outcome", "low", "claimant"), SPEAKERS,
                         ids=[r[0][:40] for r in SPEAKERS])
def test_speakers_of_figures_shared_verbs_and_pronouns(pipeline, text, outcome, low, claimant):
    claim = _one(pipeline, text, outcome, low)
    assert claim.claimant is not None and claimant in claim.claimant.text.lower()


@pytest.mark.parametrize(("text", "outcome", "low"), NO_SPEAKER, ids=[r[0][:40] for r in NO_SPEAKER])
def test_figures_of_no_one_have_no_claimant(pipeline, text, outcome, low):
    assert _one(pipeline, text, outcome, low).claimant is None


@pytest.mark.parametrize(("text", "outcome", "low", "victims"), THEM, ids=[r[0][:40] for r in THEM])
def test_them_after_harm_by_a_thing_and_victims_by_doers(pipeline, text, outcome, low, victims):
    assert _one(pipeline, text, outcome, low).victims == victims


@pytest.mark.parametrize(("text", "outcome", "low", "victims"), FOLLOW_UPS,
                         ids=[r[0][:40] for r in FOLLOW_UPS])
def test_follow_up_figures_and_shot_dead(pipeline, text, outcome, low, victims):
    claims = _claims(pipeline, text)
    assert "injured" not in {c.outcome for c in claims}
    assert _one(pipeline, text, outcome, low).victims == victims


def test_running_count_is_the_same_person(pipeline):
    text = ("Gunmen shot dead a taxi driver near the bus station, the fifth driver killed in the "
            "city this month.")
    assert [(c.outcome, c.low) for c in _claims(pipeline, text)] == [(K, 1)]
    other = "A soldier was killed on Monday and the second soldier was wounded on Tuesday."
    assert sorted((c.outcome, c.low) for c in _claims(pipeline, other)) == [(J, 1), (K, 1)]


@pytest.mark.parametrize(("text", "outcome", "low"), [
    ("The insurgents agreed to free 22 captured soldiers in exchange for prisoners.",
     "abducted", 22),
    ("Gunmen seized four policemen at a roadblock north of the town.", "abducted", 4),
    # neighbours: a state's capture of fighters, the arrest of soldiers
    ("Troops captured 14 rebel fighters in the raid.", "arrested", 14),
    ("Police arrested two off-duty soldiers after the brawl.", "arrested", 2),
], ids=lambda v: str(v)[:30])
def test_captured_forces_are_abducted(pipeline, text, outcome, low):
    assert _one(pipeline, text, outcome, low).outcome == outcome
