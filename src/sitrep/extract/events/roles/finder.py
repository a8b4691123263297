"""The actor records a phrase of one sentence stands for: ``ActorFinder`` maps parse tokens to
the article's actor records (matched by character offsets), through relative pronouns, personal
pronouns (their antecedent in this sentence or the one before), groups named before ("the three
countries"), names in apposition, compounds and possessives, "of" phrases ("representatives of
X"), and a fallback actor built from the phrase where no record covers it (country from country
names, capitals and demonyms; sector from the head noun), and one actor per country where the
demonyms of several countries share one noun ("Hungarian and Romanian officials":
``nouns.countries_apart``). ``actors.roles`` decides which phrases
are the actors and recipients of an event; this module only says who a phrase is.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Token

from sitrep.extract.actors.code import UNKNOWN, code_actor
from sitrep.extract.actors.kinds import BODY_HEADS
from sitrep.extract.actors.lexicon import american
from sitrep.extract.context import Context, Sentence
from sitrep.extract.events.roles import (
    antecedents,
    datelines,
    participants,
    targets,
)
from sitrep.extract.events.roles.nouns import (
    AMOUNTS,
    GROUP_NOUNS,
    GROUP_SIZE_DEPS,
    NUMBERS,
    OFFICER_SECTORS,
    apposed_names,
    body_sector,
    clause_children,
    clause_subject,
    counted_people,
    countries_apart,
    indefinite_people,
    lawyer_of,
    listed,
    member_of,
    owned,
    partitive_whole,
    person_noun_sector,
    remains_of,
    reported_by,
    reporting_officer,
    same_name,
    site,
    speaks_for,
)
from sitrep.extract.events.roles.participants import SECTOR_NOUNS, country_of
from sitrep.extract.events.senses.fit import noun_class
from sitrep.nlp.scans import entities
from sitrep.records import Actor

# entity labels of amounts, times and measures: never a participant
PRONOUNS = {"it", "they", "he", "she", "we", "its", "their", "his", "her", "who", "which", "that"}
RELATIVE = {"which", "who", "whom", "that"}
STANCE_NOUNS = {"position", "stance", "statement", "view", "declaration", "message", "policy",
                "decision", "move", "plan", "communique", "proposal"}

# WordNet classes of acts and happenings: a phrase they head names no party ("the embassy
# bombings")
ACTS = {"act", "event"}
# WordNet classes (and entity labels' classes) of places, buildings and things a physical act is
# done to ("the hospital was hit", "shelled the town", "the convoy came under fire")
THING_CLASSES = {"artifact", "object", "location", "group"}

# WordNet classes of the nouns that name whom a request or an apology is addressed to
# ("the public", "the nation", "both parties", "parents"), and those of nouns asked to act
# ("called on the West to", "urged the world to", "urged all sides to"; not "urged restraint")
ADDRESS_CLASSES = {"group", "person"}
ASKED_CLASSES = {*ADDRESS_CLASSES, "location", "object", "artifact", None}

# the generic nouns of organised bodies besides ``BODY_HEADS`` (American spelling)
ORGANIZATIONS = {"organization", "organizations"}

# nouns whose actor may be named in an "of" phrase or a possessive ("the minister of X")
OF_NOUNS = STANCE_NOUNS | SECTOR_NOUNS.keys() | {"minister", "member", "co-chair"}


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
        # the sentence before ``previous`` with its spans, when it was parsed (pronoun chains)
        self.earlier: tuple[Sentence, list[tuple[int, int, Actor]]] | None = None
        self._people: frozenset[str] | None = None  # ``people``, once read
        # the pronouns being resolved: a chain that comes back to one of them ("Their accounts
        # were frozen. They were accused": "They" -> the accounts -> "Their" -> "They" ...)
        # stands for nothing rather than recursing without end
        self._resolving: set[tuple[int, int]] = set()

    def start(self, sentence: Sentence) -> None:
        before, prior = self.sentence, self.previous
        self.previous = self.earlier = None
        if before is not None and before.index == sentence.index - 1:
            self.previous = (before, self.spans)
            if prior is not None and prior[0].index == sentence.index - 2:
                self.earlier = prior
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

    def phrase(self, token: Token, things: bool = False) -> list[Actor]:
        """The actor(s) a noun phrase headed by ``token`` stands for (``things``: a thing
        counts as the participant itself, as what a physical act is done to)."""
        if (token.lower_ in RELATIVE and token.head.dep_ == "relcl"
                and token.head.head.i != token.head.i):  # "the man who was arrested": the man
            return self.conjoined(antecedents.described(token))
        if token.lower_ in PRONOUNS or token.pos_ == "PRON":
            return self.pronoun(token)
        group = self._group_ref(token)
        if group:
            return group
        remains = remains_of(token)
        if remains is not None:  # "the bodies of four men were found": the men
            return self.conjoined(remains)
        actor = self.record_at(token)
        # "the leader of the gang, Juan Perez", "Lithuania's defence minister, Rasa Vaitkiene":
        # the name in apposition is the most specific mention; it keeps the title's country,
        # sector and office where its own record has none
        named = self._appositive(token) if actor is None or token.pos_ == "NOUN" else None
        if named is not None and actor is not None and actor_key(named) != actor_key(actor):
            named = replace(named, country=named.country or actor.country, sector=named.sector
                            or actor.sector, office=named.office or actor.office)
        actor = named or actor
        if actor is None:
            # not the person whose aide, driver or son it is ("the mayor's bodyguard was shot":
            # the bodyguard); a country's soldiers keep the country's record
            kin = participants.is_person(token)
            act = noun_class(token) in ACTS
            for child in token.children:
                if act and targets.struck_thing(child):
                    continue  # "the embassy bombings": the embassy was bombed, not a bomber
                if child.dep_ in {"compound", "amod", "poss", "nmod"} and child.i < token.i and not (
                        kin and child.dep_ == "poss" and participants.is_person(child)):
                    actor = self.record_at(child)
                    if actor is not None:
                        if kin and child.dep_ == "poss":
                            actor = member_of(self.sentence, token, actor)
                        break
        if actor is None:
            actor = self._fallback(token)
        if actor is None and (whole := partitive_whole(token)) is not None and whole.pos_ != "PRON":
            found = self.conjoined(whole)  # "two of the suspects": the suspects
            if found:
                return found
        if actor is None and self.sentence is not None and (
                people := counted_people(token)) is not None:  # "a 19-year-old", "the three"
            actor = Actor(text=people.text, evidence=self.sentence.evidence(people),
                          name=people.text, kind="group", extractor=self.version)
        if actor is None and token.pos_ == "PROPN" and participants.person_word(token):
            # "the Secretary of the Interior Ministry", "the Director of the National Police":
            # a title written capitalised, held in the body its "of" phrase names
            office = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"]
            if office:
                return self.conjoined(office[0])
        if actor is None and token.pos_ == "NOUN":
            # "rebel positions", "an army base": the group that holds the place or thing
            for child in token.children:  # "the doctor's licence": the doctor
                if act and targets.struck_thing(child):
                    continue
                if child.dep_ in {"compound", "amod", "poss"} and child.i < token.i and (
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
            owners = [c for c in token.children if c.dep_ == "poss"
                      and c.lower_ in participants.SINGULAR_PERSON | participants.PLURAL]
            if actor is None and owners and not (things or kin or act) and owned(token, owners[0]):
                # "his licence was revoked", "their accounts were frozen": the one whose
                # licence or accounts they are, as for "the doctor's licence"
                found = self.pronoun(owners[0])
                if found:
                    return found
        if (actor is None or actor.country is None) and token.lemma_.lower() in OF_NOUNS:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    inner = [p for p in child.children if p.dep_ == "pobj"]
                    if inner:
                        found = self.conjoined(inner[0])
                        # whose office it is ("the foreign minister of Iran"), not the field
                        # an office's name holds ("the Ministry of Labour and Social Affairs")
                        if found and not same_name(token, inner[0]):
                            return found
                if child.dep_ == "poss" and child.lower_ not in participants.SINGULAR_PERSON:
                    # not "his ministry": the ministry, not the minister
                    found = self.conjoined(child)
                    if len(found) == 1 and participants.is_person(token) and not (
                            participants.is_person(child)):
                        found = [member_of(self.sentence, token, found[0])]  # "the gang's leader"
                    if found:
                        return found
        if actor is not None and speaks_for(token):
            actor = self._spoken_for(token, actor)
        return (countries_apart(self.sentence, token, actor) if actor is not None
                else [])

    def _appositive(self, token: Token) -> Actor | None:
        """The record of a name in apposition to a noun (any word of it may start the record)."""
        found = (next((a for a in map(self.record_at, w) if a), None) for w in apposed_names(token))
        return next((a for a in found if a is not None), None)

    def _spoken_for(self, token: Token, actor: Actor) -> Actor:
        """A speaker takes the sector (and a country it lacks) of the body or office-holder it
        speaks for ("a spokeswoman for the sheriff's office": COP; "a press officer for the
        army": MIL; "the sheriff's spokeswoman": COP)."""
        for child in token.children:
            inner = [p for p in child.children if p.dep_ == "pobj"] if (
                child.dep_ == "prep" and child.lower_ == "for") else [child] if (
                child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"}) else []
            found = self.conjoined(inner[0]) if inner else []
            body = next((a for a in found if a.sector and actor_key(a) != actor_key(actor)),
                        None)
            if body is not None:
                return replace(actor, sector=body.sector, country=actor.country or body.country)
        return actor

    def pronoun(self, token: Token) -> list[Actor]:
        """The actors a personal pronoun stands for: its antecedent in this sentence or the
        one before, or, through that sentence's own pronoun, the one before it
        (``antecedents.antecedent``), read with that sentence's actor records."""
        key = (id(token.doc), token.i)
        if key in self._resolving:
            return []
        self._resolving.add(key)
        try:
            return self._pronoun(token)
        finally:
            self._resolving.discard(key)

    def _pronoun(self, token: Token) -> list[Actor]:
        previous, earlier = self.previous, self.earlier
        found = antecedents.antecedent(token, previous[0].doc if previous else None,
                                        earlier[0].doc if earlier else None, self.people())
        if found is None:
            return []
        speaker = reporting_officer(token)
        officer = self.conjoined(speaker) if speaker is not None else []
        if not (officer and all(a.kind == "named" and a.sector in OFFICER_SECTORS
                                for a in officer)):
            officer = []
        if found.doc is token.doc:
            if found.i == (speaker.i if speaker is not None else -1) and officer:
                return []  # "Capt. Nelson said Kosinski subdued him": not the captain
            return self.conjoined(found)
        if previous is None:
            return self.conjoined(found)
        here = self.sentence, self.spans
        self.sentence, self.spans = (earlier if earlier is not None
                                     and found.doc is earlier[0].doc else previous)
        try:
            out = self.conjoined(found)
        finally:
            self.sentence, self.spans = here
        names = {(a.name or a.text) for a in officer}
        return [] if names & {(a.name or a.text) for a in out} else out

    def people(self) -> frozenset[str]:
        """The last words of the names the model labels PERSON anywhere in the article's parsed
        sentences ("Margalit Har-Shefi": "Shefi"), read once per article: a name it labels
        otherwise in another sentence ("Har-Shefi said she ...", as ORG) is still a person."""
        if self._people is None:
            self._people = frozenset(ent[-1].text for s in self.ctx.parsed() if s.doc is not None
                                     for ent in entities(s.doc) if ent.label_ == "PERSON")
        return self._people

    def conjoined(self, token: Token) -> list[Actor]:
        """Actors of a phrase and all its conjuncts ("A, B and C"); none for the dateline
        ("DAYTON, Ohio - A woman was shot": the town the parser makes a subject)."""
        if datelines.dateline_word(token):  # the phrase the parser hung on its town, if any
            after = datelines.after_dateline(token)
            return [] if after is None else self.conjoined(after)
        out: list[Actor] = []
        for tok in [token, *(c for c in token.conjuncts if not same_name(c, token)  # "MANILA
                             and not datelines.dateline_word(c)), *listed(token)]:  # -- A and B"
            for actor in self.phrase(tok):
                if all(actor_key(actor) != actor_key(o) for o in out):
                    out.append(actor)
        countries = {a.country for a in out if a.country}
        if len(out) >= 2 and len(countries) == len(out):
            self.groups.append(out)
        return out

    def targets(self, token: Token) -> list[Actor]:
        """The actors of a phrase and its conjuncts where a place, a building or a thing counts
        too: what a physical act is done to ("shelled Aleppo and Homs", "the hospital was hit",
        "the town suffered shelling", "the convoy came under fire"), read as a participant
        of kind "thing" with no sector when no actor record or party noun covers it; not the
        place an act was made on or at ("the shooting on Elm Street": a street, a site or a
        town named there is where it happened), nor the dateline."""
        if datelines.dateline_word(token):
            after = datelines.after_dateline(token)
            return [] if after is None else self.targets(after)
        out: list[Actor] = []
        for tok in [token, *(c for c in token.conjuncts if not same_name(c, token)
                             and not datelines.dateline_word(c)), *listed(token)]:
            found = self.phrase(tok, things=True)
            if not found and not site(tok):
                thing = self.thing(tok)
                found = [thing] if thing is not None else []
            out.extend(a for a in found if all(actor_key(a) != actor_key(o) for o in out))
        return out

    def thing(self, token: Token) -> Actor | None:
        """A place, building or thing as a participant ("the hospital", "Idlib", "a convoy of
        trucks"): a noun whose entity label or first WordNet sense is a place, an artifact, an
        object or a group; none for a pronoun, an amount, an act or an abstraction."""
        if token.pos_ not in {"NOUN", "PROPN"} or token.ent_type_ in AMOUNTS or (
                self.sentence is None or token.lower_ in PRONOUNS):
            return None
        if noun_class(token) not in THING_CLASSES:
            return None
        left = min([token.i] + [c.left_edge.i for c in token.children
                                if c.i < token.i and c.dep_ in {"compound", "amod", "nmod", "det"}])
        span = token.doc[left: token.i + 1]
        while len(span) > 1 and span[0].pos_ in {"DET", "NUM", "PUNCT"}:
            span = span[1:]
        country = country_of(token.text) if token.ent_type_ == "GPE" else None
        return Actor(text=span.text, evidence=self.sentence.evidence(span), name=span.text,
                     country=country, sector=None, kind="thing", extractor=self.version)

    def _group_ref(self, token: Token) -> list[Actor]:
        if token.lemma_.lower() not in GROUP_NOUNS or token.tag_ not in {"NNS", "NNPS"}:
            if not any(c.lower_ == "both" for c in token.children):
                return []
        size = None
        for child in token.children:
            if child.lower_ in NUMBERS and child.dep_ in GROUP_SIZE_DEPS:
                size = NUMBERS[child.lower_]
        if size is None:
            return []
        # not the clause's own subject ("the EU and the US called on both sides to ...")
        own = {actor_key(a) for t in clause_subject(token) if (a := self.record_at(t))}
        sized = [g for g in self.groups if len(g) == size and not own & set(map(actor_key, g))]
        countries = [g for g in sized if all(country_of(a.text) == a.country for a in g)]
        for group in (countries or sized)[-1:]:
            return list(group)
        return []

    def addressee(self, token: Token, asked_to_act: bool) -> list[Actor]:
        """The actors of the one a request or an apology is addressed to, where a generic or
        collective phrase names it ("urged the international community to", "called on all
        sides to", "asked the public to", "apologized to the nation", "asked anyone with
        information to"): the phrase itself as a group with no sector, when no record or party
        noun covers it. The slot says it is a
        party: one asked to act (``asked_to_act``: an infinitive follows, "urged the region
        to act") whatever its noun, else a noun whose first WordNet sense is a group or a
        person ("appealed to the faithful for calm"); never an act or a wish ("urged
        restraint", "asked for patience")."""
        out = self.conjoined(token)
        if out:
            return out
        for tok in [token, *(c for c in token.conjuncts if not same_name(c, token))]:
            if (people := indefinite_people(tok)) is not None and self.sentence is not None:
                out.append(Actor(text=people.text, evidence=self.sentence.evidence(people),
                                 name=people.text, kind="group", extractor=self.version))
                continue  # "asked anyone with information to call"
            if tok.lower_ in PRONOUNS or tok.pos_ == "PRON":
                continue
            kind = noun_class(tok)
            if kind in (ASKED_CLASSES if asked_to_act else ADDRESS_CLASSES):
                actor = self._fallback(tok, anyone=True)
                if actor is not None:
                    out.append(actor)
        return out

    def _fallback(self, token: Token, anyone: bool = False) -> Actor | None:
        """An actor built from the phrase ``token`` heads where no record covers it: a country
        by its name, capital or demonym, a sector by its noun ("the police", "a priest"), a
        body of people by its noun; none for other nouns unless ``anyone`` (the slot says it is
        a party: "urged the international community to act")."""
        if token.pos_ not in {"PROPN", "NOUN", "ADJ"} or self.sentence is None:
            return None
        if token.ent_type_ in AMOUNTS:
            return None  # "one million US dollars", "two weeks": an amount, not a party
        left = min([token.i] + [c.left_edge.i for c in token.children
                                if c.i < token.i and c.dep_ in {"compound", "amod", "poss",
                                                                "nmod", "nummod", "det"}])
        span = token.doc[left: token.i + 1]
        dashes = [t.i for t in span[:-1] if datelines.is_dash(t)]
        if dashes:  # "CROMWELL — Police": the dateline is not part of the phrase
            span = token.doc[dashes[-1] + 1: token.i + 1]
        while len(span) > 1 and span[0].pos_ in {"DET", "NUM", "PUNCT"}:
            span = span[1:]
        country = None
        words = [t for t in span if t.pos_ in {"PROPN", "ADJ"}]
        if noun_class(token) in ACTS:  # "Turkish airstrikes"; not "the Israeli embassy
            # bombing": a demonym before the thing attacked is the thing's country
            struck = [c.right_edge.i for c in token.children
                      if c.i < token.i and targets.struck_thing(c)]
            words = [t for t in words if t.i > max(struck, default=-1)]
            cands: tuple[str, ...] = (token.text, *(t.text for t in words))
        else:
            cands = (span.text, token.text, *(t.text for t in words))
        for cand in cands:
            if not cand[:1].isupper():
                continue  # names of countries, capitals and peoples are written capitalised
                # ("the male was struck" is no Malé, "a turkey" no Turkey)
            country = country_of(cand)
            if country:
                break
        if country is None and token.ent_type_ == "GPE":
            country = country_of(token.text)
        head = token.lemma_.lower()
        sector = SECTOR_NOUNS.get(head)
        of_phrase = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        person = sector is None and (participants.is_person(token) or (
            # "a mechanic"; not "representatives of Dow Jones": the "of" phrase names them
            participants.person_by_class(token) and not of_phrase) or (
            token.pos_ == "NOUN" and head in participants.COLLECTIVE  # "the pair"
            and not of_phrase))
        if person:
            sector = participants.person_sector(token)
        body = sector is None and not person and body_sector(token)
        if body:  # "the union", "the council", "the company": a body of people by its noun
            sector = body
        # "the federation", "the association", "an organisation": a body named by its generic
        # head alone is a party whose sector its phrase may give ("the farmers' federation")
        word = american(token.lower_)
        organised = (sector is None and not person and token.pos_ == "NOUN"
                     and (BODY_HEADS.fullmatch(word) is not None or word in ORGANIZATIONS)
                     and noun_class(token) in {"group", None})
        if organised and (coded := code_actor(span.text)[1]) not in {"", UNKNOWN}:
            sector = coded
        if sector is None and token.pos_ == "NOUN":
            # "a priest", "two drivers", "a pharmacist": the actor coder's nouns of people
            # (actor_nouns.tsv) give the sector the victims' lexicon does not
            sector = person_noun_sector(token)
        if sector in {"GOV", "LAB"} and any(c.dep_ == "compound" for c in token.children):
            # "union leaders" LAB, "aid workers" NGO, "church leaders" REL: the body before a
            # generic role word decides, as the actor coder reads the phrase
            coded = code_actor(span.text)[1]
            sector = coded if coded not in {"", UNKNOWN} else sector
        if (country is None and sector is None and not person and not anyone and not organised
                and token.ent_type_ not in {"ORG", "NORP", "PERSON"}
                and not participants.unlabelled_name(token) and not participants.named_doer(token)):
            return None
        named = country is not None  # the phrase names the country, not a place it is in
        if country is None and (sector is not None or person):
            country = participants.home_country(token)  # "people in Germany", "police in Kabul"
        kind = "named" if token.pos_ == "PROPN" else "group"
        if sector is None and named and span.text == token.text:
            # "Germany", "Kabul": the state; not "people in Germany", "two men in Cairo"
            sector = "GOV"
            kind = "place-as-government" if token.ent_type_ == "GPE" else kind
        return Actor(text=span.text, evidence=self.sentence.evidence(span), name=span.text,
                     country=country, sector=sector, kind=kind, extractor=self.version)

    # -- clause-level --------------------------------------------------------------------
    def subject(self, verb: Token) -> list[Actor]:
        """The actors of a clause: its subject, resolved through pronouns and stance nouns."""
        if participants.interrogative_subject(verb):
            return []  # "police did not say who shot the man": the doer is not known
        if (lawyer := lawyer_of(verb)) is not None:  # "X said his client denies": X
            return self.conjoined(lawyer)
        for child in clause_children(verb):  # "whom police detained": police, not "whom"
            if child.dep_ in {"nsubj", "csubj"} and datelines.dateline_word(child):
                if after := self.conjoined(child):  # the subject hung on the dateline
                    return after
            elif child.dep_ in {"nsubj", "csubj"} and not fronted(child, verb):
                if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                    return self.conjoined(antecedents.described(child))
                if child.lower_ in PRONOUNS or child.pos_ == "PRON":
                    # the subject of a governing clause, when named before the pronoun ("Canada
                    # said it will ..."; not "he attacked ..., Nelson said")
                    start = self.sentence.start + child.idx if self.sentence else 0
                    found = self.governing_subject(verb, child)
                    if found and all(a.evidence.start < start for a in found):
                        return found
                    return self.pronoun(child)
                # a body's common noun does what its verb says ("the mission denied"), not an
                owned = any(c.dep_ == "poss" for c in child.children)  # owned "its batteries"
                return self.conjoined(child) or ([] if owned else self.addressee(child, False))
        if verb.dep_ in {"xcomp", "conj", "advcl", "ccomp", "acomp"} and verb.head.i != verb.i:
            # "acomp": "X is ready to mediate" (through "ready"); "called on X to act": X acts
            raised = targets.raised_subject(verb)
            if raised is not None and not any(c.dep_ == "auxpass" for c in verb.children):
                return self.conjoined(raised)  # "the gunman is believed to have shot ..."
            if verb.dep_ == "xcomp":
                objs = [c for c in verb.head.children if c.dep_ in {"dobj", "dative"}] or [
                    p for p in participants.pobjs(verb.head, {"on", "upon"}) if p.i < verb.i]
                if objs:
                    return self.conjoined(objs[0])
            return self.subject(targets.coordinated_head(verb))
        if verb.dep_ == "relcl" and verb.head.i != verb.i:
            return self.conjoined(verb.head)
        for child in verb.children:
            if child.dep_ == "agent":
                pobj = [p for p in child.children if p.dep_ == "pobj"]
                if pobj:
                    return self.conjoined(pobj[0])
        return []

    def governing_subject(self, verb: Token, pronoun: Token | None = None,
                          speakers: bool = True) -> list[Actor]:
        """A governing clause's subject (none that ``pronoun`` cannot stand for; with
        ``speakers`` false, not the subject of a verb of saying: the speaker of a report)."""
        node = verb
        while node.head.i != node.i:
            node = node.head
            if node.pos_ not in {"VERB", "AUX"} or not (speakers or not reported_by(node)):
                continue
            for child in node.children:
                if (child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ != "PRON"
                        and not datelines.dateline_word(child)):
                    if child.dep_ == "nsubjpass" and child.lemma_.lower() not in STANCE_NOUNS:
                        continue
                    if pronoun is not None and participants.disagrees(pronoun, child):
                        return []
                    found = self.conjoined(child)
                    if found:
                        return found
        return []



def fronted(subject: Token, verb: Token) -> bool:
    """A phrase the parser made a second subject that is a fronted adverbial set off by a comma,
    another subject of the verb after it: "Outside court, Mr Kolawole's wife thanked ..."."""
    after = subject.right_edge.i + 1
    return after < len(subject.doc) and subject.doc[after].text == "," and any(
        c.dep_ in {"nsubj", "csubj"} and c.i > after for c in verb.children)


def actor_key(actor: Actor) -> tuple[int, int]:
    """Where an actor record stands in the article: one record per span."""
    return actor.evidence.start, actor.evidence.end


def unique_actors(actors: list[Actor]) -> list[Actor]:
    """``actors`` without a second record of the same span, in order."""
    out: list[Actor] = []
    for actor in actors:
        if all(actor_key(actor) != actor_key(o) for o in out):
            out.append(actor)
    return out
