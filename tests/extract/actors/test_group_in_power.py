"""An armed group that took a country's government is coded as the government in the years it
held power whole (issue 19 item 3, session 36; ``in_power.tsv``): the Taliban after 2021 and in
1997-2001, Hayat Tahrir al-Sham from 2025. Made-up sentences; the neighbours (the same groups
before and in the year of their takeover, other armed groups, an undated mention) keep their
codes."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.actors.code import code_actor

IN_POWER = [
    ("the Taliban", "The Taliban closed girls' secondary schools.", "2022-03-23", "AFG"),
    ("Taliban", "Taliban authorities banned poppy farming.", "2022-04-03", "AFG"),
    ("the Taliban", "The Taliban signed a mining contract with a Chinese firm.", "2023-01-06",
     "AFG"),
    ("the Taliban", "The Taliban barred women from working for aid agencies.", "2024-12-30",
     "AFG"),
    ("the Taliban", "The Taliban destroyed the Buddha statues in Bamiyan.", "2001-03-02",
     "AFG"),
    ("the Taliban", "The Taliban refused to hand over the suspects.", "1998-08-22", "AFG"),
    ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham named new governors.", "2025-01-10", "SYR"),
    ("HTS", "HTS appointed a new foreign minister.", "2025-02-01", "SYR"),
    ("the Taliban", "", "2023-06-01", "AFG"),
    ("Taliban", "", "2022-08-15", "AFG"),
]
NEIGHBOURS = [
    ("the Taliban", "The Taliban attacked a checkpoint in Helmand.", "2019-05-01", "AFG", "REB"),
    ("the Taliban", "The Taliban seized the provincial capital.", "2021-08-10", "AFG", "REB"),
    ("the Taliban", "The Taliban ambushed a supply convoy.", "2008-07-13", "AFG", "REB"),
    ("HTS", "HTS fighters shelled the government-held town.", "2020-02-02", "SYR", "REB"),
    ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham entered Aleppo.", "2024-11-30", "SYR",
     "REB"),
    ("the Haqqani network", "The Haqqani network was blamed for the blast.", "2023-01-01",
     "AFG", "REB"),
    ("al-Shabaab", "Al-Shabaab claimed the attack.", "2023-01-01", "SOM", "REB"),
]


@pytest.mark.parametrize(("text", "context", "date", "country"), IN_POWER)
def test_a_group_in_power_is_the_government(text: str, context: str, date: str,
                                            country: str) -> None:
    assert code_actor(text, context, date=dt.date.fromisoformat(date)) == (country, "GOV")


@pytest.mark.parametrize(("text", "context", "date", "country", "sector"), NEIGHBOURS)
def test_a_group_out_of_power_keeps_its_sector(text: str, context: str, date: str,
                                               country: str, sector: str) -> None:
    assert code_actor(text, context, date=dt.date.fromisoformat(date)) == (country, sector)


def test_an_undated_taliban_is_read_at_the_reference_year() -> None:
    assert code_actor("Taliban") == ("AFG", "REB")
