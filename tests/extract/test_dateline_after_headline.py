"""Made-up probes (not copied from any data set): a written dateline run into the headline
before it ("Police seek gunman after clerk shot TROY, N.Y. -- A store clerk ..."), as web pages
glue them, is read like a dateline at the start of a line: the town of that name in that state,
also where the place extractor does not find the town in capitals and only its state would
place the act. Neighbours: datelines at the start of a line, capitals before a comma and a dash
that name no town ("the FBI, DEA - and state police"), and towns stated in the text."""

from __future__ import annotations

import pytest
from tests.samples import assault_incidents

BODY = " -- A store clerk was shot during a robbery on Saturday, police said."
GLUED = [
    ("Police seek gunman after clerk shot NORMAL, Ill." + BODY, "Normal"),
    ("Police seek gunman after clerk shot CLINTON, Iowa" + BODY, "Clinton"),
    ("Police seek gunman after clerk shot FRANKLIN, Tenn." + BODY, "Franklin"),
    ("Police seek gunman after clerk shot WILSON, N.C." + BODY, "Wilson"),
    ("Police seek gunman after clerk shot ROME, Ga." + BODY, "Rome"),
    ("Police seek gunman after clerk shot PARIS, Texas" + BODY, "Paris"),
    ("Police seek gunman after clerk shot LIMA, Ohio" + BODY, "Lima"),
    ("Police seek gunman after clerk shot TROY, N.Y." + BODY, "Troy"),
    ("Police seek gunman after clerk shot VIENNA, Va." + BODY, "Vienna"),
    ("Two hurt in shooting at party Associated Press LIMA, Ohio (AP)" + BODY, "Lima"),
    ("Clerk wounded in holdup ROME, Ga. (WXYZ)" + BODY, "Rome"),
]
KEPT = [
    ("Clerk shot\n\nTROY, N.Y." + BODY, "Troy"),
    ("Clerk shot\n\nLIMA, Ohio (AP)" + BODY, "Lima"),
    ("Clerk shot\n\nMOUNT VERNON, Ohio" + BODY, "Mount Vernon"),
    ("Police seek gunman after clerk shot JACKSON, Tenn." + BODY, "Jackson"),
    ("Police seek gunman after clerk shot CANTON, Ohio" + BODY, "Canton"),
    ("Police seek gunman after clerk shot ATHENS, Ga." + BODY, "Athens"),
    ("A store clerk was shot during a robbery in Marion, Indiana, on Saturday, police said.",
     "Marion"),
    ("A store clerk was shot in Toledo on Saturday and the FBI, DEA - and state police - "
     "joined the search.", "Toledo"),
    ("Police seek gunman after clerk shot in Toledo - FBI, DEA - A store clerk was shot on "
     "Saturday.", "Toledo"),
    ("A clerk was shot in Akron on Saturday. Officials said the AFL, CIO - and others - "
     "condemned it.", "Akron"),
]


def _place(pipeline, tmp_path, text: str) -> str | None:
    found = assault_incidents(pipeline, str(tmp_path / "probe.db"), text)
    assert found, "no ASSAULT incident"
    return found[0]["place"]


@pytest.mark.parametrize(("text", "town"), GLUED, ids=[t[:60] for t, _ in GLUED])
def test_a_dateline_run_into_the_headline_places_the_act(pipeline, tmp_path, text, town):
    assert _place(pipeline, tmp_path, text) == town


@pytest.mark.parametrize(("text", "town"), KEPT, ids=[t[:60] for t, _ in KEPT])
def test_datelines_at_a_line_start_and_stated_towns_stay(pipeline, tmp_path, text, town):
    assert _place(pipeline, tmp_path, text) == town
