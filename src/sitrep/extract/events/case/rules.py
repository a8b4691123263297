"""Snippet-level event typing: the 30 CASE 2021 labels (25 ACLED sub-event types plus DIPLO,
ATTRIB, ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER) for a news snippet or a sentence.

Rules written from the ACLED and CASE codebooks (ONTOLOGY.md):

1. every label scores the cues it matches (``resources/event_case_cues.tsv``; the first sentence,
   where a news snippet states its event, weighs more);
2. families are resolved by their codebook distinctions: a protest is peaceful unless the
   state intervenes (arrests, dispersal: *with intervention*), uses force on it (deaths,
   injuries, live fire: *excessive force*) or the demonstrators are violent (*violent
   demonstration*); territory changes hands to the government or to a non-state actor,
   without resistance or by fighting; weapons found or seized are *disrupted weapons use*,
   not an explosion; a suicide bomb, a chemical weapon or a grenade names the weapon over
   generic "attack" words; disasters without an armed actor are disasters;
3. the highest score wins; ``OTHER`` when nothing matches.

``classify_rules`` is the rules alone, which ``acled_of_sentence`` (the per-sentence typing of
the event extractor) keeps using; ``case.model.classify_snippet`` adds a linear model trained
over these cue scores and word n-grams when one is shipped. This module does not import
``case.model``: the trained layer sits on top of the rules.

Whichever label is proposed, an event keeps it only where it is consistent with the event's
PLOVER type and mode (``ACLED_ALLOWED``, ``choose_acled``, ``keep_acled_consistent``, in
``case.acled``, re-exported here).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.extract.events.case.acled import (  # noqa: F401 (re-exported: the ACLED consistency)
    ACLED_ALLOWED,
    ACLED_MODE_ALLOWED,
    ACLED_UNREAL,
    AcledLabel,
    acled_allowed,
    acled_consistent,
    choose_acled,
    keep_acled_consistent,
)
from sitrep.extract.events.case.captures import (
    arrest_told_first,
    communal_fighting,
    criminal_killing,
    fighters_killed,
    killing_beside_capture,
    truce_talked_about,
    without_arrested,
)
from sitrep.extract.events.case.crowds import (
    CROWD,
    CROWD_ARREST,
    CROWD_CONTROL,
    DELIBERATE,
    DISPERSAL,
    RIOTERS,
    crowd_controlled,
    crowd_turned_violent,
    gathering_held,
    harmful_dispersal,
    uncovered,
)
from sitrep.extract.events.case.figures import unfigured
from sitrep.extract.events.case.lemmas import lemma_pattern
from sitrep.extract.events.case.senses import unsensed
from sitrep.extract.events.case.territory import (
    NON_STATE_ACTOR,
    STATE_ACTOR,
    TERRITORY_VERB,
    changed_hands,
)
from sitrep.nlp.regex_gate import required_all
from sitrep.resources import read_tsv

LABELS = (
    "ABDUCT_DISSAP", "AGREEMENT", "AIR_STRIKE", "ARMED_CLASH", "ARREST", "ART_MISS_ATTACK",
    "ATTACK", "ATTRIB", "CHANGE_TO_GROUP_ACT", "CHEM_WEAP", "DIPLO", "DISR_WEAP",
    "FORCE_AGAINST_PROTEST", "GOV_REGAINS_TERIT", "GRENADE", "HQ_ESTABLISHED",
    "MAN_MADE_DISASTER", "MOB_VIOL", "NATURAL_DISASTER", "NON_STATE_ACTOR_OVERTAKES_TER",
    "NON_VIOL_TERRIT_TRANSFER", "ORG_CRIME", "OTHER", "PEACE_PROTEST", "PROPERTY_DISTRUCT",
    "PROTEST_WITH_INTER", "REM_EXPLOS", "SEX_VIOL", "SUIC_BOMB", "VIOL_DEMONSTR",
)

CASE_TO_ACLED = {
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
}

FIRST_SENTENCE_WEIGHT = 1.5
BACKGROUND_WEIGHT = 1.0  # a cue inside a background phrase of the first sentence (BACKGROUND)
PROTEST_FAMILY = ("PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR")
TERRITORY = ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER")
EXPLOSIVE = ("AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "GRENADE", "SUIC_BOMB", "CHEM_WEAP")
# labels that name an actual attack; a find of weapons is disrupted weapons use only without one
VIOLENT = EXPLOSIVE + ("ARMED_CLASH", "ATTACK")

KILLING = lemma_pattern(r"\b(?:<kill>|<murder>|<massacre>|<behead>|shot dead|hacked to death)\b")
# two sides fighting each other (ORG_CRIME is criminal activity *other than* fighting between
# criminal groups: "rival gangs exchanged fire", "cartel gunmen clashed with soldiers"); not a
# campaign against crime ("the fight against drug trafficking", "battling corruption")
FIGHT = lemma_pattern(
    r"\b(?:<clash>(?! of (?:interests?|opinions?|views?|ideas?|cultures?|civili[sz]ations?))|<firefight:N>|<gunfight:N>|<gun battle:N>|<gunbattle:N>|<shootout:N>|"
    r"shoot-outs?|<exchange:N> of (?:gun)?fire|<exchange> (?:gun|heavy )?fire|"
    r"<trade> (?:gun|heavy )?fire|fought (?:each other|one another|it out|a (?:\w+ )?battle|"
    r"(?:\w+ ){0,2}(?:for control|over (?:the )?(?:control|territory|turf))|with)|"
    r"<turf war:N>|<gang war:N>|<feud:N> between)\b")
# a state's diplomatic act, which stays DIPLO whatever it is about (sanctions over a crackdown)
DIPLO_ACT = lemma_pattern(
    r"\b(?:<impose> (?:\w+ )?<sanction:N>|<sanction:N> (?:on|against)|<summon> (?:the|its)|"
    r"<expel> (?:\w+ ){0,2}<diplomat:N>|<recall> (?:its|the) (?:<ambassador:N>|<envoy:N>)|"
    r"(?:<close>|closure of) (?:its|the) <embassy:N>|<sever> (?:diplomatic )?(?:ties|relations)|"
    r"<lodge> (?:a |an |its )?(?:\w+ ){0,2}(?:<protest:N>|<complaint:N>)|<demarche:N>)\b")
WEAPON_FIND = lemma_pattern(
    r"\b(?:<seize>|<seizure:N>|<confiscate>|<confiscation:N>|<recover>|<find>|found|<discover>|"
    r"<unearth>|<defuse>|<deactivate>|<cache:N>|<stash:N>|<intercept>|<clear>|<shoot> down|"
    r"<neutralize>|<neutralise>)\b")
# a background phrase of the first sentence (what the news happens amid, after or in answer to;
# "after" or "following" an earlier happening, but not right after a toll's verb: "killed after a
# quake" names the cause; what people are charged or protest over; what a crowd demands or protests
# against, which has not happened or is not the crowd's act): its cues weigh like a later
# sentence's (BACKGROUND_WEIGHT), not like the main event's
NOT_AFTER = "".join(f"(?<!{w} )" for w in (
    "killed", "died", "dead", "injured", "wounded", "hurt", "missing", "displaced", "homeless",
    "fled", "evacuated", "destroyed", "damaged", "collapsed", "flooded"))
OVER_WHAT = "|".join(f"(?<={w} )" for w in (
    "charged", "charges", "accused", "indicted", "sentenced", "convicted", "jailed", "arrested",
    "detained", "questioned", "protest", "protests", "protested", "rallied", "marched",
    "demonstrated", "outrage", "anger", "fury", "tension", "tensions"))
# happenings named without an article after "after" ("signed a truce after clashes that killed")
HAPPENINGS = ("(?:clashes|fighting|violence|attacks|raids|riots|protests|unrest|hostilities|"
              "battles|skirmishes|days|weeks|months|years|decades)")
BACKGROUND = re.compile(
    r"\b(?:amid|in the wake of|in retaliation for|in response to|(?:minutes|hours|days|weeks|months|years) "
    r"after|(?:a|an) (?:hour|day|week|month|year) after|" + NOT_AFTER + r"(?:following|after (?:a|an|the|"
    r"last|this|their|its|his|her|\w+'s|" + HAPPENINGS + r"))|(?:" + OVER_WHAT + r")over|"
    r"to (?:demand|call for|press for|protest|denounce|condemn|mourn)|"
    r"(?:demanding|calling for|pressing for|protesting|denouncing|condemning|mourning)|"
    r"in (?:protest|solidarity)|for the release of|in connection with|in relation to|"
    r"(?:over|for) (?:their|his|her|its) (?:alleged |suspected )?(?:role|part|involvement) in)"
    r"\b[^,.;:]*", re.I)
# a past happening named inside a noun phrase or a pluperfect relative clause ("relatives of the
# victims of last month's airstrike marched", "a chief who had spoken out against the kidnappings"):
# background like BACKGROUND's phrases, but only the phrase itself
BACKGROUND_NP = re.compile(
    r"\b(?:(?:victims|relatives|families|survivors|anniversary|memory|aftermath) of "
    r"(?:(?:the|a|an|last|this|\w+'s|(?:victims|relatives|families|survivors) of) )*"
    r"(?:\w+[ -]){0,2}\w+|(?:last|previous|earlier) "
    r"(?:week|month|year|night|\w+day)'s (?:\w+ )?\w+|(?:who|which|that) had (?:not )?(?:\w+ )?"
    r"(?:been )?\w+(?:(?!\s(?:was|were|is|are|has been|have been)\s)[^,.;:])*)", re.I)
# a reaction to an attack (condemning it, calling for it to stop): a diplomatic act, not the attack
REACTION = lemma_pattern(
    r"\b(?:<condemn>|<denounce>|<deplore>|<decry>|<call> (?:on|for)\b.{0,60}\bto (?:halt|stop|end|"
    r"cease)|<urge>\b.{0,60}\bto (?:halt|stop|end|cease)|(?:<voice>|<express>) (?:\w+ )?(?:outrage|"
    r"concern|alarm|dismay|indignation|shock)|<protest> (?:against |over )?(?:the|a|an|its)\b|"
    r"<describe> (?:the |this |that |last \w+'s |\w+'s )?(?:\w+ ){0,6}?(?:<attack:N>|<killing:N>|"
    r"<bombing:N>|<massacre:N>|<shooting:N>|<murder:N>|<assassination:N>|<strike:N>|<raid:N>|"
    r"<abduction:N>|<kidnapping:N>)\b.{0,60}\bas\b)")
# an armed group saying that its own men did it: a claim of responsibility (ATTRIB), unless the
# speaker is a state force reporting its operation ("the army said its troops killed 20")
GROUP_CLAIM = lemma_pattern(
    r"\b(?:<say>|<claim>|<announce>|<state>|<tell> \w+|<confirm>|<boast>|<admit>|<acknowledge>|"
    r"<concede>|<assert>|<insist>)\b,? (?:in an? \w+ )?"
    r"(?:\w+ ){0,4}?(?:that )?(?:its|their|his|the (?:group|movement|organi[sz]ation|outfit)'s) "
    r"(?:own )?(?:\w+ )?(?:<unit:N>|<fighter:N>|<member:N>|"
    r"<militant:N>|men|<force:N>|<commando:N>|<operative:N>|<cell:N>|<brigade:N>|mujahideen|"
    r"<warrior:N>|<partisan:N>) (?:had |have |has )?(?:<carry> out|<detonate>|<kill>|<ambush>|"
    r"<attack>|<plant>|<shoot>|shot|<down>|<destroy>|<bomb>|<strike>|<target>|<launch>|<abduct>|"
    r"<kidnap>|<execute>|<behead>|<capture>|<seize>|<blow> up)\b")
OWN_MEN = re.compile(r"\b(?:its|their|his|the (?:group|movement|organi[sz]ation|outfit)'s) (?:own )?"
                     r"(?:\w+ )?(?:units?|fighters?|members?|militants?|"
                     r"men|forces?|commandos?|operatives?|cells?|brigades?|mujahideen|warriors?|"
                     r"partisans?)\b", re.I)
UNARMED = ("opposition", "dissident", "dissidents")  # non-state actors a protest may be made of
ARMED_GROUP = re.compile(r"\b(?:group|movement|front|militia|faction|organi[sz]ation|brigades?|"
                         r"army of|network|cell)\b", re.I)
# a happening said not to have happened ("no arrests were made", "without incident", "nobody was
# hurt"): its cues count nowhere
NEGATED = re.compile(
    r"\bno (?:\w+ ){0,2}?(?:arrests?|injuries|casualties|deaths|violence|clashes|damage|shots?)\b"
    r"(?: (?:were|was|have been|had been) (?:\w+ )?(?:made|reported|fired|recorded|caused))?|"
    r"\bwithout (?:any )?(?:arrests?|incidents?|violence|injuries|casualties)\b|"
    r"\bno(?:body| one) (?:was|were|had been|has been) (?:\w+ )?(?:arrested|detained|hurt|injured|"
    r"killed|wounded)\b", re.I)
# violence by hand, gun or blade, or a fight: an attack or a clash of its own beside an explosive
DIRECT_VIOLENCE = lemma_pattern(
    r"\b(?:<shoot>|shot|<gunman:N>|gunmen|<gunfire:N>|<gun:N>|<stab>|<hack>|<machete:N>|<knife:N>|"
    r"<open> fire|<beat>|<torture>|<execute>|<behead>|<club>|<lynch>|<rifle:N>|<firefight:N>|"
    r"<gunfight:N>|<gun battle:N>|<clash>|<ambush>|<battle>|fighting|fought|<assault>|<storm>|"
    r"<raid>|<abduct>|<kidnap>|<rape>)\b")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
# a chemical used as a weapon: someone attacks, fires, drops or uses it; a toxic chemical named
# with none of these beside an accident (a tanker overturned, gas leaked from a plant) is the
# accident's (MAN_MADE_DISASTER), not a chemical weapon
CHEM_USE = lemma_pattern(
    r"\b(?:<attack>|<weapon:N>|<weaponise>|<weaponize>|<use>|<drop>|<fire>|<launch>|<bomb>|"
    r"<bombing:N>|<shell>|<shelling:N>|<rocket:N>|<missile:N>|<munition:N>|<strike:N>|<spray>|"
    r"<gas> (?:the |a |an )?(?:\w+ )?(?:<village:N>|<town:N>|<people:N>|<civilian:N>|<crowd:N>)|"
    r"<accuse>|<blame>|<deploy>)\b")


@lru_cache(maxsize=1)
def _cues() -> list[tuple[str, float, re.Pattern[str], tuple[str, ...] | None]]:
    """(label, weight, pattern, gate): the gate holds words a match cannot do without."""
    rows = read_tsv("event_case_cues.tsv")
    patterns = [lemma_pattern(row["pattern"], 0 if row["pattern"].startswith("(?-i)")
                              else re.IGNORECASE) for row in rows]
    gates = required_all(patterns, join=True)  # cached on disk (``regex_gate``)
    return [(row["label"], float(row["weight"]), pattern, gate)
            for row, pattern, gate in zip(rows, patterns, gates, strict=True)]


def _trie(strings: list[str]) -> str:
    """A regular expression matching any of ``strings``, written as a trie: at each position the
    first character picks the branch, and of the strings starting there the longest is matched."""
    root: dict[str, dict] = {}
    for string in strings:
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body  # greedy: the longer string first

    return emit(root)


# the rule patterns searched on (nearly) every snippet, each skipped where its gate
# (``regex_gate.required``) finds none of its strings
GATED_RULES = (BACKGROUND, TERRITORY_VERB, REACTION, WEAPON_FIND, CROWD, DIPLO_ACT, RIOTERS,
               GROUP_CLAIM, NEGATED, CROWD_CONTROL, BACKGROUND_NP, DELIBERATE, CROWD_ARREST,
               DIRECT_VIOLENCE, FIGHT)
# the characters that match an ASCII letter only case-insensitively (dotted and dotless i, long s,
# Kelvin sign): lower-casing a text that has one may lose a gate string that a search would match
GATE_ODD_CHARS = ("\u0130", "\u0131", "\u017f", "\u212a")


@lru_cache(maxsize=1)
def _gate_index() -> tuple[re.Pattern[str], dict[str, tuple[frozenset[int], frozenset[str]]],
                           frozenset[int], dict[re.Pattern[str], frozenset[str] | None]]:
    """(a pattern whose ``findall`` gives, at every position of a text, the longest gate string
    starting there; gate string -> (numbers of the cues that it or any gate string it begins
    with lets through, the rule gate strings it begins with); the cues with no gate; the gate of
    each ``GATED_RULES`` pattern). The gate strings starting at a position are the longest one
    and those it begins with, so the found strings tell every gate string present."""
    by_string: dict[str, set[int]] = {}
    ungated: set[int] = set()
    for k, (_label, _weight, _pattern, gate) in enumerate(_cues()):
        if gate is None:
            ungated.add(k)
            continue
        for string in gate:
            by_string.setdefault(string, set()).add(k)
    rules = dict(zip(GATED_RULES, required_all(GATED_RULES, join=True), strict=True))
    rule_strings = {string for gate in rules.values() for string in gate or ()}
    for string in rule_strings:
        by_string.setdefault(string, set())
    # the gate strings a string begins with are among its prefixes: one look-up per prefix, not
    # a comparison with every other gate string (12,000 strings: 1.4 s of CPU at the first use)
    lets_through: dict[str, tuple[frozenset[int], frozenset[str]]] = {}
    for string in by_string:
        prefixes = [string[:i] for i in range(len(string) + 1)]
        lets_through[string] = (
            frozenset().union(*(by_string[p] for p in prefixes if p in by_string)),
            frozenset(p for p in prefixes if p in rule_strings))
    finder = re.compile("(?=(" + _trie(sorted(by_string)) + "))")
    gates = {pattern: None if gate is None else frozenset(gate) for pattern, gate in rules.items()}
    return finder, lets_through, frozenset(ungated), gates


@lru_cache(maxsize=8)
def _gate_hits(lower_text: str) -> tuple[frozenset[int], frozenset[str]]:
    """(numbers of the cues whose gate lets ``lower_text`` through, the rule gate strings in it)."""
    finder, lets_through, ungated, _gates = _gate_index()
    cues = set(ungated)
    strings: set[str] = set()
    for string in set(finder.findall(lower_text)):
        found_cues, found_strings = lets_through[string]
        cues |= found_cues
        strings |= found_strings
    return frozenset(cues), frozenset(strings)


def _gated(lower_text: str) -> frozenset[int]:
    """Numbers of the cues whose gate lets ``lower_text`` through (``may_match`` is True)."""
    return _gate_hits(lower_text)[0]


def may_search(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` (one of ``GATED_RULES``) cannot match in ``text``: none of its
    gate strings is in the lower-cased text (which has none of ``GATE_ODD_CHARS``)."""
    gate = _gate_index()[3][pattern]
    if gate is None or any(char in text for char in GATE_ODD_CHARS):
        return True
    return not gate.isdisjoint(_gate_hits(text.lower())[1])


def _unsaid(text: str | None) -> str | None:
    """``text`` with what it says did not happen (``NEGATED``), its killing words used as
    figures of speech (``figures.unfigured``: "killed the bill") and its cue words of another
    sense (``senses.unsensed``: "40 billion pounds") and the gatherings others covered
    (``crowds.uncovered``: "reporters covering a rally") blanked out."""
    if text is None:
        return text
    text = uncovered(unfigured(unsensed(text)))
    if not may_search(NEGATED, text):
        return text
    return NEGATED.sub(lambda m: " " * len(m.group(0)), text)


def _core(first: str) -> str:
    """``first`` with its background phrases (``BACKGROUND``, ``BACKGROUND_NP``) blanked out."""
    core = first
    for background in (BACKGROUND, BACKGROUND_NP):
        if may_search(background, core):
            core = background.sub(lambda m: " " * len(m.group(0)), core)
    return core


def foreground(text: str) -> str:
    """``text`` without the background phrases of its first sentence ("Two days after a
    policeman was killed in a grenade attack, gunmen shot dead ...", "detained 35 people in
    connection with last month's riots"): where a weapon or a crowd named only in the
    background must not decide the label."""
    parts = SENTENCE_END.split(text.strip(), maxsplit=1)
    return " ".join([_core(parts[0]), *parts[1:]])


def scores(text: str) -> dict[str, float]:
    """Cue score of every label for ``text``.

    A cue's pattern is searched only where its gate (``regex_gate``) lets the text through; the
    gates are tried for all cues at once (``_gated``), and the cues are added up in file order."""
    parts = SENTENCE_END.split(text.strip(), maxsplit=1)
    first, rest = (_unsaid(part) for part in (parts[0], parts[1] if len(parts) > 1 else None))
    in_first = _gated(first.lower())
    in_rest = _gated(rest.lower()) if rest is not None else frozenset()
    core = _core(first)
    cues = _cues()
    result = dict.fromkeys(LABELS, 0.0)
    for k in sorted(in_first | in_rest):
        label, weight, pattern, _gate = cues[k]
        if k in in_first and pattern.search(first):
            main = core is first or pattern.search(core) is not None
            result[label] += weight * (FIRST_SENTENCE_WEIGHT if main else BACKGROUND_WEIGHT)
        elif rest is not None and k in in_rest and pattern.search(rest):
            result[label] += weight
    if result["ARREST"] and _gathering_held(first, result):
        # the arrests of a gathering are its intervention's cues, not arrests of their own
        result["PROTEST_WITH_INTER"] = max(result["PROTEST_WITH_INTER"] + result["ARREST"], 7.5)
        result["ARREST"] = 0.0
    return result


def territory_side(text: str, s: dict[str, float]) -> str | None:
    """Which territory label applies, or None when no territory changes hands
    (``territory.changed_hands``)."""
    if s["NON_VIOL_TERRIT_TRANSFER"] >= 10.5 and max(s[k] for k in VIOLENT) < 9:
        return "NON_VIOL_TERRIT_TRANSFER"
    if not may_search(TERRITORY_VERB, text):
        return None
    return changed_hands(text)


def group_claims(sentence: str) -> bool:
    """Whether an armed group (not a state force) says in ``sentence`` that its men did it."""
    if OWN_MEN.search(sentence) is None:  # cheap first: most sentences say "said" but not this
        return False
    claim = GROUP_CLAIM.search(sentence) if may_search(GROUP_CLAIM, sentence) else None
    if claim is None:
        return False
    speaker = sentence[:claim.start()]
    return ((NON_STATE_ACTOR.search(speaker) is not None or ARMED_GROUP.search(speaker) is not None)
            and STATE_ACTOR.search(speaker) is None)


def disaster_kills(sentence: str) -> bool:
    """Whether a killing in ``sentence`` has a disaster as its agent ("measles has killed 80
    children", "killed by floods", "died in the crash") and no weapon or attack is named there."""
    for m in KILLING.finditer(sentence):
        before = scores(sentence[max(0, m.start() - 60): m.start()])
        after = sentence[m.end(): m.end() + 50]
        cause = scores(after) if re.match(r"\s+(?:\w+ ){0,3}?(?:by|in)\b", after) else None
        for side in (before, cause):
            if side is not None and (side["NATURAL_DISASTER"] or side["MAN_MADE_DISASTER"]) \
                    and not any(side[k] for k in VIOLENT):
                return True
    return False


def _gathering_held(first: str, s: dict[str, float]) -> bool:
    """``gathering_held`` in the first sentence, with no crime, killing or armed group named."""
    if (s["ORG_CRIME"] or max(s[k] for k in VIOLENT) >= 9 or KILLING.search(first)
            or any(m.group(0).lower() not in UNARMED for m in NON_STATE_ACTOR.finditer(first))):
        return False
    return gathering_held(uncovered(first))


def _protest(s: dict[str, float]) -> str:
    # force against a crowd that is itself violent (stones, petrol bombs) is a violent
    # demonstration; excessive force is force against peaceful protesters (ACLED codebook)
    if s["VIOL_DEMONSTR"] >= 6 and s["VIOL_DEMONSTR"] >= s["FORCE_AGAINST_PROTEST"]:
        return "VIOL_DEMONSTR"
    if s["FORCE_AGAINST_PROTEST"] >= 6:
        return "FORCE_AGAINST_PROTEST"
    if s["VIOL_DEMONSTR"] >= 6 or s["MOB_VIOL"] >= 9:
        return "VIOL_DEMONSTR"
    if s["PROTEST_WITH_INTER"] > 5:  # more than one intervention cue out of the main clause
        return "PROTEST_WITH_INTER"
    return "PEACE_PROTEST"


def _two_acts(text: str, first: str, rest: list[str], s: dict[str, float]) -> None:
    """Adjust the scores ``s`` where the first sentence tells one act beside or about another
    (``captures``): who was arrested names no crime of its own; a truce talked about is
    diplomacy; communal fighting is a clash, not mob violence."""
    if s["ARREST"] >= 7 and (s["ORG_CRIME"] or s["ABDUCT_DISSAP"]):
        bare = without_arrested(first)
        if bare != first:
            rescored = scores(" ".join([bare, *rest]))
            for label in ("ORG_CRIME", "ABDUCT_DISSAP"):
                s[label] = min(s[label], rescored[label])
    if s["AGREEMENT"] and truce_talked_about(first):
        s["DIPLO"], s["AGREEMENT"] = s["DIPLO"] + s["AGREEMENT"], 0.0
    if (s["MOB_VIOL"] or s["ATTACK"]) and communal_fighting(_core(first)):
        # the dead of a communal fight are the clash's, not an attack on civilians
        s["ARMED_CLASH"] += s["MOB_VIOL"] + s["ATTACK"]
        s["MOB_VIOL"] = s["ATTACK"] = 0.0


def classify_rules(text: str) -> str:
    """One of the 30 CASE 2021 labels for a news snippet, from the hand-written rules alone."""
    s = scores(text)
    best = max(s, key=lambda k: s[k])
    if s[best] <= 0:
        return "OTHER"
    if s["ATTRIB"] >= 13.5:  # a claim or denial of responsibility stated first
        return "ATTRIB"
    first, *rest = SENTENCE_END.split(text.strip(), maxsplit=1)
    _two_acts(text, first, rest, s)
    if group_claims(first):
        return "ATTRIB"
    reaction = REACTION.search(first) if may_search(REACTION, first) else None
    if reaction and s["DIPLO"] > 0:
        subject, reacted = scores(first[:reaction.start()]), scores(first[reaction.start():])
        if (any(reacted[k] for k in VIOLENT) and not any(subject[k] for k in VIOLENT)
                and not subject["PEACE_PROTEST"] and not CROWD.search(first[:reaction.start()])):
            return "DIPLO"  # the attack words are all in what the subject reacts to
    if crowd_turned_violent(first) and not any(
            m.group(0).lower() not in UNARMED for m in NON_STATE_ACTOR.finditer(first)):
        return "VIOL_DEMONSTR"  # the crowd's own violence; the arrests made are its intervention
    if (harmful_dispersal(first) and s["VIOL_DEMONSTR"] < 6 and not any(
            m.group(0).lower() not in UNARMED for m in NON_STATE_ACTOR.finditer(first))):
        return "FORCE_AGAINST_PROTEST"  # a crowd hurt in being broken up: excessive force
    if _gathering_held(first, s):  # a gathering arrested or dispersed is a protest's intervention
        return _protest(s)
    if (crowd_controlled(first) and not s["ORG_CRIME"] and not s["CHEM_WEAP"]
            and max(s[k] for k in VIOLENT) < 9 and not any(m.group(0).lower() not in UNARMED for m in NON_STATE_ACTOR.finditer(first))):
        # tear gas or water cannon used on people: on a gathering, whether or not a protest
        # word names it (not a gas told by the harm it did to those who breathed it: CHEM_WEAP)
        s["PROTEST_WITH_INTER"] = max(s["PROTEST_WITH_INTER"], 7.5)
        return _protest(s)
    territory = territory_side(text, s)
    if s["DISR_WEAP"] >= 10.5 and may_search(WEAPON_FIND, text) and WEAPON_FIND.search(text):
        territory = None  # "forces seized several firearms": weapons, not land
    if territory == "NON_VIOL_TERRIT_TRANSFER" and (
            s["NON_VIOL_TERRIT_TRANSFER"] >= 10.5
            or s["NON_VIOL_TERRIT_TRANSFER"] >= 9 and max(s[k] for k in VIOLENT) < 9):
        return territory  # control handed over, also under an agreement
    if territory is not None and s["GOV_REGAINS_TERIT"] + s["NON_STATE_ACTOR_OVERTAKES_TER"] >= 7.5:
        return territory
    if (s["CHEM_WEAP"] and s["MAN_MADE_DISASTER"] and not CHEM_USE.search(text)
            and not any(s[k] for k in VIOLENT if k != "CHEM_WEAP")):
        s["CHEM_WEAP"] = 0.0  # a chemical in an accident, not a weapon someone used
    # the weapon named beats generic attack words
    fore = foreground(text)
    for label in ("SUIC_BOMB", "CHEM_WEAP"):
        if s[label] >= 7.5 and scores(fore)[label] > 0:
            return label
    # a disaster or a grenade named in the background does not beat the main event's label
    if max(s["NATURAL_DISASTER"], s["MAN_MADE_DISASTER"]) >= 9 and disaster_kills(first):
        for label in ("ATTACK", "ARMED_CLASH"):
            s[label] = 0.0  # the disease, the flood or the crash is what killed them
    # the explosive named (a shell, a mine, an air strike) is how the people were killed: it
    # beats the generic attack words of the toll unless a direct means is named too
    weapon = max(EXPLOSIVE, key=lambda k: s[k])
    if s[weapon] >= 7.5 and max(s, key=lambda k: s[k]) in ("ATTACK", "ARMED_CLASH") and not (
            may_search(DIRECT_VIOLENCE, first) and DIRECT_VIOLENCE.search(first)):
        return weapon
    main = max(v for k, v in s.items() if k not in VIOLENT)
    if s["NATURAL_DISASTER"] >= 9 and max(s[k] for k in VIOLENT) < 9 and s["NATURAL_DISASTER"] >= main:
        return "NATURAL_DISASTER"
    if s["SEX_VIOL"] >= 9:
        return "SEX_VIOL"
    if s["ATTRIB"] >= 9:
        return "ATTRIB"
    if s["HQ_ESTABLISHED"] >= 9:
        return "HQ_ESTABLISHED"
    if s["DISR_WEAP"] >= 6 and may_search(WEAPON_FIND, text) and WEAPON_FIND.search(text):
        if not (s["ARREST"] >= s["DISR_WEAP"] and arrest_told_first(_core(first), WEAPON_FIND)):
            return "DISR_WEAP"
        s["DISR_WEAP"] = 0.0  # the weapons are what the arrest told first found
    if s["DIPLO"] >= 10.5 and may_search(DIPLO_ACT, text) and DIPLO_ACT.search(text):
        return "DIPLO"
    if s["MOB_VIOL"] < 9 and may_search(RIOTERS, fore) and RIOTERS.search(fore):
        return "VIOL_DEMONSTR"
    if max(s[k] for k in EXPLOSIVE) >= 7.5 or may_search(DELIBERATE, first) and DELIBERATE.search(
            first):
        s["MAN_MADE_DISASTER"] = 0.0  # a planted bomb, a strike or an arson is not an accident
    family = s["PEACE_PROTEST"] + 0.5 * max(s[k] for k in PROTEST_FAMILY[1:])
    # a gathering that the state breaks up is a protest even when no protest word is written
    dispersed = (s["PROTEST_WITH_INTER"] >= 7.5 and s["PEACE_PROTEST"] > 0
                 and may_search(CROWD, text) and CROWD.search(text))
    # arrests made in breaking up a gathering, or of its protesters, are the protest's
    # intervention, not an arrest of their own
    crowd_arrest = s["PEACE_PROTEST"] > 0 and (
        dispersed and DISPERSAL.search(first) is not None
        or may_search(CROWD_ARREST, first) and CROWD_ARREST.search(first) is not None)
    others = max(v for k, v in s.items() if k not in PROTEST_FAMILY and k != "MOB_VIOL"
                 and not (crowd_arrest and k == "ARREST"))
    # force used on a gathering (a peaceful, chanting crowd) is force against protesters
    forced = (s["FORCE_AGAINST_PROTEST"] >= 9 and s["PEACE_PROTEST"] > 0
              and may_search(CROWD, text) and CROWD.search(text))
    if (s["PEACE_PROTEST"] >= 6 or dispersed or forced) and (family >= others or forced):
        return _protest(s)
    if s["MOB_VIOL"] >= 9:
        return "MOB_VIOL"
    if territory is not None and s["GOV_REGAINS_TERIT"] + s["NON_STATE_ACTOR_OVERTAKES_TER"] >= 4.5:
        return territory
    if (s["GRENADE"] >= 7 and s["GRENADE"] >= max(main, s["REM_EXPLOS"])
            and not re.search(r"rocket-propelled grenade", text, re.I)
            and scores(fore)["GRENADE"] > 0):
        return "GRENADE"
    for label in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"):
        s[label] = 0.0  # territory verbs without a territory change say nothing on their own
    for label in PROTEST_FAMILY:
        if (label == "VIOL_DEMONSTR" and s[label] >= 9 and (
                may_search(CROWD, text) and CROWD.search(text)
                or may_search(CROWD_CONTROL, text) and CROWD_CONTROL.search(text))):
            continue  # a crowd's violence named without a protest word
        if label != "PEACE_PROTEST":
            s[label] = 0.0
    best = max(s, key=lambda k: s[k])
    if (best in ("ABDUCT_DISSAP", "ARREST") and max(s["ATTACK"], s["ARMED_CLASH"]) >= 6
            and killing_beside_capture(_core(first))):
        # people killed beside those captured: the attack (a clash when the dead are fighters)
        clash = s["ARMED_CLASH"] > s["ATTACK"] or fighters_killed(_core(first))
        return "ARMED_CLASH" if clash else "ATTACK"
    if best == "ATTACK" and s["ORG_CRIME"] > 0 and criminal_killing(first, text):
        return "ORG_CRIME"  # "gang members shot dead four bus drivers": organised crime
    if best == "PROPERTY_DISTRUCT" and s["ATTACK"] >= 6 and KILLING.search(text):
        return "ATTACK"  # people killed outweigh the homes burnt in the same attack
    if s["ORG_CRIME"] > 0 and s["ORG_CRIME"] >= s[best]:
        if may_search(FIGHT, text) and FIGHT.search(text):
            return "ARMED_CLASH"  # criminal groups fighting each other or the police: a clash
        return "ORG_CRIME"  # a crime told through the police action (arrests, seizures) is the crime
    return best if s[best] > 0 else "OTHER"


@lru_cache(maxsize=4096)
def acled_of_sentence(text: str) -> tuple[str, str] | None:
    """(ACLED event type, sub-event type) of a sentence, or None when no ACLED type applies."""
    label = classify_rules(text)
    if label == "OTHER":
        return None
    return CASE_TO_ACLED.get(label)
