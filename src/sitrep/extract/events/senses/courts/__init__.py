"""Senses of trigger words in courts and legal proceedings: the crime a legal step is about is not
reported by it (``legal``), and court and council words read with the wrong type (``verdicts``)."""
