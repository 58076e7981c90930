"""Merging repeats: one event per distinct event per document."""

from __future__ import annotations

import pytest

from wasit.doc import ActorRef, Event, Evidence
from wasit.events.merge import merge_events


def _ev(mode: str | None, actor: list[str], recipient: list[str], sentence: int) -> Event:
    return Event("ASSAULT", mode, [ActorRef(c) for c in actor], [ActorRef(c) for c in recipient],
                 evidence=[Evidence(sentence, 0, 1, "x", "rule", "x")])  # fmt: skip


@pytest.mark.parametrize(
    ("second_sentence", "expected"),
    [(0, [("abduct", ["PSE:REB"], ["ISR"])]),  # «الهجوم الذي شنته حماس … تم اختطاف 250 شخصا»
     (3, [(None, ["PSE:REB"], ["ISR"]), ("abduct", ["ISR:MIL"], [])])],  # another sentence: kept apart
)  # fmt: skip
def test_attack_and_abduction_in_one_sentence_are_one_attack(
    second_sentence: int, expected: list[tuple[str | None, list[str], list[str]]]
) -> None:
    merged = merge_events([_ev(None, ["PSE:REB"], ["ISR"], 0), _ev("abduct", ["ISR:MIL"], [], second_sentence)])
    assert [(e.mode, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in merged] == expected
