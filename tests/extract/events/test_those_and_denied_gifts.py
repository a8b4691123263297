"""Two small classes of acts no one did (session 44):

- a stance of the bare pronoun "those" in its relative clause ("would dock the pay of those who
  refused to return", ``present.any_occasion``): people picked by what they did, no party's
  REJECT; a deed of "those" ("arrested those who attacked the convoy") stays;
- the act noun a light verb gives inside a denial ("denied giving any support to the
  fighters", ``reported.denied_act``), and a denied participle the model reads as a modifier
  of the object of "had" ("denied that the air force had targeted civilians"): only said not
  to have been done; told outside a denial it stays.

Made-up probes, not taken from any data set; 6 of the 7 gave the act before the change."""

from __future__ import annotations

import pytest

from samples import plover_types

NONE = [
    ("The ministry said it would sack those who refused to return to work.", "REJECT"),
    ("The company fined those who refused to sign the new contract.", "REJECT"),
    ("Officials have denied giving any support to the rebels.", "SUPPORT"),
    ("The army denied providing weapons to the militia.", "AID"),
    ("Kigali denied offering support to the M23.", "SUPPORT"),
    ("The government denied giving aid to the insurgents.", "AID"),
    ("A military spokesman denied that the air force had targeted civilians.", "ASSAULT"),
]
STAY = [
    ("Police arrested those who attacked the convoy.", "ASSAULT"),
    ("The union refused to return to work on Monday.", "REJECT"),
    ("The United States said it had given military aid to Ukraine.", "AID"),
    ("Kenya gave support to the peace plan on Monday.", "SUPPORT"),
    ("The army said the air force had targeted rebel positions.", "ASSAULT"),
]


@pytest.mark.parametrize("text,plover", NONE)
def test_no_act_of_those_or_denied(pipeline, text: str, plover: str) -> None:
    assert plover not in plover_types(text)


@pytest.mark.parametrize("text,plover", STAY)
def test_acts_stay(pipeline, text: str, plover: str) -> None:
    assert plover in plover_types(text)
