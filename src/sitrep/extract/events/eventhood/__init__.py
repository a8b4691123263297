"""Event-hood: whether a trigger word names a happening the article reports, or only mentions
violence, a deal or a request in general, as a statistic, a question or a reference.

``not_a_happening(token, plover, when)`` returns the reason a candidate is not an event, or None.
The tests live in this package's modules (``counts``: aggregates and trends; ``reported``:
questions, references and acts inside an accusation or a plan; ``forms``: word forms, pleas,
habits, releases of information; ``present``: timeless present, definitions, generic subjects;
``summaries``: habitual aspect and perfect summaries over a span)
and in ``senses/``.
Each test reads the parse and the trigger's attached date, not the sentence's words:

- **aggregates**: a plural event noun counted or measured ("182 murders in June", "the drop in
  killings", "a wave of kidnappings", "40 percent of the attacks"), and counted victims of an act dated to a whole year or a
  span of months ("132 officers were killed in 2014", "153 drivers were killed between 2012 and
  2014", "less than 50 of the applicants were accepted in 2010") or counted since a year ("250
  people have been arrested since 2011"), and those a number, rate or change counts over a
  period ("the number of officers killed on duty rose to 45 in 2019", "a 15 percent increase
  from those arrested in 2019", ``counts.counted_in_statistic``): a toll or a statistic, which
  the casualty claims keep; not one happening;
- **trends**: an event noun that is the subject of a verb of quantity ("violence began
  decreasing", "murders rose") or said to be frequent, common or routine ("attacks have become
  more frequent"); a bare plural conjoined in a statistic shares it ("an increase in homicide
  rates and gang-linked killings"); the act of a growing or falling number of doers ("leading
  more and more firms to sign deals", "fewer and fewer investors have signed");
- **recurrence** (``counts.recurring``): a plural act noun with an adjective of how often it
  recurs and no date ("made frequent visits", "repeated attacks on the convoys");
- **advice** (``present.advice``): an act in a subjectless "when ...ing" clause of a rule or of
  advice ("should exercise caution when visiting Kenya"): any occasion, not one;
- **shares**: an event noun counted by a quantifier ("most of the kidnappings", "none of the
  murders", "many of the attacks");
- **forecasts and patterns** (``senses/outlook.py``): warnings of outcomes ("warned that prices
  would rise"), threats as risks ("a threat to the police"), repeated acts ("every week"),
  the act of "an increasing number of" people;
- **naming** (``senses/public/processes.py``, ``naming_call``): "call" with a predicate
  complement ("called the vote a sham", "struck what the army called rebel camps on the
  ridge") names; it asks nothing;
- **questions**: asking whether, if or about something is not a request ("asked him if he was",
  "when asked about his aims");
- **references to a lasting state**: "the truce", "the agreement", "their investigation",
  "their cooperation", "companies under investigation" named as a topic, not as the object of
  a verb that makes, opens or deepens one ("signed the agreement", "opened an investigation",
  "stepped up their cooperation");
- **the affected sense of violent verbs**: "hard-hit", "the worst hit";
- **part of a hyphenated word** that is not itself an event word: "life-threatening",
  "hit-and-run", "anti-war" (but "re-arrested", "counter-attack" and words the lexicon lists
  whole, such as "cease-fire", stay events);
- **medical senses**: "a heart attack", "a panic attack", "seizures";
- **court pleas**: "pleaded guilty", "pleaded not guilty", "pleaded no contest" (not an appeal);
- **stances held over time** (``senses/public/habits.py``, ``held_stance``): "has repeatedly
  denied", "have long called for", "has consistently dismissed" with no date: a position
  restated, not one statement;
- **habits**: an act qualified as usual, not as a happening ("gangs are often blamed",
  "police routinely patrol", "gangs routinely carry out kidnappings": the adverb on the verb
  that carries an event noun); in ``summaries``, the rest of the family: adverbs of frequency
  ("daily", "nightly", "periodically"), repeated times ("every Sunday", "on weekends", "twice a
  week", "from time to time"), "used to" and the habitual "would" with such a time;
- **summaries** (``summaries``): an act in the present perfect over a span of months or
  years ("have kidnapped hundreds in recent years", "has provided $2bn since 2022", "so far
  this year"), totalled ("to date", "in total" with a counted or priced object) or spread over
  a region ("has carried out attacks across the region");
- **acts inside an accusation or a plan**: "accused him of driving the car that killed",
  "charges that she failed to report", "his plan to kill", "talk about killing": the speaker
  only asserts the act, or it was only planned; the accusation (an ACCUSE of its own) is the
  event. An act named by a noun that the accusation presupposes stays ("blamed the rebels for
  the attack", "condemned the shelling");
- **accidents and natural causes** (``senses/accidents.py``): "killed in a car crash", "died in the fire", "the truck
  that killed a cyclist", "the storm killed four", "killed when her car skidded", "killed
  after colliding with a truck", "struck and killed by a bus": no one attacked anyone (a
  disaster or an accident, which the casualty claims keep); vehicles by kind or maker ("a
  Toyota Camry struck", ``senses/nature.py``), and injuries told with the collision ("collided,
  injuring six", "struck by a car and seriously injured");
- **releases of information**: "details were not released", "the ministry released a
  statement" (not a release of people);
- **timeless present**: a physical act (aid, cooperation, deployment, violence, coercion,
  sanction, withdrawal, protest) told in the present simple, active or passive, with no date
  and no auxiliary of aspect or mode ("Telerate provides information", "the state supplies
  coal", "the victim is held hostage"): what an organisation does, or what a term means, not
  a happening; a headline (the article's first line, or a line in title case) keeps its
  present ("Police arrest two"), and speech acts keep theirs ("the report criticizes"); a verb
  conjoined to such a verb shares its subject ("the cartels smuggle drugs and kill anyone who
  resists");
- **definitions**: any act in a present-simple relative clause on a noun with no definite
  determiner, possessor or name ("kidnappings in which the victim is held", "a tactic that
  gangs use to demand payment"), and the bare plural event noun that such a clause defines
  ("express kidnappings, in which the victim is held for hours");
- **intended, averted and other senses** (``senses.not_done``, in ``senses/words.py``): purposes ("in order to prevent
  arrest"), averted acts ("escaped capture"), trying ("sought to"), provisions ("the terms call
  for"), hosting a race, violence against an abstraction ("fight crime"), control of things;
- **states** (``states``): a bare participle before its noun ("jailed gang leaders", "looted
  shops", "a handcuffed inmate") or a passive relative on a thing with no agent or date ("the
  conditions imposed on inmates", "aid that had been frozen"): what the noun is, not an act;
- **stances** (``stances``): a view defended ("defended the group's practice") or a lasting
  position told as a purpose, a relative clause or a gerund ("an alliance to oppose Hun Sen");
- **an institution's routine** (``routine``): a body's budget decision ("the selectmen agreed
  to allocate $4,500"), a pay measure ("would freeze the pay of its president"), a caseload
  status ("nine offenders on pretrial release"), a body's job told in a relative clause ("the
  Office, which investigated threats against clinics"), a visit to one's own country's embassy;
- **a body's own meeting** (``meetings``): "a party meeting", "the council approved changes
  during a meeting Wednesday": no counterpart, no CONSULT;
- **sponsor credits** (``present.sponsorship``): "the expo is supported by the police",
  "the festival, sponsored by two banks": backers of a show, not support of an actor;
- **photo captions** (``caption``): a sentence followed or closed by a photo credit ("...
  Photo: AP", "(AP Photo/Adel Hana)");
- **other stories and page furniture** (``other_story``, for a whole line): "READ MORE: ...",
  "More: ...",
  "Related: ...", "See also: ...", "Warning: graphic content";
- **causes** (``topics.cause_topic``): a bare kind of act named as the cause of a law, a
  gathering or a campaign ("a petition against drone strikes", "a rally against sexual assault
  on campus"), not a particular act ("protested against the killing of the student");
- **descriptions by an allegation** (``passing``): a participle of alleging that describes a
  person ("the man accused of robbing three banks was arrested"): not an accusation this
  sentence reports (acts named in passing by a time anchor are dropped after fusion,
  ``corefer.fuse``, where they may lend their date to a mention told before);
- **kinds in a condition** (``conditions``): a bare plural event noun as the subject of a
  condition ("should riots break out", "if attacks continue"): a kind that may come;
- **generic subjects**: a bare plural event noun (no determiner, number or possessor), or a
  bare mass noun of violence ("violence", "bloodshed", "crime"), that is the subject of a
  present-simple verb, active or passive, with no date ("police killings are just one
  manifestation", "kidnappings plague the region"): a kind of act, not one.

The families of words involved are listed in full, each with its inflections read through the
lemma: statistics nouns (rise, drop, number, rate, wave ...), verbs of quantity (increase, fall,
double ...), making verbs of agreements (sign, reach, strike ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from sitrep.extract.events.eventhood.conditions import kind_in_condition
from sitrep.extract.events.eventhood.counts import (
    aggregate,
    bare_conjunct,
    counted_in_statistic,
    first_conjunct,
    kinds_over_years,
    recurring,
    trend,
)
from sitrep.extract.events.eventhood.forms import (
    affected,
    habit,
    hyphenated,
    information_release,
    medical,
    plea,
    protest_fuel,
    quoted_characterisation,
    release_as_time,
)
from sitrep.extract.events.eventhood.meetings import meeting_offered, own_meeting
from sitrep.extract.events.eventhood.passing import described_by_allegation
from sitrep.extract.events.eventhood.present import (
    advice,
    any_occasion,
    definition,
    generic_subject,
    kind_defined,
    sponsorship,
    timeless,
)
from sitrep.extract.events.eventhood.reported import (
    embedded,
    indirect_question,
    question,
    state_reference,
)
from sitrep.extract.events.eventhood.routine import (
    body_function,
    budget_decision,
    caseload_status,
    own_mission,
    own_work_stopped,
    patrol_setting,
    pay_measure,
)
from sitrep.extract.events.eventhood.stances import stance
from sitrep.extract.events.eventhood.states import (
    backed_by_things,
    backing_described,
    dated_episode,
    ended_truce,
    episode_marker,
    held_state,
    kept_in_state,
    lasting_relation,
    lifted_measure,
    state_participle,
    state_relative,
)
from sitrep.extract.events.eventhood.summaries import habitual, stretch_of_acts, summary
from sitrep.extract.events.eventhood.topics import cause_topic, protest_topic, talk_topic
from sitrep.extract.events.senses import not_done
from sitrep.extract.events.senses.accidents import accident, burned_by_itself
from sitrep.extract.events.senses.courts.legal import legal_sense
from sitrep.extract.events.senses.courts.pleas import plea_in_court
from sitrep.extract.events.senses.courts.verdicts import verdict_sense
from sitrep.extract.events.senses.fit import misfit
from sitrep.extract.events.senses.forces import duty_support, not_shown, unarmed_mobilization
from sitrep.extract.events.senses.gatherings import fired_into_air
from sitrep.extract.events.senses.life.aims import aiming
from sitrep.extract.events.senses.life.games import game
from sitrep.extract.events.senses.life.markets import market_sense
from sitrep.extract.events.senses.life.pastimes import pastime
from sitrep.extract.events.senses.life.permits import no_permission, provided
from sitrep.extract.events.senses.life.services import (
    emergency_dispatch,
    evacuation_asked,
    evacuation_rescue,
    motion,
    solicitation,
)
from sitrep.extract.events.senses.life.visits import a_speech, a_stay, reader_instruction
from sitrep.extract.events.senses.nature import natural_force
from sitrep.extract.events.senses.outlook import (
    forecast,
    tallied,
    threat_as_risk,
    to_be_stopped,
)
from sitrep.extract.events.senses.pledges import aid_stopped
from sitrep.extract.events.senses.public.campaigns import (
    condition_of_violence,
    setting_of_violence,
)
from sitrep.extract.events.senses.public.discharge import executed_thing, no_release
from sitrep.extract.events.senses.public.disputes import figurative_fight, request_answered
from sitrep.extract.events.senses.public.elections import electoral
from sitrep.extract.events.senses.public.habits import (
    class_habit,
    held_stance,
    reputed_accusation,
    vague_voices,
)
from sitrep.extract.events.senses.public.help import backs_an_idea, help_topic, in_a_name
from sitrep.extract.events.senses.public.memory import remembered
from sitrep.extract.events.senses.public.opinions import (
    accusation_answered,
    no_agreement,
    view_not_deed,
)
from sitrep.extract.events.senses.public.populations import general_act
from sitrep.extract.events.senses.public.processes import (
    naming_call,
    process_topic,
    robbery_demand,
    seeking_refuge,
)
from sitrep.extract.events.unreal.conditioned import condition_only
from sitrep.records import When

# the labels of links to other stories and of page furniture, followed by a colon, a dash or a
# bar at the start of a line
BOILERPLATE = re.compile(
    r"^\W*(?:related(?: stories| articles| coverage| content| news| links?)?|read more|"
    r"more(?=\s*:)|read also|also read|more (?:on this|news|stories)|see also|recommended(?: reading)?|"
    r"(?:top|latest|trending|most read) (?:stories|news)|you may also like|warning|"
    r"advertisement|sponsored(?: content)?|click here|sign up|subscribe|follow us|share this"
    r"(?: article)?|watch(?: now)?|listen)\s*[:|\-\u2013\u2014>]", re.IGNORECASE)


# a photo credit ("Photo: AP", "(AP Photo/Adel Hana)", "Picture: Reuters", "Image credit:
# Getty"): what it follows or closes is a caption
CREDIT = r"(?:(?:AP|AFP|Reuters|EPA|Getty(?: Images)?|file|staff|handout)\s+)?" \
    r"(?:photo(?:graph)?|picture|image|pic|video still)s?(?:\s+credit)?"
CREDIT_NEXT = re.compile(r"^\W{0,3}" + CREDIT + r"\s*(?:[:/|\u2013\u2014]|by\b)",
                         re.IGNORECASE)
# verbs of a truce coming into being, whose subject it is ("the truce took effect", "came into
# force", "went into effect", "began"): the truce told, not referred to
TAKING_EFFECT = {"take", "come", "go", "enter", "begin", "start"}
# verbs of making a deal, whose truce is the agreement (AGREE), no separate RETREAT (not
# "broker" or "declare": a mediation, a declaration of the truce itself)
SIGNING = {"sign", "agree", "conclude", "reach", "strike", "seal", "clinch", "ink", "ratify",
           "initial", "negotiate", "accept", "finalize", "finalise"}
CREDIT_CLOSING = re.compile(r"\(\s*" + CREDIT + r"\s*[:/][^)]{0,60}\)\W*$", re.IGNORECASE)


def caption(text: str, following: str) -> bool:
    """A photo caption: a sentence followed by a photo credit ("... calling for the release of
    prisoners. Photo: AP") or closed by one ("... in Gaza City. (AP Photo/Adel Hana)"). What
    it shows is a picture, perhaps from the archive, not the article's report."""
    return CREDIT_NEXT.match(following) is not None or CREDIT_CLOSING.search(text) is not None


def other_story(text: str) -> bool:
    """A line that links to another story or is page furniture ("READ MORE: ...", "Related:
    ...", "See also: ...", "Warning: graphic content"): what it names is not this article's
    content. A caption of the article's own photo ("Photo: ...") is not one of these."""
    return BOILERPLATE.match(text) is not None


def not_a_happening(token: Token, plover: str, when: When | None,
                    is_event_word: Callable[[str], bool] = lambda _: False,
                    headline: bool = False) -> str | None:
    """Why the candidate named by ``token`` is not a happening (None: it may be one);
    ``is_event_word`` says whether a whole word is a key of the trigger lexicon; ``headline``:
    the sentence is a headline, whose present simple reports news."""
    if hyphenated(token, is_event_word):
        return "part of a word"
    if medical(token):
        return "medical"
    if plea(token):
        return "plea"
    if habit(token) or habitual(token, plover):
        return "habit"  # summaries.py: "every weekend", "used to raid", "daily"
    if summary(token) or stretch_of_acts(token, plover):
        return "summary"  # summaries.py: "have kidnapped hundreds in recent years", "weeks of
        # protests and riots"
    if recurring(token, when):
        return "habit"  # counts.py: "made frequent visits", "repeated attacks on the convoys"
    if advice(token, when):
        return "generic"  # present.py: "should exercise caution when visiting Kenya"
    if state_participle(token, plover) or state_relative(token, plover, when is not None) or \
            kept_in_state(token):
        return "state"  # states.py: "met jailed gang leaders", "the conditions imposed on"
    if backed_by_things(token, plover) or backing_described(token, plover, when):
        return "state"  # states.py: "troops, backed by helicopters and dogs"
    if lasting_relation(token, plover):
        return "state"  # states.py: "over stalled talks", "the collapse of a truce"
    if lifted_measure(token, plover):
        return "state"  # states.py: "lifted a six-year ban on rallies", "the lifting of the curfew"
    if held_state(token, plover, headline):
        return "state"  # states.py: "has besieged the city for a year", "occupies a fifth of"
    if dated_episode(token, plover, when) or episode_marker(token, plover, when):
        return "time marker"  # states.py: "a war in 1991-92", "the invasion in February 2022"
    if stance(token, plover, when):
        return "stance"  # stances.py: "defended the group's practice", "to oppose Hun Sen"
    if meeting_offered(token, plover):
        return "offered"  # meetings.py: "offered to host talks": the offer is the AGREE
    if own_meeting(token, plover):
        return "own meeting"  # meetings.py: "after a party meeting", "during a meeting Wednesday"
    if sponsorship(token, plover):
        return "sponsor"  # present.py: "the expo is supported by the police and the city"
    if plover == "ASSAULT" and (accident(token) or burned_by_itself(token)):
        return "accident"
    if protest_fuel(token, plover):
        return "protest fuel"  # forms.py: "burned tyres and blocked the road"
    if quoted_characterisation(token):
        return "characterisation"  # forms.py: "said it was 'a cowardly attack'"
    if fired_into_air(token, plover):
        return "no target"  # senses/gatherings.py: "fired automatic weapons into the air"
    if natural_force(token, plover):
        return "nature"  # senses/nature.py: "the storm to hit", "a volcano exploded"
    if unarmed_mobilization(token, plover) or duty_support(token, plover):
        return "unarmed"  # senses/forces.py: "preparing 500 pies", "deployed new software"
    if aid_stopped(token, plover):
        return "stopped"  # senses/pledges.py: "suspended a shipment of rice aid"
    if not_shown(token, plover):
        return "not shown"  # senses/forces.py: "called on X to send troops", "ambushed a patrol"
    if emergency_dispatch(token, plover):
        return "emergency"  # senses/life/services.py: "firefighters were sent to the blaze"
    if evacuation_rescue(token, plover) or evacuation_asked(token, plover):
        return "rescue"  # senses/life/services.py: "police evacuated 200 shoppers from the mall"
    if solicitation(token, plover):
        return "solicitation"  # senses/life/services.py: "the city sought bids"
    if motion(token, plover):
        return "motion"  # senses/life/services.py: "the truck slammed into the toll plaza"
    sense = pastime(token, plover)
    if sense:
        return sense  # senses/life/pastimes.py: "rates charged", "life threatening", "a yoga retreat"
    if no_agreement(token, plover):
        return "opinion"  # senses/public/opinions.py: "agrees with the need for", "offers a discount"
    if view_not_deed(token, plover) or accusation_answered(token, plover):
        return "opinion"  # senses/public/opinions.py: "rejected the assessment that", "admitted the difficulties"
    if plea_in_court(token, plover):
        return "plea"
    if request_answered(token, plover):
        return "reference"  # senses/public/disputes.py: "rejected calls for reforms"  # senses/courts/pleas.py: "admitted assisting an offender and was given"
    if own_work_stopped(token, plover):
        return "routine"  # routine.py: "the bus company suspended service", "halted production"
    if budget_decision(token, plover) or pay_measure(token, plover):
        return "routine"  # routine.py: "the selectmen agreed to allocate $4,500", "freeze the pay"
    if body_function(token, when):
        return "habit"  # routine.py: "the Office, which investigated threats against clinics"
    if caseload_status(token):
        return "status"  # routine.py: "nine offenders on pretrial release"
    if plover == "CONSULT" and (a_speech(token) or a_stay(token)):
        return "private"  # senses/life/visits.py: "illustrated her talk", "visiting for the night"
    if plover == "CONSULT" and reader_instruction(token):
        return "instruction"  # senses/life/visits.py: "visit www.example.org for more information"
    if patrol_setting(token, plover):
        return "setting"  # routine.py: "officers on patrol stopped a van", "while patrolling"
    if own_mission(token, plover):
        return "own mission"  # routine.py: "the President of Armenia visited the Armenian embassy"
    if no_release(token, plover):
        return "discharge"  # senses/public/discharge.py: "released from the hospital", "backing up"
    if figurative_fight(token, plover):
        return "figurative"  # senses/public/disputes.py: "a legal battle", "life support"
    if electoral(token, plover):
        return "election"  # senses/public/elections.py: "beat her rival by 300 votes"
    if remembered(token):
        return "remembered"  # senses/public/memory.py: "the anniversary of the bombing"
    if in_a_name(token, headline):
        return "name"  # senses/public/help.py: "the Support Mission Against Corruption"
    if help_topic(token, plover) or backs_an_idea(token, plover):
        return "topic"  # senses/public/help.py: "called for more aid", "supported the notion"
    if plover == "REQUEST" and seeking_refuge(token):
        return "flight"
    if plover == "REQUEST" and naming_call(token):
        return "naming"  # senses/public/processes.py: "called the vote a sham"
    if robbery_demand(token, plover):
        return "robbery"  # senses/public/processes.py: "the gunman demanded cash"  # senses/public/processes.py: "sought refuge in the capital"
    if process_topic(token, plover):
        return "topic"  # senses/public/processes.py: "the result of a lengthy investigation"
    if condition_of_violence(token, plover, when is not None):
        return "condition"  # senses/public/campaigns.py: "Mexico's drug war", "the violence"
    if setting_of_violence(token, plover, when):
        return "setting"  # senses/public/campaigns.py: "fled the fighting", "amid clashes"
    if plover == "ASSAULT" and executed_thing(token) == "none":
        return "executed thing"  # senses/public/discharge.py: "executed the plan"
    if no_permission(token, plover, when is not None, headline):
        return "permission"  # senses/life/permits.py: "allow for a meal", "seekers are allowed to"
    if provided(token):
        return "rule"  # senses/life/permits.py: "the new rule allows officers to search cars"
    if aiming(token, plover):
        return "aim"  # senses/life/aims.py: "shooting for a March date", "targeting growth"
    if game(token, plover):
        return "sport"  # senses/life/games.py: "hit the tying 3-pointer", "the Eagles beat the Giants"
    market = market_sense(token, plover, is_event_word)
    if market:
        return market  # senses/life/markets.py: "the demand for labor", "the stock hit a high"
    legal = legal_sense(token, plover, is_event_word)
    if legal:
        return legal  # senses/courts/legal.py: "a federal appeal", "the accused"
    if verdict_sense(token, plover):
        return "verdict"  # senses/courts/verdicts.py: "condemned the house", "handed a sentence"
    if release_as_time(token, plover):
        return "time marker"  # forms.py: "after his release", "once released, he will be"
    if plover == "RETREAT" and information_release(token):
        return "information"
    if described_by_allegation(token, plover, headline):
        return "description"  # passing.py: "the man accused of robbing three banks was arrested"
    told = embedded(token)
    if told:
        return told
    if talk_topic(token):
        return "topic"  # topics.py: "discussed the agreements signed", "the report on the raids"
    if protest_topic(token, plover):
        return "topic"  # topics.py: "financing the protests", "a note of protest"
    if cause_topic(token, headline):
        return "topic"  # topics.py: "a rally against sexual assault", "a law on domestic violence"
    if indirect_question(token):
        return "question"  # reported.py: "refused to say whether anyone was arrested"
    sense = not_done(token, plover, is_event_word) or misfit(token, plover)
    if sense:
        return sense  # senses/fit.py: "sent telegrams", "pulled the child out of the pool"
    if question(token):
        return "question"
    if trend(token):
        return "trend"
    if kinds_over_years(token, when, is_event_word):
        return "summary"  # counts.py: "bombings in the province killed 600 people in 2019"
    if aggregate(token, when) or (bare_conjunct(token) and aggregate(
            first_conjunct(token), when)) or counted_in_statistic(token, when, is_event_word):
        return "aggregate"  # "an increase in homicide rates and gang-linked killings"
    if forecast(token, plover, is_event_word) or threat_as_risk(token, plover, is_event_word):
        return "forecast"  # senses/outlook.py: "warned that prices would rise"
    if plover in {"ASSAULT", "COERCE", "PROTEST", "THREATEN"} and to_be_stopped(token):
        return "purpose"  # senses/outlook.py: "aimed at stopping attacks on buses"
    outlook = tallied(token, plover)
    if outlook:
        return outlook  # senses/outlook.py: "400 people have been arrested this year"
    if (plover in {"AGREE", "ACCUSE", "COOPERATE"} or (plover == "RETREAT" and not (
            token.dep_ == "nsubj" and token.head.lemma_.lower() in TAKING_EFFECT))) and \
            state_reference(token):
        return "reference"  # "in the wake of the gang truce" (not "the truce took effect")
    if plover == "RETREAT" and ended_truce(token):
        return "reference"  # states.py: "the collapse in 2016 of a truce": its end, no truce told
    if plover == "RETREAT" and token.pos_ == "NOUN" and token.dep_ in {"dobj", "nsubjpass"} \
            and token.head.lemma_.lower() in SIGNING:
        return "signed"  # "a truce was signed by the two governments": the AGREE tells it
    if plover == "ASSAULT" and affected(token):
        return "affected"
    if timeless(token, plover, when, headline):
        return "timeless"
    if class_habit(token, when is not None, headline) or reputed_accusation(
            token, plover, when is not None, headline):
        return "habit"  # senses/public/habits.py: "have been accused of extorting farmers"
    if held_stance(token, plover, when is not None, headline):
        return "habit"  # senses/public/habits.py: "has repeatedly denied", "have long called for"
    if vague_voices(token, plover, when is not None, headline):
        return "habit"  # senses/public/habits.py: "some Kenyans have complained that"  # senses/public/habits.py: "critics complain", "are known to threaten"
    general = general_act(token, plover, when is not None, headline, is_event_word)
    if general:
        return general  # senses/public/populations.py: "more shoppers", "supports veterans"
    if definition(token, when, headline) or kind_defined(token, when, headline):
        return "definition"
    if generic_subject(token, when, headline):
        return "generic"
    if any_occasion(token, plover):
        return "generic"  # present.py: "anyone who attacked", "answer any attack"
    if kind_in_condition(token, when):
        return "generic"  # conditions.py: "should riots break out", "if attacks continue"
    if condition_only(token):
        return "condition"  # unreal/conditioned.py: "would strike if another driver was killed"
    return None
