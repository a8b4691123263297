"""Made-up probe sentences for refusals of a partner (issue 15 item 6, session 41): "the
president said he would not negotiate with the rebels", "the union refused to cooperate with
the commission": a negotiation, cooperation or meeting refused is a REJECT whose recipient is
the one refused (the "with" partner), never a second actor as in a meeting held. Near
neighbours keep their reading: talks held ("negotiated with", "met with") stay reciprocal.
Each row: (text, trigger word, actors that must be listed, recipients that must be listed,
participants that must not be actors, participants that must not be recipients).
"""

from __future__ import annotations

Probe = tuple[str, str, list[str], list[str], list[str], list[str]]

REFUSED: list[Probe] = [
    ("The president said he would not negotiate with the rebels.", "negotiate", ["president"],
     ["rebels"], ["rebels"], []),
    ("The Kremlin would not negotiate with the separatist leader until his fighters "
     "surrendered.", "negotiate", ["Kremlin"], ["leader"], ["leader"], []),
    ("The government said it would never negotiate with terrorists.", "negotiate",
     ["government"], ["terrorists"], ["terrorists"], []),
    ("Fano leaders have said they will not negotiate with the government until federal "
     "troops leave.", "negotiate", ["Fano"], ["government"], ["government"], []),
    ("The union refused to negotiate with the employers.", "refused", ["union"],
     ["employers"], ["employers"], []),
    ("The party refused to cooperate with the commission.", "refused", ["party"],
     ["commission"], ["commission"], []),
    ("The opposition declined to negotiate with the junta.", "declined", ["opposition"],
     ["junta"], ["junta"], []),
    ("The governor will not negotiate with the kidnappers, his spokesman said.", "negotiate",
     ["governor"], ["kidnappers"], ["kidnappers"], []),
    ("The prime minister insisted that Israel would never negotiate with Hamas.", "negotiate",
     ["Israel"], ["Hamas"], ["Hamas"], []),
    ("The militia refused to cooperate with the peacekeepers.", "refused", ["militia"],
     ["peacekeepers"], ["peacekeepers"], []),
    ("The council declined to cooperate with the police.", "declined", ["council"],
     ["police"], ["police"], []),
    # near neighbours: talks held stay reciprocal
    ("The president negotiated with the rebels in Nairobi.", "negotiated",
     ["president", "rebels"], [], [], ["rebels"]),
    ("The envoy met with rebel commanders in Doha on Friday.", "met", ["envoy", "commanders"],
     [], [], ["commanders"]),
    ("The minister held talks with the union on Monday.", "talks", ["minister", "union"], [],
     [], ["union"]),
]
