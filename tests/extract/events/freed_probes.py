"""Made-up probe sentences for the one a release frees (issue 15 item 6, session 41): "his
release", "their freeing", "the release of X" name the one set free as the RETREAT's
recipient, never its actor; a possessive pronoun of a release, an arrest or a trial stands for
the one acted on in the sentence before ("Police detained a cleric. The bishops demanded his
release": the cleric); the one freed is not the one a request for the release is addressed to.
Near neighbours keep their reading: "its withdrawal", "his resignation", "the release of a
report". Each row: (text, trigger word, actors that must be listed, recipients that must be
listed, participants that must not be actors, participants that must not be recipients).
"""

from __future__ import annotations

Probe = tuple[str, str, list[str], list[str], list[str], list[str]]

FREED: list[Probe] = [
    ("Police detained the cleric on Monday. The bishops demanded his release.", "release", [],
     ["cleric"], ["bishops"], ["bishops"]),
    ("Officers arrested Mrs Adeyemi at dawn. Her lawyers called for her immediate release.",
     "release", [], ["Adeyemi"], ["lawyers"], ["lawyers"]),
    ("Gunmen seized two miners last week. The ministry sought their release without "
     "conditions.", "release", [], ["miners"], ["Gunmen"], ["Gunmen", "ministry"]),
    ("Troops detained the union leader in March. The union called for the leader's "
     "unconditional release.", "release", [], ["leader"], ["leader"], []),
    ("Negotiators secured the release of two engineers on Friday.", "release",
     ["Negotiators"], ["engineers"], [], []),
    ("The government ordered the release of 200 prisoners.", "release", ["government"],
     ["prisoners"], [], []),
    ("Relatives are campaigning for the release of the three fishermen.", "release", [],
     ["fishermen"], [], []),
    ("Bandits abducted a nurse near the clinic. Her colleagues urged her release.",
     "release", [], ["nurse"], ["colleagues"], ["colleagues"]),
    ("Soldiers captured four smugglers at the border. A local chief sought their release.",
     "release", [], ["smugglers"], [], ["chief"]),
    ("The militia kidnapped a priest on Sunday. The diocese demanded his release.", "release",
     [], ["priest"], ["diocese"], ["diocese"]),
    ("Police arrested a blogger in Tunis. The press union condemned his detention.",
     "condemned", ["union"], [], [], []),
    # the one freed is not whom a request for the release is addressed to
    ("Rights groups demanded the release of the editor and his deputy.", "demanded",
     ["Rights groups"], [], [], ["editor", "deputy"]),
    ("The council called for the release of the detained farmers.", "called", ["council"], [],
     [], ["farmers"]),
    # near neighbours: a possessive that does the act, an "of" object that is no person freed
    ("The rebels announced their withdrawal from the town.", "withdrawal", ["rebels"], [], [],
     ["rebels"]),
    ("The minister offered his resignation.", "resignation", ["minister"], [], [],
     ["minister"]),
    ("Amnesty urged the junta to order the release of all detained journalists.", "urged",
     ["Amnesty"], ["junta"], [], []),
    ("The ministry demanded the withdrawal of foreign troops from the border.", "demanded",
     ["ministry"], [], [], []),
]
