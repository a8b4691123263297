"""Victims and side told by the context rather than by the counted noun itself:

- "its / their" on the counted people ("Hamas said 12 of its members were killed", "the army
  said three of its soldiers were wounded"): the people of the claimant; a group's own name is
  their side (the guidelines' "ISIS fighters" -> "ISIS"), a state body's country is;
- "the four", "the two" with no noun ("Four soldiers were ambushed near the border. The four
  were killed"): the people counted by the same number earlier in the article.

Used by ``sitrep.extract.claims.extractor`` once a claim has its figure and claimant.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import singulars
from sitrep.extract.claims.deeds import force_of_ranks, protesting
from sitrep.extract.claims.links import Mention
from sitrep.extract.claims.outcomes.losses import loser
from sitrep.extract.claims.victims import (
    agent_category,
    body_category,
    category_of,
    generic_head,
    group_noun_category,
    of_object,
    sector_category,
    side_of,
    victim_words,
    word_category,
    wordnet_category,
)
from sitrep.extract.context import Context, Sentence
from sitrep.records import Actor, Claim

_GROUP_POSSESSIVES = {"its", "their"}
# sectors whose people take the group's own name as their side
_GROUP_SECTORS = {"REB", "UAF", "PRM", "CRM", "PTY", "OPP", "NGO"}


def _possessive(noun: Token, words: frozenset[str] | set[str]) -> Token | None:
    """The possessive determiner among ``words`` on ``noun`` ("their" in "their fighters")."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in words), None)


def own_people(noun: Token) -> bool:
    """The counted people are "its / their" own ("12 of its members", "their fighters")."""
    return _possessive(noun, _GROUP_POSSESSIVES) is not None


def _kind_people(tok: Token) -> bool:
    """A plural noun of people with a kind ("the attackers", "17 Boko Haram fighters")."""
    return tok.tag_ in ("NNS", "NNPS") and category_of(tok) not in (None, "unknown")


def _people_before(tokens: list[Token], take: frozenset[str], stop: frozenset[str] = frozenset(),
                   stop_at: frozenset[str] = frozenset()) -> Token | None:
    """The nearest plural noun of people with a kind among ``tokens`` (read backwards) whose
    relation is in ``take``; None at one in ``stop`` or at a token in ``stop_at`` first (the
    owner "their" / "its" stands for, seen from the owned people)."""
    for tok in reversed(tokens):
        if tok.text in stop_at:
            return None
        if _kind_people(tok):
            if tok.dep_ in stop:
                return None
            if tok.dep_ in take:
                return tok
    return None


def _clause_verb(tok: Token, steps: int) -> Token:
    """The nearest verb at most ``steps`` heads above ``tok`` (or where the climb stopped)."""
    for _ in range(steps):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


# verbs whose subject undergoes the loss of its own people ("lost five of their men")
_OWN_LOSSES = frozenset({"lose", "suffer", "mourn", "bury", "sacrifice"})


def subject_owner(noun: Token) -> Token | None:
    """The people "their" / "its" on ``noun`` stands for when they are the subject of a verb
    of loss the count hangs on ("the attackers lost five of their men": the attackers; "the army
    lost 12 of its soldiers"): a noun of people with a kind; None otherwise."""
    if not own_people(noun):
        return None
    node = _clause_verb(noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of"
                        else noun, 2)
    if node.pos_ not in ("VERB", "AUX") or node.lemma_.lower() not in _OWN_LOSSES:
        return None  # "police killed five of their members": the subject is the agent
    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and category_of(subject) not in (None, "unknown") \
        else None


# nouns of people who share the kind of those they belong with ("five of their colleagues",
# "two of its comrades")
RELATIONAL = frozenset({"colleague", "comrade", "companion", "teammate", "coworker",
                        "co-worker", "fellow", "counterpart", "peer", "associate", "partner"})
_ARMED = frozenset({"military", "police", "militant"})


def relational(noun: Token) -> bool:
    """A noun of people defined by whom they belong with ("colleagues", "comrades")."""
    return noun.lemma_.lower() in RELATIONAL or noun.lower_.rstrip("s") in RELATIONAL


def _words_category(text: str) -> str | None:
    """The category of the first word of a claimant's words the victims lexicon knows with a
    category ("Demonstrators in Lagos" -> protester, "Striking miners" -> civilian)."""
    words = victim_words()
    for word in text.lower().split():
        for form in (word, *singulars(word)):
            if words.get(form) not in (None, "", "unknown"):
                return words[form]
    return None


def claimant_people(actor: Actor) -> tuple[str | None, str | None]:
    """(victim category, side) of the people of a claimant that counts its own. A claimant
    named by a common noun of people tells their kind ("Demonstrators in Lagos said five of
    their colleagues ..." -> protester); civilians so named have no side (the country of
    where they are is none: "villagers in Kuje")."""
    category = sector_category(actor.sector)
    own = _words_category(actor.text) if actor.kind in ("title", "source") else None
    category = own or category
    if actor.sector in _GROUP_SECTORS:
        # "militants said five of their fighters ...": a common noun names no group
        return category, (actor.name or actor.text) if actor.kind != "title" else None
    if actor.kind == "title" and own is not None and own not in _ARMED:
        return category, None  # not "the Russian defence ministry said 20 of its troops"
    return category, actor.country


def possessor_people(noun: Token) -> Token | None:
    """The people "their" on ``noun`` stands for when the same clause counts them before
    ("Troops killed 17 Boko Haram fighters and arrested five of their commanders": the
    fighters): the nearest earlier plural noun of people that is an object or a passive
    subject, not the agent (subject) of the clause. None when there is none (the claimant is
    then the owner: "Rebels said five of their fighters were killed")."""
    if _possessive(noun, _THEIR) is None:
        return None
    holder = noun.head.head if noun.dep_ == "pobj" else noun
    # (another clause's subject, or a clause apart: "their" reads as it)
    return _people_before(list(noun.doc[:holder.left_edge.i]), _OBJECTS, _SUBJECTS, _APART)


_THEIR = frozenset({"their"})
_OBJECTS = frozenset({"dobj", "pobj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_APART = frozenset({";", ":"})


_SINGULAR_OWNERS = frozenset({"its", "his", "her"})


def possessive_antecedent(noun: Token, depth: int = 0) -> tuple[str, str | None] | None:
    """(kind, side) of the owner that "its" / "his" / "her" on counted people of no kind of
    their own stands for: the nearest earlier singular subject of the sentence ("The army said
    ...; two of its own men died": the army; "the rebel group ..., weeks after its commander and
    12 of his men were killed": the commander, and through "its" the group). None when that
    subject tells no kind (its people's kind is then not known)."""
    poss = _possessive(noun, _SINGULAR_OWNERS)
    if poss is None:
        return None
    for tok in reversed(noun.doc[:poss.i]):
        owned = _possessive(tok, _SINGULAR_OWNERS) is not None
        if tok.dep_ not in ("nsubj", "nsubjpass") and not owned or tok.pos_ not in (
                "NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS") or (
                poss.lower_ == "its" and tok.ent_type_ == "PERSON"):
            continue  # (a pronoun, a plural, a person for "its")
        if depth < 2 and owned:
            return possessive_antecedent(tok, depth + 1)  # "its commander": the group's kind
        kind = word_category(tok) or body_category(tok) or group_noun_category(tok)
        if kind in (None, "unknown") or poss.lower_ != "its" and not (
                generic_head(tok) or category_of(tok)):
            return None  # ("his" stands for a person)
        return kind, side_of(tok)
    return None


_PARTITIVE = frozenset({"them", "whom"})
# nouns naming people by what befell them, whose kind is the people told of before
_BEFALLEN = frozenset({"victim", "hostage", "captive", "survivor", "abductee", "casualty",
                       "detainee", "injured", "wounded", "dead"})
_PATIENT_DEPS = frozenset({"dobj", "pobj", "nsubjpass", "appos"})


def _doers(tok: Token) -> bool:
    """People "by" whom a deed done to others was done: a passive's agent ("abducted by
    gunmen") or the "by" of a deed whose sufferers "of" names ("the rape of 14 women by armed
    men"); not the doers of a deed to no one ("a march by nurses")."""
    by = tok.head
    if tok.dep_ != "pobj" or by.lower_ != "by":
        return False
    # the deed, or the object of the verb "by" was hung on ("documented the rape of ... by")
    deeds = [by.head, *(c for c in by.head.children if c.dep_ == "dobj" and c.i < by.i)]
    return by.dep_ == "agent" or any(c.dep_ == "prep" and c.lower_ == "of" and c.i < by.i
                                     for d in deeds for c in d.children)


def _patient_people(tokens: list[Token], kinds: tuple[str | None, ...] = (None, "unknown")
                    ) -> Token | None:
    """The last plural noun of people with a kind among ``tokens`` that is not the agent of
    an active verb nor a speaker (an object, a passive subject, the subject of a verb with
    no object and no clause: "Eight miners went missing"); ``kinds`` are the categories
    skipped (with ``(None,)`` "people" is found too)."""
    for tok in reversed(tokens):
        if tok.tag_ not in ("NNS", "NNPS") or category_of(tok) in kinds or (
                tok.lemma_.lower() in _BEFALLEN) or _doers(tok):
            continue
        if tok.dep_ in _PATIENT_DEPS or tok.dep_ == "nsubj" and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.head.children):
            return tok
    return None


def partitive_people(ctx: Context, sentence: Sentence, them: Token
                     ) -> tuple[str, str | None] | None:
    """(category, side) of the people "N of them" counts when no claim of the sentence came
    before: the last plural noun of people before it that is not an agent, in its sentence or
    the one before ("Eight miners were ambushed; three of them were hacked to death": miners;
    "retook the town from jihadists, killing 40 of them": jihadists); None when there is
    none."""
    if them.dep_ != "pobj" or them.head.lower_ != "of":
        return None
    # "three of the victims", "two of the hostages": the people the text told of before,
    # "people" too ("killed ten people ... Three of the victims died": unknown)
    befallen = them.lemma_.lower() in _BEFALLEN and any(c.lower_ == "the" for c in them.children)
    if them.lower_ not in _PARTITIVE and not befallen:
        return None
    kinds = (None,) if befallen else (None, "unknown")
    found = _patient_people(list(them.doc[:them.head.head.left_edge.i]), kinds)
    if found is None:
        before = [s for s in ctx.parsed() if s.start < sentence.start][-1:]
        found = _patient_people([t for s in before for t in s.doc], kinds)
    if found is None and _harmed_by_a_thing(them):
        # "soldiers defused a bomb; a second device exploded as they worked, wounding two of
        # them": no one did it, so the people at work are the ones harmed
        found = _people_before(list(them.doc[:them.head.head.left_edge.i]), _ANY_PEOPLE_DEPS)
    if found is None:
        return None
    kind = category_of(found) or "unknown"
    if kind in ("unknown", "civilian") and protesting(found):
        kind = "protester"  # "dispersed striking nurses and detained 11 of them"
    return kind, side_of(found)


_ANY_PEOPLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})


def _harmed_by_a_thing(them: Token) -> bool:
    """Whether the verb "N of them" hangs on tells harm done by a thing, not by people: the
    subject of its clause is no noun of people ("a device exploded ..., wounding two of
    them", "the roof caved in, killing three of them")."""
    verb = _clause_verb(them.head.head, 3)
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.pos_ == "NOUN" and subject.dep_ == "nsubj" and (
                category_of(subject) is None and wordnet_category(subject) is None)
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def partitive_of(ctx: Context, sentence: Sentence, anchor: Token
                 ) -> tuple[str, str | None] | None:
    """``partitive_people`` for a number whose "of" object no mention counted ("three of the
    hostages were killed", "two of the captives died")."""
    for prep in anchor.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return partitive_people(ctx, sentence, pobj)
    return None


def _value(tok: Token) -> int | None:
    text = tok.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    from sitrep.extract.claims.numbers import words_value

    parsed = words_value([tok.text])
    return parsed[0] if parsed else None


def bare_the_number(anchor: Token) -> int | None:
    """The value of "the four" (a number after "the" that counts no noun), or None."""
    if anchor.pos_ != "NUM" or anchor.i == 0 or anchor.nbor(-1).lower_ != "the":
        return None
    return _value(anchor)


def earlier_people(ctx: Context, sentence: Sentence, value: int) -> tuple[str, str | None] | None:
    """(category, side) of the people last counted by ``value`` in the sentences before."""
    found = None
    for other in ctx.parsed():
        if other.start >= sentence.start:
            break
        for tok in other.doc:
            if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN") and (
                    _value(tok) == value):
                # "three engineers": a noun of people by WordNet or by its form too
                cat = category_of(tok.head) or wordnet_category(tok.head) or (
                    "civilian" if agent_category(tok.head) == "civilian" else None)
                if cat is not None:
                    found = (cat, side_of(tok.head))
    return found


def pronoun_people(ctx: Context, sentence: Sentence, pronoun: Token
                   ) -> tuple[str, str | None] | None:
    """(category, side) of the person "him" or "her" stands for: the last singular noun of
    people that is a subject before it, in its sentence or the one before ("A militant threw a
    grenade at the police station. Police arrested him on Wednesday": militant); None when
    there is none."""
    before = [s for s in ctx.parsed() if s.start < sentence.start][-1:]
    tokens = [t for s in before for t in s.doc] + [t for t in pronoun.doc[:pronoun.i]]
    for tok in reversed(tokens):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NN":
            cat = category_of(tok) or wordnet_category(tok)
            if cat and cat != "unknown":
                return cat, side_of(tok)
    return None


_PATIENTS = ("dobj", "nsubjpass")


def _first_clause_people(verb: Token, before: int, deps: tuple[str, ...]
                         ) -> tuple[str, str | None] | None:
    """(category, side) of the people the first of coordinated clauses counts in ``deps``
    before token ``before`` ("killing 12 worshippers and wounding 50": worshippers)."""
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    for c in verb.children:
        if c.dep_ in deps and c.i < before and c.pos_ == "NOUN" and any(
                g.dep_ == "nummod" for g in c.children):
            cat = _kind_of_counted(c)
            if cat is not None and cat != "unknown":
                return cat, side_of(c)
            if cat == "unknown":
                return None  # "left 30 people dead, among them 6 women": people, not the part
    return None


def _kind_of_counted(noun: Token) -> str | None:
    """The kind of the people a counted noun names as its own claim has it: a rank of the one
    force the sentence names ("killing five cadets" at a police academy: police), else the
    lexicon's or WordNet's kind."""
    return force_of_ranks(noun) or category_of(noun) or wordnet_category(noun)


def coordinated_people(anchor: Token) -> tuple[str, str | None] | None:
    """(category, side) of a bare number that is the subject of a clause coordinated with a
    clause whose subject counts people ("Nine fishermen were rescued and two remain
    missing": fishermen), or the object of a verb of harm coordinated with one whose patient
    counts people ("killing 12 worshippers and wounding more than 50", "Eleven miners were
    killed and about 30 injured": the worshippers, the miners), or None."""
    if anchor.pos_ != "NUM":
        return None
    if anchor.dep_ == "dobj" and anchor.head.dep_ == "conj":
        return _first_clause_people(anchor.head.head, anchor.i, _PATIENTS)
    if anchor.dep_ == "conj" and anchor.head.pos_ == "VERB" and anchor.head.i < anchor.i:
        return _first_clause_people(anchor.head, anchor.i, _PATIENTS)  # "and about 30 injured"
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = anchor.head
    if verb.dep_ != "conj" and verb.head.dep_ == "conj":
        verb = verb.head  # "two are missing" hung on "missing"
    if verb.dep_ != "conj":
        return None
    for c in verb.head.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < anchor.i and c.pos_ == "NUM":
            c = of_object(c) or c  # "two of its own men"
        if c.dep_ in ("nsubj", "nsubjpass", "pobj") and c.i < anchor.i and c.pos_ == "NOUN" and not (
                c.dep_ == "nsubj" and any(o.dep_ == "dobj" for o in verb.head.children)):
            # not the doer of an active verb ("Bandits seized 40 girls, and two died")
            cat = _kind_of_counted(c)
            if cat in (None, "unknown") and (owner := possessive_antecedent(c)) is not None:
                return owner
            if cat is not None and cat != "unknown":
                return cat, side_of(c)
    return None


def colon_source(ctx: Context, sentence: Sentence, token: Token) -> Actor | None:
    """A headline's speaker before a colon ("Police: 5 dead in shooting"): an actor of the
    article that is all the words before a colon near the start of the sentence, the claim
    after it."""
    doc = token.doc
    colon = next((t for t in doc[:6] if t.text == ":"), None)
    if colon is None or colon.i == 0 or token.i < colon.i:
        return None
    start = sentence.evidence(doc[0:colon.i])
    for actor in ctx.result.actors:
        ev = actor.evidence
        if ev.start <= start.start and start.end <= ev.end + 1 or (
                start.start <= ev.start and ev.end <= start.end and
                ev.end - ev.start >= (start.end - start.start) // 2):
            return Actor(text=start.text, evidence=start, name=actor.name,
                         country=actor.country, sector=actor.sector, office=actor.office,
                         kind=actor.kind, extractor=actor.extractor)
    return None


def headline_end(text: str) -> int:
    """The end of the article's headline: a first line with no closing stop followed by more
    lines ("Army says 30 rebels killed in clashes\n..."); 0 when it has none."""
    first = text.lstrip()
    offset = len(text) - len(first)
    line, sep, rest = first.partition("\n")
    if not sep or not rest.strip() or line.rstrip().endswith((".", "!", "?", ":")):
        return 0
    return offset + len(line)


def repeated_claimants(text: str, claims: list) -> None:  # noqa: ANN001 - list[Claim]
    """A claim with no claimant that repeats the figure of a headline's claim with one
    ("Army says 30 rebels killed in clashes", then "Thirty rebels were killed in clashes")
    takes that claimant: the story under its headline. A figure told twice in the body keeps
    no claimant where the text gives none (the guidelines' rule)."""
    end = headline_end(text)
    if not end:
        return
    said: dict[tuple[str, int | None, int | None], Actor] = {}
    for claim in claims:
        if claim.undisclosed or claim.low is None and claim.high is None:
            continue
        key = (claim.outcome, claim.low, claim.high)
        if claim.claimant is not None and claim.evidence.start < end:
            said.setdefault(key, claim.claimant)
        elif claim.claimant is None and key in said and claim.part_of is None:
            claim.claimant = said[key]


_TOLL_NOUNS = frozenset({"toll", "tally", "count", "figure", "number", "death", "fatality"})


def competing_tolls(claims: list[Claim], triggers: list[Token]) -> None:
    """A bare toll that is another count of people the same sentence counted before takes
    their victims and side ("At least a dozen Malian soldiers were killed ..., while the army
    put the toll at four": soldiers of Mali). Only a toll no larger than the earlier figure: a
    larger one may be a wider total ("three soldiers were killed, bringing the toll to 40"),
    unless it is the sum of the earlier figures, all of one kind ("killed 18 miners ... two
    more died, raising the toll to 20": miners); "17 deaths" counts like a toll."""
    for n, (claim, trigger) in enumerate(zip(claims, triggers, strict=True)):
        word = trigger.head.head if trigger.head.lower_ == "of" else trigger  # "number of dead"
        if claim.victims != "unknown" or claim.side is not None or claim.high is None or (
                word.lemma_.lower() not in _TOLL_NOUNS) or claim.part_of is not None:
            continue
        before = [c for c in claims[:n] if c.outcome == claim.outcome and not c.undisclosed
                  and c.part_of is None]
        earlier = next((c for c in reversed(before) if c.victims != "unknown"), None)
        figure = earlier and (earlier.low if earlier.low is not None else earlier.high)
        if earlier is not None and figure is not None and claim.high <= figure:
            claim.victims, claim.side = earlier.victims, earlier.side
        elif len(before) >= 2 and len({c.victims for c in before}) == 1 and (
                before[0].victims != "unknown") and all(c.low is not None and c.low == c.high
                                                        for c in before) and (
                sum(c.low or 0 for c in before) == claim.low == claim.high):
            claim.victims, claim.side = before[0].victims, before[0].side


def respective_kinds(claims: list[Claim], triggers: list[Token]) -> None:
    """Figures of one outcome word whose modifiers list the kinds of people in the same order
    ("police and civilian deaths stood at 4 and 9 respectively": police 4, civilians 9)."""
    if not triggers or not any(t.lower_ == "respectively" for t in triggers[0].doc):
        return
    by_word: dict[int, list[Claim]] = {}
    for claim, trigger in zip(claims, triggers, strict=True):
        if claim.victims == "unknown" and trigger.pos_ == "NOUN":
            by_word.setdefault(trigger.i, []).append(claim)
    for i, group in by_word.items():
        word = triggers[0].doc[i]
        head = word
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head  # "police and civilian deaths" parsed as "police" and "deaths"
        cats = [word_category(t) for t in word.doc[head.left_edge.i:word.i]
                if t.pos_ in ("NOUN", "ADJ", "PROPN")]
        if len(group) >= 2 and len(cats) == len(group) and all(
                c and c != "unknown" for c in cats):
            for claim, cat in zip(group, cats, strict=True):
                claim.victims = cat


# nouns of an owner's own losses ("its losses", "their casualties", "our dead")
_LOSS_NOUNS = frozenset({"loss", "casualty", "dead", "toll"})


def own_losses(anchor: Token) -> tuple[str, str | None] | None:
    """(kind, side) of the owner of the losses a bare figure counts ("The army put its losses at
    five dead": the army's; "the rebels said their losses were 12 dead": the rebels'): a loss
    noun with a possessive beside the figure's verb, whose owner is the nearest earlier subject
    with a kind. None otherwise."""
    verb = _clause_verb(anchor, 4)
    losses = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
        c.lemma_.lower() in _LOSS_NOUNS) and any(g.dep_ == "poss" for g in c.children)), None)
    if losses is None:
        return None
    if _possessive(losses, _SINGULAR_OWNERS) is not None:
        return possessive_antecedent(losses)
    if _possessive(losses, _THEIR) is None:
        return None
    owner = _people_before(list(anchor.doc[:losses.i]), _NSUBJ)
    return (category_of(owner) or "unknown", side_of(owner)) if owner is not None else None


_NSUBJ = frozenset({"nsubj"})


# people both a police force and an army have: police telling of its own ("two officers were
# wounded, police said") are police
RANKS_OF_BOTH = frozenset({"officer", "personnel"})


def context_people(ctx: Context, sentence: Sentence, claim: Claim, m: Mention) -> None:
    """Victims and side from the context ("12 of its members", "the four")."""
    owner = possessor_people(m.counted) if m.counted is not None else None
    if owner is not None:  # "killed 17 Boko Haram fighters and arrested five of their commanders"
        if claim.victims == "unknown" or generic_head(m.counted) or relational(m.counted):
            claim.victims = category_of(owner) or claim.victims  # not "five of their wives"
            claim.side = claim.side or side_of(owner)
    elif m.counted is not None and (claim.victims == "unknown" or generic_head(m.counted)) and (
            owner := possessive_antecedent(m.counted)) is not None:
        claim.victims, claim.side = owner[0], claim.side or owner[1]  # "two of its own men"
    elif m.counted is not None and claim.victims == "unknown" and (
            people := partitive_people(ctx, sentence, m.counted)) is not None:
        claim.victims, claim.side = people[0], claim.side or people[1]  # "three of them"
    elif m.counted is not None and (agent := subject_owner(m.counted) or loser(m.counted)):
        if claim.victims == "unknown" or generic_head(m.counted) or relational(m.counted):
            claim.victims = category_of(agent) or claim.victims  # "the attackers lost five of their men"
        claim.side = claim.side or side_of(agent)
    elif m.counted is not None and own_people(m.counted) and claim.claimant is not None:
        cat, side = claimant_people(claim.claimant)
        if cat and (claim.victims == "unknown" or (generic_head(m.counted) or relational(
                m.counted)) and not (cat == "civilian" and claim.victims in _ARMED)):
            # "five of their colleagues": the claimant's kind; not a ministry's "its guards"
            claim.victims = cat  # "police said two of their officers": police
        claim.side = claim.side or side
    elif m.counted is not None and m.single and m.counted.lower_ in ("him", "her") and (
            claim.victims == "unknown"):
        people = pronoun_people(ctx, sentence, m.counted)  # "A militant ... arrested him"
        if people is not None:
            claim.victims, claim.side = people[0], claim.side or people[1]
    elif m.counted is None and claim.victims == "unknown":
        value = bare_the_number(m.anchor)
        people = earlier_people(ctx, sentence, value) if value is not None else None
        if people is None and not m.denial:
            # "nine fishermen were rescued and two ...", "two of the hostages"
            people = own_losses(m.anchor) or partitive_of(  # "put its losses at five dead"
                ctx, sentence, m.anchor) or coordinated_people(m.anchor)
        if people is not None:
            claim.victims = people[0]
            claim.side = claim.side or people[1]
    elif m.counted is not None and claim.claimant is not None and claim.victims == "military" \
            and m.counted.lemma_.lower() in RANKS_OF_BOTH and claim.claimant.sector == "COP" \
            and not any(
                c.dep_ == "compound" or c.dep_ == "amod" and not c.lower_.endswith("ed")
                for c in m.counted.children):  # not "army officers" (but "injured officers")
        claim.victims = "police"  # "two officers were wounded, police said": their own
