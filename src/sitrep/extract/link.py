"""Linking: attach places and dates to events. For each event, the places (and the date) are taken from the first level that has any:

1. ``clause``: inside the clause of the trigger (the subtree of the nearest verb above it in the
   parse, or the event's own evidence span when it is narrower than the sentence);
2. ``sentence``: anywhere in the sentence of the trigger;
3. ``story``: for an arrest, capture, curfew or deployment, the place of the violence told
   nearest before it, where that lies far from the dateline's town (``borrowed.story_place``:
   "SEOUL -- Soldiers killed two infiltrators near Gangneung ... One crewman was captured");
   then ``dateline``: the town of the article's dateline ("KANSAS CITY, Mo. --", "KABUL,
   Afghanistan (AP) --"), where the news convention puts the reporter and, unless the text says
   otherwise, the event: read as written where a line opens with a town in capitals, its state
   or country and a dash (``extract.dateline``: the town of that name in that state, which also
   replaces the place extractor's reading of those words), else a town named in capitals in the
   article's first lines, else a town in capitals alone before a long dash ("CROMWELL —",
   also after a headline glued to the text: ``dateline.stateless_dateline``, in the country
   of the article's places or the most populous of that name); not for an act only recalled,
   of an earlier year than the report or two months or more before its month, by no local
   actor (``nations.recalled_elsewhere``: "was briefly detained in February 2023" in a report
   of 2024), which then has no place (neither the article's),
   nor for an act done in the field in a story about a town far from a capital's dateline
   (``borrowed.in_the_field``: "ADDIS ABABA, Aug 4 — Fighters stormed Debre Tabor ... They
   looted the market": Debre Tabor, the article's place). A wire dateline with the day and no
   state ("BISHKEK, April 22 —") is read too, though the lead's parse takes its town for the
   subject of the first verb;
4. ``article``: the article's dominant place (the most mentioned town or region, else country;
   never a title's, an origin's or a name's place), where the article is about one place (most
   of its place mentions in that place's area: ``refine.one_place``); else no place.
   At levels 1-3 a state or county gives way to a town the article names in it (``narrowed``).
   Before level 3, a sentence that says "in the state" ("the city", "the county", ...) is placed
   at the last place of that kind told before it (``refine.told_place``).
   For dates, first the day the sentence before names, in the same paragraph (a story goes on
   in the time it has set: "On Dec. 12 police were called to a house. They found a man who had
   been shot."), then, for violence, the day of the violence the article dates (the nearest
   before, else the first after: a headline's "charged in daughter's shooting" is the shooting
   the text dates "Jan. 11", not the charge's day; ``extract.refine``), then the article's
   dominant date (the most mentioned day within a week before the publication date, or
   without one before the latest day the text writes out: ``refine.dominant_date``); never
   for historical events, never the publication date by default. A date in a clause that
   modifies the act itself dates it ("a shooting that happened on Saturday"). A day on which
   something was said ("..., the sheriff said on Monday": the date belongs to a verb of
   reporting) dates no violence, neither in its sentence nor as the article's dominant day:
   the report came after the happening it tells of.
   The day a wire dateline writes ("KYIV, April 16 —", ``dateline.dateline_day``) is the day
   the report was filed: it dates an act of its sentence only where the sentence names no other
   day ("Russia attacked Ukraine overnight": the night before). An act dated by its week ("last
   week", "next week") is dated by that week's month (``lent_dates.in_month``).

A country written as its capital ("in Venezuela's capital", "the capital of Kenya", "the Afghan
capital") is the capital's town (``extract.capitals``). At the clause and sentence levels, a
place that names an office's title ("the Ohio Governor"), an organisation's seat or a
person's origin ("Acme Inc. of Leeds", "two men from Leeds"), an organisation ("the Tijuana
Cartel"), or that is the subject of a verb without a place's entity label (a person's name
read as a town) does not place the act (``extract.place_roles``); the levels below still
may, and after the dateline a police force's town that the sentence names ("Athens police
said": ``place_roles.of_force``), unless the article's own town lies in the force's area.
A nation's police, authorities or judiciary named by its demonym that do the act ("the
Mexican security forces found a lab") place it in their country where no level above does,
before a dateline or an article's place abroad (``extract.nations``).
Where some of a level's places are in a location phrase of the
trigger itself, of the verb a noun trigger belongs to, or of that verb's object ("troops based
in Kenya attacked militants in Somalia"), those alone place the act: never every place of the
sentence (``place_roles.attached``). A place that only modifies a noun other than the act's
("Waterbury firefighters", "the U.S. embassies": ``place_roles.owner_modifier``) says whose
they are and gives way to a location phrase of the act's clause ("were attacked by a mob in
Naugatuck", "in Kenya and Tanzania": ``place_roles.location_phrase``), unless it lies in the
state or country the phrase names ("a Kabul hotel in Afghanistan"). A place that says where another act happened is none of
the act's at either level (``place_roles.deed_of``): the place of the deed an act answers for,
where that deed is an event of its own ("serving a sentence for the murder of a shopkeeper in
Lagos": the murder's), and that of the verb whose subject a noun trigger only describes ("Ali,
the target of the attack, is facing charges in Jordan": not the attack's). Within a level,
towns and regions are preferred to countries; a region or country found at the clause or
sentence level that contains the dateline's town gives way to that town ("a North Carolina
woman" under "FAYETTEVILLE, N.C." happened in Fayetteville, as ACLED would code it); a place
used as an actor ("supported by Yerevan": an actor of kind place-as-government at the same
span) is not the event's location, but for where a visit went ("a visit to Prague",
``place_roles.visited``), and a place named inside an organisation's name ("Contact Group on
Libya") is dropped. A statement's
place may be told through the occasion it was made at ("at a news conference in Lima", "in a
speech in Basra", "speaking to reporters in Tunis", "leaders meeting in Manila"); an office's
remit ("the envoy for Syria") is not where its holder spoke (``event_places.said_where``).
A country a sanction is aimed at ("an embargo on Zimbabwe", "arms deliveries to Turkey") is a
party to it, not its place, nor is the article's place then (``event_places.targets_give_way``).
A talk held at a distance between parties of two countries ("spoke by phone with Benin's
president": ``borrowed.at_a_distance``) has no one place at any level.
A protest said to span the nation ("called a national strike", "a nationwide protest") that
its own words do not place happened across the story's country (``borrowed.nationwide``).
An act on a stretch between two places ("ambushed a convoy between Tera
and Gotheye in western Niger", "on the road from Tetovo to the border":
``event_places.on_route``) happened at neither end: those ends, the region around them and the
dateline place it at no level; only another town its clause or sentence states does. So does one on
a road named by the town it leads to or by its two towns ("attacked a column on the road to
Kyaukme", "on the Okene-Kabba road": ``event_places.road_end``); another act of the sentence
does not take such a road's end ("fired at protesters in Kisumu who had blocked the highway
to Busia": Kisumu). Within a level towns come before regions, and a place that only describes
the town named after it ("the Idlib town of Saraqib", ``place_roles.describes_place``) gives
way to that town. The date nearest to the trigger wins. ``Event.location_rule``
records the level used for places; ``Event.when`` stays None when nothing applies. An act
only asked for, offered, threatened or feared (mode ``hypothetical``) takes a place from its
own clause alone, never from its sentence, the story, the dateline or the article
(``borrowed.asked_only``).

Two parts of a web page tell about the report, not the happening: the date in a dateline's
bracket ("INDIANAPOLIS, Ind. (Dec. 10, 2015) –", ``dateline.dateline_note``) is the day of the
report and dates no event (also where the events extractor attached it), and the outlet's name
after a headline's separator ("... | Fox 59", "« CBS Dallas / Fort Worth", "- FOX 8 WVUE New
Orleans News": ``dateline.masthead``) places no event.

A place that modifies a noun of people ("a Michigan man", "a 20-year-old Kenosha man", "a Utah
police officer": ``names_home``) names a home or a force: at the clause and sentence levels it
gives way to another place of the level and, where it is all there is, to the dateline's town;
with neither it still places the act ("a Chicago man was shot"). A town of a person named with
"of" ("identified as John Doe of Allen, Texas") is a home too; one after an age and "from" ("a
19-year-old from Bolton") is an origin, as "two men from Leeds" is."""

from __future__ import annotations

from sitrep.extract.borrowed import (
    addressed,
    asked_only,
    at_a_distance,
    dateline_head,
    hosts_visited,
    in_the_field,
    named_role,
    nationwide,
    off_dateline,
    places_story,
    speaks_elsewhere,
    story_place,
)
from sitrep.extract.capitals import capital_places, demonym_capitals
from sitrep.extract.context import Context, Sentence
from sitrep.extract.counted_dates import counted_back, counted_from
from sitrep.extract.dateline import (
    dateline_day,
    dateline_note,
    masthead,
    stateless_dateline,
    written_dateline,
)
from sitrep.extract.dateline_towns import (
    DATELINE_CHARS,
    as_dateline,
    contains_town,
    dateline_place,
    street_elsewhere,
)
from sitrep.extract.event_places import (
    asker_places,
    attached_first,
    carries,
    country_subjects,
    describing_places,
    drop_places_in_names,
    home_places,
    in_sentences,
    of_the_act,
    own_clause,
    own_deed,
    owners_give_way,
    pick_places,
    road_ends,
    route_ends,
    said_where,
    targets_give_way,
)
from sitrep.extract.events.tokens import Offsets, subtree_bounds
from sitrep.extract.lent_dates import (
    AHEAD,
    ANSWERS,
    SPOKEN,
    after_publication,
    ahead_elsewhere,
    closes_period,
    coming_weekday,
    day_in_week,
    done_act,
    in_month,
    in_other_clause,
    lent_day,
    named_by_act,
    of_other_act,
    offsets_of,
    paragraph_day,
    perfect_act,
    reported_date,
    speaker_day,
    token_at,
)
from sitrep.extract.nations import (
    force_nation,
    recalled_elsewhere,
    said_after,
    same_scene,
    speaker_place,
    speaks_at_dateline,
    speaks_locally,
    statement,
    unsaid,
)
from sitrep.extract.place_roles import non_place_role
from sitrep.extract.places.names import named_after_town
from sitrep.extract.refine import (
    VIOLENT,
    dated_violence,
    dominant_date,
    dominant_place,
    holds,
    lent_background,
    narrowed,
    one_place,
    told_before,
    told_capital,
    told_place,
    violence_day,
)
from sitrep.records import Event, Place, When

VERSION = "sitrep.link.v27"  # v27: an act of force is not placed where a spokesman told of it;
# a capital whose name is ambiguous is still its country's capital.
# v26: an act still to come told in a saying takes no place of
# the saying nor the dateline.
# v25: kidnappers' demands, calls between two
# countries and a speaker's country place nothing; a road's end town places no act on the road; one
# speaker's statements share their place; the same prison or post keeps the story's place.
# v24: a statement keeps the place its speaker was last said to speak
# at; seat phrases on buildings and joined subjects, addresses "from" a capital, gatherings as
# the scene, "in the capital" as the last country's capital.
# v23: a summons takes the envoy's posting, a nationwide strike the
# story's country; a sanction's target country is no place; a country acting as subject keeps
# "across the country"; a purpose infinitive's place is the act's.
# v22: datelines with a day and no state are read though the
# lede's parse takes the town for a subject; national bodies take their capital's dateline;
# a statement takes the place of its occasion; earlier acts by no local actor take neither the
# dateline nor the main place; acts in the field take the far town only under a capital dateline.
# v21: an act on a stretch between two named places has no
# place; answers (REQUEST, REJECT, SUPPORT) take no day from earlier in their paragraph.
# v20: an act not done takes only its own clause's place, not
# the asker's; statements of uncoded bodies take no dateline town.
# v19: statements placed by the session-38 convention (where it
# was said, else the dateline town for a local speaker, else none); home towns and recalled acts
# abroad no place of the act.
# v18: countries called on or appealed to are parties; a
# while/as/when clause keeps its place.
# v17: places of another clause, joined objects' places;
# dateline days, weeks as months, period ends, since-when clauses, coming weekdays.
# v16: foreign aid and sanctions borrow no
# place; describing places give way; follow-ups at the story's place; coming acts, counted
# days and reported perfects dated by their own clause.
# v15: places named as parties are no event places; the act's
# own location phrase beats the dateline; foreign statements borrow no place; an undated
# statement takes its paragraph's or its speakers' earlier day, else none.
# v14: a hospital the wounded were carried to does not place the act; a
# street under a dateline lies in the dateline's town; a date before another act's noun is its.
# v13: a nation's own force acts in its country; an act told after a
# count from a named day takes the counted day.
# v12: an owner's town gives way to the stated location phrase;
# a named capital town; a done act takes no day after publication.
# v11: a police force's town places the act; a visited capital places
# the visit.
# v10: a stated state narrows to a town named in it; "in the state";
# outlets after a headline dash; a person's "of" town; old lent dates background.
# v9: no year lent from a period's start or another act's phrase;
# no place of a deed the event answers for. v8: a day on which something was said dates no
# violence; a street named after a far town is in the story's town. v7: the article's main
# place only for an article about one place; titles, origins, seats, parties, currencies no place.
# v6: a clause modifying the act dates it; undated violence takes the day of the violence the
# article dates; a dateline run into a headline is read (v5: a dateline's bracket dates nothing;
# the outlet places nothing; a person's home gives way to the dateline or a stated place; an
# undated event takes the day of the sentence before it)


def _clause_span(ctx: Context, event: Event,
                 offsets: dict[int, Offsets] | None = None) -> tuple[int, int] | None:
    sentence = ctx.sentence_at(event.trigger.start)
    if sentence is None:
        return None
    spans: list[tuple[int, int]] = []
    if sentence.doc is not None:
        local = event.trigger.start - sentence.start
        token = offsets_of(sentence.doc, offsets).token_at(local, slack=1)
        if token is not None:
            head = token
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            first, last = subtree_bounds(head)
            spans.append((sentence.start + first.idx,
                          sentence.start + last.idx + len(last)))
    ev = event.evidence
    if ev.start >= sentence.start and ev.end <= sentence.end and (
            ev.end - ev.start) < (sentence.end - sentence.start) * 0.9:
        spans.append((ev.start, ev.end))
    if not spans:
        return None
    return min(spans, key=lambda s: s[1] - s[0])


def _actor_spans(ctx: Context) -> set[tuple[int, int]]:
    return {(a.evidence.start, a.evidence.end) for a in ctx.result.actors
            if a.kind == "place-as-government"}


def place_roles(ctx: Context, places: list[Place],
                offsets: dict[int, Offsets] | None = None) -> dict[int, str]:
    """``place_roles.non_place_role`` of each place that is not where something happened,
    by ``id`` of the place."""
    out: dict[int, str] = {}
    for p, _, last in in_sentences(ctx, places, offsets):
        if last is None:
            continue
        role = non_place_role(last, country=p.kind == "country") or named_role(
            ctx.gazetteer, ctx.text, p, last, ctx.result.actors)  # "Havana accused"
        if role is not None:
            out[id(p)] = role
    return out


BORROWED = {"story", "dateline", "article"}  # levels that borrow a place the act's words lack
NOT_PLACES = {"subject"}  # not places at all: never an event's place
PARTIES = {"party", "subject"}  # a country or town that acts or speaks


def _inside(place: Place, span: tuple[int, int]) -> bool:
    return span[0] <= place.evidence.start < span[1]


def _within(date: When, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= date.evidence.start < span[1]


def link(ctx: Context) -> None:
    result = ctx.result
    drop_places_in_names(ctx)
    if not result.events:
        return
    as_actor = _actor_spans(ctx)
    places = [p for p in result.places
              if (p.evidence.start, p.evidence.end) not in as_actor]
    hosts = [p for p in result.places if (p.evidence.start, p.evidence.end) in as_actor]
    # "in Venezuela's capital", "the Afghan capital"; the town named after it, whatever its
    # role ("the Tanzanian capital Dar es Salaam")
    capitals = capital_places(ctx.text, ctx.gazetteer, places, result.places)
    places = [capitals.get(id(p), p) for p in places]
    places += demonym_capitals(ctx.text, ctx.gazetteer, places, result.places)
    offsets: dict[int, Offsets] = {}
    roles = place_roles(ctx, places, offsets)
    # a country that acts or speaks ("The US, UK and Germany said", "Peru closed its border"
    # with Peru read as a subject; not "The Texas Department ... said") is no "the country" told
    acting = as_actor | country_subjects(ctx, [p for p in places if roles.get(id(p)) in
                                               NOT_PLACES], offsets)
    places = [p for p in places if roles.get(id(p)) not in NOT_PLACES]
    stated = [p for p in places if id(p) not in roles]  # may say where an act happened
    acting |= {(p.evidence.start, p.evidence.end) for p in places if roles.get(id(p)) in PARTIES}
    outlet = masthead(ctx.text)  # "| Fox 59": where the outlet is
    if outlet is not None:
        places = [p for p in places if not _inside(p, outlet)]
        stated = [p for p in stated if not _inside(p, outlet)]
        for event in result.events:
            event.places = [p for p in event.places if not _inside(p, outlet)]
    # a force's town ("Athens police said"): where nothing else says (``place_roles.of_force``)
    forces = [p for p in places if roles.get(id(p)) == "force"]
    # the article's place: among the places that may say where something happened, if one
    # (a hospital the wounded were taken to, and its town, place no act of their sentence,
    # but vote for the article's place after the others: it is most often the story's town)
    care = [p for p in places if roles.get(id(p)) == "care"]
    top_place = one_place(places, dominant_place(stated + care))
    homes = home_places(ctx, stated, offsets)  # "a Michigan man": gives way to the dateline
    describers = describing_places(ctx, stated, offsets)  # "the Idlib town of Saraqib": Saraqib
    dateline = written_dateline(ctx.text, ctx.gazetteer, places, DATELINE_CHARS)
    if dateline is not None:  # the extractor's reading of the dateline's words gives way, and
        # so does its reading of the same town's name elsewhere ("YORK, Pa. -- ... shooting in
        # York": one town of that name in one story), also where the events extractor placed
        written = dateline
        places = [as_dateline(p, written) for p in places]
        stated = [as_dateline(p, written) for p in stated]
        if top_place is not None:  # "Man shot in Dover" over "DOVER, Del.": Delaware's Dover
            top_place = as_dateline(top_place, written)
        for event in result.events:
            event.places = list({id(p): p for p in (as_dateline(q, written)
                                                    for q in event.places)}.values())
    else:
        dateline = dateline_place(places) or stateless_dateline(
            ctx.text, ctx.gazetteer, places, DATELINE_CHARS)
    note = dateline_note(ctx.text, DATELINE_CHARS)  # "(Dec. 10, 2015)": the report's day
    head = dateline_head(ctx.text, dateline)  # "SEOUL, South Korea (AP) --"
    filed = dateline_day(ctx.text, DATELINE_CHARS)  # "KYIV, April 16 —": the report's day
    parties = addressed(ctx, result.events, stated + care, offsets)  # "urged Lima to wait"
    dates = [d for d in result.dates if not _within(d, note)]
    top_date = dominant_date(dates, ctx.published)
    own: set[int] = set()  # events dated in their own clause or sentence
    starts = {e.trigger.start for e in result.events}  # where each event's trigger begins
    pending: list[tuple[Event, Sentence | None]] = []
    triggers = {e.trigger.start for e in result.events}
    violence: list[Event] = []  # acts of force placed in their own clause or sentence, in order
    spoken: list[Event] = []  # statements, in order (``nations.speaker_place``)
    state = next((p for p in places if p.kind == "region" and head is not None
                  and head[0] <= p.evidence.start < head[1]), None)  # "HARTFORD, Conn."
    for event in result.events:
        sentence = ctx.sentence_at(event.trigger.start)
        clause = _clause_span(ctx, event, offsets)
        levels: list[tuple[str, int, int]] = []
        if clause is not None:
            levels.append(("clause", *clause))
        if sentence is not None:
            levels.append(("sentence", sentence.start, sentence.end))
        if not event.places and sentence is not None and (
                went := hosts_visited(sentence, event, hosts, offsets)):  # "a visit to Prague"
            event.places, event.location_rule = pick_places(went), "clause"
        remote = at_a_distance(sentence, event, offsets)  # "spoke by phone with Benin's
        if remote:  # president": from two countries, at no one place
            event.places, event.location_rule = [], None
        if not event.places and not remote:
            # the carrying to care is itself the act ("was airlifted to a hospital in Dover"):
            # its destination is its place
            pool = stated + care if carries(sentence, event, offsets) else stated
            asked = asked_only(event)  # "called for the release": its own clause's place only
            aimed = told_there = False  # a sanction aimed at a country: not at the story's
            # place either; an act coming that a saying tells: not at the saying's
            for rule, a, b in [lv for lv in levels if lv[0] == "clause" or not asked]:
                inside = off_dateline(sentence, event, [p for p in pool if a <= p.evidence.start
                                      and p.evidence.end <= b and id(p) not in parties], head,
                                      offsets)
                inside = [p for p in inside if id(p) not in homes] or inside
                inside = [p for p in inside if id(p) not in describers] or inside
                inside = own_deed(sentence, event, inside, offsets, starts)
                inside = own_clause(sentence, event, inside, offsets, starts)
                inside = owners_give_way(sentence, event, inside, offsets)
                kept = targets_give_way(sentence, event, inside, offsets)  # "embargo on Iran"
                aimed, inside = aimed or len(kept) < len(inside), kept
                kept = unsaid(sentence, event, inside, offsets)  # "said in Moscow it would send"
                told_there, inside = told_there or len(kept) < len(inside), kept
                if asked:  # "The office in Kinshasa urged ... to release": the asker's place
                    inside = asker_places(sentence, event, inside, offsets)
                if statement(event):  # "said in Geneva"; not "condemned the attack on Goma"
                    inside = said_where(sentence, event, inside, offsets)
                routes = {id(p) for p in route_ends(sentence, inside, offsets)}
                ends, on_road = road_ends(sentence, event, inside, offsets)
                if ends and not on_road:  # "blocked the highway to Sokoto": not in Sokoto
                    inside = [p for p in inside if all(p is not q for q in ends)]
                elif on_road:  # "ambushed on the road to Kyaukme": along it, at neither end
                    routes |= {id(p) for p in ends}
                if routes:  # "ambushed a convoy between Tera and Gotheye": along the way, at
                    # neither end nor in the region around it; another town stated stays
                    inside = [p for p in inside if id(p) not in routes and p.kind == "city"
                              and not (head is not None and _inside(p, head))]
                    if not inside:
                        break
                if inside:
                    picked = attached_first(sentence, event, inside, offsets)
                    if all(named_after_town(p) for p in picked):
                        # "at 2200 Phoenix St. in Mesa": the town the street lies in, too
                        picked += [p for p in inside if not named_after_town(p)]
                    event.places = pick_places(picked)
                    event.location_rule = rule
                    if dateline is not None and all(contains_town(p, dateline) or id(p) in homes
                                                    or street_elsewhere(p, dateline)
                                                    for p in event.places):
                        event.places = [dateline]
                        event.location_rule = "dateline"
                    break
            else:
                told = told_place(ctx.text, sentence, [
                    p for p in result.places if (p.evidence.start, p.evidence.end) not in acting],
                    ctx.gazetteer, outlet)
                if told is not None and told_capital(told) and not of_the_act(
                        sentence, event, told, offsets):
                    told = None  # "police in the capital arrested two men who had reported on
                    # the attack": the arrest's capital, not the attack's
                force = [p for p in forces if sentence is not None
                         and sentence.start <= p.evidence.start < sentence.end]
                # "the Mexican security forces found a lab": in Mexico (``nations``)
                nation = force_nation(event, ctx.text, ctx.gazetteer)
                story = story_place(event, violence, dateline, state)  # not the reporter's
                if asked or (told_there and AHEAD & set(event.modes)):
                    pass  # asked for, offered or feared: it has happened nowhere yet
                elif (heard := speaker_place(event, spoken, ctx.sentences)) is not None:
                    event.places, event.location_rule = [heard], "sentence"  # "He accused"
                elif told is not None:  # "recovered 86 firearms in the state": Osun State's
                    event.places = [told]
                    event.location_rule = "sentence"
                elif story is not None:  # "One crewman was captured" after "near Gangneung"
                    event.places, event.location_rule = [story], "story"
                elif recalled_elsewhere(event, ctx.published) and not same_scene(token_at(
                        sentence, event.trigger.start, offsets) if sentence else None):
                    pass  # an act of an earlier time: not where the reporter files from, nor
                    # the story's place
                elif dateline is not None and (nation is None or dateline.country
                                               == nation.country) and not speaks_elsewhere(
                        event, dateline) and speaks_at_dateline(
                        event, dateline, ctx.gazetteer) and not in_the_field(
                        event, dateline, top_place, ctx.gazetteer):  # not "The US welcomed"
                    # under JAKARTA, nor "fighters looted shops" in a story from ADDIS ABABA
                    # about Debre Tabor
                    event.places = [dateline]
                    event.location_rule = "dateline"
                elif force and not (top_place is not None and all(
                        holds(p, top_place) for p in force)):  # "NYPD": the article's Brooklyn
                    event.places, event.location_rule = pick_places(force), "sentence"
                elif nation is not None and (top_place is None
                                             or top_place.country != nation.country):
                    event.places, event.location_rule = [nation], "sentence"
                elif top_place is not None and not aimed and not speaks_elsewhere(
                        event, top_place) and (
                        not statement(event) or (top_place.kind == "city"
                                                 and speaks_locally(event))):  # ``nations``
                    event.places = [top_place]
                    event.location_rule = "article"
        if (not event.places or event.location_rule in BORROWED or head is not None and all(
                _inside(p, head) for p in event.places)) and (across := nationwide(
                sentence, event, offsets, ctx.text, ctx.gazetteer, dateline, top_place)):
            event.places, event.location_rule = [across], "sentence"  # "a national strike"
        event.places = narrowed(event, stated, ctx.gazetteer, homes)  # a state: its town
        if places_story(event):
            violence.append(event)
        if statement(event):
            spoken.append(event)  # its speaker's next words were said where these were
        done = done_act(sentence, event.trigger.start, event.modes, offsets)
        filed_day = None  # the dateline's day: the act's only where its sentence names no other
        if event.when is not None and _within(event.when, filed):
            filed_day, event.when = event.when, None
        if event.when is not None and (_within(event.when, note) or (
                done and after_publication(event.when, ctx.published))):
            event.when = None  # the report's day; a later day than the story's for a done act
        if event.when is not None and named_by_act(sentence, event.when, event.trigger.start,
                                                   offsets):
            event.when = None  # "shooting suspect Hardy surrendered Thursday": the surrender's
        if event.when is not None and ahead_elsewhere(sentence, event.when, event.trigger.start,
                                                      event.modes, offsets):
            event.when = None  # "said it would send troops": not the saying's day
        if event.when is not None:
            own.add(id(event))
            continue
        for _rule, a, b in levels:
            inside = [d for d in dates if a <= d.evidence.start and d.evidence.end <= b
                      and not _within(d, filed) and not closes_period(ctx.text, d)
                      and not (done and after_publication(d, ctx.published))
                      and d.value is not None and d.kind != "interval"
                      and not in_other_clause(sentence, d, event.trigger.start, offsets,
                                               event.trigger.end)
                      and not of_other_act(sentence, d, event.trigger.start, triggers, offsets)
                      and not named_by_act(sentence, d, event.trigger.start, offsets)
                      and not ahead_elsewhere(sentence, d, event.trigger.start, event.modes,
                                              offsets)
                      and not (event.plover_type in VIOLENT and reported_date(
                          sentence, d, event.trigger.start, offsets))]
            if inside:
                event.when = min(inside, key=lambda d: abs(d.evidence.start
                                                           - event.trigger.start))
                own.add(id(event))
                break
        else:
            if filed_day is not None:
                event.when = filed_day
                own.add(id(event))
            else:
                pending.append((event, sentence))
    for event in spoken:  # "condemned the bombing and, in a statement issued in Ramallah,
        # accused": the later statement's place of saying is the earlier one's too
        if (after := said_after(event, spoken, ctx.sentences)) is not None:
            event.places, event.location_rule = [after], "sentence"
    violent = {e.trigger.start for e in result.events if e.plover_type in VIOLENT}
    for event in result.events:  # "died Sunday, two days after he was shot": the shooting's day
        counted = counted_from(ctx.text, event.when, event.trigger.start)
        event.when = counted_back(ctx.text, counted, event.trigger.start) \
            if counted is event.when else counted  # ", a day after police raided": Tuesday
        event.when = day_in_week(event, dates, ctx.sentences, ctx.published, violent, offsets)
    violence = dated_violence(result.events, own, ctx.published)
    told_of = None  # the article's main day without the days things were said on
    if any(e.plover_type in VIOLENT for e, _ in pending):
        told_of = dominant_date([d for d in dates if not reported_date(
            ctx.sentence_at(d.evidence.start), d, -1, offsets)], ctx.published)
    said = [e for e in result.events if id(e) in own and e.plover_type in SPOKEN]  # dated
    for event, sentence in pending:  # dated by the story around it
        if event.historical or AHEAD & set(event.modes) or (
                event.plover_type not in VIOLENT
                and perfect_act(sentence, event.trigger.start, offsets)):
            continue  # a coming act, or one told done in a perfect, without its day: unknown
        if event.plover_type in SPOKEN:  # a statement: its paragraph's day (not an answer's),
            # its speakers' earlier stated day, or none
            told = (None if event.plover_type in ANSWERS else paragraph_day(
                sentence, dates, ctx.text, ctx.published)) or speaker_day(event, said)
        else:
            told = told_before(ctx, sentence, dates) or violence_day(event, violence)
        event.when = counted_back(ctx.text, told or lent_day(event.plover_type, told_of,
                                                             top_date), event.trigger.start)
        if event.when is not None and after_publication(event.when, ctx.published) and \
                done_act(sentence, event.trigger.start, event.modes, offsets):
            event.when = None  # a done act cannot lie after the story's publication
        lent_background(event, told, ctx)  # a day over a week back
    for event in result.events:  # "would meet ... on Saturday": the coming one; "last week":
        # the month (no event is dated by its week)
        event.when = in_month(coming_weekday(event, ctx.published, ctx.text))
