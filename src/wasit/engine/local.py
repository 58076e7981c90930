"""A local process pool that keeps input order and a bounded number of items in flight.

`concurrent.futures.ProcessPoolExecutor.map` and `multiprocessing.Pool.imap` both read the
whole input iterator ahead of the workers, so memory would grow with the corpus. Here at
most `window` items are submitted at a time; results come back in input order.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def map_ordered(
    fn: Callable[[T], R],
    items: Iterable[T],
    workers: int = 1,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
    passthrough: Callable[[T], R | None] | None = None,
    window: int | None = None,
    preload: Sequence[str] = (),
) -> Iterator[R]:
    """Yield `fn(item)` for each item, in the order of `items`.

    With `workers <= 1` everything runs in this process (after calling `initializer`).
    `passthrough(item)`, when given and not None, is yielded in the item's place without
    sending it to a worker (e.g. inputs already known to be unreadable). `preload`: modules
    the worker server imports once, before it forks the workers.
    """
    if workers <= 1:
        if initializer is not None:
            initializer(*initargs)
        for item in items:
            done = passthrough(item) if passthrough else None
            yield done if done is not None else fn(item)
        return
    window = window or workers * 8
    # forkserver: workers are forked from a clean server process, not from this one, which
    # may run threads (a progress bar's refresher) whose locks a plain fork would copy held.
    ctx = mp.get_context("forkserver") if "forkserver" in mp.get_all_start_methods() else mp.get_context("spawn")
    if preload and ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(list(preload))
    pending: deque[Future[R] | R] = deque()
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=initializer, initargs=initargs) as pool:
        for item in items:
            done = passthrough(item) if passthrough else None
            pending.append(done if done is not None else pool.submit(fn, item))
            while len(pending) >= window or (pending and _ready(pending[0])):
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())


def _ready(x: object) -> bool:
    return not isinstance(x, Future) or x.done()


def _result(x: Future[R] | R) -> R:
    return x.result() if isinstance(x, Future) else x
