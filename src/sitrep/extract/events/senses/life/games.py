"""Sport and games read as violence, beyond the matches that ``everyday.sport`` knows by their
nets, halves and scores:

- **a scoring move as the object**: "hit the tying 3-pointer", "shot a 68 in the final round",
  "shot 12 of 15 from the field", "shot 45 percent", "hit a home run", "struck a birdie":
  hitting, shooting or striking a basket, a run, a goal, a share or a number of points or
  strokes is play;
- **a team beaten by a team** with no score: "the Eagles beat the Giants", "was beaten by the
  Tigers", where both sides are plural proper names of teams ("the Giants") or words for teams
  and players, and none is an armed group, a state or a people;
- **beaten in a competition**: "the terrier was beaten in the final round of the show", "lost
  in the semifinal": a verb of defeat whose place or time is a competition;
- **a rush to a result, the one to beat, a win denied**: "stormed to victory", "the driver to
  beat", "went on to deny Baffert a second win";
- **a shot measured in runs, yards or points**: "a three-run blast", "a 40-yard bomb", "his
  solo shot" ("a 500-pound bomb" stays);
- **an attack to win a race**: "attacked on the final climb to win the stage": a move in a
  race, when the act's purpose is winning a competition.

Weapons or those who fight at matches (``everyday.MATCH_VIOLENCE_PEOPLE``) in the clause keep
the violence real ("fans beat a steward after the game").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.extract.events.senses.everyday import MATCH_VIOLENCE_PEOPLE, RESULT_VERBS, WEAPONS
from sitrep.extract.events.tokens import has_any
from sitrep.nlp.scans import lower

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
# verbs that score in games: "hit a 3-pointer", "shot a 68", "sank a putt"
PLAYING_VERBS = {"hit", "shoot", "strike", "fire", "smash", "sink", "drill", "bury", "nail",
                 "knock", "drain", "make", "kick", "blast", "belt", "launch", "crush", "slam"}
# what a player scores (their lemmas)
SCORING = {"3-pointer", "pointer", "three-pointer", "two-pointer", "three", "basket", "jumper",
           "layup", "lay-up", "dunk", "slam", "free", "throw", "homer", "home", "run",
           "single", "double", "triple", "grand", "birdie", "eagle", "bogey", "par", "putt",
           "ace", "hole-in-one", "goal", "field", "touchdown", "try", "conversion", "penalty",
           "winner", "equaliser", "equalizer", "header", "volley", "serve", "drive", "fly",
           "grounder", "boundary", "six", "four", "century", "wicket", "point", "stroke",
           "round", "score", "shot", "jump", "buzzer-beater", "game-winner", "pass", "homerun"}
# competitions and their parts
COMPETITION = {"game", "match", "competition", "contest", "tournament", "championship",
               "title", "cup", "final", "finals", "semifinal", "semi-final", "semifinals",
               "quarterfinal", "quarter-final", "playoff", "playoffs", "race", "stage", "show",
               "league", "series", "season", "meet", "bout", "heat", "derby", "trophy", "medal",
               "pennant", "crown", "prize", "pageant", "olympics", "tour", "grand", "prix",
               "overtime", "inning", "innings", "round", "quarter", "period", "set", "leg",
               "regatta", "marathon", "rally", "open", "classic", "invitational", "bowl"}
# words for teams and players
TEAMS = {"team", "club", "squad", "side", "opponent", "rival", "champion", "favourite",
         "favorite", "underdog", "contender", "player", "golfer", "runner", "rider", "cyclist",
         "boxer", "swimmer", "skier", "racer", "jockey", "horse", "dog", "terrier", "entrant",
         "finalist", "semifinalist", "host", "visitor", "varsity", "eleven", "five", "nine"}
# who wins in war, not in games (their lemmas): a result between them is real
ARMED = {"army", "force", "troop", "soldier", "rebel", "militant", "insurgent", "fighter",
         "militia", "police", "guerrilla", "jihadist", "military", "regime", "government"}
# what a race or a game is won by ("to win the stage")
WINNING = {"win", "clinch", "secure", "seal", "claim", "take", "capture"}
REAL_LEMMAS = frozenset(WEAPONS | MATCH_VIOLENCE_PEOPLE | ARMED)  # ``_clause_real``'s words


def _clause_real(token: Token) -> bool:
    """Weapons or those who fight at matches in the clause make the violence real."""
    if not has_any(token.doc, lemmas=REAL_LEMMAS):
        return False  # none of the words in the sentence: none in the clause
    strings = token.doc.vocab.strings
    for word in token.subtree:
        lemma = lower(strings, word.lemma)  # ``word.lemma_.lower()``, remembered per hash
        if lemma in WEAPONS or lemma in MATCH_VIOLENCE_PEOPLE or lemma in ARMED:
            return True
    return False


def _team(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in ARMED or noun.ent_type_ in {"GPE", "NORP", "LOC"}:
        return False
    if lemma in TEAMS or noun.lower_ in TEAMS:
        return True  # (by the word too: the tagger can miss a breed's name, "terrier"/JJR)
    # "the Giants", "the Eagles": a plural proper name with the article
    return noun.tag_ == "NNPS" or (noun.tag_ == "NNP" and noun.lower_.endswith("s") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in noun.children))


# what a shot in a game is aimed at ("fired a shot at goal", "into the top corner of the net")
GOALS = {"goal", "net", "basket", "hoop", "rim", "hole", "pin", "green", "post", "bar",
         "crossbar", "corner", "keeper", "goalkeeper", "goalie", "target", "board"}
AIMED_PREPS = {"at", "through", "into", "toward", "towards", "on"}
SHOTS = {"shot", "round", "volley"}
# shots of words: "a parting shot at his critics", "the opening shot in a war of words"
WORDS_SHOTS = {"parting", "opening", "verbal", "rhetorical", "political", "cheap", "first",
               "final", "last", "legal", "early"}


def _aimed_elsewhere(verb: Token, objects: list[Token]) -> bool:
    """Shots fired at, through or into something that is no goal ("fired two shots at the
    patrol car", "fired one shot through the window"), or warning shots: gunfire, not a
    scoring move ("fired a shot at goal", "shot into the top corner of the net" stay)."""
    if not objects or not all(o.lemma_.lower() in SHOTS for o in objects):
        return False
    if any(c.lower_ in WORDS_SHOTS for o in objects for c in o.children):
        return False  # "fired a parting shot at his critics": words, not gunfire
    if any(c.dep_ in {"amod", "compound"} and c.lower_ == "warning" for o in objects
           for c in o.children):
        return True
    aims = [g for h in [verb, *objects] for c in h.children
            if c.dep_ == "prep" and c.lower_ in AIMED_PREPS
            for g in c.children if g.dep_ == "pobj"]
    return bool(aims) and not any(
        a.lemma_.lower() in GOALS or any(d.lemma_.lower() in GOALS for d in a.subtree)
        for a in aims) and not any(a.lemma_.lower() == "air" for a in aims)


def _scored(token: Token) -> bool:
    if token.lemma_.lower() not in PLAYING_VERBS:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if _aimed_elsewhere(token, objects):
        return False
    return bool(objects) and all(
        o.like_num or o.lemma_.lower() in SCORING or o.lower_ in SCORING or
        o.ent_type_ == "PERCENT" or o.lemma_.lower() in SHARES for o in objects)


def _sides(token: Token) -> list[Token]:
    sides = []
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            sides.append(child)
        elif child.dep_ == "agent":
            sides.extend(g for g in child.children if g.dep_ == "pobj")
    return sides


def _in_competition(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "at", "during", "for"}:
            for word in child.subtree:
                if (word.pos_ in NOUN_POS or word.dep_ == "pobj") and \
                        word.lemma_.lower() in COMPETITION:  # ("in the final": final/JJ)
                    return True
    return False


def _to_win(token: Token) -> bool:
    for child in token.children:
        if child.dep_ in {"advcl", "xcomp"} and child.lemma_.lower() in WINNING and any(
                o.dep_ == "dobj" and o.lemma_.lower() in COMPETITION for o in child.children):
            return True
    return False


# verbs of a rush to a result ("stormed to victory", "charged to the title")
RUSHING = {"storm", "charge", "blast", "sweep", "power", "cruise", "romp", "race", "surge",
           "march", "rally", "fight", "battle", "claw", "roar", "sail", "ease", "coast"}
# what a rush or a denial is about in a game
PRIZES = COMPETITION | {"victory", "win", "triumph", "success", "lead", "gold", "silver",
                        "bronze", "podium", "pole", "place", "first", "second", "third",
                        "top", "record", "glory", "draw", "point", "berth", "spot"}
BEATING = {"beat", "defeat", "catch", "stop"}


def _rush_to_prize(token: Token) -> bool:
    """ "Stormed to victory", "would storm to last year's title", "charged to the lead"."""
    if token.lemma_.lower() not in RUSHING:
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"to", "into"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in PRIZES for g in c.children)
        for c in token.children)


def _one_to_beat(token: Token) -> bool:
    """ "The driver to beat", "the team to beat": the favourite, no one beaten (the parser may
    hang the infinitive on the noun or on the clause)."""
    if token.lemma_.lower() not in BEATING or any(
            c.dep_ in {"dobj", "nsubjpass", "prep"} for c in token.children):
        return False
    before = token.nbor(-1) if token.i > token.sent.start else None
    if before is None or before.lower_ != "to" or before.dep_ != "aux" or \
            before.i == token.sent.start:
        return False
    noun = before.nbor(-1)
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the"
                                       for c in noun.children)


def _prize_denied(token: Token) -> bool:
    """ "Went on to deny Baffert a second win", "denied them the title": a result in a game."""
    return token.lemma_.lower() == "deny" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in PRIZES - {"point", "place", "first"}
        for c in token.children)


# nouns of shots and blasts that also name a hit in a game ("a three-run blast", "a 40-yard
# bomb", "a solo shot")
SHOT_NOUNS = {"blast", "bomb", "shot", "rocket", "missile", "strike", "bullet", "volley",
              "salvo", "cannon", "cannonball", "dart", "laser", "shell", "missle"}
# the units a hit in a game is measured or counted in (lemmas)
SCORING_UNITS = {"run", "yard", "point", "solo", "pointer", "slam", "homer", "hole"}
# shares of attempts a player or a team scores ("shot 45 percent from the field")
SHARES = {"percent", "per cent", "percentage", "%"}


def scoring_shot(token: Token) -> bool:
    """ "A three-run blast", "a 40-yard bomb", "his solo shot": a hit in a game, measured in
    runs, yards or points; "a 500-pound bomb" stays."""
    if token.pos_ not in NOUN_POS or token.lemma_.lower() not in SHOT_NOUNS:
        return False
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in SCORING_UNITS
               for c in token.children)


def game(token: Token, plover: str) -> bool:
    """A move or a result in a game, read as an attack (see the module's docstring)."""
    if plover == "ASSAULT" and scoring_shot(token):
        return True  # "a three-run blast that won the series"
    verb = token.pos_ in VERB_POS
    real = verb and _clause_real(token)  # read once: a walk over the clause's subtree
    if verb and not real:
        if plover in {"ASSAULT", "THREATEN", "ACCUSE"} and (_rush_to_prize(token) or
                                                             _one_to_beat(token)):
            return True  # "stormed to victory", "the driver to beat"
        if plover == "REJECT" and _prize_denied(token):
            return True  # "denied Baffert a second win"
    if plover != "ASSAULT" or not verb or real:
        return False
    if _scored(token):
        return True  # "hit the tying 3-pointer", "shot a 68"
    if token.lemma_.lower() in RESULT_VERBS | {"lose"}:
        sides = _sides(token)
        if len(sides) >= 2 and all(_team(s) for s in sides):
            return True  # "the Eagles beat the Giants"
        if sides and all(_team(s) or s.pos_ == "PRON" for s in sides) and _in_competition(token):
            return True  # "the terrier was beaten in the final round of the show"
    return _to_win(token)  # "attacked on the final climb to win the stage"
