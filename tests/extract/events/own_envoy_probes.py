"""Made-up probe sentences for envoys called home (issue 15 item 6, session 41): "Algeria
recalled its ambassador from Paris": the one the recall is against is the place or state the
envoy is called from, never the actor's own envoy ("its ambassador", "their own envoys"). Near
neighbours keep their reading: another state's envoy expelled or summoned. Each row: (text,
trigger word, actors that must be listed, recipients that must be listed, participants that
must not be actors, participants that must not be recipients).
"""

from __future__ import annotations

Probe = tuple[str, str, list[str], list[str], list[str], list[str]]

OWN_ENVOYS: list[Probe] = [
    ("Algeria recalled its ambassador from Paris in July.", "recalled", ["Algeria"], ["Paris"],
     [], ["ambassador"]),
    ("Britain recalled its ambassador on Friday.", "recalled", ["Britain"], [], [],
     ["ambassador"]),
    ("Niger and Burkina Faso followed by recalling their own ambassadors.", "recalling", [],
     [], [], ["ambassadors"]),
    ("Peru recalled its envoy from Caracas for consultations.", "recalled", ["Peru"],
     ["Caracas"], [], ["envoy"]),
    ("The government recalled its diplomats from Kabul.", "recalled", ["government"],
     ["Kabul"], [], ["diplomats"]),
    ("Mali recalled its ambassador from Algiers on Wednesday.", "recalled", ["Mali"],
     ["Algiers"], [], ["ambassador"]),
    ("Colombia recalled its ambassador from Managua after the ruling.", "recalled",
     ["Colombia"], ["Managua"], [], ["ambassador"]),
    ("Morocco recalled its envoy from Berlin last month.", "recalled", ["Morocco"], ["Berlin"],
     [], ["envoy"]),
    ("Rwanda said on Monday it had recalled its diplomats from Kinshasa.", "recalled",
     ["Rwanda"], ["Kinshasa"], [], ["diplomats"]),
    ("The Netherlands recalled its ambassador from Ankara.", "recalled", ["Netherlands"],
     ["Ankara"], [], ["ambassador"]),
    ("Lithuania recalled its envoy from Beijing in August.", "recalled", ["Lithuania"],
     ["Beijing"], [], ["envoy"]),
    # near neighbours: another state's envoy is the recipient
    ("Algeria expelled the French ambassador.", "expelled", ["Algeria"], ["ambassador"], [],
     []),
    ("Turkey summoned the Dutch ambassador.", "summoned", ["Turkey"], ["ambassador"], [], []),
    ("Kenya expelled two Somali diplomats on Tuesday.", "expelled", ["Kenya"], ["diplomats"],
     [], []),
]
