"""Dates: temporal expressions found by a regex grammar and normalised against the publication date.

Modules:

- ``extractor``: the extractor: ``extract(ctx) -> list[When]``
- ``timex``: the grammar: ``find_timexes``
- ``norm``: normalising one match
- ``calendar``: month and weekday names, number words, calendar arithmetic
- ``gates``: cheap scans that skip patterns which cannot match
- ``tense``: the tense of the clause around an expression
- ``rates``: whether "a year" is a rate ("$40 a year"), an ordinal ("a second") or a span
- ``ranges``: ranges that run forward and clock times that take the day named next to them
- ``record``: ``Timex``, the record each rule produces

The package exposes the extractor's ``VERSION`` and ``extract`` so that the pipeline runs
``extract.<kind>.extract(ctx)`` in one visible order (``sitrep.pipeline.EXTRACTORS``).
"""

from sitrep.extract.dates.extractor import VERSION, extract

__all__ = ["VERSION", "extract"]
