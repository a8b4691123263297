"""Victims and side of session-26 field probes, fixed by mechanism (made-up sentences):

- a group name written with hyphens ("al-Shabaab", "Jaish-e-Mohammed") is the side as
  written, not its last piece (``victims._hyphenated``); hyphenated words that name no group
  ("pro-government", "well-known") give no side;
- people named by an occupation no lexicon knows, by its form ("three engineers", "a local
  councillor", "two surveyors"), are civilians (``victims.agent_category``); inhabitants are
  civilians; so are citizens (session 27: issue 19 names "citizens" among the victim nouns
  the held-out gold codes that the lexicon missed; a news text names soldiers as soldiers;
  it changes nothing on either dev part).

Each row: (text, outcome, victims, side or None); the claim of that outcome must be the only
one."""

from __future__ import annotations

import pytest

from sitrep.records import Article

K, J, A, R = "killed", "injured", "abducted", "arrested"

CASES = [
    ("Five al-Shabaab fighters were killed in the airstrike, the army said.", K, "militant",
     "al-Shabaab"),
    ("Five al-Shabaab militants blew themselves up at the gate.", K, "militant", "al-Shabaab"),
    ("Four members of al-Shabaab were arrested.", R, "militant", "al-Shabaab"),
    ("Two Jaish-e-Mohammed militants were killed in the encounter.", K, "militant",
     "Jaish-e-Mohammed"),
    ("Three Boko Haram fighters were killed.", K, "militant", "Boko Haram"),
    ("Two pro-government fighters were killed.", K, "militant", None),
    ("Two well-known activists were arrested.", R, "civilian", None),
    ("Gunmen kidnapped three Chinese engineers on Sunday.", A, "civilian", "CHN"),
    ("A local councillor was shot dead by unknown gunmen.", K, "civilian", None),
    ("Two surveyors were abducted near the dam.", A, "civilian", None),
    ("Four plumbers were injured in the blast.", J, "civilian", None),
    ("Nine citizens were martyred in the bombardment.", K, "civilian", None),
    ("Six inhabitants of the village were wounded.", J, "civilian", None),
    # neighbours: the lexicon's own categories stay
    ("Two attackers were shot dead by the guards.", K, "militant", None),
    ("Three police officers were wounded.", J, "police", None),
    ("Two soldiers were killed by a roadside bomb.", K, "military", None),
    ("Five protesters were arrested outside parliament.", R, "protester", None),
    ("Two reporters were detained at the border.", R, "journalist", None),
]


@pytest.mark.parametrize(("text", "outcome", "victims", "side"), CASES,
                         ids=[c[0][:50] for c in CASES])
def test_victims_and_side_of_names_and_trades(pipeline, text, outcome, victims, side):
    claims = [c for c in pipeline.process(Article(text=text)).claims
              if c.outcome == outcome and not c.undisclosed]
    assert len(claims) == 1
    got = claims[0]
    assert (got.victims, got.side.casefold() if got.side else None) == (
        victims, side.casefold() if side else None)
