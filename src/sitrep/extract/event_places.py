"""Which of a sentence's places an event happened at: the filters and the order ``link`` applies
to the places of a clause or sentence (split from ``extract.link``). Places that name a
person's home or only describe the town after them drop out, a location phrase of the trigger
comes first, places of a deed the act answers for and of an owner of its target give way, and
towns come before regions, regions before countries."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from sitrep.extract.borrowed import OCCASIONS
from sitrep.extract.context import Context, Sentence
from sitrep.extract.dateline_towns import contains_town
from sitrep.extract.events.tokens import Offsets
from sitrep.extract.lent_dates import token_at
from sitrep.extract.place_roles import (
    CARRY_VERBS,
    MAX_STEPS,
    attached,
    deed_of,
    describes_place,
    location_phrase,
    names_home,
    owner_modifier,
)
from sitrep.extract.places.led import of_a_person
from sitrep.nlp.scans import DASHES, hyphen_after, hyphen_before
from sitrep.records import Event, Place


def in_sentences(ctx: Context, places: list[Place], offsets: dict[int, Offsets] | None
                 ) -> Iterator[tuple[Place, Sentence, Token | None]]:
    """Each place that lies within one sentence, with that sentence and its last token."""
    for p in places:
        sentence = ctx.sentence_at(p.evidence.start)
        if sentence is not None and p.evidence.end <= sentence.end:
            yield p, sentence, token_at(sentence, p.evidence.end - 1, offsets)


def home_places(ctx: Context, places: list[Place], offsets: dict[int, Offsets]) -> set[int]:
    """The ``id`` of each place that names a person's home (``names_home``: "a Michigan man",
    "a 20-year-old Kenosha man"), and of each place of a person written with "of" ("John Doe of
    Allen, Texas", "Sears, 41, of Grovetown": ``of_a_person``). A home gives way to another
    place of its level and, alone, to the dateline's town; with neither it still places the act
    (local news names victims so, and the town is often where it happened)."""
    out: set[int] = set()
    for p, sentence, last in in_sentences(ctx, places, offsets):
        if last is not None and names_home(last):
            out.add(id(p))
        first = token_at(sentence, p.evidence.start, offsets)
        if first is not None and first.i > 0 and of_a_person(first.doc[first.i - 1]):
            out.add(id(p))  # "identified as John Doe of Allen, Texas"
    return out


def country_subjects(ctx: Context, places: list[Place], offsets: dict[int, Offsets]
                     ) -> set[tuple[int, int]]:
    """The spans of the countries that are themselves the subject of a verb ("Peru closed its
    border", Peru tagged ORG): a state that acts, not where anything happened; not a place that
    only begins an institution's name that is ("The Texas Department of Public Safety said":
    Texas stays a place the story may later call "the state")."""
    return {(p.evidence.start, p.evidence.end) for p, _, last in in_sentences(ctx, places, offsets)
            if p.kind == "country" and last is not None and last.dep_ in SUBJECTS}


def describing_places(ctx: Context, places: list[Place], offsets: dict[int, Offsets]) -> set[int]:
    """The ``id`` of each place that only describes a place named after it ("the Idlib town of
    Saraqib": ``place_roles.describes_place``)."""
    return {id(p) for p, _, last in in_sentences(ctx, places, offsets)
            if last is not None and describes_place(last)}


def carries(sentence: Sentence | None, event: Event, offsets: dict[int, Offsets]) -> bool:
    """Whether the event's trigger is a verb that carries the wounded to care ("airlifted")."""
    trigger = (token_at(sentence, event.trigger.start, offsets)
               if sentence is not None else None)
    return trigger is not None and trigger.lemma_.lower() in CARRY_VERBS


def attached_first(sentence: Sentence | None, event: Event, places: list[Place],
                    offsets: dict[int, Offsets]) -> list[Place]:
    """The places in a location phrase of the trigger, where there are any ("smugglers who moved
    drugs through Honduras were arrested in Guatemala": Guatemala alone for the arrest); else
    all of them, in order."""
    trigger = (token_at(sentence, event.trigger.start, offsets)
               if sentence is not None else None)
    if trigger is None or len(places) < 2:
        return places
    def near(p: Place) -> bool:
        last = token_at(sentence, p.evidence.end - 1, offsets)
        return last is not None and attached(last, trigger)
    return [p for p in places if near(p)] or places


def own_deed(sentence: Sentence | None, event: Event, places: list[Place],
              offsets: dict[int, Offsets], starts: set[int]) -> list[Place]:
    """The places that may be the act's own: not those of a deed it answers for, nor those of
    the verb its trigger only describes the subject of (``place_roles.deed_of``)."""
    trigger = (token_at(sentence, event.trigger.start, offsets)
               if sentence is not None and places else None)
    if trigger is None:
        return places
    lasts = [token_at(sentence, p.evidence.end - 1, offsets) for p in places]

    def an_act(token: Token) -> bool:  # the trigger of an event of the sentence
        return sentence is not None and sentence.start + token.idx in starts

    return [p for p, last in zip(places, lasts, strict=True)
            if last is None or not deed_of(last, trigger, an_act)]


ADNOMINAL = frozenset({"relcl", "acl"})


def other_clause(last: Token, trigger: Token, an_act: Callable[[Token], bool]) -> bool:
    """Whether the place whose last word is ``last`` lies in an adverbial clause that does not
    hold the trigger ("sent warplanes around the island, days after the president returned
    from Paraguay": not the sending's place). Not where that clause sits in a clause that
    modifies the act's own noun, another act's noun or the act's target ("abducted women who
    had gone to collect firewood outside Arbinda": the target's place). (A relative clause
    alone does not part the place from the act: that lowered the untouched dev part.)"""
    node, other, content, nested = last, False, False, False
    for _ in range(2 * MAX_STEPS):
        if node.i == trigger.i or node.head.i == node.i:
            return other
        if node.dep_ in ADNOMINAL and (node.head.i == trigger.i or an_act(node.head)
                                       or _argument(node.head, trigger)):
            return False  # nested in a clause that tells of the act or its target
        if node.dep_ == "advcl":
            if trigger.i in {t.i for t in node.subtree}:
                return other
            other = other or not same_scene(node, content) or (
                purpose(node) and nested)  # "to clear drivers who blocked the road near X"
        content = content or node.dep_ in CONTENT
        nested = nested or node.dep_ in ADNOMINAL | CONTENT
        node = node.head
    return other


# markers of a clause told at the same time as the act, hence at its place ("was stabbed while
# jogging near Briarcliff Road", "as she walked home along Elm Street")
SIMULTANEOUS = frozenset({"while", "whilst", "as", "when"})


# verbs of speaking: a clause of one tells where its speaker says what the main clause says
# ("Speaking in Nairobi, the president condemned the attack", "addressing reporters in Kabul")
CONTENT = frozenset({"ccomp", "xcomp"})  # what a verb of speaking says
SPEAKING = frozenset({"speak", "talk", "address", "tell", "brief", "say", "announce",
                      "answer", "reply", "testify", "declare", "state"})


def same_scene(clause: Token, content: bool = False) -> bool:
    """An adverbial clause opened by a marker of the same time (``SIMULTANEOUS``: "was stabbed
    while jogging near the park"), or one of a verb of speaking (``SPEAKING``: "Speaking in
    Nairobi, the president condemned ...") or of being gathered (``GATHERING``: "leaders
    meeting in Addis Ababa called on ..."), which tells the act's own scene, unless the place
    lies in what is said (``content``: "saying families had fled Argelia"), or an infinitive
    of purpose (``purpose``: "fired tear gas to disperse protesters in Kisumu"). (Bare
    participles were tried too: they lowered place accuracy on the s34 and s36 sets.)"""
    return (clause.lemma_.lower() in SPEAKING | GATHERING and not content) or any(
        c.dep_ == "mark" and c.lower_ in SIMULTANEOUS for c in clause.children) or purpose(clause)


def purpose(clause: Token) -> bool:
    """An infinitive of purpose with no subject of its own ("fired tear gas to disperse
    protesters in Kisumu", "beat marchers to break up a rally in Kankan"): the act's aim, done
    in the same place; not a place in a clause nested in it ("to clear drivers who had blocked
    the highway near Oruro": another act's, ``other_clause``)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and not any(
        c.dep_ in SUBJECTS for c in clause.children)


def _argument(noun: Token, trigger: Token) -> bool:
    """Whether the noun is the trigger's object, or joined to it ("bombed an airstrip used by
    aid agencies in Yei": the airstrip's clause says where the act's target is)."""
    for _ in range(MAX_STEPS):
        if noun.dep_ != "conj" or noun.head.i == noun.i:
            break
        noun = noun.head
    if noun.dep_ == "pobj":  # "pledged vessels under an agreement signed in Manila"
        noun = noun.head
        return noun.head.i == trigger.i and noun.dep_ in {"prep", "agent"}
    return noun.head.i == trigger.i and noun.dep_ in {"dobj", "nsubjpass"}


def own_clause(sentence: Sentence | None, event: Event, places: list[Place],
               offsets: dict[int, Offsets], starts: set[int]) -> list[Place]:
    """The places not in a clause of another act (``other_clause``)."""
    trigger = (token_at(sentence, event.trigger.start, offsets)
               if sentence is not None and places else None)
    if trigger is None or sentence is None:
        return places
    def an_act(token: Token) -> bool:
        return sentence.start + token.idx in starts
    out = []
    for p in places:
        last = token_at(sentence, p.evidence.end - 1, offsets)
        if last is None or not other_clause(last, trigger, an_act):
            out.append(p)
    return out


def owners_give_way(sentence: Sentence | None, event: Event, places: list[Place],
                     offsets: dict[int, Offsets]) -> list[Place]:
    """The places of a location phrase, without the places that only modify a noun of whose
    people or buildings the act is about ("Waterbury firefighters were attacked by a mob in
    Naugatuck", "the U.S. embassies in Kenya and Tanzania": ``place_roles.owner_modifier``),
    unless the phrase names a state or country the owner's place lies in ("a Kabul hotel in
    Afghanistan": Kabul is finer)."""
    trigger = (token_at(sentence, event.trigger.start, offsets)
               if sentence is not None and len(places) > 1 else None)
    if trigger is None:
        return places
    lasts = [token_at(sentence, p.evidence.end - 1, offsets) for p in places]
    phrases = [p for p, last in zip(places, lasts, strict=True)
               if last is not None and location_phrase(last, trigger)]
    if not phrases:
        return places
    return [p for p, last in zip(places, lasts, strict=True)
            if last is None or not owner_modifier(last, trigger) or any(
                lies_in(p, q) for q in phrases)]


def lies_in(place: Place, area: Place) -> bool:
    """Whether the place lies in the stated country or first-level division."""
    if area.kind == "country":
        return place.country == area.country and place.kind != "country"
    return contains_town(area, place)


def pick_places(places: list[Place]) -> list[Place]:
    """Towns, then regions, before countries, each once; a region that contains one of the
    towns ("INDIANAPOLIS, Ind.", "in Aurora, Colorado") only says where the town is, and one
    written before a town ("the Caribbean city of Barranquilla") describes it: the town is the
    most specific place stated."""
    fine = [p for p in places if p.kind != "country"]
    chosen = fine or places
    towns = [p for p in chosen if p.kind == "city"]
    seen: set[object] = set()
    out = []
    for p in towns + [p for p in chosen if p.kind != "city"]:
        key = p.geonameid or p.name
        if key not in seen and not any(contains_town(p, town) for town in towns):
            seen.add(key)
            out.append(p)
    return out


# links inside a place's own phrase ("Port of Spain", "Kabul and Kandahar", "the city of X")
PHRASE = frozenset({"compound", "conj", "appos", "amod", "nmod", "poss", "cc", "flat", "pobj",
                    "prep"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def said_where(sentence: Sentence | None, event: Event, places: list[Place],
               offsets: dict[int, Offsets]) -> list[Place]:
    """For a statement, the places the text gives for the saying itself: a location phrase of
    its trigger or of a verb it hangs from ("said in Brussels ... and urged", "In Moscow, a
    spokesman said Russia would respond"), or of its speaker ("A Taliban spokesman in Kabul
    rejected", "The US embassy in Dhaka urged"). Not a place of what is said or asked for, of
    its object or its content ("condemned the attack on Kenscoff", "accused the army of
    shelling Goma", "said reinforcements would be sent to Hiiraan"): a topic, not where the
    speaker was (the events convention for statements); but for a summons, where the summoned
    envoy is posted ("summoned the Russian ambassador in Warsaw": ``summons``); not a country on
    the speaker ("The UN Mission in Libya urged": ``_seat_of_subject``)."""
    trigger = (token_at(sentence, event.trigger.start, offsets)
               if sentence is not None and places else None)
    if trigger is None:
        return places
    end = token_at(sentence, event.trigger.end - 1, offsets) if sentence is not None else None
    # the trigger's words ("signed a trade agreement in Nairobi") and the verbs it hangs from
    above = {trigger.i} | {t.i for t in trigger.ancestors} | (
        set(range(trigger.i, end.i + 1)) if end is not None and end.i >= trigger.i else set())
    out = []
    for p in places:
        last = token_at(sentence, p.evidence.end - 1, offsets)
        if last is None or _said_at(last, trigger, above) and not (
                p.kind == "country" and event.plover_type not in {"CONCEDE", "AGREE"}
                and _seat_of_subject(last)):  # "the Mission in Libya urged"; no deed
            out.append(p)
    return out


def _seat_of_subject(last: Token) -> bool:
    """Whether the place's phrase hangs on a subject ("The Mission in Libya urged")."""
    while last.dep_ in PHRASE - {"pobj", "prep"} and last.head.i != last.i:
        last = last.head
    return (last.head.head if last.dep_ == "pobj" else last).dep_ in SUBJECTS


def _said_at(last: Token, trigger: Token, above: set[int]) -> bool:
    node = last
    for _ in range(MAX_STEPS):  # up to the top of the place's own noun phrase
        if node.dep_ not in PHRASE - {"pobj", "prep"} or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head  # the preposition
    elif node.dep_ not in {"npadvmod", "advmod"}:
        return node.i in above  # the place is itself the trigger's head
    head = node.head
    occasion = False  # passed the noun of the occasion ("at a news conference in Nouakchott")
    for _ in range(MAX_STEPS):
        if head.i in above:
            return True  # "said in Brussels", "In Moscow, ... said"
        if occasion and head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "pobj":
            head = head.head.head  # "denounced the arrests as a violation ... at a news
            continue  # conference in Nouakchott", the parse's occasion on the object's noun
        lemma = head.lemma_.lower()
        if head.dep_ in CLAUSES and lemma in SPEAKING | GATHERING:
            head = head.head  # "Speaking in Geneva, the envoy accused", "The envoy, speaking
            continue  # in Geneva, accused", "leaders meeting in Manila called on"
        subject = _first_conjunct(head)  # "The U.S. Embassy and the EU delegation in Dhaka"
        if subject.dep_ in SUBJECTS:  # "a spokesman in Kabul said"; not an office's remit
            # ("the envoy for Syria", "the ambassador to Kenya urged")
            return subject.head.i in above and node.lower_ in SEAT_PREPS
        if head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "pobj" and (
                head.head.lower_ in OCCASION_PREPS or head.head.head.lemma_.lower() in SPEAKING):
            occasion = head.lemma_.lower() in OCCASIONS
            head = head.head.head  # "at a news conference in Georgetown", "in a speech in
            continue  # Bandar Abbas", "speaking to reporters in Tunis", "at Government House in
            # Bangkok"
        if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.lemma_.lower() in SPEAKING:
            head = head.head  # "told a news conference in Lima"
            continue
        if head.dep_ == "dobj" and head.head.i in above and summons(head.head):
            return node.lower_ in SEAT_PREPS  # "summoned the Russian ambassador in Warsaw":
            # an envoy is summoned where he is posted, at the summoner's own ministry
        if head.dep_ == "acl" and head.head.pos_ == "NOUN" and head.head.dep_ == "pobj":
            head = head.head  # "in a statement issued in Germany": the statement's
            continue
        return False
    return False


def _first_conjunct(noun: Token) -> Token:
    """The first of the nouns joined to ``noun`` ("the delegation" in "The U.S. Embassy and
    the EU delegation": "Embassy"), whose role in the clause the others share."""
    for _ in range(MAX_STEPS):
        if noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"} or noun.head.i == noun.i:
            break
        noun = noun.head
    return noun


# verbs of calling a diplomat in, all forms through the lemma ("summoned", "convoked")
SUMMONING = frozenset({"summon", "convoke"})


def summons(verb: Token) -> bool:
    """Whether the verb calls someone in to be told off ("summoned the ambassador", "convoked
    the envoy", "called in the charge d'affaires")."""
    lemma = verb.lemma_.lower()
    return lemma in SUMMONING or (lemma == "call" and any(
        c.dep_ == "prt" and c.lower_ == "in" for c in verb.children))


# prepositions of where a speaker is ("a spokesman in Kabul", "the office at the airport")
SEAT_PREPS = frozenset({"in", "at", "inside", "outside", "near", "within"})
# clauses that tell the speaker's scene: an adverbial one, or one on the speaker's noun
CLAUSES = frozenset({"advcl", "acl"})
# verbs of being gathered somewhere ("leaders meeting in Manila", "ministers gathered in Rome")
GATHERING = frozenset({"meet", "gather", "attend", "assemble", "convene"})
# prepositions of the occasion a statement was made at ("at a news conference in Lima", "in a
# speech in Basra", "during a news conference in Hanoi"; a place after "from" is read as an
# origin before this is asked)
OCCASION_PREPS = frozenset({"at", "in", "during"})


def asker_places(sentence: Sentence | None, event: Event, places: list[Place],
                 offsets: dict[int, Offsets]) -> list[Place]:
    """For an act only asked for, the places without those of the asking: a location phrase of
    a verb the trigger hangs from, or of that verb's subject ("The Red Cross office in Kinshasa
    urged the rebels to release the wounded", "told reporters in Lima they wanted an inquiry":
    where the asker was, not where the act would be). A place of the trigger's own words ("the
    release of the women held in Kaduna") stays."""
    trigger = (token_at(sentence, event.trigger.start, offsets)
               if sentence is not None and places else None)
    if trigger is None:
        return places
    askers = {t.i for t in trigger.ancestors}
    out = []
    for p in places:
        last = token_at(sentence, p.evidence.end - 1, offsets)
        if last is None or not _asker_word(last, trigger, askers):
            out.append(p)
    return out


def _asker_word(last: Token, trigger: Token, askers: set[int]) -> bool:
    if trigger.i in {t.i for t in last.ancestors}:
        return False  # in the trigger's own phrase ("release of the women held in Kaduna")
    node = last
    for _ in range(MAX_STEPS):  # up to the top of the place's own noun phrase
        if node.dep_ not in PHRASE - {"pobj", "prep"} or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ != "pobj" or node.head.dep_ != "prep":
        return False
    head = node.head.head  # what the location phrase modifies
    if head.i in askers:
        return True  # "told reporters in Lima", "said in Geneva"
    if head.dep_ in SUBJECTS | {"dobj"} and head.head.i in askers:
        return True  # "The office in Kinshasa urged", "told a news conference in Lima"
    return head.dep_ == "advcl" and head.lemma_.lower() in SPEAKING and head.head.i in askers


ROUTE_PREPS = frozenset({"between"})  # "on the road between Dilling and El Obeid"


def on_route(last: Token) -> bool:
    """Whether the place whose last word is ``last`` is one end of a stretch between two places
    ("ambushed a convoy between Tera and Gotheye", "on the road between Manbij and Tabqa", "on
    the highway from Tetovo to the border"): the act happened somewhere along it, at neither
    end. "Between" with two places joined; "from ... to" only where both hang on a noun (the
    road's), not on a verb of going ("marched from the park to City Hall")."""
    node = last
    for _ in range(MAX_STEPS):  # up to the top of the place's own name
        if node.dep_ not in {"compound", "flat", "conj"} or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ != "pobj":
        return False
    prep = node.head
    if prep.lower_ in ROUTE_PREPS:  # two named places ("between Semera and the border": one)
        return any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in node.children)
    if prep.lower_ != "from" or prep.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(t.dep_ == "prep" and t.lower_ in {"to", "toward", "towards"}
               for t in node.doc[node.i + 1:node.i + 6])


# nouns of a way that leads to a place ("the road to Kyaukme", "the Okene-Kabba road")
ROAD_NOUNS = frozenset({"road", "highway", "route", "motorway", "expressway", "freeway",
                        "roadway"})
ROAD_PREPS = frozenset({"to", "toward", "towards"})


def road_end(last: Token) -> Token | None:
    """The road whose end the place whose last word is ``last`` names: where it leads ("on the
    road to Kyaukme") or a town it is named after ("on the Okene-Kabba road"); not a place the
    road is in ("the road in Kyaukme"). An act on that road happened along it, at no end."""
    node = last
    for _ in range(MAX_STEPS):  # up to the top of the place's own name
        if node.dep_ not in {"compound", "flat", "conj", "nmod", "amod"} or (
                node.head.i == node.i):
            break
        if node.head.lemma_.lower() in ROAD_NOUNS:  # "the Okene-Kabba road"
            return node.head if _dashed(node) else None
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in ROAD_PREPS:
        return None
    prep = node.head
    if prep.head.lemma_.lower() in ROAD_NOUNS:
        return prep.head  # "on the road to Kyaukme"
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and before.lemma_.lower() in ROAD_NOUNS:
        return before  # "blocked the highway to Busia", the parse's "to" on the verb
    return None


def _dashed(word: Token) -> bool:
    """Whether a hyphen or an en dash, spaced or not, joins the word to another ("Okene-Kabba")."""
    return hyphen_before(word, spaced=True, marks=DASHES) is not None or (
        hyphen_after(word, spaced=True, marks=DASHES) is not None)


def road_ends(sentence: Sentence | None, event: Event, places: list[Place],
              offsets: dict[int, Offsets]) -> tuple[list[Place], bool]:
    """The ends of roads among the places (``road_end``), and whether the act was done on such a
    road, in a phrase of it or of a word of its clause ("from a bus on the Okene-Kabba road")."""
    trigger = (token_at(sentence, event.trigger.start, offsets)
               if sentence is not None and places else None)
    if trigger is None:
        return [], False
    ends, on_it = [], False
    for p in places:
        last = token_at(sentence, p.evidence.end - 1, offsets)
        road = road_end(last) if last is not None else None
        if road is not None:
            ends.append(p)
            verb = next((a for a in road.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            on_it = on_it or attached(road, trigger) or (
                verb is not None and verb.i == trigger.i)  # "a roadblock on the road to X"
    return ends, on_it


def route_ends(sentence: Sentence | None, places: list[Place],
               offsets: dict[int, Offsets]) -> list[Place]:
    """The places of ``places`` that are ends of a stretch between two places (``on_route``)."""
    if sentence is None:
        return []
    lasts = [token_at(sentence, p.evidence.end - 1, offsets) for p in places]
    return [p for p, last in zip(places, lasts, strict=True)
            if last is not None and on_route(last)]


# prepositions of the party a sanction is aimed at ("an embargo on Zimbabwe", "sanctions against
# Russia", "arms deliveries to Turkey", "imports from Malaysia", "trade with Cuba")
TARGET_PREPS = frozenset({"on", "upon", "against", "to", "with", "from", "into"})
TARGET_DEPS = frozenset({"compound", "appos", "conj", "poss", "amod", "nmod", "flat"})


def aimed_at(last: Token, trigger: Token) -> bool:
    """Whether the place whose last word is ``last`` is the party a sanction is aimed at: the
    object of the trigger ("suspended Mali"), or of a target's preposition on the trigger, the
    verb a noun trigger belongs to or their object ("imposed an embargo on Burundi", "suspended
    arms deliveries to Turkey", "sanctions on Venezuela's oil company")."""
    node = last
    for _ in range(MAX_STEPS):  # up to the head of the place's phrase ("Venezuela's company")
        if node.dep_ not in TARGET_DEPS or node.head.i == node.i:
            break
        node = node.head
    verbs = [t for t in (trigger, trigger.head) if t.pos_ in {"VERB", "AUX"}
             and (t.i == trigger.i or trigger.dep_ in {"dobj", "nsubjpass"})]
    owners = {trigger.i} | {v.i for v in verbs} | {
        c.i for v in verbs for c in v.children if c.dep_ in {"dobj", "nsubjpass"}}
    if node.dep_ == "dobj" and any(node.head.i == v.i for v in verbs):
        return True
    return (node.dep_ == "pobj" and node.head.lower_ in TARGET_PREPS
            and node.head.head.i in owners)


def targets_give_way(sentence: Sentence | None, event: Event, places: list[Place],
                     offsets: dict[int, Offsets]) -> list[Place]:
    """For a sanction, the places without the countries it is aimed at (``aimed_at``: "renewed
    its arms embargo on Zimbabwe", "suspended arms deliveries to Turkey"): a party to it, not
    where it was decided."""
    trigger = (token_at(sentence, event.trigger.start, offsets)
               if sentence is not None and places and event.plover_type == "SANCTION"
               else None)
    if trigger is None:
        return places
    lasts = [token_at(sentence, p.evidence.end - 1, offsets) for p in places]
    return [p for p, last in zip(places, lasts, strict=True)
            if p.kind != "country" or last is None or not aimed_at(last, trigger)]


# Organisations whose names contain place names ("Kabul Bank", "Geneva Group"): the place is part
# of the name, not a location.
_NAMED_BODIES = {"IGO", "NGO", "BUS", "MED", "PTY", "REB", "EDU", "REL"}


def drop_places_in_names(ctx: Context) -> None:
    """Places inside an organisation's name, and inside a person's name the actors coded as a
    named person of two or more words ("Obama's town hall meeting": Barack Obama, not Obama in
    Japan; "Vladimir Putin": not the town of Vladimir)."""
    bodies = [(a.evidence.start, a.evidence.end) for a in ctx.result.actors
              if a.kind == "group" and (a.sector in _NAMED_BODIES
                                        or a.country in ("IGO", "UNO", "EUR"))]
    persons = [(a.evidence.start, a.evidence.end) for a in ctx.result.actors
               if a.kind == "named" and len(a.name.split()) >= 2]
    if not bodies and not persons:
        return
    inside = [p for p in ctx.result.places
              if any(a <= p.evidence.start and p.evidence.end <= b for a, b in bodies)
              or any(a <= p.evidence.start < b for a, b in persons)]  # "Sisi's"
    if not inside:
        return
    dropped = {id(p) for p in inside}
    ctx.result.places = [p for p in ctx.result.places if id(p) not in dropped]
    for claim in ctx.result.claims:
        if claim.place is not None and id(claim.place) in dropped:
            claim.place = None
    for event in ctx.result.events:
        event.places = [p for p in event.places if id(p) not in dropped]


def of_the_act(sentence: Sentence | None, event: Event, place: Place,
               offsets: dict[int, Offsets]) -> bool:
    """Whether the place's phrase is a location phrase of the event's trigger, of the verb a
    noun trigger belongs to or of that verb's object (``place_roles.attached``), or lies in
    the phrase of the trigger's subject ("Federal police in the capital arrested two
    journalists" for the arrest; not for the "attack" the journalists had reported on)."""
    trigger = (token_at(sentence, event.trigger.start, offsets)
               if sentence is not None else None)
    last = token_at(sentence, place.evidence.end - 1, offsets) if sentence is not None else None
    if trigger is None or last is None:
        return False
    return attached(last, trigger) or _subject_of(last, trigger)


def _subject_of(last: Token, trigger: Token) -> bool:
    """Whether the place lies in the phrase of the trigger's subject ("Federal police in the
    capital arrested")."""
    for node in last.ancestors:
        if node.dep_ in SUBJECTS and node.head.i == trigger.i:
            return True
    return False
