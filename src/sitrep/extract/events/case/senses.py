"""Cue words in another sense (issue 19 item 2: ambiguous single-word cues): words that name a
weapon, an accident, a disaster or a deal in one sense and something else in another, decided by
the words around them, not by a list of sentences:

- a pound of money or weight ("40 billion pounds", "the Egyptian pound", "pounds of flour"), not
  artillery pounding a town;
- "deal" as the verb of a blow or a task ("dealt a blow to", "deal with"), not a deal made;
- a shell company, account or bank, not an artillery shell;
- a leak of information (a report, memo, figures or video leaked "to the press"), not of gas;
- a syndicate of a trade ("the Journalists' Syndicate", "the teachers' syndicate", "the Press
  Syndicate"): a union, not a crime ring;
- "arrest" with a process as its object ("to arrest the decline", "arrested the spread of"),
  not an arrest of people;
- a storm, flood, wave or earthquake of something abstract ("a storm of criticism", "a flood of
  complaints", "a political earthquake", "a landslide victory"), not of nature.

``unsensed`` blanks these words out, as ``figures.unfigured`` blanks killing words used as figures
of speech."""

from __future__ import annotations

import re

from sitrep.extract.events.case.lemmas import lemma_pattern
from sitrep.resources import noun_classes

NUMBER_WORD = (r"\d[\d,.]*|million|billion|trillion|thousand|hundred|dozens?|few|several|"
               r"one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a|per|the|its|"
               r"their|every|each")
# the countries whose money is a pound
POUND_LANDS = (r"British|English|Scottish|Egyptian|Syrian|Lebanese|Sudanese|South Sudanese|Irish|"
               r"Cypriot|Maltese|Israeli|Gibraltar|Manx|Jersey|Guernsey|Falkland|Falkland Islands|"
               r"St Helena|Saint Helena|sterling")
# a pound counted, priced or named by its country ("40 billion pounds", "the Syrian pound"), or
# pounds of something (group 1 or 2 is the pound)
POUND = re.compile(
    r"\b(?:" + NUMBER_WORD + r"|" + POUND_LANDS + r") (pounds?)\b(?!-)|"
    r"\b(pounds?)(?='s\b| (?:of|sterling|a|an|per|each|apiece)\b)",
    re.IGNORECASE)
# "deal" as a verb: dealing a blow, dealing with a matter
DEAL_VERB = re.compile(
    r"\b(?:deal|deals|dealt)(?= (?:(?:a|an|the|another|its|their|what)\s)?(?:[\w-]+ ){0,2}?"
    r"(?:blows?|setbacks?|hammer-?blows?|hands?)\b| with\b)",
    re.IGNORECASE)
SHELL_COMPANY = lemma_pattern(
    r"\bshell(?= (?:<company:N>|<firm:N>|<corporation:N>|<account:N>|<entity:N>|<bank:N>|"
    r"<structure:N>|<network:N>|<business:N>|<vehicle:N>|<outfit:N>|<scheme:N>)\b)")
# what can be leaked as information: documents, figures, recordings, names, plans
INFORMATION = (r"(?:<document:N>|<figure:N>|<report:N>|<memo:N>|<memorandum:N>|<email:N>|"
               r"<e-mail:N>|<letter:N>|<data>|<video:N>|<tape:N>|<recording:N>|information|"
               r"<detail:N>|<plan:N>|<draft:N>|<file:N>|<cable:N>|<transcript:N>|<audio:N>|"
               r"<photo:N>|<photograph:N>|<image:N>|<result:N>|<list:N>|<name:N>|<message:N>|"
               r"<chat:N>|<minute:N>|<budget:N>|<study:N>|<audit:N>|<dossier:N>|<paper:N>|"
               r"<note:N>|<text:N>|<footage:N>|<clip:N>|<proposal:N>|<verdict:N>|<question:N>|"
               r"<exam:N>|<score:N>|<contract:N>|<secret:N>)")
LEAK_WORD = r"(?:<leak>|<leaker:N>|<leakage:N>)"
INFO_LEAK = lemma_pattern(
    r"\b(?:" + INFORMATION + r" (?:\w+ ){0,3}?(?:was |were |had |has |have |had been |has been |"
    r"have been |being )?" + LEAK_WORD + r"|" + LEAK_WORD + r" (?:of )?(?:the |a |an |its |their |"
    r"his |her |this |these |some )?(?:[\w-]+ ){0,2}?" + INFORMATION + r"|" + LEAK_WORD +
    r" (?:\w+ ){0,3}?to (?:the )?(?:<press:N>|<media:N>|<reporter:N>|<journalist:N>|<newspaper:N>|"
    r"<website:N>|<outlet:N>|<broadcaster:N>|<paper:N>|<daily:N>))\b")
LEAKED = lemma_pattern(r"\b" + LEAK_WORD + r"\b")
# a trade's syndicate: a name of capitalised words, or a trade's plural possessive
TRADE_SYNDICATE = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|Their|His|Her) )(?:[A-Z][a-z]+s?'? |[a-z]+s' |"
    r"(?:[Pp]ress|[Bb]ar|[Ll]abou?r|[Tt]rade|[Uu]nion) )([Ss]yndicates?)\b")
# to arrest (stop) a process: the verb with a determiner and the object's head noun
ARREST_OBJECT = re.compile(
    r"\b(?:arrest|arrests|arrested|arresting) (?:the|a|an|its|their|this|that|any|further|"
    r"his|her|our) ((?:[a-z][a-z'-]* ?){1,3})", re.IGNORECASE)
FUNCTION = frozenset(("of", "in", "on", "at", "that", "which", "by", "and", "with", "to", "for",
                      "from", "who", "as", "after", "before", "over", "since", "about", "against",
                      "across", "into", "among", "through", "under", "between", "during", "but",
                      "or", "than", "is", "are", "was", "were", "has", "have", "had"))
PROCESS = frozenset(("process", "event", "phenomenon", "state", "time", "act", "attribute",
                     "cognition", "communication", "possession", "relation"))
NATURE = (r"(?:<storm:N>|<firestorm:N>|<flood:N>|<deluge:N>|<avalanche:N>|<tsunami:N>|"
          r"<earthquake:N>|<quake:N>|<hurricane:N>|<tornado:N>|<torrent:N>|<wave:N>|"
          r"<landslide:N>|<cyclone:N>|<eruption:N>|<inundation:N>|<typhoon:N>)")
# "political earthquake", "electoral tsunami", "a landslide victory"
NATURE_FIGURE = lemma_pattern(
    r"\b(?:(?<=political )|(?<=electoral )|(?<=diplomatic )|(?<=economic )|(?<=financial )|"
    r"(?<=social )|(?<=cultural )|(?<=media )|(?<=legal )|(?<=constitutional )|"
    r"(?<=perfect ))" + NATURE + r"\b|\b" + NATURE +
    r"(?= (?:<victory:N>|<win:N>|<triumph:N>|<defeat:N>|<majority:N>|<mandate:N>|<vote:N>|"
    r"<election:N>|<re-election:N>)\b)")
NATURE_OF = lemma_pattern(r"\b" + NATURE + r"(?= of )")
OF_PHRASE = re.compile(r" of ((?:[a-z][a-z'-]* ?){1,3})")
# what a storm or flood of is not nature: talk, acts, feelings, ideas, possessions
ABSTRACT = frozenset(("communication", "cognition", "act", "feeling", "attribute", "state",
                      "motive", "relation", "possession", "event"))


def _abstract(word: str) -> bool:
    return _class(word) in ABSTRACT


def _nature_of_abstract(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in NATURE_OF.finditer(text):
        of = OF_PHRASE.match(text, m.end())
        words = [] if of is None else of.group(1).lower().split()
        cut = next((n for n, w in enumerate(words) if w in FUNCTION), len(words))
        if cut and _abstract(words[cut - 1]):
            spans.append(m.span())
    return spans


def _class(word: str) -> str | None:
    classes = noun_classes()
    for form in (word, word[:-1] if word.endswith("s") else "",
                 word[:-2] if word.endswith("es") else "",
                 word[:-3] + "y" if word.endswith("ies") else ""):
        if form and form in classes:
            return classes[form]
    return None


LIVING = frozenset(("person", "animal", "group"))
OF_WHOM = re.compile(r"of (?:(?:the|a|an|its|their|his|her|our|these|those|some|\d[\d,]*)\s)*"
                     r"((?:[a-z][a-z'-]* ?){1,3})")


def _stopped_processes(text: str) -> list[tuple[int, int]]:
    """Spans of "arrest" whose object is a process ("arrest the decline of"), not people or a
    number of them ("arrested a number of suspects")."""
    spans = []
    for m in ARREST_OBJECT.finditer(text):
        words = m.group(1).lower().split()
        cut = next((n for n, w in enumerate(words) if w in FUNCTION), len(words))
        # the noun phrase must end within two words, at a function word or the text's end
        if not 0 < cut <= 2 or (cut == len(words) and m.end() < len(text.rstrip(" .")) - 1):
            continue
        if _class(words[cut - 1]) not in PROCESS or cut == 2 and _class(words[0]) in LIVING:
            continue
        if cut < len(words) and words[cut] == "of":
            whom = OF_WHOM.match(text.lower(), m.start(1) + len(" ".join(words[:cut])) + 1)
            rest = whom.group(1).split() if whom else []
            end = next((n for n, w in enumerate(rest) if w in FUNCTION), len(rest))
            found = [c for c in (_class(w.removesuffix("'s")) for w in rest[:end]) if c]
            if not found or found[-1] in LIVING:  # the head: the last word with a class
                continue
        spans.append((m.start(), m.start() + m.group(0).index(" ")))
    return spans


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(set(spans), reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def unsensed(text: str) -> str:
    """``text`` with its cue words of another sense blanked out (same length)."""
    lower = text.lower()
    spans: list[tuple[int, int]] = []
    if "pound" in lower:
        spans += [m.span(1) if m.group(1) else m.span(2) for m in POUND.finditer(text)]
    if "deal" in lower:
        spans += [m.span() for m in DEAL_VERB.finditer(text)]
    if "shell" in lower:
        spans += [m.span() for m in SHELL_COMPANY.finditer(text)]
    if "leak" in lower:
        for m in INFO_LEAK.finditer(text):
            spans += [(m.start() + w.start(), m.start() + w.end())
                      for w in LEAKED.finditer(m.group(0))]
    if "syndicate" in lower:
        spans += [m.span(1) for m in TRADE_SYNDICATE.finditer(text)]
    if "arrest" in lower:
        spans += _stopped_processes(text)
    if any(w in lower for w in ("storm", "flood", "deluge", "avalanche", "tsunami", "quake",
                                "hurricane", "tornado", "torrent", "wave", "landslide",
                                "cyclone", "eruption", "inundation", "typhoon")):
        spans += [m.span() for m in NATURE_FIGURE.finditer(text)]
        spans += _nature_of_abstract(text)
    return _blank(text, spans)
