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
# people acted on as a gathering, though no protest word names them: who had gathered, assembled,
# camped, sat in or blocked a road, held placards, chained themselves; or an assembly, camp,
# vigil or blockade they were at ("detained dozens who had gathered outside the court", "arrested
# activists who blocked the entrance", "at an unsanctioned gathering"); not "gathered information"
GATHERED = lemma_pattern(
    r"\b(?:(?:<gather>|<assemble>|<congregate>|<converge>|<camp>|<rally>|<sit>|<stand>)"
    r"(?=,|\s+(?:\w+ly\s+)?(?:at|in|outside|near|before|around|on|inside|opposite|across|along|"
    r"by|under|behind|for|to (?:demand|protest|press|call|oppose|support|denounce|seek|mourn|"
    r"show|back|voice|express))\b)|"
    r"(?:<occupy>|<blockade>|<block>|<barricade>|<obstruct>) (?:the |a |an |their |its )?"
    r"(?:\w+[ -]){0,2}(?:<road:N>|<street:N>|<highway:N>|<expressway:N>|<entrance:N>|<gate:N>|"
    r"<access:N>|<lobby:N>|<office:N>|<building:N>|<square:N>|<bridge:N>|<railway:N>|<track:N>|"
    r"<traffic:N>|<junction:N>|<premise:N>|<compound:N>)|"
    r"(?:<hold>|<carry>|<wave>|<unfurl>|<display>|<raise>) (?:up )?(?:\w+ ){0,2}(?:<placard:N>|"
    r"<banner:N>|<sign:N>|<photograph:N>|<photo:N>|<portrait:N>|<picture:N>|<candle:N>|<flag:N>|"
    r"<poster:N>)|(?:<chain>|<glue>|<lock>|<handcuff>|<tie>) (?:themselves|himself|herself) to|"
    r"(?:at|from|during|of|<hold>|<stage>|<organise>|<organize>|<join>|<clear>|<dismantle>|<raze>) "
    r"(?:a |an |the |their |its )?"
    r"(?:\w+[ -]){0,2}(?:<gathering:N>|(?<!national )(?<!general )(?<!legislative )"
    r"(?<!constituent )(?<!state )(?<!provincial )<assembly:N>|<encampment:N>|<blockade:N>|"
    r"<sit-in:N>|<vigil:N>|<camp:N>|<crowd:N>))\b")
# the state acting on people: arresting, detaining, dispersing, evicting, removing them (a verb,
# not a participle before a noun: "the release of the detained journalist")
HELD = lemma_pattern(
    r"\b(?<!the )(?<!a )(?<!an )(?<!his )(?<!her )(?<!their )(?<!its )(?<!our )"
    r"(?:<arrest>|<detain>|<round> up|<apprehend>|<nab>|<take> (?:\w+ ){0,4}into custody|"
    r"into custody|<disperse>|<break> up|<evict>|<remove>|<bundle>|<drag>|<haul> (?:off|away))\b")
