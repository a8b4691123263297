"""People in event mentions as one happening's later mentions tell them: named with proper
names, described without names ("a Dunmore man", "Woman" at the head of a headline), referred
back to by a definite word ("the 54-year-old victim"), or told as more ("another man")
(``events.corefer``)."""

from __future__ import annotations

import re

from sitrep.extract.actors.where import names_country
from sitrep.records import Actor, Event

REFERRING_DETERMINERS = {"the", "this", "that", "these", "those"}
REFERRING_WORDS = REFERRING_DETERMINERS | {"his", "her", "their", "its"}
# sectors of people (not institutions) that a definite description can refer back to
PEOPLE_SECTORS = {None, "CVL", "UAF", "CRM"}
# acts done once at a place and time (not speech acts, which recur between the same people)
MATERIAL = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "RETREAT"}
# sectors of state institutions ("police", "authorities", "troops")
STATE = {"GOV", "MIL", "COP", "JUD", "SPY"}


def of_people(actor: Actor) -> bool:
    """A participant of a sector of people, or one that a noun of people names whatever its
    sector ("the officer", "the soldiers", "the constable": WordNet's nouns of people, in any
    number), not an institution ("the police", "the army", "the authorities"), which acts again
    and again."""
    if actor.sector in PEOPLE_SECTORS:
        return True
    from sitrep.extract.actors.lexicon import singulars
    from sitrep.extract.claims.victims import wordnet_people

    words = actor.text.lower().split()
    people = wordnet_people()
    return bool(words) and any(f in people for f in (words[-1], *singulars(words[-1])))


def proper_names(actors: list[Actor]) -> list[frozenset[str]]:
    """The words of the participants named with a proper name ("Henry Farinas")."""
    out = []
    for a in actors:
        if a.kind != "named":
            continue
        words = frozenset(
            w.strip(".,").lower()
            for w in (a.name or a.text).split()
            if w[:1].isupper() and len(w.strip(".,")) > 2
        )
        if words:
            out.append(words)
    return out


# an age or a number written before a participant's span ("the 54-" of "the 54-year-old
# victim", "the 3" of "the 3 suspects")
_NUMBER_BEFORE = re.compile(r"[\d.,]+-?")


def determined(actor: Actor, text: str) -> bool:
    """A definite or possessive word just before the participant, over an age or a number
    written before it ("the 54-year-old victim", "their 3 sons")."""
    return _word_before(actor, text) in REFERRING_WORDS


def _word_before(actor: Actor, text: str) -> str:
    """The word just before the participant, over an age or a number written before it
    ("the" of "the 54-year-old victim", "a" of "a 36-year-old woman"), folded."""
    before = text[max(0, actor.evidence.start - 24) : actor.evidence.start].split()
    while before and _NUMBER_BEFORE.fullmatch(before[-1]):
        before.pop()
    return before[-1].lower() if before else ""


# words that tell a person or an act as one more ("was also arrested", "another man", "a
# second victim", "two other men", "an additional suspect", "was shot as well", "him too")
_MORE = re.compile(
    r"\b(?:also|too|as well|another|others?|second|third|fourth|fifth|"
    r"additional|further|separate|separately|unrelated)\b",
    re.I,
)


# words before a person described without a name: an indefinite article ("a Dunmore man"),
# or a possessive ("his roommate", "her husband": one person of the doer's or a victim's)
DESCRIBING_WORDS = {"a", "an", "his", "her", "their", "its"}


def described_only(event: Event, text: str) -> bool:
    """A material act whose targets (people; things beside them do not count: "fired three
    rounds") are all one person each that it describes without naming them, with an
    indefinite article or a possessive ("a Dunmore man", "a 36-year-old woman", "his
    roommate"), or a headline's bare noun ("Man" of "Man killed in shooting", the article's
    first line): no proper name, no country, no institution; not a definite person told
    before ("the victim") nor a number of people ("more than 200 people")."""
    people = [a for a in event.recipients if a.kind != "thing"]
    return bool(people) and all(
        a.kind != "named"
        and not proper_names([a])
        and not a.country
        and a.sector in PEOPLE_SECTORS
        and (_describing(a, text) or _headline_noun(a, text))
        for a in people
    )


def doer_described(later: Event, earlier: Event, text: str) -> bool:
    """A material act told with no people as targets and one doer described without a name ("a
    man pulled a handgun and fired at least five times"), after an act of the same type whose
    doers are none or people, not state institutions ("A gunman opened fire outside a club";
    "Two men were shot"): the one who did it, told again in the witnesses' words."""
    doers = [a for a in later.actors if a.kind != "thing"]
    return (later.plover_type in MATERIAL and len(doers) == 1 and not any(
        a.kind != "thing" for a in later.recipients) and doers[0].kind != "named"
        and not proper_names(doers) and not doers[0].country
        and doers[0].sector in PEOPLE_SECTORS and _describing(doers[0], text)
        and all(a.sector not in STATE for a in earlier.actors))


# sectors of doers an attack's later account describes without a name ("gunmen",
# "assailants", "fighters on motorbikes"): people, unidentified armed men, rebels
DOER_SECTORS = PEOPLE_SECTORS | {"UAF", "REB"}


# a proper name owning the participant ("Rell's brother", "Diaz's driver")
_NAMED_OWNER = re.compile(r"\b[A-Z][\w-]+['’]s?(?:\s|$)")


def _unnamed(actor: Actor) -> bool:
    """Described without a name, in any number ("two masked men", "a group of men", "the
    guards"): no proper name, nor a named owner ("Rell's brother" is named through Rell)."""
    return (actor.kind != "named" and not proper_names([actor])
            and not _NAMED_OWNER.search(actor.text))


def _unnamed_doer(actor: Actor) -> bool:
    """Attackers described without a name ("gunmen", "two masked men", "assailants"): no
    proper name, no country, not a state institution."""
    return _unnamed(actor) and not actor.country and actor.sector in DOER_SECTORS


def doers_described(later: Event, earlier: Event) -> bool:
    """An attack told again in detail ("gunmen travelling in a van opened fire on a group of
    men", "two masked men fired at the stalls") after the attack reported by its toll or in a
    word ("Two men were killed in a shooting"): ``later`` is an ASSAULT whose doers are people
    described without names, in any number, and whose targets are none or described without
    names; ``earlier`` is an ASSAULT whose doers are none or such people too (not state
    forces), its victims named or not ("Andre Brown was shot dead outside a bar ... two men
    began firing at a group of people"). Places, days, a background flag and one told as more
    are the caller's tests."""
    doers = [a for a in later.actors if a.kind != "thing"]
    people = [a for a in later.recipients if a.kind != "thing"]
    victims = {_head_word(a) for a in earlier.recipients if a.kind != "thing"}
    return (later.plover_type == earlier.plover_type == "ASSAULT" and bool(doers)
            and all(_unnamed_doer(a) for a in doers)
            and all(_unnamed(a) for a in people)
            and doers_unnamed(earlier)
            # told first with its doers or its victims, not a bare act ("burning tyres")
            and any(a.kind != "thing" for a in earlier.actors + earlier.recipients)
            # the victims hitting back ("seven inmates were killed ... inmates attacked"); a
            # word for any person names no side ("four men were shot ... two men fired")
            and not any(_head_word(a) in victims - ANY_PERSON for a in doers)
            # many targets: several acts ("had attacked several localities")
            and not any(_MANY.search(a.text) for a in later.recipients)
            # told as done after it ("Hours later, members of a task team raided a hostel")
            and not _AFTER.search(later.evidence.text)
            and _dates_agree(earlier, later))


# words that tell an act as done after the one told before ("hours later", "afterwards")
_AFTER = re.compile(r"\b(?:later|afterwards?|subsequently|thereafter|next day|following day)\b",
                    re.I)

# head words that name any person, of no side or group ("men", "a woman", "two others")
ANY_PERSON = {"man", "men", "woman", "women", "person", "persons", "people", "individual",
              "individuals", "other", "others", "someone"}

# words that tell targets as many ("several localities", "dozens of villages")
_MANY = re.compile(r"\b(?:several|many|various|numerous|multiple|dozens|scores|hundreds)\b",
                   re.I)


def _head_word(actor: Actor) -> str:
    from sitrep.extract.actors.lexicon import singulars

    words = actor.text.lower().split()
    last = words[-1] if words else ""
    return min([last, *singulars(last)], key=len)


def _own_date(event: Event) -> str | None:
    """The date written in the event's own sentence, as its value or, unresolved, its words
    ("on Thursday" without a publication date); None when the sentence states none."""
    when = event.when
    if when is None or not event.evidence.start <= when.evidence.start < event.evidence.end:
        return None
    return when.value or f"words:{when.text.lower()}"


def _dates_agree(a: Event, b: Event) -> bool:
    """Both dates, when both are given, agree at the coarser one ("2021-06-05" and
    "2021-06"; not "2021-05", "last month"); dates both written in the events' own sentences
    are one date ("on Thursday" and "on Sunday", "in July" and "on 9 July" are two days)."""
    own_a, own_b = _own_date(a), _own_date(b)
    if own_a is not None and own_b is not None:
        return own_a == own_b
    if a.when is None or b.when is None or not a.when.value or not b.when.value:
        return True
    x, y = a.when.value, b.when.value
    return x.startswith(y) or y.startswith(x)


def doers_unnamed(event: Event) -> bool:
    """The event's doers are none or attackers described without a name (``_unnamed_doer``)."""
    return all(_unnamed_doer(a) for a in event.actors if a.kind != "thing")


def _describing(actor: Actor, text: str) -> bool:
    """An indefinite article or a possessive before the participant or as its first word."""
    first = actor.text.split()[:1]
    return _word_before(actor, text) in DESCRIBING_WORDS or (
        bool(first) and first[0].lower() in DESCRIBING_WORDS)


def _headline_noun(actor: Actor, text: str) -> bool:
    """A bare noun of people on the article's first line, which headlines write without
    articles ("Man" of "Man killed in shooting", "armed man" of "Officer shoots armed man"):
    no definite or possessive word before it."""
    return "\n" not in text[:actor.evidence.start] and _person_noun(actor) and (
        _word_before(actor, text) not in REFERRING_WORDS)


def _person_noun(actor: Actor) -> bool:
    """The participant's last word is a noun of people ("man" of "armed man")."""
    from sitrep.extract.actors.lexicon import singulars
    from sitrep.extract.claims.victims import victim_words, wordnet_people

    known = victim_words().keys() | wordnet_people().keys()
    words = [w.strip(".,;:'’").lower() for w in actor.text.split()]
    return bool(words) and (words[-1] in known or any(s in known for s in singulars(words[-1])))


def names_only(event: Event) -> bool:
    """An act whose targets (people; things beside them do not count) are all people named
    with proper names ("John Pell, 41, was arrested", "fired three rounds, striking Alarid"):
    who the earlier description was, when nothing else tells them apart."""
    people = [a for a in event.recipients if a.kind != "thing"]
    return bool(people) and all(
        a.kind == "named" and bool(proper_names([a])) and not common_people(a)
        for a in people
    )


def told_as_more(event: Event) -> bool:
    """The mention tells its person or its act as one more than told before (``_MORE``)."""
    return bool(_MORE.search(event.evidence.text))


def unnamed(event: Event) -> bool:
    """Told with people it does not name ("Woman stabbed while jogging", "Gunmen kill six
    villagers", "a 41-year-old woman was stabbed"; headlines drop the articles that would make
    them definite, and capitalise their first word): no participant with a proper name."""
    return all(
        common_people(a) or (a.kind != "named" and not proper_names([a]))
        for a in event.actors + event.recipients
    )


def common_people(actor: Actor) -> bool:
    """A participant written with nouns of people only ("Man", "Officer", "Guard" at the head
    of a headline, read as a name for its capital)."""
    from sitrep.extract.actors.lexicon import singulars
    from sitrep.extract.claims.victims import victim_words, wordnet_people

    known = victim_words().keys() | wordnet_people().keys()
    words = [w.strip(".,;:'’").lower() for w in actor.text.split()]
    return bool(words) and all(w in known or any(s in known for s in singulars(w)) for w in words)


def generic_state(actor: Actor) -> bool:
    """An unnamed state institution ("police", "authorities", "troops"): no proper name and no
    country in its own words (the actors coder lends "Police" the article's country); it acts
    again and again, so it names no happening of its own."""
    return actor.kind != "named" and actor.sector in STATE and (
        not actor.country or not names_country(actor.text))


def repeats_state_act(earlier: Event, later: Event, text: str) -> bool:
    """``later`` is a material act whose doers are only unnamed state institutions and whose
    other participants are definite descriptions told before ("Authorities arrested the leader
    of the ring"), after an act by state forces ("security forces arrested 11 people") or an
    arrest told in the passive, whose doers are the state's without being said ("two women
    were arrested ... deputies took the women into custody"): the same operation told again."""
    if later.plover_type not in MATERIAL or not later.actors:
        return False
    if not all(generic_state(a) for a in later.actors):
        return False
    if not all(_definite_told(a, text) for a in later.recipients):
        return False
    return any(a.sector in STATE for a in earlier.actors) or (
        not earlier.actors and earlier.plover_mode == later.plover_mode == "arrest")


def _definite_told(actor: Actor, text: str) -> bool:
    """A definite description of anyone told before ("the leader of the ring", "the driver",
    "their commander"): no proper name, no country, a definite or possessive word before it."""
    if actor.kind == "named" or actor.country:
        return False
    return determined(actor, text)
