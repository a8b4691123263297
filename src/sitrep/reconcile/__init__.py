"""Reconciling records across mentions and articles: ``tallies`` (what the casualty claims of
many reports add up to).
"""
