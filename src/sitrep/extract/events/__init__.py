"""Events: who did what to whom, typed in PLOVER 2.0, CAMEO and ACLED.

Modules:

- ``extractor``: the extractor: trigger words to event records
- ``lexicon``: the trigger lexicon
- ``roles/``: actors and recipients from the dependency parse
- ``senses/``: what a trigger's arguments say of its sense (figurative, topic, everyday)
- ``modes``, ``modal_cues``, ``submodes``: historical, future, hypothetical, negated; the date
  attached to a trigger; PLOVER modes from a trigger's arguments
- ``merge``, ``corefer``: one record per happening; confidence from support
- ``case``: snippet-level CASE 2021 typing: rules, the trained model over them (``case.rules``,
  ``case.model``) and the ACLED labels each PLOVER type may carry (``case.acled``)
- ``tokens``: token look-ups without making spaCy tokens

The package exposes the extractor's ``VERSION`` and ``extract`` so that the pipeline runs
``extract.<kind>.extract(ctx)`` in one visible order (``sitrep.pipeline.EXTRACTORS``).
"""

from sitrep.extract.events.extractor import VERSION, extract

__all__ = ["VERSION", "extract"]
