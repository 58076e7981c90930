"""Batch execution: map a function over a stream of items, in order, in parallel.

Stages never see workers: the engine runs whole documents through the pipeline in worker
processes. `local` is a process pool on this machine; a Dask runner can follow its interface.
"""

from wasit.engine.local import map_ordered

__all__ = ["map_ordered"]
