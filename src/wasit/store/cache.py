"""A small cache of query results, valid while the database's articles do not change.

The web explorer's aggregate views (overview, actor pages, network, figures) read the whole
database; they are computed once per database state and reused. The state is a fingerprint
read from the database itself at each lookup (number of articles, largest id, latest
`coded_at`), so an article added, removed or re-coded by another process invalidates it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


def fingerprint(conn: sqlite3.Connection) -> tuple[Any, ...]:
    """What identifies the current contents of the database behind `conn`."""
    path = conn.execute("PRAGMA database_list").fetchone()[2] or f"memory:{id(conn)}"
    row = conn.execute("SELECT COUNT(*), MAX(id), MAX(coded_at) FROM articles").fetchone()
    return (path, *tuple(row))


class ResultCache:
    """Least-recently-used results keyed by (database fingerprint, key). Thread-safe."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, conn: sqlite3.Connection, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached result of `key` for the database's current state, else `compute()`
        (stored for next time)."""
        k = (fingerprint(conn), key)
        with self._lock:
            if k in self._items:
                self._items.move_to_end(k)
                return self._items[k]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            self._items[k] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        """Forget every result."""
        with self._lock:
            self._items.clear()
