"""Events: who did what to whom, typed in PLOVER 2.0, CAMEO and ACLED.

Modules:

- ``extractor``: the extractor: trigger words to event records
- ``lexicon``: the trigger lexicon
- ``actors``: actors and recipients from the dependency parse
- ``modes``: historical, future, hypothetical, negated; the date attached to a trigger
- ``merge``: one record per happening; confidence from support
- ``labels``: the CASE 2021 label set, cues and cue scores shared by the two modules below
- ``case_types``: snippet-level CASE 2021 typing: rules and the trained model
- ``case_model``: the trained linear layer over the rule cues
- ``tokens``: token look-ups without making spaCy tokens

The package exposes the extractor's ``VERSION`` and ``extract`` so that the pipeline runs
``extract.<kind>.extract(ctx)`` in one visible order (``sitrep.pipeline.EXTRACTORS``).
"""

from sitrep.extract.events.extractor import VERSION, extract

__all__ = ["VERSION", "extract"]
