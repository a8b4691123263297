"""Court and police steps that keep or end a person's custody or case (GUIDELINES: arrests are
COERCE/arrest, releases RETREAT/release, convictions SANCTION/convict, charges ACCUSE/allege):

- **bail refused**: "denied bail", "was refused bail", "bail was denied", "rejected his bail
  application", "the denial of bail": the court keeps the person in custody (COERCE/arrest, as
  "remanded in custody"), no refusal between parties (REJECT); "denied the charges", "refused
  him a visa" stay REJECT. Asked by ``words.sense_type`` (the type) and ``submodes`` (the
  mode);
- **the case ended in the defendant's favour**: "was acquitted", "found not guilty", "cleared
  of all charges", "exonerated" are RETREAT, as charges dropped or dismissed (the trigger
  table's rows; ``acquitted`` is its ``@acquitted`` requirement for "find" and "clear"): no
  PLOVER mode fits a case ended (release is of persons held, withdraw of forces), so none is
  given (GUIDELINES: "leave empty when unsure");
- **a warrant issued**: "a warrant was issued for the suspect", "issued an arrest warrant for
  the president" name the arrest ordered and not yet done (COERCE/arrest, ``hypothetical`` as
  "a warrant for his arrest": ``modal_cues.authorised``); a search warrant served is the
  search (the table's "warrant ^serve|^execute" row).

- **contraband found by state forces**: "security forces found a lab producing 150 kilos a
  day", "soldiers discovered a weapons cache", "officers found two kilos of cocaine in the
  car", "a tunnel was uncovered by police": the authorities take hold of it (COERCE/seize, as
  "seized"; the table's ``@contraband``). Only with a doer of the state named as the finder (the
  subject, or the agent of a passive), and only for contraband or the means of trafficking:
  "hikers found a weapons cache", "police found the body", "researchers discovered a new
  drug", "the study found drug use rising" are no seizure.

Pleas are no event ("pleaded not guilty", GUIDELINES: "pleaded guilty" is not coded; the
charges they answer are); arraignments, like indictments, are ACCUSE/allege (the table);
a revoked bail or parole is COERCE/arrest (the table), and so is a person sent to jail ("sent him
to jail", ``sent_to_custody``: the table's ``@jailed``), no aid sent. Families are listed whole; inflections
come through the lemma.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.actors.lexicon import get_matcher
from sitrep.extract.events.senses.public.civic import PEOPLE, PERSONAL, VICTIMS
from sitrep.resources import read_tsv

VERB_POS = {"VERB", "AUX"}
NOUN_POS = {"NOUN", "PROPN"}
# a release before or instead of trial (lemmas)
BAIL = {"bail", "bond", "parole", "probation", "furlough"}
# what is asked about bail: "his bail application", "a bond request", "the parole plea"
BAIL_ASKS = {"application", "request", "plea", "petition", "motion", "hearing", "appeal",
             "bid", "claim"}
REFUSING = {"deny", "refuse", "reject", "decline", "dismiss"}
REFUSAL_NOUNS = {"denial", "refusal", "rejection"}
# charges and counts a defendant is cleared of (lemmas); crime nouns come through the table
CHARGES = {"charge", "count", "allegation", "accusation", "wrongdoing", "crime", "offence",
           "offense", "guilt", "misconduct", "suspicion"}
CLEARING = {"clear", "exonerate", "absolve", "acquit"}
INNOCENT = {"innocent", "guilty"}  # "guilty" only with its negation
# verbs of issuing a paper (lemmas) and warrants that order no arrest
ISSUING = {"issue", "sign", "seek", "obtain", "grant", "request", "approve", "get", "secure"}
NOT_ARREST = {"search", "eviction", "demolition", "inspection", "seizure"}
# those a warrant may be for (lemmas, besides names, pronouns and titles of people)
WANTED = {"suspect", "gunman", "fugitive", "defendant", "accused", "attacker", "killer",
          "assailant", "leader", "driver", "officer", "soldier", "member", "brother", "son",
          "father", "husband", "wife", "mother", "daughter", "sister"}
ARRESTS = {"arrest", "detention", "capture", "apprehension"}


def _bail(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in BAIL:
        return True
    return lemma in BAIL_ASKS and any(c.dep_ in {"compound", "amod"} and
                                      c.lemma_.lower() in BAIL for c in noun.children)


def bail_refused(token: Token) -> bool:
    """ "Denied bail", "was refused bail", "bail was denied", "rejected his bail
    application", "the denial of bail to the suspects": the person stays in custody."""
    lemma = token.lemma_.lower()
    if token.pos_ in VERB_POS and lemma in REFUSING:
        # the thing refused: the object ("was denied bail": its passive subject is the person)
        refused = [c for c in token.children if c.dep_ == "dobj"] or [
            c for c in token.children if c.dep_ == "nsubjpass"]
        return bool(refused) and all(_bail(r) for r in refused)
    if token.pos_ in NOUN_POS and lemma in REFUSAL_NOUNS:
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and _bail(g) for g in c.children) for c in token.children) or any(
            c.dep_ == "compound" and c.lemma_.lower() in BAIL for c in token.children)
    return False


def court_step_type(token: Token, plover: str) -> str:
    """The type of a court step that keeps a person in custody (bail refused: COERCE), else
    ``plover``."""
    if plover == "REJECT" and bail_refused(token):
        return "COERCE"
    return plover


def custody_mode(token: Token) -> str | None:
    """The PLOVER mode of a COERCE that is a court keeping a person in custody: ``arrest``."""
    return "arrest" if bail_refused(token) else None


def acquitted(verb: Token, is_event_word: Callable[[str], bool] | None = None) -> bool:
    """ "Found not guilty", "found him innocent", "was cleared of all charges", "cleared of
    murder": a case ended in the defendant's favour (the trigger table's ``@acquitted``)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in VERB_POS:
        return False
    if lemma == "find":
        for c in verb.children:
            adjectives = [c] if c.pos_ == "ADJ" else [g for g in c.children
                                                      if g.dep_ in {"ccomp", "xcomp", "acomp"}
                                                      and g.pos_ == "ADJ"]
            for adj in adjectives:
                negated = any(g.dep_ == "neg" for g in adj.children)
                word = adj.lemma_.lower()
                if (word == "innocent" and not negated) or (word == "guilty" and negated):
                    return True
        return False
    if lemma in CLEARING:
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in CHARGES or (
                is_event_word is not None and is_event_word(g.lemma_.lower())))
            for g in c.children) for c in verb.children)
    return False


def arrest_warrant(noun: Token) -> bool:
    """ "A warrant was issued for the suspect", "issued an arrest warrant for the president",
    "police obtained warrants for three men": an arrest ordered (not a search warrant)."""
    if noun.lemma_.lower() != "warrant" or noun.pos_ not in NOUN_POS:
        return False
    if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in NOT_ARREST
           for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ not in {"dobj", "nsubjpass"} or head.lemma_.lower() not in ISSUING:
        return False
    if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in ARRESTS
           for c in noun.children):
        return True  # "an arrest warrant"
    # "a warrant for the suspect" (the phrase on the noun or on the verb of issuing); "a
    # warrant for his arrest" is the arrest's own (``modal_cues.authorised``)
    fors = [p for p in [*noun.children, *head.children]
            if p.dep_ == "prep" and p.lower_ == "for"]
    return any(g.dep_ == "pobj" and _person(g) for p in fors for g in p.children)


def _person(noun: Token) -> bool:
    """A person a warrant may be for: a name, a pronoun, people, or a title ("the mayor")."""
    if noun.ent_type_ == "PERSON" or noun.lower_ in PERSONAL:
        return True
    if noun.ent_type_ or noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in PEOPLE | VICTIMS | WANTED:
        return True
    entry = get_matcher().lookup([lemma])
    return entry is not None and entry.kind == "title"


# places of custody a person is sent to (lemmas)
CUSTODY = {"jail", "prison", "custody", "detention", "penitentiary", "gaol", "cell",
           "jailhouse", "lockup", "dungeon"}
SENDING = {"send", "return", "ship", "transfer", "commit", "remit"}


def sent_to_custody(verb: Token) -> bool:
    """ "Sent him to jail", "was sent back to prison", "sent the three men to pretrial
    detention": a person put in custody (COERCE/arrest, the trigger table's ``@jailed``),
    not aid sent ("sent food to the prison" has no person)."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in SENDING:
        return False
    sent = [c for c in verb.children if c.dep_ == "dobj"] or [
        c for c in verb.children if c.dep_ == "nsubjpass"]
    if not sent or not all(_person(p) for p in sent):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [p for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back"
              for p in c.children if p.dep_ == "prep"]  # "sent back to prison"
    # custody as a state ("to jail", "to pretrial detention", "to a prison"), not a building
    # one goes to ("sent inspectors to the prison")
    return any(p.lower_ in {"to", "into"} and any(
        g.dep_ == "pobj" and g.lemma_.lower() in CUSTODY and not any(
            d.dep_ == "det" and d.lower_ in {"the", "this", "that", "its"} for d in g.children)
        for g in p.children) for p in preps)



# verbs of coming upon a thing (lemmas)
COMING_UPON = {"find", "discover", "uncover", "locate", "unearth", "detect"}
# contraband and the means of trafficking, and measures of an amount of it ("two kilos of
# cocaine"): resources/contraband.tsv (lemmas)
CONTRABAND_ROWS = read_tsv("contraband.tsv")
FOUND_CONTRABAND = frozenset(r["word"] for r in CONTRABAND_ROWS if r["kind"] == "thing")
MEASURES = frozenset(r["word"] for r in CONTRABAND_ROWS if r["kind"] == "measure") | {
    "stash", "cache"}
# doers of the state who may seize (lemmas of the finder's head noun)
SEIZING = {"police", "policeman", "policewoman", "officer", "deputy", "trooper", "agent",
           "soldier", "troop", "army", "military", "navy", "marine", "force", "authority",
           "customs", "guard", "sheriff", "patrol", "gendarme", "gendarmerie", "constable",
           "marshal", "commando", "paratrooper", "unit", "squad", "coastguard", "investigator",
           "detective", "inspector", "ranger", "serviceman"}
SEIZING_NAMES = {"police", "army", "navy", "guard", "customs", "dea", "fbi", "atf", "sheriff",
                 "gendarmerie", "military", "marines", "carabineros", "policia"}


def _contraband(thing: Token) -> bool:
    """Contraband by its lemma or a compound or adjective ("a weapons cache", "a drug lab",
    "an illegal lab"), or a measure of it ("two kilos of cocaine"); not a thing told before
    ("the gun used in the killing", "his rifle": evidence found, not a haul)."""
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that",
                                                                  "these", "those"})
           for c in thing.children):
        return False
    lemma = thing.lemma_.lower()
    if lemma in FOUND_CONTRABAND or any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in FOUND_CONTRABAND
            for c in thing.children):
        return True
    if lemma in MEASURES or thing.pos_ == "NUM":
        return any(g.dep_ == "pobj" and _contraband(g) for p in thing.children
                   if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)
    return False


def _seizing(doer: Token) -> bool:
    """A finder of the state: "police", "security forces", "Mexican soldiers", "the DEA"."""
    if doer.lemma_.lower() in SEIZING:
        return True
    words = {w.lower_ for w in doer.subtree}
    return doer.ent_type_ in {"ORG", "NORP"} and bool(words & SEIZING_NAMES)


def found_contraband(verb: Token) -> bool:
    """ "Security forces found a drug lab", "soldiers discovered a weapons cache", "a tunnel
    was uncovered by police": contraband the authorities came upon (COERCE/seize; the trigger
    table's ``@contraband``), only with the state's finder named."""
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() not in COMING_UPON:
        return False
    things = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not things or not all(_contraband(t) for t in things):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    if not doers and verb.dep_ == "conj":  # "raided the house and found two rifles"
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return bool(doers) and all(_seizing(d) for d in doers)
