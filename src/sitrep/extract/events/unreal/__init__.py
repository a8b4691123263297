"""Acts a sentence names but does not report as done, beyond the auxiliaries and governing verbs
that ``modes`` reads: a report shown false, recanted or ruled out (``disproved``: negated), and
an act named only as a case that may arise ("in case of an attack", "the risk of a strike",
"any attack would be met with force": ``contingent``, hypothetical)."""
