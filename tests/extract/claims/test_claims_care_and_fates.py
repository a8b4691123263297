"""Classes of the session-26 probe batch (test_claims_unseen_fifth.py) fixed by mechanism, each
with its own made-up probes, ones that must change and near neighbours that must not:

- places of care named by what they treat ("a trauma centre", "the emergency room", "a field
  hospital"), and "fighting for his life" (injured) (``cues.medical_place``,
  ``cues.fighting_for_life``);
- a part of people named by an outcome that is the subject of another outcome verb ("one of
  the wounded later died": killed) (``links._subject_of_trigger``);
- "treated N people for smoke inhalation" with "for" hung on the object (``cues.treated_for``);
- taking one's own life; "wounded and taken into custody" (two fates of the same person);
- armed men fleeing ("two attackers fled on a motorcycle") are no displaced people;
- detention as a state of its people: "remain behind bars", "are in prison", "held in solitary
  confinement" (arrested) (``cues.detained_state``), and defendants, convicts and internees
  counted as people.

Each text must give exactly these claims, as (outcome, low, high, vague words)."""

from __future__ import annotations

import pytest

from samples import claim_figure, probe_params
from sitrep.records import Article

K, J, R, D = "killed", "injured", "arrested", "displaced"
ONE = (1, 1, None)

CARE = [
    ("Four miners were airlifted to a trauma centre in the capital.", [(J, 4, 4, None)]),
    ("Two boys were rushed to the emergency room with burns.", [(J, 2, 2, None)]),
    ("Eleven wounded soldiers were evacuated to a field hospital.", [(J, 11, 11, None)]),
    ("Three workers were admitted to the intensive care unit.", [(J, 3, 3, None)]),
    ("Six people were brought to a medical facility near the border.", [(J, 6, 6, None)]),
    ("A teenager is fighting for his life after the stabbing.", [(J, *ONE)]),
    ("Two passengers were battling for their lives on Monday night.", [(J, 2, 2, None)]),
    ("The driver was clinging to life in hospital.", [(J, *ONE)]),
    # neighbours
    ("Four doctors were sent to a trauma centre to help with the surge.", []),
    ("The minister opened a new trauma centre with 40 beds.", []),
    ("Two men were taken to a police station for questioning.", []),
    ("The union is fighting for the lives of its members' jobs.", []),
    ("Five volunteers moved to a community centre in the town.", []),
    ("Twelve families were taken to a reception centre.", []),
]

LATER_FATES = [
    ("One of the wounded later died in hospital.", [(K, *ONE)]),
    ("Two of the injured died overnight.", [(K, 2, 2, None)]),
    ("Three of the kidnapped were later killed by their captors.", [(K, 3, 3, None)]),
    ("Four of the abducted were found dead on Friday.", [(K, 4, 4, None)]),
    ("One of the injured succumbed to his wounds.", [(K, *ONE)]),
    ("The hijacker was wounded and taken into custody.", [(J, *ONE), (R, *ONE)]),
    ("Two suspects were injured and later taken into custody.", [(J, 2, 2, None),
                                                                 (R, 2, 2, None)]),
    # neighbours
    ("Two of the injured are in stable condition.", [(J, 2, 2, None)]),
    ("Five of the wounded were police officers.", [(J, 5, 5, None)]),
    ("One of the dead was a child.", [(K, *ONE)]),
    ("Two of the injured were taken to hospital.", [(J, 2, 2, None)]),
    ("The suspect was arrested and taken into custody.", [(R, *ONE)]),
]

TREATED = [
    ("Medics treated around 40 people for smoke inhalation.", [(J, 40, 40, None)]),
    ("Paramedics treated about a dozen people for minor cuts.", [(J, 12, 12, None)]),
    ("Nurses treated 14 people for burns at the scene.", [(J, 14, 14, None)]),
    # neighbours
    ("Doctors treated 300 patients a day at the clinic.", []),
    ("The ministry treated the matter as urgent.", []),
]

OWN_FATE = [
    ("Police said the shooter took his own life.", [(K, *ONE)]),
    ("The gunman later took his own life.", [(K, *ONE)]),
    ("The attacker took his own life as police arrived.", [(K, *ONE)]),
    ("Two attackers fled on a motorcycle.", []),
    ("The gunmen fled into the forest after the raid.", []),
    ("Three soldiers fled across the border.", []),
    # neighbours
    ("Some 3,000 villagers fled to the hills.", [(D, 3000, 3000, None)]),
    ("Two hundred families fled the fighting.", [(D, 200, 200, None)]),
    ("Thousands of civilians fled the town.", [(D, None, None, "thousands")]),
    ("He took his own car to the meeting.", []),
]

DETAINED = [
    ("According to the watchdog, 26 journalists are currently behind bars in the country.",
     [(R, 26, 26, None)]),
    ("Four activists are in prison.", [(R, 4, 4, None)]),
    ("Nine students remain behind bars after the protest.", [(R, 9, 9, None)]),
    ("The journalist has been held in solitary confinement since March.", [(R, *ONE)]),
    ("Three opposition leaders are still in detention.", [(R, 3, 3, None)]),
    ("Twelve defendants remain in custody.", [(R, 12, 12, None)]),
    ("At least 40 protesters stayed in jail overnight.", [(R, 40, None, None)]),
    ("Two convicts were arrested after the escape.", [(R, 2, 2, None)]),
    # neighbours
    ("Two guards were in the prison at the time.", []),
    ("Four lawyers were in the detention centre to visit clients.", []),
    ("Five inmates were moved to another prison.", []),
    ("He served 12 years in prison before his release in 2015.", []),
    ("Bars and restaurants remain closed in the city.", []),
]

CLASSES = {"care": CARE, "detained": DETAINED, "later fates": LATER_FATES, "treated for": TREATED,
           "own fate": OWN_FATE}
KNOWN_GAPS: set[str] = set()


@pytest.mark.parametrize(("text", "figures"), probe_params(CLASSES, KNOWN_GAPS))
def test_care_and_fates_give_exactly_their_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)
