"""Probes of streets written with the short forms of their kind ("Boston Tpke", "Denver Trl",
"Houston Pl", "Portland Cir"): the place package now keeps one list of street words
(``fragments.STREET_HEADS``) where ``names`` had its own shorter ones, so such a street named
after a far town is read as a street of the story's town, not as that town. Neighbours: the
same streets written in full, and the far town named as itself ("in Dallas")."""

from __future__ import annotations

import pytest

from samples import trigger_places

# (text, PLOVER type, trigger, the places of the act)
CHANGE = [
    ("WEST HARTFORD, Conn. (AP) -- A man was shot on Boston Tpke on Monday.",
     "ASSAULT", "shot", ["West Hartford"]),
    ("MESA, Ariz. (AP) -- A woman was shot on Denver Trl on Sunday.",
     "ASSAULT", "shot", ["Mesa"]),
    ("AURORA, Colo. (AP) -- Two men were shot on Boston Pl on Friday night.",
     "ASSAULT", "shot", ["Aurora"]),
    ("OREM, Utah (AP) -- A man was shot on Phoenix Trl on Tuesday.",
     "ASSAULT", "shot", ["Orem"]),
    ("EDISON, N.J. (AP) -- Police arrested a man on Newark Tpke on Monday.",
     "COERCE", "arrested", ["Edison"]),
    ("TULSA, Okla. (AP) -- A man was stabbed on Houston Pl on Wednesday.",
     "ASSAULT", "stabbed", ["Tulsa"]),
    ("BOISE, Idaho (AP) -- A woman was shot on Portland Cir on Thursday.",
     "ASSAULT", "shot", ["Boise"]),
    ("FRISCO, Texas (AP) -- A man was shot on Memphis Trl on Monday.",
     "ASSAULT", "shot", ["Frisco"]),
    ("TROY, Mich. (AP) -- Police detained two teens on Chicago Pl on Friday.",
     "COERCE", "detained", ["Troy"]),
]

KEEP = [
    ("PLANO, Texas (AP) -- A teenager was stabbed on Dallas Cir on Saturday.",
     "ASSAULT", "stabbed", ["Plano"]),
    ("GILBERT, Ariz. (AP) -- A man was wounded on Tucson Cir on Sunday.",
     "ASSAULT", "wounded", ["Gilbert"]),
    ("WEST HARTFORD, Conn. (AP) -- A man was shot on Boston Street on Monday.",
     "ASSAULT", "shot", ["West Hartford"]),
    ("MESA, Ariz. (AP) -- A woman was shot on Denver Avenue on Sunday.",
     "ASSAULT", "shot", ["Mesa"]),
    ("PLANO, Texas (AP) -- A teenager was stabbed in Dallas on Saturday.",
     "ASSAULT", "stabbed", ["Dallas"]),
    ("AURORA, Colo. (AP) -- Two men were shot in Boston on Friday night.",
     "ASSAULT", "shot", ["Boston"]),
    ("TULSA, Okla. (AP) -- A man was stabbed on Houston Road on Wednesday.",
     "ASSAULT", "stabbed", ["Tulsa"]),
    ("EDISON, N.J. (AP) -- Police arrested a man in Newark on Monday.",
     "COERCE", "arrested", ["Newark"]),
    ("BOISE, Idaho (AP) -- A woman was shot on Portland Drive on Thursday.",
     "ASSAULT", "shot", ["Boise"]),
    ("TROY, Mich. (AP) -- Police detained two teens in Chicago on Friday.",
     "COERCE", "detained", ["Chicago"]),
    ("FRISCO, Texas (AP) -- A man was shot in Memphis on Monday.",
     "ASSAULT", "shot", ["Memphis"]),
    ("GILBERT, Ariz. (AP) -- A man was wounded on Tucson Boulevard on Sunday.",
     "ASSAULT", "wounded", ["Gilbert"]),
]


@pytest.mark.parametrize(("text", "kind", "trigger", "places"), CHANGE + KEEP)
def test_abbreviated_street_is_the_dateline_towns(pipeline, text, kind, trigger, places):
    assert trigger_places(pipeline, text, kind, trigger) == places
