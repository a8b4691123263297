"""Lexicons for actor coding and a phrase matcher over them.

Sources (TSV files in this folder, each with a header line):

- ``organisations.tsv``: armed groups, parties, security services, legislatures, government
  bodies, NGOs, media, navies' ship prefixes ("USS", "HMS": ``ship_name_end``) (alias, name,
  country, sector);
- ``people.tsv``: current and recent heads of state and government, foreign and defence
  ministers, military and intelligence chiefs, heads of IGOs, armed-group leaders (name,
  aliases separated by ``|``, country, sector, office, first and last year in that role; a
  person who held several roles or terms has one line for each: ``Matcher.person_roles``);
- ``titles.tsv``: titles, offices and group nouns -> sector (term, sector, office, role);
- ``actor_nouns.tsv``: about 2,000 more nouns of people and military equipment -> sector,
  derived from the WordNet noun hierarchy by ``scripts/actor_nouns_from_wordnet.py`` (a noun
  takes the sector of the nearest anchor above its first sense: "midwife" < nurse < health
  professional -> HLH, "looter" < thief < criminal -> CRM); ``titles.tsv`` wins where both list
  a word;
- ``peoples.tsv``: peoples that live mostly in one country ("Yoruba", "Uyghur", "Bosniak"),
  named like demonyms (ethnic names shared by several countries, "Fulani", "Kurds", are left
  out);
- countries, demonyms, capitals and IGOs from ``sitrep.resources.countries``.

``get_matcher().find(text)`` returns non-overlapping ``Mention``s (longest match first) with
character offsets into ``text``. Proper names match only when capitalised in the text; all-capital
abbreviations ("PAN", "WHO", "US") only when written in capitals; titles match in any case and in
any number: a title or group noun is listed once, in the singular, and its plural ("attorneys",
"secret services", "militiamen", "spies", "coaches") matches it (``singulars``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from sitrep.resources import read_tsv
from sitrep.resources.countries import country_tables, fold, igo_entry, lexicon_entries

# Kinds in order of priority when two entries share the same words.
KIND_PRIORITY = {"person": 0, "org": 1, "igo": 2, "country": 3, "capital": 4, "demonym": 5,
                 "surname": 6, "title": 7}
MAX_WORDS = 10
# abbreviated titles and ranks written before names (AP style: "Gov.", "Sen.", "Sgt.", "Det.")
# (in any case: the lexicon writes them in lower case, "sgt."); the lookahead (two to four
# letters and a full stop, as every one of them) spares trying the thirty at every word
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|(?i:(?=[a-z]{2,4}\.)(?:Lt|Gen|Col|Maj|Brig|Sgt|Capt|Adm|"
                    r"Cmdr|Cdr|Rep|Reps|Sen|Sens|Gov|Govs|Cpl|Pvt|Pfc|Spc|Det|Insp|Supt|Atty|"
                    r"Ofc|Tpr|Dep|Dr|Mr|Mrs|Ms|St|Jr)\.)|"
                    r"[^\W_]+(?:'[^\W_]+)?",
                    re.UNICODE)
_ABBREV = re.compile(r"^[A-Z][A-Z0-9.\-]*$")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'\u2019\-.]*) $")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201c(\n]\s*)$")
HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "madam", "mme", "m",
              "mr.", "mrs.", "ms.", "dr."}
# singulars of plural group nouns that are mostly something else ("used force")
SINGULAR_NOT_A_GROUP = {"force", "forc"}
# Surnames too common to identify a person alone.
_COMMON_SURNAMES = {
    "khan", "ali", "kim", "li", "wang", "hassan", "mohamed", "mohammed", "ahmed", "singh", "shah",
    "sharif", "castro", "moon", "may", "rama", "hadi", "lula", "michel", "wong", "henry", "wine",
    "salman", "shekau", "anand", "wu", "yi", "abe", "suga", "costa", "biden", "haqqani", "sall",
    "brown", "cameron", "johnson", "truss", "harris", "price", "burns", "austin", "kirby",
    "sullivan", "maas", "bashir", "gallant", "bennett", "hicks", "grandi", "griffiths",
    # surnames of leaders that are common names or words too ("Boko Haram", "El Chapo")
    "pena", "boko", "faye", "ibrahim", "chaves", "barrow", "conde", "chapo", "lungu", "talon",
    "nguema", "mbasogo", "shinawatra", "lasso",
}


def singulars(word: str) -> list[str]:
    """The singular forms an English plural ``word`` (folded) may have, most likely first:
    "spies" -> ["spy", "spie", "spies"[:-1]], "policemen" -> ["policeman"], "coaches" ->
    ["coach", "coache"]; [] for a word that cannot be a plural."""
    if len(word) < 4 or not word.endswith(("s", "men")) or word.endswith(("ss", "'s", "us")):
        return []
    if word.endswith("men"):
        return [word[:-3] + "man"]
    out = []
    if word.endswith("ves"):  # "midwives", "thieves", "wolves"
        out += [word[:-3] + "fe", word[:-3] + "f"]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    out.append(word[:-1])
    return out


# British endings and their American forms ("organiser", "organisations", "labour", "neighbours")
_BRITISH = re.compile(r"(?<=[a-z]{3})(?:is(?P<z>e|es|er|ers|ation|ations|ing)|our(?P<r>s|er|ers)?)$")


def american(word: str) -> str:
    """``word`` (lower case) spelled the American way ("organiser" -> "organizer",
    "organisations" -> "organizations", "labour" -> "labor"): the word lists derived from
    WordNet know only that spelling; the word itself where it has no British ending."""
    return _BRITISH.sub(lambda m: f"iz{m['z']}" if m["z"] else f"or{m['r'] or ''}", word)


def plurals(word: str) -> set[str]:
    """The regular English plurals a singular ``word`` may have ("refuge" -> "refuges", never
    "refugees"; "coach" -> "coaches"; "spy" -> "spies"; "thief" -> "thieves"; "policeman" ->
    "policemen"), to check a singular that ``singulars`` guessed."""
    out = {word + "s"}
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        out.add(word + "es")
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        out.add(word[:-1] + "ies")
    if word.endswith("f"):
        out.add(word[:-1] + "ves")
    if word.endswith("fe"):
        out.add(word[:-2] + "ves")
    if word.endswith("man"):
        out.add(word[:-3] + "men")
    return out


@dataclass(frozen=True)
class Entry:
    kind: str  # person | org | igo | country | capital | demonym | surname | title
    name: str  # normalised name (person, organisation, IGO, country code, title office)
    country: str | None  # ISO3 / UNO / EUR / IGO, or None
    sector: str | None
    office: str | None = None
    start: int | None = None  # person: first year in the role
    end: int | None = None  # person: last year in the role (None: still in office)
    case: str = "any"  # any | cap (first letter capitalised) | exact (all capitals)
    role: str = ""  # titles: "name" for a word that only ends business names ("Steel"),
    # "noun" for a common noun of WordNet's (actor_nouns.tsv)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entry: Entry

    @property
    def kind(self) -> str:
        return self.entry.kind


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of each word; "U.S." is one word, hyphens separate words."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text.replace("\u2019", "'"))]


def _key(surface: str) -> tuple[str, ...]:
    return tuple(fold(t) for _, _, t in tokens(surface))


def _case_of(surface: str, kind: str) -> str:
    if kind == "title":
        return "exact" if surface in ("MP", "MPs") else "any"
    if surface[:1].islower():
        return "any"  # a name the lexicon writes in lower case ("al-Shabaab", "anti-balaka")
    compact = surface.replace(" ", "")
    if _ABBREV.match(compact) and len(compact.replace(".", "")) <= 6:
        return "exact"
    return "cap"


def _int(value: str) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


class Matcher:
    def __init__(self) -> None:
        self.table: dict[tuple[str, ...], list[tuple[Entry, str]]] = {}
        for surface, code, kind, case_sensitive in lexicon_entries():
            case = "exact" if case_sensitive else "cap"
            if kind == "igo":
                igo = igo_entry(surface)
                if igo is None:  # folded alias: look it up by its folded form
                    igo = _tables_igo(surface)
                self._add(surface, Entry("igo", igo.name if igo else surface, code,
                                         igo.sector if igo else "IGO", case=case))
            else:
                self._add(surface, Entry(kind, surface, code, None, case=case))
        for row in read_tsv("peoples.tsv"):
            # peoples that live mostly in one country ("Yoruba elders", "Uyghurs"): named like
            # a demonym, for the actors only (a place or a side is not named so)
            self._add(row["term"], Entry("demonym", row["term"], row["iso3"], None, case="cap"))
        for row in read_tsv("organisations.tsv"):
            self._add(row["alias"], Entry("org", row["name"], row["country"] or None,
                                          row["sector"] or None,
                                          case=_case_of(row["alias"], "org")))
        surnames: dict[str, list[Entry]] = {}
        self.roles: dict[str, list[Entry]] = {}  # folded name -> one entry per role held
        for row in read_tsv("people.tsv"):
            names = [row["name"], *[a for a in row["aliases"].split("|") if a]]
            for alias in names:
                entry = Entry("person", row["name"], row["country"] or None,
                              row["sector"] or None, row["office"] or None,
                              _int(row["start"]), _int(row["end"]),
                              case=_case_of(alias, "person"))
                self._add(alias, entry)
            self.roles.setdefault(fold(row["name"]), []).append(entry)
            last = _key(row["name"])[-1:]
            if last:
                surnames.setdefault(last[0], []).append(
                    Entry("surname", row["name"], row["country"] or None, row["sector"] or None,
                          row["office"] or None, _int(row["start"]), _int(row["end"]),
                          case="cap"))
        for last, entries in surnames.items():
            if len({e.name for e in entries}) == 1 and len(last) >= 4 \
                    and last not in _COMMON_SURNAMES:
                self._add(last, entries[0])
        for row in read_tsv("titles.tsv"):
            # role "name": a word that ends the names of businesses ("Marden Steel"), only
            # when capitalised (the steel of a bridge is no company)
            self._add(row["term"], Entry("title", row["office"] or row["term"], None,
                                         row["sector"] or None, row["office"] or None,
                                         case="cap" if row["role"] == "name"
                                         else _case_of(row["term"], "title"),
                                         role="name" if row["role"] == "name" else ""))
        # a plural group noun of the hand list names its singular too ("attackers" ->
        # "an attacker", "traffickers" CRM -> "a trafficker" CRM, not WordNet's merchant)
        singular_keys: dict[tuple[str, ...], Entry] = {}
        for key, bucket in self.table.items():
            title = next((e for e, _ in bucket if e.kind == "title"), None)
            if title is None or title.role == "name" or title.office is not None:
                continue
            for form in singulars(key[-1]):
                if form not in SINGULAR_NOT_A_GROUP and key[-1] in plurals(form):
                    singular_keys.setdefault((*key[:-1], form), title)
        for key, title in singular_keys.items():
            if key not in self.table:
                self._add(" ".join(key), title)
        for row in read_tsv("actor_nouns.tsv"):
            # the nouns WordNet files under a sector's anchor; the hand lists above win
            if _key(row["term"]) not in self.table:
                self._add(row["term"], Entry("title", row["term"], None, row["sector"],
                                             None, case="any", role="noun"))

    def person_roles(self, name: str) -> list[Entry]:
        """Every role ``people.tsv`` lists for a person (one line each), earliest first."""
        return sorted(self.roles.get(fold(name), []), key=lambda e: e.start or 0)

    def _add(self, surface: str, entry: Entry, raw: str | None = None) -> None:
        key = _key(surface)
        if not key or len(key) > MAX_WORDS:
            return
        bucket = self.table.setdefault(key, [])
        if any(e == entry for e, _ in bucket):
            return
        bucket.append((entry, raw or surface))
        bucket.sort(key=lambda item: KIND_PRIORITY[item[0].kind])

    @staticmethod
    def _case_ok(entry: Entry, words: list[str]) -> bool:
        if entry.case == "any":
            return True
        if entry.case == "exact":
            return all(_capitals(w) for w in words)
        first = words[0]
        return first[:1].isupper() or first[:1].isdigit()

    def _prefixes(self) -> set[tuple[str, ...]]:
        """Every proper prefix of a key: a longer match can only start with one of them."""
        prefixes = getattr(self, "_prefix_set", None)
        if prefixes is None:
            prefixes = {key[:k] for key in self.table for k in range(1, len(key))}
            self._prefix_set = prefixes
        return prefixes

    def _first_words(self) -> set[str]:
        """The first word of every key: no mention can start at any other word."""
        first = getattr(self, "_first_word_set", None)
        if first is None:
            first = {key[0] for key in self.table if key}
            self._first_word_set = first
        return first

    @staticmethod
    def _may_start(word: str, first: set[str]) -> bool:
        """Whether a key can start at ``word``: itself, or (one-word keys, see ``lookup``)
        without a possessive or a plural s."""
        return word in first or (word.endswith("'s") and word[:-2] in first) or (
            word.endswith("'") and word[:-1] in first) or any(
            form in first for form in singulars(word))

    def lookup(self, words: list[str], folded: list[str] | None = None) -> Entry | None:
        """The best entry for exactly these words, or None."""
        if folded is None:
            folded = [fold(w) for w in words]
        candidates = [tuple(folded)]
        if folded and folded[-1].endswith("'s"):
            candidates.append((*folded[:-1], folded[-1][:-2]))
        elif folded and folded[-1].endswith("'"):
            candidates.append((*folded[:-1], folded[-1][:-1]))
        elif folded and folded[-1].endswith(".") and len(folded[-1]) > 2:
            # a name that ends a sentence where its last word is also an abbreviated title
            # ("to oppose Hun Sen.", "Sgt." is a word of its own)
            candidates.append((*folded[:-1], folded[-1][:-1]))
        for key in candidates:
            for entry, _ in self.table.get(key, ()):
                if self._case_ok(entry, words):
                    return entry
        if len(words) == 1 and folded[0].endswith("s") and len(folded[0]) > 3:
            for entry, _ in self.table.get((folded[0][:-1],), ()):
                if entry.kind == "demonym" and self._case_ok(entry, words):
                    return entry
        for form in singulars(folded[-1]) if folded else ():
            single = [*words[:-1], words[-1][:len(form)]]  # "MPs" -> "MP", for the case
            for entry, _ in self.table.get((*folded[:-1], form), ()):
                # a plural title: "attorneys", "secret services"
                if entry.kind == "title" and self._case_ok(entry, single):
                    return entry
        return None

    def _standalone(self, text: str, toks: list[tuple[int, int, str]], i: int, n: int) -> bool:
        """A surname alone, not part of a longer name ("Jean-Philippe", "Philippe Martin",
        "Commissioner Ruben Ortega": a capitalised word before it inside a sentence that is not
        a title, a country or another word of the lexicon is a first name)."""
        start, end = toks[i][0], toks[i + n - 1][1]
        if text[start - 1:start] == "-" or text[end:end + 1] == "-":
            return False
        if i + n < len(toks):
            nxt = toks[i + n]
            if nxt[0] == end + 1 and nxt[2][:1].isupper() and text[end] == " ":
                return False
        prev = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if prev is not None and prev.group(1)[:1].isupper() and not _SENTENCE_START.search(
                text, max(0, prev.start(1) - 4), prev.start(1)):
            word = re.sub(r"(?:'s|\u2019s)$", "", prev.group(1))
            if fold(word) not in HONORIFICS and (fold(word),) not in self.table:
                return False
        return True

    def _first_cases(self) -> dict[str, set[str]]:
        """The cases (``Entry.case``) of the entries of the keys starting with each word."""
        cases = getattr(self, "_first_case_sets", None)
        if cases is None:
            cases = {}
            for key, bucket in self.table.items():
                cases.setdefault(key[0], set()).update(entry.case for entry, _ in bucket)
            self._first_case_sets = cases
        return cases

    def _viable(self, word: str, folded: str) -> bool:
        """Whether a match can start at ``word`` (folded ``folded``): a key can start there
        (``_may_start``) and the case of the word suits one of the entries of such keys
        (``_case_ok`` looks at the first word: a capital, or all capitals)."""
        if not self._may_start(folded, self._first_words()):
            return False
        cases: set[str] = set()
        firsts = self._first_cases()
        for variant in (folded, folded[:-2], folded[:-1], *singulars(folded)):
            cases |= firsts.get(variant, set())
        return "any" in cases or ("cap" in cases and (word[:1].isupper() or word[:1].isdigit())
                                  ) or ("exact" in cases and _capitals(word))

    def _best(self, words: list[str], folded: list[str],
              kinds: frozenset[str] | None) -> tuple[int, Entry] | None:
        """The longest n (with its entry) such that ``words[:n]`` name an entry of ``kinds``;
        remembered by the words (at most 200,000 phrases)."""
        cache: dict[tuple, tuple[int, Entry] | None] | None = getattr(self, "_best_cache", None)
        if cache is None or len(cache) > 200_000:
            cache = self._best_cache = {}
        key = (kinds, *words)
        if key in cache:
            return cache[key]
        found = None
        for n in range(len(words), 0, -1):
            entry = self.lookup(words[:n], folded[:n])
            if entry is not None and (kinds is None or entry.kind in kinds):
                found = (n, entry)
                break
        cache[key] = found
        return found

    def find(self, text: str, kinds: set[str] | None = None) -> list[Mention]:
        """Non-overlapping mentions in ``text``, longest first, left to right.

        Remembered per text and kinds (up to ``FOUND_LIMIT`` texts, then afresh): the actor extractor
        reads every sentence, and the forces' votes (``found``), the coder and the event senses
        read the same sentences and phrases again. The caller gets its own list."""
        key = (text, None if kinds is None else frozenset(kinds))
        memo: dict[tuple[str, frozenset[str] | None], tuple[Mention, ...]] | None = getattr(
            self, "_found_memo", None)
        if memo is None or len(memo) > FOUND_LIMIT:
            memo = self._found_memo = {}
        found = memo.get(key)
        if found is None:
            found = memo[key] = tuple(self._find(text, kinds))
        return list(found)

    def _word_facts(self, words: list[str]) -> list[tuple[str, bool, bool]]:
        """(``fold_word(word)``, whether a match can start at it (``_viable``), whether it is
        a proper prefix of a key (a match starting at it may go on)) of each of ``words``,
        remembered per word (at most 200,000): one look-up per word of a sentence instead of
        the three memos each word went through."""
        facts: dict[str, tuple[str, bool, bool]] | None = getattr(self, "_facts", None)
        if facts is None or len(facts) > 200_000:
            facts = self._facts = {}
        get = facts.get
        rows = [get(word) for word in words]
        if None in rows:
            prefixes = self._prefixes()
            for k, word in enumerate(words):
                if rows[k] is None:
                    folded = fold_word(word)
                    rows[k] = facts[word] = (folded, self._viable(word, folded),
                                             (folded,) in prefixes)
        return rows  # type: ignore[return-value]

    def forget_texts(self) -> None:
        """Empty the per-text memo of ``find`` (the per-word memos stay): a measurement's
        rounds over the same sentences each find them anew (``scripts/extract_rounds.py``)."""
        self._found_memo = {}

    def _find(self, text: str, kinds: set[str] | None) -> list[Mention]:
        plain = text.replace("\u2019", "'")
        words = _TOKEN.findall(plain)
        facts = self._word_facts(words)
        starts = [k for k, fact in enumerate(facts) if fact[1]]
        if not starts:
            return []
        folded_all = [fact[0] for fact in facts]
        matches = _TOKEN.finditer(plain)  # the words again, read as far as a mention needs
        spans: list[tuple[int, int]] = []
        prefixes = self._prefixes()
        kinds_key = None if kinds is None else frozenset(kinds)
        out: list[Mention] = []
        i = 0
        for at in starts:
            if at < i:
                continue  # inside the mention found before
            i = at
            # n words can only match when their first n - 1 are a proper prefix of a key
            limit = min(MAX_WORDS, len(words) - i)
            longest = 1
            if limit > 1 and facts[i][2]:
                longest = 2
                while longest < limit and tuple(folded_all[i:i + longest]) in prefixes:
                    longest += 1
            found = self._best(words[i:i + longest], folded_all[i:i + longest], kinds_key)
            if found is None:
                i += 1
                continue
            n, entry = found
            upto = min(i + n + 1, len(words))  # the word after the mention too
            if len(spans) < upto:
                spans += [m.span() for m in islice(matches, upto - len(spans))]
            start, end = spans[i][0], spans[i + n - 1][1]
            if entry.kind == "surname" and not self._standalone(
                    text, [(*spans[k], words[k]) for k in range(i, upto)], 0, n):
                i += 1
                continue
            surface = text[start:end]
            if surface.endswith(".") and entry.kind != "title" and \
                    _key(surface) not in self.table:
                end -= 1  # "Hun Sen.": the name without the full stop
                surface = text[start:end]
            if surface.endswith("'s") or surface.endswith("\u2019s"):
                if entry.kind != "title" and _key(surface)[-1:] not in self.table:
                    end -= 2
                    surface = text[start:end]
            out.append(Mention(start, end, surface, entry))
            i += n
        return out


FOUND_LIMIT = 4096  # texts whose mentions ``Matcher.find`` remembers before it starts afresh

# the name of a ship after a navy's prefix: capitalised words and initials ("USS Carney",
# "USS Harry S. Truman", "HMS Queen Elizabeth")
_SHIP_NAME = re.compile(r"(?:[ \t]+(?:[A-Z][\w'\-]*|[A-Z]\.)){1,5}")


def ship_name_end(text: str, m: Mention) -> int | None:
    """Where the ship's name ends after a navy's ship prefix ``m`` in ``text`` ("USS Carney":
    a warship of the US Navy, not Mark Carney), else None (not a prefix, or no name after)."""
    if m.kind != "org" or not m.entry.name.endswith("Navy") or not m.text.isupper():
        return None
    match = _SHIP_NAME.match(text, m.end)
    return match.end() if match else None


def _capitals(word: str) -> bool:
    """All capitals, or the plural of an abbreviation ("MPs", "NGOs")."""
    return word.upper() == word or len(word) >= 3 and word[-1] == "s" \
        and word[:-1].upper() == word[:-1]


_FOLDED: dict[str, str] = {}  # word -> fold(word)


def fold_word(word: str) -> str:
    """``fold(word)``, remembered with the words of ``Matcher.find``."""
    folded = _FOLDED.get(word)
    if folded is None:
        if len(_FOLDED) > 200_000:
            _FOLDED.clear()
        folded = _FOLDED[word] = fold(word)
    return folded


def _tables_igo(folded: str):  # noqa: ANN202
    return country_tables().igos.get(folded)


@lru_cache(maxsize=1)
def get_matcher() -> Matcher:
    return Matcher()
