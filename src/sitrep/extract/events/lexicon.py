"""The event trigger lexicon (``resources/event_triggers.tsv``): which words name which events.

Each row gives a lemma, a part of speech (``V`` verb, ``N`` noun, ``A`` adjective or past
participle, ``*`` verb or noun), an optional required
neighbour (a child lemma such as ``for`` in "call for", or ``^lemma`` for the head, as ``on`` in
"on strike"; ``@transfer``: the verb transfers something material to a recipient, decided by
``transfers.is_transfer``; ``@term``: a jailing for a stated length, ``senses.courts.legal.prison_term``;
``@acquitted``, ``@warrant``, ``@jailed``, ``@contraband``: a case ended in the defendant's
favour, an arrest warrant issued, a person sent to jail, contraband found by state forces,
``senses.courts.steps``; ``@trip``: a journey of an official, ``senses.life.trips``;
``@slammed``, ``@blown``, ``@hurled``: a body driven against a surface, a thing blown up,
a weapon thrown or fired at a target, ``senses.public.harm``; ``@menace``: a weapon shown to
menace, ``senses.public.harm``; ``@forces``, ``@posted``, ``@operation``: forces moved, posted,
an armed operation, ``senses.forces``; ``@territory``: a place taken, overrun or retaken by an
armed party, ``senses.forces.ground_taken``; ``@recaptured``: people caught again,
``senses.public.processes.recaptured_person``; ``@relief``: relief sent or carried, ``senses.pledges``;
``@person``: a blow to a person, ``senses.public.civic.person_hurt``; ``@pushed_back``: people
driven back by force, ``senses.public.civic.pushed_back``; ``@barred``: a travel,
entry or visa ban on people, ``people_barred``; ``@dismissed``: an officer
or official of the state fired, ``senses.everyday.official_dismissed``; ``@removed``: a person
dismissed from a post, ``senses.everyday.person_dismissed``; ``@dismayed``: shock,
outrage, dismay or alarm about something voiced by a body or an official,
``senses.public.opinions.dismay_voiced``; ``@inquired``, ``@questioned``: a matter looked into
or examined, a person questioned by the police, ``senses.courts.inquiries``; ``@assembled``: a
crowd gathered demanding or denouncing, pots and pans banged, ``senses.gatherings``;
``@envoy``: an envoy summoned, ``senses.speech.envoy_summoned``; ``@ordered_out``: a person
ordered to leave the country, ``senses.speech.ordered_out``; ``@media``: a media outlet
suspended, closed or blocked, ``senses.speech.media_silenced``; ``@reprisal``: a reprisal
told as one to come, ``senses.outlook.reprisal_vowed``; ``@line``: speech over a
telephone or video line, ``by_line``; ``@thanker``: thanks given by someone, ``thanks_given``; ``@punished``: a punishment warned of
or vowed to whoever does a thing, ``unreal.conditioned.warned_harm``; ``@called_out``: people
called out to a protest, ``senses.gatherings.protest_called``; ``@open_to``: a party open to
talks, ``unreal.readiness.open_to_talks``; ``@held_on``, ``@booked``, ``@custody_moved``, ``@held_custody``: a charge
told with a booking, a holding or a court appearance, a person booked for a crime, people held
moved to a prison, people held by the state, ``senses.courts.custody``; ``@closed``: places ordered shut,
``senses.courts.restrictions``; ``@under_fire``, ``@returned_fire``: gunfire suffered by
forces, a vehicle or a place, gunfire answered, ``senses.public.harm``; ``@forced``,
``@charged_at``: force on people told by its weapon, a crowd charged, ``senses.public.harm``;
``@place_shut``, ``@shut_against``, ``@line_cut``: a place, a passage or a gathering shut by the
state, a border shut against another country, a line of communication cut,
``senses.courts.closures``; ``@emergency``: a state of exception declared or extended,
``senses.courts.emergencies``; ``@hostage``, ``@prisoner``: people taken or held hostage,
taken prisoner, ``@snatched``, ``@seized``: people taken away by force, a thing seized,
``senses.public.harm``; ``@scrambled``: aircraft scrambled, ``senses.forces``;
``@terror_listed``: a party designated a terrorist one, ``terror_listed``; ``@captives``:
captives handed over, ``transfers.captives_handed``; ``@walkout``: the verb "strike" with no
target done by workers, ``senses.life.strikes.walkout_struck``),
the PLOVER 2.0 type and mode, the CAMEO root code and the ACLED event type and
sub-event type where one applies. Rows for a lemma are tried in file order; the first whose
requirements hold wins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy
from spacy.tokens import Doc, Token

from sitrep.extract.events.senses.courts.closures import line_cut, place_shut, shut_against
from sitrep.extract.events.senses.courts.custody import (
    booked_for_crime,
    held_in_custody,
    held_on_charge,
    moved_in_custody,
)
from sitrep.extract.events.senses.courts.emergencies import emergency_declared
from sitrep.extract.events.senses.courts.inquiries import matter_inquired, questioned
from sitrep.extract.events.senses.courts.legal import prison_term
from sitrep.extract.events.senses.courts.restrictions import closed_by_order
from sitrep.extract.events.senses.courts.steps import (
    acquitted,
    arrest_warrant,
    found_contraband,
    sent_to_custody,
)
from sitrep.extract.events.senses.everyday import official_dismissed, person_dismissed
from sitrep.extract.events.senses.fit import noun_class
from sitrep.extract.events.senses.forces import (
    aircraft_scrambled,
    armed_operation,
    forces_moved,
    forces_posted,
    ground_taken,
)
from sitrep.extract.events.senses.gatherings import assembled_to_protest, protest_called
from sitrep.extract.events.senses.life.strikes import walkout_struck
from sitrep.extract.events.senses.life.trips import official_trip
from sitrep.extract.events.senses.outlook import reprisal_vowed
from sitrep.extract.events.senses.pledges import relief_sent
from sitrep.extract.events.senses.public.civic import person_hurt, pushed_back
from sitrep.extract.events.senses.public.harm import (
    blown_up,
    body_slammed,
    came_under_fire,
    charged_at,
    force_used,
    menaced,
    missile_thrown,
    people_snatched,
    returned_fire,
    taken_hostage,
    taken_prisoner,
    thing_seized,
)
from sitrep.extract.events.senses.public.opinions import dismay_voiced
from sitrep.extract.events.senses.public.processes import recaptured_person
from sitrep.extract.events.senses.speech import envoy_summoned, media_silenced, ordered_out
from sitrep.extract.events.tokens import doc_rows
from sitrep.extract.events.transfers import captives_handed, is_transfer
from sitrep.extract.events.unreal.conditioned import warned_harm
from sitrep.extract.events.unreal.readiness import open_to_talks
from sitrep.nlp.scans import hyphen_word
from sitrep.resources import read_tsv

ACLED_SUB_TO_TYPE = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

PLOVER_CAMEO_ROOT = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "ACCUSE": "11", "REQUEST": "10", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
    "ASSAULT": "19",
}

VERB_POS = {"VERB", "AUX"}
SUBJECTS = {"nsubj", "csubj", "expl"}
CLAUSES = {"advcl", "ccomp", "xcomp", "conj", "relcl", "acl", "parataxis", "agent", "cc"}
STATE_NOUNS = {"state", "condition", "situation", "regime"}
# prepositions of where and when: a required neighbour in their phrase is a setting, not the
# act's object ("captured outside Mexico City" takes no city)
SETTING_PREPS = {"outside", "inside", "in", "near", "at", "around", "across", "within",
                 "beyond", "behind", "beside", "along", "during", "after", "before", "since",
                 "until", "till", "throughout", "by", "next", "close", "opposite", "amid",
                 "amidst", "among", "between", "off", "past"}
FRAME_NOUNS = {"effort", "mission", "process", "bid", "attempt", "campaign", "initiative", "round"}
NAME_ENTS = {"ORG", "FAC", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"}
NOUN_POS = {"NOUN", "PROPN"}
# the lines one speaks over ("spoke by telephone with", "talked over the phone"), lemmas, and the
# prepositions that name them as the means
LINES = {"telephone", "phone", "videophone", "videolink", "video", "teleconference",
         "videoconference", "hotline", "zoom", "skype"}
LINE_PREPS = {"by", "over", "on", "via"}


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str  # V | N | *
    needs: tuple[str, ...]  # required child lemmas; "^x" = head lemma x
    plover: str
    mode: str | None
    cameo: str | None
    acled_type: str | None
    acled_sub: str | None

    def pos_ok(self, token: Token) -> bool:
        if self.pos == "V":
            return token.pos_ in VERB_POS
        if self.pos == "N":
            return token.pos_ in NOUN_POS
        if self.pos == "A":  # an adjective or a past participle: "concerned", "appalled"
            return token.pos_ == "ADJ" or (token.pos_ == "VERB" and token.tag_ == "VBN")
        return token.pos_ in VERB_POS | NOUN_POS

    def needs_ok(self, token: Token) -> bool:
        if not self.needs:
            return True
        near: frozenset[str] | None = None  # the neighbours' lemmas, read at the first plain need
        for need in self.needs:
            if need.startswith("@"):  # a structural requirement, decided from the parse
                if STRUCTURAL[need](token):
                    return True
            elif need.startswith("^"):
                if token.head.i != token.i and token.head.lemma_.lower() == need[1:]:
                    return True
            else:
                if near is None:
                    near = neighbours(token)
                if need in near:
                    return True
        return False


# the token whose ``neighbours`` were read last, and them: ``match`` tries several rows of one
# token in a row (the doc is held, so that the identity test cannot meet a new doc at its address)
_NEAR: list[Any] = [None, -1, frozenset()]


def neighbours(token: Token) -> frozenset[str]:
    """The lemmas near ``token`` that a trigger row's plain requirement (``with``) may name,
    remembered for the last token asked about."""
    if _NEAR[0] is not token.doc or _NEAR[1] != token.i:
        _NEAR[0], _NEAR[1], _NEAR[2] = token.doc, token.i, frozenset(_neighbours(token))
    return _NEAR[2]  # type: ignore[no-any-return]


def _neighbours(token: Token) -> set[str]:
    """The lemmas of ``token``'s children and grandchildren that count as its neighbours."""
    # a preposition of time is no neighbour: "a hunger strike on Monday" is no strike "on"
    # a target, "a crackdown on Friday" no crackdown "on" anyone
    kids = [c for c in token.children if c.dep_ not in SUBJECTS | CLAUSES
            and not _of_time(c)]
    # an adjective with its negation names the opposite ("found not guilty": acquitted)
    near = {c.lemma_.lower() for c in kids
            if not (c.pos_ == "ADJ" and any(g.dep_ == "neg" for g in c.children))}
    near |= {g.lemma_.lower() for c in kids for g in c.children
             if not (c.dep_ == "prep" and c.lower_ in SETTING_PREPS)}
    # the adjective of a small clause: "found him guilty" (parsed as a clause of "him")
    near |= {c.lemma_.lower() for c in token.children
             if c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "ADJ"
             and not any(g.dep_ == "neg" for g in c.children)}  # not "found him not guilty"
    # the preposition that opens a clause asked for right after the verb, which the model
    # reads as the clause's marker: "called for them to be charged", "appealed for aid to be let in"
    near |= {g.lemma_.lower() for c in token.children if c.dep_ in CLAUSES and c.i > token.i
             for g in c.children if g.dep_ == "mark" and g.i == token.i + 1}
    # the state an object names: "declared a state of emergency" (not "seized 137 kilos of
    # base", whose measure is no state)
    near |= {g.lemma_.lower() for c in kids if c.dep_ in {"dobj", "nsubjpass"}
             and c.lemma_.lower() in STATE_NOUNS
             for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"}
    return near


def _of_time(child: Token) -> bool:
    """A preposition whose objects are all days, dates or times ("on Monday", "on 5 May",
    "on the night of the vote" is not: its head is a time noun, not a named date)."""
    objs = [g for g in child.children if g.dep_ == "pobj"]
    return child.dep_ == "prep" and bool(objs) and all(g.ent_type_ in {"DATE", "TIME"}
                                                       for g in objs)


def by_line(verb: Token) -> bool:
    """A verb of speaking whose means is a telephone or video line ("the president spoke by
    telephone with his Russian counterpart", "talked over the phone"): a call, CONSULT/phone
    (not "spoke on television", "spoke by the river")."""
    # the line's phrase may hang on the party spoken with ("spoke with the man by phone"), and
    # "by" may be read as a passive's agent ("spoke by phone with both ministers")
    heads = [verb] + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                      for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ in {"prep", "agent"} and c.lower_ in LINE_PREPS and any(
        g.dep_ == "pobj" and g.lemma_.lower() in LINES for g in c.children)
        for h in heads for c in h.children)


# what a ban bars people from (a travel, entry or visa ban is a sanction on them)
BARRED = {"travel", "entry", "visa"}
BAN_NOUNS = {"ban", "bar"}


def people_barred(token: Token) -> bool:
    """A ban on people's travel or entry ("imposed entry bans on six generals", "a travel ban
    on the commanders"): SANCTION, not the restriction of a place or an activity ("a ban on
    rallies", "a travel ban on the province", "a ban on travel to the border")."""
    bans = [token] if token.pos_ in NOUN_POS else [
        c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in BAN_NOUNS]
    for ban in bans:
        if not any(c.dep_ == "compound" and c.lemma_.lower() in BARRED for c in ban.children):
            continue
        holders = [ban] + ([ban.head] if ban.dep_ == "dobj" else [])
        targets = [g for h in holders for p in h.children
                   if p.dep_ == "prep" and p.lower_ in {"on", "against", "for"}
                   for g in p.children if g.dep_ == "pobj"]
        return not any(noun_class(t) == "location" or t.ent_type_ in {"GPE", "LOC", "FAC"}
                       for t in targets)
    return False


# what names a party as terrorist ("a foreign terrorist organisation", "terrorist groups")
TERROR_WORDS = {"terrorist", "terror", "terrorism"}
TERROR_LISTING = {"designate", "list", "blacklist", "proscribe", "declare", "brand", "label",
                  "classify", "add"}


def terror_listed(verb: Token) -> bool:
    """A party designated, listed or declared a terrorist one ("designated the IMU a terrorist
    organisation", "gangs he had designated as terrorist groups", "added the group to its list
    of terrorist organisations"): SANCTION. "Declared war on terror" names no party listed."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in TERROR_LISTING:
        return False
    named = [c for c in verb.children if c.dep_ in {"dobj", "oprd", "xcomp", "ccomp", "attr"}]
    named += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"as", "to", "on"}
              for g in c.children if g.dep_ == "pobj"]
    for noun in named:
        if noun.lemma_.lower() in {"war", "fight", "battle"}:
            continue
        if any(t.lemma_.lower() in TERROR_WORDS or t.lower_ in TERROR_WORDS
               for t in noun.subtree):
            return True
    return False


def thanks_given(verb: Token) -> bool:
    """Thanks given by someone ("the sheriff thanked neighbours", "..., thanking residents for
    their patience"): SUPPORT; the bare imperative of a sign-off ("Thank you for reading") has
    no one who gives them."""
    return verb.tag_ in {"VBG", "VBN"} or any(c.dep_ in SUBJECTS | {"nsubjpass"}
                                                for c in verb.children) or (
        verb.dep_ == "conj" and thanks_given(verb.head))


# the structural requirements of the table's ``with`` column, each decided from the parse
STRUCTURAL: dict[str, Callable[[Token], bool]] = {
    "@transfer": lambda t: is_transfer(t, _names_event),  # "handed weapons to the rebels"
    "@captives": captives_handed,  # "handed over 41 captured soldiers to the Red Cross"
    "@walkout": walkout_struck,  # "nurses strike over unpaid allowances" (senses.life.strikes)
    "@term": prison_term,  # "jailed for six years" (senses/courts/legal.py)
    "@acquitted": lambda t: acquitted(t, is_event_word),  # "found not guilty", "cleared of"
    "@warrant": arrest_warrant,  # "a warrant was issued for the suspect"
    "@jailed": sent_to_custody,  # "sent him to jail"
    "@contraband": found_contraband,  # "soldiers found a weapons cache"
    "@trip": official_trip,  # "the minister will travel to Beijing"
    "@slammed": body_slammed,  # "slammed his head against the wall"
    "@hurled": missile_thrown,  # "threw stones at police", "launched rockets at the base"
    "@blown": blown_up,  # "blew up the pipeline"
    "@line": by_line,  # "spoke by telephone with his counterpart"
    "@punished": warned_harm,  # "said those responsible would be hunted down" (unreal)
    "@open_to": open_to_talks,  # "said it was open to talks" (unreal.readiness)
    "@called_out": protest_called,  # "called a general strike" (senses.gatherings)
    "@thanker": thanks_given,  # "the sheriff thanked neighbours", not "Thank you for reading"
    "@menace": menaced,  # "pointed a rifle at the guard" (senses.public.harm)
    "@forces": forces_moved,  # "ordered three warships to the Red Sea"
    "@posted": forces_posted,  # "some 600 soldiers arrived in the town"
    "@operation": armed_operation,  # "the army launched an operation"
    "@territory": ground_taken,  # "fighters overran an army base" (senses.forces)
    "@recaptured": recaptured_person,  # "the fugitive was recaptured" (senses.public.processes)
    "@relief": relief_sent,  # "flew in tents and medicines"
    "@person": person_hurt,  # "punched a teacher", not "kicked the ball"
    "@pushed_back": pushed_back,  # "pushed them back with shields" (senses.public.civic)
    "@barred": people_barred,  # "imposed entry bans on six generals"
    "@dismissed": official_dismissed,  # "fired both deputies" (senses.everyday)
    "@removed": person_dismissed,  # "dismissed the army chief" (senses.everyday)
    "@dismayed": dismay_voiced,  # "said it was outraged by" (senses.public.opinions)
    "@inquired": lambda t: matter_inquired(t, is_event_word),  # "looks into the shooting"
    "@questioned": questioned,  # "is being questioned by police" (senses.courts.inquiries)
    "@assembled": assembled_to_protest,  # "gathered outside the prison demanding" (gatherings)
    "@envoy": envoy_summoned,  # "the ambassador was summoned" (senses.speech)
    "@ordered_out": ordered_out,  # "ordered a diplomat to leave the country" (senses.speech)
    "@media": media_silenced,  # "suspended two radio stations" (senses.speech)
    "@reprisal": reprisal_vowed,  # "would respond in a mirror manner" (senses.outlook)
    "@held_on": held_on_charge,  # "booked into jail on charges of" (senses.courts.custody)
    "@booked": lambda t: booked_for_crime(t, is_event_word),  # "booked for attempted murder"
    "@custody_moved": moved_in_custody,  # "moved gang leaders to a prison" (courts.custody)
    "@held_custody": held_in_custody,  # "ordered him held in detention" (courts.custody)
    "@closed": closed_by_order,  # "ordered all shops closed" (senses.courts.restrictions)
    "@under_fire": came_under_fire,  # "the convoy came under fire" (senses.public.harm)
    "@returned_fire": returned_fire,  # "soldiers returned fire" (senses.public.harm)
    "@forced": force_used,  # "were dispersed with tear gas" (senses.public.harm)
    "@charged_at": charged_at,  # "mounted police charged the crowd" (senses.public.harm)
    "@place_shut": place_shut,  # "police sealed off the area" (senses.courts.closures)
    "@shut_against": shut_against,  # "closed its border with Cambodia" (courts.closures)
    "@emergency": emergency_declared,  # "declared a state of prevention" (courts.emergencies)
    "@hostage": taken_hostage,  # "took 18 guards hostage" (senses.public.harm)
    "@prisoner": taken_prisoner,  # "had taken 31 soldiers prisoner" (senses.public.harm)
    "@line_cut": line_cut,  # "authorities cut internet access" (senses.courts.closures)
    "@snatched": people_snatched,  # "gunmen seized 20 worshippers" (senses.public.harm)
    "@seized": thing_seized,  # "police seized the crossbow" (senses.public.harm)
    "@scrambled": aircraft_scrambled,  # "scrambled fighter jets" (senses.forces)
    "@terror_listed": terror_listed,  # "designated the gang a terrorist organisation"
}


# vehicles with a row of their own (AID when they carry relief: "an aid convoy reached the camp")
# are things that act, not happenings: "the convoy refused to stop" has a doer
VEHICLES = frozenset({"convoy", "flight"})


def is_event_word(word: str) -> bool:
    """Whether a whole word ("cease-fire", "ceasefire") is a key of the trigger lexicon, and no
    vehicle (``VEHICLES``)."""
    return word in triggers() and word not in VEHICLES


def _names_event(lemma: str) -> bool:
    """Whether a noun's lemma has a row of its own that needs no neighbour ("welcome", "aid")."""
    return any(not t.needs and t.pos in ("N", "*") for t in triggers().get(lemma, ()))


def _clean(value: str) -> str | None:
    value = value.strip()
    return value or None


@lru_cache(maxsize=1)
def triggers() -> dict[str, list[Trigger]]:
    """Lemma -> trigger rows in file order."""
    table: dict[str, list[Trigger]] = {}
    for row in read_tsv("event_triggers.tsv"):
        needs = tuple(n for n in (row["with"] or "-").split("|") if n and n != "-")
        trig = Trigger(
            lemma=row["trigger"].strip().lower(),
            pos=row["pos"].strip(),
            needs=needs,
            plover=row["plover"].strip(),
            mode=_clean(row["mode"] or ""),
            cameo=_clean(row["cameo"] or ""),
            acled_type=_clean(row["acled_type"] or ""),
            acled_sub=_clean(row["acled_sub"] or ""),
        )
        table.setdefault(trig.lemma, []).append(trig)
    return table


def _lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    text = token.lower_
    # the small model lemmatises some nouns as verbs and vice versa; try both forms
    if text.endswith("ings") or text.endswith("ing"):
        return text[:-1] if text.endswith("ings") else text
    return lemma


_MEMO_LIMIT = 200_000  # hashes remembered before the memos start afresh
_lower_hits: dict[int, bool] = {}
_lemma_hits: dict[int, bool] = {}


def possible_triggers(doc: Doc, arrays: numpy.ndarray | None = None) -> list[int]:
    """Indexes of the tokens whose text or lemma is a key of the trigger table (every token
    ``match`` can accept, read from the doc's arrays without making a Token of each).
    ``arrays``: the doc's ``to_array([LOWER, LEMMA])`` when read already (else the doc's
    ``tokens.doc_rows``).

    Whether a string hash can be a key is remembered per hash (a hash stands for one string)."""
    keys = triggers()
    strings = doc.vocab.strings
    if len(_lower_hits) > _MEMO_LIMIT or len(_lemma_hits) > _MEMO_LIMIT:
        _lower_hits.clear()
        _lemma_hits.clear()
    if arrays is None:
        rows = doc_rows(doc)
        lowers, lemmas = rows.lowers, rows.lemmas
    else:
        lowers, lemmas = arrays[:, 0].tolist(), arrays[:, 1].tolist()
    # each new hash is looked up once (whether a hash can be a key does not depend on where it
    # stands), then the tokens are read off the two memos
    for lower_id in set(lowers).difference(_lower_hits):
        lower = strings[lower_id]
        _lower_hits[lower_id] = lower in keys or (lower.endswith("ings") and lower[:-1] in keys)
    for lemma_id in set(lemmas).difference(_lemma_hits):
        _lemma_hits[lemma_id] = strings[lemma_id].lower() in keys
    found = [i for i, (lower_id, lemma_id) in enumerate(zip(lowers, lemmas, strict=True))
             if _lower_hits[lower_id] or _lemma_hits[lemma_id]]
    hyphen = strings["-"]
    if hyphen not in lowers:
        return found
    # a word the model splits at its hyphen ("sit-in", "walk-out", "stay-away"): the key is the
    # whole word, which ``match`` reads from the last part (``hyphen_word``)
    joined = [i for i in range(2, len(lowers)) if lowers[i - 1] == hyphen
              and hyphen_word(doc[i], strings[lemmas[i]].lower()) in keys]
    return sorted(set(found).union(joined)) if joined else found


def match(token: Token) -> Trigger | None:
    """The trigger row that ``token`` matches, or None."""
    table = triggers()
    candidates = []
    # "cease-fire" for the "fire" of "the cease-fire took effect" (the model splits it in three)
    lemma = token.lemma_.lower()
    for form in dict.fromkeys((hyphen_word(token, lemma), lemma, _lemma(token), token.lower_)):
        candidates.extend(table.get(form, []))
    if not candidates:  # most tokens: no look at the tree or the entities needed
        return None
    if token.dep_ in {"compound", "amod"} and token.pos_ in NOUN_POS | {"ADJ"} and (
            token.head.lemma_.lower() not in FRAME_NOUNS):
        # "attack helicopter", "protest movement": a modifier, not an event of its own,
        # except "air strike" style compounds handled by the head noun
        return None
    if token.ent_type_ in NAME_ENTS and token.pos_ == "PROPN" or (
            token.ent_type_ in NAME_ENTS and token.ent_iob_ == "I"):
        return None  # part of a name: "Organization for Security and Cooperation in Europe"
    for trig in candidates:
        if trig.pos_ok(token) and trig.needs_ok(token):
            return trig
    return None
