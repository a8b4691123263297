"""CASE 2021 event-type labels of a sentence: the rules (``rules``), the trained layer over them
(``model``) and which ACLED labels each PLOVER type and mode may carry (``acled``)."""
