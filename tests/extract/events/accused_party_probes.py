"""Made-up probe sentences for the parties accused or blamed by a common noun no lexicon of
people lists (issue 15 item 6, session 41): "accused neighbouring countries of arming the
rebels", "blamed foreign networks for the attacks": the object of a verb of accusing followed
by the deed it is accused of ("of", "for", "with", "over") is a party, whatever its noun, and
the ACCUSE's recipient. Near neighbours keep their reading: objects already known as people or
countries, an accusation with no deed named, no recipient from a condemned act. Each row:
(text, trigger word, actors that must be listed, recipients that must be listed, participants
that must not be actors, participants that must not be recipients).
"""

from __future__ import annotations

Probe = tuple[str, str, list[str], list[str], list[str], list[str]]

ACCUSED_PARTIES: list[Probe] = [
    ("The foreign minister accused neighbouring states of arming the insurgents.", "accused",
     ["minister"], ["states"], [], []),
    ("The minister accused the strikers of sabotage.", "accused", ["minister"], ["strikers"],
     [], []),
    ("The defence ministry accused the Gulf monarchies of funding the rebels.", "accused",
     ["ministry"], ["monarchies"], [], []),
    ("The ministry blamed foreign networks for the cyber attacks.", "blamed", ["ministry"],
     ["networks"], [], []),
    ("The regime accused rival camps of spreading rumours.", "accused", ["regime"], ["camps"],
     [], []),
    ("The minister accused the neighbouring countries of harbouring fugitives.", "accused",
     ["minister"], ["countries"], [], []),
    ("The president accused the northern provinces of withholding taxes.", "accused",
     ["president"], ["provinces"], [], []),
    ("The governor accused the clans of stealing cattle.", "accused", ["governor"], ["clans"],
     [], []),
    ("The army accused sleeper cells of planning attacks.", "accused", ["army"], ["cells"], [],
     []),
    ("The ministry accused several outlets of publishing fake news.", "accused", ["ministry"],
     ["outlets"], [], []),
    ("The senator accused the lobbies of buying votes.", "accused", ["senator"], ["lobbies"],
     [], []),
    # near neighbours: people and countries already known, a deed with no party, no deed
    ("The mayor accused the contractor of fraud.", "accused", ["mayor"], ["contractor"], [],
     []),
    ("Kenya accused Somalia of harbouring militants.", "accused", ["Kenya"], ["Somalia"], [],
     []),
    ("The junta accused the hardliners of plotting a coup.", "accused", ["junta"],
     ["hardliners"], [], []),
    ("The minister accused the opposition on Monday.", "accused", ["minister"], ["opposition"],
     [], []),
    ("The union condemned the decision to close the mine.", "condemned", ["union"], [], [],
     ["decision", "mine"]),
    ("Police accused the truckers of blocking the highway.", "accused", ["Police"],
     ["truckers"], [], ["highway"]),
]
