"""One article's killed or injured figure for one happening, counted the way ACLED and UCDP
coders count victims told in several sentences: distinct victims are added, the same victim told
again is not.

Each claim is read for how it tells its victims:
- **again** (adds nothing beyond its own figure): a pronoun ("he", "they", "both", "she too"),
  a definite description ("the man", "the two victims", "the other victim") or a sub-group of a
  told total ("including a journalist", "among them", "one of the passengers"); its figure is a
  floor for the total;
- **more** (added to the victims told just before it): a victim marked as distinct ("a second
  victim", "another man died", "two others", "a woman was also killed", "killed along with
  ...", "... as well"; a definite phrase with a new noun and "also"). Not "killed another man"
  (the marker after the outcome word sets the victim apart from the killer), not "others" hurt
  told just after the dead (set apart from the dead), and the same marked figure told twice
  is one;
- **told** (the rest: indefinite or named victims): per victim group and side the largest figure
  (a repeated or updated statement), added over groups; a figure for everybody ("unknown",
  "mixed") is a total, not a group. Where every group counts one person and no two groups are
  told in one sentence, one-person claims are one person ("an Ohio officer", later "the
  policeman"; "Jon Roe, 24", later "Roe") unless they cannot be: of other sexes ("a man" and "a
  woman") or with other full names.

The doer who dies or is hurt ("the suspect was found dead", "the gunman was wounded": a doer's
noun names the victim before the outcome word, or is its object) is a group of their own, never
a total covering the victims, nor one person with a victim of a known kind told before or after
("an officer", "a clerk", "Davidson" of the civilians); told again as "a man who was shot" in
another sentence, they may be one; a doer told again ("the shooter", later "the suspect") is
one.

The figure is the largest of the told figure and the running count of each victim told and the
more told after it.
"""

from __future__ import annotations

import re

from sitrep.records import Claim, Evidence

AGAIN, MORE, TOLD = "again", "more", "told"

_PRONOUNS = frozenset({"he", "she", "they", "him", "them", "both", "it"})
_DEFINITE = frozenset({"the", "his", "her", "their", "its", "this", "that", "these", "those"})
_INDEFINITE = frozenset({"a", "an", "one", "some", "several", "another"})
# a victim told as distinct from those told before
_DISTINCT = frozenset({"also", "another", "second", "third", "fourth", "fifth", "other", "others",
                       "more", "too", "additional", "further", "separately"})
_ORDINALS = frozenset({"other", "others", "second", "third", "fourth", "fifth"})
_SUBGROUP = frozenset({"including", "among", "amongst"})
_MALE = frozenset({"man", "men", "boy", "boys", "he", "him", "husband", "father", "son", "sons",
                   "brother", "brothers", "male", "gentleman", "grandfather", "grandson", "uncle",
                   "nephew", "boyfriend", "mr", "mr.", "king", "stepfather", "stepson"})
_FEMALE = frozenset({"woman", "women", "girl", "girls", "she", "her", "wife", "mother",
                     "daughter", "daughters", "sister", "sisters", "female", "lady", "grandmother",
                     "granddaughter", "aunt", "niece", "girlfriend", "mrs", "mrs.", "ms", "ms.",
                     "queen", "stepmother", "stepdaughter"})
# capitalised words that are not a person's name
_NOT_NAMES = frozenset({"a", "an", "the", "one", "two", "he", "she", "they", "his", "her",
                        "police", "officer", "officers", "authorities", "sheriff", "deputy",
                        "detective", "sgt", "sgt.", "lt", "lt.", "mr", "mr.", "mrs", "mrs.", "ms",
                        "ms.", "dr", "dr.", "both", "another", "victim", "monday", "tuesday",
                        "wednesday", "thursday", "friday", "saturday", "sunday"})
# the nouns that name the doer of a violent act: dead or hurt, one more person than the victims
_DOERS = frozenset({"suspect", "suspects", "gunman", "gunmen", "shooter", "shooters", "attacker",
                    "attackers", "assailant", "assailants", "killer", "killers", "perpetrator",
                    "perpetrators", "robber", "robbers", "burglar", "burglars", "intruder",
                    "intruders", "carjacker", "carjackers", "hijacker", "hijackers", "bomber",
                    "bombers", "stabber", "sniper", "snipers"})
_POSSESSOR = re.compile(r"[A-Z][\w.-]*\s?['\u2019]s\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")


def words_of(text: str) -> list[str]:
    return [w.rstrip(".'") or w for w in _WORD.findall(text)]


def how_told(claim: Claim, earlier: list[Claim], before: Claim | None = None,
             after: str = "") -> str:
    """Whether ``claim`` tells its victims again (AGAIN), as more victims (MORE) or plainly
    (TOLD), given the claims of the same figure told before it, the claim of any outcome told
    just before it (``before``: "one man is dead, two others hurt" sets the hurt apart from the
    dead, not from other hurt) and the words after it up to the end of its sentence (``after``:
    "a customer was killed as well")."""
    lower = [w.casefold() for w in words_of(claim.evidence.text)]
    if any(w in _SUBGROUP for w in lower) or _partitive(lower):
        return AGAIN  # "including a journalist", "one of the passengers": inside a told total
    kind = _determiner(lower)
    if kind == "pronoun" and earlier:
        return AGAIN  # "she too was taken to hospital": the one told before
    distinct = _marked(lower, after)
    if distinct and before is not None and before.outcome != claim.outcome:
        distinct = False
    if kind == "definite" and earlier and doer(claim) and not any(doer(o) for o in earlier):
        return TOLD  # "the suspect was found dead" after the victim: not the victim again
    if kind in ("pronoun", "definite"):
        if not earlier:
            return TOLD
        if distinct and not any(w in _ORDINALS for w in lower) and not _same_words(
                lower, earlier):
            return MORE  # "The driver was also killed": a new one told definitely
        return AGAIN
    if distinct and earlier:
        if any(_marks(o) and _marks(o) == _marks(claim) and _bounds(o) == _bounds(claim)
               for o in earlier):
            return AGAIN  # "two others were hurt", later "two other people were hurt"
        return MORE
    return TOLD


def _marked(lower: list[str], after: str) -> bool:
    """Whether the claim's words mark its victims as more than those told: a marker before
    the outcome word ("a second victim died", "two others were hurt", "a woman was also
    killed", not "killed another man", where "another" sets the victim apart from the
    killer), "along with" anywhere, or "too", "as well", "also" after it."""
    joined = " ".join(lower)
    if "along with" in joined:
        return True
    end = next((i for i, w in enumerate(lower) if w in _OUTCOME_WORDS), len(lower))
    head = lower[:end]
    tail = lower[end:] + [w.casefold() for w in words_of(after)]
    if "too" in tail or "also" in tail or "as well" in " ".join(tail):
        return True
    return any(w in _DISTINCT for w in head) and not _more_than(head)


def doer(claim: Claim) -> bool:
    """Whether the claim's victim is the doer of the act: a doer's noun before its outcome word
    ("The suspect was found dead", "the gunman then killed himself"), or its object ("shot and
    killed the gunman"); not "a woman was killed by the suspect"."""
    lower = [w.casefold() for w in words_of(claim.evidence.text)]
    end = next((i for i, w in enumerate(lower) if w in _OUTCOME_WORDS), len(lower))
    after = [w for w in lower[end + 1:end + 5] if w not in _DEFINITE | _INDEFINITE
             and w not in _OUTCOME_WORDS and w != "and"]
    return any(w in _DOERS for w in lower[:end]) or bool(after) and after[0] in _DOERS


def _marks(claim: Claim) -> frozenset[str]:
    return frozenset(_SAME_MARK.get(w, w) for w in (x.casefold() for x in words_of(
        claim.evidence.text)) if w in _DISTINCT)


_SAME_MARK = {"others": "other", "another": "other"}
_OUTCOME_WORDS = frozenset({
    "kill", "kills", "killed", "killing", "dead", "die", "dies", "died", "dying", "death",
    "deaths", "slain", "murder", "murdered", "murders", "fatally", "shot", "shoot", "shoots",
    "shooting", "stabbed", "wound", "wounds", "wounded", "wounding", "injure", "injured",
    "injures", "injuring", "injury", "injuries", "hurt", "hurts", "casualties", "hospitalized",
    "hospitalised", "lost"})


def _partitive(lower: list[str]) -> bool:
    """"one of the passengers", "two of them": some of victims told before."""
    return any(w == "of" and i > 0 and (lower[i - 1] in _COUNTS or lower[i - 1].isdigit())
               for i, w in enumerate(lower))


_COUNTS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                     "ten", "some", "several", "many", "most", "each", "either", "neither",
                     "none", "all", "both"})


def _more_than(lower: list[str]) -> bool:
    """"more than five", "no more": a bound, not more victims."""
    return any(w == "more" and (i + 1 < len(lower) and lower[i + 1] in ("than", "then")
                                or i > 0 and lower[i - 1] in ("no", "not", "any"))
               for i, w in enumerate(lower)) and not any(
        w in _DISTINCT - {"more"} for w in lower)


def _determiner(lower: list[str]) -> str:
    """How the victim phrase starts: a pronoun, a definite or an indefinite determiner (the
    first such word of the claim's words; a number is indefinite)."""
    for w in lower:
        if w in _PRONOUNS:
            return "pronoun"
        if w in _DEFINITE:
            return "definite"
        if w in _INDEFINITE or w.isdigit():
            return "indefinite"
    return "indefinite"


def _same_words(lower: list[str], earlier: list[Claim]) -> bool:
    """Whether a definite phrase's nouns were told by an earlier claim ("the driver" after "a
    driver")."""
    told = {w.casefold() for c in earlier for w in words_of(c.evidence.text)}
    ignore = _DEFINITE | _PRONOUNS | _DISTINCT | {"was", "were", "is", "are", "killed", "dead",
                                                  "died", "shot", "injured", "wounded"}
    return any(w in told for w in lower if w not in ignore)


def sex_of(claim: Claim) -> str | None:
    """The victim's sex where the claim tells it by a noun ("a woman", "his son") or else a
    pronoun ("he"); None where it tells neither or both."""
    lower = [w.casefold() for w in words_of(claim.evidence.text)]
    nouns = [w for w in lower if w not in ("he", "him", "she", "her")]
    for pool in (nouns, lower):
        male = any(w in _MALE for w in pool)
        female = any(w in _FEMALE for w in pool)
        if male != female:
            return "m" if male else "f"
    return None


def name_of(claim: Claim, places: frozenset[str]) -> frozenset[str]:
    """The capitalised words that name the victim ("Jon Roe, 24, was killed", "killing Jon
    Roe", "killed along with Jon Roe" -> {"jon", "roe"}): a run of them that starts the claim
    or follows its outcome word or "with", leaving out places, titles and a possessor ("King's
    son"); not "a former Rivercrest High School student", nor a headline's capitals."""
    words = words_of(_POSSESSOR.sub(" ", claim.evidence.text))
    if all(w[:1].isupper() for w in words if len(w) > 3):
        return frozenset()  # a headline's capitals ("Man Murdered Over A Phone")
    for i in range(len(words)):
        if i and words[i - 1].casefold() not in _OUTCOME_WORDS | {"with"}:
            continue
        run: list[str] = []
        for x in words[i:]:
            low = x.casefold()
            if not x[:1].isupper() or low in places:
                break
            if low not in _NOT_NAMES:
                run.append(low)
        if run:
            return frozenset(run)
    return frozenset()


def _may_be_one(a: Claim, b: Claim, places: frozenset[str]) -> bool:
    """Whether two one-person claims told in other sentences may tell the same person: not of
    other sexes, not with two full names that share no word."""
    sa, sb = sex_of(a), sex_of(b)
    if sa and sb and sa != sb:
        return False
    if doer(a) != doer(b) and (b if doer(a) else a).victims not in _ANYONE:
        return False  # "the suspect" and "an officer", "a clerk", "Davidson" (a civilian)
    na, nb = name_of(a, places), name_of(b, places)
    return not (len(na) > 1 and len(nb) > 1 and not na & nb)


# victim categories a doer may be told by in another sentence ("the suspect", later "a man
# who was shot")
_ANYONE = frozenset({None, "unknown", "mixed", "militant"})


def _sentence(sentences: list[Evidence], start: int, text: str = "") -> int:
    """The start of the event sentence that holds ``start``, else of the article's sentence
    (by its punctuation) that holds it: a toll fused into the attack told before is no event's
    sentence of its own ("A soldier and a civilian were killed")."""
    found = next((e.start for e in sentences if e.start <= start < e.end), None)
    if found is not None:
        return found
    return max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1 if text else start


def _people(claims: list[Claim], places: frozenset[str]) -> int:
    """How many people one-person claims tell: each joins the first person it may be."""
    people: list[list[Claim]] = []
    for c in claims:
        for person in people:
            if all(_may_be_one(c, o, places) for o in person):
                person.append(c)
                break
        else:
            people.append([c])
    return len(people)


def _bounds(c: Claim) -> tuple[int | None, int | None]:
    low = c.low if c.low is not None else c.vague_low
    high = c.high if c.low is not None else None
    return low, high


def _told(claims: list[Claim], sentences: list[Evidence], places: frozenset[str],
          text: str = "") -> tuple[int | None, int | None]:
    """The figure of the plainly told claims: per victim group and side the largest figure,
    added over groups, a total for everybody covering the groups; one-person claims counted as
    the people they may be."""
    groups: dict[tuple[str, str | None], tuple[int | None, int | None]] = {}
    told: dict[tuple[str, str | None], set[int]] = {}  # the sentences that tell each group
    sides = {c.victims or "unknown": c.side for c in claims if c.side}

    def group(c: Claim) -> tuple[str, str | None]:
        if doer(c):
            return "doer", None  # a group of their own, never a total covering the victims
        victims = c.victims or "unknown"
        return victims, c.side or sides.get(victims)

    for c in claims:
        low, high = _bounds(c)
        key = group(c)
        told.setdefault(key, set()).add(_sentence(sentences, c.evidence.start, text))
        old = groups.get(key)
        if old is None or (old[0] or 0) < (low or 0):
            groups[key] = (low, high)
    if not groups:
        return None, None
    apart = list(told.values())
    if all(v == (1, 1) for v in groups.values()) and all(
            not (a & b) for i, a in enumerate(apart) for b in apart[i + 1:]):
        n = _people(claims, places)
        return n, n
    total = {k: v for k, v in groups.items() if k[0] in ("unknown", "mixed")}
    parts = {k: v for k, v in groups.items() if k not in total}
    low = sum(v[0] or 0 for v in parts.values())
    high: int | None = (sum(v[1] for v in parts.values() if v[1] is not None)
                        if all(v[1] is not None for v in parts.values()) else None)
    for v in total.values():
        if (v[0] or 0) >= low:
            low, high = v[0] or 0, v[1]
    return low, high


def figure(claims: list[Claim], outcome: str, sentences: list[Evidence] | None = None,
           places: frozenset[str] = frozenset(), text: str = ""
           ) -> tuple[int | None, int | None]:
    """One article's figure (low, high) for one happening from its claims of ``outcome``
    (see the module's rules); ``sentences`` are the article's event sentences, ``places`` the
    words of its place names (never a victim's name), ``text`` the article's text."""
    ordered = sorted(claims, key=lambda c: c.evidence.start)
    relevant: list[Claim] = []
    told: list[Claim] = []
    more: list[Claim] = []
    runs: list[tuple[int, int | None]] = []  # a victim told, then more victims told after
    run: tuple[int, int | None] | None = None
    base: Claim | None = None  # the claim the run starts from
    before: Claim | None = None
    for c in ordered:
        low, high = _bounds(c)
        if c.outcome != outcome or low is None or any(_read_twice(c, o) for o in relevant):
            before = c if c.outcome != outcome else before
            continue
        how = how_told(c, relevant, before, _rest_of_sentence(text, c.evidence.end))
        relevant.append(c)
        before = c
        if how == MORE and run is not None and base is not None and part_of_total(
                c, base, text):
            how = AGAIN  # "Four were wounded. Three of the shootings ... Another man ...": a part
        if how == MORE and run is not None:
            more.append(c)
            run = (run[0] + low, None if run[1] is None or high is None else run[1] + high)
        else:
            if how != AGAIN:
                told.append(c)
            run, base = (low, high), c
        runs.append(run)
    if not relevant:
        return None, None
    low_, high_ = _told(told, sentences or [], places, text)
    best: tuple[int, int | None] = (low_ or 0, high_)
    for r in runs:
        if r[0] > best[0]:
            best = r
    return best


_TOTAL = re.compile(r"\b(?:a total of|in total|in all|all told|altogether|total)\b", re.I)
# a part of a told group named before the next victim: "three of the shootings", "two of them",
# "one of the victims", a sentence that starts "One was ..."
_PART = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) of "
                   r"(?:the|them|those|these)\b|(?:^|[.!?;]\s+)One (?:was|is|had|has|died|"
                   r"suffered|remained|remains)\b", re.I)
_ORDINAL_VALUE = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10}


def part_of_total(claim: Claim, base: Claim, text: str) -> bool:
    """Whether a victim told as more (``MORE``: "another man", "a woman was also hurt") is one of
    a group of several told before it rather than one more: the group is told as a total ("a
    total of four", "in all", "altogether"), or its parts are being told one by one between the
    two ("Two people were hurt. One was hit in the arm. A woman was also hurt"; "three of the
    shootings happened inside ... another man was found wounded"), or the victim's ordinal is
    within the group ("four were hurt ... a fourth person"). Not where the victim's sex sets
    them apart from a group of the other sex ("two men ... a woman was also killed"), nor a
    group as large as the group told ("two others were also hurt")."""
    base_low, low = _bounds(base)[0], _bounds(claim)[0]
    if base_low is None or low is None or base_low < 2 or low >= base_low:
        return False
    if base.evidence.end > claim.evidence.start:
        return False
    sexes = sex_of(base), sex_of(claim)
    if all(sexes) and sexes[0] != sexes[1]:
        return False
    lower = [w.casefold() for w in words_of(claim.evidence.text)]
    ordinals = [_ORDINAL_VALUE[w] for w in lower if w in _ORDINAL_VALUE]
    if ordinals:
        return max(ordinals) <= base_low
    if text and _TOTAL.search(_sentence_around(text, base.evidence.start)):
        return True
    between = text[base.evidence.end:claim.evidence.start] if text else ""
    return bool(_PART.search(between))


def _sentence_around(text: str, start: int) -> str:
    """The article's sentence (by its punctuation) that holds the offset ``start``."""
    begin = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    return text[begin:start] + _rest_of_sentence(text, start)


def _read_twice(a: Claim, b: Claim) -> bool:
    """One phrase read twice: one claim's words inside the other's, of one victim group ("A
    man, one of the victims, has died" and "one of the victims, has died"; not "a soldier and a
    civilian were killed" and "a civilian were killed")."""
    inside = (a.evidence.start <= b.evidence.start and b.evidence.end <= a.evidence.end
              or b.evidence.start <= a.evidence.start and a.evidence.end <= b.evidence.end)
    return inside and a.victims == b.victims and _bounds(a) == _bounds(b)


def _rest_of_sentence(text: str, end: int) -> str:
    """The article's words after ``end`` up to the end of their sentence."""
    if not text or end >= len(text):
        return ""
    stop = min((i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0),
               default=len(text))
    return text[end:stop]
