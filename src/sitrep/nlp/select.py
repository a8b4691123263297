"""Sentence selection: which sentences are worth parsing.

The parser is the expensive step, and many sentences of a news article carry no event and no
casualty claim. ``select`` looks at the words of each sentence (no model) and keeps it when it has
a cue that an extractor could act on:

- a casualty word: every lemma of ``resources/casualty_outcomes.tsv``, inflected, and the extra
  words of ``resources/select_cues.tsv`` (losses, toll, victims, homes, ...);
- an event trigger: every lemma of ``resources/event_triggers.tsv``, inflected; a lemma that is a
  trigger only with a required neighbour ("open fire", "grant asylum") needs that neighbour too,
  and a neighbour that is a function word ("call for", "pull out", "look into") within a few
  words after it; a form that its neighbours show to be another word class than its rows need
  is no cue (``select_shape``: "the use of", "in March", "back in 2019", "an armed man",
  "given that");
- a number of people: a number (digits or a number word) followed within four words by a noun for
  people or a demonym ("19 Armenians", "dozens of civilians"), with one of the cues above: a
  count alone ("Some 300 villagers live near the dam") is no event and no claim, since events
  need a trigger and claims an outcome word (in 400 news-mix articles, none of the 126
  sentences with a count and no other cue held an event's or a claim's evidence; leaving them
  unparsed drops 3.5% of the parsed characters and changes no event or claim of the eval sets).

Around kept sentences, two kinds of neighbours are kept as well: a sentence naming a date
("On Monday ...", "Last week ...") next to a sentence with a trigger or a casualty word, and a
sentence with a reporting word ("said", "according to", "officials") next to a casualty sentence,
so that the date and the claimant of an event can still be found. The lead (first sentence) is
always kept.

Recall-safe by construction: the surface forms are generated generously from the extractors' own
lexicons (every regular inflection, a table of irregular ones, British and American spellings), so
a sentence in which the extractors would find a trigger or a casualty word is never dropped. Only
sentences with none of these cues are skipped. ``Pipeline(select_sentences=False)`` parses
everything, to measure what selection costs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.nlp.segment import Segment
from sitrep.nlp.select_needs import LEXICON_NEEDS, need_words
from sitrep.nlp.select_shape import (
    ADVERB_FORMS,
    CONJUNCTIONS,
    FUNCTION_WORDS,
    MONTHS,
    FormKind,
    not_verb,
    some_verb,
)
from sitrep.resources import read_tsv

VERSION = "sitrep.select.v12"  # v12: the session-46 trigger rows (surround, barricades,
# relief handed out, blocked roads).
# v11: hyphenated triggers ("sit-in", "stay-away"), custody and
# branding cues.
# v10: rows for places shut and lines cut (gated by their
# place and line words), forces stationed and states of exception.
# v9: a trigger whose neighbours show it is not the part of
# speech its rows need (a noun after an article, a month before a number, "back in") keeps no
# sentence; new rows for charges with custody, gunfire, restrictions and custody moves.
# v8: a count of people alone no longer keeps a sentence;
# media closures, crowds driven back and ground taken need their words.
# v7: every structural need read from the parse keeps the
# sentence on its trigger (supply, lend, arm ...), unless a word it cannot be met without is absent.
# v6: cues of relief arriving and call-ups.
# v5: reprisal, envoy and ordered-out cues parsed.
# v4: new trigger rows' cues (dispute, examine ...).
# v3: sentences naming contraband are parsed (seizures).
# v2: irregular verbs from WordNet; words whose needs are read
# from the parse always parsed; "qu" doubles a final consonant.

# Irregular forms of verbs that appear (or may appear) in the lexicons.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "arise": ("arose", "arisen"), "bear": ("bore", "borne"), "beat": ("beaten",),
    "begin": ("began", "begun"), "bite": ("bit", "bitten"), "blow": ("blew", "blown"),
    "break": ("broke", "broken"), "bring": ("brought",), "burn": ("burnt",),
    "build": ("built",), "buy": ("bought",), "catch": ("caught",), "come": ("came",),
    "cut": ("cut",), "die": ("died", "dying"),
    "do": ("did", "done"), "drive": ("drove", "driven"), "fall": ("fell", "fallen"),
    "feel": ("felt",), "fight": ("fought",), "find": ("found",), "flee": ("fled", "fleeing"),
    "forbid": ("forbade", "forbidden"), "forsake": ("forsook", "forsaken"),
    "freeze": ("froze", "frozen"), "give": ("gave", "given"), "go": ("went", "gone"),
    "hang": ("hung",), "hide": ("hid", "hidden"), "hit": ("hit",), "hold": ("held",),
    "hurt": ("hurt",), "keep": ("kept",), "lay": ("laid",), "lead": ("led",),
    "leave": ("left",), "lie": ("lay", "lain", "lying"), "lose": ("lost",),
    "make": ("made",), "meet": ("met",), "mislead": ("misled",), "overrun": ("overran",),
    "overthrow": ("overthrew", "overthrown"), "put": ("put",), "ride": ("rode", "ridden"),
    "rise": ("rose", "risen"), "run": ("ran",), "say": ("said",), "seek": ("sought",),
    "sell": ("sold",), "send": ("sent",), "set": ("set",), "shake": ("shook", "shaken"),
    "shoot": ("shot",), "shut": ("shut",), "sink": ("sank", "sunk"), "slay": ("slew", "slain"),
    "speak": ("spoke", "spoken"), "split": ("split",), "spread": ("spread",), "stand": ("stood",),
    "steal": ("stole", "stolen"), "strike": ("struck", "stricken"), "swear": ("swore", "sworn"),
    "take": ("took", "taken"), "teach": ("taught",), "tear": ("tore", "torn"),
    "tell": ("told",), "think": ("thought",), "throw": ("threw", "thrown"),
    "undertake": ("undertook", "undertaken"), "uphold": ("upheld",), "wear": ("wore", "worn"),
    "win": ("won",),
    "withdraw": ("withdrew", "withdrawn"), "withhold": ("withheld",), "write": ("wrote", "written"),
    "overtake": ("overtook", "overtaken"), "forgive": ("forgave", "forgiven"),
    "child": ("children",), "man": ("men",), "woman": ("women",), "person": ("people",),
    "life": ("lives",), "wife": ("wives",), "thief": ("thieves",),
    # the other irregular verbs of English (past and participle forms from WordNet 3.0's
    # verb.exc, read once offline): a cue written <sweep> also matches "swept"
    "awake": ("awoke", "awoken"), "become": ("became",), "befall": ("befallen", "befell"),
    "behold": ("beheld", "beholden"), "bend": ("bent",), "bet": ("betted",),
    "bid": ("bade", "bidden"), "bind": ("bound",), "bleed": ("bled",), "breed": ("bred",),
    "choose": ("chose", "chosen"), "cling": ("clung",), "creep": ("crept",), "deal": ("dealt",),
    "dig": ("dug",), "dive": ("dove",), "draw": ("drawn", "drew"), "dream": ("dreamt",),
    "drink": ("drank", "drunk"), "dwell": ("dwelt",), "eat": ("ate", "eaten"),
    "feed": ("fed", "feed"), "fling": ("flung",), "fly": ("flew", "flown"),
    "foresee": ("foresaw", "foreseen"), "forget": ("forgot", "forgotten"),
    "get": ("got", "gotten"), "grind": ("ground",), "grow": ("grew", "grown"),
    "have": ("had", "has"), "hear": ("heard",), "kneel": ("knelt",), "know": ("knew", "known"),
    "lean": ("leant",), "leap": ("leapt",), "learn": ("learnt",), "lend": ("lent",),
    "light": ("lit",), "mean": ("meant",), "mistake": ("mistaken", "mistook"),
    "overcome": ("overcame",), "pay": ("paid",), "prove": ("proven",), "quit": ("quitted",),
    "rid": ("ridded",), "ring": ("rang", "rung"), "saw": ("sawn",), "see": ("saw", "seen"),
    "sew": ("sewn",), "shed": ("shed",), "shine": ("shone",), "show": ("shown",),
    "shrink": ("shrank", "shrunk", "shrunken"), "sing": ("sang", "sung"), "sit": ("sat",),
    "sleep": ("slept",), "slide": ("slid", "slidden"), "sling": ("slung",), "smell": ("smelt",),
    "sow": ("sown",), "speed": ("sped",), "spend": ("spent",), "spill": ("spilt",),
    "spin": ("spun",), "spit": ("spat", "spitted"), "spoil": ("spoilt",),
    "spring": ("sprang", "sprung"), "stick": ("stuck",), "sting": ("stung",),
    "stink": ("stank", "stunk"), "stride": ("stridden", "strode"), "string": ("strung",),
    "strive": ("striven", "strove"), "sweep": ("swept",), "swell": ("swollen",),
    "swim": ("swam", "swum"), "swing": ("swung",), "thrive": ("thriven", "throve"),
    "tread": ("trod", "trodden"), "undergo": ("undergone", "underwent"),
    "understand": ("understood",), "wake": ("woke", "woken"), "weave": ("wove", "woven"),
    "weep": ("wept",), "wind": ("wound",), "withstand": ("withstood",), "wring": ("wrung",),
}

NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundreds?|thousands?|millions?|billions?|dozens?|scores|tens|several|numerous|"
    "half|couple|handful|a single|one person|one man|one woman|one child|one soldier"
)

DATE_WORDS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"overnight|january|february|march|april|june|july|august|september|october|november|"
    r"december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|"
    r"(?:last|this|next|previous|past|same|that)\s+(?:week|month|year|weekend|morning|"
    r"afternoon|evening|night|day)|weeks?\s+ago|days?\s+ago|months?\s+ago|earlier\s+this|"
    r"\bmay\s+\d"
)

REPORTING = (
    r"said|says|say|saying|told|tells|according|report(?:s|ed|ing)?|claim(?:s|ed|ing)?|"
    r"announc\w*|confirm\w*|statement|stated|sources?|officials?|spokes\w*|ministry|"
    r"quot(?:e|ed|ing)|cit(?:e|ed|ing)"
)

_VOWELS = set("aeiou")


def inflections(lemma: str, pos: str = "*") -> set[str]:
    """Surface forms (lower case) of ``lemma``, a word or a phrase, that a lemmatiser maps back to
    it. Generous on purpose: an extra form only keeps a few more sentences; a missing form could
    lose an event. A phrase gives every combination of the forms of its words. ``pos`` ``N``
    (a lemma that is a trigger only as a noun) gives the noun forms only: "accord", "accords",
    not "according"."""
    words = lemma.lower().split()
    if not words:
        return set()
    combos = [""]
    for word in words:
        forms = _noun_forms(word) if pos == "N" and len(words) == 1 else _word_forms(word)
        combos = [f"{c} {f}".strip() for c in combos for f in sorted(forms)]
    return set(combos)


PREFIXES = ("re", "over", "under", "out", "with", "mis", "up", "fore")


def irregular(word: str) -> tuple[str, ...]:
    """Irregular forms of ``word``, also behind a prefix ("retake": "retook", "retaken")."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    for prefix in PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and rest in IRREGULAR and len(rest) > 2:
            return tuple(prefix + f for f in IRREGULAR[rest])
    return ()


def _noun_forms(word: str) -> set[str]:
    forms = {word, word + "s", word + "es"}
    forms.update(f for f in irregular(word) if f.endswith(("en", "es", "s", "le")))
    if len(word) > 2 and word.endswith("y") and word[-2] not in _VOWELS:
        forms.add(word[:-1] + "ies")
    if word.endswith("f"):
        forms.add(word[:-1] + "ves")
    if word.endswith("fe"):
        forms.add(word[:-2] + "ves")
    return forms | _spelling_variants(word, forms)


def _word_forms(word: str) -> set[str]:
    if not word.isalpha():
        return {word}
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    forms.update(irregular(word))
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("ie"):
        forms.add(word[:-2] + "ying")
    if len(word) > 2 and word.endswith("y") and word[-2] not in _VOWELS:
        forms.update({word[:-1] + "ies", word[:-1] + "ied"})
    if word.endswith("f"):
        forms.add(word[:-1] + "ves")
    if word.endswith("fe"):
        forms.add(word[:-2] + "ves")
    if (len(word) >= 3 and word[-1] not in _VOWELS | {"w", "x", "y"}
            and word[-2] in _VOWELS and (word[-3] not in _VOWELS or word[-4:-2] == "qu")):
        # ("qu" is a consonant: "acquit", "acquitted"; "quit", "quitting")
        forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    if word.endswith("l"):  # British doubling: "labelled", "travelling"
        forms.update({word + "led", word + "ling"})
    if word.endswith("ing"):  # "killing" as a noun lemma: "killings"
        forms.add(word + "s")
    return forms | _spelling_variants(word, forms)


_SPELLINGS = (("ise", "ize"), ("ize", "ise"), ("isation", "ization"), ("ization", "isation"),
              ("our", "or"))


def _spelling_variants(word: str, forms: set[str]) -> set[str]:
    """British and American spellings of the forms ("mobilise" / "mobilize")."""
    for brit, amer in _SPELLINGS:
        if word.endswith(brit):
            stem = word[: -len(brit)]
            tail = brit[: 2] if brit != "our" else brit
            swap = amer[: 2] if amer != "or" else amer
            return {stem + swap + f[len(stem) + len(tail):] for f in forms if f.startswith(stem + tail)}
    return set()


def _rows(name: str) -> list[dict[str, str]]:
    try:
        return read_tsv(name)
    except FileNotFoundError:
        return []


class _Lexicon:
    """Surface forms of a set of lemmas, looked up token by token (phrases by n-grams)."""

    def __init__(self, lemmas: Iterable[str]) -> None:
        self.words: set[str] = set()
        self.phrases: dict[str, set[str]] = {}  # first word -> whole phrases
        for lemma in lemmas:
            self.add(inflections(lemma))

    def add(self, forms: Iterable[str]) -> None:
        for form in forms:
            form = form.replace("-", " ")  # "sit-in": the tokens "sit" "in" (``TOKEN_PATTERN``)
            if " " in form:
                self.phrases.setdefault(form.split(" ", 1)[0], set()).add(form)
            else:
                self.words.add(form)

    def any(self, tokens: Sequence[str], token_set: set[str]) -> bool:
        return not self.words.isdisjoint(token_set) or self.phrase(tokens, token_set)

    def phrase(self, tokens: Sequence[str], token_set: set[str]) -> bool:
        """Whether a phrase of the lexicon is in ``tokens``."""
        if token_set.isdisjoint(self.phrases):  # no phrase starts in the text: no token walk
            return False
        for i, tok in enumerate(tokens):
            for phrase in self.phrases.get(tok, ()):
                n = phrase.count(" ") + 1
                if " ".join(tokens[i:i + n]) == phrase:
                    return True
        return False


@dataclass(frozen=True)
class Cues:
    casualty: _Lexicon
    trigger: _Lexicon  # triggers that need no neighbour
    conditional: dict[str, tuple[set[str], set[str]]]  # lemma -> (its forms, neighbour forms)
    victims: set[str]  # forms of victim nouns and demonyms (lower case)
    complete: bool = True  # False when a lexicon is missing: then every sentence is kept
    # every form of every conditional trigger: a text with none of them needs no look at
    # each trigger's neighbours
    conditional_forms: frozenset[str] = frozenset()
    # trigger forms that another word class may take, by their neighbours (``select_shape``):
    # such a form keeps a sentence only where one of its occurrences may be the verb
    shapes: dict[str, FormKind] = field(default_factory=dict)
    # a conditional trigger's function-word neighbours ("call for", "pull out", "look into"):
    # a child of the trigger, so after it in the sentence
    after: dict[str, set[str]] = field(default_factory=dict)
    # forms of a trigger's noun rows that need words of their own ("came under fire"): the
    # noun reading keeps a shaped form only where one of those words is in the sentence
    noun_gates: dict[str, frozenset[str]] = field(default_factory=dict)


TOKEN_PATTERN = re.compile(r"[a-z]+|\d[\d,.]*", re.IGNORECASE)
NUMBER_PATTERN = re.compile(rf"^(?:\d[\d,.]*|{NUMBER_WORDS})$", re.IGNORECASE)
DATE_PATTERN = re.compile(rf"\b(?:{DATE_WORDS})", re.IGNORECASE)
REPORTING_PATTERN = re.compile(rf"\b(?:{REPORTING})\b", re.IGNORECASE)


def tokens(text: str) -> list[str]:
    if text.isascii():  # the same tokens: lower case changes no ASCII token's extent
        return TOKEN_PATTERN.findall(text.lower())
    return [t.lower() for t in TOKEN_PATTERN.findall(text)]


# structural requirements of the trigger table (``events.lexicon``) whose words come from a
# lexicon of their own: a row with one of them is kept only with one of those words
# ("@contraband": resources/contraband.tsv; "@menace": resources/menace.tsv; "@forces",
# "@posted", "@operation": resources/armed_forces.tsv; "@relief": resources/relief_goods.tsv;
# "@hurled", "@forced": resources/missiles.tsv). Every other structural requirement ("@person",
# "@transfer", "@line", "@term", "@acquitted", ...) is read from the parse alone: a row with one
# keeps the sentence on its trigger alone, unless ``NEED_WORDS`` names a word the structure
# cannot be met without. (Once only a fixed list of them was, and the others were looked for as
# if they were words: "supplied", "lent", "spoke by telephone" were no cue.)
# a function word a conditional trigger needs follows it within this many words ("called on
# the government", "called the strike off", "called repeatedly for")
AFTER_WINDOW = 6


@lru_cache(maxsize=1)
def cues() -> Cues:
    """The cue lexicons, built once per process from the lexicons in ``sitrep/resources``."""
    casualty = {r["lemma"] for r in _rows("casualty_outcomes.tsv") if r.get("lemma")}
    extra = {r["word"] for r in _rows("select_cues.tsv") if r.get("word")}
    contraband = {r["word"] for r in _rows("contraband.tsv") if r.get("word")}
    menace = {r["word"] for r in _rows("menace.tsv") if r.get("word")}
    forces = {r["word"] for r in _rows("armed_forces.tsv") if r.get("word")}
    relief = {r["word"] for r in _rows("relief_goods.tsv") if r.get("word")}
    missiles = {r["word"] for r in _rows("missiles.tsv") if r.get("word")}
    unconditional: set[str] = set()
    bare: set[str] = set()  # lemmas with a row that needs nothing
    needs: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}  # lemma -> function words that follow it as its child
    pos_of: dict[str, set[str]] = {}
    ungated_pos: dict[str, set[str]] = {}  # the word classes of rows other than word-gated nouns
    gated_nouns: dict[str, set[str]] = {}  # lemma -> the words its word-gated noun rows need
    for row in _rows("event_triggers.tsv"):
        lemma = (row.get("trigger") or "").strip().lower()
        if not lemma:
            continue
        pos_of.setdefault(lemma, set()).add((row.get("pos") or "*").strip() or "*")
        with_ = (row.get("with") or "-").strip()
        if with_ in ("", "-"):
            bare.add(lemma)
        parts = [part.lstrip("^") for part in with_.split("|") if part.strip("^")]
        children = {part for part in with_.split("|") if part and not part.startswith(("^", "@"))}
        parsed = [p for p in parts if p.startswith("@") and p not in LEXICON_NEEDS]
        worded = {p: need_words(p, lemma) for p in parsed}
        pos = (row.get("pos") or "*").strip() or "*"
        if pos == "N" and parsed and parsed == parts and all(worded.values()):
            gated_nouns.setdefault(lemma, set()).update(w for ws in worded.values()
                                                         for w in ws or ())
        else:
            ungated_pos.setdefault(lemma, set()).add(pos)
        if with_ in ("", "-") or any(words is None for words in worded.values()):
            unconditional.add(lemma)  # (a blow to a person is read from the parse)
        else:
            words = [p for p in parts if p not in worded] + [w for ws in worded.values()
                                                             for w in ws or ()]
            children |= {w for ws in worded.values() for w in ws or ()}
            after.setdefault(lemma, set()).update(w for w in words if w in FUNCTION_WORDS
                                                  and w in children)
            needs.setdefault(lemma, set()).update(w for w in words if w not in FUNCTION_WORDS
                                                  or w not in children)
            if "@contraband" in with_:  # contraband found by state forces: its words
                needs[lemma] |= contraband
            if "@menace" in with_:  # a weapon shown to menace, a note handed over: their words
                needs[lemma] |= menace
            if any(n in with_ for n in ("@forces", "@posted", "@operation")):
                needs[lemma] |= forces  # armed people, an operation launched: their words
            if "@relief" in with_:  # relief sent or carried: its words
                needs[lemma] |= relief
            if "@hurled" in with_ or "@forced" in with_:  # a weapon thrown, fired or used,
                needs[lemma] |= missiles  # force told by its weapon: its words
    conditional = {}
    for lemma in needs.keys() | after.keys():
        if lemma not in unconditional:
            near: set[str] = set()
            for word in needs.get(lemma, ()):
                near |= inflections(word)
            conditional[lemma] = (_trigger_forms(lemma, pos_of), near)
    after = {lemma: words for lemma, words in after.items() if lemma in conditional and words}
    victims: set[str] = set()
    for row in _rows("casualty_victims.tsv"):
        victims |= inflections(row.get("word") or "")
    for row in _rows("demonyms.tsv"):
        victims |= inflections(row.get("term") or "")
    complete = bool(unconditional) and bool(casualty - extra)
    triggers = _Lexicon(())
    for lemma in unconditional:
        triggers.add(_trigger_forms(lemma, pos_of))
    shape_pos = {lemma: ungated_pos.get(lemma) or pos for lemma, pos in pos_of.items()}
    shapes = _shapes(unconditional | conditional.keys(), shape_pos, bare)
    noun_gates: dict[str, frozenset[str]] = {}
    for lemma, words in gated_nouns.items():
        if lemma in ungated_pos:  # a verb trigger whose noun reading needs its words
            near = frozenset().union(*(inflections(w) for w in words))
            for form in inflections(lemma, "N"):
                noun_gates[form] = noun_gates.get(form, frozenset()) | near
    return Cues(_Lexicon(casualty | extra), triggers, conditional, victims, complete,
                frozenset().union(*(forms for forms, _ in conditional.values())), shapes, after,
                noun_gates)


def _shapes(lemmas: Iterable[str], pos_of: dict[str, set[str]],
            bare: set[str]) -> dict[str, FormKind]:
    """The trigger forms whose neighbours may show them to be no verb (``select_shape``): the
    base and -s forms of verb-only lemmas (nouns after an article), the participles of
    verb-only lemmas every row of which needs an argument (adjectives), the adverbs among
    verb-only forms, and month names. A form shared by lemmas is shaped only as all of them
    allow."""
    kinds: dict[str, list[FormKind]] = {}
    for lemma in lemmas:
        verb_only = pos_of.get(lemma) == {"V"} and " " not in lemma
        forms = _trigger_forms(lemma, pos_of)
        plain = {lemma, lemma + "s", lemma + "es"}
        if lemma.endswith("y"):
            plain.add(lemma[:-1] + "ies")
        plain |= _spelling_variants(lemma, plain)
        for form in forms:
            kind = FormKind(
                plain=verb_only and form in plain,
                participle=verb_only and lemma not in bare and form not in plain
                and not form.endswith("ing"),
                adverb=verb_only and form in ADVERB_FORMS)
            kinds.setdefault(form, []).append(kind)
    shapes = {}
    for form, ks in kinds.items():
        kind = FormKind(all(k.plain for k in ks), all(k.participle for k in ks),
                        all(k.adverb for k in ks))
        if kind != FormKind() or form in MONTHS or form in CONJUNCTIONS:
            shapes[form] = kind
    return shapes


def _trigger_forms(lemma: str, pos_of: dict[str, set[str]]) -> set[str]:
    """Noun forms for a lemma that is a trigger only as a noun; all forms otherwise."""
    return inflections(lemma, "N" if pos_of.get(lemma) == {"N"} else "*")


def number_with_victims(toks: Sequence[str], victims: set[str]) -> bool:
    """A number followed within four words by a noun for people ("19 Armenians", "five
    soldiers")."""
    checked = -1  # the numbers are looked for in the four words before each noun for people
    for j, tok in enumerate(toks):
        if tok in victims:
            for i in range(max(j - 4, checked + 1, 0), j):
                if NUMBER_PATTERN.match(toks[i]):
                    return True
            checked = j - 1
    return False


def kinds(text: str) -> set[str]:
    """The cues ``text`` has: ``casualty``, ``trigger``, ``number``."""
    c = cues()
    toks = tokens(text)
    found = set()
    token_set = set(toks)
    if c.casualty.any(toks, token_set):
        found.add("casualty")
    if has_trigger(text, toks, token_set):
        found.add("trigger")
    if not token_set.isdisjoint(c.victims) and number_with_victims(toks, c.victims):
        found.add("number")
    return found


def has_trigger(text: str, toks: Sequence[str], token_set: set[str]) -> bool:
    """Whether the sentence has a trigger form that may be its trigger: a form of a trigger
    that needs no neighbour, or of a conditional one with its neighbour (a function word after
    it), where one occurrence of the form may be the word class its rows need."""
    c = cues()
    cased: list[str] = []

    def verb_in(forms: set[str]) -> bool:
        if forms.isdisjoint(c.shapes) or not forms <= c.shapes.keys():
            return True
        if any(not c.noun_gates.get(form, frozenset()).isdisjoint(token_set) for form in forms):
            return True  # the noun reading of a form, with the words it needs ("under fire")
        if not cased:
            cased.extend(TOKEN_PATTERN.findall(text))
        return some_verb(cased, toks, c.shapes, forms)

    hits = token_set.intersection(c.trigger.words)
    if hits and verb_in(hits):
        return True
    if c.trigger.phrase(toks, token_set):
        return True
    if token_set.isdisjoint(c.conditional_forms):
        return False
    for lemma, (forms, near) in c.conditional.items():
        present = forms.intersection(token_set)
        if not present:
            continue
        words = c.after.get(lemma, set())
        if not near.isdisjoint(token_set):
            if verb_in(present):
                return True
        elif not words.isdisjoint(token_set):
            if not cased:
                cased.extend(TOKEN_PATTERN.findall(text))
            if _followed(cased, toks, present, words, c.shapes):
                return True
    return False


def _followed(cased: Sequence[str], toks: Sequence[str], forms: set[str], words: set[str],
              shapes: dict[str, FormKind]) -> bool:
    """Whether an occurrence of ``forms`` that may be a verb has one of ``words`` after it."""
    for i, tok in enumerate(toks):
        if tok in forms and not (tok in shapes and not_verb(cased, i, shapes[tok])) and (
                not words.isdisjoint(toks[i + 1:i + 1 + AFTER_WINDOW])):
            return True
    return False


def has_cue(text: str) -> bool:
    """True when ``text`` has a casualty word, an event trigger or a number of people."""
    return bool(kinds(text))


def select(segments: Sequence[Segment]) -> list[bool]:
    """Which of an article's sentences to parse (True = parse)."""
    if not cues().complete:  # without the extractors' lexicons nothing can be dropped safely
        return [True] * len(segments)
    found = [kinds(s.text) for s in segments]
    keep = [bool(k - {"number"}) for k in found]
    if not segments:
        return keep
    keep[0] = True  # the lead
    for i, seg in enumerate(segments):
        if keep[i]:
            continue
        near = [found[j] for j in (i - 1, i + 1) if 0 <= j < len(segments)]
        if any("trigger" in k or "casualty" in k for k in near) and DATE_PATTERN.search(seg.text):
            keep[i] = True
        elif any("casualty" in k for k in near) and REPORTING_PATTERN.search(seg.text):
            keep[i] = True
    return keep


def stats(segments: Sequence[Segment], keep: Sequence[bool]) -> tuple[int, int]:
    """(characters kept, characters in all) for a selection."""
    kept = sum(len(s.text) for s, k in zip(segments, keep, strict=True) if k)
    return kept, sum(len(s.text) for s in segments)
