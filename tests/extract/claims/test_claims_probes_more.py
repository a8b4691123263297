"""More made-up probe sentences for issue 19, item 1 (not copied from any data set): lists of
single people (with possessives and nouns the tagger takes for adjectives), injury told as a
hospital stay or condition, and toll phrases and states, each with positives and negatives.
Each sentence must give exactly these claims, as (outcome, low, high, vague words)."""

from __future__ import annotations

import pytest

from samples import claim_figure, probe_params
from sitrep.records import Article

K, J, R, M, D = "killed", "injured", "arrested", "missing", "displaced"




ONE = (1, 1, None)
LISTS = [
    ("The gunmen killed a farmer and his wife.", [(K, *ONE), (K, *ONE)]),
    ("A mother and her child were killed.", [(K, *ONE), (K, *ONE)]),
    ("A man and his son were shot dead.", [(K, *ONE), (K, *ONE)]),
    ("A guard and a cleaner were found dead.", [(K, *ONE), (K, *ONE)]),
    ("A soldier, a policeman and a civilian were killed.", [(K, *ONE)] * 3),
    ("A nurse and a driver were kidnapped.", [("abducted", *ONE)] * 2),
    ("A boy and a girl died in the fire.", [(K, *ONE), (K, *ONE)]),
    ("Police arrested a man and a woman.", [(R, *ONE), (R, *ONE)]),
    ("An officer and two soldiers died.", [(K, *ONE), (K, 2, 2, None)]),
    ("A guard and two workers were injured.", [(J, *ONE), (J, 2, 2, None)]),
    # negatives: things in the list, or a thing owning the person's noun
    ("A car and a truck were destroyed.", []),
    ("The bomb destroyed a school and a mosque.", []),
    ("The gunmen killed a farmer and his dog.", [(K, *ONE)]),
    ("The other car and its driver turned up at a garage.", []),
]

HOSPITAL = [
    ("Six were taken to hospital.", [(J, 6, 6, None)]),
    ("Three are in critical condition.", [(J, 3, 3, None)]),
    ("Four were treated for smoke inhalation.", [(J, 4, 4, None)]),
    ("Five people were hospitalised.", [(J, 5, 5, None)]),
    ("Two officers were hospitalized with gunshot wounds.", [(J, 2, 2, None)]),
    ("Three people were sent to hospital.", [(J, 3, 3, None)]),
    ("Nine people were hospitalized in serious condition.", [(J, 9, 9, None)]),
    ("The two were flown to a hospital in Paris.", [(J, 2, 2, None)]),
    ("Fourteen soldiers were evacuated to a military hospital.", [(J, 14, 14, None)]),
    ("Twelve people were treated in hospital for burns.", [(J, 12, 12, None)]),
    ("Two men remain hospitalized.", [(J, 2, 2, None)]),
    ("Three people are hospitalised.", [(J, 3, 3, None)]),
    # negatives: no harm told
    ("Two nurses work at the hospital.", []),
    ("Six patients were discharged from hospital.", []),
    ("The president is in good condition.", []),
    ("The driver was taken to hospital for a check-up.", []),
]

TOLLS = [
    ("The fighting pushed the death toll to 40.", [(K, 40, 40, None)]),
    ("The explosion raised the number of dead to 12.", [(K, 12, 12, None)]),
    ("Eleven bodies were recovered.", [(K, 11, 11, None)]),
    ("Two bodies were discovered in the forest.", [(K, 2, 2, None)]),
    ("Four men are being held in custody.", [(R, 4, 4, None)]),
    ("Two suspects were remanded in custody.", [(R, 2, 2, None)]),
    ("The whereabouts of two journalists are unknown.", [(M, 2, 2, None)]),
    ("Four soldiers are unaccounted for.", [(M, 4, 4, None)]),
    ("Officials put the death toll at 25.", [(K, 25, 25, None)]),
    ("Authorities said 18 bodies had been retrieved.", [(K, 18, 18, None)]),
    ("Five activists disappeared last week.", [(M, 5, 5, None)]),
    ("Four students vanished after the protest.", [(M, 4, 4, None)]),
    ("The disappearance of five activists worried relatives.", [(M, 5, 5, None)]),
    ("The disappearances of 43 students remain unsolved.", [(M, 43, 43, None)]),
    # negatives
    ("The budget brought the deficit to nine billion.", []),
    ("Police recovered two cars.", []),
    ("The custody battle over two children continues.", []),
    ("Their whereabouts remain unknown, police said.", []),
    ("Three bodies of water were polluted.", []),
    ("The smoke vanished after two hours.", []),
    ("The appearance of two ministers surprised the crowd.", []),
]

NOUNS = [
    ("The deaths of 12 miners were blamed on the company.", [(K, 12, 12, None)]),
    ("The explosion caused injuries to nine workers.", [(J, 9, 9, None)]),
    ("The abduction of 20 students shocked the nation.", [("abducted", 20, 20, None)]),
    ("The arrest of five was announced on Tuesday.", [(R, 5, 5, None)]),
    ("The army ordered the evacuation of thousands.", [(D, None, None, "thousands")]),
    ("The killings of 14 villagers were condemned.", [(K, 14, 14, None)]),
    ("The killing of four was condemned by the UN.", [(K, 4, 4, None)]),
    ("The detentions of 11 journalists drew protests.", [(R, 11, 11, None)]),
    ("The deaths of at least 40 people were reported.", [(K, 40, None, None)]),
    ("Police confirmed the detention of 30 protesters.", [(R, 30, 30, None)]),
    # negatives
    ("The killing of the bill angered lawmakers.", []),
    ("The evacuation of the embassy began on Monday.", []),
    ("The execution of the plan took four years.", []),
    ("Officials announced the release of 40 prisoners.", []),
]

CLASSES = {"lists": LISTS, "hospital": HOSPITAL, "tolls": TOLLS, "nouns": NOUNS}
KNOWN_GAPS: set[str] = set()
CASES = probe_params(CLASSES, KNOWN_GAPS)


@pytest.mark.parametrize(("text", "figures"), CASES)
def test_probe_sentence_gives_exactly_its_claims(pipeline, text, figures):
    claims = pipeline.process(Article(text=text)).claims
    assert sorted(claim_figure(c) for c in claims if not c.undisclosed) == sorted(figures)


def test_one_person_in_a_list_is_not_mixed(pipeline):
    claims = pipeline.process(Article(text="A soldier and a rebel were killed in the clash.")).claims
    assert sorted(c.victims for c in claims) == ["militant", "military"]
