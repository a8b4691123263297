"""The article as ``corefer.fuse`` reads it: the trigger token of each event from its sentence's
parse, the sentence it lies in, whether the first line is a headline or the title, and which
events are dated only by their report or placed only where no act took place."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from sitrep.extract.context import Context, Sentence
from sitrep.extract.events.mentions.keeps import own_day, own_places
from sitrep.extract.events.mentions.lines import wrapped_line
from sitrep.extract.events.mentions.sayings import saying_day
from sitrep.extract.events.mentions.scenes import off_scene
from sitrep.extract.events.tokens import Offsets
from sitrep.records import Event

HEADLINE_WORDS = 14  # news headlines are short; a story's first sentence is rarely this short


class ArticleTokens:
    """The trigger token of an event, from its sentence's parse (``Offsets`` once per doc)."""

    def __init__(self, ctx: Context) -> None:
        self.sentences = ctx.sentences
        self.starts = [s.start for s in ctx.sentences]
        self.offsets: dict[int, Offsets] = {}
        self.text = ctx.article.text
        self.title = ctx.article.title
        self.said: set[int] = set()  # ids of events dated only by the day of their report
        self.off: set[int] = set()  # ids of events placed only where no act took place

    def mark_said(self, events: list[Event]) -> None:
        """Note the events whose day is that of the statement reporting them as done before it
        ("said on Friday that air strikes had killed dozens": ``sayings.saying_day``)."""
        for event in events:
            if own_day(event) is not None and event.when is not None and saying_day(
                    self.trigger(event), self.at(event.when.evidence.start)):
                self.said.add(id(event))
            places = own_places(event)
            if places and all(off_scene(self.at(p.evidence.start), self.trigger(event))
                              for p in places):
                self.off.add(id(event))

    def headline(self) -> bool:
        """The article's first sentence is a headline: a short line (``HEADLINE_WORDS`` words at
        most), not the long first sentence of a story that begins without a title."""
        first = self.sentences[0] if self.sentences else None
        return first is not None and len(first.text.split()) <= HEADLINE_WORDS

    def title_line(self) -> bool:
        """The first sentence is a headline on a line of its own (the story starts below it)."""
        if not self.headline():
            return False
        end = self.sentences[0].end
        return self.text[end:end + 8].lstrip(" \t\r").startswith("\n")

    def on_first_line(self, event: Event) -> bool:
        """The event's trigger lies on the article's first line, a short line of its own that
        the sentence splitter ran into the next ("Police blotter: Stabbing on West Side\nThe
        Daily Mail staff"): a title."""
        end = self.text.find("\n")
        return 0 <= event.trigger.start < end and len(self.text[:end].split()) <= \
            HEADLINE_WORDS and not wrapped_line(self.text, end)  # not "... post near\nCucuta"

    def is_title(self) -> bool:
        """The first sentence is the article's title: a headline on a line of its own, or the
        record's ``title`` run into its text ("Man shot in Luton. A man was shot ...")."""
        if self.title_line():
            return True
        title = (self.title or "").strip().rstrip(".!?").strip()
        first = self.sentences[0].text.strip().rstrip(".!?").strip() if self.sentences else ""
        return bool(title) and first == title

    def at(self, char: int) -> Token | None:
        """The token at a character offset of the article."""
        sentence = self.sentences[bisect_right(self.starts, char) - 1] if self.starts else None
        if sentence is None or sentence.doc is None or not sentence.start <= char < sentence.end:
            return None
        if id(sentence.doc) not in self.offsets:
            self.offsets[id(sentence.doc)] = Offsets(sentence.doc)
        return self.offsets[id(sentence.doc)].token_at(char - sentence.start)

    def sentence_of(self, event: Event) -> int:
        return bisect_right(self.starts, event.trigger.start) - 1

    def trigger(self, event: Event) -> Token | None:
        index = self.sentence_of(event)
        sentence: Sentence | None = self.sentences[index] if index >= 0 else None
        if sentence is None or sentence.doc is None:
            return None
        doc = sentence.doc
        if id(doc) not in self.offsets:
            self.offsets[id(doc)] = Offsets(doc)
        return self.offsets[id(doc)].token_at(event.trigger.start - sentence.start, slack=1)
