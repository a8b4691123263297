"""Who did what to whom: the actors and recipients of an event, read off the dependency parse.

- verbs: subjects are actors (every conjunct: "France, Russia and the United States condemned");
  passive agents ("by X") are actors and passive subjects recipients; objects and the objects of
  "to/against/on/at/with" are recipients ("suspend exports to Turkey");
- nouns: "between A and B" (reciprocal: all actors, no recipient), "by X", possessives ("Canada's
  investigation") and demonyms ("Turkish airstrikes") are actors; "on/against/to X" recipients;
  a noun with no actor of its own takes the subject of the clause that governs it ("Canada said
  it will suspend ... while an investigation is underway");
- pronouns take the subject of the governing clause when it is named before them, else their
  antecedent in the sentence or the one before; "the three countries" refers back to the
  last group of three countries named in the article;
- ``participants`` adds what this plain reading misses: the sufferer of "suffered/faced/came
  under" is the recipient, "the arrest of X" and "the killed leader" name recipients, a
  speaker is not the actor of the violence they report, a name in apposition is the
  participant, people named by a common noun ("three men") are participants, the subject a
  bare participle describes underwent its act ("appeared in court charged with theft");
- a relative pronoun stands for the noun its clause hangs on ("the farmers who were attacked").

Actors come from ``ctx.result.actors`` (matched by character offsets); where no actor record
covers a phrase, a fallback actor is built from the phrase (country from country names,
capitals and demonyms; sector from the head noun).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Token

from sitrep.extract.context import Context, Sentence
from sitrep.extract.events.roles import participants
from sitrep.extract.events.roles.participants import SECTOR_NOUNS, country_of, pobjs
from sitrep.records import Actor

PRONOUNS = {"it", "they", "he", "she", "we", "its", "their", "his", "her", "who", "which", "that"}
RECIPROCAL = {"clash", "fight", "fighting", "battle", "skirmish", "war", "hostility"}
RECIPIENT_PREPS = {"to", "against", "on", "at", "upon", "into", "toward", "towards"}
FORCE_VERBS = {"force", "urge", "compel", "press", "push", "ask", "oblige", "require", "pressure",
               "call", "invite", "encourage", "order", "lead"}
CLAUSE_DEPS = {"xcomp", "relcl", "acl", "advcl", "conj", "ccomp", "pcomp"}
EVENT_PREDICATES = {"be", "begin", "continue", "start", "take", "resume", "escalate", "intensify",
                    "erupt", "break", "occur", "happen", "follow", "come", "last", "remain"}
# verbs whose passive agent did the act named by their subject ("the attack was carried out /
# committed / claimed by X")
PERPETRATE = {"carry", "commit", "perpetrate", "conduct", "launch", "stage", "mount", "execute",
              "orchestrate", "mastermind", "claim"}
BENEFIT = {"AID", "SUPPORT", "COOPERATE", "AGREE", "CONCEDE", "RETREAT"}
RELATIVE = {"which", "who", "that"}
STANCE_NOUNS = {"position", "stance", "statement", "view", "declaration", "message", "policy",
                "decision", "move", "plan", "communique", "proposal"}
GROUP_NOUNS = {"country", "nation", "state", "government", "power", "capital", "side", "party"}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2, "2": 2, "3": 3,
           "4": 4, "5": 5}

# nouns whose actor may be named in an "of" phrase or a possessive ("the minister of X")
OF_NOUNS = STANCE_NOUNS | SECTOR_NOUNS.keys() | {"minister", "member", "co-chair"}
# event nouns whose "of" object is what the act was done to ("the arrest of X"), and those whose
# "of" object does it ("a meeting of ministers")
OF_PATIENT = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE"}
OF_AGENT = {"CONSULT", "PROTEST"}
# types whose noun takes the possessor of one person as the one it is done to ("his arrest")
UNDERGONE = {"COERCE", "SANCTION"}


class ActorFinder:
    """Maps parse tokens of one sentence to actor records; remembers groups across sentences."""

    def __init__(self, ctx: Context, version: str) -> None:
        self.ctx = ctx
        self.version = version
        self.groups: list[list[Actor]] = []  # groups of 2+ country actors named together
        self.sentence: Sentence | None = None
        self.spans: list[tuple[int, int, Actor]] = []
        self._indexed: list[Actor] | None = None  # the list ``_sorted`` was made from
        self._indexed_len = 0
        self._sorted: list[Actor] = []
        self._starts: list[int] = []
        # the sentence before ``sentence`` with its spans, when it was parsed (pronouns)
        self.previous: tuple[Sentence, list[tuple[int, int, Actor]]] | None = None

    def start(self, sentence: Sentence) -> None:
        before = self.sentence
        self.previous = None
        if before is not None and before.index == sentence.index - 1:
            self.previous = (before, self.spans)
        self.sentence = sentence
        actors = self._by_start()
        low = bisect_left(self._starts, sentence.start)
        high = bisect_left(self._starts, sentence.end, low)
        self.spans = sorted(
            ((a.evidence.start - sentence.start, a.evidence.end - sentence.start, a)
             for a in actors[low:high]),
            key=lambda t: (t[0], -t[1]),
        )

    def _by_start(self) -> list[Actor]:
        """The article's actors sorted by start (a stable sort: the article's order among equal
        starts, so that ``start`` sorts them as it would from the article's list)."""
        actors = self.ctx.result.actors
        if self._indexed is not actors or self._indexed_len != len(actors):
            self._sorted = sorted(actors, key=lambda a: a.evidence.start)
            self._starts = [a.evidence.start for a in self._sorted]
            self._indexed, self._indexed_len = actors, len(actors)
        return self._sorted

    # -- one phrase -----------------------------------------------------------------------
    def record_at(self, token: Token) -> Actor | None:
        for a, b, actor in self.spans:
            if a <= token.idx < b:
                return actor
        return None

    def phrase(self, token: Token) -> list[Actor]:
        """The actor(s) a noun phrase headed by ``token`` stands for."""
        if (token.lower_ in RELATIVE and token.head.dep_ == "relcl"
                and token.head.head.i != token.head.i):
            return self.conjoined(token.head.head)  # "the man who was arrested": the man
        if token.lower_ in PRONOUNS or token.pos_ == "PRON":
            return self.pronoun(token)
        group = self._group_ref(token)
        if group:
            return group
        actor = self.record_at(token)
        if actor is None:
            # "the leader of the gang, Juan Perez": the name in apposition is the most specific
            named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            after = token.doc[token.i + 2] if token.i + 2 < len(token.doc) else None
            if (not named and after is not None and token.nbor().text == ","
                    and after.ent_type_ == "PERSON" and token.pos_ == "NOUN"):
                named = [after]  # the same, where the parser did not see the apposition
            for child in named:  # any word of the name may start its record
                words = [child, *(t for t in child.doc[child.i + 1: child.i + 4]
                                  if t.ent_type_ == child.ent_type_ == "PERSON")]
                actor = next((a for a in map(self.record_at, words) if a is not None), None)
                if actor is not None:
                    break
        if actor is None:
            for child in token.children:
                if child.dep_ in {"compound", "amod", "poss", "nmod"} and child.i < token.i:
                    actor = self.record_at(child)
                    if actor is not None:
                        break
        if actor is None:
            actor = self._fallback(token)
        if actor is None and token.pos_ == "NOUN":
            # "rebel positions", "an army base": the group that holds the place or thing
            for child in token.children:
                if child.dep_ in {"compound", "amod"} and child.i < token.i and (
                        child.lemma_.lower() in SECTOR_NOUNS or participants.is_person(child)):
                    actor = self._fallback(child)
                    if actor is not None:
                        break
            inner = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"] if token.pos_ in {
                         "NOUN", "NUM"} else []
            if actor is None and inner:
                # "representatives of Dow Jones", "thousands of protesters": the "of" phrase
                return self.conjoined(inner[0])
            if actor is not None and actor.country is None and inner:
                # "inhabitants of the Syrian Golan", "supporters of President X": their country
                country = next((a.country for a in self.conjoined(inner[0]) if a.country), None)
                actor = replace(actor, country=country)
        if (actor is None or actor.country is None) and token.lemma_.lower() in OF_NOUNS:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    inner = [p for p in child.children if p.dep_ == "pobj"]
                    if inner:
                        found = self.conjoined(inner[0])
                        if found:
                            return found
                if child.dep_ == "poss":
                    found = self.conjoined(child)
                    if found:
                        return found
        return [actor] if actor is not None else []

    def pronoun(self, token: Token) -> list[Actor]:
        """The actors a personal pronoun stands for: its antecedent in this sentence or the
        one before (``participants.antecedent``), read with that sentence's actor records."""
        previous = self.previous
        found = participants.antecedent(token, previous[0].doc if previous else None)
        if found is None:
            return []
        if found.doc is token.doc or previous is None:
            return self.conjoined(found)
        here = self.sentence, self.spans
        self.sentence, self.spans = previous
        try:
            return self.conjoined(found)
        finally:
            self.sentence, self.spans = here

    def conjoined(self, token: Token) -> list[Actor]:
        """Actors of a phrase and all its conjuncts ("A, B and C")."""
        out: list[Actor] = []
        for tok in [token, *token.conjuncts]:
            for actor in self.phrase(tok):
                if all(_key(actor) != _key(o) for o in out):
                    out.append(actor)
        countries = {a.country for a in out if a.country}
        if len(out) >= 2 and len(countries) == len(out):
            self.groups.append(out)
        return out

    def _group_ref(self, token: Token) -> list[Actor]:
        if token.lemma_.lower() not in GROUP_NOUNS or token.tag_ not in {"NNS", "NNPS"}:
            if not any(c.lower_ == "both" for c in token.children):
                return []
        size = None
        for child in token.children:
            if child.lower_ in NUMBERS and child.dep_ in {"nummod", "det", "predet", "amod"}:
                size = NUMBERS[child.lower_]
        if size is None:
            return []
        sized = [g for g in self.groups if len(g) == size]
        countries = [g for g in sized if all(country_of(a.text) == a.country for a in g)]
        for group in (countries or sized)[-1:]:
            return list(group)
        return []

    def _fallback(self, token: Token) -> Actor | None:
        if token.pos_ not in {"PROPN", "NOUN", "ADJ"} or self.sentence is None:
            return None
        left = min([token.i] + [c.left_edge.i for c in token.children
                                if c.i < token.i and c.dep_ in {"compound", "amod", "poss",
                                                                "nmod", "nummod", "det"}])
        span = token.doc[left: token.i + 1]
        dashes = [t.i for t in span[:-1] if t.text in participants.DASHES]
        if dashes:  # "CROMWELL — Police": the dateline is not part of the phrase
            span = token.doc[dashes[-1] + 1: token.i + 1]
        while len(span) > 1 and span[0].pos_ in {"DET", "NUM", "PUNCT"}:
            span = span[1:]
        country = None
        for cand in (span.text, token.text, *(t.text for t in span if t.pos_ in {"PROPN", "ADJ"})):
            country = country_of(cand)
            if country:
                break
        if country is None and token.ent_type_ == "GPE":
            country = country_of(token.text)
        head = token.lemma_.lower()
        sector = SECTOR_NOUNS.get(head)
        person = sector is None and participants.is_person(token)
        if person:
            sector = participants.person_sector(token)
        if (country is None and sector is None and not person
                and token.ent_type_ not in {"ORG", "NORP", "PERSON"}):
            return None
        if country is None and (sector is not None or person):
            country = participants.home_country(token)  # "people in Germany", "police in Kabul"
        kind = "named" if token.pos_ == "PROPN" else "group"
        if sector is None and country is not None and span.text == token.text:
            sector = "GOV"
            kind = "place-as-government" if token.ent_type_ == "GPE" else kind
        return Actor(text=span.text, evidence=self.sentence.evidence(span), name=span.text,
                     country=country, sector=sector, kind=kind, extractor=self.version)

    # -- clause-level --------------------------------------------------------------------
    def subject(self, verb: Token) -> list[Actor]:
        """The actors of a clause: its subject, resolved through pronouns and stance nouns."""
        for child in verb.children:
            if child.dep_ in {"nsubj", "csubj"} and not participants.dateline_word(child):
                if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                    return self.conjoined(verb.head)
                if child.lower_ in PRONOUNS or child.pos_ == "PRON":
                    # the subject of a governing clause, when named before the pronoun ("Canada
                    # said it will ..."; not "he attacked ..., Nelson said")
                    start = self.sentence.start + child.idx if self.sentence else 0
                    found = self.governing_subject(verb, child)
                    if found and all(a.evidence.start < start for a in found):
                        return found
                    return self.pronoun(child)
                return self.conjoined(child)
        if verb.dep_ in {"xcomp", "conj", "advcl", "ccomp", "acomp"} and verb.head.i != verb.i:
            # "acomp": "X is ready to mediate" reads the subject of "is" through "ready"
            if verb.dep_ == "xcomp":
                objs = [c for c in verb.head.children if c.dep_ in {"dobj", "dative"}]
                if objs:
                    return self.conjoined(objs[0])
            return self.subject(verb.head)
        if verb.dep_ == "relcl" and verb.head.i != verb.i:
            return self.conjoined(verb.head)
        for child in verb.children:
            if child.dep_ == "agent":
                pobj = [p for p in child.children if p.dep_ == "pobj"]
                if pobj:
                    return self.conjoined(pobj[0])
        return []

    def governing_subject(self, verb: Token, pronoun: Token | None = None) -> list[Actor]:
        """A governing clause's subject (none that ``pronoun`` cannot stand for)."""
        node = verb
        while node.head.i != node.i:
            node = node.head
            if node.pos_ not in {"VERB", "AUX"}:
                continue
            for child in node.children:
                if (child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ != "PRON"
                        and not participants.dateline_word(child)):
                    if child.dep_ == "nsubjpass" and child.lemma_.lower() not in STANCE_NOUNS:
                        continue
                    if pronoun is not None and participants.disagrees(pronoun, child):
                        return []
                    found = self.conjoined(child)
                    if found:
                        return found
        return []


def _key(actor: Actor) -> tuple[int, int]:
    return actor.evidence.start, actor.evidence.end


def _unique(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for actor in actors:
        if all(_key(actor) != _key(o) for o in out):
            out.append(actor)
    return out


def roles(trigger: Token, plover: str, finder: ActorFinder,
          triggers: set[int]) -> tuple[list[Actor], list[Actor], bool]:
    """(actors, recipients, reciprocal) of the event named by ``trigger``.

    ``triggers`` holds the token indices of every event trigger in the sentence, so that a noun
    that is the object of another event ("condemned the attacks") does not borrow its subject.
    """
    lemma = trigger.lemma_.lower()
    kids = list(trigger.children)  # read once for every look at the trigger's children
    actors: list[Actor] = []
    recipients: list[Actor] = []
    reciprocal = False
    between = pobjs(trigger, {"between", "among"}, kids)
    if not between and trigger.dep_ == "nsubj" and (
            trigger.head.lemma_.lower() in EVENT_PREDICATES):  # "clashes broke out between"
        between = pobjs(trigger.head, {"between", "among"})
    if between and plover == "CONSULT":
        # mediation between A and B (a mediator named): A and B are the targets; talks between
        # A and B with no one else: A and B are the actors
        mediator = _own_actors(trigger, finder, kids, triggers)
        if mediator:
            actors, recipients = mediator, _parties(between[0], finder)
        else:
            actors, reciprocal = _parties(between[0], finder), True
    elif between:
        actors = _parties(between[0], finder)
        reciprocal = True
    suffering = participants.sufferer(trigger)
    patient = participants.patient_of_participle(trigger)
    if suffering is not None and not actors:
        # "the town faced shelling by the army": the town is the recipient, the army the actor
        recipients = finder.conjoined(suffering[0])
        agent = pobjs(trigger, {"by", "from"}, kids) or pobjs(suffering[1], {"by", "from"})
        if agent:
            actors = finder.conjoined(agent[0])
        elif suffering[0].dep_ == "dobj":  # "police placed him under arrest"
            actors = finder.subject(suffering[1])
        else:  # "repelled a Russian assault", "suffered the army's shelling"
            for child in kids:
                if child.dep_ in {"poss", "amod", "compound"} and child.i < trigger.i:
                    actors.extend(finder.conjoined(child))
    elif trigger.pos_ in {"VERB", "AUX"} and patient is None and (
            verb := participants.depicted(trigger)) is not None:
        # "appeared in court charged with theft", "Arrested in May, he ...": the verb's subject
        # underwent the act; "by X" did it
        undergoer = [c for c in verb.children if c.dep_ == "nsubjpass"]
        recipients = finder.conjoined(undergoer[0]) if undergoer else finder.subject(verb)
        agent = pobjs(trigger, {"by"}, kids)
        actors = actors or (finder.conjoined(agent[0]) if agent else [])
    elif trigger.pos_ in {"VERB", "AUX"} and patient is not None:
        # "the recently killed leader", "a woman accused of theft": the noun is the recipient
        recipients = finder.conjoined(patient)
        agent = pobjs(trigger, {"by"}, kids)
        actors = actors or (finder.conjoined(agent[0]) if agent else [])
    elif trigger.pos_ in {"VERB", "AUX"}:
        passive = [c for c in kids if c.dep_ == "nsubjpass"]
        if passive:
            recipients = finder.conjoined(passive[0])
            agent = pobjs(trigger, {"by"}, kids)
            actors = actors or (finder.conjoined(agent[0]) if agent else [])
        else:
            actors = actors or finder.subject(trigger)
            has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in kids)
            finite = trigger.tag_ in {"VBD", "VBZ", "VBP"} or trigger.dep_ == "amod"
            if not actors and finite and not has_subject and trigger.dep_ not in CLAUSE_DEPS:
                actors = _left_subject(trigger, finder)
        for child in kids:
            if child.dep_ == "dobj" and plover == "MOBILIZE":
                continue  # "sent troops to Libya": the forces are the actor's own
            if child.dep_ in {"dobj", "dative"}:
                found = finder.conjoined(child)
                if not found:
                    for pobj in pobjs(child, RECIPIENT_PREPS | {"from", "with"}):
                        found.extend(finder.conjoined(pobj))
                recipients.extend(found)
    else:
        agent = pobjs(trigger, {"by", "from"}, kids)
        if not agent:  # "attacks carried out by rebels", "accusations made by his brother"
            agent = [p for c in kids if c.dep_ == "acl" and c.tag_ == "VBN"
                     for p in pobjs(c, {"by"})]
        if not actors and agent:
            actors = finder.conjoined(agent[0])
        undergoer = plover in UNDERGONE and not pobjs(trigger, RECIPIENT_PREPS | {"of"}, kids)
        modifiers = [c for c in kids if c.dep_ in {"poss", "amod", "compound", "nmod"}
                     and c.i < trigger.i]
        undergone = [c for c in modifiers
                     if undergoer and c.dep_ == "poss" and _individual(c, finder)]
        for child in undergone:
            recipients.extend(finder.conjoined(child))  # "Farinas' arrest (by police)"
        if not actors:
            for child in modifiers:
                if child not in undergone:
                    actors.extend(finder.conjoined(child))
        of = participants.of_objects(trigger)
        if of and plover in OF_PATIENT:  # "the assassination of the mayor"
            recipients.extend(finder.conjoined(of[0]))
        elif of and plover in OF_AGENT and not actors:  # "a protest of farmers"
            actors = finder.conjoined(of[0])
        if not actors:
            actors = _governing_actors(trigger, finder, triggers, plover)
    with_objs = pobjs(trigger, {"with"}, kids)
    if with_objs and lemma in RECIPROCAL:
        actors = actors + finder.conjoined(with_objs[0])
        reciprocal = True
    elif with_objs and plover in {"CONSULT", "COOPERATE", "AGREE"}:
        # "A met with B" is "A and B met": both are actors (the guidelines' reciprocal events);
        # not "agreed, with strings attached, to lift the embargo on B"
        partners = finder.conjoined(with_objs[0])
        if partners:
            actors, reciprocal = actors + partners, True
    preps = RECIPIENT_PREPS | ({"for"} if plover in BENEFIT else set())
    for pobj in pobjs(trigger, preps, kids):
        recipients.extend(finder.conjoined(pobj))
    if not recipients and plover in {"REQUEST", "COERCE", "THREATEN", "SANCTION"}:
        recipients = _forced(trigger, finder)
    if not recipients and plover == "REQUEST" and trigger.pos_ in {"VERB", "AUX"}:
        # "China demanded that India withdraw": the one asked to act is the recipient
        for clause in (c for c in kids if c.dep_ == "ccomp"):
            subj = [c for c in clause.children if c.dep_ == "nsubj"]
            recipients.extend(finder.conjoined(subj[0]) if subj else [])
    if not recipients:
        recipients = _complement_objects(trigger, finder, preps, triggers)
    topic = trigger.dep_ == "pobj" and trigger.head.lower_ in participants.TOPIC_PREPS
    if (not recipients and trigger.pos_ not in {"VERB", "AUX"} and trigger.dep_ in {"dobj", "pobj"}
            and not topic):
        head = trigger.head if trigger.dep_ == "dobj" else trigger.head.head
        if head.pos_ in {"VERB", "AUX"} and head.i not in triggers:
            for child in head.children:
                if child.dep_ in {"dative", "iobj"} or (child.dep_ == "dobj" and child.i != trigger.i):
                    recipients.extend(finder.conjoined(child))
            for pobj in pobjs(head, preps):
                recipients.extend(finder.conjoined(pobj))
    actors = _unique(actors)
    if reciprocal:
        return actors, [], True
    recipients = [r for r in _unique(recipients) if all(_key(r) != _key(a) for a in actors)]
    return actors, recipients, False


def _own_actors(trigger: Token, finder: ActorFinder, kids: list[Token],
                triggers: set[int]) -> list[Actor]:
    """The one who brings parties together ("X mediated between A and B", "X hosted a meeting
    between A and B"): the subject of the verb or of the clause governing the noun, its "by"
    phrase or possessive."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return finder.subject(trigger)
    agent = pobjs(trigger, {"by"}, kids)
    if agent:
        return finder.conjoined(agent[0])
    poss = [c for c in kids if c.dep_ == "poss"]
    if poss:
        return finder.conjoined(poss[0])
    if trigger.dep_ == "dobj" and trigger.head.pos_ in {"VERB", "AUX"}:
        return finder.subject(trigger.head)  # "X hosted a meeting between A and B"
    return _governing_actors(trigger, finder, triggers, "CONSULT")


def _individual(token: Token, finder: ActorFinder) -> bool:
    """One person: a singular person noun, name or title ("the senator"), or "his/her"."""
    if token.lower_ in participants.SINGULAR_PERSON:
        return True
    if token.tag_ not in {"NN", "NNP"}:
        return False
    record = finder.record_at(token)
    return participants.is_person(token) or (record is not None and record.kind == "title")


def _governing_actors(trigger: Token, finder: ActorFinder, triggers: set[int],
                      plover: str = "") -> list[Actor]:
    node = trigger
    direct = True  # still inside the argument chain of the noun
    while node.head.i != node.i:
        dep = node.dep_
        if participants.reported_clause(dep, plover):
            return []  # "ministers said the bombing ...": a speaker is not the bomber
        node = node.head
        if dep == "pobj" and direct and node.lower_ in participants.TOPIC_PREPS:
            return []  # "summoned the envoy over the clash": a topic, not the subject's act
        if node.i in triggers and direct and dep in {"dobj", "pobj", "prep", "conj", "appos"}:
            return []  # the object of another event: "condemned the attacks"
        if node.pos_ in {"VERB", "AUX"}:
            if dep == "nsubjpass" and node.lemma_.lower() in PERPETRATE and direct:
                # "the shooting was carried out by a lone gunman"
                agent = pobjs(node, {"by"})
                return finder.conjoined(agent[0]) if agent else []
            if dep in {"nsubj", "nsubjpass"}:
                if node.lemma_.lower() not in EVENT_PREDICATES or node.i in triggers:
                    return []  # "the attacks will target ...": the noun is an actor itself
                direct = False
                continue
            found = finder.subject(node) if node.i not in triggers or not direct else []
            if not found and dep == "agent":
                found = _stance_subject(node, finder)
            if not found and dep in {"pobj", "agent", "prep"}:
                found = finder.governing_subject(node)
            if found:
                return found
            direct = False
    return []


def _forced(trigger: Token, finder: ActorFinder) -> list[Actor]:
    """Recipients named by a companion verb: "the call for a ceasefire, forcing A and B to ..."."""
    node = trigger
    for _ in range(4):
        for child in node.children:
            if child.dep_ in {"advcl", "xcomp", "conj"} and child.lemma_.lower() in FORCE_VERBS:
                objs = [c for c in child.children if c.dep_ in {"dobj", "dative"}]
                if objs:
                    return finder.conjoined(objs[0])
        if node.head.i == node.i:
            break
        node = node.head
    return []


def _parties(pobj: Token, finder: ActorFinder) -> list[Actor]:
    """Every party of "between A (in X, backed by Y) and B": the object and the conjuncts in its
    phrase, not the modifiers' objects."""
    heads = [pobj]
    for tok in pobj.subtree:
        if tok.dep_ != "conj" or tok.i == pobj.i:
            continue
        node, ok = tok, True
        while node.i != pobj.i and node.head.i != node.i:
            if node.dep_ in {"acl", "relcl", "agent", "advcl", "appos"}:
                ok = False
                break
            node = node.head
        if ok:
            heads.append(tok)
    out: list[Actor] = []
    for head in heads:
        out.extend(finder.phrase(head))
    return _unique(out)


def _left_subject(trigger: Token, finder: ActorFinder) -> list[Actor]:
    """A finite verb the parser left without a subject ("A, B and C, co-chairs of X,
    condemned ..."): the first subject phrase before it in the sentence."""
    for tok in trigger.doc[: trigger.i]:
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.pos_ != "PRON":
            found = finder.conjoined(tok)
            if found:
                return found
    return []


def _stance_subject(verb: Token, finder: ActorFinder) -> list[Actor]:
    """"The position of X was reinforced by the call for ...": the call is X's."""
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.lemma_.lower() in STANCE_NOUNS:
            return finder.phrase(child)
    return []


def _complement_objects(trigger: Token, finder: ActorFinder, preps: set[str],
                        triggers: set[int], depth: int = 0) -> list[Actor]:
    """Recipients named in the complement of the trigger: "agreed to provide aid for Romania",
    "offered to hand over to Great Britain ..."."""
    if depth > 2:
        return []
    found: list[Actor] = []
    for child in trigger.children:
        if child.dep_ not in {"xcomp", "ccomp"}:
            continue
        for obj in child.children:
            if obj.dep_ in {"dobj", "dative"} and obj.i not in triggers:
                found.extend(finder.conjoined(obj))
                for pobj in pobjs(obj, preps):
                    found.extend(finder.conjoined(pobj))
        for pobj in pobjs(child, preps):
            found.extend(finder.conjoined(pobj))
        if not found:
            found = _complement_objects(child, finder, preps, triggers, depth + 1)
        if found:
            return found
    return found
