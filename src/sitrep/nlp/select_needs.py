"""The words without which a trigger row's structural requirement cannot be met, read by
``sitrep.nlp.select`` before any parse: a row with such a need keeps a sentence only with one of
the words' forms in it. ``NEED_WORDS`` copies the extractors' word sets (select imports no
extractor); ``tests/nlp/test_select_parsed_needs.py`` checks that the copies agree."""

from __future__ import annotations

__all__ = ["LEXICON_NEEDS", "NEED_WORDS", "need_words"]

LEXICON_NEEDS = ("@contraband", "@menace", "@forces", "@posted", "@operation", "@relief",
                 "@hurled", "@forced")

# a word without which a structural requirement read from the parse cannot be met, for the
# trigger lemmas it is checked on ("*": any): such a row is kept only with one of the words'
# forms in the sentence, like a neighbour of the table ("look" is an inquiry only as "look
# into" (``senses.courts.inquiries.matter_inquired``), "order" an expulsion only with "to leave"
# (``senses.speech.ordered_out``), a call only over a line (``events.lexicon.by_line``: its
# ``LINES``), a prison term only with its length (``senses.courts.legal.prison_term``: its
# ``DURATIONS``), an acquittal only as "found innocent", "found not guilty" or "cleared of"
# (``senses.courts.steps.acquitted``), a ban on people only on their travel, entry or visas
# (``events.lexicon.people_barred``: its ``BARRED``)). A row with another structural need
# ("@transfer": the recipient may be a dative, which has no word), or with one named here for
# other lemmas ("examine"), keeps the sentence on the trigger alone.
SHUT_WORDS = (
    "border", "frontier", "airspace", "crossing", "port", "harbour", "harbor", "airport", "school",
    "university", "college", "campus", "market", "marketplace", "mosque", "church", "temple",
    "rank", "station", "terminal", "route", "street",
    "lane", "avenue", "motorway", "highway", "road", "bridge", "tunnel", "pass", "entrance",
    "access", "corridor", "waterway", "strait", "canal", "square", "park", "beach",
    "border-crossing", "checkpoint", "perimeter", "block", "neighbourhood", "neighborhood", "mine",
    "venue", "stadium", "office", "headquarters", "premises", "building", "compound", "camp",
    "village", "town", "city", "area", "zone", "region", "march", "protest", "rally",
    "demonstration", "procession", "convoy", "sit-in", "vigil", "parade", "meeting", "gathering",
    "district", "territory", "province", "base", "post", "outpost", "position", "airfield",
    "airstrip", "hill", "hilltop", "barracks", "garrison", "stronghold", "mountain", "valley",
    "island", "enclave", "suburb", "quarter", "county", "capital", "settlement", "hamlet",
    "locality", "municipality", "fort", "fortress", "junction", "ridge", "height", "heights",
    "front", "frontline", "line", "trench", "depot", "outskirt", "outskirts", "countryside",
    "palace")
NEED_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "@inquired": {"look": ("into",)},
    "@ordered_out": {"order": ("leave",)},
    "@line": {"*": ("telephone", "phone", "videophone", "videolink", "video", "teleconference",
                    "videoconference", "hotline", "zoom", "skype")},
    "@term": {"*": ("year", "month", "week", "day", "decade", "life", "term", "lifetime")},
    "@acquitted": {"find": ("innocent", "guilty"), "clear": ("of",), "absolve": ("of",),
                   "exonerate": ("of",), "acquit": ("of",)},
    "@barred": {"*": ("travel", "entry", "visa")},
    # an outlet silenced (``senses.speech.media_silenced``: its ``MEDIA`` and
    # ``MEDIA_COMPOUNDS``), people driven "back" (``senses.public.civic.pushed_back``), ground
    # "taken" (``senses.forces.ground_taken``: control, "took over" or a noun of its ``GROUND``;
    # a town's bare name after "took" is missed here, as it was before the row existed)
    "@media": {"*": ("channel", "station", "broadcaster", "broadcast", "newspaper", "paper",
                     "daily", "weekly", "magazine", "outlet", "website", "site", "network",
                     "television", "tv", "radio", "publication", "newsroom", "blog", "portal",
                     "programme", "program", "transmission", "signal", "frequency", "licence",
                     "license", "accreditation", "news", "media", "press", "online")},
    "@pushed_back": {"*": ("back",)},
    # a punishment vowed to whoever does a thing is a passive with "will" or "would"
    # (``unreal.conditioned.punishment_vowed``: its ``WILL``, as the text's word pattern splits
    # "'ll" and "won't"); a protest called names the protest (``senses.gatherings.protest_called``:
    # its ``CALLED_OUT``, hyphenated ones by a part of their own); a party open to talks names the
    # talks (``unreal.readiness.open_to_talks``: its ``TALKS``)
    "@punished": {"*": ("will", "would", "shall", "ll", "wo", "won", "d")},
    "@called_out": {"call": ("strike", "shutdown", "sit", "protest", "march", "boycott",
                             "demonstration", "rally", "walkout", "stoppage", "vigil", "picket",
                             "hartal", "bandh", "slow", "blockade", "lockdown", "stayaway", "stay",
                             "mobilisation", "mobilization")},
    "@open_to": {"open": ("talk", "talks", "dialogue", "dialog", "negotiation", "negotiations",
                          "mediation", "discussion", "discussions", "meeting", "contact",
                          "contacts", "consultation")},
    # a charge told with a booking or a holding ("on charges of", "under suspicion"), a person
    # booked "for" a crime or "under" a law (``senses.courts.custody``)
    "@held_on": {"*": ("on", "under")},
    "@booked": {"book": ("for", "under")},
    # people held by the state (``senses.courts.custody.held_in_custody``: its
    # ``HELD_AS_CUSTODY`` and ``ORDERING``)
    "@held_custody": {"*": ("custody", "detention", "jail", "prison", "cell", "charge", "trial",
                            "incommunicado", "questioning", "briefly", "remand", "station",
                            "order", "sentence", "direct")},
    # gunfire suffered or answered (``senses.public.harm``: "came under fire", "returned fire")
    "@under_fire": {"*": ("under",)},
    "@returned_fire": {"*": ("fire", "gunfire")},
    # people held moved to a prison (``senses.courts.custody``: its ``HELD`` and
    # ``CUSTODY_PLACES``)
    "@custody_moved": {"*": ("inmate", "prisoner", "detainee", "convict", "captive", "deportee",
                             "internee", "prison", "jail", "gaol", "penitentiary", "cell",
                             "detention", "custody", "lockup", "cellblock", "facility",
                             "dungeon")},
    # places ordered shut (``senses.courts.restrictions``: its ``CLOSING``)
    "@closed": {"*": ("close", "shut", "seal", "padlock", "lock", "shutter", "evacuate",
                      "vacate")},
    # places shut by the state and lines cut (``senses.courts.closures``: its ``SHUT_PLACES``,
    # ``GATHERINGS`` and ``forces.GROUND``; its ``LINES``)
    "@place_shut": {"*": SHUT_WORDS},
    "@shut_against": {"*": SHUT_WORDS},
    "@line_cut": {"*": ("internet", "web", "broadband", "wifi", "wi-fi", "data",
                        "telecommunication", "telecommunications", "telecom", "telecoms",
                        "mobile", "cellphone", "cellular", "telephone", "phone", "sms",
                        "messaging", "whatsapp", "telegram", "facebook", "twitter", "x",
                        "tiktok", "instagram", "youtube", "signal", "media", "vpn", "network",
                        "connection", "connectivity", "message")},
    # states of exception declared (``senses.courts.emergencies``: its ``EXCEPTIONS``,
    # ``CONFLICTS``)
    "@emergency": {"*": ("emergency", "siege", "exception", "alarm", "prevention", "curfew",
                         "lockdown", "law", "conflict", "war")},
    # people taken or held hostage or prisoner (``senses.public.harm``: its ``HOSTAGES``,
    # ``PRISONERS``, lemmas)
    "@hostage": {"*": ("hostage", "captive")},
    "@prisoner": {"*": ("prisoner",)},
    # people taken away by force (``senses.public.harm.people_snatched``: "take" only with its
    # ``TAKING_SIGNS``, "grab" and "snatch" with its ``GRABBING_SIGNS``); a party listed as terrorist (``events.lexicon.terror_listed``: its
    # ``TERROR_WORDS``)
    "@snatched": {"take": ("away", "off"), "grab": ("away", "off", "from"),
                  "snatch": ("away", "off", "from")},
    "@terror_listed": {"*": ("terrorist", "terror", "terrorism")},
    "@territory": {"take": ("control", "over", "town", "village", "city", "district", "area",
                            "territory", "region", "province", "base", "camp", "post",
                            "outpost", "position", "airport", "airfield", "port", "hill",
                            "checkpoint", "crossing", "barracks", "garrison", "stronghold",
                            "headquarters", "compound", "island", "enclave", "capital",
                            "bridge", "junction", "ridge", "county", "settlement")},
}


def need_words(need: str, lemma: str) -> tuple[str, ...] | None:
    """The words (lemmas) without which ``need`` cannot be met on ``lemma``; None when it can
    be met without any word of its own (the sentence is then parsed on the trigger alone)."""
    words = NEED_WORDS.get(need, {})
    return words.get(lemma, words.get("*"))
