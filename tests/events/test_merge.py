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


def _told(etype: str, actor: list[str], recipient: list[str], sentence: int, rule: str) -> Event:
    return Event(etype, None, [ActorRef(c) for c in actor], [ActorRef(c) for c in recipient],
                 evidence=[Evidence(sentence, 0, 1, "x", rule, "x")])  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "kept"),
    [
        # «واتُّهمت القوات المتمردة بارتكاب فظائع» after «اتهم الرئيس نائبه …»: a new accusation
        ("trigger:ACCUSE/allege:verb:default recipient:passive-subject", 2),
        ("trigger:ACCUSE/allege:verb:default actor:vso recipient:accused-alone", 2),
        # «الاتهام» named again by its noun: the same accusation
        ("trigger:ACCUSE/allege:noun:default recipient:genitive", 1),
        # «وأسفر عن مقتل …», «الذي استهدف …»: the event told before, not a new one
        ("trigger:ACCUSE/allege:verb:default result-idiom recipient:passive-subject", 1),
        ("trigger:ACCUSE/allege:verb:default relative-clause,recipient:passive-subject", 1),
    ],
)
def test_a_passive_without_its_doer_is_a_new_event(rule: str, kept: int) -> None:
    first = _told("ACCUSE", ["SSD:GOV"], ["SSD:REB"], 0, "trigger:ACCUSE/allege:noun:default actor:genitive")
    again = _told("ACCUSE", [], ["SSD:REB"], 3, rule)
    assert len(merge_events([first, again])) == kept


@pytest.mark.parametrize(
    ("statuses", "kept"),
    [
        (("requested", "asserted"), 2),  # «طالبت بالإفراج عن الأسرى» … «أفرجت عن الأسرى»
        (("requested", "planned"), 1),  # asked for, then planned: one event to come
        (("planned", "asserted"), 1),
    ],
)
def test_a_demand_and_the_deed_are_two_events(statuses: tuple[str, str], kept: int) -> None:
    a = _told("RETREAT", ["ISR:GOV"], ["PSE:CVL"], 0, "trigger:RETREAT/release:noun:default")
    b = _told("RETREAT", ["ISR:GOV"], ["PSE:CVL"], 2, "trigger:RETREAT/release:verb:default")
    a.status, b.status = statuses
    assert len(merge_events([a, b])) == kept


def test_talks_held_during_it_join_the_latest_call() -> None:
    from wasit.events.merge import DURING_PREVIOUS

    first = _told("CONSULT", ["SAU:GOV"], ["JOR:GOV"], 0, "trigger:CONSULT/phone:noun:default")
    second = _told("CONSULT", ["YEM:GOV"], ["SAU:GOV"], 1, "trigger:CONSULT/phone:noun:default")
    talks = _told("CONSULT", ["SAU:MIL"], ["SAU:GOV"], 1, f"trigger:CONSULT:noun:default {DURING_PREVIOUS}")
    talks.mediator = [ActorRef("YEM:GOV")]
    merged = merge_events([first, second, talks])
    assert len(merged) == 2 and len(merged[1].evidence) == 2
    assert [a.code for a in merged[1].actor] == ["YEM:GOV"] and not merged[1].mediator


def test_a_side_read_from_a_place_gives_way_to_the_same_country_with_its_sector() -> None:
    by_place = _told("THREATEN", ["IMG:REB"], ["PSE"], 0, "trigger:THREATEN:noun:default recipient:default-location")
    named = _told("THREATEN", ["IMG:REB"], ["PSE:REB"], 1, "trigger:THREATEN:noun:default recipient:prep:ل")
    merged = merge_events([by_place, named])
    assert len(merged) == 1 and [r.code for r in merged[0].recipient] == ["PSE:REB"]
