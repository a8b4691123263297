"""Who a protest or riot is made of, and what the state does to it: the crowd patterns of the
snippet typing (``case.rules``)."""

from __future__ import annotations

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
              r"<striker:N>|<agitator:N>|<rioter:N>|<rallygoer:N>|striking \w+|protesting \w+)")
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
