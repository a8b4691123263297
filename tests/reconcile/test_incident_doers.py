"""Made-up probes (not copied from any data set): the doer who dies or is hurt is one person
more than the victims (``reconcile.victims``: a doer's noun names the victim before the outcome
word, or is its object: "the suspect was found dead", "officers shot and killed the gunman"),
never the victim told again, nor one person with a victim of another sentence ("Davidson has
died"), nor a total covering them. Neighbours keep their figures: the doer told twice is one,
a victim killed by the doer is no doer, and victims alone are counted as before. Each article
gives its ASSAULT incident's (killed best, injured best)."""

from __future__ import annotations

import pytest

from samples import assault_tolls

DOER_AND_VICTIM = [
    ("A clerk was shot dead at a store in Akron on Tuesday, police said. The suspect was later "
     "found dead in his car.", (2, None)),
    ("A doctor was shot at a hospital in Dayton on Monday. The gunman was found dead in an exam "
     "room. Dr. Ellen Park has died, the hospital said.", (2, None)),
    ("Joe Banks, 40, was killed in a shooting in Gary on Friday, police said. The shooter was "
     "also found dead.", (2, None)),
    ("A woman was shot and killed at her home in Flint on Sunday. Deputies shot and killed the "
     "suspect an hour later.", (2, None)),
    ("A cashier was wounded in a robbery in Tulsa on Friday, police said. The robber was shot "
     "and wounded by an officer.", (None, 2)),
]

KEPT = [
    ("A clerk was shot dead at a store in Akron on Tuesday, police said. The clerk died at the "
     "scene.", (1, None)),
    ("A woman was killed by the suspect at her home in Flint on Sunday, police said.",
     (1, None)),
    ("Deputies shot and killed a gunman in Dayton on Monday after he fired at them, police "
     "said. The gunman died at the scene.", (1, None)),
    ("A man was shot dead in Dayton on Friday. A woman was also killed in the shooting.",
     (2, None)),
]


@pytest.mark.parametrize(("text", "figures"), DOER_AND_VICTIM)
def test_a_doer_who_died_or_was_hurt_is_one_more(pipeline, tmp_path, text, figures) -> None:
    assert assault_tolls(pipeline, str(tmp_path / "doer.db"), text) == [figures]


@pytest.mark.parametrize(("text", "figures"), KEPT)
def test_victims_alone_and_a_doer_told_twice_keep_their_figures(pipeline, tmp_path, text,
                                                                figures) -> None:
    assert assault_tolls(pipeline, str(tmp_path / "doer.db"), text) == [figures]


# the doer told in other sentences by a plain "a man", "the individual": one person
ONE_DOER = [
    ("Police in Eau Claire shot a suspect who threatened them with a knife on Sunday night. The "
     "suspect is in critical condition. A man who was shot was taken to a hospital, police said.",
     (None, 1)),
    ("A gunman was wounded by deputies in Macon on Friday, the sheriff said. A man was taken to a "
     "hospital with a gunshot wound.", (None, 1)),
]


@pytest.mark.parametrize(("text", "figures"), ONE_DOER)
def test_a_doer_told_again_by_a_plain_noun_is_one(pipeline, tmp_path, text, figures) -> None:
    assert assault_tolls(pipeline, str(tmp_path / "doer.db"), text) == [figures]
