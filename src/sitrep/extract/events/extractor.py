"""Events: who did what to whom, typed in PLOVER 2.0 (type, mode), CAMEO root and ACLED.

For every parsed sentence, each word that the trigger lexicon (``lexicon``) recognises
becomes an ``Event`` with:

- ``plover_type``/``plover_mode``/``cameo_root`` from the lexicon row; an act announced by
  "will", "plans to" keeps its type with the ``future`` flag and has CAMEO's root of an intent
  (03, 13); a promise, offer or threat by its own verb is AGREE or THREATEN
  (``modal_cues.plover_by_modality``);
- ``acled_event_type``/``acled_sub_event_type``: for violent, protest and strategic events, the
  snippet-level classifier (``case.model.classify_snippet``) refines the lexicon's default
  from the whole sentence ("warplanes pounded ..." is an air strike, not shelling); only a
  label consistent with the PLOVER type and mode is kept (``case_types.choose_acled``: no "Peaceful protest" on
  an assassination, none on a negated, hypothetical or future event);
- ``actors``/``recipients`` from the parse (``actors``); reciprocal events list every party
  as an actor and have no recipient;
- ``when`` where a date is syntactically attached to the trigger or its clause ("signed in 1994");
  ``link`` attaches dates and places to the others;
- ``modes`` (``modes``): historical, future, hypothetical, negated;
- ``evidence`` = the sentence; ``trigger`` = the trigger words;
- only happenings (``eventhood``): not statistics, trends, questions, references to an
  agreement or the "hard-hit" sense of violent verbs;
- one record per happening (``merge``): candidates of one type that name the same
  happening are merged, abstract nouns without support of their own are dropped, and every
  event gets a ``confidence`` from what supports it.

Reporting verbs ("said", "announced") are not events: the event is what was said; except when
the speaker, a party, only asserts a wrongdoing (``senses.speech``: "told police that Y had threatened
her"): then the accusation is the event (ACCUSE by the speaker), and the act inside it is not.
"""

from __future__ import annotations

import dataclasses

import numpy
from spacy.attrs import HEAD, LEMMA, LIKE_NUM, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from sitrep.extract.context import Context, Sentence
from sitrep.extract.events import lexicon as event_lexicon
from sitrep.extract.events import merge as event_merge
from sitrep.extract.events import modal_cues, modes, submodes
from sitrep.extract.events.case import acled
from sitrep.extract.events.case import rules as case_types
from sitrep.extract.events.eventhood import caption, not_a_happening, other_story
from sitrep.extract.events.history import yearless
from sitrep.extract.events.roles.actors import ActorFinder, obliged_roles, roles
from sitrep.extract.events.roles.nouns import NUMBERS, may_name_group
from sitrep.extract.events.senses import pledges, sense_type, speech
from sitrep.extract.events.senses.courts.legal import legal_fight
from sitrep.extract.events.senses.courts.orders import court_condition
from sitrep.extract.events.senses.courts.searches import raid_mode, sectored_search
from sitrep.extract.events.senses.courts.surrenders import into_custody, surrender_aside
from sitrep.extract.events.senses.gatherings import (
    armed_obstruction,
    civil_blockade,
    gathering_as_setting,
    symbol_burned,
)
from sitrep.extract.events.senses.life import visits
from sitrep.extract.events.senses.life.strikes import armed_strike, strike_told_again
from sitrep.extract.events.sequels.answers import name_answered
from sitrep.extract.events.tokens import doc_rows
from sitrep.extract.events.unreal.conditioned import threat_speaker, warned_harm
from sitrep.extract.events.when import trigger_dates
from sitrep.nlp.scans import array_column, capitalised_words, hyphen_before
from sitrep.records import Event, Evidence, When

VERSION = "sitrep.events.v31"  # v31: assaults of different kinds and acts of two unnamed
# state bodies stay apart in fusion; what a fired round "hit" is the attack's target; a happening's
# recipients are its first telling's; surround, gatherings outside seats of power, barricades, relief
# handed out; "fired at X" hung on a noun is active; weapons' owners are doers; requests of the public,
# dismissals, threats to all comers, civilians' blockades.
# v30: hyphenated triggers (sit-in, shoot-out), people held in
# custody, a bare "took" of a place by an armed party, a protest verb and noun joined are one act;
# workers' strikes are walkouts, captives handed over a release, units sent a deployment, protesters'
# burnings no assault, quoted characterisations no events; a side's quoted account joins the act, acts
# ordered by "after" stay apart; a lawyer's present stance for his client is his.
# v29: bare references back ("the attack") join the earlier act;
# headline plans and parties told again in the lead merge; running tolls with no doer, scene-clearing
# requests, support given by force, stances of "those who" and denied gifts are no events; people
# snatched, aircraft scrambled, terror listings, patrols and places sealed off are; statements beside
# a denial are the denier's; each participant once per role, no town as recipient, protest organisers,
# weapons replaced by who fired them.
# v28: pronoun chains through their owner end; court pleas, leave
# and custody names, charge lists, confirmers and rejected calls are no events; strikes told as
# attacks; statements joined to a gerund, blame on a feud; prison sentences told twice, crimes
# punished as background and scenes of saying merge; recipients asked by "anyone", crowds
# dispersed, passive charges by the announcing police, bodies as subjects.
# v27: an act and its toll in one sentence, one armed side in
# other words, passive arrests retold, one crowd's forms of protest and purpose infinitives are
# one event; violence named as a setting, backing describing a party, patrols as setting, acts
# only in an "if" condition and talks offered are no events; a surrender to police is an arrest;
# thanks, vowed punishment, recoveries, protests called, mediation offers, partisan gatherings
# are events, arson beside an assault its own; meetings between equals name both sides as
# actors; denials and rejections name whom they answer; passive arrests take the reporting police.
# v26: custody continued and return fire join the act they
# follow; a charge told twice is one ACCUSE; characterisations ("a brutal assault") join the act;
# names given by "call", stances restated over time, measures lifted and evacuations as rescue
# are no events; places shut, lines cut, forces stationed, states of exception, hostages and
# ships seized are events; releases, accused parties, denials, recalled envoys, refused partners
# and passive conjuncts name their recipients; years of another noun do not date the act.
# v25: police raids are searches; gatherings that only set a
# speech are no protests; charges with custody are ACCUSE; restrictions ordered, gunfire told by
# its shots, force told by its weapon and custody moves are events; attacks retold by unnamed
# doers and raids with their seizures are one event; fights at law are REJECT.
# v24: ground taken and media silenced are COERCE; force on a
# crowd is an assault; acts a request asks of another party are hypothetical events; CASE word
# senses, protests, disasters, denials, police-action crimes; speakers not the victims, summaries
# over years, surrenders aside, reactions join their act, rewards are appeals, embedded outcomes;
# attacks retold in detail and raids with what they took fused; bodies by generic nouns, people
# by age or number, the force announcing arrests as arrester.
# v23: voiced demands part of the protest, rules in force no
# concession, soldiers' searches COERCE, answered accusations, bodily-harm figures, dated wars and
# protest topics and own services and releases as time markers no acts; victims told again, an act
# and its toll, doers described again and the unhurt fuse; headlines of every type join their lead;
# statements joined to a reported clause are the speaker's; CASE: capture beside killing, truce
# talks, communal fighting, counted crowds.
# v22: places held and dated wars as states, relief that
# arrived, planned deployments, call-ups, weapons aimed, speakers no doers, statement days and
# off-scene places in fusion, tolls only of people who agree, CASE territory and crowds.
# v21: denied deeds, deeds given as a charge's reason, shots
# into the air, burnt flags, "the strike" told again, releases that free no one, ended truces,
# arrivals; acts beside an accusation, reprisal threats, summoned envoys, blame, seized goods,
# ordered-out expulsions; tolls told after their attack, claims of responsibility; verbless
# subjects, appositions, object relatives, weapons and days no recipients; CASE figures.
# v20: warnings of facts, entry bans,
# a state's protest, talks not held, military strikes, running tolls, appeals; disputed
# accounts, officers disciplined, protests spreading, aircraft strikes, outrage voiced, inquiries,
# crowds gathered; an act told by its toll is one event; dateline runs, deal parties, forces sent.
# v19: weapons thrown, fired or used at someone; an act and its
# purpose, passive harms of one incident and a toll "left" are one event; readiness is no
# agreement; arson, extradition, telephone talks, brokers, truces taking effect; what a request
# asks for, reactions, running totals, states are no new happening; menaces, forces posted,
# relief sent; addressees, earlier-sentence pronouns, victims found dead.
# v18: reputed deeds, defined kinds and conditions are no
# happening; "acknowledge" is CONCEDE; a command or dare is hypothetical; a role phrase and a
# mention placed by a home join the act told elsewhere; words about an act name no doer; body's
# possessives, owners and person nouns as recipients; a noun's later time; CASE cue families.
# v17: acts named in passing ("since the attack") and people described
# by an allegation; statistics, habits by coordination and reputation, occurrence conditionals, prices
# and admissions of facts; listed recipients; object pronouns; raised subjects; a noun's own time
# ("charged Monday with a robbery last year") is no background cue of the clause; clauses beside
# a happening, stoppers and onlookers are no doers; person nouns take a sector.
# v16: rescue dispatch, bids sought, online meetings,
# collisions and court "must" rulings are no acts of those types; reports shown false, possible cases,
# coordinated flags, scheduled trips; background by yearless months, earlier occasions, terms served;
# contraband found; officers reporting; bodies, spokespeople, object pronouns; clauses beside a
# happening, stoppers and onlookers are no doers; charges described then named; pronoun sex.
# v15: abstract patients, teams and firms, cause topics; acts in
# relative clauses of earlier happenings, rulers' eras; if/question/purpose/yet-to frames;
# headline passives and people; sex and number agreement; destruction, talks, visits, orders.
# v14: arguments fit the type; modal frames; own meetings, stances,
# captions; week rule and referred background; venues; object pronouns.
# v13: habits, summaries and trends no happening; background
# likened, commemorated, compared; accidents, idioms; pledged aid AID future; court and police
# steps; officials' journeys; custody recipients; named doers; one office named with "and".
# v12: topics of talk, questions, hedges and wishes are
# no happening; quarrels, aims, dismissals, fires that broke out; past careers and acts of
# earlier rulers are background; private visits no CONSULT; people by ordinary nouns.
# v11: background recalled as such (named episodes,
# earlier periods and occasions, "since the X", "N years after"); aims, populations and missions,
# court words, ballots, errands, permits, economic blows; recipients of threats, broken ties and
# protests, pronoun chains, participles, stance passives.
# v10: warnings of outcomes and threats as risks are no
# THREATEN, repeated acts and trends of a number no happenings (senses/outlook.py), purposes,
# court words, newsroom citations; participants: one per country of joined demonyms
# ("Hungarian and Romanian officials"), "the pair/couple" and "they", unlabelled names, the
# accused of "accusations that X ...", "he" no place and "it" no person, the other side of
# "killed in a shootout with X"; shootouts, gunfights, firefights as ASSAULT; background by a
# month-written day without a publication date, future by a date after publication, scheduled
# and planned nouns; one event per named person's killing or charging (corefer).
# v9: targets of acts about acts ("X said Y must": X asks Y;
# the doer of an investigated or condemned act), mediation parties, withdrawn from; missed
# triggers; PLOVER modes from arguments (weapons; what is asked, refused or threatened),
# reported "would", adjectives and conditions as flags; help named as a topic, violence named
# as a condition, words of a body's name, inquiries and talks as topics, class habits, votes,
# remembered acts, asserted nouns, recaptured people and hostages held retyped; CASE labels
# v8: flags on their own predicate, one event per happening,
# legal steps, seizures, searches, council business, opinions, CASE labels (issue 19 item 2),
# recipients of bare participles and relative clauses, pronoun agreement
# v7: named history, natural forces, sport, non-violent senses
# the token arrays ``extract`` reads once per sentence (``tokens.ROW_ATTRS``, read by
# ``tokens.doc_rows``; kept for the tests): the first two are the lexicon's
# (``possible_triggers``), HEAD gives the depths, LIKE_NUM ``merge.may_count_casualties``
ARRAYS = [LOWER, LEMMA, HEAD, LIKE_NUM]

# the number words of a group reference, as LOWER hashes (``_group_readers_until``)
GROUP_WORDS = frozenset(get_string_id(word) for word in NUMBERS)

# ACLED families the sentence-level classifier may refine, per PLOVER type
REFINE = {
    "ASSAULT": {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots",
                "Protests"},
    "PROTEST": {"Protests", "Riots"},
    "COERCE": {"Battles", "Strategic developments"},
    "MOBILIZE": {"Strategic developments"},
    "RETREAT": {"Strategic developments", "Battles"},
}


def _trigger_span(token: Token, row: event_lexicon.Trigger) -> tuple[int, int]:
    """Character span of the trigger words (the lemma plus a required particle/object)."""
    start, end = token.idx, token.idx + len(token)
    before = hyphen_before(token, spaced=True) if "-" in row.lemma else None
    if before is not None:  # "cease-fire", split in three by the model
        start = before.idx
    for child in token.children:
        if child.lemma_.lower() in row.needs and abs(child.i - token.i) <= 3:
            start = min(start, child.idx)
            end = max(end, child.idx + len(child))
    for child in token.children:  # phrasal particle: "pull out"
        if child.dep_ == "prt" and child.i == token.i + 1:
            end = child.idx + len(child)
    return start, end


def _depths(doc: Doc) -> list[int]:
    """``_depth`` of every token of ``doc``, each head's depth computed once."""
    heads = (numpy.arange(len(doc)) + array_column(doc, HEAD)).tolist()
    depths: list[int | None] = [None] * len(heads)
    for i in range(len(heads)):
        path = []
        node = i
        while depths[node] is None and heads[node] != node:
            path.append(node)
            node = heads[node]
        base = depths[node] if depths[node] is not None else 0
        depths[node] = base
        for step, j in enumerate(reversed(path), start=1):
            depths[j] = base + step
    return depths  # type: ignore[return-value]


def _heads(doc: Doc, head: numpy.ndarray | None = None) -> list[int]:
    """The index of every token's head (``head``: the doc's HEAD array, when read already)."""
    if head is None:
        head = array_column(doc, HEAD)
    return (numpy.arange(len(doc)) + head.astype("int64")).tolist()


def _depth(heads: list[int], i: int) -> int:
    """Steps from token ``i`` up to its root (its entry in ``_depths``)."""
    depth = 0
    while heads[i] != i:
        i = heads[i]
        depth += 1
    return depth


def _governors(token: Token, found: dict[int, str]) -> list[tuple[Token, str]]:
    out = []
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.i in found:
            out.append((node, found[node.i]))
    return out


def _date_offsets(ctx: Context, sentence: Sentence) -> set[int]:
    """Article offsets of the characters covered by date expressions in ``sentence``."""
    covered: set[int] = set()
    for when in ctx.result.dates:
        if sentence.start <= when.evidence.start < sentence.end:
            covered.update(range(when.evidence.start, when.evidence.end))
    return covered


# sectors of the officers whose words about a crime are the authorities' report (police, courts)
OFFICERS = {"COP", "JUD"}
# types whose partners ("with X") are sides of one act ("met with X", "agreed with X"): refused,
# the partner is the one refused
MUTUAL = {"CONSULT", "COOPERATE", "AGREE"}


def _officers(ctx: Context, sentence: Sentence) -> frozenset[int]:
    """Tokens of ``sentence`` in people the actors coder names as police or court officers,
    also where the sentence gives only the surname ("Nelson" of "Capt. Roy A. Nelson")."""
    doc = sentence.doc
    assert doc is not None
    spans = [(a.evidence.start - sentence.start, a.evidence.end - sentence.start)
             for a in ctx.result.actors if a.kind == "named" and a.sector in OFFICERS
             and sentence.start <= a.evidence.start < sentence.end]
    if not spans:
        return frozenset()
    return frozenset(t.i for t in doc for a, b in spans if a <= t.idx < b)


def _headline(start: int, doc: Doc) -> bool:
    """The article's first line (a title the text begins with), or a line in title case."""
    if start <= 2:
        return True
    words, capitalised = capitalised_words(doc)
    return words >= 3 and capitalised >= 0.8 * words


def _group_readers_until(ctx: Context) -> int:
    """The last sentence index whose roles may still be read by a group reference ("the two
    countries", ``nouns.may_name_group``): such a phrase reads the groups recorded in its own
    sentence and before, also as the antecedent of a pronoun up to two sentences later
    (``ActorFinder.pronoun``); -1 where the article has none."""
    last = -1
    for sentence in ctx.parsed():
        doc = sentence.doc
        assert doc is not None
        if not GROUP_WORDS.isdisjoint(doc_rows(doc).lowers) and may_name_group(doc):
            last = sentence.index
    return last + 2 if last >= 0 else -1


class _SentenceLabel:
    """The sentence-level classifier's ACLED label of a sentence (``case_types.acled_of_sentence``,
    about 0.4 ms a sentence), read when a candidate that it may refine first asks for it: most
    sentences with a violent trigger lose their candidates to ``not_a_happening`` before.
    ``allowed``: some trigger of the sentence is of a type in ``REFINE`` (else no label)."""

    def __init__(self, text: str, allowed: bool) -> None:
        self.text = text
        self.allowed = allowed
        self.read = False
        self.label: tuple[str, str] | None = None

    def refining(self, sensed: str, plover: str, mode: str | None,
                 modes: list[str]) -> tuple[str, str] | None:
        """The label where it may refine an event whose lexicon type read in its sense is
        ``sensed``, or None; not read where no label of the families it may refine could go on
        the event (of type ``plover``, mode ``mode``, modes ``modes``: a negated or future act,
        a threat), which ``choose_acled`` would not take."""
        families = REFINE.get(sensed)
        if not families or not self.allowed or not acled.may_carry(plover, mode, modes, families):
            return None
        if not self.read:
            self.label, self.read = case_types.acled_of_sentence(self.text), True
        return self.label if self.label is not None and self.label[0] in families else None


def extract(ctx: Context) -> list[Event]:
    events: list[Event] = []
    finder = ActorFinder(ctx, VERSION)
    group_until = _group_readers_until(ctx)
    for sentence in ctx.parsed():
        doc = sentence.doc
        assert doc is not None
        if other_story(sentence.text) or caption(sentence.text,
                                                 ctx.text[sentence.end:sentence.end + 80]):
            continue  # "READ MORE: ...": another story's headline; "... Photo: AP": a caption
        finder.start(sentence)
        in_dates = _date_offsets(ctx, sentence)
        hits: list[tuple[Token, event_lexicon.Trigger]] = []
        facts = doc_rows(doc)  # read once for the lexicon, the depths and the modes
        for i in event_lexicon.possible_triggers(doc):
            token = doc[i]
            if sentence.start + token.idx in in_dates:
                continue  # "began in March": a date, not a march
            row = event_lexicon.match(token)
            if row is not None:
                hits.append((token, row))
        if not hits and not speech.may_accuse(doc, facts.lemmas):
            continue
        heads = facts.heads  # the triggers highest in the tree first
        hits.sort(key=lambda hit: (_depth(heads, hit[0].i), hit[0].i))
        rows = {token.i: row for token, row in hits}
        kinds = {i: r.plover for i, r in rows.items()}
        frames = speech.accusations(doc, kinds, _officers(ctx, sentence)) \
            if speech.may_report(doc) else []
        asserted = {i for f in frames for i in f.asserted}
        if not rows and not frames:
            continue
        dates = trigger_dates.sentence_dates(ctx, sentence, VERSION)
        dates = yearless.told_dates(doc, dates, ctx.published)  # a past act's month
        sentence_label = _SentenceLabel(sentence.text,
                                        any(r.plover in REFINE for r in rows.values()))
        evidence = modes.evidence_of(sentence)
        background = modes.may_recall_background(sentence.text)
        headline = _headline(sentence.start, doc)
        unless = doc.vocab.strings["unless"] in facts.lowers
        cands: list[event_merge.Candidate] = []
        # the roles of a candidate that is no happening matter only where a later phrase may
        # read the groups of countries they record ("the two countries"): elsewhere they are
        # read only for happenings (about 4 candidates in 10 are not)
        eager = sentence.index <= group_until
        for i, row in rows.items():
            if i in asserted:
                continue  # only asserted by the accusing speaker (``speech``)
            token = doc[i]
            if eager:
                actors, recipients, _ = roles(token, row.plover, finder, set(rows))
            when = trigger_dates.attached_date(token, dates, stop=set(rows) - {i})
            if not_a_happening(token, row.plover, when, event_lexicon.is_event_word, headline):
                continue
            if not eager:
                actors, recipients, _ = roles(token, row.plover, finder, set(rows))
            if row.plover == "CONSULT" and visits.private_visit(token, actors + recipients,
                                                                sentence.start):
                continue  # "tourists visited the castle": no meeting of political actors
            event_modes = modes.modes_for(token, doc, when, ctx.published,
                                          _governors(token, kinds), background, row.plover)
            plover, mode, cameo = row.plover, row.mode, row.cameo
            if plover == "CONSULT" and visits.protest_visit(token):  # protesters at a home
                plover, mode, cameo = "PROTEST", "demo", event_lexicon.PLOVER_CAMEO_ROOT["PROTEST"]
            if gathering_as_setting(token, plover):
                continue  # "speaking at a rally", "returned from a march": a place, no protest
            if plover == "PROTEST" and speech.summons_protest(token):
                continue  # "summoned the ambassador in protest": the summoning is the event
            if plover == "PROTEST" and speech.protest_lodged(token, actors):
                # "the ministry summoned the ambassador to protest": a state's disapproval
                plover, mode, cameo = "ACCUSE", "disapprove", event_lexicon.PLOVER_CAMEO_ROOT[
                    "ACCUSE"]
            if plover == "PROTEST" and (armed_strike(token, actors) or strike_told_again(
                    token, ctx.text[:sentence.start])):
                # "the air force carried out a strike", "drones hit a depot ... blamed the
                # rebels for the strike": an attack, not a walkout
                plover, mode, cameo = "ASSAULT", None, event_lexicon.PLOVER_CAMEO_ROOT["ASSAULT"]
            if plover == "COERCE" and civil_blockade(token, actors):  # "truck drivers staged
                # a blockade of the highway": a protest
                plover, mode, cameo = "PROTEST", "obstruct", event_lexicon.PLOVER_CAMEO_ROOT[
                    "PROTEST"]
            if plover == "PROTEST" and mode == "obstruct" and armed_obstruction(
                    token, actors, {j for j, r in rows.items() if r.plover == "ASSAULT"}):
                continue  # "gunmen blocked the highway and fired at vehicles": their tactic
            if symbol_burned(token, plover):  # "burned flags": a demonstration
                plover, mode, cameo = "PROTEST", "demo", event_lexicon.PLOVER_CAMEO_ROOT["PROTEST"]
            sensed = sense_type(token, plover)
            if plover == "ASSAULT" and sectored_search(token, actors):
                sensed = "COERCE"  # "members of the anti-gang unit raided three houses"
            if legal_fight(token, plover):
                sensed = "REJECT"  # "would fight the ban in court": a challenge, no violence
            if sensed != plover:  # "agreed with the finding": an endorsement; a police raid
                plover, mode, cameo = sensed, None, event_lexicon.PLOVER_CAMEO_ROOT[sensed]
                if plover == "COERCE":  # "raided the offices and seized the print run"
                    mode = raid_mode(token)
            if plover == "AGREE" and pledges.reward_offered(token):  # "offered a reward for
                # information on the gunmen": an appeal to the public
                plover, mode, cameo = "REQUEST", None, event_lexicon.PLOVER_CAMEO_ROOT["REQUEST"]
            if plover == "RETREAT" and surrender_aside(token, actors):
                continue  # "officers shot him after he surrendered": a moment, no event
            if plover == "RETREAT" and into_custody(token, actors):
                # "a man surrendered to police after a standoff": taken into custody
                plover, mode, cameo = "COERCE", "arrest", event_lexicon.PLOVER_CAMEO_ROOT["COERCE"]
                actors, recipients = [], actors
            cues = modal_cues.modality(token, unless)
            modal = modal_cues.plover_by_modality(plover, cues)
            if modal == "REQUEST" and plover != "REQUEST" and court_condition(token):
                continue  # "the judge ruled he must surrender his passport": no appeal
            if modal == "THREATEN" and pledges.forces_offered_to_help(token):
                modal = "AGREE"  # "offered to send troops to help X": no threat (``pledges``)
            if not cues["negated"] and pledges.pledged_aid(token, plover):
                # "pledged $5m in aid", "promised to send food": aid not yet given; CAMEO's
                # reading stays (an intent, 033, where it was read as one)
                if "AGREE" in (plover, modal):
                    cameo = event_lexicon.PLOVER_CAMEO_ROOT["AGREE"]
                plover = modal = "AID"
                mode = None
                if not {"future", "historical"} & set(event_modes):
                    event_modes = [*event_modes, "future"]
            # "will meet": CONSULT (flag future) in PLOVER, an intent (03, 13) in CAMEO
            cameo = modal_cues.intent_cameo_root(plover, cues) or cameo
            if modal != plover:
                intended, intended_mode = plover, mode
                plover, mode, cameo = modal, None, event_lexicon.PLOVER_CAMEO_ROOT[modal]
                mode = submodes.intent_mode(token, modal, intended, intended_mode)
                if modal == "REJECT":  # "will not end the strike": the refusal is done now
                    event_modes = [m for m in event_modes if m == "historical"]
                if modal == "REJECT" and intended in MUTUAL:  # "will not negotiate with the
                    # rebels": the rebels are refused, not a side of a meeting
                    actors, recipients, _ = roles(token, modal, finder, set(rows))
                # "Russia said Sudan must return ...": Russia asks, Sudan is asked
                obliged = obliged_roles(token, finder) if modal == "REQUEST" else None
                if obliged is not None:
                    actors, recipients = obliged
            if plover == "THREATEN" and token.pos_ == "VERB" and warned_harm(token):
                # "said those responsible would be hunted down": the speaker threatens now
                event_modes = [m for m in event_modes if m in {"historical", "negated"}]
                speaker = threat_speaker(token)
                actors = (finder.subject(speaker) if speaker is not None else []) or actors
            if plover == "THREATEN" and cues.get("whoever"):  # "would shoot anyone who came
                # to the door": the threat is made now, to all comers
                event_modes = [m for m in event_modes if m in {"historical", "negated"}]
            if plover == "THREATEN" and "@reprisal" in row.needs:  # "would respond in kind":
                # the threat is made now; the reprisal is what is to come
                event_modes = [m for m in event_modes if m in {"historical", "negated"}]
            if not (plover == "REJECT" and token.lemma_.lower() in modes.DENYING):
                mode = submodes.refine_mode(token, plover, mode)
            refined = sentence_label.refining(sensed, plover, mode, event_modes)  # the
            # classifier's label, where it may refine the lexicon's
            acled_type, acled_sub = case_types.choose_acled(plover, mode, event_modes, refined,
                                                        (row.acled_type, row.acled_sub))
            a, b = _trigger_span(token, row)
            event = Event(
                evidence=evidence,
                trigger=sentence.evidence((a, b)),
                plover_type=plover,
                plover_mode=mode,
                acled_event_type=acled_type,
                acled_sub_event_type=acled_sub,
                cameo_root=cameo or event_lexicon.PLOVER_CAMEO_ROOT.get(plover),
                actors=actors,
                recipients=recipients,
                when=when,
                modes=event_modes,
                extractor=VERSION,
            )
            cands.append(event_merge.Candidate(token, event, specific=bool(row.needs),
                                               headline=headline, sentence=sentence.index))
            if modal_cues.held_over(plover, modal, cues):  # "would strike if the ministry did
                # not ...": the threat, made now, besides the conditional act
                threat = dataclasses.replace(
                    event, plover_type="THREATEN", acled_event_type=None,
                    acled_sub_event_type=None, cameo_root=event_lexicon.PLOVER_CAMEO_ROOT["THREATEN"],
                    plover_mode=submodes.intent_mode(token, "THREATEN", plover, mode),
                    actors=list(actors), recipients=list(recipients),
                    modes=[m for m in event_modes if m == "historical"])
                cands.append(event_merge.Candidate(token, threat, specific=bool(row.needs),
                                                   headline=headline, sentence=sentence.index))
        for frame in (f for f in frames if f.new):
            cands.append(_accusation(frame, sentence, finder, dates, ctx, kinds, evidence,
                                     headline))
        name_answered(cands, events)  # "condemned the attack": its doers told before
        events.extend(event_merge.consolidate(cands, sentence.start, ctx.result.places,
                                              bool(facts.numbers)))
    for event in events:  # merging may have copied a label from another candidate
        case_types.keep_acled_consistent(event)
    return events


def _accusation(frame: speech.Accusation, sentence: Sentence, finder: ActorFinder,
                dates: list[tuple[int, int, When]], ctx: Context, kinds: dict[int, str],
                evidence: Evidence, headline: bool = False) -> event_merge.Candidate:
    """The ACCUSE of a speaker who asserts a wrongdoing (``speech.accusations``): the speaker
    accuses the doer of the act it reports ("told police that Y had threatened her")."""
    verb = frame.verb
    a, b = verb.idx, verb.idx + len(verb)
    if frame.authority is not None and frame.authority.i == verb.i + 1:
        b = frame.authority.idx + len(frame.authority)  # "told police"
    when = trigger_dates.attached_date(verb, dates, stop=set(kinds))
    event = Event(
        evidence=evidence,
        trigger=sentence.evidence((a, b)),
        plover_type="ACCUSE",
        plover_mode="allege",
        cameo_root=event_lexicon.PLOVER_CAMEO_ROOT["ACCUSE"],
        actors=finder.subject(verb),
        recipients=[a for t in speech.accused(frame.act) for a in finder.conjoined(t)],
        when=when,
        modes=modes.modes_for(verb, verb.doc, when, ctx.published, [], True),
        extractor=VERSION,
    )
    return event_merge.Candidate(verb, event, specific=True, headline=headline,
                                 sentence=sentence.index)


def main_event(events: list[Event]) -> Event | None:
    """The event a group of events (one sentence) is mainly about: the first one, as ``extract``
    lists each sentence's events from the trigger highest in the parse down."""
    return events[0] if events else None
