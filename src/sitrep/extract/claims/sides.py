"""The side of militant victims named by the context rather than by the counted noun: the
armed group the article names ("Cameroon's army has attacked Boko Haram, ... killing many
fighters"; "At least ten terrorists were killed. Al-Shabaab militants attacked the base").

The group is a non-state armed actor the actors extractor found with a name (sector REB or UAF,
not a bare title such as "rebels"), never the agent of the outcome itself (the killers). It is
taken from the claim's sentence when that sentence names one such group, else from the article
when the whole article names only one; two different groups leave the side unknown.

Also the scene of a claim that decides its victims' kind: people hit in an attack on an aid
body's convoy or vehicle are aid workers (``aid_target``), fighters counted "on both sides" are
mixed (``both_sides``), and the others killed beside a suicide attacker are not of his kind
(``beside_self``).

Used by ``sitrep.extract.claims.extractor`` once a claim has its victims.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from spacy.tokens import Token

from sitrep.extract.claims.victims import (
    category_of,
    country_of,
    modifier_category,
    sector_category,
)
from sitrep.extract.context import Context, Sentence
from sitrep.records import Actor, Claim
from sitrep.resources import noun_classes

_ARMED_SECTORS = {"REB", "UAF"}


def _agent_spans(sentence: Sentence, trigger: Token) -> list[tuple[int, int]]:
    """Article offsets of who does the outcome: the subject of an active trigger, the "by"
    agent of a passive one, or the subject of the clause a participle hangs on ("Troops
    attacked the camp, killing 40")."""
    doc = trigger.doc
    verbs = [trigger]
    node = trigger
    for _ in range(4):  # "pushed deep into the town after killing scores": up to "pushed"
        if node.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp", "prep") and (
                node.head.i != node.i):
            node = node.head
            verbs.append(node)
        else:
            break
    out = []
    for verb in verbs:
        people = [c for c in verb.children if c.dep_ == "nsubj"] + [
            p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        for tok in people:
            if noun_classes().get(tok.lemma_.lower()) in ("act", "event"):
                continue  # "fighting between factions of the SPLA-IO killed scores": no doer
            ev = sentence.evidence(doc[tok.left_edge.i:tok.right_edge.i + 1])
            out.append((ev.start, ev.end))
    return out


def group_label(actor: Actor) -> str | None:
    """The group's name as the text writes it, without the common nouns after it
    ("Al-Shabaab militants" -> "Al-Shabaab", "ISIL fighters" -> "ISIL"), or None when the
    actor has no capitalised word."""
    words = actor.text.split()
    while words and not words[-1][:1].isupper():
        words.pop()
    while words and words[0].lower() in ("the", "a", "an"):
        words.pop(0)
    return " ".join(words) or None


def _armed_groups(actors: list[Actor]) -> dict[str, str]:
    """{normalised name: label as written} of the named armed groups among ``actors``."""
    out: dict[str, str] = {}
    for actor in actors:
        if actor.sector not in _ARMED_SECTORS or actor.kind == "title":
            continue
        label = group_label(actor)
        if label:
            out.setdefault((actor.name or label).casefold(), label)
    return out


def context_group_side(ctx: Context, sentence: Sentence, claim: Claim,
                       trigger: Token) -> str | None:
    """The armed group militant victims with no side of their own belong to (see above)."""
    if claim.victims != "militant" or claim.side is not None or claim.undisclosed:
        return None
    agents = _agent_spans(sentence, trigger)
    if claim.claimant is not None:
        agents.append((claim.claimant.evidence.start, claim.claimant.evidence.end))
    actors = [a for a in ctx.result.actors if not any(
        start <= a.evidence.start < end for start, end in agents)]
    agent_names = {a.name.casefold() for a in ctx.result.actors if a.name and any(
        start <= a.evidence.start < end for start, end in agents)}
    here = _armed_groups([a for a in actors
                          if sentence.start <= a.evidence.start < sentence.end])
    for groups in (here, _armed_groups(actors)):
        groups = {k: v for k, v in groups.items() if k not in agent_names}
        if len(groups) == 1:
            return next(iter(groups.values()))
        if groups:
            return None
    return None


_SPEECH = frozenset({"say", "report", "announce", "confirm", "state", "tell", "add", "claim",
                     "acknowledge", "admit", "reveal"})


_STATE_FORCES = frozenset({"military", "police"})


def state_force_side(sentence: Sentence, claim: Claim, trigger: Token) -> str | None:
    """The country of soldiers or police with no side of their own, from a force of their kind
    the sentence names with a country word, when that force is not the one doing the outcome
    ("Gunmen attacked an Algerian military patrol, wounding four gendarmes" -> DZA; "rioters
    stormed a Kenyan police post" -> KEN; not "Nigerian troops killed five soldiers"); two
    countries leave it unknown."""
    if claim.victims not in ("military", "police") or claim.side is not None or (
            claim.undisclosed):
        return None
    agents = _agent_spans(sentence, trigger)
    found = set()
    for tok in trigger.doc:
        if tok.dep_ not in ("amod", "compound", "poss") or not tok.text[:1].isupper():
            continue
        code = country_of(tok.text[:-2] if tok.text.endswith("'s") else tok.text)
        force = tok.head
        kinds = {category_of(force), modifier_category(force)}
        if code is None or not kinds & _STATE_FORCES or claim.victims not in kinds and (
                force.dep_ == "nsubj"):
            continue  # a force of the other state kind, not a speaker: "gunmen attacked an
            # Algerian military patrol, wounding four gendarmes" (not "an Iraqi security
            # source said", of two policemen)
        ev = sentence.evidence(force)
        if any(start <= ev.start < end for start, end in agents):
            return None  # the force is the killer: its victims are someone else
        if force.dep_ == "nsubj" and force.head.lemma_.lower() not in _SPEECH:
            continue  # a doer of another deed: "when Russian forces shelled the positions"
        found.add(code)
    return found.pop() if len(found) == 1 else None


def armed_group_people(ctx: Context, claim: Claim) -> str | None:
    """"Two Hamas commanders", "five Houthi officers": people of a military kind whose side is
    a non-state armed group the actors extractor names are militants (the guidelines: fighters
    of a non-state group), not an army's; None when the side is a country or another body."""
    if claim.victims != "military" or not claim.side or len(claim.side) == 3 and (
            claim.side.isupper() and claim.side.isalpha() and claim.side in _countries()):
        return None
    key = claim.side.casefold()
    for actor in ctx.result.actors:
        label = group_label(actor)
        if sector_category(actor.sector) == "militant" and actor.kind != "title" and key in (
                (label or "").casefold(), (actor.name or "").casefold()):
            return "militant"
    return None


@cache
def _countries() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


# sectors of bodies whose staff are no party to a conflict: a news agency's reporters, a
# company's engineers ("four Reuters journalists", "three Chevron engineers")
_NOT_PARTIES = {"MED", "BUS"}


def employer_side(ctx: Context, claim: Claim) -> bool:
    """Whether the claim's side is a news organisation or a company the actors extractor
    names: their staff have no side of their own in the guidelines' sense."""
    if not claim.side or claim.side in _countries():
        return False
    key = claim.side.casefold()
    # an aid agency's volunteers and staff are no party either ("a Red Crescent volunteer")
    sectors = _NOT_PARTIES | ({"NGO", "IGO", "LAB"} if claim.victims == "aid_worker" else set())
    return any(actor.sector in sectors and key in (
        (group_label(actor) or "").casefold(), (actor.name or "").casefold())
        for actor in ctx.result.actors)


def aid_agency_staff(ctx: Context, claim: Claim) -> bool:
    """Whether civilian victims are the staff of a non-governmental body the actors extractor
    names ("an MSF nurse", "two Oxfam drivers"): aid workers in the guidelines' sense."""
    if claim.victims not in ("civilian", "unknown") or not claim.side or (
            claim.side in _countries()):
        return False
    from sitrep.extract.actors.code import code_actor

    key = claim.side.casefold()
    return code_actor(claim.side)[1] == "NGO" or any(actor.sector == "NGO" and key in (
        (group_label(actor) or "").casefold(), (actor.name or "").casefold())
        for actor in ctx.result.actors)  # the name's own sector: "MSF nurse" is coded HLH


def principal_parties(ctx: Context) -> list[str]:
    """The two countries the article mentions most (the parties of its conflict)."""
    counts: Counter[str] = Counter()
    for sentence in ctx.parsed():
        for tok in sentence.doc:
            if tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.text[:1].isupper():
                code = country_of(tok.text)
                if code:
                    counts[code] += 1
    return [code for code, _ in counts.most_common(2)]


def party_country(ctx: Context, name: str) -> str | None:
    """The country of a party named by a place ("Donbas") from a phrase of the article that
    ties them ("the Russian-backed separatists in Donbas")."""
    key = name.split()[-1].lower() if name.split() else ""
    if not key:
        return None
    for sentence in ctx.parsed():
        for tok in sentence.doc:
            if key not in tok.lower_ or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
                continue
            holder = tok.head.head
            for mod in holder.children:
                if mod.dep_ in ("amod", "compound") and mod.i < holder.i:
                    code = country_of(mod.text)
                    if code:
                        return code
    return None


# a body's means or premises an attack on aid hits ("the aid convoy", "the vehicle of an NGO")
_AID_TARGETS = frozenset({"convoy", "vehicle", "car", "truck", "lorry", "team", "compound",
                          "office", "warehouse", "mission", "staff", "worker", "base"})
_AID_WORDS = frozenset({"aid", "humanitarian", "relief", "ngo", "charity"})


def _aid_word(tok: Token) -> bool:
    return tok.lower_ in _AID_WORDS or tok.lower_.startswith("non-governmental") or (
        tok.text == "Organisation" or tok.text == "Organization") and any(
            c.lower_.startswith("non") for c in tok.children)


def aid_target(trigger: Token) -> bool:
    """Whether the outcome befell people of an aid body's convoy, vehicle or premises the
    same clause names as what was hit ("the attack on the aid convoy killed a driver", "four
    women were killed when gunmen fired on the vehicle of an NGO"): aid workers."""
    clause = [trigger, *list(trigger.ancestors)[:3]]
    for tok in trigger.doc:
        if tok.lemma_.lower() not in _AID_TARGETS or tok.pos_ != "NOUN" or not (
                tok.dep_ in ("dobj", "nsubjpass") or tok.dep_ == "pobj" and tok.head.lower_ in (
                    "on", "at", "against", "upon")):
            continue  # what was hit, not "according to the UN humanitarian office"
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i] + [
            p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]
        if not any(_aid_word(m) or any(_aid_word(x) for x in m.children) for m in mods):
            continue
        node = tok
        for _ in range(5):  # up to the clause of the outcome, not through a relative clause
            if node in clause:
                return True
            if node.dep_ in ("relcl", "acl", "ccomp") or node.head.i == node.i:
                break
            node = node.head
    return False


REFLEXIVES = frozenset({"himself", "herself", "themselves"})


def both_sides(ctx: Context, sentence: Sentence, trigger: Token, counted: Token | None) -> bool:
    """The people are counted on both sides of a fight whose sides are of two kinds ("clashes
    between the army and rebels left 23 fighters dead on both sides": mixed; not two factions
    of one armed group)."""
    kinds = {sector_category(a.sector) for a in ctx.result.actors
             if sentence.start <= a.evidence.start < sentence.end}
    kinds |= {category_of(t) for t in trigger.doc if t.pos_ == "NOUN"}
    return len(kinds & {"military", "police", "militant"}) > 1 and _on_both_sides(
        trigger, counted)


def _on_both_sides(trigger: Token, counted: Token | None) -> bool:
    """"23 fighters dead on both sides", "killed 40 soldiers from both sides", "casualties on
    either side" (not "on both sides of the border")."""
    heads = (trigger, trigger.head, *((counted, counted.head) if counted is not None else ()))
    for head in heads:  # (the verb of "left 23 fighters dead on both sides")
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "from", "among", "of") and any(
                    p.dep_ == "pobj" and p.lemma_.lower() == "side" and any(
                        d.lower_ in ("both", "either", "all", "each") for d in p.children)
                    and not any(d.dep_ == "prep" for d in p.children)  # "sides of the border"
                    for p in prep.children):
                return True
    return False


def beside_self(counted: Token | None) -> bool:
    """Others counted beside the doer's own fate ("killing himself and four others")."""
    if counted is None or counted.dep_ != "conj":
        return False
    head = counted.head  # (the parser may tie "others" to the verb: "killing herself and")
    return head.lower_ in REFLEXIVES or any(
        c.lower_ in REFLEXIVES and c.i < counted.i for c in head.children)


def named_by_place(text: str) -> bool:
    """A claimant named by its place only ("Kyiv", "Israel", "the Donbas"), not a body of it
    ("Turkey's disaster agency", "Kenya's Red Cross", "the health ministry")."""
    words = text.replace("’", "'").split()
    return not any(w.islower() and w != "the" or w.endswith("'s") for w in words)
