"""Running ingests: local (one process, ``local``), scale-out on Dask (``distributed`` and its
``shards``), and the progress display of long runs (``progress``).
"""
