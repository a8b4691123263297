"""One happening, one event: later mentions of a happening an article has already reported
fuse into the first event of it (``fuse``), after linking has given every event its places and
date.

A later event of the same PLOVER type is the same happening when

- both kill a victim named in both ("the attack that killed Facundo Cabral ... Cabral was shot
  dead in Guatemala last year"): a person dies once, so the mentions' places and a background
  flag on one of them do not tell them apart, and the fused event takes the background and its
  date (``same_killing``), or
- its trigger is a noun that refers back: with a definite or demonstrative determiner or a
  possessor, its own or its head's ("the attack", "this arrest", "his detention", "the
  minister's murder", "the July 9 assassination attempt"), or
- it shares a named participant with the earlier one (an actor or recipient of the same name,
  or a proper name whose words are all in the other's: "Mensah" and "John Mensah", "Acme" and
  "Acme Corp."; a group written the same way: "five police officers"; or an official named by
  a title alone and a person of that office: "mayor" and "Mayor Luis Pardo"), or
- it has no recipient but its own clause names the earlier event's named recipient ("filed
  charges ... against Farinas, who was arrested Thursday"), or
- it is a sequel of the earlier act, which neither its day, the court's place nor the sides
  told the other way round set apart: custody continued ("he was remanded in custody") after
  an arrest, fire answered ("the patrol returned fire") after an attack (``sequels``), or
- its targets are people named with proper names and the earlier material act's targets
  people it only described ("a Dunmore man was arrested ... John Pell, 41, was arrested"),
  unless it tells them as more ("also", "another": ``mentions.people.told_as_more``), or
- its trigger is a bare definite reference, a noun with a definite determiner and nothing of
  its own ("troops repelled the attack", "Israel sealed the border after that attack", "the
  Kremlin said the sanctions were illegal": ``retold.bare``): whatever its sentence gives it
  (doers, place, flags) is the sentence's, so it joins the nearest earlier event of its type
  that its mode does not set apart and lends it nothing, or
- it names no participant at all ("the shooting happened at midnight", "protests across the
  country"), or, for a material act, only definite descriptions of people ("the suspect was
  detained", "the victims were shot"): it joins the nearest earlier compatible event of its
  type; or, for a material act done by unnamed state institutions only ("police",
  "authorities") to definite descriptions told before ("Authorities arrested the leader of the
  ring"), it joins the nearest earlier compatible act by state forces (``repeats_state_act``:
  the same operation told again); and the article's first line,
  when it is a headline (a short one), naming a happening without participants is the first
  mention of the next event of its type, and, when it is the article's title, an act of any
  type it names with people it does not name or names as the story does ("Woman stabbed while
  jogging", "Man charged with attempted murder", "UK sanctions Iran's police" and "Britain
  imposed sanctions": ``mentions.headlines``) the first mention of the story's event of its
  type told in the same rank in the lead (the first for the title's first, the second for its
  second) where nothing tells them apart;

and nothing tells them apart: not both placed (at clause or sentence level) in places of which
neither holds the other (Aleppo lies in Syria: compatible; Gao and Timbuktu: not; a place of
care or of the speaker, "died at a hospital in X", "the ministry in Y said", is no scene:
``mentions.scenes``), not both
dated to different days (a day that only dates the statement reporting an act as done before
it, "said on Friday that jets had bombed Nyala", bounds the act's day from above:
``mentions.sayings``), not two acts by their PLOVER modes (a seizure and an arrest:
``distinct_acts``), not each with participants of its own that the other lacks (another
addressee, other doers, another named target: ``distinct_participants``), not one background and the other not (unless the later one, with no
date of its own, refers back to or shares a named participant with a background happening: it
recalls it). A reference fuses into the
nearest earlier event of its type; a shared participant into the nearest earlier event that
has it.

Within one sentence, a noun later in the sentence that refers back or names no participant
("held talks on Monday, but the negotiations ended without a deal") fuses into the earlier
event of its type in the sentence (the sentence's events were already merged where the syntax
joins their triggers: ``merge``).

The surviving event keeps its evidence and trigger (the first mention; the event of a headline on
a line of its own takes those of its first mention in the story) and gains the later mentions' participants, and their place or date where it had none of its own. Claims that
pointed to a fused event point to the surviving one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from sitrep.extract.context import Context
from sitrep.extract.events.case.acled import keep_acled_consistent
from sitrep.extract.events.eventhood.passing import in_passing, role_of_person
from sitrep.extract.events.history import antecedents, referred, weeks
from sitrep.extract.events.lexicon import triggers
from sitrep.extract.events.mentions.agreement import people_agree, pronouns_agree
from sitrep.extract.events.mentions.headlines import headline_compatible, headline_future
from sitrep.extract.events.mentions.keeps import (
    OWN_LEVELS,
    dated_in_own_sentence,
    finer_date,
    narrower_places,
    own_day,
    placed_by_homes,
    places_compatible,
    places_written_in,
    told_by_arrests,
)
from sitrep.extract.events.mentions.killings import UNREAL, same_killing
from sitrep.extract.events.mentions.parties import (
    charge_compatible,
    charged,
    court_act,
    distinct_acts,
    distinct_participants,
    free_of_parties,
    other_targets,
    retold_accused,
    same_one,
    shares_participant,
    titled,
)
from sitrep.extract.events.mentions.people import (
    MATERIAL,
    REFERRING_DETERMINERS,
    described_only,
    doer_described,
    doers_described,
    doers_unnamed,
    names_only,
    proper_names,
    repeats_state_act,
    told_as_more,
)
from sitrep.extract.events.mentions.reactions import own_targets, reaction_object
from sitrep.extract.events.mentions.sayings import quoted_account, speakers_men
from sitrep.extract.events.mentions.tolls import toll_of, toll_told_later
from sitrep.extract.events.retold.article import ArticleTokens
from sitrep.extract.events.retold.bare import bare_reference
from sitrep.extract.events.retold.results import landed_fire
from sitrep.extract.events.sequels.custody import continued_arrest, held_after
from sitrep.extract.events.sequels.exchanges import answered_attack, answers_fire
from sitrep.extract.events.tokens import VERB_POS, verb_above
from sitrep.extract.events.when import dated
from sitrep.extract.events.when.dated import clause_head, clause_text
from sitrep.records import Actor, Event

LOOKBACK = 64  # earlier events of the same type a mention is compared with
TOLLS = {"killed", "injured", "casualties"}  # the outcomes of a casualty claim that are a toll
NOUNS = {"NOUN", "PROPN"}
# a title tells its story's lead: a mention further down (a police blotter's tenth item, a
# story's aside) is not the one a title naming people it does not name was written for
LEAD_SENTENCES = 5


def _refers_back(token: Token | None) -> bool:
    """A noun trigger with a definite or demonstrative determiner or a possessor, its own or,
    as the first part of a compound, its head's ("the July 9 assassination attempt")."""
    if token is None or token.pos_ not in NOUNS:
        return False
    if token.dep_ == "compound" and token.head.pos_ in NOUNS:
        token = token.head
    return any((c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS) or c.dep_ == "poss"
               for c in token.children)


def _told_by_subject(token: Token | None, plover: str) -> bool:
    """A verb trigger whose subject is a noun of an act of the same type that refers back
    ("the attack, at 5 a.m. on Tuesday, killed three soldiers"): the act told before, with its
    outcome (``merge`` folded the noun into the verb)."""
    if token is None or token.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and _refers_back(c) and _act_noun(c, plover)
               for c in token.children)


CAUSE_PREPOSITIONS = {"in", "during", "by"}  # "injured in the blast", "hurt by the explosion"


def _told_by_cause(token: Token | None, plover: str) -> bool:
    """A verb trigger whose prepositional object is a noun of an act of the same type that
    refers back ("a chief died in the attack", "were hurt by the explosion"): the outcome of
    the act told before, as with a subject; "in another blast" names an act of its own."""
    if token is None or token.pos_ not in {"VERB", "AUX"}:
        return False
    for child in token.children:
        if child.dep_ not in {"prep", "agent"} or child.lower_ not in CAUSE_PREPOSITIONS:
            continue
        if any(c.dep_ == "pobj" and _refers_back(c) and _act_noun(c, plover)
               for c in child.children):
            return True
    return False


def _verb(token: Token | None) -> bool:
    return token is not None and token.pos_ in {"VERB", "AUX"}


def _act_noun(token: Token, plover: str) -> bool:
    """The noun names an act of ``plover`` by itself in the trigger lexicon ("attack")."""
    rows = triggers().get(token.lemma_.lower(), ())
    return any(t.plover == plover and t.pos in ("N", "*") and not t.needs for t in rows)


def _bare(event: Event, token: Token | None, tokens: ArticleTokens) -> bool:
    """The event's trigger is a noun of its type by itself in the lexicon named by a bare
    definite reference (``retold.bare``): "the attack", "the expulsions"."""
    return token is not None and _act_noun(token, event.plover_type) and bare_reference(
        token, [tokens.at(a.evidence.start) for a in event.actors + event.recipients])


def _clause_words(token: Token | None) -> set[str]:
    """The words of the trigger's own clause (without the clauses it governs)."""
    if token is None:
        return set()
    return set(clause_text(token, clause_head(token)).split())


def _named_in(actors: list[Actor], words: set[str]) -> bool:
    """A participant named with a proper name whose last word ("Farinas" of "Henry Farinas")
    is a word of ``words``."""
    for a in actors:
        last = (a.name or a.text).split()[-1:] if a.kind == "named" else []
        if last and last[0][:1].isupper() and len(last[0]) > 2 and last[0] in words:
            return True
    return False


def _clause_verb(token: Token) -> Token | None:
    """The nearest verb that governs ``token`` (itself if a verb)."""
    node = verb_above(token)
    return node if node.pos_ in VERB_POS else None


def _dated_outside(event: Event, tokens: ArticleTokens) -> bool:
    """The event's trigger is a noun that refers back ("the Djibo attack") and its date is
    written outside the noun's phrase, on a verb other than the one whose argument the noun
    is: the day of a clause that mentions it in passing ("suspended on Thursday a channel for
    airing figures from the Djibo attack"), not its own. (The noun's own verb may date it:
    "rejected the suspension of Radio Kaduna on Tuesday".)"""
    token = tokens.trigger(event)
    if not _refers_back(token) or event.when is None or token is None:
        return False
    date = tokens.at(event.when.evidence.start)
    if date is None or token.left_edge.i <= date.i <= token.right_edge.i:
        return False
    verb, dated_verb = _clause_verb(token), _clause_verb(date)
    return verb is not None and dated_verb is not None and verb.i != dated_verb.i


def _compatible(a: Event, b: Event, tokens: ArticleTokens, recalled: bool = False,
                doers: bool = True) -> bool:
    """Nothing tells the earlier event ``a`` and the later ``b`` apart. ``recalled``: ``b``
    refers back to ``a`` or shares a named participant with it, so that when ``a`` is
    background and ``b`` has no date of its own, ``b`` is a later mention of that background
    happening ("the 1995 assassination of the premier ... the premier's murder"). Without
    ``recalled``, an act not done (future, hypothetical, negated) and one done are two.
    ``doers`` False: the doers are not compared."""
    if a.historical != b.historical and not (recalled and a.historical
                                             and not dated_in_own_sentence(b)):
        return False
    if not recalled and set(a.modes) & UNREAL != set(b.modes) & UNREAL:
        return False  # "on course to seize a million litres ... had confiscated 800,000"
    placed = id(a) in tokens.off or id(b) in tokens.off or places_compatible(a, b)
    said_a, said_b = id(a) in tokens.said, id(b) in tokens.said  # (before the copies below)
    if not doers:  # doers described without names tell no attack apart (``doers_described``)
        a, b = replace(a, actors=[]), replace(b, actors=[])
    if not placed or distinct_acts(a, b) or distinct_participants(a, b):
        return False
    da, db = own_day(a), own_day(b)
    if recalled and _dated_outside(b, tokens):
        db = None  # "suspended on Thursday a channel that aired figures of the Djibo attack"
    if da is None or db is None or da == db:
        return True
    # a day that only dates the report of one of them bounds its act from above
    return (said_a and db < da) or (said_b and da < db)


def _absorb(keep: Event, other: Event, headline: bool = False) -> None:
    """``other``'s participants, place, date and confidence where ``keep`` lacks them; a
    participant ``keep`` has already, in either role or under a longer name, is not added, and
    one that ``keep`` names by a title only takes the title's place (``_titled``). A happening's
    targets are the ones its first telling names: once that names a party as its recipient, a
    later mention adds only people it names by name ("a man was stabbed ... Smith, 25, was
    taken to hospital"), not the places, buildings and others its own sentence tells ("gunmen
    raided a bar and shot five men ... the attackers also fired at passers-by"); a
    ``headline``'s few words take every recipient of the story's telling."""
    both = keep.actors + keep.recipients
    for role in ("actors", "recipients"):
        mine = getattr(keep, role)
        told = role == "recipients" and not headline and any(x.kind != "thing" for x in mine)
        seen = {(x.evidence.start, x.evidence.end) for x in both} | {
            (x.name or x.text).lower() for x in both} | {x.text.lower() for x in both}
        for actor in getattr(other, role):
            name = (actor.name or actor.text).lower()
            title = next((i for i, x in enumerate(mine) if titled(x, actor)), None)
            if title is not None:  # "the mayor" of a headline: "Mayor Luis Pardo" of the story
                mine[title] = actor
                seen.add(name)
                continue
            if (told and actor.kind != "named") or (
                    actor.evidence.start, actor.evidence.end) in seen or name in seen or \
                    actor.text.lower() in seen or (
                    proper_names([actor]) and same_one([actor], both)):
                continue
            mine.append(actor)
            seen.add(name)
    if (keep.location_rule not in OWN_LEVELS and other.location_rule in OWN_LEVELS) or \
            narrower_places(keep, other) or (  # "in Mali" ... "in Gao": the town
            places_written_in(keep, other) and not places_compatible(keep, other)):
        # "near Briarcliff" of a title: "near Briarcliff Road in DeKalb County" of the story
        keep.places, keep.location_rule = list(other.places), other.location_rule
    if keep.plover_mode is None and other.plover_mode and other.plover_type == keep.plover_type:
        keep.plover_mode = other.plover_mode  # "the attack ... the assassination attempt"
        keep_acled_consistent(keep)
    if other.historical and not keep.historical and not dated_in_own_sentence(keep):
        # a killing told later as background (``same_killing``): its date, not the news's
        keep.modes.insert(0, "historical")
        keep.when = other.when
    if (keep.when is None and other.when is not None) or finer_date(keep, other):
        keep.when = other.when  # "overnight" ... "just before 3 a.m. Saturday": the finer
    keep.confidence = max(keep.confidence, other.confidence)


def _told_by_body(headline: Event, body: Event) -> None:
    """A headline's event fused with its first mention in the story keeps the story's sentence
    as its evidence and trigger (with its mode and ACLED labels where it has them): the lead
    sentence tells the happening with its place and day; the headline only names it."""
    headline.evidence, headline.trigger = body.evidence, body.trigger
    if headline_future(headline, body):  # "Poland to send troops": "Poland will send"
        headline.modes.append("future")
    headline.plover_mode = body.plover_mode or headline.plover_mode
    if body.acled_event_type:
        headline.acled_event_type = body.acled_event_type
        headline.acled_sub_event_type = body.acled_sub_event_type
    headline.cameo_root = body.cameo_root or headline.cameo_root


def _within_sentence(events: list[Event], tokens: ArticleTokens, where: list[int]) -> dict[int, int]:
    """Later nouns of a sentence that refer back or name no participant, fused into the first
    event of their type earlier in the sentence: {index of the noun's event: index joined}."""
    target: dict[int, int] = {}
    groups: dict[tuple[int, str], list[int]] = {}
    for j, event in enumerate(events):
        groups.setdefault((where[j], event.plover_type), []).append(j)
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda k: events[k].trigger.start)
        first = members[0]
        for j in members[1:]:
            if first in target:
                continue
            if _one_title_story(events[first], events[j], tokens, where[j]):
                target[j] = first  # "Man killed, woman hurt in apartment shooting"
                _absorb(events[first], events[j], True)
                continue
            token = tokens.trigger(events[j])
            if landed_fire(events[j], token, [first], events, lambda i, k=j: _compatible(
                    events[i], events[k], tokens, doers=False)) is not None:
                target[j] = first  # "fired grenades at houses, and a mortar round hit a school"
                _absorb(events[first], events[j])
                continue
            if token is None or token.pos_ not in NOUNS:
                continue
            refers = _refers_back(token)
            if (refers or free_of_parties(events[j])) and _compatible(events[first], events[j], tokens,
                                                            recalled=refers):
                target[j] = first
                _absorb(events[first], events[j])
    return target


def _one_title_story(a: Event, b: Event, tokens: ArticleTokens, sentence: int) -> bool:
    """Two material acts of one type in the article's title, which nothing tells apart (places,
    days, doers, named targets; not told as more: "another", "also"): the one story the title
    heads, told by its toll ("Man killed, teen wounded in shooting", parsed as two acts)."""
    return (sentence == 0 and a.plover_type in MATERIAL and tokens.is_title()
            and not told_as_more(b) and _compatible(a, b, tokens))


def _join(j: int, events: list[Event], earlier: list[int], tokens: ArticleTokens,
          where: list[int], text: str, paired: int | None = None) -> int | None:
    """The earlier event (index) that event ``j`` is a later mention of, or None. ``paired``:
    the title's event of its type told in the same rank (the title's first for the story's
    first, its second for the story's second), which a title that names people only by
    description names."""
    event = events[j]
    token = tokens.trigger(event)
    killed = [i for i in earlier if same_killing(events[i], event, tokens.trigger(events[i]),
                                                 token)]
    if killed:
        return killed[-1]  # "the attack that killed Cabral ... the attack that killed Cabral"
    if reaction_object(token):  # "condemned the bombing": the bombing told before
        named = own_targets(event, token, tokens.at)
        reacted = [i for i in earlier if not distinct_acts(events[i], event)
                   and not other_targets(events[i], named)
                   and set(events[i].modes) & UNREAL == set(event.modes) & UNREAL]
        same = [i for i in reacted if events[i].historical == event.historical]
        if same or reacted:
            return (same or reacted)[-1]
    if _bare(event, token, tokens):  # "troops repelled the attack": the attack told before
        same = [i for i in earlier if not distinct_acts(events[i], event)  # not "after
                # the talks collapsed in May", another time than "talks resumed on Friday"
                and events[i].historical == event.historical]
        if same:
            return same[-1]
    earlier = [i for i in earlier  # "She was remanded ... He was remanded": two people
               if pronouns_agree(events[i], tokens.trigger(events[i]), event, token)]
    sequel = continued_arrest(event, token, earlier, events)  # "He was remanded in custody"
    if sequel is None:  # "the officers returned fire"
        sequel = answered_attack(event, token, earlier, events,
                                 lambda i: _compatible(events[i], event, tokens, doers=False))
    if sequel is None:  # "the shells hit a market": where the fire told before landed
        sequel = landed_fire(event, token, earlier, events,
                             lambda i: _compatible(events[i], event, tokens, doers=False))
    if sequel is not None:
        return sequel
    refers = (_refers_back(token) or _told_by_subject(token, event.plover_type)
              or _told_by_cause(token, event.plover_type))
    plain = [i for i in earlier if _compatible(events[i], event, tokens)]
    if refers:
        recalled = [i for i in earlier if _compatible(events[i], event, tokens, recalled=True)]
        if recalled:
            return recalled[-1]
    sharing = [i for i in earlier if shares_participant(events[i], event)
               and _compatible(events[i], event, tokens, recalled=True)]
    if sharing:
        return sharing[-1]
    if event.plover_type in MATERIAL and quoted_account(token) and not told_as_more(event):
        # 'the army said its jets had struck "terrorist hideouts"': one side's version of the
        # act told before (a denial in the same breath too: it lends nothing, ``fuse``)
        own = not speakers_men(event)  # "its men", "its fighters": the speaker's side
        version = [i for i in earlier if _compatible(events[i], event, tokens, recalled=True,
                                                     doers=own)]
        if version:
            return version[-1]
    if not event.recipients:  # "filed charges against Farinas", the recipient not found (a
        # name of its own doers is no recipient: "Farinas told investigators")
        words = _clause_words(token) - {w for a in event.actors for w in a.text.split()}
        named = [i for i in earlier if _named_in(events[i].recipients, words)
                 and _compatible(events[i], event, tokens, recalled=True)]
        if named:
            return named[-1]
    if free_of_parties(event, text):  # "the shooting happened at midnight": the happening told before
        free = [i for i in plain if people_agree(events[i], event)]  # not "the male driver"
        if free:  # after "a female pedestrian"
            return free[-1]
    if toll_told_later(event, token):  # "Gunmen attacked a bar. Four people were killed"
        # not other people ("Woman stabbed in Luton ... Two men were stabbed") nor a title's
        # act for a blotter's later item
        attacks = [i for i in plain if toll_of(events[i], tokens.trigger(events[i]), event)
                   and people_agree(events[i], event, number=False)
                   and not (where[i] == 0 and tokens.is_title() and where[j] > LEAD_SENTENCES)]
        if attacks:
            return attacks[-1]
        spared = [i for i in earlier if set(event.modes) & UNREAL == {"negated"} and not set(
            events[i].modes) & UNREAL and _compatible(events[i], event, tokens, recalled=True)]
        if spared:  # "a man fired at her car ... She was not injured": the attack's zero toll
            return spared[-1]
    if event.plover_type in MATERIAL and names_only(event) and not told_as_more(event):
        described = [i for i in plain if described_only(events[i], text)]
        if described:  # "a Dunmore man was arrested ... John Pell, 41, was arrested"
            return described[-1]
    described = [i for i in plain if doer_described(event, events[i], text)
                 and people_agree(events[i], event) and not told_as_more(event)]
    if described:  # "A gunman opened fire ... a man pulled a handgun and fired"
        return described[-1]
    detailed = [i for i in earlier if doers_described(event, events[i])
                and _verb(tokens.trigger(events[i]))  # a toll told as a clause
                # retold in a clause, not named by a noun ("victims of attacks on ...")
                and _verb(tokens.trigger(event))
                # the story's attack, not a background one ("whose brother was killed in
                # July ... gunmen shot the editor's brother on 9 July")
                and not events[i].historical
                # not a title's act for a blotter's later item
                and not (where[i] == 0 and tokens.is_title() and where[j] > LEAD_SENTENCES)
                and not told_as_more(event)
                and _compatible(events[i], event, tokens, doers=False)
                # not the toll of another's act in its sentence ("police fired tear gas,
                # leaving 12 injured ... protesters threw stones")
                and all(doers_unnamed(events[k]) for k in range(j) if where[k] == where[i]
                        and events[k].plover_type == event.plover_type)]
    if detailed:  # "Two men were killed in a shooting ... gunmen in a van opened fire"
        return detailed[-1]
    if court_act(event) and (names_only(event) or retold_accused(event, text)) and not \
            told_as_more(event):  # "... Evans is charged with"; "the woman was charged"
        kind = charged(event)  # a charge for a charge, a sentence for a sentence
        described = [i for i in earlier if court_act(events[i]) and charged(events[i]) == kind
                     and described_only(events[i], text) and charge_compatible(events[i], event)]
        if described:  # "a young woman accused of ... Evans is charged with ..."; "Leyland man
            return described[-1]  # jailed ... Kieran Holt, of Leyland, was sentenced"
    state = [i for i in plain if repeats_state_act(events[i], event, text)
             and people_agree(events[i], event)]
    if state:
        return state[-1]  # "Authorities arrested the leader": the operation told before
    if not tokens.headline():
        return None
    headline = [i for i in plain if where[i] == 0 and free_of_parties(events[i])
                and people_agree(events[i], event, number=False)]
    if not headline and tokens.is_title() and where[j] <= LEAD_SENTENCES:  # not a blotter's
        # later item (a title without participants may head a long lead: "Loud music
        # complaint leads to threatening" ... "O'Connor had threatened her")
        headline = [i for i in (paired,) if i is not None
                    and headline_compatible(events[i], event, id(event) in tokens.off
                                            or id(events[i]) in tokens.off)]
    return headline[-1] if headline else None


def _fold_roles(events: list[Event], tokens: ArticleTokens, target: dict[int, int]) -> None:
    """An act named only by a person's role in it ("a shooting victim", "survivors of the
    massacre", ``passing.role_of_person``) is no report of its own when the article reports
    an act of its type elsewhere that nothing tells apart from it (the background flag, the
    places, the act's PLOVER mode: a shooting is no stabbing; participants of its own): it joins the nearest such event, lending it nothing (its date is the
    clause's: "paid tribute Tuesday to bombing victims"). An article's only mention of an act
    stays."""
    free = [j for j in range(len(events)) if j not in target]
    roles = {j for j in free if role_of_person(tokens.trigger(events[j]))}
    for j in sorted(roles):
        if j in target.values():
            continue
        told = [i for i in free if i not in roles and i not in target
                and events[i].plover_type == events[j].plover_type
                and events[i].historical == events[j].historical
                and places_compatible(events[i], events[j])
                and not distinct_acts(events[i], events[j])
                and not distinct_participants(events[i], events[j])
                and not (events[i].plover_mode and events[j].plover_mode
                         and events[i].plover_mode != events[j].plover_mode)]
        if told:
            target[j] = min(told, key=lambda i: abs(i - j))


def fuse(ctx: Context) -> None:
    """Fuse later mentions of a happening into its first event (``ctx.result`` in place).

    Work is linear in the events: each looks back at most ``LOOKBACK`` earlier events of its
    type (an article with more of one type than that is a list or a dump, not one story)."""
    events = ctx.result.events
    tokens = ArticleTokens(ctx)
    tokens.mark_said(events)
    dated.mark_background(ctx, tokens.trigger)  # "on January 10" without a publication date
    weeks.mark_weeks_back(ctx, tokens.trigger)  # "on October 3" in an October 20 story
    referred.mark_referred(events, tokens.trigger)  # "the shooting" of a background shooting
    antecedents.mark_antecedents(events, tokens.trigger, ctx.published)  # "the 1998 bombing that killed two"
    for event in events:  # "Ray Mills, 29, of Tulsa, was also killed in the blast": no scene
        if placed_by_homes(event, tokens.at):
            event.location_rule = "home"
    # acts named in passing ("in the wake of the shooting"): they may join a
    # mention told before, but one recalled as background is the only one they start
    passing = {j for j, e in enumerate(events)
               if not e.historical and in_passing(tokens.trigger(e))}
    if len(events) < 2 and not passing:
        return
    where = [tokens.sentence_of(e) for e in events]  # sentence of each event
    target = _within_sentence(events, tokens, where)  # index of a fused event -> joined
    told: set[int] = set()  # headline events that took their story's first mention
    by_arrests = told_by_arrests(events, ctx.result.claims)  # "held after a shooting"
    # acts told as done with a toll of their own: never fused into an act not done ('"go
    # ahead and kill him" ... was killed in the shooting', "planned the attacks ... the attack
    # killed 253 people"), which would carry the toll out of the incidents
    tolled = {c.event for c in ctx.result.claims if c.outcome in TOLLS and c.event is not None
              and 0 <= c.event < len(events) and not set(events[c.event].modes) & UNREAL}
    by_type: dict[str, list[int]] = {}
    for j, event in enumerate(events):
        seen = by_type.setdefault(event.plover_type, [])
        if j in target:
            continue
        earlier = [i for i in seen[-LOOKBACK:] if i not in target and i not in passing
                   and where[i] != where[j]
                   and not (j in tolled and set(events[i].modes) & UNREAL)]
        heads = [i for i in seen if where[i] == 0 and i not in target]  # the title's
        told_before = sum(1 for i in seen if where[i] > 0)  # the story's earlier ones
        paired = heads[told_before] if told_before < len(heads) else None
        seen.append(j)
        if not earlier:
            continue
        join = _join(j, events, earlier, tokens, where, ctx.article.text, paired)
        if join is not None and not (join in by_arrests and j not in by_arrests):
            target[j] = join
            if _bare(event, tokens.trigger(event), tokens):
                continue  # "the attack" of a sentence about another act: it lends nothing
            headline = where[join] == 0 < where[j] and (
                tokens.title_line() or tokens.on_first_line(events[join]))
            if headline and join not in told:
                told.add(join)
                _told_by_body(events[join], event)
            if not reaction_object(tokens.trigger(event)) and "negated" not in event.modes \
                    and not answers_fire(tokens.trigger(event)):  # the other side's
                _absorb(events[join], held_after(event, tokens.trigger(event)),  # a reaction's doers and places are the
                        headline)
                # reactor's; those spared ("she was not injured") are no one's targets
    _fold_roles(events, tokens, target)
    dropped = passing - set(target) - set(target.values())  # named in passing only
    if not target and not dropped:
        return
    kept = [i for i in range(len(events)) if i not in target and i not in dropped]
    new_index = {old: new for new, old in enumerate(kept)}
    for claim in ctx.result.claims:
        if claim.event is not None:
            old = claim.event
            while old in target:
                old = target[old]
            claim.event = new_index.get(old)
    ctx.result.events[:] = [events[i] for i in kept]
