"""Places: toponyms in the parsed sentences, resolved to GeoNames records.

Modules:

- ``extractor``: the extractor: mentions from entities and proper nouns
- ``mention``: the ``Mention`` record and gazetteer candidate look-ups shared by the modules below
- ``names``: names that are not a gazetteer entry as written: demonyms, abbreviations, campuses, facilities
- ``resolve``: choosing one gazetteer record per mention over the whole document: this decides a place's coordinates
- ``rules``: acronyms, bare county names, state versus city, stray hamlets
- ``capitals``: towns written in capitals as a dateline ("DAYTON — ..."), which the parser misses

The package exposes the extractor's ``VERSION`` and ``extract`` so that the pipeline runs
``extract.<kind>.extract(ctx)`` in one visible order (``sitrep.pipeline.EXTRACTORS``).
"""

from sitrep.extract.places.extractor import VERSION, extract

__all__ = ["VERSION", "extract"]
