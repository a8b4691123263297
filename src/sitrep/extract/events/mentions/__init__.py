"""Mentions of one happening: where and when each mention places it, whether two mentions can
be one happening by their places and days, and what the fused event keeps (``keeps``)."""
