"""Earlier happenings an article recalls by the words around an act, with no date of the story
in the act's own clause (``recalled_in_words``; ``modes`` flags them ``historical``):

- **a past career**: a relative clause (or a participle) about a person, told in a past tense,
  that tells what the person did or suffered before the story: "Senator Ames, who negotiated
  the 1998 peace accord, said ...", "the former commander, who fought against the government",
  "Ruiz, who was jailed under the junta, now runs a charity", "a former police chief who
  arrested hundreds of protesters". The clause recalls the past when it names a year before
  publication, an earlier occasion ("once", "formerly"), a frame of an earlier age ("under the
  junta", "during the dictatorship"), when its person is a former one ("the former rebel
  commander") or when the sentence tells the person's present against it ("now runs"). A
  relative clause with none of these ("the suspect, who shot two officers, was arrested") is
  the story's own;
- **an earlier occasion in a simple past**: "he once bombed a police station", "the group
  formerly attacked convoys" (the perfect with these adverbs: ``dated.earlier_occasion``);
- **a ruler's age**: an act under a person named or in the time of one ("executed under
  Saddam", "in the days of Mengistu", "during the reign of Ceausescu": ``under_a_ruler``);
- **the bodies of an earlier rule**: an act done by or under a former, ousted or old regime,
  government or ruler ("detained by the old regime", "tortured under the previous
  government", "jailed by the ousted junta"), or during an era of rule ("jailed during the
  Franco dictatorship", "arrested during the apartheid era");
- **a dated doer**: an act whose doer is an event noun dated by a year before publication ("the
  1994 genocide killed 800,000 people", "the 2006 raid left two dead");
- **another season**: an act named by a season ("the winter offensive", "the summer raids") in a
  season the publication date is not in (northern seasons), told in a past tense ("the summer
  offensive drove rebels out of the city" in a December story); without a publication date,
  a season told in the past recalls an earlier one.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from sitrep.extract.dates.addresses import street_number
from sitrep.extract.events.history.stages import earlier_stage
from sitrep.extract.events.tokens import has_any, verb_above
from sitrep.extract.events.when.dated import MONTH_WORD, clause_text, told_in_past
from sitrep.nlp.scans import entities
from sitrep.records import When

YEAR_WORD = re.compile(r"(1[0-9]\d\d|20\d\d)(?:'?s)?")
PERSON_PRONOUNS = {"who", "whom"}
# words that make a person one of the past ("the former commander", "an ex-minister", "the late
# president"), and a body or a rule ("the ousted regime", "the old regime")
FORMER = {"former", "onetime", "one-time", "erstwhile", "ex", "then", "late"}
FORMER_RULE = FORMER | {"previous", "prior", "old", "ousted", "deposed", "toppled", "overthrown",
                        "fallen", "defunct"}
# rulers and regimes: a former one's acts are background ("detained by the old regime")
RULERS = {"regime", "junta", "dictatorship", "dictator", "government", "administration",
          "monarchy", "monarch", "rule", "ruler", "empire", "emperor", "king", "queen", "shah",
          "tsar", "czar", "sultan", "sultanate", "caliphate", "authority", "leadership",
          "president", "presidency", "colonizer", "coloniser", "colonist", "occupier",
          "occupation", "apartheid", "communism", "fascism", "colonialism"}
# frames of an earlier age in a person's past clause: "jailed under the junta", "exiled during
# the dictatorship" (a war may be the story's own: "the soldier, who was killed in the war")
FRAME_PREPS = {"under", "during", "throughout"}
ERAS = {"dictatorship", "regime", "junta", "apartheid", "communism", "fascism", "colonialism",
        "era", "monarchy", "empire", "rule", "reign", "occupation", "dynasty", "colony",
        "protectorate", "mandate"}
# adverbs of an earlier occasion on a verb in a simple past ("he once bombed")
ONCE = {"once", "formerly", "previously"}
# adverbs that tell a person's present against a past clause ("who was jailed ..., now runs")
NOW = {"now", "today", "later", "since", "currently", "nowadays"}
PERFECT_PRESENT = {"has", "have", "'s", "'ve"}
SEASONS = {"winter": {12, 1, 2}, "spring": {3, 4, 5}, "summer": {6, 7, 8},
           "autumn": {9, 10, 11}, "fall": {9, 10, 11}}
SEASON_THIS = {"this", "next", "coming", "current", "upcoming"}
SEASON_WORDS = frozenset(SEASONS)


def _year_before(tokens: list[Token], published: dt.date | None) -> bool:
    """A year named alone (a DATE entity: "1998", "in 2009", "the 1980s"; not a day, which news
    gives its own story: "April 5, 2018") before the publication year (any year when the
    publication date is unknown)."""
    for tok in tokens:
        if tok.ent_type_ != "DATE":
            continue
        match = YEAR_WORD.fullmatch(tok.text)
        if not match or (published is not None and int(match.group(1)) >= published.year) or \
                street_number(tok.doc.text, tok.idx, tok.idx + len(tok.text)):
            continue  # (not "who lived at 1935 Orchard St.")
        entity = next((e for e in entities(tok.doc) if e.start <= tok.i < e.end), None)
        if entity is None or not MONTH_WORD.search(entity.text):
            return True
    return False


def _former(noun: Token, words: set[str] = FORMER) -> bool:
    """The noun is qualified as one of the past ("former", "ex-"; of a rule ``FORMER_RULE``:
    "ousted", "old")."""
    if noun.lower_.startswith("ex-"):
        return True
    return any(c.dep_ in {"amod", "compound", "advmod"} and
               (c.lower_ in words or c.lower_.rstrip("-") in words) for c in noun.children)


PAST_FORMS = {"was", "were", "had", "'d", "been"}
# stretches of time that "ago" counts back more than a week by ("two weeks ago", "months ago";
# not "days ago", "hours ago")
AGO_UNITS = {"week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years",
             "decade", "decades", "century", "centuries"}


def _long_ago(clause: Token) -> bool:
    """The clause is dated by weeks or longer counted back from now ("who were detained two
    weeks ago", "who had attacked a guard weeks ago"; not "a week ago", "days ago")."""
    for ago in clause.children:
        if ago.lower_ != "ago" or ago.dep_ not in {"advmod", "npadvmod"}:
            continue
        units = [t for t in ago.subtree if t.lower_ in AGO_UNITS]
        if any(u.lower_ != "week" or any(c.like_num and c.lower_ not in {"one", "1"}
                                        for c in u.children) for u in units):
            return True
    return False


def _past_clause(clause: Token) -> bool:
    """A clause told in a past tense: ``told_in_past``, but a participle only with a past
    auxiliary or none ("who was jailed", "a man jailed under the junta"; not "who is
    accused")."""
    if not told_in_past(clause):
        return False
    auxes = [c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    return clause.tag_ != "VBN" or not auxes or any(a in PAST_FORMS for a in auxes)


def _person(noun: Token, clause: Token) -> bool:
    """The noun a relative clause or participle qualifies is a person: a PERSON entity, the
    antecedent of "who"/"whom", or in apposition to a person ("the mayor, a former chief who
    ...")."""
    if noun.ent_type_ == "PERSON":
        return True
    if any(c.lower_ in PERSON_PRONOUNS for c in clause.children):
        return True
    return noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON"


def _frame(clause: Token) -> bool:
    """A frame of an earlier age on the clause: "under the junta", "during the dictatorship",
    "under Franco" (a person's rule)."""
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ not in FRAME_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if prep.lower_ == "under" and noun.ent_type_ == "PERSON":
                return True
            if noun.lemma_.lower() in ERAS and not any(
                    c.lower_ in SEASON_THIS | {"current", "ongoing", "present", "new"}
                    for c in noun.children):
                return True
    return False


def _told_now(noun: Token) -> bool:
    """The clause that governs the person tells their present by an adverb of now ("now runs
    a charity", "is now a senator", "later became president"); not a state the past act left
    ("the man, who was shot, is now in hospital", "is now recovering")."""
    node = verb_above(noun)
    if not any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in NOW for c in node.children):
        return False
    if node.lemma_.lower() == "be":
        return any(c.dep_ == "attr" for c in node.children)  # "is now a senator"
    return not any(c.dep_ == "aux" for c in node.children) and node.tag_ in {"VBZ", "VBP", "VBD"}


# verbal acts: a former person's words may be the story's ("a former player who had accused
# him"); a former person's force is of the former role ("a former police chief who arrested
# hundreds")
VERBAL = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONSULT", "CONCEDE", "THREATEN",
          "PROTEST", "COOPERATE", "AID", "RETREAT"}


def career_clause(clause: Token, published: dt.date | None, plover: str = "") -> bool:
    """A relative clause or a participle about a person, told in a past tense (not a present
    perfect), that recalls the person's past (see the module's docstring); a former person
    marks the past of an act of force only (``VERBAL``)."""
    if clause.dep_ not in {"relcl", "acl"} or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if clause.dep_ == "acl" and clause.tag_ != "VBN":
        return False
    noun = clause.head
    if not _person(noun, clause) or not _past_clause(clause):
        return False
    if any(c.dep_ == "aux" and c.lower_ in PERFECT_PRESENT for c in clause.children):
        return False  # "who has led the talks": the present's
    own = [t for t in clause.subtree if not (t.dep_ == "relcl" and t.i != clause.i)]
    former = plover not in VERBAL and (_former(noun) or (noun.dep_ == "appos" and
                                                         _former(noun.head)))
    return former or _year_before(own, published) or _frame(clause) or _told_now(noun) or \
        _long_ago(clause) or \
        any(c.dep_ == "advmod" and c.lower_ in ONCE for c in clause.children)


def during_an_era(clause: Token) -> bool:
    """A past act dated by an era of rule ("was jailed during the Franco dictatorship",
    "tortured during the military regime", "arrested during the apartheid era"); not an
    occupation, which may be the story's own."""
    if not told_in_past(clause):
        return False
    return any(prep.dep_ == "prep" and prep.lower_ in {"during", "throughout"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in ERAS - {"occupation"} and not any(
            c.lower_ in SEASON_THIS | {"current", "ongoing", "present", "new"}
            for c in g.children) for g in prep.children) for prep in clause.children)


# nouns of a stretch of time that a ruler's name dates ("in the days of Mengistu", "in Saddam's
# time", "during the reign of Ceausescu"); not an office, which may be today's holder's ("during
# the presidency of ...")
RULER_TIMES = {"time", "day", "era", "age", "year", "reign", "rule", "heyday", "epoch"}


def _named_person(noun: Token) -> bool:
    return noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN"


def under_a_ruler(clause: Token) -> bool:
    """A past act dated by the rule of a person named ("executed under Saddam", "Under Stalin,
    the police deported whole nations", "in the days of Mengistu", "in Saddam's time", "during
    the reign of Ceausescu"): the time of that person's rule, an earlier age the article
    recalls. Not an act in a present or a present perfect ("Under Modi, the government has
    detained hundreds") nor one under a person's thing ("under Erdogan's new law", "under the
    instructions of")."""
    if not _past_clause(clause) or any(c.dep_ == "aux" and c.lower_ in PERFECT_PRESENT
                                       for c in clause.children):
        return False
    for prep in clause.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if prep.lower_ == "under" and _named_person(noun) and not any(
                    c.dep_ == "case" for c in noun.children):
                return True
            if prep.lower_ in {"in", "during", "throughout"} and \
                    noun.lemma_.lower() in RULER_TIMES and any(
                    (c.dep_ == "poss" and _named_person(c)) or (
                        c.dep_ == "prep" and c.lower_ == "of" and any(
                            g.dep_ == "pobj" and _named_person(g) for g in c.children))
                    for c in noun.children):
                return True
    return False


def once_done(clause: Token) -> bool:
    """ "He once bombed a police station", "the group formerly attacked convoys": a simple past
    with an adverb of an earlier occasion (not "once" as a conjunction: "once police
    arrived")."""
    return clause.tag_ == "VBD" and any(c.dep_ == "advmod" and c.lower_ in ONCE and
                                        not any(c.children) for c in clause.children)


def _former_ruler(noun: Token) -> bool:
    return noun.lemma_.lower() in RULERS and _former(noun, FORMER_RULE)


def former_rule(clause: Token) -> bool:
    """An act suffered from or under a former, ousted or old ruler ("detained by the old
    regime", "tortured under the previous government"); what such a ruler does now as its
    subject is the story's ("Kuwait's ousted government has asked the U.S.")."""
    if not _past_clause(clause):
        return False
    for child in clause.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in {"under", "by"}):
            if any(g.dep_ == "pobj" and _former_ruler(g) for g in child.children):
                return True
    return False


def _doers(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ == "nsubj"]
    out += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return out


def dated_doer(trigger: Token, published: dt.date | None) -> bool:
    """The act's doer is an event noun dated by a year before publication ("the 1994 genocide
    killed 800,000 people")."""
    if trigger.pos_ not in {"VERB", "AUX"} or not _past_clause(trigger):
        return False
    return any(_year_before([t for c in doer.lefts for t in c.subtree], published)
               for doer in _doers(trigger) if doer.pos_ == "NOUN")


def _season(noun: Token) -> str | None:
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "nmod", "npadvmod"} and child.lower_ in SEASONS:
            if any(g.lower_ in SEASON_THIS or g.like_num for g in child.children):
                return None  # "this winter's offensive", "the 2021 winter offensive"
            return child.lower_
    return None


def _day_dated(verb: Token) -> bool:
    """The verb's own clause dates it by a day or a time, not a season ("began on Tuesday")."""
    return any(t.ent_type_ in {"DATE", "TIME"} and t.lower_ not in SEASONS
               for c in verb.children if c.dep_ in {"prep", "npadvmod", "tmod"}
               for t in c.subtree)


def _told_ahead(verb: Token) -> bool:
    """The clause looks ahead ("will begin", "is expected to begin", "plans to launch")."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "to"}
               for c in node.children):
            return True
        if node.dep_ not in {"xcomp", "ccomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def other_season(trigger: Token, published: dt.date | None) -> bool:
    """An act named by a season that is not the publication's ("the summer offensive drove
    rebels out", "the spring raids killed dozens" in a December story), told in a past tense
    and not dated by a day ("the summer offensive began on Tuesday")."""
    if not has_any(trigger.doc, words=SEASON_WORDS):
        return False  # ``_season`` needs a season's name in the sentence
    nouns = [trigger] if trigger.pos_ in {"NOUN", "PROPN"} else [
        d for d in _doers(trigger) if d.pos_ == "NOUN"]
    verb = verb_above(trigger)
    if verb.pos_ not in {"VERB", "AUX"} or _day_dated(verb) or _told_ahead(verb):
        return False
    if not _past_clause(verb):
        return False  # "are preparing the spring offensive": maybe the next spring
    for noun in nouns:
        season = _season(noun)
        if season and (published is None or published.month not in SEASONS[season]):
            return True
    return False


def recalled_in_words(trigger: Token, clause: Token, when: When | None,
                      published: dt.date | None, plover: str = "") -> bool:
    """Whether the words around the act recall an earlier happening (the module's docstring);
    never when the act's own clause dates it (the date decides)."""
    if when is not None and when.text in clause_text(trigger, clause) and not any(
            w in SEASONS for w in when.text.lower().split()) and not (
            when.text.lower().endswith(" ago") and _long_ago(clause)):
        return False  # (a season the dates extractor read as a date is not the act's day;
        # "two weeks ago" counts back, and a person's past clause so dated is background)
    if career_clause(clause, published, plover) or once_done(clause) or former_rule(clause) or \
            during_an_era(clause) or earlier_stage(clause) or under_a_ruler(clause):
        return True
    return dated_doer(trigger, published) or other_season(trigger, published)
