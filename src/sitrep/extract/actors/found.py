"""What the actors extractor knows while it reads an article, and the token helpers its parts
share.

``State`` holds the actors found so far (with the sentence and the salience of each), the people
named so far (a later surname alone inherits everything from the first mention), and answers
"which country is salient here" for an official whose title names none: the country most
salient in the sentence and the two before it, else the article's own country (where most of
its places are), else the publication's (``where.publication_country``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.attrs import DEP, ENT_TYPE, HEAD, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from sitrep.extract.actors.lexicon import Mention, get_matcher
from sitrep.extract.actors.ranks import Rank, choose, evidence, phrase_body, rank_of, setting
from sitrep.extract.actors.where import name_country, publication_country, town_country
from sitrep.extract.context import Context, Sentence
from sitrep.nlp.scans import column, entities
from sitrep.records import Actor

# a dateline at the start of a line of the article's first lines: a town in capitals ("KABUL
# \u2014", "ISLAMABAD:", "ST. LOUIS, Mo. (AP) -", "WASHINGTON, April 5 (Reuters) -", "LONDON
# The Latest", "JERUSALEM (AP)_", also after a byline: "By Ann Lee, AP WASHINGTON (AP) -") or a
# town with its country and agency ("Kabul, Afghanistan (AP) \u2014"), then a dash: where the
# report was filed, not who acts in its first sentence
_AFTER_TOWN = (r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t][\w.]+){0,2})?[ \t]*"
               r"(?:\([^)\n]{1,40}\)[ \t]*)?")
_CAPS_TOWN = r"[A-Z][A-Z'\u2019.\-]{2,}(?:[ \t][A-Z][A-Z'\u2019.\-]*){0,3}"
_DASH = r"(?:--|[-\u2013\u2014_])"
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:" + _CAPS_TOWN + _AFTER_TOWN
    + r"(?:--|[-\u2013\u2014:_]|(?<=[A-Z])[ \t]+(?=[A-Z][a-z]))"
    r"|[A-Z][\w'\u2019.\-]+(?:[ \t][A-Z][\w'\u2019.\-]+){0,2}"
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t][\w.]+){0,2})?[ \t]*\([^)\n]{1,40}\)[ \t]*" + _DASH + ")"
    # after a byline on the same line, with the agency: "..., Associated Press WASHINGTON (AP) -"
    r"|(?<=[a-z0-9.!?\"\u201d])[ \t]+" + _CAPS_TOWN
    + r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t][\w.]+){0,2})?[ \t]*\([^)\n]{1,40}\)[ \t]*" + _DASH)
DATELINE_CHARS = 400  # a dateline starts within the article's first characters
# the score of the dateline's country among the countries salient around an official whose
# title names none: above any name of the sentences before (at most 2.5), below a subject or
# possessor of the official's own sentence (4)
DATELINE_SCORE = 3.0
# a country that modifies the official's title ("U.S. Commerce Secretary X") is theirs
NOUN_PHRASE_SCORE = 5.0

LOCATIVE = {"in", "into", "inside", "at", "near", "across", "throughout", "within", "outside",
            "around", "from", "toward", "towards", "through", "via", "onto", "over", "beyond",
            "along", "off", "out"}


@dataclass
class Found:
    actor: Actor
    sentence: int
    salience: int = 0  # subjects and possessors: 2; objects of prepositions: -1


class State:
    def __init__(self, ctx: Context, version: str) -> None:
        self.ctx = ctx
        self.version = version  # the extractor's, stored with every actor
        self.year = ctx.published.year if ctx.published else None
        self.found: list[Found] = []
        self.people: dict[str, Actor] = {}  # folded surname / full name -> first actor

    def add(self, sent: Sentence, start: int, end: int, *, name: str, country: str | None,
            sector: str | None, office: str | None, kind: str, salience: int = 0) -> Actor:
        evidence = sent.evidence((start, end))
        actor = Actor(text=evidence.text, evidence=evidence, name=name, country=country,
                      sector=sector, office=office, kind=kind, extractor=self.version)
        self.found.append(Found(actor, sent.index, salience))
        return actor

    def ranked(self, sent: Sentence, run: list[Mention], sector: str | None,
               before_name: bool) -> str | None:
        """``sector`` of a phrase, or the sector the article gives a rank that police forces
        and armies share when the phrase's head title is one ("Sgt.", "Officer", "deputies":
        see ``ranks``); a body in the phrase decides first ("Police Sgt.", "Army Capt.")."""
        titles = [m for m in run if m.kind == "title"]
        rank = rank_of(titles[-1].text) if titles else None
        if rank is None or sector not in (*rank.sectors, rank.noun, rank.name):
            return sector  # not a rank, or coded otherwise ("former": ELI; "rebel": REB)
        return phrase_body(run, rank) or self.rank_sector(sent, rank, before_name)

    def rank_sector(self, sent: Sentence, rank: Rank, before_name: bool) -> str:
        """The sector of a rank police and armies share (``ranks``) in this sentence: the
        police, army or legislature the sentence and the two before it name most, else the
        article, else the rank's default."""
        per_sentence = self._forces()
        near: Counter[str] = Counter()
        for index in range(max(0, sent.index - 2), sent.index + 1):
            near.update(per_sentence.get(index, Counter()))
        article: Counter[str] = Counter()
        for votes in per_sentence.values():
            article.update(votes)
        return choose(rank, near, article, before_name, self._story())

    def _forces(self) -> dict[int, Counter[str]]:
        if not hasattr(self, "_force_votes"):
            matcher = get_matcher()
            found = {s.index: matcher.find(s.text) for s in self.ctx.sentences}
            self._force_votes = {i: evidence(m) for i, m in found.items()}
            self._story_votes: Counter[str] = Counter()
            for mentions in found.values():
                self._story_votes.update(setting(mentions))
        return self._force_votes

    def _story(self) -> Counter[str]:
        """The article's criminals and rebels as votes for the police or the army."""
        self._forces()
        return self._story_votes

    def salient_country(self, sent: Sentence, before: int, end: int | None = None) -> str | None:
        """The country most salient around a mention: same sentence (before it or anywhere) and
        the two sentences before; subjects and possessors count most. Not the title of
        another official joined to the mention by "and" right after its ``end`` ("Trade
        Minister Joseph Kamotho and American ambassador Prudence Bushnell": the ambassador's
        country is not the minister's)."""
        scores: dict[str, float] = {}
        for f in self.found:
            a = f.actor
            if not a.country or a.country in ("UNO", "EUR", "IGO") or a.kind == "named":
                continue
            distance = sent.index - f.sentence
            if distance < 0 or distance > 2:
                continue
            if distance == 0 and end is not None and a.office and _joined(
                    sent.text[end:max(end, a.evidence.start - sent.start)]):
                continue  # "Trade Minister X and American ambassador Y": Y's title, not X's

            score = 1.0 + f.salience - 0.5 * distance
            if distance == 0:
                score += 1.0
                if _modifies(sent.text, a.evidence.end - sent.start, before):
                    score += NOUN_PHRASE_SCORE  # "U.S. Commerce Secretary X": the title's own
            scores[a.country] = max(scores.get(a.country, -9.0), score)
        dateline = self.dateline_country()
        if dateline is not None:
            # where the report was filed outweighs a foreign name in the sentences before
            # ("LISBON - China's ambassador was summoned. Foreign Minister X said ..."), not a
            # subject or possessor of the mention's own sentence
            scores[dateline] = max(scores.get(dateline, -9.0), DATELINE_SCORE)
        best = max(scores.items(), key=lambda kv: kv[1]) if scores else None
        if best is not None and best[1] > 0.5:
            return best[0]
        return self.article_country() or publication_country(self.ctx.article.source,
                                                             self.ctx.article.url)

    def dateline_country(self) -> str | None:
        """The country of the article's dateline ("KAMPALA, Uganda (AP) \u2014" -> UGA,
        "OSLO \u2014" -> NOR), else None."""
        if not hasattr(self, "_dateline_country"):
            match = _DATELINE.search(self.ctx.article.text[:DATELINE_CHARS])
            self._dateline_country = town_country(match.group().strip()) if match else None
        return self._dateline_country

    def in_dateline(self, sent: Sentence, start: int) -> bool:
        """Whether the character ``start`` of ``sent`` lies in the article's dateline ("KABUL
        \u2014", "NAIROBI, Kenya (Reuters) -"): a place named there is not an actor."""
        if not hasattr(self, "_dateline_end"):
            match = _DATELINE.search(self.ctx.article.text[:DATELINE_CHARS])
            self._dateline_end = match.end() if match else -1
        return sent.start + start < self._dateline_end

    def home_country(self) -> str | None:
        """The country of the article (``article_country``), else of its publication: where
        a state body named without a country is ("the Interior Ministry", "the Treasury",
        "the prosecutor's office", "state police")."""
        return self.article_country() or publication_country(self.ctx.article.source,
                                                             self.ctx.article.url)

    def article_country(self) -> str | None:
        """The article's own country: the one most of its places are in (a clear majority),
        for an official whose title names none. The places are those of the places extractor
        and the towns and regions the model labels GPE in the parsed sentences."""
        if not hasattr(self, "_article_country"):
            counts: dict[str, int] = {}
            for place in self.ctx.result.places:
                if place.country:
                    counts[place.country] = counts.get(place.country, 0) + 1
            for sent in self.ctx.sentences:
                for name in place_names(sent.doc) if sent.doc is not None else ():
                    country = name_country(name)
                    if country:
                        counts[country] = counts.get(country, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            total = sum(counts.values())
            self._article_country = ranked[0][0] if ranked and ranked[0][1] * 2 > total \
                else None
        return self._article_country


_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|&|as well as)?\s*(?:the\s+|a\s+|an\s+)?", re.I)


def _modifies(text: str, end: int, name_start: int) -> bool:
    """Whether a country mention ending at ``end`` modifies the title of the name starting at
    ``name_start``: only capitalised words between them ("U.S. Commerce Secretary X")."""
    return 0 <= end <= name_start and _CAPITALISED_RUN.fullmatch(text[end:name_start]) is not None


_CAPITALISED_RUN = re.compile(r"(?:'s)?(?:\s+[A-Z][\w.\-']*)*\s*")


def _joined(gap: str) -> bool:
    """Whether the words between two phrases only join them ("and", ", ", "and the")."""
    return bool(gap.strip()) and _JOINED.fullmatch(gap) is not None


def place_names(doc: Doc) -> list[str]:
    """Names the model labels GPE, and proper nouns after a locative preposition ("around Lyon
    and Grenoble", whatever their label)."""
    names = [ent.text for ent in entities(doc) if ent.label_ == "GPE"]
    # the proper nouns not labelled GPE, read from the token arrays: their heads and relations
    # too (a Token is made only for a name taken)
    if not len(doc):
        return names
    rows = list(zip(column(doc, POS), column(doc, ENT_TYPE), column(doc, DEP),
                    column(doc, LOWER), strict=True))
    heads = column(doc, HEAD)  # relative: head - i
    gpe = doc.vocab.strings["GPE"]
    for i, (pos, ent, _, _) in enumerate(rows):
        if pos != PROPN or ent == gpe:
            continue
        first = i
        while rows[first][2] == _CONJ and heads[first] != 0:
            first += heads[first]
        if rows[first][2] == _POBJ and rows[first + heads[first]][3] in _LOCATIVE_IDS:
            names.append(doc[i].text)
    return names


_CONJ, _POBJ = get_string_id("conj"), get_string_id("pobj")
_LOCATIVE_IDS = frozenset(get_string_id(w) for w in LOCATIVE)


def salience(token: Token) -> int:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("nsubj", "nsubjpass", "poss"):
        return 2
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return 2
    if token.dep_ == "pobj":
        return -1
    return 0


def token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def is_locative(token: Token) -> bool:
    first = token
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head
    if any(c.lower_ == "particular" for c in first.children):
        return False
    if first.dep_ == "pobj" and first.head.lower_ in LOCATIVE:
        return True
    return first.dep_ in ("compound", "amod", "nmod") and first.head.pos_ in ("NOUN", "PROPN")


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def title_before(mentions: list[Mention], index: int, text: str) -> int:
    """Index of the first mention of the run of titles/demonyms/countries right before
    ``mentions[index]`` ("French Foreign Minister" before a name); ``index`` if none."""
    first = index
    pos = mentions[index].start
    for j in range(index - 1, -1, -1):
        m = mentions[j]
        gap = text[m.end:pos]
        if m.kind not in ("title", "demonym", "country", "igo", "org") or \
                not re.fullmatch(r"(?:'s|\u2019s)?\s*", gap):
            break
        first, pos = j, m.start
    return first


def mention_salience(sent: Sentence, m: Mention) -> int:
    token = token_at(sent.doc, m.start, m.end)
    return salience(token) if token is not None else 0

