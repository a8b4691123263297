"""Who a protest or riot is made of, and what the state does to it: the crowd patterns of the
snippet typing (``case.rules``)."""

from __future__ import annotations

import re

from sitrep.extract.events.case.lemmas import lemma_pattern

# who riots: without one of these, "set fire" or "stormed" is not a riot
CROWD = lemma_pattern(
    r"\b(?:<protest>|<protester:N>|<protestor:N>|<demonstrate>|<demonstration:N>|"
    r"<demonstrator:N>|<rally>|<marcher:N>|<rioter:N>|<supporter:N>|<youth:N>|<crowd:N>|"
    r"<student:N>|<worker:N>|<mob:N>|<agitate>|<agitator:N>|<agitation:N>|<dharna:N>|"
    r"<procession:N>)\b")
# riots: the demonstrators themselves are violent (not "riot police")
RIOTERS = lemma_pattern(
    r"\b(?:<riot>(?! (?:police|policem[ae]n|officers?|gear|squad|control|shields?|units?))|"
    r"<rioter:N>)\b")
# damage done on purpose (looted, torched, set ablaze): whatever burnt, it was no accident
DELIBERATE = lemma_pattern(
    r"\b(?:<loot>|<looter:N>|<vandalize>|<vandalise>|<torch>|<set> (?:\w+ ){0,4}(?:ablaze|alight)|"
    r"<set> fire to|<arson:N>|<arsonist:N>)\b")
# the state arresting the crowd of a protest ("arrested 40 protesters", "demonstrators were
# detained", "the arrest of dozens of marchers"): the arrests are its intervention (ACLED)
PROTESTERS = (r"(?:<protester:N>|<protestor:N>|<demonstrator:N>|<marcher:N>|<picketer:N>|"
              r"strikers|<agitator:N>|<rioter:N>|<rallygoer:N>|striking \w+|protesting \w+)")
CROWD_ARREST = lemma_pattern(
    r"\b(?:(?:<arrest>|<detain>|<round> up|<apprehend>|<nab>|<jail>|<arrest:N> of|"
    r"<detention:N> of) (?:\w+ ){0,4}?" + PROTESTERS + r"|" + PROTESTERS +
    r" (?:\w+ ){0,6}?(?:were|was|have been|had been|are|being|got) (?:\w+ )?(?:arrested|"
    r"detained|rounded up|apprehended|taken into custody|jailed|held))\b")
# a crowd broken up (the arrests made in doing it are the intervention's)
DISPERSAL = lemma_pattern(
    r"\b(?:<disperse>|<dispersal:N>|<break> up|<scatter>|<chase> (?:\w+ )?(?:away|off)|<kettle>|"
    r"<evict>|<clear> (?:\w+ ){0,3}(?:<square:N>|<camp:N>|<encampment:N>|<sit-in:N>|<street:N>|"
    r"<road:N>|<site:N>|<protester:N>|<demonstrator:N>|<crowd:N>))\b")
# crowd-control means (water cannon, tear gas, rubber bullets, riot police) imply a crowd
CROWD_CONTROL = lemma_pattern(
    r"\b(?:<water cannon:N>|tear ?gas|<rubber bullet:N>|<stun grenade:N>|<baton charge:N>|"
    r"riot (?:police|<policeman:N>|policemen|<officer:N>|<squad:N>|<unit:N>))\b")
# ways, passages and places a crowd can block or sit on (the whole family of road words)
WAYS = (r"(?:<road:N>|<street:N>|<highway:N>|<expressway:N>|<motorway:N>|<freeway:N>|"
        r"<interstate:N>|<ring road:N>|<bypass:N>|<avenue:N>|<boulevard:N>|<thoroughfare:N>|"
        r"<carriageway:N>|<roadway:N>|<lane:N>|<roundabout:N>|<intersection:N>|<crossroads:N>|"
        r"<junction:N>|<crossing:N>|<tunnel:N>|<pass:N>|<toll plaza:N>|<toll booth:N>|"
        r"<port:N>|<harbour:N>|<harbor:N>|<runway:N>|<terminal:N>|<rail line:N>|"
        r"<railway line:N>|<railway:N>|<railroad:N>|<track:N>|<traffic:N>|<entrance:N>|"
        r"<gate:N>|<access:N>|<lobby:N>|<office:N>|<building:N>|<square:N>|<bridge:N>|"
        r"<premise:N>|<compound:N>)")
# people acted on as a gathering, though no protest word names them: who had blocked a road,
# held placards, chained themselves; or an assembly, vigil or blockade they were at, a protest camp
# cleared ("arrested activists who blocked the entrance", "at an unsanctioned gathering")
GATHERED = lemma_pattern(
    r"\b(?:(?:<occupy>|<blockade>|<block>|<barricade>|<obstruct>|<sit> (?:down )?(?:on|in|across)|"
    r"<lie> (?:down )?(?:on|in|across)|<camp> (?:on|in)) (?:the |a |an |their |its )?"
    r"(?:\w+[ -]){0,2}" + WAYS + r"|"
    r"(?:<hold>|<carry>|<wave>|<unfurl>|<display>|<raise>) (?:up )?(?:\w+ ){0,2}(?:<placard:N>|"
    r"<banner:N>|<sign:N>|<photograph:N>|<photo:N>|<portrait:N>|<picture:N>|<candle:N>|<flag:N>|"
    r"<poster:N>)|(?:<chain>|<glue>|<lock>|<handcuff>|<tie>) (?:themselves|himself|herself) to|"
    r"(?:at|from|during|of|<hold>|<stage>|<organise>|<organize>|<join>|<clear>|<dismantle>|<raze>) "
    r"(?:a |an |the |their |its )?"
    r"(?:\w+[ -]){0,2}(?:<gathering:N>|(?<!national )(?<!general )(?<!legislative )"
    r"(?<!constituent )(?<!state )(?<!provincial )<assembly:N>|<blockade:N>|<sit-in:N>|<vigil:N>|"
    r"<crowd:N>)|(?:<clear>|<dismantle>|<raze>) (?:a |an |the |their |its )?(?:\w+[ -]){0,2}"
    r"(?:<camp:N>|<encampment:N>|<tent:N>))\b")
# people who gathered, assembled or camped ("not gathered information"): a gathering when the
# clause names its aim or a seat of power it stood at (PURPOSE), or when the state dispersed it
GATHER_VERB = lemma_pattern(
    r"\b(?:<gather>|<assemble>|<congregate>|<converge>|camped|camping|<rally>)\b(?! (?:\w+ )?(?:<data:N>|"
    r"information|<evidence:N>|intelligence|<support:N>|momentum|pace|speed|strength|<vote:N>|"
    r"<signature:N>|<fact:N>|<detail:N>|<sample:N>))")
PURPOSE = lemma_pattern(
    r"\b(?:to (?:<demand>|<protest>|<press>|<call>|<oppose>|<support>|<denounce>|<condemn>|<seek>|"
    r"<mourn>|<show>|<back>|<voice>|<express>|<petition>|<commemorate>|<honour>|<honor>)|over|"
    r"against|demanding|calling for|protesting|chanting|in (?:support|solidarity|protest|memory)|"
    r"for (?:the release|justice)|<court:N>|<courthouse:N>|<ministry:N>|<parliament:N>|"
    r"<embassy:N>|<consulate:N>|<office:N>|<headquarters:N>|town hall|city hall|<secretariat:N>|"
    r"<collectorate:N>|<residence:N>|<palace:N>|<commission:N>|<legislature:N>|<council:N>|"
    r"<governor:N>|police <station:N>|<prison:N>|<jail:N>|statehouse|<capitol:N>|presidency)\b")
CLAUSE_END = re.compile(r"[,;.]|\band (?!\w+ly\b)")


def gathering_held(sentence: str) -> bool:
    """Whether ``sentence`` has the state arrest, detain or disperse (``HELD``) people named as a
    gathering (``GATHERED``; or who gathered for an aim, at a seat of power, or were dispersed)."""
    if HELD.search(sentence) is None:
        return False
    if GATHERED.search(sentence) is not None:
        return True
    dispersed = DISPERSAL.search(sentence) is not None
    for m in GATHER_VERB.finditer(sentence):
        clause = CLAUSE_END.split(sentence[m.end(): m.end() + 100], maxsplit=1)[0]
        if dispersed or PURPOSE.search(clause) is not None:
            return True
    return False


# the state acting on people: arresting, detaining, dispersing, evicting, removing them (a verb,
# not a participle before a noun: "the release of the detained journalist")
HELD = lemma_pattern(
    r"\b(?<!the )(?<!a )(?<!an )(?<!his )(?<!her )(?<!their )(?<!its )(?<!our )"
    r"(?:<arrest>|<detain>|<round> up|<apprehend>|<nab>|<take> (?:\w+ ){0,4}into custody|"
    r"into custody|<disperse>|<break> up|<evict>|<remove>|<bundle>|<drag>|<haul> (?:off|away))\b")


# a gathering that turns violent ("the march turned very violent", "the rally became violent",
# "the protest descended into clashes")
TURNED_VIOLENT = lemma_pattern(
    r"\b(?:(?:<turn>|<become>|<grow>) (?:\w+ )?(?:violent|ugly|unruly)|"
    r"(?:<descend>|<degenerate>|<spiral>) into (?:\w+ ){0,2}?(?:violence|chaos|<clash:N>|"
    r"<riot:N>|rioting|<skirmish:N>))\b")
# where the subject of the turning starts: the clause's start
CLAUSE_START = re.compile(r"[,;:]|\b(?:after|when|as|before|once|until|while|because)\b", re.I)


def crowd_turned_violent(sentence: str) -> bool:
    """Whether a gathering named in its clause turns violent in ``sentence`` ("police detained 40
    people after a march against the reform turned violent"; not "an argument turned violent")."""
    for m in TURNED_VIOLENT.finditer(sentence):
        before = sentence[max(0, m.start() - 100): m.start()]
        starts = list(CLAUSE_START.finditer(before))
        subject = before[starts[-1].end():] if starts else before
        if CROWD.search(subject) or GATHERING.search(subject):
            return True
    return False


# a gathering named by the event itself
GATHERING = lemma_pattern(r"\b(?:<march:N>|<sit-in:N>|<vigil:N>|<walkout:N>|<strike:N>|"
                          r"<gathering:N>|<blockade:N>)\b")


# people hurt or killed (the crowd, when the state broke it up: ``harmful_dispersal``)
HARM = lemma_pattern(
    r"\b(?:<hurt>|<injure>|<wound>|<kill>|died|<die>|dead|<hospitalise>|<hospitalize>|"
    r"<injury:N>|taken to (?:a )?hospital)\b")
# the harmed are the state's own men, or no one was harmed
NOT_CROWD_HARMED = re.compile(
    r"\b(?:police|policem[ae]n|officers?|agents?|soldiers?|troops|gendarmes?|guards?|"
    r"no one|no-one|nobody|none|without)\b", re.I)


def harmful_dispersal(sentence: str) -> bool:
    """Whether ``sentence`` has people hurt or killed where the state uses crowd-control means on
    a crowd or breaks up a gathering ("several residents were hurt when police used water
    cannon to break up a rally"; not "twelve officers were injured by stone-throwing youths")."""
    if CROWD_CONTROL.search(sentence) is None and not (
            DISPERSAL.search(sentence) and (CROWD.search(sentence) or GATHERING.search(sentence))):
        return False
    for m in HARM.finditer(sentence):
        before = sentence[max(0, m.start() - 60): m.start()]
        starts = list(CLAUSE_START.finditer(before))
        harmed = before[starts[-1].end():] if starts else before
        if NOT_CROWD_HARMED.search(harmed) is None:
            return True
    return False


# crowd-control means used on people ("fired tear gas at farmers", "used water cannon on taxi
# drivers", "pepper-sprayed the crowd"): they are used on gatherings, so the people are one even
# when no protest word names them (ACLED: a protest with intervention)
CONTROL_MEANS = (r"(?:tear[ -]?gas|<teargas:N>|<water cannon:N>|<rubber bullet:N>|"
                 r"<plastic bullet:N>|<rubber-coated bullet:N>|<stun grenade:N>|<flash-bang:N>|"
                 r"<flashbang:N>|<pepper spray:N>|<pepper ball:N>|<sound cannon:N>|"
                 r"<baton charge:N>|<smoke grenade:N>|<baton:N>|<truncheon:N>)")
CONTROL_USED = lemma_pattern(
    r"\b(?:(?:<fire>|<use>|<lob>|<shoot>|<spray>|<turn>|<deploy>|<launch>|<throw>|<hurl>) "
    r"(?:\w+ ){0,3}?" + CONTROL_MEANS + r"|" + CONTROL_MEANS + r" (?:\w+ ){0,3}?(?:<be> )?"
    r"(?:fired|used|lobbed|sprayed|turned|deployed|launched)|<tear-gas>|<teargas>|"
    r"<pepper-spray>|<baton-charge>)\b")


def crowd_controlled(sentence: str) -> bool:
    """Whether the state uses crowd-control means on people in ``sentence`` ("police fired tear
    gas at farmers who had driven their tractors to parliament")."""
    return CONTROL_USED.search(sentence) is not None


# a gathering named as what others were covering, filming or watching ("detained reporters who were
# covering a rally"): the detained are not its crowd, and the gathering is not the snippet's event
COVERED = lemma_pattern(
    r"\b(?:<cover>|<report> on|<film>|<photograph>|<livestream>|<live-stream>|<stream>|<record>|"
    r"<monitor>|<observe>|<watch>|<document>|<interview> (?:\w+ )?at) (?:a |an |the |their |its |"
    r"this |that |last \w+'s |\w+'s )?(?:[\w'-]+ ){0,2}?(?:<protest:N>|<rally:N>|<demonstration:N>|"
    r"<march:N>|<sit-in:N>|<vigil:N>|<strike:N>|<walkout:N>|<gathering:N>|<procession:N>|"
    r"<riot:N>|<protester:N>|<demonstrator:N>)\b")


def uncovered(text: str) -> str:
    """``text`` with the gatherings it names as what others covered or watched blanked out."""
    if COVERED.search(text) is None:
        return text
    return COVERED.sub(lambda m: " " * len(m.group(0)), text)
