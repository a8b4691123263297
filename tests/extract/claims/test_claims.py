"""Casualty claims on real sentences with the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.records import Article


def _claims(pipeline, text: str, published: str | None = None):
    pub = dt.date.fromisoformat(published) if published else None
    return pipeline.process(Article(text=text, published=pub)).claims


def _figures(claims):
    return sorted((c.outcome, c.low, c.high) for c in claims if not c.undisclosed)


def test_killed_and_injured_are_two_claims_with_their_claimant(pipeline):
    claims = _claims(pipeline, "Six people were killed and 23 others injured in the attack, "
                               "police said on Tuesday.")
    assert _figures(claims) == [("injured", 23, 23), ("killed", 6, 6)]
    assert all(c.claimant is not None and c.claimant.text == "police" for c in claims)
    assert claims[0].evidence.text in ("Six people were killed",)


def test_unattributed_figure_has_no_claimant(pipeline):
    claims = _claims(pipeline, "Gunmen attacked a bar and killed 11 people.")
    assert _figures(claims) == [("killed", 11, 11)]
    assert claims[0].claimant is None


def test_according_to_names_the_claimant(pipeline):
    claims = _claims(pipeline, "According to the health ministry, at least 40 civilians were "
                               "wounded in the shelling.")
    assert _figures(claims) == [("injured", 40, None)]
    assert claims[0].victims == "civilian"
    assert "health ministry" in claims[0].claimant.text


def test_vague_quantity_keeps_its_words(pipeline):
    claims = _claims(pipeline, "Dozens of protesters were arrested in the capital.")
    assert [(c.outcome, c.vague, c.vague_low, c.victims) for c in claims] == [
        ("arrested", "Dozens", 12, "protester")]


def test_agent_of_killing_is_not_a_victim(pipeline):
    claims = _claims(pipeline, "Two suicide bombers killed at least 10 people outside a mosque.")
    assert _figures(claims) == [("killed", 10, None)]


def test_suicide_bombers_blowing_themselves_up_are_militants_killed(pipeline):
    claims = _claims(pipeline, "Two suicide bombers blew themselves up near a police station.")
    assert [(c.low, c.victims) for c in claims] == [(2, "militant")]


def test_numbers_that_count_things_are_not_claims(pipeline):
    claims = _claims(pipeline, "Three missiles hit the town over 24 hours and five vehicles "
                               "were destroyed; a 24-year-old man was arrested.")
    assert _figures(claims) == [("arrested", 1, 1)]


def test_denial_is_a_claim_of_zero(pipeline):
    claims = _claims(pipeline, "A grenade exploded near the market, but no one was injured.")
    assert _figures(claims) == [("injured", 0, 0)]


def test_killed_or_wounded_is_one_casualties_claim(pipeline):
    claims = _claims(pipeline, "A landmine killed or wounded at least 26 civilians.")
    assert _figures(claims) == [("casualties", 26, None)]


def test_total_and_part_are_linked_not_summed(pipeline):
    claims = _claims(pipeline, "The air strike killed 6 civilians, including 2 women.")
    assert _figures(claims) == [("killed", 2, 2), ("killed", 6, 6)]
    part = next(c for c in claims if c.low == 2)
    assert part.part_of == next(i for i, c in enumerate(claims) if c.low == 6)


def test_side_from_demonym(pipeline):
    claims = _claims(pipeline, "Six Malian soldiers were killed in an ambush, the army said.")
    assert [(c.low, c.victims, c.side) for c in claims] == [(6, "military", "MLI")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said some 300 people were evacuated.", ("displaced", 300, 300, True)),
    ("The death toll rose to 66 on Friday.", ("killed", 66, 66, False)),
    ("The blast killed between 20 and 30 people.", ("killed", 20, 30, False)),
    ("Up to 40 soldiers were killed.", ("killed", None, 40, False)),
])
def test_bounds_ranges_and_approximations(pipeline, text, expected):
    claims = _claims(pipeline, text)
    assert [(c.outcome, c.low, c.high, c.approx) for c in claims] == [expected]


def test_respectively_distributes_parts_and_periods(pipeline):
    text = ("According to officials, 19 Armenians and 44 Azeri civilians have been killed since "
            "September 27, including 5 and 11 respectively since Sunday.")
    claims = _claims(pipeline, text, "2020-10-05")
    by_low = {c.low: c for c in claims}
    assert set(by_low) == {19, 44, 5, 11}
    assert by_low[5].part_of == claims.index(by_low[19])
    assert by_low[11].part_of == claims.index(by_low[44])
    assert (by_low[11].side, by_low[11].victims) == ("AZE", "civilian")
    assert (by_low[19].period_kind, by_low[19].period_start) == ("since", "2020-09-27")
    assert (by_low[5].period_kind, by_low[5].period_start) == ("since", "2020-10-04")
    assert 16 not in by_low and 63 not in by_low


def test_withheld_figure_is_undisclosed_not_zero(pipeline):
    text = "Azerbaijan is not announcing losses among its soldiers, while Karabakh reports 219 dead."
    claims = _claims(pipeline, text, "2020-10-05")
    withheld = [c for c in claims if c.undisclosed]
    assert [(c.outcome, c.low, c.victims, c.side) for c in withheld] == [
        ("killed", None, "military", "AZE")]
    reported = [c for c in claims if not c.undisclosed]
    assert [(c.low, c.claimant.text) for c in reported] == [(219, "Karabakh")]


def test_history_is_background_with_its_month(pipeline):
    text = ("In July this year, the two countries were involved in clashes that left some 20 "
            "people dead. Following a war that left 30,000 dead, a ceasefire was signed in 1994.")
    claims = _claims(pipeline, text, "2020-10-05")
    by_low = {c.low: c for c in claims}
    assert by_low[20].background and by_low[20].period_start == "2020-07"
    assert by_low[30000].background


def test_seed_article_claims(pipeline, seed_text):
    claims = _claims(pipeline, seed_text, "2020-10-05")
    figures = _figures(claims)
    for expected in [("killed", 19, 19), ("killed", 44, 44), ("killed", 5, 5),
                     ("killed", 11, 11), ("killed", 219, 219), ("killed", 2000, 3000),
                     ("killed", 30000, 30000), ("killed", 20, 20), ("killed", 110, 110)]:
        assert expected in figures
    boasts = [c for c in claims if c.low == 2000]
    assert sorted((c.claimant.country, c.side) for c in boasts) == [("ARM", "AZE"),
                                                                      ("AZE", "ARM")]
    assert not any(c.low in (16, 63) for c in claims)


def test_claim_dated_by_a_half_year_is_extracted_not_an_error(pipeline):
    # "the first half of 2023" is dated 2023-H1, which has no month; it used to raise
    result = pipeline.process(Article(
        text="More than 120 civilians were killed in the first half of 2023, the UN said.",
        published=dt.date(2024, 1, 1)))
    [claim] = result.claims
    assert (claim.outcome, claim.low, claim.background) == ("killed", 120, True)
