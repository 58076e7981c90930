"""A local process pool that keeps input order and a bounded number of items in flight.

`concurrent.futures.ProcessPoolExecutor.map` and `multiprocessing.Pool.imap` both read the
whole input iterator ahead of the workers, so memory would grow with the corpus. Here at
most `window` items are submitted at a time; results come back in input order.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
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
) -> Iterator[R]:
    """Yield `fn(item)` for each item, in the order of `items`.

    With `workers <= 1` everything runs in this process (after calling `initializer`).
    `passthrough(item)`, when given and not None, is yielded in the item's place without
    sending it to a worker (e.g. inputs already known to be unreadable).

    Workers exit by themselves when this process dies, even by SIGKILL (see `_watch_parent`).
    """
    if workers <= 1:
        if initializer is not None:
            initializer(*initargs)
        for item in items:
            done = passthrough(item) if passthrough else None
            yield done if done is not None else fn(item)
        return
    window = window or workers * 8
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")
    pending: deque[Future[R] | R] = deque()
    with ProcessPoolExecutor(
        workers, mp_context=ctx, initializer=_worker_init, initargs=(os.getpid(), initializer, initargs)
    ) as pool:
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


def _worker_init(parent: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="wasit-parent-watch").start()
    if initializer is not None:
        initializer(*initargs)


def _watch_parent(parent: int, every: float = 0.5) -> None:
    """Exit this worker when its parent is gone. A pool's workers otherwise outlive a parent
    killed with SIGKILL: they wait forever on a task queue whose write end they hold too."""
    while True:
        time.sleep(every)
        if os.getppid() != parent:
            os._exit(1)
