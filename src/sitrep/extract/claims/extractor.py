"""Casualty claims: who suffered what, how many, over which period, according to whom.

``extract(ctx) -> list[Claim]`` runs after dates, places, actors and events. For every parsed
sentence it finds outcome words and quantities of people (``links``), links them, and fills
each claim: outcome, low/high/approx/vague (``numbers``), victims and side (``victims``),
claimant (``attribution``), period and background (``periods``), place and event (same sentence).

Rules beyond the annotation guidelines (../shared/data/claims/GUIDELINES.md):
- a total and its parts ("19 killed, including 5 since Sunday") are separate claims, the part
  pointing to its total through ``part_of``; "5 and 11 respectively" distributes the parts over
  the groups of the total in order; numbers the text keeps apart are never summed;
- "X others" takes the victim group of the claim before it in the sentence;
- explicit denials ("no one was hurt", "there were no casualties") are claims of zero;
- a party declining to give a figure ("not announcing losses among its soldiers") is an
  ``undisclosed`` claim with no figure, never a zero;
- "the two sides claim to have killed N enemy soldiers" is one claim per principal party of the
  article (the two countries it mentions most), each counting the other's soldiers;
- a bare figure with no victim noun beside a party's undisclosed losses takes their category;
- a person shot is wounded only when the text does not say the same people died
  (``shooting``): in the sentence ("shot dead", "shot and killed", "one fatally"), or elsewhere
  in the article (a killed claim of as many people, or for one person any word of a death in
  another sentence, unless the two are named differently);
- people "of its / their" own are the claimant's; "the four" with no noun are the people the
  same number counted earlier; a body claim repeating a headline's figure takes the
  headline's claimant, a figure told twice in the body keeps none (``antecedents``).
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from sitrep.extract.claims.antecedents import (
    colon_source,
    competing_tolls,
    context_people,
    headline_end,
    repeated_claimants,
    respective_kinds,
)
from sitrep.extract.claims.attribution import (
    claimant_actor,
    claimant_span,
    pronoun_claimant,
)
from sitrep.extract.claims.binding import shared_triggers, trigger_for
from sitrep.extract.claims.deeds import (
    arrested_at_protest,
    force_of_ranks,
    object_victims,
    protest_harmed,
    protesting,
)
from sitrep.extract.claims.extra import (
    ORDINALS,
    befalls_people,
    more_mentions,
    summed_breakdown,
    unwritten_singles,
)
from sitrep.extract.claims.links import (
    Mention,
    combined_outcome,
    find_triggers,
    mentions,
)
from sitrep.extract.claims.outcomes import periods
from sitrep.extract.claims.outcomes.ailments import found_again, freed, sickness
from sitrep.extract.claims.outcomes.cues import had_injury, suffered_injury
from sitrep.extract.claims.outcomes.shooting import (
    death_words,
    died_elsewhere,
    is_shooting,
    shooting_nominal,
)
from sitrep.extract.claims.sides import (
    REFLEXIVES,
    aid_agency_staff,
    aid_target,
    armed_group_people,
    beside_self,
    both_sides,
    context_group_side,
    employer_side,
    named_by_place,
    party_country,
    principal_parties,
    state_force_side,
)
from sitrep.extract.claims.victims import (
    agent_category,
    body_category,
    category_of,
    group_noun_category,
    group_tokens,
    of_object,
    sector_category,
    side_of,
    title_sector,
    wordnet_category,
)
from sitrep.extract.claims.withheld import withheld_claims
from sitrep.extract.context import Context, Sentence
from sitrep.records import Actor, Claim

VERSION = "sitrep.claims.v24"  # v24: remains and skeletons count the dead, bodies with
# wounds are dead, "left A and B dead" lists, "three more are missing"; soldiers captured are abducted.
# v23: men of no role stay unknown even shown harmed (v20's
# civilians taken back: the dev gold holds); "striking nurses" are protesters; "put its losses at five
# dead" the owner's kind; inmates, prisoners and detainees civilians.
# v22: "its"/"his" people take the nearest subject's kind; others killed with a suicide bomber,
# fighters of both sides, aid convoys, members of a group; "lost six soldiers" is a toll.
# v21: force on a protest makes protesters, gendarmes police, guards civilians; vague "others".
# v20: a group's ranks its kind;
# sibling figures, "N of the victims", hostages and summed tolls take their people's kind.
# v19: a bare figure takes the kind of the people the act was
# done to; one person of another kind counted apart; "their men" after a loss are the subject's.
# v18: a speaker covers its own clause; ranks,
# protesters and coordinated figures take the scene's kind; "N of them"; bare state tolls no side.
# v17: victims from a body's members, WordNet people,
# protest context and earlier counts; side from demonyms and forces of the victims' kind.
# v16: "half a million"; a pronoun arrested or abducted; a name under
# "including" in its group; illness of a group as injury; custody granted is no arrest.
# v15: one person in a harmed state; the dead found are killed.
# v14: outcomes aimed at, missed or imagined are none; injuries named by the body or what hit it;
# each name of a list is one person.
# v13: relative clauses tell fates; found shot; headline participles; victims named by the act;
# "along with"; own deaths.
# v1-v12: the git history of this line.

_RESPECTIVELY = get_string_id("respectively")
_ARMED = frozenset({"militant", "military", "police"})
# claimants named by their place, who speak for its people ("Kyiv says 12 dead")
_POLITIES = frozenset({"place-as-government", "country", "source"})
_TALLIES = frozenset({"toll", "tally", "count", "number", "total", "figure"})
# verbs of taking people in war, not in law ("captured", "seized" soldiers; not "arrested")
_CAPTURES = frozenset({"capture", "captured", "seize", "seized"})
_SIDES_WORDS = {"side", "sides", "party", "parties", "belligerent", "belligerents"}


def extract(ctx: Context) -> list[Claim]:
    claims: list[Claim] = []
    single: dict[int, tuple[bool | str, str | None]] = {}
    deaths: list[tuple[int, int]] = []  # sentences that tell of a death
    for sentence in ctx.parsed():
        claims.extend(_sentence_claims(ctx, sentence, len(claims), single, claims))
        if death_words(sentence.doc):
            deaths.append((sentence.start, sentence.end))
    repeated_claimants(ctx.text, claims)
    sentences = [(s.start, s.end) for s in ctx.parsed()]
    return died_elsewhere(claims, single, deaths, sentences)


def _span_ev(sentence: Sentence, doc: Doc, start: int, end: int):
    return sentence.evidence(doc[start:end])


def _victims(m: Mention, outcome: str, trigger: Token) -> tuple[str, str | None]:
    """Victim category and side of a mention."""
    if m.denial:
        return "unknown", None
    noun = m.counted
    if noun is None:
        if trigger.lemma_.lower() == "blow" or not is_shooting(trigger) and any(
                c.lower_ in ("himself", "herself", "themselves") for c in trigger.children):
            return "militant", None
        owner = trigger.head if trigger.dep_ in ("acl", "amod") and (
            trigger.head.i < trigger.i) else trigger  # "the number of civilians killed"
        if owner.lemma_.lower() in _TALLIES:  # "the toll of Afghan soldiers killed"
            owner = of_object(owner) or owner
        if owner.i != trigger.i and owner.pos_ == "NOUN" and (
                category_of(owner) not in (None, "unknown")):
            return category_of(owner) or "unknown", side_of(owner)
        if trigger.pos_ == "NOUN":  # "2,000 Burundian refugees": the outcome names the people
            cat = category_of(trigger) or wordnet_category(trigger)
            if cat:  # "so many American lives": unknown people of the United States
                return cat, side_of(trigger)
        return "unknown", None
    if m.named:
        cat = None
        for c in noun.children:
            if c.dep_ == "appos":
                cat = category_of(c)
            if c.dep_ == "conj" and any(g.lower_ == "other" for g in c.children) and (
                    category_of(c) not in (None, "unknown")):
                # "Ana Ruiz and nine other BNP activists": she is one of them
                return category_of(c) or "unknown", side_of(c)
        return cat or ("unknown" if noun.head.lower_ in ("including", "among") else "civilian"), None
    cat = category_of(noun) or sector_category(title_sector(noun)) or wordnet_category(
        noun) or agent_category(noun)
    if noun.lemma_.lower() == "bomber" or not (noun.dep_ == "conj" and noun.head.lower_ in (
            REFLEXIVES)) and (trigger.lemma_.lower() == "blow" or not is_shooting(trigger) and any(
                c.lower_ in ("himself", "themselves") for c in trigger.children)):
        # (not "killing himself and four others": the others are his victims)
        cat = "militant"
    if cat == "unknown":
        for c in noun.children:  # "110 people, mostly BNP leaders and activists"
            if c.dep_ == "appos":
                sub = category_of(c)
                if sub and sub != "unknown":
                    cat = sub
                    side = side_of(c)
                    return cat, side or side_of(noun)
    cats = {cat}
    for c in noun.children:  # "government troops and militiamen" -> mixed (one person never)
        if m.high != 1 and c.dep_ == "conj" and not any(g.dep_ == "nummod" or (
                g.dep_ == "det" and g.lower_ in ("a", "an", "another")) for g in c.children):
            # "five police officers and a civilian": the civilian is counted on his own
            other = category_of(c)
            if other and other != "unknown":
                cats.add(other)
    cats.discard("unknown")
    if len(cats) > 1:
        cat = "mixed"
    return cat, side_of(noun)


def _group_victims(ctx: Context, sentence: Sentence, noun: Token) -> str | None:
    """The category of people of a group the actors extractor coded ("members of Boko Haram"
    -> militant, "two Hezbollah members", "members of parliament" -> civilian)."""
    for tok in group_tokens(noun):
        own = (category_of(tok) or body_category(tok) or group_noun_category(tok)) if (
            tok.dep_ == "pobj") else None
        if own and own != "unknown":
            return own  # "members of the same family", "members of the security forces"
        ev = sentence.evidence(tok)
        for actor in ctx.result.actors:
            if actor.evidence.start <= ev.start < actor.evidence.end and actor.sector:
                cat = sector_category(actor.sector)
                if cat:
                    return cat
    return None


def _sentence_claims(ctx: Context, sentence: Sentence, offset: int,
                     single: dict[int, tuple[bool | str, str | None]],
                     prior: list[Claim] | None = None) -> list[Claim]:
    doc = sentence.doc
    triggers = find_triggers(doc)
    dates: list[periods.Dated] | None = None  # read for the first claim (most sentences have none)
    out: list[Claim] = []
    anchors: list[tuple[Mention, Token]] = []
    ms = mentions(doc, triggers) if triggers else []
    if ms or triggers:
        ms = _without_appositions(sorted([*ms, *more_mentions(doc, ms)], key=lambda m: m.start))
    if triggers:
        headline = sentence.start < 400 and sentence.start < headline_end(
            ctx.text[:sentence.end + 400])  # a headline opens the article
        ms = sorted([*ms, *unwritten_singles(doc, ms, triggers, headline, prior)], key=lambda m: m.start)
    used_triggers: set[int] = set()
    queue: list[tuple[Mention, Token | None]] = [(m, None) for m in ms]
    while queue:
        m, given = queue.pop(0)
        if anchors and (m.counted is None or m.counted.lower_ == "them") and freed(m.anchor):
            continue  # "five of them escaped", "released four of them": no capture of theirs
        trigger = given or trigger_for(m, triggers)
        part_of = None
        if trigger is None:
            parent = _including_parent(m, anchors)
            if parent is None:
                continue
            part_of, trigger = parent, anchors[parent][1]
        elif m.guessed and not befalls_people(trigger):
            continue  # "captured a tanker": a person only by its form, not linked to things
        elif (m.single or m.named) and (triggers.get(trigger.i) == "displaced" or sickness(trigger)):
            continue  # "the suspect fled the scene", "the minister fell ill": no casualty
        outcome = combined_outcome(trigger, triggers) if trigger.i in triggers else "killed"
        if given is None and outcome != "casualties":
            queue[:0] = [(m, t) for t in shared_triggers(trigger, m, triggers)]
        victims, side = _victims(m, outcome, trigger)
        if victims == "unknown" and m.counted is not None and not m.named:
            victims = _group_victims(ctx, sentence, m.counted) or victims
        if victims in ("unknown", "civilian") and (
                m.counted is not None and protesting(m.counted) or m.counted is None and (
                    outcome == "arrested" and not m.denial and arrested_at_protest(trigger))):
            victims = "protester"  # "farmers who were blocking a highway", "arrests at a rally"
        if outcome == "missing" and found_again(trigger):
            continue  # "the missing hiker has been found alive"
        if periods.unreal(trigger, m.anchor):
            continue  # "thousands could be displaced", "kills 8 million people a year"
        if outcome == "displaced" and victims in _ARMED:
            continue  # "two attackers fled on a motorcycle": armed men fleeing are no refugees
        if anchors and (m.anchor.lower_ in ("another", *ORDINALS) or m.counted is not None and (
                m.counted.lemma_.lower() in ("other", "more")
                or m.counted.lower_ in ("them", "those", "others", "whom")) or (
                m.counted is None and any(c.lower_ == "more" for c in m.anchor.children))):
            prev = next((c for c in reversed(out) if c.part_of is None), out[-1])  # not a part
            if not beside_self(m.counted):  # "killing herself and nine others": not her kind
                victims, side = prev.victims, prev.side
        elif not anchors and prior and victims == "unknown" and _others(m):
            # "Twelve soldiers were killed. ... Five others were wounded": the people before
            prev = next((c for c in reversed(prior) if not c.undisclosed), None)
            if prev is not None:
                victims, side = prev.victims, side or prev.side
        start = min(m.start, trigger.i)
        end = max(m.end, trigger.i + 1, (m.counted.i + 1) if m.counted is not None and
                  m.counted.i > trigger.i else 0)
        if m.counted is not None and trigger.i < m.start:
            end = max(m.end, trigger.i + 1)
        claim = Claim(evidence=_span_ev(sentence, doc, start, end), outcome=outcome,
                      low=m.low, high=m.high, approx=m.approx, vague=m.vague,
                      vague_low=m.vague_low, victims=victims, side=side, extractor=VERSION)
        if part_of is None:
            part_of = _including_parent(m, anchors)
            if part_of is not None and out[part_of].outcome not in (outcome, "casualties") and (
                    m.anchor.head.i == trigger.i):  # "seized 20 and killed three of them"
                part_of = None
        if part_of is not None:
            claim.part_of = offset + part_of
        _attribute(ctx, sentence, doc, claim, trigger, m)
        if dates is None:
            dates = periods.sentence_dates(ctx, sentence)
        period = periods.period_for(doc, dates, m.anchor, trigger)
        claim.period_kind, claim.period_start, claim.period_end = period
        claim.background = periods.is_background(ctx, sentence, trigger, period)
        context_people(ctx, sentence, claim, m)
        if m.counted is not None and not m.named:  # "stoned police, injuring 12 officers"
            claim.victims = force_of_ranks(m.counted) or claim.victims  # "stoned police"
        elif m.counted is None and claim.victims == "unknown" and not m.denial and (
                acted_on := object_victims(trigger)) is not None:  # "fired on protesters, killing two"
            claim.victims, claim.side = acted_on[0], claim.side or acted_on[1]
        if claim.victims in _ARMED and both_sides(ctx, sentence, trigger, m.counted):
            claim.victims = "mixed"  # "23 fighters dead on both sides"
        if protest_harmed(claim.victims, trigger, m.counted, m.denial):
            # "fired on demonstrators, killing a student" (not "people": the guidelines' unknown)
            claim.victims = "protester"
        claim.side = claim.side or context_group_side(ctx, sentence, claim, trigger) or (
            state_force_side(sentence, claim, trigger))
        claim.victims = armed_group_people(ctx, claim) or claim.victims
        if outcome == "arrested" and claim.victims in ("military", "police") and (
                trigger.lemma_.lower() in _CAPTURES or trigger.lower_ in _CAPTURES):
            claim.outcome = "abducted"  # "36 captured soldiers": a force's men taken by its enemy
        if aid_agency_staff(ctx, claim) or claim.victims in ("civilian", "unknown") and (
                not m.denial and outcome not in ("arrested", "displaced") and aid_target(trigger)):
            claim.victims, claim.side = "aid_worker", None  # "an MSF nurse": no party
        if employer_side(ctx, claim):
            claim.side = None  # "four Reuters journalists": an employer is no side
        if claim.side is None and m.counted is None and claim.claimant is not None and (
                claim.victims != "civilian") and not m.denial and (
                claim.claimant.kind in _POLITIES) and named_by_place(claim.claimant.text):
            # "Donetsk reports 40 dead": a party named by its place reporting a bare toll
            # counts its own; not an office, a person or a body ("the governor said the toll
            # rose to seven", "police said no one was hurt", "Turkey's disaster agency"), who
            # tell of others
            claim.side = claim.claimant.country or party_country(ctx, claim.claimant.text)
        if m.low is not None and m.low == m.high and not m.denial:
            # one person: whether shot, and the name that tells them apart
            single[id(claim)] = (outcome == "injured" and (is_shooting(trigger) or bool(
                shooting_nominal(trigger)) or had_injury(trigger)) or (
                "suffered" if outcome == "injured" and suffered_injury(trigger) else False),
                                 doc[m.start:m.end].text if m.named else None)
        used_triggers.add(trigger.i)
        anchors.append((m, trigger))
        out.append(claim)
    _coordinated_background(ctx, out)
    _respectively(doc, out, anchors, offset)
    _inherit_parts(out, offset)
    competing_tolls(out, [t for _, t in anchors])
    respective_kinds(out, [t for _, t in anchors])
    out.extend(withheld_claims(ctx, sentence, doc, out, VERSION))
    _two_sides(ctx, sentence, doc, out)
    _place_and_event(ctx, sentence, out)
    return out


def _others(m: Mention) -> bool:
    """"five others", "three more" with no noun of their own."""
    return m.counted is not None and (m.counted.lemma_.lower() in ("other", "more")
                                      or m.counted.lower_ == "others")


def _without_appositions(ms: list[Mention]) -> list[Mention]:
    """One person or group told twice is counted once: a single person in apposition to
    another mention ("Tomas Berger, a local councillor, was killed", "the victim, a teacher",
    "the victim, a teacher"), also with a second description ("Ana Ruiz, a nurse and a mother
    of two"); not a member of a list ("a soldier, a policeman and a civilian") nor a part."""
    heads = {(m.counted if m.counted is not None else m.anchor).i for m in ms}
    totals = {(m.counted if m.counted is not None else m.anchor).i for m in ms
              if m.low is not None and m.low >= 2 and m.low == m.high}
    out = []
    for m in ms:
        if _breakdown_of_total(m, totals) or summed_breakdown(m, ms) or _running_count(m, out):
            continue
        node = m.counted
        if (m.single or m.named) and node is not None and node.dep_ == "appos" and (
                node.head.i in heads) and not any(
                c.dep_ in ("conj", "cc") and node.head.pos_ != "PROPN" or c.dep_ == "prep" and (
                    c.lower_ in ("among", "including")) for c in node.children):
            continue
        out.append(m)
    return out


def _running_count(m: Mention, before: list[Mention]) -> bool:
    """"shot dead a shopkeeper, the eighth merchant killed there this year": one person told
    again as the latest of a running count (an ordinal with "the", set off by a comma),
    after a single person the sentence counted already."""
    noun = m.counted
    return m.single and noun is not None and noun.left_edge.i > 0 and (
        noun.doc[noun.left_edge.i - 1].text == ",") and any(
        c.dep_ == "amod" and c.lower_ in ORDINALS for c in noun.children) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
        b.single or b.named for b in before)


def _breakdown_of_total(m: Mention, totals: set[int]) -> bool:
    """A member of an apposition that spells out a counted group before its verb ("Two men, a
    farmer and his son, were killed", "Three villagers, a woman and her two sons, were
    abducted", "Two guards, one of them a teenager, were shot dead"): the group is the claim."""
    node = m.anchor if m.counted is None or m.counted.dep_ == "pobj" else m.counted
    for _ in range(4):
        if node.dep_ == "conj" and node.head.dep_ == "appos" or node.dep_ == "appos" and (
                node.head.dep_ == "appos"):
            node = node.head
            continue
        break
    if node.dep_ != "appos" or node.head.i not in totals:
        return False
    total = node.head
    verb = total.head
    return total.dep_ in ("nsubj", "nsubjpass") and node.i < verb.i


def _coordinated_background(ctx: Context, claims: list[Claim]) -> None:
    """"a war that left 30,000 dead and hundreds of thousands of refugees": both are history."""
    text = ctx.text
    for prev, claim in zip(claims, claims[1:], strict=False):
        between = text[prev.evidence.end:claim.evidence.start]
        if prev.background and not claim.background and re.fullmatch(
                r"\s*,?\s*(and|as well as|plus)\s+", between):
            claim.background = True
            claim.period_kind = claim.period_kind or prev.period_kind
            claim.period_start = claim.period_start or prev.period_start


def _including_parent(m: Mention, anchors: list[tuple[Mention, Token]]) -> int | None:
    """Index (in ``anchors``) of the total a mention under "including" is a part of."""
    node = m.anchor
    inc = None
    for anc in [node, *list(node.ancestors)[:3]]:
        if anc.lower_ in ("including", "includes", "include", "among") and anc.dep_ in (
                "prep", "conj", "acl", "advcl", "relcl"):
            inc = anc
            break
    if inc is None:  # "14 people died, among them two toddlers": "among them" on the part
        inc = next((c for c in node.children if c.dep_ == "prep" and c.lower_ in (
            "among", "including") and c.i < node.i and any(
                p.lower_ in ("them", "whom", "those") for p in c.children)), None)
    if inc is None and anchors and m.counted is not None and m.counted.lower_ in (
            "them", "whom", "those") and m.counted.head.lower_ == "of":
        inc = m.counted.head  # "nine were killed, five of them police officers"
    if inc is None or not anchors:
        return None
    for i in range(len(anchors) - 1, -1, -1):
        pm, ptrig = anchors[i]
        if inc.head.i in (pm.anchor.i, ptrig.i) or pm.anchor.i in {t.i for t in inc.head.subtree}:
            if pm.end <= m.start:
                return i
    for i in range(len(anchors) - 1, -1, -1):
        if anchors[i][0].end <= inc.i:
            return i
    return None


def _respectively(doc: Doc, claims: list[Claim], anchors: list[tuple[Mention, Token]],
                  offset: int) -> None:
    """"19 A and 44 B ..., including 5 and 11 respectively": part i belongs to total i."""
    if len(claims) < 4 or _RESPECTIVELY not in doc.to_array(LOWER):
        return
    parts = [i for i, c in enumerate(claims) if c.part_of is not None]
    if len(parts) < 2:
        return
    first_part = parts[0]
    totals = [i for i in range(first_part) if claims[i].part_of is None]
    if len(totals) < len(parts):
        return
    totals = totals[-len(parts):]
    for total, part in zip(totals, parts, strict=True):
        claims[part].part_of = offset + total
        if claims[part].victims == "unknown" or anchors[part][0].counted is None:
            claims[part].victims = claims[total].victims
            claims[part].side = claims[part].side or claims[total].side


def _inherit_parts(claims: list[Claim], offset: int) -> None:
    for claim in claims:
        if claim.part_of is None:
            continue
        total = claims[claim.part_of - offset]
        if not (total.outcome == "casualties" and claim.outcome in ("killed", "injured")):
            claim.outcome = total.outcome  # a part of killed-and-wounded may be either
        if claim.side is None:
            claim.side = total.side
        if claim.claimant is None:
            claim.claimant = total.claimant
        if claim.victims == "unknown" and total.victims != "unknown":
            claim.victims = total.victims


def _attribute(ctx: Context, sentence: Sentence, doc: Doc, claim: Claim, trigger: Token,
               m: Mention) -> None:
    span = claimant_span(doc, trigger)
    if span is None and m.anchor.i != trigger.i:
        span = claimant_span(doc, m.anchor)
    if span is not None:
        claim.claimant = claimant_actor(ctx, sentence, span)
        return
    said = claimant_span(doc, trigger, pronouns=True)  # "It said 14 people were killed"
    if said is not None:
        claim.claimant = pronoun_claimant(ctx, sentence, said[0])
    else:
        claim.claimant = colon_source(ctx, sentence, trigger)  # "Police: 5 dead in shooting"


def _two_sides(ctx: Context, sentence: Sentence, doc: Doc, claims: list[Claim]) -> None:
    """"The two sides claim to have killed N enemy soldiers": one claim per party."""
    for claim in list(claims):
        cl = claim.claimant
        if cl is None or not any(w in cl.text.lower().split() for w in _SIDES_WORDS):
            continue
        if not any(w in cl.text.lower() for w in ("two", "both", "each")):
            continue
        parties = principal_parties(ctx)
        if len(parties) != 2:
            continue
        enemy = "enemy" in claim.evidence.text.lower() or "enemy" in sentence.text.lower()
        first = True
        for party, other in (parties, parties[::-1]):
            target = claim if first else Claim(**{**claim.__dict__})
            target.claimant = Actor(text=cl.text, evidence=cl.evidence, name=cl.name,
                                    country=party, sector=cl.sector, kind="group",
                                    extractor=cl.extractor)
            target.side = other if enemy else target.side
            if not first:
                claims.append(target)
            first = False


def _place_and_event(ctx: Context, sentence: Sentence, claims: list[Claim]) -> None:
    if not claims:
        return  # (most sentences: their places and events need not be gathered)
    places = [p for p in ctx.result.places
              if sentence.start <= p.evidence.start < sentence.end]
    events = [(i, e) for i, e in enumerate(ctx.result.events)
              if sentence.start <= e.trigger.start < sentence.end]
    for claim in claims:
        mid = claim.evidence.start
        if places and claim.place is None:
            claim.place = min(places, key=lambda p: abs(p.evidence.start - mid))
        if events and claim.event is None:
            claim.event = min(events, key=lambda ie: abs(ie[1].trigger.start - mid))[0]
