"""Senses of trigger words in ordinary life and commerce, not conflict events: games and sport
(``games``), aims and targets of business (``aims``), markets and money (``markets``),
permissions (``permits``) and personal life (``personal``)."""
