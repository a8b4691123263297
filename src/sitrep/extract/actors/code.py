"""Coding an actor phrase: country (ISO3, or UNO/EUR/IGO) and sector (GOV, MIL, REB, ...).

``resolve(text, context="", year=None)`` codes an isolated phrase ("Armenian Prime Minister",
"Chile's Defense Ministry", "a former CIA official", "Boko Haram gunmen") with the lexicons of
``sitrep.extract.actors.lexicon``:

- the country comes from a known person, organisation or IGO in the phrase, else the first
  country name, demonym or capital in it ("Canadian Ambassador to the United Nations" -> CAN),
  else a place GeoNames knows before or after the head ("Shanghai police" -> CHN, "Ohio
  lawmakers" -> USA, "Tigrayan forces" -> ETH, "the former mayor of Lviv" -> UKR: ``where``),
  else the same search in ``context`` (and the places the model finds there; not for an
  international NGO or news agency the lexicon knows without a country: "Human Rights Watch"
  in a Nairobi story is not Kenyan); a company, charity or party is named after a town only
  when the town is a large one ("Orion Shipping Ltd", "the Liberty Party": no country);
- the sector comes from a known person (their role in ``year``, from their lines in
  ``people.tsv``; ELI once they left their last role),
  organisation or IGO, else from the head title or group noun of the phrase ("the Lebanese
  president's office" -> GOV; "president of the Riigikogu" -> the body's sector, LEG);
  a generic role word takes the sector of the body named with it ("a police spokesman" ->
  COP, "a Taliban spokesman" -> REB, "UN officials" -> IGO);
  "former"/"retired"/"ousted" officials are ELI (not when "former" modifies a possessor: "the
  former Soviet republic's president"); separatist/rebel forces are REB; a name ending in what
  it is takes that word's sector ("Meridian Airlines", "Marden Steel" -> BUS);
- a country joined to the next word by "-made", "-built", "-supplied" names the maker, not
  the actor ("Iranian-made drones" take their country from the context).

``code_actor(text, context="")`` returns ``(country, sector)`` with NGEC's conventions for an
isolated phrase: "" for no country or no sector, a bare country name has sector "", a city
standing alone is CVL, a capital alone is GOV, an unknown name is GOV only when the model reads
it as a person's full name (officials are most of the people in political news) and UNK
otherwise (a company, a group, a weapon), anything unidentifiable is UNK. Roles are judged in
``year`` or on ``date`` (the document's date); an undated phrase as of ``REFERENCE_YEAR``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from sitrep.extract.actors.appositions import context_role, past_role, plain_address, stated_role
from sitrep.extract.actors.heads import (
    LEADER_WORDS,
    MINISTRY,
    UNKNOWN,
    fuller_phrase,
    head_part,
    title_sector,
    trade_of_company,
)
from sitrep.extract.actors.kinds import (
    foreign_namesake,
    labour_union,
    opposition_side,
    professional_body,
    rebel_name,
    refugee_group,
    sector_in_power,
    state_craft,
)
from sitrep.extract.actors.lexicon import Entry, Mention, get_matcher, ship_name_end
from sitrep.extract.actors.names import (
    ORG_SECTORS,
    designates_weapon,
    ending_sector,
    ends_name,
    first_name_is_a_place,
    is_proper_name,
    misread_surname,
    named_after,
    names_a_product,
    noun_for,
    reads_as_person,
)
from sitrep.extract.actors.ranks import choose, evidence, phrase_body, rank_of, setting
from sitrep.extract.actors.where import (
    BACKER,
    DIVISION_WORDS,
    MAKER,
    MIN_CITY_POPULATION,
    MIN_FAMOUS_POPULATION,
    context_country,
    dominant_country,
    entity_label,
    name_country,
    names_a_people,
    place_country,
)

BREAKAWAY = {"abkhazia", "south ossetia", "transnistria", "somaliland", "northern cyprus",
             "puntland", "artsakh"}
FORMER_WORDS = (r"former|retired|ex-|erstwhile|onetime|one-time|late|ousted|deposed|toppled|"
                r"overthrown|exiled|disgraced|jailed")
FORMER = re.compile(rf"\b({FORMER_WORDS})\b", re.I)
REBEL_WORDS = re.compile(r"\b(separatists?|rebels?|insurgents?|militants?|jihadists?|"
                         r"guerrillas?)\b", re.I)
# a person dated this many years or fewer before they first led their country was its opposition
LEAD_UP = 4
HEAD_OFFICE = re.compile(r"^(?:president|prime minister|chancellor|premier)$", re.I)
# Undated phrases are read as of this year when deciding whether a person is still in office.
REFERENCE_YEAR = 2021
# a body named by the cause it serves ("a human rights organisation", "a women's rights
# network", "a civil liberties association", "a relief organisation"): an NGO whatever else its
# modifiers name (commissions and committees of a cause are often statutory: not here)
CAUSE_GROUP = re.compile(
    r"\b(?:rights|freedoms?|liberties|advocacy|watchdog|humanitarian|aid|relief)\s+"
    r"(?:organi[sz]ations?|groups?|associations?|coalitions?|networks?|bod(?:y|ies)|alliances?|"
    r"leagues?|monitors?|collectives?|campaigns?|movements?|cent(?:re|er)s?|foundations?|"
    r"charit(?:y|ies)|NGOs?)\s*$", re.I)
# bodies that name themselves after what they like, a town among other words ("Liberty Party")
NAMED_BODIES = ORG_SECTORS | {"SOC", "LAB"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "who"}


# "Lagos-based traders", "a Dhaka-based rights group": where the group is based is its country
BASED = re.compile(r"-(?:based|headquartered)\b", re.I)
# "anti-government protesters", "antiwar demonstrators", "opposition marchers": civilians
# who protest against those in power or a policy are the opposition (OPP), not plain CVL
OPPOSING = re.compile(r"\b(?:anti-?[a-z]+|opposition|pro-democracy|pro-reform)\b", re.I)
PROTEST_NOUNS = re.compile(r"\b(?:protest[eo]rs?|demonstrators?|marchers?|rioters?|"
                           r"picketers?|strikers?|campaigners?)\b", re.I)
# a leader's generic armed men ("Haftar's forces", "Kadyrov's fighters") are the armed force
# of the leader's state when the leader holds a state office
# "the Obama administration": a leader's name before these is the government in their time
GOVERNMENTS_OF = {"administration", "government", "cabinet", "regime", "presidency"}
# roles that an intergovernmental body gives its own people ("the UN envoy", "a UN special
# rapporteur", "IAEA inspectors", "AU mediators"); ministers and ambassadors of its members
# ("EU foreign ministers", "the UN ambassador") stay their governments'
IGO_ROLES = re.compile(r"\b(?:envoys?|rapporteurs?|inspectors?|monitors?|observers?|mediators?|"
                       r"representatives?|delegates?|negotiators?|investigators?|experts?)\b", re.I)
GENERIC_ARMED = {"fighters", "fighter", "forces", "force", "men", "troops", "loyalists",
                 "gunmen"}


def names_backer(text: str, end: int) -> bool:
    """Whether the country or demonym ending at ``end`` in ``text`` names who backs, funds or
    arms the group after it ("Iran-backed militias"), not where the group is from."""
    return BACKER.match(text, end) is not None


def without_backers(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the backers' countries ("Iran-backed") when another mention in the
    phrase gives the group's own country ("Iran-backed Houthi rebels" -> YEM); a backer alone
    stays ("Iran-backed militias" -> IRN, as a coder would)."""
    backers = [m for m in mentions if m.kind in ("country", "demonym", "capital")
               and names_backer(text, m.end)]
    if not backers:
        return mentions
    own = [m for m in mentions if m not in backers and m.kind != "title" and m.entry.country]
    return [m for m in mentions if m not in backers] if own else mentions


def names_maker(text: str, end: int) -> bool:
    """Whether the country or demonym ending at ``end`` in ``text`` names who made, built or
    supplied the thing after it ("Iranian-made drones"), not who uses it."""
    return MAKER.match(text, end) is not None


@dataclass
class Coded:
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    office: str | None = None
    kind: str = "unknown"  # person | org | igo | country | capital | city | title | name | ...
    country_from: str | None = None  # what gave the country


def person_role(entry: Entry, year: int | None) -> Entry:
    """The role a known person held in ``year`` (of their lines in ``people.tsv``): the one
    that covers the year, else the last one they left, else (before all) the first."""
    ref = year if year is not None else REFERENCE_YEAR
    roles = get_matcher().person_roles(entry.name) or [entry]
    current = [r for r in roles if (r.start is None or r.start <= ref)
               and (r.end is None or ref <= r.end)]
    if current:
        return current[-1]
    past = [r for r in roles if r.end is not None and r.end < ref]
    return max(past, key=lambda r: r.end or 0) if past else roles[0]


def person_sector(entry: Entry, year: int | None) -> str | None:
    """A known person's sector in ``year`` (ELI once they left their last role)."""
    ref = year if year is not None else REFERENCE_YEAR
    role = person_role(entry, year)
    if role.end is not None and ref > role.end and role.sector in ("GOV", "MIL", "SPY", "LEG"):
        return "ELI"
    if year is not None and role.start is not None and year < role.start <= year + LEAD_UP \
            and role.sector == "GOV" and HEAD_OFFICE.search(role.office or ""):
        # a few years before a person first led the country, they were in opposition
        # ("Keir Starmer" in 2022): dated phrases only
        return "OPP"
    return role.sector


_POSSESSOR_AFTER = re.compile(r"\s*(?:[\w\-]+\s+){0,3}?[\w\-]+(?:'s|s')(?=\s|$)")


def is_former(phrase: str) -> bool:
    """Whether a "former"/"ex-"/"ousted" word in the phrase belongs to its head: not when it
    modifies a possessor before the head ("the former Soviet republic's president", "the
    former colony's prime minister" are in office)."""
    for match in FORMER.finditer(phrase):
        if not _POSSESSOR_AFTER.match(phrase, match.end()):
            return True
    return False


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return bool(words) and all(w[:1].isupper() for w in words) and len(words) <= 6


def _country_from(mentions: list[Mention], head_len: int | None = None
                  ) -> tuple[str | None, str | None]:
    """A known person's country; else the first country-bearing mention of the head part of
    the phrase; else the first one after it."""
    for m in mentions:
        if m.kind in ("person", "surname") and m.entry.country:
            return m.entry.country, m.kind
    head = [m for m in mentions if head_len is None or m.start < head_len]
    rest = [m for m in mentions if head_len is not None and m.start >= head_len]
    for group in (head, rest):
        for m in group:
            if m.kind != "title" and m.entry.country:
                return m.entry.country, m.kind
    return None, None


def resolve(text: str, context: str = "", year: int | None = None) -> Coded:
    """Code an isolated actor phrase (see the module docstring)."""
    phrase = re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip()
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    phrase = plain_address(phrase)  # "Sister Agnes Wanjiru", "Father X": of the clergy
    # "head of the miners' union": its leader ("head" alone names no role in articles)
    phrase = re.sub(r"^(deputy\s+)?head\s+(?=of\s(?!state\b|government\b))", r"\1leader ", phrase, flags=re.I)
    fuller = fuller_phrase(phrase, context)
    if fuller is not None:
        # "the agency" of "Burundi's intelligence agency said the agency ...": the phrase the
        # context writes in full
        return resolve(fuller, context, year)
    matcher = get_matcher()
    mentions = without_backers(phrase, [m for m in matcher.find(phrase) if not (
        m.kind in ("country", "demonym", "capital") and names_maker(phrase, m.end))])
    # a word that ends names ("Steel", "Post", "Times") names nothing inside a phrase
    # ("Times Square" is a place, "Washington Post reporters" are the reporters)
    mentions = [m for m in mentions if not (m.kind == "title" and m.entry.role == "name"
                                            and not ends_name(phrase, m))]
    for m in mentions:
        end = ship_name_end(phrase, m)
        if end is not None:  # "USS Carney": the ship's name is no person
            mentions = [x for x in mentions if not m.end <= x.start < end]
    if first_name_is_a_place(phrase, mentions):
        mentions = []  # "Chad Miller", "Santiago Ramirez": a person, not the country
    coded = Coded()
    whole = mentions[0] if len(mentions) == 1 and mentions[0].text == phrase.rstrip("'s") \
        or (len(mentions) == 1 and len(mentions[0].text) >= len(phrase) - 2) else None
    former = is_former(phrase) or past_role(phrase, mentions)

    # a surname before "state", "province", ... is the place ("Sabah state assembly")
    mentions = [m for m in mentions if not (m.kind == "surname" and _DIVISION_AFTER.match(
        phrase, m.end))]
    mentions = [m for m in mentions if not names_a_product(phrase, m)]  # "Boeing 737s"
    namesakes = foreign_namesake(phrase, mentions)
    mentions = sorted((x for m in mentions for x in (
        noun_for(m) if m in namesakes and noun_for(m) or misread_surname(phrase, m, mentions)
        else [m])),
        key=lambda x: x.start)
    persons = [m for m in mentions if m.kind in ("person", "surname")]
    if persons and named_after(phrase, persons[0], mentions) is not None:
        persons = []  # "Kenyatta National Hospital": named after the person, not the person
    orgs = [m for m in mentions if m.kind in ("org", "igo")]
    coded.country, coded.country_from = _country_from(mentions, len(head_part(phrase)[0]))
    sector, office = title_sector(mentions, phrase)
    sector = refugee_group(sector, mentions, len(head_part(phrase)[0]))
    sector = trade_of_company(phrase, mentions, sector)
    union = labour_union(phrase, mentions)
    field = None if union else professional_body(phrase, mentions)
    if union or field:
        # "Congress of South African Trade Unions", "Nigeria Union of Teachers": a union;
        # "the Nepal Medical Association": a body of the field
        mentions = [m for m in mentions if m.kind not in ("org", "igo", "person", "surname")]
        persons, orgs, sector, office = [], [], field or "LAB", None
        coded.country, coded.country_from = _country_from(mentions, len(head_part(phrase)[0]))

    if whole is not None and whole.kind in ("country", "demonym"):
        coded.kind = whole.kind
        coded.name = whole.text
        coded.sector = "PRE" if whole.text.lower() in BREAKAWAY else None
        return coded
    if whole is not None and whole.kind == "capital":
        coded.kind, coded.name, coded.sector = "capital", whole.text, "GOV"
        return coded
    if persons:
        person = persons[0]
        coded.kind, coded.name = "person", person.entry.name
        coded.sector = person_sector(person.entry, year)
        coded.office = office or person.entry.office
        stated = stated_role(person, mentions)
        if stated is not None and (stated.country, stated.sector) != (coded.country, coded.sector):
            # "former Chilean president Michelle Bachelet": the role written, not her last
            coded.country, coded.sector = stated.country, stated.sector
        if sector and coded.sector not in ("ELI",) and person.entry.sector in (None,):
            coded.sector = sector
        elif sector and not former:
            # "Hemedti's paramilitaries", "Kadyrov's fighters": a group noun after a known
            # person's possessive is the head; generic armed men of a state officeholder are
            # the state's armed forces
            head = _possessed_group(phrase, person, mentions)
            if head is not None:
                generic = head.text.lower() in GENERIC_ARMED
                if generic and coded.sector in ("GOV", "MIL"):
                    coded.sector = "MIL"
                elif not (generic and coded.sector in ("REB", "PRM", "CRM", "UAF")):
                    coded.sector = head.entry.sector  # a rebel leader's troops stay rebels
                coded.office = None
    elif orgs:
        org = orgs[0]
        coded.kind, coded.name = org.kind, org.entry.name
        head, _ = head_part(phrase)
        # "EU legislature", "Chinese Communist Party officials": the head noun decides
        armed = org.entry.sector in ("REB", "PRM", "CRM", "UAF")
        role = [m for m in mentions if m.kind == "title" and m.start >= org.end
                and m.end <= len(head) and m.entry.role != "name"]
        generic = bool(role) and (role[-1].entry.name.lower() in LEADER_WORDS
                                  or role[-1].text.lower() in LEADER_WORDS)
        own_role = bool(role) and org.kind == "igo" and IGO_ROLES.search(role[-1].text)
        rank = rank_of(role[-1].text) if role else None
        if rank is not None and org.entry.sector in rank.sectors:
            # "NYPD officers", "CBP officers", "Bundeswehr officers": the body's rank
            own_role, generic, office = True, True, role[-1].entry.office
        # ("FARC dissidents", "IRA dissidents": the armed group's own splinters)
        if armed and sector in ("UAF", "REB", "MIL", "PRM", "CRM", "OPP") or generic and (
                armed or org.kind == "igo") or own_role:
            # "Boko Haram gunmen"; "a Taliban spokesman", "a senior Hamas official", "UN
            # officials": a generic role in an armed group or an IGO has its sector; so have
            # an IGO's own envoys, rapporteurs and inspectors ("the UN envoy")
            coded.sector = org.entry.sector
            if generic and any(m.entry.sector == "SPY" for m in role[:-1]):
                coded.sector = "SPY"  # "a Taliban intelligence official": the spy service's
            if generic:
                coded.office = office
        elif sector and role:
            coded.sector, coded.office = sector, office
        elif sector and org.start >= len(head) and any(
                m.kind == "title" and m.end <= len(head) for m in mentions):
            coded.sector, coded.office = sector, office
        else:
            coded.sector = sector_in_power(org.entry.name, org.entry.sector,
                                           year if year is not None else REFERENCE_YEAR)
    else:
        coded.sector, coded.office = sector, office
        coded.kind = "title" if sector else "unknown"
        if not sector and _looks_like_name(phrase) and not mentions:
            coded.kind = "name"
    if not persons and not orgs:
        coded.sector = _rank_in_context(phrase, mentions, coded.sector, context)
    if former and coded.sector in ("GOV", "MIL", "SPY", "LEG", "JUD", "COP", None) and (
            coded.office or sector or coded.kind in ("person", "org")):
        coded.sector = "ELI"
    if coded.sector in ("MIL", "GOV", "PRM", "UAF", None) and coded.kind != "org" and (
            REBEL_WORDS.search(phrase) and coded.sector is not None or rebel_name(phrase, mentions)):
        coded.sector = "REB"
    if coded.sector == "CVL" and PROTEST_NOUNS.search(phrase) and OPPOSING.search(phrase):
        coded.sector = "OPP"
    if coded.sector is None and (designates_weapon(phrase) or state_craft(phrase, mentions)):
        coded.sector = "MIL"  # "Israeli F-16s", "two Su-25s": military aircraft and armour
    if coded.sector in (None, UNKNOWN, "CVL") and coded.kind != "person" \
            and CAUSE_GROUP.search(phrase):
        coded.sector, coded.kind = "NGO", "title"
    if phrase.lower() in PRONOUNS:
        coded.kind, coded.sector = "pronoun", None
        return coded
    if coded.kind in ("title", "name", "unknown") and coded.sector not in ORG_SECTORS:
        # "Meridian Airlines", "the Hope for Children Charity": a name ends in what it is
        last = mentions[-1] if mentions else None
        if last is not None and last.kind == "title" and last.end >= len(phrase) - 1 \
                and last.entry.sector in ORG_SECTORS and is_proper_name(phrase[:last.start]) \
                and not MINISTRY.search(phrase[:last.start]):
            # (not a minister or ministry of the field: "Minister of Health" is government)
            coded.sector, coded.kind = last.entry.sector, "title"
    if union or field:
        coded.sector = field or "LAB"  # "Union of Teachers": the union, not the teachers
    if opposition_side(phrase, context, coded.sector) and coded.kind != "person":
        coded.sector = "OPP"  # "the main opposition party", "Chadema, the opposition party"
    if coded.kind in ("title", "name", "unknown") and coded.sector == "BUS":
        # "Vosta Broadcasting Corporation", "Arden Relief Ltd": what it is, then its legal form
        coded.sector = ending_sector(phrase, mentions) or coded.sector
    if coded.country is None and coded.kind in ("unknown", "name") and name_country(phrase):
        coded.country, coded.country_from, coded.kind = name_country(phrase), "city", "city"
    elif coded.country is None and coded.kind in ("title", "org"):
        # "Shanghai police", "Ohio lawmakers", "Tigrayan forces", "the Texas Supreme Court":
        # the place before the title or body; "the former mayor of Lviv": the place after it
        titles = [m for m in mentions if m.kind in ("title", "org")]
        before = phrase[: titles[0].start].strip() if titles else ""
        before = BASED.sub("", before)  # "Lagos-based traders": the place where they are based
        words = before.split()
        while words and not words[0][:1].isupper():
            words.pop(0)
        # the name of a company, charity or party ("Orion Shipping Ltd", "the Liberty
        # Party") is named after a town only when the town is a large one
        named = bool(titles) and titles[0].kind == "title" and (
            titles[0].entry.role == "name" or titles[0].entry.sector in NAMED_BODIES)
        # a place of that name in the country the context is about ("Punjab police" in an
        # Indian story)
        prefer = dominant_country(context, text) if context else None
        run = re.match(r"(?:[A-Z][\w'\-]*\s+)*[A-Z][\w'\-]*", phrase)
        if not words and titles and run and run.end() > titles[0].end:
            # "a General Santos radio commentator": a place whose name starts with a title
            words = run.group(0).split()
        country = place_country(" ".join(words), min_city=MIN_FAMOUS_POPULATION if named
                                else MIN_CITY_POPULATION, prefer=prefer) if words else None
        after = re.search(r"\b(?:of|in|from|at)\s+(?:the\s+)?([A-Z].*)", phrase[titles[-1].end:]) \
            if titles and country is None else None
        if after:
            country = place_country(after.group(1), prefer=prefer)
        owner = re.search(r"\b(?:of|in|from|at)\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)'s\s",
                          phrase[titles[0].end:]) if titles and country is None else None
        if owner:  # "midwives at Koforidua's regional hospital": the place owning the body
            country = place_country(owner.group(1), prefer=prefer)
        based = re.search(r"([A-Z][\w'.]*(?:\s+[A-Z][\w'.]*)*)-(?:based|headquartered)\b",
                          phrase) if country is None else None
        if based:  # "director of a Kano-based rights group": where the body is based
            country = place_country(based.group(1), prefer=prefer)
        if country:
            coded.country, coded.country_from = country, "place"
    if context and coded.kind in ("name", "unknown") and not mentions:
        # "the shopkeeper Tomas Ferreira", "Marco Bellini, a local priest,": where the context
        # names the person, the role written with the name codes them
        role = context_role(phrase, context, year, resolve)
        if role is not None:
            coded.sector, coded.office = role.sector, role.office
            coded.country = coded.country or role.country
            coded.country_from = coded.country_from or ("context" if role.country else None)
            coded.kind = "title"
    if coded.country is None and context and not _stateless(orgs, coded):
        ctx_mentions = matcher.find(context)
        coded.country = dominant_country(context, text)
        if coded.country is None:
            # the phrase itself, named in its context, is not a place of the context ("Sami
            # Nasser" is no town's name there): it was looked up as a place above
            coded.country = context_country(context.replace(phrase, " " * len(phrase))
                                            if len(phrase) >= 4 else context)
        if coded.country:
            coded.country_from = "context"
        if coded.sector is None:
            ctx_sector, _ = title_sector(ctx_mentions, context)
            coded.sector = ctx_sector
    return coded


def _stateless(orgs: list[Mention], coded: Coded) -> bool:
    """Whether the phrase is an international NGO or news agency our lexicon knows without a
    country ("Human Rights Watch", "Reuters"): named in a Nairobi story, it is still not
    Kenyan, so the context gives it no country."""
    return bool(orgs) and orgs[0].entry.country is None and orgs[0].entry.sector in (
        "NGO", "MED") and coded.sector == orgs[0].entry.sector


def _rank_in_context(phrase: str, mentions: list[Mention], sector: str | None,
                     context: str) -> str | None:
    """The sector of an isolated phrase headed by a rank police and armies share ("Officer
    Ryan Pike", "Sgt. Ali Musa", "troopers"): a body in the phrase, else the police or army
    its context names, else the rank's default before a name or as a noun (``ranks``)."""
    head = head_part(phrase)[0]
    titles = [m for m in mentions if m.kind == "title" and m.start < len(head)]
    rank = rank_of(titles[-1].text) if titles else None
    if rank is None or sector not in (*rank.sectors, rank.noun, rank.name):
        return sector
    body = phrase_body(mentions, rank)
    if body is not None:
        return body
    before_name = re.match(r"\s+[A-Z]", phrase[titles[-1].end:]) is not None
    found = get_matcher().find(context) if context else []
    return choose(rank, evidence(found), Counter(), before_name, setting(found))


_DIVISION_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(DIVISION_WORDS)) + r")\b", re.I)
_LOYAL_TO = re.compile(r"\b(?:loyal to|led by|commanded by|under the command of|allied to|"
                       r"allied with)\s+$", re.I)


def _possessed_group(phrase: str, person: Mention, mentions: list[Mention]) -> Mention | None:
    """The group noun a person's possessive modifies ("Haftar's forces" -> "forces"), else
    None (a title before the name, "Defence Minister X", is the person's own)."""
    if _LOYAL_TO.search(phrase[:person.start]):
        # "militiamen loyal to Dostum", "forces led by Haftar": the group before is the head
        before = [m for m in mentions if m.kind == "title" and m.end <= person.start
                  and m.entry.office is None and m.entry.sector]
        return before[0] if before else None
    bare = re.match(r"\s+(\w+)", phrase[person.end:])
    if bare and bare.group(1).lower() in GOVERNMENTS_OF:
        # "the Obama administration", "the Bush government": the government of that time
        return next((m for m in mentions if m.kind == "title" and m.start > person.end), None)
    if not re.match(r"(?:'s|')\s", phrase[person.end:person.end + 3]):
        return None
    after = [m for m in mentions if m.kind == "title" and m.start > person.end
             and m.entry.office is None and m.entry.sector]
    return after[-1] if after else None


def code_actor(text: str, context: str = "", year: int | None = None,
               date: dt.date | None = None) -> tuple[str, str]:
    """(country, sector) of an isolated actor phrase, "" where none (NGEC conventions); roles
    are judged in ``year`` or on ``date`` (the document's date) when given."""
    if date is not None and year is None:
        year = date.year
    coded = resolve(text, context, year)
    sector = coded.sector
    if coded.kind == "city":
        sector = "CVL"
    elif coded.kind == "name" and sector is None:
        # an unknown person in news about politics is most often an official; an unknown name
        # of anything else (a company, a group, a weapon) is not a government
        # ("Crimean Tatars", tagged a person's name, are a people)
        label = entity_label(text)
        person = len(text.split()) > 1 and not names_a_people(text) and reads_as_person(text)
        sector = "GOV" if person else "CVL" if label in ("GPE", "LOC", "FAC") else UNKNOWN
    elif sector is None and coded.kind not in ("country", "demonym"):
        sector = "" if coded.country else UNKNOWN
    return coded.country or "", sector or ""
