"""Benchmarks: throughput of the whole pipeline against plain spaCy in the same run
(``throughput``, ``sitrep bench``) and the wall time per stage (``stages``).
"""
