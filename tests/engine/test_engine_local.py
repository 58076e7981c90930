from __future__ import annotations

import pytest

from wasit.engine import map_ordered


def _square(x: int) -> int:
    return x * x


@pytest.mark.parametrize("workers", [1, 2])
def test_order_is_kept_and_passthrough_skips_workers(workers: int) -> None:
    out = list(map_ordered(_square, range(50), workers=workers, passthrough=lambda x: -1 if x % 7 == 0 else None, window=4))
    assert out == [-1 if x % 7 == 0 else x * x for x in range(50)]


def test_input_is_not_read_far_ahead() -> None:
    seen: list[int] = []

    def items() -> object:
        for i in range(100):
            seen.append(i)
            yield i

    it = map_ordered(_square, items(), workers=2, window=4)  # type: ignore[arg-type]
    next(it)
    assert len(seen) <= 5
    assert list(it) == [x * x for x in range(1, 100)]
