"""Language processing before extraction: model loading, the faster model components, sentence
segmentation and selection.

Modules, in the order an article meets them:

- ``segment``: cheap sentence segmentation with character offsets (no parser);
- ``select``: which sentences are worth parsing (recall-safe; ``sitrep eval selection``);
- ``regex_gate``: the words a regular expression cannot match without (a cheap test first);
- ``model``: the spaCy pipeline, one per process, loaded once, with the components below;
- ``rules``, ``embed``, ``encoder``, ``ner``, ``parser``: faster stand-ins for spaCy's attribute
  ruler and lemmatizer, token embeddings, convolution layers, entity decoder and parser decoder.

What is sped up, and how sameness is checked: every stand-in computes the same thing as the
installed model in fewer steps (``model``'s docstring says how each one does it). The tests in
``tests/nlp/`` run spaCy's own pipeline and ours on the same news sentences and compare the
decisions exactly (tags, morphology, lemmas, heads, dependency labels, entities), and the vectors
to within float32 rounding. To change the parser batch, see ``sitrep.pipeline.PARSE_BATCH``; to
change how a component computes, change its module here and run ``pytest tests/nlp``.
"""
