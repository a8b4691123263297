"""Which act of a snippet is its event when one sentence tells two (issue 19 item 2, session 38):

- a killing beside a capture (people killed and others abducted or arrested in one attack): the
  killing is the event, unless it is what the captured are suspected of ("arrested a man
  suspected of killing", "detained over the murder of");
- an arrest told first: who was arrested ("members of an extortion gang", "suspected members of
  a kidnapping ring") names no crime or abduction of its own, and weapons seized after the arrest
  are what the arrest found;
- a truce talked about (discussed, urged, called for, hosted talks on) is diplomacy, not an
  agreement, unless someone signs, agrees or reaches one;
- a killing done by a criminal group on people who are not fighters ("gang members shot dead
  four bus drivers") is organised crime, not an attack;
- communal fighting (herders and farmers, clans, tribes, fighting over cattle or land) is an
  armed clash between communal militias, not mob violence.

Plain functions over the snippet text, written as lemmas (``lemmas.lemma_pattern``).
"""

from __future__ import annotations

import re

from sitrep.extract.events.case.lemmas import lemma_pattern

KILLED = lemma_pattern(r"\b(?:<kill>|<murder>|<massacre>|<behead>|shot dead|<shoot> dead|"
                       r"hacked to death)\b")
# the dead are fighters (gunmen, militants, kidnappers): a clash, not an attack on civilians
FIGHTERS_KILLED = lemma_pattern(
    r"\b(?:<kill>|shot dead|<shoot> dead)\b(?: [\w-]+){0,4}? (?:<militant:N>|<rebel:N>|"
    r"<insurgent:N>|<fighter:N>|<jihadist:N>|<gunman:N>|gunmen|<soldier:N>|troops|<attacker:N>|"
    r"<assailant:N>|<kidnapper:N>|<hostage-taker:N>|<bandit:N>|<terrorist:N>|<militiaman:N>|"
    r"militiamen|<commander:N>)\b")
# a killing named as what someone is suspected, accused or arrested of: the capture's reason
KILLING_AS_REASON = re.compile(
    r"\b(?:of|for|with|over|in connection with|in relation to|behind)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:alleged\s+|suspected\s+|attempted\s+)?$"
    # or told in a relative clause: what describes a noun ("the blast that killed five")
    r"|\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?$", re.I)
# an arrest verb: the people it names (its object, or its subject when passive) are who was
# arrested, not a happening
ARREST_VERB = lemma_pattern(
    r"\b(?:<arrest>|<detain>|<apprehend>|<nab>|<round> up|<take> into custody|<capture>|"
    r"<pick> up)\b")
PASSIVE = re.compile(r"\b(?:was|were|have been|has been|had been|are|is|being)\s+(?:\w+\s+)?$",
                     re.I)
# where the arrested people's phrase ends: the next clause, place, time or reason
PHRASE_END = re.compile(
    r"[,;:.]|\s(?:and|in|at|on|from|after|during|near|outside|inside|across|over|for|who|which|"
    r"that|when|while|as|by|with|following)\s", re.I)
# the arrested named by the group they belong to, not by what they did
MEMBERSHIP = lemma_pattern(r"\b(?:<member:N>|<gang:N>|<cartel:N>|<ring:N>|<syndicate:N>|"
                           r"<network:N>|<mafia:N>|<cell:N>|<faction:N>)\b")
# a relative clause after the arrested group tells the crime it did ("a gang that had been
# extorting shopkeepers"): the crime is told, the phrase stays
ACT_TOLD = re.compile(r"\s*,?\s*(?:who|that|which)\b", re.I)
TRUCE = r"(?:<truce:N>|cease-?fires?|<armistice:N>)"
TRUCE_TALK = lemma_pattern(
    r"\b(?:<discuss>|<observe>|<respect>|<uphold>|<honour>|<honor>|<consider>|<propose>|"
    r"<push> for|<press> for|<call> for|<urge>|<debate>|<review>|<extend>|<support>|"
    r"<welcome>|talks? (?:on|about))\b (?:[\w-]+ ){0,4}?" + TRUCE + r"\b")
TRUCE_MADE = lemma_pattern(
    r"\b(?:<sign>|<agree>|<reach>|<conclude>|<seal>|<broker>|<declare>|<accept>|<announce>|"
    r"<strike> (?:a|an) (?:[\w-]+ )?(?:deal|truce|ceasefire|agreement))\b")
COMMUNAL_PARTY = (r"(?:<herder:N>|<herdsman:N>|herdsmen|<pastoralist:N>|<farmer:N>|<clan:N>|"
                  r"<tribe:N>|<tribesman:N>|tribesmen|<community:N>|communities|ethnic)")
STATE_PARTY = re.compile(r"\b(?:police|troops|soldiers|army|security forces|officers|"
                         r"authorities|government)\b", re.I)
COMMUNAL = lemma_pattern(
    r"\b(?:<clash:N>|fighting|<fight:N>|violence|<battle:N>|<skirmish:N>)\b (?:[\w-]+ ){0,3}?"
    r"(?:between|among|pitting) ((?:[\w-]+ ){0,4}?" + COMMUNAL_PARTY + r"(?: [\w-]+){0,4})")
RESOURCE_FIGHT = lemma_pattern(
    r"\b(?:<clash:N>|<clash>|fighting|<fight>|<battle:N>|<skirmish:N>)\b[^.;]{0,60}?\bover "
    r"(?:\w+ ){0,2}?(?:<cattle:N>|<livestock:N>|grazing|<pasture:N>|<land:N>|farmland|<water:N>|"
    r"<well:N>|<water point:N>|<cow:N>|<camel:N>|<goat:N>)\b")


# a criminal group as the doer of a killing ("the cartel's gunmen killed"), and a gang when the
# snippet tells an organised crime ("Extortion gangs have killed 14 drivers"; not "a gang killed
# two farmers and stole their cattle", a raid)
CRIMINAL_DOER = lemma_pattern(
    r"\b(?:<cartel:N>|<mafia:N>|<gangster:N>|<mobster:N>|<extortionist:N>|<racketeer:N>|"
    r"<trafficker:N>|<smuggler:N>)\b")
GANG = lemma_pattern(r"\b<gang:N>")
ORGANISED_CRIME = lemma_pattern(
    r"\b(?:<extort>|<extortion:N>|protection money|<drug:N>|narcotics|<cartel:N>|<racket:N>|"
    r"<trafficking:N>|<smuggling:N>|<refuse> to pay|<turf:N>)\b")


def criminal_killing(first: str, text: str) -> bool:
    """Whether the first sentence's killing is done by a criminal group, named before the
    killing verb with no state force there, on people who are not fighters: organised crime
    (the codebook's criminal activity other than fighting between the groups)."""
    kill = KILLED.search(first)
    if kill is None or FIGHTERS_KILLED.search(first):
        return False
    doer = first[:kill.start()]
    if STATE_PARTY.search(doer) is not None:
        return False
    return CRIMINAL_DOER.search(doer) is not None or (
        GANG.search(doer) is not None and ORGANISED_CRIME.search(text) is not None)


def killing_beside_capture(core: str) -> bool:
    """Whether the main clause ``core`` (background blanked) kills someone other than as the
    reason of a capture ("suspected of killing", "over the murder of")."""
    return any(KILLING_AS_REASON.search(core[max(0, m.start() - 40): m.start()]) is None
               for m in KILLED.finditer(core))


def arrested_phrases(first: str) -> list[tuple[int, int]]:
    """(start, end) of the phrases naming who was arrested in ``first``: the object of an
    active arrest verb, or the subject of a passive one."""
    spans: list[tuple[int, int]] = []
    for m in ARREST_VERB.finditer(first):
        before = first[:m.start()]
        if PASSIVE.search(before):
            head = before[:PASSIVE.search(before).start()]  # type: ignore[union-attr]
            cut = max((e.end() for e in PHRASE_END.finditer(head)), default=0)
            spans.append((cut, len(head)))
        else:
            end = PHRASE_END.search(first, m.end())
            spans.append((m.end(), end.start() if end else len(first)))
    return spans


def without_arrested(first: str) -> str:
    """``first`` with the phrases naming who was arrested as members of a group ("members of an
    extortion gang", "suspected cartel members") blanked out; a phrase that tells the crime done
    ("smugglers carrying cigarettes", "counterfeiters printing banknotes") stays."""
    for start, end in arrested_phrases(first):
        if MEMBERSHIP.search(first, start, end) and not ACT_TOLD.match(first, end):
            first = first[:start] + " " * (end - start) + first[end:]
    return first


def arrest_told_first(first: str, found: re.Pattern[str]) -> bool:
    """Whether an arrest verb in ``first`` comes before the first match of ``found`` (a weapon
    find): the arrest is the event, the seizure what it found."""
    arrest = ARREST_VERB.search(first)
    if arrest is None:
        return False
    find = found.search(first)
    return find is None or arrest.start() < find.start()


def truce_talked_about(first: str) -> bool:
    """Whether ``first`` speaks of a truce (discusses, urges, calls for it) and no one signs,
    agrees or reaches one."""
    return TRUCE_TALK.search(first) is not None and TRUCE_MADE.search(first) is None


def communal_fighting(first: str) -> bool:
    """Whether ``first`` tells of fighting between communities (herders, farmers, clans, tribes)
    or over cattle, land or water, with no state force as a party."""
    m = COMMUNAL.search(first)
    if m is not None and STATE_PARTY.search(m.group(1)) is None:
        return True
    m = RESOURCE_FIGHT.search(first)
    return m is not None and STATE_PARTY.search(m.group(0)) is None


def fighters_killed(core: str) -> bool:
    """Whether the main clause ``core`` kills fighters ("killing all four gunmen", "killed 17
    Boko Haram fighters")."""
    return FIGHTERS_KILLED.search(core) is not None
