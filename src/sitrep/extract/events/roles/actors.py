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
- a relative pronoun stands for the noun its clause hangs on ("the farmers who were attacked");
- the other side of an exchange of fire did what its victims suffered ("a gunman was killed in
  a shootout with police": police); the one a noun of accusation says acted is the ACCUSE's
  recipient ("accusations that the army shelled the town": ``targets.alleged``).

Which actor record a phrase stands for (pronouns, groups, appositions, fallback actors built from
the phrase) is ``finder.ActorFinder``'s part. The parties a trigger's clause names around it (a governing
clause's subject, a complement's objects, "between A and B") are read by ``clauses``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from sitrep.extract.events.roles import (
    aims,
    clauses,
    conjuncts,
    datelines,
    participants,
    targets,
)
from sitrep.extract.events.roles.aimed import aimed_targets, dispersed_targets, means_named
from sitrep.extract.events.roles.clauses import (
    EVENT_PREDICATES,
    RECIPROCAL,
    VIOLENT,
    passive_or_intransitive,
    stative,
)
from sitrep.extract.events.roles.finder import ActorFinder, actor_key, unique_actors
from sitrep.extract.events.roles.nouns import INDEFINITE_PEOPLE
from sitrep.extract.events.roles.participants import SECTOR_NOUNS, pobjs
from sitrep.extract.events.roles.preps import (
    ADDRESS_PREPS,
    ADDRESSED,
    asked_to_act,
    penalty,
    town_named,
    venue,
)
from sitrep.extract.events.senses.accidents import WOUNDS
from sitrep.extract.events.senses.life.visits import met_counterparts, topic_only
from sitrep.extract.events.senses.public.harm import (
    brought_down,
    missile_targets,
    missiles,
)
from sitrep.extract.events.senses.public.opinions import dismay_holder
from sitrep.records import Actor

# measures imposed on or lifted from a place: the country or region is their recipient
MEASURED = {"CONCEDE", "COERCE", "RETREAT"}
MEASURES = {"curfew", "emergency", "restriction", "ban", "measure", "law", "blockade", "siege",
            "lockdown", "rule"}
# verbs of getting goods or pledges: the one they come from ("obtained arms from X") gave them
RECEIVE = {"obtain", "procure", "secure"}
RECIPIENT_PREPS = {"to", "against", "on", "at", "upon", "into", "toward", "towards"}
CLAUSE_DEPS = {"xcomp", "relcl", "acl", "advcl", "conj", "ccomp", "pcomp"}
BENEFIT = {"AID", "SUPPORT", "COOPERATE", "AGREE", "CONCEDE", "RETREAT"}
# event nouns whose "of" object is what the act was done to ("the arrest of X"), and those whose
# "of" object does it ("a meeting of ministers")
OF_PATIENT = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE"}
OF_AGENT = {"CONSULT", "PROTEST"}
# types whose noun takes the possessor of one person as the one it is done to ("his arrest")
UNDERGONE = {"COERCE", "SANCTION"}
# RETREAT nouns of setting people free: "his release", "their freeing", "the release of X" name
# the one freed (not "its withdrawal", "his resignation": the doer)
RELEASES = {"release", "freeing", "liberation", "discharge", "parole"}
# "withdrew from X", "pulled out of X": the one withdrawn from is the recipient
LEFT = {"from"}
# verbs of taking one's own forces away ("withdrew its troops"; not "released 20 soldiers")
WITHDRAW = {"withdraw", "withdrawal", "pull", "pullout", "retreat", "evacuate", "evacuation",
            "remove", "removal", "redeploy"}

# who sends forces when a state body announces their deployment ("the ministry said 300
# police would be deployed")
SENDERS = {"GOV", "MIL", "COP"}
# acts of taking people into custody, and the bodies that announce those they made
CUSTODY = {"arrest", "detain", "apprehend", "capture", "nab"}
# passive acts a force that announces them made when it names no other doer ("two men were
# detained, police said", "he was charged with murder, police said", "released, police said");
# not seizures ("a pistol was recovered, police said"): their doer would fuse them with another
# seizure of the same force (``corefer``), where the gold holds them apart
ANNOUNCED = {"COERCE": CUSTODY, "ACCUSE": {"charge", "book"}, "RETREAT": {"release", "free"}}
CAPTOR_BODY = re.compile(r"\b(?:interior|security|home affairs|police|gendarmerie)\b", re.I)


def captor(actor: Actor) -> bool:
    """A police, military, gendarmerie or intelligence actor, or a ministry of the interior or
    security."""
    return actor.sector in {"COP", "MIL", "SPY"} or (
        actor.sector == "GOV" and CAPTOR_BODY.search(actor.text) is not None)


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
    if not between and trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN":
        between = pobjs(trigger.head, {"between", "among"})  # "a mediation mission between"
    if between and plover == "CONSULT":
        # mediation between A and B (a mediator named): A and B are the targets; talks between
        # A and B with no one else: A and B are the actors
        mediator = clauses.own_actors(trigger, finder, kids, triggers)
        if mediator:
            actors, recipients = mediator, clauses.parties(between[0], finder)
        else:
            actors, reciprocal = clauses.parties(between[0], finder), True
    elif between:
        actors = clauses.parties(between[0], finder)
        reciprocal = True
    suffering = participants.sufferer(trigger)
    # "Lithuania's foreign minister called on X to ...", parsed as a noun and its modifier: the
    # noun is the verb's subject, not what it was done to
    headless = clauses.verbless_subject(trigger) or clauses.aimed_subject(trigger)
    patient = None if headless is not None else (  # "ordered him held": him
        participants.patient_of_participle(trigger) or targets.ordered_patient(trigger))
    received = suffering is not None and plover == "ACCUSE" and suffering[1].lemma_ == "receive"
    if received and suffering is not None:
        # "police received a complaint from X": X complains, the police are not accused
        giver = pobjs(trigger, {"from"}, kids) or pobjs(suffering[1], {"from"})
        actors = actors or (finder.conjoined(giver[0]) if giver else [])
        suffering = None
    if suffering is not None and not actors:
        # "the town faced shelling by the army": the town is the recipient, the army the actor
        recipients = (finder.targets(suffering[0]) if plover in PHYSICAL
                      else finder.conjoined(suffering[0]))
        agent = pobjs(trigger, {"by", "from"}, kids) or pobjs(suffering[1], {"by", "from"})
        if agent:
            actors = finder.conjoined(agent[0])
        elif suffering[0].dep_ == "dobj" and lemma not in WOUNDS:
            # "police placed him under arrest" (not "medics treated a boy with a gunshot wound")
            actors = finder.subject(suffering[1])
        else:  # "repelled a Russian assault", "suffered the army's shelling"
            for child in kids:  # not "serving a life sentence": a kind, not a doer
                if child.dep_ in {"poss", "amod"} or (child.dep_ == "compound" and (
                        child.pos_ == "PROPN" or child.lemma_.lower() in SECTOR_NOUNS)):
                    if child.i < trigger.i:
                        actors.extend(finder.conjoined(child))
        if not actors and lemma in participants.CHARGE_NOUNS:  # "police said he was held on
            at = (finder.sentence.start if finder.sentence else 0) + trigger.idx  # charges"
            actors = [a for a in finder.governing_subject(trigger)
                      if captor(a) and a.evidence.start < at]
    elif trigger.pos_ in {"VERB", "AUX"} and patient is None and headless is None and (
            targets.small_clause_patient(trigger) is None) and (
            verb := participants.depicted(trigger)) is not None:
        # "appeared in court charged with theft", "Arrested in May, he ...": the verb's subject
        # underwent the act; "by X" did it
        undergoer = [c for c in verb.children
                     if c.dep_ == "nsubjpass" and not datelines.dateline_word(c)]
        recipients = finder.conjoined(undergoer[0]) if undergoer else finder.subject(verb)
        agent = pobjs(trigger, {"by"}, kids)
        actors = actors or (finder.conjoined(agent[0]) if agent else [])
    elif trigger.pos_ in {"VERB", "AUX"} and patient is not None:
        # "the recently killed leader", "a woman accused of theft": the noun is the recipient;
        recipients = finder.conjoined(patient)  # "by X" or who ordered it done did it
        agent = pobjs(trigger, {"by"}, kids) or targets.orderers(trigger)
        actors = actors or (finder.conjoined(agent[0]) if agent else [])
    elif trigger.pos_ in {"VERB", "AUX"}:
        passive = [c for c in kids if c.dep_ == "nsubjpass" and not datelines.dateline_word(c)]
        passive = passive or [a for c in kids if c.dep_ == "nsubjpass"  # "EVANSVILLE - A man
                              if (a := datelines.after_dateline(c)) is not None]  # was shot"
        if not passive and any(c.dep_ == "auxpass" for c in kids) and (
                raised := targets.raised_subject(trigger)) is not None:
            passive = [raised]  # "X is feared to have been kidnapped (by gunmen)"
        if not passive and (small := targets.small_clause_patient(trigger)) is not None:
            passive = [small]  # "X were found shot dead", "the blast left X wounded"
        shared = None if passive else participants.shared_patient(trigger)
        passive = [shared[0]] if shared is not None else passive  # "fled but was arrested"
        if passive and stative(trigger, kids):
            # "Israel is opposed to the plan": Israel opposes it, the plan's holder is opposed
            actors = actors or finder.conjoined(passive[0])
            recipients = [a for p in pobjs(trigger, {"to"}, kids)
                          for t in aims.holders(p) for a in finder.conjoined(t)]
        elif passive or (plover in clauses.DONE_TO and (
                headline := clauses.headline_patient(trigger, kids)) is not None):
            # "X was arrested by police"; a headline's "Man accused of fraud", "Teen shot"
            patient = passive[0] if passive else headline
            recipients = (finder.targets(patient) if plover in PHYSICAL and passive
                          else finder.conjoined(patient))
            agent = pobjs(trigger, {"by"}, kids) or (pobjs(shared[1], {"by"}) if shared else [])
            actors = actors or (finder.conjoined(agent[0]) if agent else [])
            if plover == "MOBILIZE" and passive:
                # "troops were deployed": forces sent are their sender's own, not its targets;
                # the sender is "by X", else the state that announces it, else the forces
                said = [] if actors else [a for a in finder.governing_subject(trigger)
                                          if a.sector in SENDERS]
                actors, recipients = actors or said or recipients, []
            if passive and not actors and lemma in ANNOUNCED.get(plover, ()):
                # "police said 19 people were arrested", "two men were detained, police said":
                # the force that announces arrests it names no other doer of made them
                actors = [a for a in finder.governing_subject(trigger) if captor(a)]
        else:
            actors = actors or (finder.conjoined(headless) if headless is not None
                                else conjuncts.doer(trigger, plover, finder))
            has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in kids)
            finite = trigger.tag_ in {"VBD", "VBZ", "VBP"} or trigger.dep_ == "amod"
            if not actors and finite and not has_subject and trigger.dep_ not in CLAUSE_DEPS:
                actors = clauses.left_subject(trigger, finder)
            if not actors and not has_subject and participants.doer_of_participle(trigger):
                # "demonstrators protesting the results", "gunmen firing on the crowd": the
                # noun a present participle describes is doing it
                actors = finder.conjoined(trigger.head)
            if (gap := clauses.relative_object(trigger)) is not None:
                # "a trade official it accused of spying", "the man they arrested": the noun
                recipients = (finder.targets(gap) if plover in PHYSICAL
                              else finder.conjoined(gap))
        thrown = missiles(trigger) if plover in PHYSICAL else []
        for aimed in missile_targets(trigger) if thrown else []:
            recipients.extend(aimed_targets(aimed, finder))  # "threw stones at police"
        for child in kids:
            if child in thrown:
                continue  # "fired rubber bullets at the crowd": the bullets are the means
            if child.dep_ == "dobj" and (plover == "MOBILIZE" or (
                    plover == "RETREAT" and lemma in WITHDRAW and _own_forces(child))):
                continue  # "sent troops to Libya", "withdrew its troops": the actor's own forces
            if child.dep_ == "dobj" and lemma in RECALL and _own(child):
                # "recalled its ambassador from Paris": Paris, not the actor's own envoy
                recipients.extend(a for p in pobjs(trigger, LEFT, kids) + pobjs(child, LEFT)
                                  for a in finder.conjoined(p))
                continue
            if plover == "REQUEST" and child.i in triggers and child.lemma_.lower() in RELEASES:
                continue  # "demanded the release of X": X is the one freed, not the one asked
            if child.dep_ in {"dobj", "dative"}:
                # "investigated abuses by guards", "condemned the killing of X by police": the
                # doer of the act named by the object, else the object itself
                found = [a for t in targets.doers(child) for a in finder.conjoined(t)]
                if plover in SEVERING and not found:  # "suspended military cooperation
                    # with X": X, not the relation's modifier
                    found = [a for t in aims.related(child) for a in finder.conjoined(t)]
                found = found or (finder.targets(child) if plover in PHYSICAL
                                  else finder.conjoined(child))
                if not found and plover == "REQUEST" and child.i not in triggers:
                    # "urged the public to stay calm"; not "sought a meeting": an act
                    found = finder.addressee(child, asked_to_act(trigger, child))
                if not found and plover == "ACCUSE" and child.i not in triggers and (
                        _charged_with(trigger, child)):
                    # "accused the strikers of sabotage": the slot says it is a party
                    found = finder.addressee(child, True)
                if not found:
                    for pobj in pobjs(child, RECIPIENT_PREPS | {"from", "with"}):
                        if not venue(pobj, plover):
                            found.extend(finder.conjoined(pobj))
                recipients.extend(found)
    else:
        # "shelling from government troops"; not "the withdrawal from Iraq": the place left
        left = plover == "RETREAT" and lemma in WITHDRAW
        agent = pobjs(trigger, {"by"} if left else {"by", "from"}, kids)
        if not agent:  # "attacks carried out by rebels", "accusations made by his brother"
            agent = [p for c in kids if c.dep_ == "acl" and c.tag_ == "VBN"
                     for p in pobjs(c, {"by"})]
        freed = plover == "RETREAT" and lemma in RELEASES
        if not agent and (plover in OF_PATIENT or freed):  # "the arrest of three men by police": the
            # parser hangs "by" on the one arrested
            agent = [p for o in participants.of_objects(trigger) for p in pobjs(o, {"by"})]
        if not actors and agent:
            actors = finder.conjoined(agent[0])
        undergoer = (plover in UNDERGONE or freed) and not pobjs(
            trigger, RECIPIENT_PREPS | {"of"}, kids)
        modifiers = [c for c in kids if c.dep_ in {"poss", "amod", "compound", "nmod"}
                     and c.i < trigger.i]
        undergone = [c for c in modifiers if undergoer and c.dep_ == "poss" and (_individual(
            c, finder) or (freed and c.ent_type_ != "GPE"))]  # "the crew's release": freed
        for child in undergone:
            recipients.extend(finder.conjoined(child))  # "Farinas' arrest (by police)"
        hit = [c for c in modifiers if plover in PHYSICAL and targets.struck_thing(c)]
        for child in hit:  # "the embassy bombings", "a church attack": what was attacked
            recipients.extend(_struck(child, modifiers, finder))
        # "the Israeli embassy bombing": the demonym right before the thing is its country
        hit += [m for m in modifiers for h in hit if m.i == h.left_edge.i - 1
                and m.dep_ in {"amod", "compound"}]
        if not actors:
            for child in modifiers:
                if child not in undergone and child not in hit and not (
                        plover in PHYSICAL and targets.instrument(child)):
                    actors.extend(finder.conjoined(child))
        of = participants.of_objects(trigger)
        if of and (plover in OF_PATIENT or freed):  # "the assassination of the mayor"
            recipients.extend(finder.conjoined(of[0]))
        elif of and plover in OF_AGENT and not actors and aims.named_party(of[0]):
            actors = finder.conjoined(of[0])  # "a protest of farmers"
        elif of and plover in OF_AGENT:  # "in protest of the government's refusal"
            recipients.extend(a for t in aims.holders(of[0]) for a in finder.conjoined(t))
        sufferers = targets.sufferers_of(trigger)
        if sufferers:  # "Farinas, the target of the attack", "the victims of the bombing"
            recipients.extend(a for t in sufferers for a in finder.conjoined(t))
        elif not actors and not received and (act := clauses.adjoined_act(trigger, triggers)):
            # "rebels killed 46 civilians in an attack on a village": the attack is the
            # killing, done by the verb's subject to its object
            actors = finder.subject(act)
            if not recipients:
                recipients = [a for c in act.children if c.dep_ == "dobj"
                              for a in finder.conjoined(c)]
        elif not actors and not received:
            actors = clauses.governing_actors(trigger, finder, triggers, plover)
            if (not actors and not recipients and plover in VIOLENT
                    and lemma not in RECIPROCAL and (dead := clauses.died_in(trigger)) is not None):
                recipients = finder.subject(dead)  # "two farmers died in an attack"
    with_objs = pobjs(trigger, {"with"}, kids)
    if not with_objs and lemma in RECIPROCAL:  # "exchanged fire with troops"
        with_objs = [p for c in kids if c.dep_ == "dobj" for p in pobjs(c, {"with"})]
    if not with_objs and trigger.pos_ in {"VERB", "AUX"} and passive_or_intransitive(kids):
        # "a gunman was killed in a shootout with police", "died in clashes with the army":
        # the other side of the exchange did it
        fought = [p for p in pobjs(trigger, {"in", "during"}, kids)
                  if p.lemma_.lower() in RECIPROCAL]
        side = [w for p in fought for w in pobjs(p, {"with"})]
        if side and not actors:
            actors = finder.conjoined(side[0])
    if with_objs and lemma in RECIPROCAL:
        actors = actors + finder.conjoined(with_objs[0])
        reciprocal = True
    elif with_objs and plover == "REJECT":  # "would not negotiate with the rebels"
        recipients.extend(finder.conjoined(with_objs[0]))
    elif with_objs and plover in {"CONSULT", "COOPERATE", "AGREE"}:
        # "A met with B" is "A and B met": both are actors (the guidelines' reciprocal events);
        # not "agreed, with strings attached, to lift the embargo on B"
        partners = finder.conjoined(with_objs[0])
        if partners:
            actors, reciprocal = actors + partners, True
    elif met := [a for t in met_counterparts(trigger, plover) for a in finder.conjoined(t)]:
        actors, reciprocal = actors + met, True  # "A met B", "A phoned B": both met
    preps = RECIPIENT_PREPS | ({"for"} if plover in BENEFIT else set())
    for pobj in pobjs(trigger, preps | ({"into"} if plover == "ACCUSE" else set()), kids):
        if venue(pobj, plover):
            continue  # "signed the documents at the Truman Library"
        if penalty(pobj, plover, kids):
            continue  # "sentenced him to life", "was condemned to death": the penalty
        # "the inquiry into killings by the militia": the militia
        recipients.extend([a for t in targets.doers(pobj) for a in finder.conjoined(t)]
                          or (finder.addressee(pobj, asked_to_act(trigger, pobj))
                              if plover in ADDRESSED and pobj.head.lower_ in ADDRESS_PREPS
                              else finder.conjoined(pobj)))
    if plover == "RETREAT" and lemma in WITHDRAW:  # "withdrew from X", "pulled out of X"
        # "the withdrawal of troops from X": "from" under what is withdrawn
        withdrawn = participants.of_objects(trigger) + [c for c in kids if c.dep_ == "dobj"]
        for pobj in (pobjs(trigger, LEFT, kids) + _out_of(trigger, kids)
                     + [p for w in withdrawn for p in pobjs(w, LEFT)]):
            recipients.extend(finder.conjoined(pobj))
    if not recipients and plover in {"REQUEST", "COERCE", "THREATEN", "SANCTION"}:
        recipients = clauses.forced(trigger, finder)
    if not recipients and plover == "REQUEST" and trigger.pos_ in {"VERB", "AUX"}:
        # "China demanded that India withdraw": the one asked to act is the recipient
        for clause in (c for c in kids if c.dep_ in {"ccomp", "advcl"}):
            subj = targets.clause_subjects(clause)  # "demanded that the minister resign"
            if clause.dep_ == "ccomp":
                recipients.extend(finder.conjoined(subj[0]) if subj else [])
            elif subj and subj[0].lower_ in INDEFINITE_PEOPLE:  # "appealed for anyone with
                recipients.extend(finder.addressee(subj[0], True))  # footage to get in touch"
    if not recipients and plover == "REQUEST":
        # "its demand that Israel ease restrictions": Israel
        for subj in targets.demanded(trigger):
            recipients.extend(finder.conjoined(subj))
    said = [a for t in targets.said_doers(trigger) for a in finder.conjoined(t)] if (
        plover == "ACCUSE" and trigger.pos_ in {"VERB", "AUX"}) else []
    if said:  # "told investigators that Jimenez had plotted ...": Jimenez, not the hearers
        recipients = said
    if not recipients and plover == "ACCUSE":
        # "accusations that the army shelled the town", "investigated reports that police beat
        # detainees": the one said to have done it
        for noun in [trigger, *(c for c in kids if c.dep_ == "dobj")]:
            for subj in targets.alleged(noun):
                recipients.extend(finder.conjoined(subj))
    if not recipients and plover == "REQUEST":
        # "called for sanctions against Nigeria": the one the requested act is aimed at
        for asked in pobjs(trigger, {"for"}, kids) + [c for c in kids if c.dep_ == "dobj"]:
            if asked.lower_ in INDEFINITE_PEOPLE:  # "appealed for anyone with footage to call"
                recipients.extend(finder.addressee(asked, True))
            for pobj in pobjs(asked, {"against", "on", "upon"}):
                recipients.extend(finder.conjoined(pobj))
    if not recipients and plover in MEASURED:
        recipients = _measured_place(trigger, finder, kids)
    if not recipients:
        recipients = clauses.complement_objects(  # "refused to negotiate with X": X
            trigger, finder, preps | ({"with"} if plover == "REJECT" else set()), triggers)
    if not recipients:
        recipients = _aimed_at(trigger, plover, finder)
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
    if lemma in RECEIVE and plover in {"AID", "AGREE"}:
        actors, recipients = _received(trigger, finder, kids)
    if plover == "AGREE" and actors and (deal := clauses.deal_parties(trigger, finder)):
        actors = actors + deal  # "Acme agreed to acquire Parkway Inc.": both sides agreed
        recipients = [r for r in recipients if all(actor_key(r) != actor_key(d) for d in deal)]
    if plover == "ACCUSE" and (holder := dismay_holder(trigger)) is not None:
        # "the ministry said it was alarmed by the arrests": the ministry disapproves (not the
        # passive's subject as the one acted on)
        actors = finder.conjoined(holder)  # (the holder is no recipient: filtered below)
    if topic_only(trigger, plover):  # "discussed sanctions on Minsk": a topic, no party
        recipients = []
    actors = conjuncts.manned(unique_actors(actors), finder)  # "a drone struck": not the drone
    if reciprocal:
        return actors, [], True
    keys = {actor_key(a) for a in actors}
    recipients = [r for r in unique_actors(recipients) if actor_key(r) not in keys
                  and not town_named(r, plover, finder.sentence, finder.ctx.result.places)]
    if plover == "REJECT" and lemma in DENY:  # "denied targeting civilians": not the civilians
        recipients = [r for r in recipients if not _denied(r, trigger, finder)]
    if not brought_down(trigger):  # "seized four rifles", "exchanged mortar fire": no party
        recipients = [r for r in recipients if not means_named(r, trigger, finder)]
    if not recipients and plover in PHYSICAL:  # "fired tear gas to disperse the crowd"
        recipients = [r for r in dispersed_targets(trigger, finder, triggers)
                      if actor_key(r) not in keys]
    return actors, recipients, False


# types of physical acts, done to places, buildings and things as well as to parties
PHYSICAL = {"ASSAULT"}


# types whose act breaks or suspends a relation: its other party is the recipient
SEVERING = {"THREATEN", "SANCTION", "REJECT", "RETREAT"}


def _aimed_at(trigger: Token, plover: str, finder: ActorFinder) -> list[Actor]:
    """Recipients no object names (``aims``): the party of a threat's condition, the other
    party of a relation broken off, the holder of what a protest is against."""
    found: list[Actor] = []
    if plover == "THREATEN":
        found = [a for t in aims.conditioned(trigger) for a in finder.conjoined(t)]
    if not found and plover in SEVERING:
        found = [a for t in aims.partners(trigger) for a in finder.conjoined(t)]
    if not found and plover == "PROTEST":
        found = [a for noun in aims.protested(trigger) for t in aims.holders(noun)
                 for a in finder.conjoined(t)]
    return found


def obliged_roles(trigger: Token, finder: ActorFinder) -> tuple[list[Actor], list[Actor]] | None:
    """(actors, recipients) of the REQUEST a "must" clause makes ("Russia said that Sudan must
    return the helicopter": Russia asks, Sudan is asked); None when no "must" obliges the
    trigger's clause. The party obliged is never the actor of the request."""
    verb = targets.obliged_verb(trigger)
    if verb is None:
        return None
    party = targets.obliged_party(verb)
    recipients: list[Actor] = []
    if party is not None:
        pronoun = party.lower_ in participants.SINGULAR_PERSON | participants.PLURAL | {"it"}
        # a pronoun stands for its antecedent, not for the governing clause's subject
        recipients = finder.pronoun(party) if pronoun else finder.conjoined(party)
    speaker = targets.speaker_verb(verb)
    actors = finder.subject(speaker) if speaker is not None else []
    actors = unique_actors(actors)
    return actors, [r for r in unique_actors(recipients)
                    if all(actor_key(r) != actor_key(a) for a in actors)]


def _received(trigger: Token, finder: ActorFinder,
              kids: list[Token]) -> tuple[list[Actor], list[Actor]]:
    """(givers, receivers) of "X obtained arms / guarantees from Y": Y gave, X received."""
    givers = pobjs(trigger, {"from"}, kids) or [
        p for c in kids if c.dep_ == "dobj" for p in pobjs(c, {"from"})]
    receivers = finder.subject(trigger)
    return (finder.conjoined(givers[0]) if givers else []), receivers


def _measured_place(trigger: Token, finder: ActorFinder, kids: list[Token]) -> list[Actor]:
    """The country or region a measure is imposed on or lifted from ("lifted the curfew in
    Montenegro", "a state of emergency in Darfur"): the place named by "in" under the measure
    noun (the trigger or its object) or under the verb of that object."""
    measures = [t for t in [trigger, *(c for c in kids if c.dep_ in {"dobj", "nsubjpass"})]
                if t.lemma_.lower() in MEASURES  # "a state of emergency"
                or any(p.lemma_.lower() in MEASURES for p in pobjs(t, {"of"}))]
    if not measures:
        return []
    holders = [*measures, *(p for m in measures for p in pobjs(m, {"of"})),
               *([trigger] if trigger.pos_ in {"VERB", "AUX"} else [])]
    found: list[Actor] = []
    for pobj in (p for h in holders for p in pobjs(h, {"in"})):
        if pobj.ent_type_ == "GPE":
            found.extend(finder.conjoined(pobj))
    return found


def _struck(thing: Token, modifiers: list[Token], finder: ActorFinder) -> list[Actor]:
    """The thing a compound before an attack noun names, with the country of a demonym or
    country name right before it ("the Israeli embassy bombing": Israel's embassy; the parser
    hangs the demonym on the attack noun)."""
    found = finder.targets(thing)
    before = [m for m in modifiers if m.i == thing.left_edge.i - 1 and m.dep_ in {"amod", "compound"}]
    country = participants.country_of(before[0].text) if before and before[0].text[:1].isupper() else None
    if country and found and found[0].country is None:
        found[0] = replace(found[0], country=country)
    return found


def _own_forces(token: Token) -> bool:
    """Armed forces named as what is sent or withdrawn ("its troops", "500 soldiers"): the
    actor's own, not a recipient (a released prisoner is named as a person, not a force)."""
    return SECTOR_NOUNS.get(token.lemma_.lower()) in {"MIL", "COP"} and not any(
        c.dep_ == "poss" and c.pos_ != "PRON" for c in token.children)


# verbs of calling one's own envoys home ("recalled its ambassador from X")
RECALL = {"recall"}
OWN = {"its", "their", "our", "his", "her"}


def _own(token: Token) -> bool:
    """A phrase the actor's own possessive or "own" marks ("its ambassador", "their own
    envoys"): the actor's own people, not the party acted against."""
    return any((c.dep_ == "poss" and c.lower_ in OWN) or (c.dep_ == "amod" and c.lower_ == "own")
               for c in token.children)


def _out_of(trigger: Token, kids: list[Token]) -> list[Token]:
    """Objects of "out of" under a trigger ("pulled out of Tarvos")."""
    outs = [c for c in kids if c.lower_ == "out" and c.dep_ in {"prt", "prep", "advmod"}]
    if not outs:
        return []
    return pobjs(trigger, {"of"}, kids) + [p for out in outs for p in pobjs(out, {"of"})]


# verbs of denying a claim: the parties of what is denied are not the denial's recipients
DENY = {"deny", "refute", "dispute"}
DENIED_DEPS = {"xcomp", "ccomp", "pcomp", "advcl"}


def _denied(actor: Actor, trigger: Token, finder: ActorFinder) -> bool:
    """Whether a participant is named inside what a denial denies: its clause ("denied
    hitting civilians", "denied that troops had shelled the town") or the relation its object
    names ("denied any link with the militias"); not the claim's owner ("denied the
    opposition's claims": the opposition made them, the denial answers it)."""
    if finder.sentence is None:
        return False
    at = actor.evidence.start - finder.sentence.start
    parts = [c for c in trigger.children if c.dep_ in DENIED_DEPS]
    parts += [p for c in trigger.children if c.dep_ == "dobj"
              for p in c.children if p.dep_ == "prep" and p.lower_ != "by"]
    return any(t.left_edge.idx <= at < t.right_edge.idx + len(t.right_edge) for t in parts)


# prepositions that give the deed a party is accused or blamed for ("accused X of sabotage",
# "blamed X for the attack", "charged X with fraud")
DEED_PREPS = {"of", "for", "with", "over"}


def _charged_with(trigger: Token, accused: Token) -> bool:
    """Whether the object of a verb of accusing is followed by the deed it is accused of, under
    it or under the verb ("accused the strikers of sabotage", "blamed foreign media for the
    unrest"): the object is then a party, whatever its noun."""
    return any(c.dep_ == "prep" and c.lower_ in DEED_PREPS and c.i > accused.i
               for c in [*accused.children, *trigger.children])


def _individual(token: Token, finder: ActorFinder) -> bool:
    """One person: a singular person noun, name or title ("the senator"), or "his/her"."""
    if token.lower_ in participants.SINGULAR_PERSON:
        return True
    if token.tag_ not in {"NN", "NNP"}:
        return False
    record = finder.record_at(token)
    return participants.is_person(token) or (record is not None and record.kind == "title")

