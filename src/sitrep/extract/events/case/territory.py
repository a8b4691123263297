"""Territory changing hands in a news snippet (CASE 2021: government regains territory,
non-state actor overtakes territory, non-violent transfer): the territory verb, the place it
takes, who takes it (the doer before the verb, the agent after "by", the one a place "falls
to", the subject after a fronted clause) and who loses it ("cleared the rebels from",
"rebel-held"). ``rules.classify_rules`` asks it once a territory verb is in the text.
"""

from __future__ import annotations

import re

from sitrep.extract.events.case.lemmas import lemma_pattern

STATE_ACTOR = re.compile(
    r"\b(?:government|govt|army|armed forces|military|troops|soldiers|security forces|"
    r"police|loyalists?|regime|(?:para)?troopers?|national army|defen[cs]e forces|brigade|commandos|marines|"
    r"pro-government|federal)\b|\b(?-i:[A-Z][a-z]+(?:i|an|ese|ish)) (?:forces|troops)\b", re.I)
NON_STATE_ACTOR = re.compile(
    r"\b(?:rebels?|militants?|insurgents?|fighters|jihadists?|terrorists?|militias?|"
    r"opposition|guerrillas?|separatists?|militiam[ae]n|Taliban|al[- ]Shabaa?b|Shabaab|Houthis?|Huthis?|"
    r"Islamists?|Islamic State|ISIS|ISIL|(?-i:IS)|Daesh|Hezbollah|Boko Haram|al[- ]Qaeda|Nusra|HTS|"
    r"Kurdish fighters|YPG|SDF|PKK|gunmen|bandits|tribesmen|armed (?:groups?|gangs?|"
    r"movements?|factions?)|dissidents?|ex-rebels?|warlords?)\b", re.I)
TERRITORY_VERB = lemma_pattern(
    r"\b(?:<recapture>|<retake>|<regain>|<liberate>|<capture>|<seize>|"
    r"(?:took|taken|taking)(?! (?:place|part|into account|note|office)\b)|"
    r"<overrun>|<overtake>|<gain>|controlling|advanced|<push>|<drive>|<enter>|freed|"
    r"recovered|<wrest>|<restore>|<reclaim>|<take> over|<take> control|<hand> over|"
    r"<hand> (?:\w+ ){1,4}(?:back|over)|<cede>|<clear>|<vacate>|<oust>|<dislodge>|"
    r"(?:<establish>|<secure>|<impose>|<assert>) (?:\w+ )?control|"
    r"in (?:full |complete |total |effective )?control of|"
    r"(?:<hoist>|<raise>|<plant>) (?:\w+ ){0,2}(?:<flag:N>|<banner:N>) (?:over|on|above)|"
    r"(?:<fall>|<pass>) (?:to|into the hands of|(?:under|into) (?:the )?control of))\b")
# a place that falls or passes to someone: the place comes first, the taker after the verb
FALL_TO = lemma_pattern(r"^(?:<fall>|<pass>) ")
# where the taker named after a falling place ends: the next clause or adjunct ("fell to the
# rebels after two days of clashes with the army": not the army)
TAKER_END = re.compile(r"[,;.]|\b(?:after|following|amid|as|when|while|with|during|despite)\b",
                       re.I)
# a verb inside a fronted participle clause ("After overrunning the post, the militants ..."):
# its doer is the subject of the main clause after the comma
FRONTED = re.compile(r"(?:^|[.;:]\s+|\s-\s)(?:after|having|following|upon|on|before)\s+$", re.I)
MAIN_SUBJECT = re.compile(r"[^,.;]{0,80},\s*(.{0,40})")
# a passive territory verb ("the town was taken over by militants"): the taker follows "by"
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are|being|be)\s+(?:\w+ly\s+)?$", re.I)
BY_AGENT = re.compile(r"\s+(?:(?:over|back)\s+)?by\s+(.{0,60})", re.I)
# the agent of a passive verb whose object place follows it ("were driven out of the town by the army")
LATER_BY_AGENT = re.compile(r"[^.;]{0,60}?\bby\s+(.{0,60})", re.I)
PLACE_OBJECT = re.compile(
    r"\b(?:town|village|city|district|area|territor(?:y|ie)|region|province|base|hill|hilltop|airstrip|"
    r"crossing|port|airport|airfield|oil ?field|neighbou?rhood|position|highway|camp|castle|"
    r"centre|center|border point|stronghold|capital|site|control|countryside|outpost|"
    r"checkpoint|post|island|mountain|valley|authority|headquarters|barracks|compound|"
    r"hamlet|settlement|locality|municipality|county|suburb|outskirt|enclave|garrison|fort|"
    r"bridge|junction|ridge|height|sector|station|zone|quarter|complex|facilit(?:y|ie)|"
    r"(?:administration|administrative|government|regional|municipal|state|city|town) "
    r"(?:building|hall|office|palace))s?\b", re.I)
NONVIOLENT = lemma_pattern(
    r"\b(?:without (?:any )?resistance|not encountered any resistance|<handover:N>|<hand> over|"
    r"deserted|<vacate>|in the hands of|after (?:\w+ ){0,4}(?:<withdraw>|<pull> out)|"
    r"<hand> (?:\w+ ){1,4}(?:back|over)|<cede>|(?:under|in line with|as part of) (?:a|an|the|its|"
    r"their|last \w+'s) (?:\w+ ){0,2}(?:deal|agreement|accord|arrangement|truce|settlement)|"
    r"(?:<withdraw>|<pull> out|<pull> back|<retreat>|<leave>)\b[^.;]{0,120}\b(?:and|as|after|"
    r"before) (?:\w+ ){0,4}(?:<enter>|<move> in|<move> into|<take> over|<take> control))\b")
# a territory verb that has not happened: wanted, planned, agreed, future ("would take control")
UNREAL_BEFORE = re.compile(
    r"\b(?:would|will|shall|could|may|might|must|should|(?:plan|plans|planned|aim|aims|aimed|"
    r"threaten|threatens|threatened|vow|vows|vowed|seek|seeks|sought|attempt|attempts|attempted|"
    r"try|tries|tried|intend|intends|intended|agree|agrees|agreed|want|wants|wanted|hope|hopes|"
    r"hoped|expected|set) to)\s+(?:\w+\s+)?$", re.I)
# an actor named as the object or the loser (cleared the rebels from, rebel pockets, rebel-held):
# not the one who takes the place
LOSER_BEFORE = lemma_pattern(
    r"\b(?:(?:<clear>|<drive>|<push>|<expel>|<flush>|<oust>|<rout>|<defeat>|<dislodge>|<evict>|"
    r"<chase>|<kick>|<force>|<beat>|<throw>|<smoke>|<repel>|<repulse>)(?:\s+(?:out|back|away|off))?|"
    # the object of a violence verb ("killed 30 rebels while retaking the base"; its past and
    # -ing forms, as "an attack on the army" is a noun)
    r"(?:kill|wound|injur|ambush|attack|battl|engag|neutrali[sz]|eliminat|behead|execut|"
    r"massacr)(?:ed|ing)|fought|fighting|shot|shooting|"
    r"from|against)\s+(?:(?!(?:and|but|while|as|after|then|before)\b)[\w']+\s+){0,3}$")
LOSER_AFTER = re.compile(
    r"^(?:-held|-controlled|-occupied|\s+(?:pockets?|positions?|strongholds?|territory|"
    r"territories|areas?|enclaves?|bastions?|hideouts?|camps?|bases?|lines?)\b)", re.I)
# verbs of removing someone from a place: in the passive, their subject is the side that lost
# the place ("the rebels were driven out of the town": the government took it)
REMOVAL_VERB = lemma_pattern(r"^(?:<push>|<drive>|<oust>|<dislodge>|<clear>)\b")
# the other side of a loser
OTHER_SIDE = {"GOV_REGAINS_TERIT": "NON_STATE_ACTOR_OVERTAKES_TER",
              "NON_STATE_ACTOR_OVERTAKES_TER": "GOV_REGAINS_TERIT"}
# verbs of taking back: the government's, unless a non-state actor is named as their subject
RETAKE_VERB = lemma_pattern(r"\b(?:<recapture>|<retake>|<regain>|<liberate>|restored|<reclaim>)\b")


def changed_hands(text: str) -> str | None:
    """Which side a place changed hands to, by the territory verb, the place it takes and who
    is named as its doer ("the town fell to the rebels": non-state; "troops retook the
    airport": the government; "handed over under a deal": without fighting), or None when no
    place changes hands."""
    match = None
    agent = None
    lost = False  # the actor found lost the place (the passive subject of a removal verb)
    for m in TERRITORY_VERB.finditer(text):
        after = text[m.end(): m.end() + 40]
        before = text[max(0, m.start() - 45): m.start()]
        if UNREAL_BEFORE.search(before):
            continue  # "agreed that the army would take control of the crossing"
        if FALL_TO.search(m.group(0)):
            if PLACE_OBJECT.search(before) or re.search(r"\b[A-Z]\w+\s+(?:\w+\s+)?$", before):
                agent = text[m.end(): m.end() + 60]  # "the town fell to the rebels"
                end = TAKER_END.search(agent)
                match, agent = m, agent[:end.start()] if end else agent
                break
            continue
        if (PLACE_OBJECT.search(m.group(0) + after) or re.match(r"\s+(?:\w+\s+){0,2}[A-Z]", after)
                or _place_pronoun(text, m)):
            match = m  # the place follows the verb, or sits inside it ("handed the post back")
            if PASSIVE_BEFORE.search(before):  # "militants were driven out of X by the army"
                by = LATER_BY_AGENT.match(text, m.end())
                agent = _taker(by.group(1)) if by else None
                lost = by is None and REMOVAL_VERB.search(m.group(0)) is not None
            elif FRONTED.search(before):  # "After overrunning the post, the militants ..."
                subject = MAIN_SUBJECT.match(text, m.end())
                agent = subject.group(1) if subject else None
            break
        if PASSIVE_BEFORE.search(before) and PLACE_OBJECT.search(before):
            match = m  # the place is the passive subject; the taker, if named, follows "by"
            by = BY_AGENT.match(text, m.end())
            agent = _taker(by.group(1)) if by else None
            break
    if match is None:
        return None
    if NONVIOLENT.search(text):
        return "NON_VIOL_TERRIT_TRANSFER"
    before = agent or text[max(0, match.start() - 120): match.start()]
    side = _side(before)
    if side is not None:
        return OTHER_SIDE[side] if lost else side
    if RETAKE_VERB.search(match.group(0)):
        return "GOV_REGAINS_TERIT"
    return None


def _side(before: str) -> str | None:
    """The territory label of the last actor named in ``before`` that is not a loser."""
    state = [m.end() for m in STATE_ACTOR.finditer(before) if not _loser(before, m)]
    rebel = [m.end() for m in NON_STATE_ACTOR.finditer(before) if not _loser(before, m)]
    if state and (not rebel or max(state) > max(rebel)):
        return "GOV_REGAINS_TERIT"
    if rebel:
        return "NON_STATE_ACTOR_OVERTAKES_TER"
    return None


def _taker(agent: str) -> str:
    """The taker named after "by" up to the next clause or adjunct ("was seized by insurgents
    while troops were away": not the troops)."""
    end = TAKER_END.search(agent)
    return agent[:end.start()] if end else agent


def _loser(text: str, actor: re.Match[str]) -> bool:
    """Whether ``actor`` (a match in ``text``) is named as the object or the loser of the taking."""
    return (LOSER_BEFORE.search(text[max(0, actor.start() - 40): actor.start()]) is not None
            or LOSER_AFTER.match(text, actor.end()) is not None)


# a pronoun object of a territory verb ("handing it over", "took them back")
PRONOUN_OBJECT = re.compile(r"^\s*(?:it|them)\b|\s(?:it|them)\s", re.I)


def _place_pronoun(text: str, verb: re.Match[str]) -> bool:
    """Whether the territory verb's object is a pronoun for a place named just before it in its
    sentence ("began leaving the besieged town, handing it over to government forces")."""
    if not PRONOUN_OBJECT.search(verb.group(0) + text[verb.end():verb.end() + 5]):
        return False
    before = text[max(0, verb.start() - 100):verb.start()]
    before = re.split(r"[.;!?]\s", before)[-1]
    return PLACE_OBJECT.search(before) is not None
