"""Sex and number of the people a mention describes without naming them ("the 20-year-old male
driver", "a drunk female pedestrian", "the suspects"), so that a definite description or a
headline's noun that refers back joins only a happening whose people it can be: "the driver"
told as a man is not "a woman" arrested before, "the suspects" not the one man arrested
(``events.corefer``)."""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.mentions.people import common_people
from sitrep.records import Actor, Event

# the nouns and adjectives of a sex, in all their forms; compounds of "-man", "-woman", "-boy",
# "-girl" ("policeman", "businesswoman", "schoolgirl") are read by their ending
MALE = frozenset({
    "man", "men", "male", "males", "boy", "boys", "he", "him", "husband", "husbands", "father",
    "fathers", "son", "sons", "brother", "brothers", "gentleman", "gentlemen", "grandfather",
    "grandfathers", "grandson", "grandsons", "uncle", "uncles", "nephew", "nephews", "boyfriend",
    "boyfriends", "mr", "mr.", "king", "kings", "prince", "princes", "stepfather", "stepfathers",
    "stepson", "stepsons", "dad", "dads", "widower", "widowers", "lad", "lads", "monk", "monks",
    "groom", "grooms", "sir", "duke", "dukes", "guy", "guys", "fiance",
})
FEMALE = frozenset({
    "woman", "women", "female", "females", "girl", "girls", "she", "her", "wife", "wives",
    "mother", "mothers", "daughter", "daughters", "sister", "sisters", "lady", "ladies",
    "grandmother", "grandmothers", "granddaughter", "granddaughters", "aunt", "aunts", "niece",
    "nieces", "girlfriend", "girlfriends", "mrs", "mrs.", "ms", "ms.", "miss", "queen", "queens",
    "princess", "princesses", "stepmother", "stepmothers", "stepdaughter", "stepdaughters",
    "mom", "moms", "mum", "mums", "widow", "widows", "bride", "brides", "nun", "nuns",
    "actress", "actresses", "waitress", "waitresses", "hostess", "hostesses", "duchess",
    "madam", "fiancee", "heroine", "heroines",
})
# personal pronouns of one sex, in every case (a participant the roles finder leaves out)
HE = frozenset({"he", "him", "himself"})
SHE = frozenset({"she", "her", "herself"})
# the role a verb's pronoun plays by its dependency ("she was remanded": the one acted on)
PRONOUN_ROLES = {"nsubj": "actors", "nsubjpass": "recipients", "dobj": "recipients"}
# words that end in "man" or "men" but tell no sex ("human", "German", "ottoman")
NOT_MALE_COMPOUNDS = frozenset({"human", "humans", "german", "germans", "ottoman", "shaman",
                                "shamans", "roman", "romans", "oman", "specimen", "abdomen"})
# plural nouns of people not formed with "-s" ("children", "people"), and numbers of people
PLURAL = frozenset({"people", "children", "men", "women", "persons", "folks", "police",
                    "both", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                    "ten", "dozen", "dozens", "several", "many"})
# singular nouns ending in "s" that ``_plural`` would take for plurals
SINGULAR_IN_S = frozenset({"boss", "witness", "actress", "waitress", "hostess", "princess",
                           "duchess", "mistress", "miss", "ms", "mrs", "ms.", "mrs.", "fiancees"})


def _described(actor: Actor) -> bool:
    """Told by nouns, not by a proper name ("Man" of a headline is a noun)."""
    return actor.kind != "named" or common_people(actor)


def _words(actor: Actor) -> list[str]:
    return [w.strip(".,;:'’\"()").lower() for w in actor.text.replace("-", " ").split()
            if w.strip(".,;:'’\"()")]


def sex(actor: Actor) -> str | None:
    """"m" or "f" where the participant's words tell one sex only ("the 20-year-old male
    driver", "a drunk female pedestrian", "two policewomen"); None where they tell none or
    both ("a man and a woman")."""
    male = female = False
    if not _described(actor):
        return None
    for w in _words(actor):
        if w in FEMALE or w.endswith(("woman", "women", "girl", "girls")):
            female = True
        elif w in MALE or (w.endswith(("man", "men", "boy", "boys"))
                           and w not in NOT_MALE_COMPOUNDS):
            male = True
    if male == female:
        return None
    return "m" if male else "f"


def plural(actor: Actor) -> bool:
    """The participant is more than one person: a number word, or a plural head noun ("the
    suspects", "the three men", "the victims")."""
    words = _words(actor)
    if not words or not _described(actor):
        return False
    if any(w in PLURAL or w.isdigit() for w in words[:-1]) or words[-1] in PLURAL:
        return True
    head = words[-1]
    if head.endswith("men") and head not in NOT_MALE_COMPOUNDS:  # "gunmen", "policewomen"
        return True
    return (len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))
            and head not in SINGULAR_IN_S)


def _one_person(actor: Actor) -> bool:
    return not plural(actor)


def agree(earlier: list[Actor], later: list[Actor], number: bool = True) -> bool:
    """People described in a later mention can be those of the earlier one in the same role:
    each later one of a sex told by its words has someone of that sex, or of a sex not told,
    among the earlier ones; a later plural is not the earlier single person alone ("the
    suspects" after "a man was arrested"). No earlier people in the role: nothing to disagree
    with. ``number``: also by number (not for a title's words, whose roles a headline's
    parse often swaps: "Guard killed in bank raid" is read with the guard as the doer)."""
    if not earlier or not later:
        return True
    sexes = {sex(a) for a in earlier}
    for person in later:
        told = sex(person)
        if told is not None and told not in sexes and None not in sexes:
            return False
    if number and len(earlier) == 1 and _one_person(earlier[0]) and any(plural(p) for p in later):
        return False
    return True


def people_agree(earlier: Event, later: Event, number: bool = True) -> bool:
    """The later mention's doers can be the earlier's doers and its targets the earlier's
    targets (``agree``)."""
    return (agree(earlier.actors, later.actors, number)
            and agree(earlier.recipients, later.recipients, number))


def pronoun_sexes(token: Token | None) -> dict[str, str]:
    """The sex of the personal pronouns a verb trigger takes as its doer or its target ("he
    arrested", "she was remanded", "police detained him"): {role: "m" or "f"}. The roles finder
    leaves pronouns out, so two acts told with "she" and "he" would otherwise name no one."""
    out: dict[str, str] = {}
    if token is None or token.pos_ not in {"VERB", "AUX"}:
        return out
    for child in token.children:
        role = PRONOUN_ROLES.get(child.dep_)
        low = child.lower_
        told = "m" if low in HE else "f" if low in SHE else None
        if role is None or told is None:
            continue
        out[role] = told if out.get(role, told) == told else "?"
    return {role: told for role, told in out.items() if told != "?"}


def pronouns_agree(earlier: Event, earlier_token: Token | None, later: Event,
                   later_token: Token | None) -> bool:
    """A later act told with a pronoun of one sex ("He was remanded to custody") is not a
    mention of an earlier act whose participant in that role was of the other sex ("She was
    remanded back to custody", "a woman was arrested"): two people, two acts."""
    ours, theirs = pronoun_sexes(earlier_token), pronoun_sexes(later_token)
    for role, told in theirs.items():
        sexes = {ours[role]} if role in ours else {sex(a) for a in getattr(earlier, role)}
        if sexes and None not in sexes and told not in sexes:
            return False
    for role, told in ours.items():
        sexes = {sex(a) for a in getattr(later, role)} if role not in theirs else set()
        if sexes and None not in sexes and told not in sexes:
            return False
    return True
