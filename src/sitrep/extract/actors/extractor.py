"""Actors: who is named in an article, coded with a country and a sector.

``extract(ctx) -> list[Actor]`` runs after dates and places. In each parsed sentence it finds:

1. known people (``people.tsv``): "Antony Blinken" -> USA GOV; their sector is the one they held
   on the publication date (ELI after they left office);
2. other people named by spaCy, coded from the title, demonym or possessive in front of them
   ("French Foreign Minister X", "Canada's foreign minister X") or after them ("X, Taiwan's
   deputy foreign minister"); an official whose title gives no country takes the country most
   salient in the sentence and the two before it, else the article's own country (where most
   of its places are), else the publication's (its web address's country domain, or a place
   or demonym in its name: ``where.publication_country``); "former"/"ex-"/"ousted" before
   the title or name makes them ELI (not when it modifies a possessor: "the former Soviet
   republic's President X"); a later mention by surname alone ("said Blinken") inherits
   everything from the first; a capitalised title before capitalised words the model does not
   call a person is still a titled name ("Gov. Ana Reyes", "Sgt. Kevin Doyle"), and a title
   the model read into the name ("Deputy Ana Ruiz") is the person's title; a rank police and
   armies share ("Sgt.", "Officer", "Deputy") takes the sector of the body in the phrase,
   else of the police or army the article names (``ranks``);
3. organisations and IGOs from our lexicons ("African Union" -> IGO, "Taliban" -> AFG REB,
   "NYPD" -> USA COP); a state body of no country ("the Treasury") is the article's;
4. groups named by a demonym, country or capital and a group noun ("the Malian army" ->
   MLI MIL, "Tuareg rebel forces" -> REB, "Kyiv police" -> UKR COP);
5. countries named as actors ("France, Russia and the United States" -> three GOV actors, kind
   "country") and capitals standing for their government ("Baku and Yerevan" -> AZE/ARM GOV,
   kind "place-as-government"); a country or capital after a locative preposition ("in Baku",
   "into Azerbaijan") is a place, not an actor, and so is one in the article's dateline
   ("KABUL \u2014 Pakistan's Foreign Ministry said ...": ``State.in_dateline``). A capital is
   never a person;
6. group nouns ("the foreign ministers of the three countries", "police", "rebels"), with the
   country of a demonym or of a province, state or region among their modifiers ("Palestinian
   suicide bombers", "Sindh police", "Ohio lawmakers": GeoNames admin1, see ``where``); a state
   body named without one ("the Interior Ministry", "the prosecutor's office", "state police")
   takes the article's own country (its places), else the publication's.

Every Actor's evidence is the exact span of the name or phrase in the article text.
"""

from __future__ import annotations

from sitrep.extract.actors.code import resolve
from sitrep.extract.actors.found import State, mention_salience, overlaps
from sitrep.extract.actors.groups import (
    BODY_SECTORS,
    group_nouns,
    modified_groups,
    places_as_actors,
    ships,
)
from sitrep.extract.actors.lexicon import Mention, get_matcher
from sitrep.extract.actors.people import (
    affiliated,
    named_people,
    person_mentions,
    persons_name,
    surname_corefs,
    titled_names,
    unparsed,
)
from sitrep.extract.context import Context, Sentence
from sitrep.records import Actor

VERSION = "sitrep.actors.v17"  # v17: a body named by its cause ("a women's rights
# organisation") is an NGO; a town read with its joining words ("San Pedro de Macorís"); the opposition
# "Union for Change" is the opposition.
# v16: a bare noun phrase takes the fuller phrase its
# context writes ("the agency": "Burundi's intelligence agency"); councils of a civil field take it;
# bodies of investigation COP, of national security SPY; places in names and possessives give country.
# v15: bodies named by their field (intelligence
# directorates SPY, criminal investigation COP), tribunals, church seats, strikers; a state's
# broadcasters MED; leaders, commanders and officers of a body take its sector (its head noun);
# offices of office-holders; cause groups NGO; owners and heads from the context; clergy titles.
# v14: bodies of a trade, the opposition, armed groups and
# security bodies by their names, known companies, clergy, compass regions, roles the context
# gives a bare name, leaders before office; British spellings looked up as American.
# v13: heads of state at the document's date;
# unions, refugees, NGOs, corps; state aircraft; armed groups in power; ministers of a field.
# v12: unknown names by their endings and form; workers of a named field;
# everyday people nouns; military model designations; ranks take the story's force.
# v11: titled officials take the context's dominant country;
# shared region names in the context's country; company endings no government; former office.
# v10: a place inside a person's name is no state; "Title Name of
# Place"; people in a country are not its government.
# v9: a person's surname before a one-word organisation; a
# capitalised first word modifying a noun is no person; US party affiliations code legislators.
# v8: an unknown person takes the role written next to its name;
# v7: dateline towns no actor, international NGOs keep no
# country, famous towns in actor phrases, warships by navy prefix, regional peoples, dissidents.
# v6: titles before names (Gov., Sen., Sgt.), ranks by the body
# around them, agencies and abbreviations, state bodies take the article's country, former holders

def _organisations(state: State, sent: Sentence, mentions: list[Mention],
                   used: list[tuple[int, int]]) -> None:
    for i, m in enumerate(mentions):
        if m.kind not in ("org", "igo") or overlaps(used, m.start, m.end):
            continue
        if persons_name(state, sent, m, mentions):
            affiliated(state, sent, m)  # "Wagner, D-Chicopee,": a legislator
            continue  # "Mary Wagner", "Sen. Wagner", later "Wagner said": a person
        end, sector = m.end, m.entry.sector
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.kind == "title" and sent.text[m.end:nxt.start].strip() == "":
            coded = resolve(sent.text[m.start:nxt.end], year=state.year)
            end, sector = nxt.end, coded.sector
        country = m.entry.country
        if country is None and sector in BODY_SECTORS and m.kind == "org":
            country = state.home_country()  # "the Treasury", "the Policia Nacional"
        state.add(sent, m.start, end, name=m.entry.name, country=country,
                  sector=sector, office=None, kind="group", salience=mention_salience(sent, m))
        used.append((m.start, end))


def extract(ctx: Context) -> list[Actor]:
    """Every actor mention in the article, in text order."""
    state = State(ctx, VERSION)
    matcher = get_matcher()
    for sent in ctx.sentences:
        mentions = matcher.find(sent.text)
        if sent.doc is None:
            unparsed(state, sent, mentions)
            continue
        used: list[tuple[int, int]] = []
        ships(state, sent, mentions, used)
        person_mentions(state, sent, mentions, used)
        _organisations(state, sent, mentions, used)
        modified_groups(state, sent, mentions, used)
        places_as_actors(state, sent, mentions, used)
        named_people(state, sent, mentions, used)
        titled_names(state, sent, mentions, used)
        surname_corefs(state, sent, mentions, used)
        group_nouns(state, sent, mentions, used)
    actors = [f.actor for f in state.found]
    actors.sort(key=lambda a: (a.evidence.start, a.evidence.end))
    return actors
