"""The head title or group noun of an actor phrase and the sector it gives (``title_sector``):
"the Lebanese president's office" -> GOV; "president of the Riigikogu" -> the body's sector
(LEG); a generic role word takes the sector of the body named with it ("a police spokesman" ->
COP, "rebel commanders" -> REB); a generic body of a field is of that field ("the General
Intelligence Directorate" -> SPY); people who work somewhere take the field named before them
("health workers" -> HLH). ``head_part`` splits a phrase before its first preposition or comma.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitrep.extract.actors.lexicon import Mention
from sitrep.extract.actors.ranks import phrase_body, rank_of

UNKNOWN = "UNK"
LEADER_WORDS = {"president", "head", "chief", "leader", "leaders", "chairman", "chairwoman", "chair",
                "member", "members", "speaker", "director", "secretary-general", "spokesman",
                "spokeswoman", "spokesperson", "secretary general", "official", "officials",
                "commissioner", "press secretary", "chancellor", "vice-chancellor", "rector",
                "dean", "provost", "general secretary", "deputy head", "deputy director",
                "deputy leader", "deputy chief", "commander", "commanders", "officer", "officers"}
SPOKES = {"spokesman", "spokeswoman", "spokesperson", "press secretary"}  # (their offices)
HEAD_STOPS = re.compile(r"\s(?:of|to|in|at|for|from|on|with|against|across|near|based|who|"
                        r"which|that)\s|,|\(|"
                        # a participle with its object: "a lawyer representing the families"
                        r"\s(?=[a-z]+ing\s+(?:the|a|an|his|her|its|their|two|three|several)\s)",
                        re.I)
KNOWN_ARMED = {"CRM", "REB", "PRM"}
# people named by working somewhere, whose sector is the field named before them
STAFF_WORDS = {"worker", "workers", "staff", "staffer", "staffers", "employee", "employees",
               "personnel", "crew", "crews", "volunteer", "volunteers"}
# a body of investigation is the police's (the word is no actor alone: "the investigation")
INVESTIGATION = re.compile(r"\binvestigations?\b", re.I)
# a generic body of the nation's or state's security is the secret service
SECURITY = re.compile(r"\b(?:national|internal|state|homeland)\s+security\b", re.I)
# bodies that take the field of the word before them, when it is a civil one
FIELD_BODIES = {"council", "councils", "conference", "conferences", "assembly", "synod"}
CIVIL_FIELDS = {"REL", "EDU", "HLH", "LAB", "MED", "AGR", "NGO", "BUS"}
GENERIC_BODIES = {"directorate", "directorate-general", "directorate general", "department",
                  "agency", "bureau", "office", "service", "administration", "organisation",
                  "organization", "division", "unit", "ministry", "committee"}
MINISTRY = re.compile(r"\bminist(?:er|ers|ry|ries)\b", re.I)


def head_part(text: str) -> tuple[str, str]:
    """The phrase before its first preposition or comma, and the rest."""
    match = HEAD_STOPS.search(text)
    if not match:
        return text, ""
    return text[: match.start()], text[match.end():]


def title_sector(mentions: list[Mention], text: str) -> tuple[str | None, str | None]:
    """(sector, office) of the head title or group noun of a phrase."""
    head, rest = head_part(text)
    head_titles = [m for m in mentions if m.kind == "title" and m.start < len(head)]
    rest_titles = [m for m in mentions if m.kind == "title" and m.start >= len(head)]
    if head_titles:
        last = head_titles[-1]
        rank = rank_of(last.text)
        body = phrase_body(head_titles[:-1], rank) if rank is not None else None
        if body is not None:
            return body, last.entry.office  # "Police Sgt.", "Army Capt.", "sheriff's deputies"
        # "president of the Riigikogu": a leader of a body has the body's sector
        if last.entry.name.lower() in LEADER_WORDS or last.text.lower() in LEADER_WORDS:
            bodies = [m for m in mentions if m.start >= len(head) and m.kind in ("org", "igo")
                      and m.entry.sector]
            if any(m.entry.sector == "SPY" for m in rest_titles) or not rest_titles and \
                    SECURITY.search(rest) and set(rest.lower().split()) & GENERIC_BODIES:
                # "an officer of the Taliban's intelligence directorate", "deputy head of the
                # State Committee for National Security": an intelligence service's, whoever
                # owns it
                return "SPY", last.entry.office
            if bodies:
                return bodies[0].entry.sector, last.entry.office
            if rest_titles:
                # the head noun of the body's phrase ("general secretary of the teachers' union":
                # the union, not the teachers)
                stop = HEAD_STOPS.search(text, len(text) - len(rest))
                noun_phrase = [m for m in rest_titles if m.start < (stop.start() if stop
                                                                    else len(text))]
                body_word = noun_phrase[-1] if noun_phrase else rest_titles[0]
                if body_word.entry.sector not in ("GOV", None) and body_word.entry.office is None:
                    return body_word.entry.sector, last.entry.office
            # "a police spokesman", "army officials", "rebel commanders": the body named
            # before a generic role word decides
            bodies_before = [m for m in head_titles[:-1] if m.entry.sector
                             and m.entry.office is None and m.end <= last.start]
            if bodies_before and last.entry.sector in ("GOV", None):
                return bodies_before[-1].entry.sector, last.entry.office
            # "the sheriff's spokesman", "the general's press officer": who speaks for an
            # office-holder speaks for the office's sector
            spoken_for = [m for m in head_titles[:-1] if m.entry.sector not in (None, UNKNOWN)]
            if spoken_for and last.entry.name.lower() in SPOKES and last.entry.sector == "GOV":
                return spoken_for[-1].entry.sector, last.entry.office
        if last.entry.name.lower() in GENERIC_BODIES:
            # "the Directorate-General for External Security", "the Department of State
            # Security", "the General Intelligence Directorate": a generic body of intelligence
            # is the secret service; "the Directorate of Criminal Investigations", "the
            # Criminal Investigation Department": one of criminal investigation is the police
            before = head_titles[-2] if len(head_titles) > 1 else None
            named = [m.entry.sector for m in rest_titles[:1]]
            if before is not None and not text[before.end:last.start].strip():
                named.append(before.entry.sector)  # the field just before the body's word
            if last.entry.name.lower() != "ministry":
                # (a ministry of national security is a government's)
                if SECURITY.search(text):
                    named.append("SPY")  # "the Internal Security Agency", "State Committee
                    # for National Security"
                if INVESTIGATION.search(text):
                    named.append("COP")  # "the Judicial Investigation Agency", "Bureau of ..."
            for field in ("SPY", "COP"):
                if field in named:
                    return field, None
            if before is not None and before.entry.office and before.entry.sector and \
                    re.search(r"'s?\s+$", before.text + text[before.end:last.start]):
                # "the public prosecutor's office", "the ombudsman's office": the office of
                # an office-holder is of the holder's sector
                return before.entry.sector, None
        if last.entry.name.lower() in FIELD_BODIES:
            # "the Indonesian Ulema Council", "the Council of Ulema": a council of a civil
            # field (the clergy, doctors, teachers) is of that field, not the government's
            before = head_titles[-2] if len(head_titles) > 1 else None
            fields = [m.entry.sector for m in rest_titles[:1] if text[:m.start].rstrip()
                      .lower().endswith(" of")]
            if before is not None and not text[before.end:last.start].strip():
                fields.append(before.entry.sector)
            civil = [f for f in fields if f in CIVIL_FIELDS]
            if civil:
                return civil[-1], None
        if last.text.lower() in STAFF_WORDS:
            # "health workers", "police staff", "hospital employees": the body or field named
            # before the people who work in it decides
            field = [m for m in head_titles[:-1] if m.entry.sector not in (None, UNKNOWN)
                     and m.entry.office is None and m.entry.role != "name"]
            if field:
                return field[-1].entry.sector, last.entry.office
        if last.entry.sector == "UAF":
            # "cartel gunmen", "militia attackers": the kind of group named before them
            named = [m for m in head_titles[:-1] if m.entry.sector in KNOWN_ARMED]
            if named:
                return named[-1].entry.sector, last.entry.office
        if last.entry.sector is None:
            # "community leaders": a role of no sector takes the sector of a word before it
            earlier = [m for m in head_titles[:-1] if m.entry.sector]
            if earlier:
                return earlier[-1].entry.sector, last.entry.office
        return last.entry.sector, last.entry.office
    if rest_titles:
        return rest_titles[0].entry.sector, rest_titles[0].entry.office
    words = head.lower().split()
    if words and words[-1] in GENERIC_BODIES - {"ministry"} and SECURITY.search(text):
        return "SPY", None  # "the State Committee for National Security" (no title in it)
    return None, None


# a bare noun phrase the context may write in full ("the agency", "the commissioner")
_BARE = re.compile(r"^[a-z][a-z\-]+(?: [a-z][a-z\-]+)?$")
# complements that say whose the role or body is ("the commissioner of police", "the
# spokeswoman for Human Rights Watch")
_WHOSE = {"of", "for"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}


@lru_cache(maxsize=4096)
def _parsed(text: str) -> Doc:
    from sitrep.nlp.model import get_nlp, one_blas_thread

    with one_blas_thread():
        return get_nlp()(text)


def _without_determiner(span: Span) -> str:
    start = span.start
    while start < span.end and span.doc[start].lower_ in _DETERMINERS:
        start += 1
    return span.doc[start:span.end].text


def fuller_phrase(phrase: str, context: str) -> str | None:
    """The fuller noun phrase the context writes for a bare one ("agency", "commissioner",
    written "the agency" in it), else None:

    - its own complement of whose it is: "the commissioner of police said ..." -> "commissioner
      of police"; "the spokeswoman for Human Rights Watch" -> "spokeswoman for Human Rights
      Watch";
    - an earlier noun phrase of the same head lemma with more words: "Burundi's intelligence
      agency said the agency ..." -> "Burundi's intelligence agency";
    - for a leader or spokesperson, the body that says what the clause holding them says:
      "Malawi's police service said the spokesman had been suspended" -> "spokesman of Malawi's
      police service".
    """
    if not context or not _BARE.match(phrase):
        return None
    doc = _parsed(context)
    words = phrase.lower().split()
    n = len(words)
    own = None
    for tok in doc:
        if tok.i + 1 >= n and [t.lower_ for t in doc[tok.i - n + 1:tok.i + 1]] == words and (
                tok.i - n < 0 or doc[tok.i - n].lower_ in _DETERMINERS):
            own = tok
            break
    if own is None:
        return None
    for child in own.rights:
        if child.dep_ == "prep" and child.lower_ in _WHOSE and any(
                c.dep_ == "pobj" for c in child.children):
            # (to the comma: "the former president of Bolivia, Evo Morales")
            return doc[own.i - n + 1:child.right_edge.i + 1].text.split(",")[0]
    for tok in doc[:own.i - n + 1]:
        if tok.lemma_.lower() == own.lemma_.lower() and tok.pos_ in ("NOUN", "PROPN"):
            span = doc[tok.left_edge.i:tok.i + 1]
            full = _without_determiner(span)
            if len(full.split()) > n:
                return full
    if own.lower_ in LEADER_WORDS or own.lower_ in SPOKES:
        head = own.head
        while head.dep_ not in ("ccomp", "ROOT") and head.head is not head:
            head = head.head
        verb = head.head if head.dep_ == "ccomp" else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.i < own.i:
            body = _without_determiner(doc[subject.left_edge.i:subject.i + 1])
            return f"{doc[own.i - n + 1:own.i + 1].text} of {body}"
    return None


# legal forms written before or after a company's name in Asia, Russia, Latin America
LEGAL_PREFIXES = {"pt", "tbk", "jsc", "pjsc", "ojsc", "oao", "pao", "zao", "ooo", "bhd", "sdn",
                  "sas", "srl", "sarl", "kk", "ltda", "cv"}
# a name after a lowercase noun, to the end of the phrase ("nickel miner PT Sumber Logam")
_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w'&.\-]*\s*)+)$")


def trade_of_company(phrase: str, mentions: list[Mention], sector: str | None) -> str | None:
    """BUS when the phrase's head is a lowercase word of workers followed by the name of an
    organisation ("the Indonesian nickel miner PT Sumber Logam", "the Zambian copper miner
    Konkola Copper Mines": the firm the trade describes), else ``sector``; a person's name
    after it keeps the worker ("the miner John Banda")."""
    if sector != "LAB":
        return sector
    titles = [m for m in mentions if m.kind == "title" and m.entry.sector == "LAB"
              and m.text[:1].islower()]
    if not titles:
        return sector
    after = _NAME_AFTER.match(phrase, titles[-1].end)
    if after is None:
        return sector
    from sitrep.extract.actors.names import LEGAL_FORMS, reads_as_person
    from sitrep.extract.actors.where import entity_label

    name = after.group(1).strip()
    if {w.lower().rstrip(".,") for w in name.split()} & (LEGAL_FORMS | LEGAL_PREFIXES):
        return "BUS"  # "PT Sumber Logam", "Adaro Energy Tbk": a company's legal form
    return sector if entity_label(name) == "PERSON" or reads_as_person(name) else "BUS"
