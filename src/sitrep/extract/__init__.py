"""Extractors: plain functions ``extract(ctx: Context) -> list[record]`` over parsed sentences.

Each module has a ``VERSION`` (``sitrep.<kind>.vN``) stored with every record it makes.
"""
