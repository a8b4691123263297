"""Casualty claims: who suffered what, how many, over which period, according to whom.

Modules:

- ``extractor``: the extractor: one claim per outcome and quantity
- ``links``: outcome words, quantities and which outcome each quantity belongs to
- ``numbers``: quantities: digits, number words, ranges, bounds, vague words
- ``victims``: victim category and side
- ``attribution``: who claims a figure (and whom a reporting pronoun stands for)
- ``antecedents``: victims, side and claimant told by the context ("12 of its members", "the
  four", a headline's claimant, a competing toll, "respectively")
- ``sides``: the side told by the armed group or the state force the context names
- ``deeds``: victims told by what they were doing (protesting) or where they were arrested
- ``cues``: outcome words beyond the lexicon's forms (nominals, hospital stays, "V to death")
- ``extra``: single victims and sub-groups with no number written
- ``shooting``: whether a person shot was wounded or killed
- ``periods``: the period a claim covers; whether it is history, or tells of nothing that
  happened (a modal or a condition, a rate such as "a year", "simulated the evacuation of")

The package exposes the extractor's ``VERSION`` and ``extract`` so that the pipeline runs
``extract.<kind>.extract(ctx)`` in one visible order (``sitrep.pipeline.EXTRACTORS``).
"""

from sitrep.extract.claims.extractor import VERSION, extract

__all__ = ["VERSION", "extract"]
