"""Senses of trigger words in public and legal life: courts and charges (``legal``), councils
and ordinary people's opinions (``civic``, ``opinions``), releases and discharges
(``discharge``), disputes and figurative fights (``disputes``)."""
