"""Readers and scorers for the evaluation data sets (read from outside the package)."""
