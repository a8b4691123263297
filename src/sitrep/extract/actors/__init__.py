"""Actors: who is named in an article, coded with a country and a sector.

Modules:

- ``extractor``: the extractor: actor mentions in parsed sentences, in their order
- ``found``: what the extractor knows while it reads an article (``State``), token helpers
- ``people``: people (known, titled, former, surnames alone) and sentences not parsed
- ``groups``: groups (demonym or place with a group noun, countries, capitals, group nouns)
- ``code``: coding an actor phrase: country and sector
- ``names``: what an unknown proper name is (a person, a paper, a charity, a company)
- ``lexicon``: the actor lexicons and a phrase matcher over them
- ``where``: the country of a place an actor is named after, and of a context (GeoNames)

The package exposes the extractor's ``VERSION`` and ``extract`` so that the pipeline runs
``extract.<kind>.extract(ctx)`` in one visible order (``sitrep.pipeline.EXTRACTORS``).
"""

from sitrep.extract.actors.extractor import VERSION, extract

__all__ = ["VERSION", "extract"]
