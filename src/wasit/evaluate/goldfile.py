"""Reading and checking files in the gold format of the annotation guidelines.

A gold file and a system's output have the same shape: JSON Lines, one document a line, with
`doc_id`, `events` and `claims`. Everything is checked before anything is scored; the first
problem stops the reading with `FILE:LINE` and the reason, worded as the reference scorer
(`../shared/tools/score.py`) words it, so that the two point at the same place.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wasit.doc import CLAIM_CATEGORIES, EVENT_TYPES, QUALIFIERS, STATUSES
from wasit.errors import WasitError

#: Types whose two sides are compared as one pool (who is actor and who recipient is free).
POOLED_TYPES: frozenset[str] = frozenset({"CONSULT", "AGREE", "COOPERATE"})

_CODE = re.compile(r"[A-Z]{3}(?::[A-Z]{3})?", re.ASCII)
_ONE_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)


class GoldFormatError(WasitError):
    """A gold or prediction file breaks the format. `where` is `FILE:LINE` and context."""

    code = "E030"

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")

    @property
    def file_line(self) -> str:
        """The `FILE:LINE` part of `where` (the context after it left out)."""
        return self.where.split(" ", 1)[0]


@dataclass(frozen=True, slots=True)
class Party:
    """One actor of an event side: its country, its sector (or None) and its name (or None)."""

    country: str
    sector: str | None = None
    name: str | None = None


@dataclass(slots=True)
class GoldEvent:
    """An event as the scorer sees it. `raw` keeps the object as read (for error reports)."""

    type: str
    mode: Any
    status: str | None
    date: str | None
    quote: str
    actor: tuple[Party, ...]
    recipient: tuple[Party, ...]
    mediator: tuple[Party, ...]
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class GoldClaim:
    """A claim as the scorer sees it: (category, value or (low, high)), qualifier, countries."""

    category: str
    amount: int | tuple[int, int]
    qualifier: str
    attributed_to: frozenset[str]
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, int | tuple[int, int]]:
        return (self.category, self.amount)


@dataclass(slots=True)
class GoldDoc:
    doc_id: str
    events: list[GoldEvent] = field(default_factory=list)
    claims: list[GoldClaim] = field(default_factory=list)


def is_iso_date(value: str) -> bool:
    """`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `START/END` of those, naming real days."""
    parts = value.split("/")
    if len(parts) > 2:
        return False
    for part in parts:
        m = _ONE_DATE.fullmatch(part)
        if m is None:
            return False
        year, month, day = (int(g) if g else 1 for g in m.groups())
        try:
            datetime.date(year, month, day)
        except ValueError:
            return False
    return True


def _hashable_in(value: Any, allowed: Iterable[Any]) -> bool:
    try:
        return value in set(allowed)
    except TypeError:  # a list or an object where a word was expected
        return False


def parse_side(side: Any, where: str) -> tuple[Party, ...]:
    """A side as parties; accepts "USA:GOV", {"code": ...}, {"code": "USA", "sector": "GOV"},
    one of those alone or a list of them; None is an empty side."""
    if side is None:
        return ()
    if isinstance(side, str | dict):
        side = [side]
    if not isinstance(side, list):
        raise GoldFormatError(where, f"a side must be a list of actors, got {type(side).__name__}")
    parties: list[Party] = []
    for item in side:
        name: Any = None
        if isinstance(item, dict):
            code, name = item.get("code"), item.get("name")
            if code and item.get("sector") and ":" not in str(code):
                code = f"{code}:{item['sector']}"
        else:
            code = item
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            raise GoldFormatError(
                where, f"actor code {code!r} is not CCC or CCC:SEC (three capital letters each)"
            )
        country, _, sector = code.partition(":")
        clean_name = name if isinstance(name, str) and name.strip() else None
        parties.append(Party(country, sector or None, clean_name))
    return tuple(parties)


def parse_event(obj: Any, where: str) -> GoldEvent:
    if not isinstance(obj, dict):
        raise GoldFormatError(where, "an event must be an object")
    etype = obj.get("type")
    if not _hashable_in(etype, EVENT_TYPES):
        raise GoldFormatError(where, f"type {etype!r} is not one of the 16 PLOVER types")
    status = obj.get("status")
    if status is not None and not _hashable_in(status, STATUSES):
        raise GoldFormatError(where, f"status {status!r} is not one of {sorted(STATUSES)}")
    date = obj.get("date")
    if date is not None and not (isinstance(date, str) and is_iso_date(date)):
        raise GoldFormatError(
            where,
            f"date {date!r} is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD, or START/END) or null",
        )
    return GoldEvent(
        type=str(etype),
        mode=obj.get("mode"),
        status=status,
        date=date,
        quote=str(obj.get("quote") or ""),
        actor=parse_side(obj.get("actor"), where + " actor"),
        recipient=parse_side(obj.get("recipient"), where + " recipient"),
        mediator=parse_side(obj.get("mediator"), where + " mediator"),
        raw=obj,
    )


def _as_int(x: Any) -> Any:
    """JSON writes 3.0 for 3 sometimes; a whole float counts as the integer."""
    return int(x) if isinstance(x, float) and x.is_integer() else x


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def parse_claim(obj: Any, where: str) -> GoldClaim:
    if not isinstance(obj, dict):
        raise GoldFormatError(where, "a claim must be an object")
    category = obj.get("category")
    if not _hashable_in(category, CLAIM_CATEGORIES):
        raise GoldFormatError(
            where, f"category {category!r} is not one of {sorted(CLAIM_CATEGORIES)}"
        )
    value = _as_int(obj.get("value"))
    amount: int | tuple[int, int]
    if value is not None:
        if not _is_int(value):
            raise GoldFormatError(
                where, f"value {value!r} must be an integer, or null with a range"
            )
        amount = value
    else:
        rng = obj.get("range")
        if isinstance(rng, list):
            rng = [_as_int(x) for x in rng]
        if not (isinstance(rng, list) and len(rng) == 2 and all(_is_int(x) for x in rng)):
            raise GoldFormatError(
                where, "a claim with value null needs range [low, high] (e.g. عشرات -> [20, 99])"
            )
        amount = (rng[0], rng[1])
    qualifier = obj.get("qualifier")
    if qualifier is not None and not _hashable_in(qualifier, QUALIFIERS):
        raise GoldFormatError(where, f"qualifier {qualifier!r} is not one of {sorted(QUALIFIERS)}")
    attributed = parse_side(obj.get("attributed_to"), where + " attributed_to")
    return GoldClaim(
        category=str(category),
        amount=amount,
        qualifier=qualifier or "exact",
        attributed_to=frozenset(p.country for p in attributed),
        raw=obj,
    )


def _items(obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = obj.get(key) or []
    if isinstance(value, dict | str):
        # iterated as keys or characters: each is then refused as "not an object"
        return list(value)
    if not isinstance(value, list):
        raise GoldFormatError(where, f"{key} must be a list, got {type(value).__name__}")
    return value


def parse_document(obj: Any, where: str) -> GoldDoc:
    """One line of a gold or prediction file, checked."""
    if not isinstance(obj, dict) or "doc_id" not in obj:
        raise GoldFormatError(where, "no doc_id")
    events = [
        parse_event(e, f"{where} event {i}") for i, e in enumerate(_items(obj, "events", where))
    ]
    claims = [
        parse_claim(c, f"{where} claim {i}") for i, c in enumerate(_items(obj, "claims", where))
    ]
    return GoldDoc(str(obj["doc_id"]), events, claims)


def parse_documents(objects: Iterable[tuple[str, Any]]) -> dict[str, GoldDoc]:
    """Documents from (where, object) pairs; a doc_id seen twice is an error."""
    docs: dict[str, GoldDoc] = {}
    for where, obj in objects:
        doc = parse_document(obj, where)
        if doc.doc_id in docs:
            raise GoldFormatError(where, f"doc_id {doc.doc_id!r} appears twice")
        docs[doc.doc_id] = doc
    return docs


def read_jsonl_objects(path: str | Path) -> Iterator[tuple[str, Any]]:
    """(`FILE:LINE`, parsed JSON) for each non-blank line of a JSON Lines file, lazily, so
    that a problem is reported at the first line that has one, whatever its kind."""
    shown = str(path)
    try:
        with Path(path).open(encoding="utf-8") as f:
            lines = list(f)  # text mode: lines end at \n, \r\n or \r, as JSON Lines readers do
    except UnicodeDecodeError as e:
        raise GoldFormatError(shown, f"not UTF-8: {e}") from e
    except OSError as e:
        raise GoldFormatError(shown, f"cannot read: {e.strerror}") from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{shown}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldFormatError(where, f"not JSON: {e}") from e
        yield where, obj


def load_gold(path: str | Path) -> dict[str, GoldDoc]:
    """A gold or prediction file, checked line by line (see `GoldFormatError`)."""
    return parse_documents(read_jsonl_objects(path))
