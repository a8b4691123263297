"""What a place mention is in its sentence, when it is not where something happened.

``link`` places an event at a place named in the trigger's clause or sentence. Some place
names there say something else, read off the parse of the mention's last word:

- ``subject``: the subject of a verb, labelled neither GPE nor LOC ("Jimenez had plotted to
  kill him": a person's name that the place extractor read as a town). A PERSON label alone
  says nothing: the model gives it to unfamiliar towns too (a little-known provincial
  capital named in apposition, "with Tarvand, the capital of the region, hit by strikes");
- ``origin``: "from X" after a person, an organisation or a group ("two men from Leeds",
  "troops from Chad"), a place with a participle of origin or seat that modifies a noun ("an
  Oregon-based charity", "a Texas-born soldier", "a group based in Oregon"), "of X" after an organisation, an office or a word of origin ("a native
  of Peru", "Acme Inc. of Leeds"; not after a person: "Jane Doe, 26, of Paris, was shot" is
  how local news names a victim, and the town is often where it happened), or a place in
  apposition to an organisation's or person's name ("Acme Inc., Peoria, Ill., said"): where
  someone comes from or has its seat;
- ``title``: a modifier of an office's title ("the Ohio Governor", "the Texas attorney
  general"), "to X" after an envoy's ("the ambassador to Iran"), or "of X" after one ("the
  governor of Ohio" is an ``origin``): whose office it is;
- ``name``: the first words of an organisation's name whose last word says so ("South
  Pacific Cartel", "Acme Holdings", "the Rastrojos drug gang"), also where the tagger did not
  call it ORG; a currency's ("one million US dollars"). Not newspapers' names: in local news the paper's town is most often where the
  shooting it reports happened, and leaving it out cost the GVDB dev set (untouched) a city.

- ``force``: a place that modifies a police force or its members and would otherwise be read
  as a subject, title or party ("The St. Petersburg Police Department said", "Houston Police
  Chief Art Acevedo said"): the force's town, which places an act of its sentence only where
  nothing else does (``link``: after the dateline, before the article's place);
- ``party``: a country that is the subject of an active verb, the agent of a passive, or
  after "between", "with", "against" ("Iran and Syria signed a pact", "talks between Armenia
  and Azerbaijan"): a government that acts or is dealt with, not where the act happened
  (not the subject of a verb of undergoing: "Mexico has suffered thousands of killings").

- ``care``: the hospital a casualty was taken to, or the town of that hospital ("shot on Elm
  Street and taken to Mercy Hospital in Dover", "was airlifted to a trauma center in Dover"):
  where the wounded were treated, not where they were hurt (``care_destination``).

``deed_of`` says, for one event, that a place is where another act happened: the deed the act
answers for ("serving a sentence for the murder of a shopkeeper in Lagos"), or the verb whose
subject a noun trigger only describes ("the officer, who survived the ambush, was arrested in
Kirkuk": the arrest's place, not the ambush's).

None of these places the event at the clause or sentence level, nor is the article's
dominant place chosen among them (its dateline may still be one). A place that modifies a person noun ("a
Chicago man was shot") stays where the event happened: local news names victims that way.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from sitrep.extract.claims.outcomes.cues import HOSPITAL_WORDS, MEDICAL_MODIFIERS, MEDICAL_PLACES
from sitrep.extract.claims.victims import wordnet_people
from sitrep.nlp.scans import hyphen_before
from sitrep.resources import read_tsv

PERSON_NOUNS = {"native", "resident", "citizen", "national", "man", "woman", "boy", "girl",
                "person", "people", "teen", "teenager", "youth", "child", "son", "daughter",
                "mother", "father", "wife", "husband", "family", "couple", "student",
                "worker", "immigrant", "migrant", "refugee", "descent", "origin",
                "emigrant", "expatriate", "transplant", "product", "member", "employee"}
# last words of organisations' names that often begin with a place's name
ORG_TAILS = {"fc", "afc", "airlines", "airways", "company", "corporation", "corp", "inc", "ltd",
             "llc", "plc", "holdings", "university", "college", "cartel", "cartels", "gang",
             "gangs", "mafia", "syndicate", "militia", "militias", "brigade", "brigades",
             "association", "federation", "institute", "foundation"}
# offices held for a place ("the Ohio Governor", "the governor of Ohio")
OFFICES = {"governor", "lieutenant", "senator", "congressman", "congresswoman", "congressmen",
           "representative", "lawmaker", "legislator", "mp", "assemblyman", "assemblywoman",
           "president", "premier", "minister", "ambassador", "envoy", "consul", "chancellor",
           "king", "queen", "prince", "emir", "sultan", "secretary", "spokesman",
           "spokeswoman", "spokesperson", "attorney", "commissioner", "delegate"}
NOT_PEOPLE = {"state", "staff", "justice", "defence", "defense", "general", "gen.", "col."}
# armed and criminal groups named after a place, written in lower case too ("the Sinaloa drug
# cartel", "the Rastrojos gang")
GROUP_TAILS = {"cartel", "cartels", "gang", "gangs", "mafia", "syndicate", "clan", "clans",
               "militia", "militias", "brigade", "brigades"}
ORIGIN_WORDS = {"native", "descent", "origin", "emigrant", "expatriate", "immigrant",
                "transplant", "product", "national", "citizen"}
# participles of where someone or something comes from or is seated ("an Oregon-based charity",
# "a Texas-born soldier", "a group based in Oregon")
ORIGIN_PARTICIPLES = {"based", "born", "raised", "bred", "headquartered", "registered",
                      "educated", "trained", "founded"}
# offices accredited to a place ("the ambassador to Iran", "the UN envoy to Syria")
ENVOYS = {"ambassador", "envoy", "consul", "delegate", "representative", "emissary",
          "attache", "attaché", "nuncio", "commissioner"}
# verbs whose subject is where things happen ("Mexico has suffered thousands of killings")
UNDERGOING = {"suffer", "see", "witness", "experience", "record", "register", "face", "host",
              "endure", "undergo", "remain", "become", "be", "have", "report", "lose"}
PARTY_PREPS = {"between", "with", "against"}  # talks between, a deal with, a war against
LEADERS = {"leader", "ruler", "head"}  # "the leaders of France and Germany": whose leaders
# currencies named after a country or town ("US dollars", "Hong Kong dollars", "Mexican pesos")
CURRENCIES = {"dollar", "dollars", "peso", "pesos", "pound", "pounds", "euro", "euros",
              "rupee", "rupees", "yuan", "yen", "franc", "francs", "real", "reais", "rand",
              "shilling", "shillings", "naira", "dinar", "dinars", "riyal", "riyals", "rial",
              "rials", "rouble", "roubles", "ruble", "rubles", "lira", "liras", "lire", "won",
              "krona", "kronor", "krone", "kroner", "cedi", "cedis", "kwacha", "birr", "taka",
              "ringgit", "baht", "dong", "zloty", "zlotys", "forint", "leu", "lei", "lev"}
CHAIN_DEPS = {"appos", "conj", "compound"}
MAX_STEPS = 8
# words of a police force or its members, all inflections: a place that modifies one names the
# force's town ("the St. Petersburg Police Department", "Danville Officer Thomas Cottrell")
FORCE_WORDS = {"police", "policeman", "policemen", "policewoman", "policewomen", "sheriff",
               "sheriffs", "officer", "officers", "trooper", "troopers",
               "patrol", "patrols", "constable", "constables", "constabulary", "cop", "cops",
               "marshal", "marshals", "precinct", "precincts", "detective", "detectives",
               "gendarme", "gendarmes", "gendarmerie", "carabinieri", "militsiya"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "poss"}
FORCE_SPAN = 4  # words from the place to the head of its noun phrase


def of_force(last: Token) -> bool:
    """A place that modifies a police force or its members ("Athens police", "the St.
    Petersburg Police Department", "Houston Police Chief Art Acevedo", "the Volusia County
    Sheriff's Office"): the force's town, where the acts it reports most often happened, but
    said of the force, not of the act."""
    node = last
    while (node.dep_ in MODIFIER_DEPS and node.head.i > node.i
           and node.head.i - last.i <= FORCE_SPAN):
        node = node.head
        words = last.doc[last.i + 1: node.i + 1]
        if any(t.is_punct for t in words):
            return False  # "CROMWELL - Police arrested": a dash parts a dateline from its story
        if any(t.lower_ in FORCE_WORDS or t.lemma_.lower() in FORCE_WORDS for t in words):
            return True
    return False


@cache
def office_titles() -> frozenset[str]:
    """Last words of persons' titles (``titles.tsv``: governor, president, attorney general)."""
    return frozenset(row["term"].split()[-1].lower() for row in read_tsv("titles.tsv")
                     if row["role"] == "person" and row["term"].split())


def _person_like(token: Token) -> bool:
    """A person, group or organisation a place of origin can follow."""
    if token.ent_type_ in {"PERSON", "ORG", "NORP"} or token.pos_ in {"NUM", "PRON"}:
        return True
    if token.lower_ in {"both", "all", "each"} or of_age(token):
        return True
    lemma = token.lemma_.lower()
    return (lemma in PERSON_NOUNS or lemma in OFFICES or _org_tail(token)
            or (lemma in office_titles() and lemma not in NOT_PEOPLE))


AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks"})


def of_age(token: Token) -> bool:
    """A person named by age alone ("a 19-year-old from Bolton", "the 17-year-olds"): "old" or
    "olds" after a unit of time and a hyphen."""
    before = hyphen_before(token, spaced=True)
    return token.lower_ in {"old", "olds"} and before is not None and before.lower_ in AGE_UNITS


def _seat_of(token: Token) -> bool:
    """A noun whose "of X" is where it comes from or holds office, not where a person of it
    is: an organisation, an office, a word of origin ("a native of Peru", "Acme Inc. of
    Leeds", "the governor of Ohio"); not a person ("Jane Doe, 26, of Paris, was shot": local
    news names victims so, and the town is often where it happened)."""
    lemma = token.lemma_.lower()
    return (token.ent_type_ == "ORG" or _org_tail(token) or lemma in OFFICES
            or lemma in ORIGIN_WORDS or lemma in LEADERS)


def _org_tail(token: Token) -> bool:
    return token.text[:1].isupper() and token.lower_.rstrip(".") in ORG_TAILS


def _origin_participle(token: Token) -> bool:
    """A participle of origin or seat that modifies a noun ("Oregon-based", "born in Texas",
    "a group based in Oregon"), not a clause's own verb ("he was born in Texas" says no more
    than where he comes from either, but is not a modifier)."""
    return token.lower_ in ORIGIN_PARTICIPLES and token.dep_ in {"amod", "acl", "compound"}


def _party(node: Token) -> bool:
    """A country that acts or is dealt with as a party, not a location: the subject of an
    active verb ("Iran, Iraq and Syria signed a pact", "Russia accused ..."; not of a verb of
    undergoing: "Mexico has suffered thousands of killings"), the agent of a passive ("was
    condemned by France"), or who talks or fights with whom ("talks between Armenia and
    Azerbaijan", "a deal with Turkey")."""
    dep, head = node.dep_, node.head
    if dep == "nsubj":
        return head.pos_ == "VERB" and head.lemma_.lower() not in UNDERGOING
    if dep == "pobj":
        return head.lower_ in PARTY_PREPS or (head.lower_ == "by" and head.dep_ == "agent") \
            or addressed_party(head)
    return False


CALL_PREPS = {"on", "upon"}  # "called on Japan", "a call upon Egypt"
# verbs whose "to" names the party turned to or addressed, not where one went ("appealed to
# Russia", "turned to Russia for help", "complained to France"): all their forms share a lemma
RECOURSE = {"appeal", "turn", "complain", "plead", "apologise", "apologize", "write", "petition"}


def addressed_party(prep: Token) -> bool:
    """Whether the object of ``prep`` is a country called on, appealed or turned to ("called on
    Japan to withdraw", "turned to Russia for help"), or the country an envoy is for ("an envoy
    on Myanmar", also where the parser hangs "on" on the appointing verb): a party, not where
    anything happened."""
    owner, word = prep.head, prep.lower_
    if word in CALL_PREPS:
        before = prep.doc[prep.i - 1] if prep.i > 0 else prep
        return owner.lemma_.lower() == "call" or owner.lemma_.lower() in ENVOYS \
            or before.lemma_.lower() in ENVOYS
    return word == "to" and owner.pos_ == "VERB" and owner.lemma_.lower() in RECOURSE


def _title(token: Token) -> bool:
    """An office's title, or a name or title written with one ("Senator Ann Moore", "attorney
    general")."""
    words = [token, *(c for c in token.children if c.dep_ == "compound")]
    return token.ent_type_ not in {"GPE", "LOC"} and any(
        w.lemma_.lower() in OFFICES for w in words)


def non_place_role(last: Token, country: bool = False) -> str | None:
    """Why the place whose last word is ``last`` does not say where an act happened (see the
    module's docstring), or None when it may; ``country``: the place is a country, which may
    be a party (``party``)."""
    following = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if _org_tail(last) or (following is not None and _org_tail(following)
                           and following.dep_ != "pobj"):
        return "name"
    role = _role(last, country)
    # a force's town is read as the subject, title or party the force's name is: it is the
    # force's town all the same ("The St. Petersburg Police Department said a man was shot")
    return "force" if role in FORCE_READINGS and of_force(last) else role


FORCE_READINGS = {"subject", "title", "party"}


# verbs that carry a casualty to care, all inflections through the lemma ("taken", "rushed",
# "airlifted", "flown", "was admitted to"); not "drive", which a bomber does too ("drove a car
# bomb into a hospital in Dover")
CARRY_VERBS = {"take", "rush", "transport", "airlift", "fly", "carry", "bring",
               "evacuate", "transfer", "send", "whisk", "ferry", "race", "helicopter",
               "medevac", "admit", "hurry"}
CARE_PREPS = {"to", "into"}
WITHIN_PREPS = {"in", "at", "near", "outside", "of"}


def _care_noun(token: Token) -> bool:
    """A hospital or a place of care, named or not ("a hospital", "Mercy Hospital", "a trauma
    center", "Hurley Medical Center")."""
    lemma = token.lemma_.lower()
    if lemma in HOSPITAL_WORDS or token.lower_ in HOSPITAL_WORDS:
        return True
    return lemma in MEDICAL_PLACES and any(
        c.dep_ in ("compound", "amod") and c.lower_ in MEDICAL_MODIFIERS for c in token.children)


def care_destination(last: Token) -> bool:
    """Whether the place whose last word is ``last`` is a hospital a casualty was carried to,
    or the town of that hospital: "shot on Elm Street and taken to Mercy Hospital in Dover",
    "was airlifted to a trauma center in Dover", "was rushed to a hospital in Dover". The
    victim was treated there, not hurt there. A place "in" a hospital that nobody was carried
    to ("a shooting at a hospital in Dover") stays."""
    node = last
    for _ in range(MAX_STEPS):
        if node.dep_ in ("compound", "appos", "flat") and node.head.i != node.i:
            node = node.head
            continue
        break
    if not _care_noun(node) and node.dep_ == "pobj" and node.head.lower_ in WITHIN_PREPS:
        node = node.head.head  # "a hospital in Dover": the hospital
        if _carry_verb(node):  # "taken to Mercy Hospital in Dover", "in" read as the verb's
            return any(p.dep_ == "prep" and p.lower_ in CARE_PREPS and any(
                o.dep_ == "pobj" and _care_noun(o) for o in p.children) for p in node.children)
        for _ in range(MAX_STEPS):
            if node.dep_ in ("compound", "appos", "flat") and node.head.i != node.i:
                node = node.head
                continue
            break
    if not _care_noun(node) or node.dep_ != "pobj" or node.head.lower_ not in CARE_PREPS:
        return False
    return _carry_verb(node.head.head)


def _carry_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CARRY_VERBS


def _role(last: Token, country: bool) -> str | None:
    if care_destination(last):
        return "care"
    node = last
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head  # "the Rastrojos drug gang": the name's last word
    if node.i != last.i and node.lemma_.lower() in GROUP_TAILS:
        return "name"
    if last.dep_ in {"compound", "nmod", "amod"} and last.head.lower_ in CURRENCIES:
        return "name"  # "one million US dollars", "50 Hong Kong dollars": a currency
    node = last
    for _ in range(MAX_STEPS):
        dep, head = node.dep_, node.head
        if head.i == node.i:
            return None
        if (dep == "nsubj" and head.pos_ in {"VERB", "AUX"}
                and last.ent_type_ not in {"GPE", "LOC"}):
            return "subject"
        if country and _party(node):
            return "party"
        if dep == "pobj":
            owner = head.head
            if owner.i != head.i and (
                    (head.lower_ == "from" and _person_like(owner))
                    or (head.lower_ == "of" and _seat_of(owner))
                    or (head.lower_ == "in" and _origin_participle(owner))):
                return "origin"
            if owner.i != head.i and head.lower_ == "to" and owner.lemma_.lower() in ENVOYS:
                return "title"  # "the ambassador to Iran": whose office it is
            return None
        if dep in {"npadvmod", "compound", "amod", "nmod"} and _origin_participle(head):
            return "origin"  # "an Oregon-based charity", "a Texas-born soldier"
        if dep in {"appos", "npadvmod"} and (head.ent_type_ in {"ORG", "PERSON"}
                                             or _org_tail(head)):
            return "origin"  # "Acme Inc., Peoria, Ill., said": the company's seat
        if dep in {"compound", "amod", "nmod", "poss"} and _title(head):
            return "title"
        if dep in CHAIN_DEPS:
            node = head
            continue
        return None
    return None


LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "into",
            "within", "on", "along", "off", "over", "onto", "through", "toward", "towards",
            "to"}


def attached(last: Token, trigger: Token) -> bool:
    """Whether the place whose last word is ``last`` is in a location phrase of the trigger
    (or of the verb a noun trigger is the object or subject of, or of that verb's object):
    "shelled a market in Homs",
    "the bombing in Homs", "a bomb exploded in Homs"; or modifies the trigger ("the Homs
    bombing")."""
    owners = {trigger.i}
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.head.pos_ in {"VERB", "AUX"}:
        owners.add(trigger.head.i)
    verbs = [t for t in (trigger, trigger.head) if t.i in owners and t.pos_ in {"VERB", "AUX"}]
    # where its object is: "attacked a village in Chad"
    objects = [c for v in verbs for c in v.children if c.dep_ in {"dobj", "nsubjpass"}]
    # and each object joined to it: "struck a depot and a power station in Kosti"
    while objects:
        o = objects.pop()
        owners.add(o.i)
        objects += [c for c in o.children if c.dep_ == "conj" and c.i not in owners]
    node = last
    for _ in range(MAX_STEPS):
        if node.dep_ in {"compound", "appos", "conj", "amod", "nmod", "poss"}:
            if node.head.i in owners:
                return True
            node = node.head
            continue
        break
    top = up_place_nouns(node)
    if top.i != node.i and top.dep_ == "dobj" and top.head.i in owners:
        return True  # "patrolled the streets of Lima", "shelled the outskirts of Homs"
    node = top
    if node.dep_ != "pobj" or node.head.lower_ not in LOCATIVE:
        return False
    prep = node.head
    for _ in range(MAX_STEPS):  # "in Kandahar and in Lashkar Gah": a location phrase joined
        if prep.dep_ != "conj" or prep.head.lower_ not in LOCATIVE:  # to the trigger's one
            break
        prep = prep.head
    return prep.head.i in owners


def up_place_nouns(node: Token) -> Token:
    """From a place name up through the place nouns it names ("in the city of Homs", "in his
    home country of Jordan"): the word the location phrase governs."""
    for _ in range(MAX_STEPS):
        if not (node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.i != node.i
                and node.head.head.lemma_.lower() in PLACE_NOUNS):
            break
        node = node.head.head
    return node


OWNER_DEPS = {"compound", "amod", "nmod", "poss"}


def owner_modifier(last: Token, trigger: Token) -> bool:
    """Whether the place whose last word is ``last`` modifies a noun other than the act's own
    ("Waterbury firefighters", "two Detroit police officers", "the U.S. embassies"): whose
    people, force or building they are, which says where they come from, not where the act
    happened; not a modifier of the act's noun ("the Homs bombing", "the Baghdad market
    bombing") nor of a place's name."""
    node, steps = last, 0
    while node.dep_ in OWNER_DEPS and node.head.i != node.i and steps < MAX_STEPS:
        node, steps = node.head, steps + 1
        if node.i == trigger.i:
            return False
    return steps > 0 and node.pos_ in {"NOUN", "PROPN"} and node.ent_type_ not in {
        "GPE", "LOC", "FAC"} and node.lemma_.lower() not in PLACE_NOUNS


CLAUSE_DEPS = {"relcl", "acl", "ccomp", "advcl", "csubj", "parataxis", "xcomp", "conj"}


def location_phrase(last: Token, trigger: Token) -> bool:
    """Whether the place whose last word is ``last`` is itself the object of a location phrase
    of the act's own clause ("were shot in Dearborn", "bombed the embassies in Kenya and
    Tanzania", "attacked by a mob in Naugatuck", "in the city of Homs"): the phrase hangs from
    the trigger (or the verb a noun trigger belongs to) through words of that clause, not
    through another clause ("called her mother in Washington" is no place of a kidnapping the
    mother then reported)."""
    node = last
    for _ in range(MAX_STEPS):
        if node.dep_ not in {"appos", "conj"} or node.head.i == node.i:
            break
        node = node.head
    node = up_place_nouns(node)
    if node.dep_ != "pobj" or node.head.lower_ not in LOCATIVE:
        return False
    anchors = {trigger.i}
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.head.pos_ in {"VERB", "AUX"}:
        anchors.add(trigger.head.i)
    node = node.head
    for _ in range(2 * MAX_STEPS):
        if node.i in anchors:
            return True
        if node.dep_ in CLAUSE_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


# verbs and nouns of going somewhere, all forms share the lemma ("visited", "a visit to",
# "travelled", "flew", "arrival", "a trip to", "a tour of")
TRAVEL = {"visit", "travel", "fly", "arrive", "arrival", "go", "come", "tour", "trip",
          "journey", "head", "return", "sail", "drive", "stopover", "pilgrimage", "mission"}
DESTINATION_PREPS = {"to", "in", "into", "at"}


def visited(last: Token, trigger: Token) -> bool:
    """Whether the place whose last word is ``last`` is where the trigger's visit went: the
    object of a verb of visiting ("visited Tehran", "toured Kabul") or a location phrase of a
    verb or noun of going ("a visit to Prague", "travelled to Nairobi"), also of the verb a
    visit is the purpose of ("flew to Warsaw for a visit"). A capital so named
    also stands for its government (a recipient of the visit), and is its place too."""
    goers = [trigger]
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for":  # "flew to Warsaw for a visit"
        goers.append(trigger.head.head)
    node = last
    while node.dep_ in {"compound", "appos"} and node.head.i != node.i:
        node = node.head
    return any(g.lemma_.lower() in TRAVEL and (
        (last.dep_ == "dobj" and last.head.i == g.i)
        or (node.dep_ == "pobj" and node.head.lower_ in DESTINATION_PREPS and attached(last, g)))
        for g in goers)


# nouns of places whose "of" phrase names the place ("the city of Homs", "his home country of
# Jordan")
PLACE_NOUNS = {"city", "town", "village", "country", "state", "province", "region", "district",
               "county", "municipality", "capital", "port", "island", "hometown", "homeland",
               "area", "neighbourhood", "neighborhood", "suburb", "territory", "governorate",
               "street", "part", "outskirt", "outskirts", "centre", "center", "heart"}
DESCRIBER_DEPS = {"compound", "amod", "nmod"}
# nouns of settlements whose "of" phrase names the settlement ("the Idlib town of Saraqib"); not
# of divisions, whose "of" phrase may name the country around them ("the North region of
# Cameroon")
SETTLEMENTS = {"city", "town", "village", "port", "capital", "hamlet", "suburb", "township",
               "settlement", "municipality", "hometown"}


def describes_place(last: Token) -> bool:
    """Whether the place whose last word is ``last`` only describes a place named after it
    ("the Idlib town of Saraqib", "the Colombian Caribbean city of Barranquilla", "the Sinai
    town of Arish"): a modifier of a settlement's noun whose "of" phrase names the place meant;
    not a place noun's own "of" name ("the city of Homs"), a division's name ("the North region
    of Cameroon") nor a modifier of any other noun ("the Idlib offensive")."""
    node, steps = last, 0
    while node.dep_ in DESCRIBER_DEPS and node.head.i != node.i and steps < MAX_STEPS:
        node, steps = node.head, steps + 1
        if node.lemma_.lower() in PLACE_NOUNS:
            return node.lemma_.lower() in SETTLEMENTS and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
                for c in node.children)
    return False


# prepositions of the deed an act answers for ("jailed for the killing of a policeman in Basra",
# "indicted over the massacre in Srebrenica", "charged with the abduction of a banker in
# Monterrey", "questioned about the raid"): the place of that deed, not of the act
REASON_PREPS = {"for", "over", "with", "about", "regarding", "concerning"}
# verbs of which a subject's act is what happened where the verb says ("the attack took
# place in Kabul"): their location phrase is the subject's
OCCUR = {"be", "begin", "continue", "start", "take", "resume", "escalate", "intensify",
         "erupt", "break", "occur", "happen", "follow", "come", "last", "remain", "spread",
         "leave", "rage", "flare", "unfold", "end"}
NOMINAL_CLAUSES = {"relcl", "acl"}
NESTING = {"pobj", "appos", "dobj"}  # steps into a phrase inside a noun phrase


def deed_of(last: Token, trigger: Token, is_act: Callable[[Token], bool]) -> bool:
    """Whether the place whose last word is ``last`` says where another act happened than the
    one ``trigger`` names: it lies in the phrase of a deed an act answers for ("serving a
    sentence for the murder of a shopkeeper at a market in Lagos": the murder's place, not the
    sentence's; ``REASON_PREPS``, a noun that ``is_act`` says is another event's trigger, so
    that the place goes with that event), or it is in a location phrase
    of the verb whose subject the trigger only describes ("Ali, the target of the attack that
    killed a singer, is facing charges in Jordan", "the officer, who survived the ambush, was
    arrested in Kirkuk": the charges' and the arrest's place, not the attack's)."""
    for node in last.ancestors:
        if node.i == trigger.i:
            break
        if (node.dep_ == "pobj" and node.pos_ == "NOUN" and node.head.lower_ in REASON_PREPS
                and is_act(node)):
            return True
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    node, nested = trigger, False  # nested: inside a phrase of the subject, not its head
    for _ in range(MAX_STEPS):
        head = node.head
        if head.i == node.i:
            return False
        nested = nested or node.dep_ in NESTING
        if head.pos_ in {"VERB", "AUX"}:
            if node.dep_ in {"nsubj", "nsubjpass"} and node.i != trigger.i:
                # not "a suicide bomber killed 12 people in X": the bomber's act is the killing
                return nested and head.lemma_.lower() not in OCCUR and attached(last, head)
            if head.dep_ not in NOMINAL_CLAUSES:
                return False  # the trigger is the verb's own argument: its place may be the act's
        node = head
    return False


def names_home(last: Token) -> bool:
    """Whether the place whose last word is ``last`` modifies a noun of people ("a Michigan man",
    "a Utah police officer", "two Ohio teens"): whose home or force it is."""
    node = last
    for _ in range(4):
        if node.dep_ != "compound" or node.head.i == node.i:
            return False
        node = node.head
        lemma = node.lemma_.lower()
        if node.pos_ == "NOUN" and (lemma in PERSON_NOUNS or lemma in wordnet_people()):
            return True
    return False
