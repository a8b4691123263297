"""Exports of the store to files: ``events`` (ACLED-style CSV and PLOVER-style JSON Lines, one row
per event mention).
"""
