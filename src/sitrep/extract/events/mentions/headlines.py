"""A headline and its story's first mention of the happening it names (issue 15 item 7).

A news headline names the story's happening with fewer words than the lead: people it does not
name ("Woman stabbed while jogging", "Man charged with attempted murder"), names shortened or
other names of the same party ("UK sanctions Iran's police" and "Britain imposed sanctions",
"Opposition rejects results" and "Nigeria's main opposition party rejected"). The headline's act
and the story's first act of its type in the lead are one happening when nothing tells them
apart (``headline_compatible``): not another place, another day, another act (PLOVER mode), a
flag of an act not done, sides of other countries, a person named in the story where the
headline names an office that person does not hold, nor a party the headline names by a proper
name that no party of the story's act shares (by name words or by country).
"""

from __future__ import annotations

from sitrep.extract.events.mentions.agreement import people_agree
from sitrep.extract.events.mentions.keeps import holds, own_day, own_places, places_written_in
from sitrep.extract.events.mentions.killings import UNREAL
from sitrep.extract.events.mentions.parties import distinct_acts, same_one, titled
from sitrep.extract.events.mentions.people import MATERIAL, generic_state, proper_names, unnamed
from sitrep.records import Actor, Event, Place


def _words(actor: Actor) -> set[str]:
    return {w.strip(".,;:'’\"").lower() for w in (actor.name or actor.text).split()
            if len(w.strip(".,;:'’\"")) > 2}


def _one_party(head: Actor, story: list[Actor], told: set[str] = frozenset()) -> bool:
    """A party the headline names by a proper name is one of the story's: the same name or a
    share of its words ("ELN" and "the ELN", "Police Station" and "a police station"), or the
    same country ("UK" and "Britain"); or the story's sentence, whose words are ``told``, names it
    in another role ("Two killed in Flanker shooting": "shot dead ... in Flanker", a place the
    headline's compound gave as a doer; "Livingstone raid hit ANC": "blew up two houses in
    Livingstone"): a name the story gives is no other party, when it is a name of no known
    sector (a group or an institution named in the lead's sentence may be the other side: "ELN
    attacks army post" and "the army bombed ELN camps")."""
    if same_one([head], story):
        return True
    words = _words(head)
    if words and words <= told and not head.sector:
        return True
    if head.country and any(s.country == head.country for s in story):
        return True
    return any(words & _words(s) for s in story)


def _scenes(event: Event) -> list[Place]:
    """The event's own places, less a country that is its doer ("UK sanctions Iran's police":
    the UK acts; it is no scene)."""
    doers = {a.text for a in event.actors}
    return [p for p in own_places(event) if p.text not in doers]


def _scenes_agree(headline: Event, body: Event) -> bool:
    """No scene on one side, or a scene of one that holds or lies in a scene of the other."""
    pa, pb = _scenes(headline), _scenes(body)
    return not pa or not pb or any(holds(x, y) or holds(y, x) for x in pa for y in pb)


def _offices_agree(heads: list[Actor], story: list[Actor]) -> bool:
    """A person the story names with an office ("Colonel Juma Otieno") is the headline's party
    of that role only when the headline's word for it is of that office ("Minister praises
    general": a general, not a colonel)."""
    offices = [s for s in story if s.kind == "named" and s.office]
    common = [h for h in heads if not proper_names([h])]
    if not offices or not common:
        return True
    return any(_words(h) & set(s.office.lower().split()) or titled(h, s)
               for h in common for s in offices)


def named_alike(headline: Event, body: Event) -> bool:
    """Every party the headline names by a proper name is a party of the story's act in the same
    role, or the story's act has no party in that role; a material act told with people it does
    not name (``people.unnamed``: "Gunmen kill six" and "armed men opened fire") always is. The
    doer of a statement, a decision or a meeting is who it is about, named or not: "Opposition
    rejects" is not "the bishops rejected"."""
    if headline.plover_type in MATERIAL and unnamed(headline):
        return True
    parties = body.actors + body.recipients
    told = {w.strip(".,;:'’\"").lower() for w in body.evidence.text.split()}
    if parties and not all(_one_party(h, parties, told) for h in headline.actors +
                           headline.recipients if proper_names([h])):
        return False  # "John Okafor shot": "Peter Mensah was shot", whatever role the parse gave
    for heads, story in ((headline.actors, body.actors),
                         (headline.recipients, body.recipients)):
        named = [h for h in heads if proper_names([h])
                 or (heads is headline.actors and headline.plover_type not in MATERIAL)]
        if named and story and not all(_one_party(h, story, told) for h in named):
            return False
        if headline.plover_type not in MATERIAL and not _offices_agree(heads, story):
            return False
    if headline.plover_type not in MATERIAL and not headline.actors:  # "Opposition rejects"
        # read as no actor: the lead's named doer, not a state institution that acts again and
        # again ("police charged a man"), is in the headline's words ("The bishops rejected")
        line = {w.strip(".,;:'’\"").lower() for w in headline.evidence.text.split()}
        doers = [a for a in body.actors if not generic_state(a)]
        if doers and not any(_words(a) & line or (a.country and a.country in {
                x.country for x in headline.recipients}) for a in doers):
            return False
    return True


def headline_compatible(headline: Event, body: Event, off_scene: bool = False) -> bool:
    """Nothing tells a headline's happening from the story's mention: people described in
    other words ("Gunmen" and "armed men", "Guard" and "a security guard") are no other people,
    but another place, another day, another act, a flag of an act not done, sides of other
    countries, a named party the story's act lacks (``named_alike``), or a person named in the
    story where the headline names an office that person does not hold ("Rebels threaten mayor"
    and "the journalist Omar Sidibe") are. ``off_scene``: one of them is placed only where no
    act took place ("India's defence ministry said in New Delhi that its forces had hit"), so
    the places tell nothing. A headline tells a plan in the present or with "to" ("Poland to
    send troops", "Unions extend strike"): an act done in it and one to come in the lead
    ("would extend the strike") are not told apart (``headline_future``)."""
    if headline.historical != body.historical or \
            set(headline.modes) & UNREAL != set(body.modes) & UNREAL - (
                {"future"} if headline_future(headline, body) else set()):
        return False
    if not (off_scene or _scenes_agree(headline, body) or places_written_in(headline, body)) or \
            distinct_acts(headline, body) or not named_alike(headline, body) or \
            not people_agree(headline, body, number=False):  # "Man arrested": not "a woman was arrested"
        return False
    for heads, named in ((headline.actors, body.actors), (headline.recipients, body.recipients)):
        titles = [h for h in heads if h.kind == "title" and (h.office or not generic_state(h))]
        named = [b for b in named if proper_names([b])]
        if titles and named and not any(titled(h, b) for h in titles for b in named):
            return False  # "Rebels threaten mayor": "threatened the journalist Omar Sidibe"
    ca = {x.country for x in headline.actors + headline.recipients if x.country}
    cb = {x.country for x in body.actors + body.recipients if x.country}
    if ca and cb and not ca & cb:
        return False
    da, db = own_day(headline), own_day(body)
    return da is None or db is None or da == db


def headline_future(headline: Event, body: Event) -> bool:
    """The lead tells as to come ("will send", "would extend") what the headline tells without
    a flag: headlines write a plan in the present or with "to" ("Poland to send troops"), so
    the two are one plan, which the lead's flag tells; not a lead that tells the act as done
    once more ("Army shells rebel positions": "would shell them again on Friday")."""
    return not set(headline.modes) & UNREAL and set(body.modes) & UNREAL == {"future"} and \
        "again" not in body.evidence.text.lower().split()
