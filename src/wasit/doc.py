"""The document object that flows through every stage.

One `Doc` per input article. Stages add layers to it (see `wasit.pipeline`); none removes
another stage's layer. All character offsets of sentences, mentions, events and claims are
offsets into `Doc.clean_text`; offsets of `Removed` spans are offsets into `Doc.raw_text`.
`Doc.clean_map` maps a clean-text offset back to the raw text when a user wants to audit.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from wasit.ar.normalize import normalize

#: The PLOVER event types (manual v0.8), in the order of the guidelines.
EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
STATUSES: tuple[str, ...] = ("asserted", "planned", "requested", "negated", "hypothetical")
#: Sectors of people named by a plain noun («المدنيين»، «الصحفيين»، «اللاجئين»): coded from
#: their sentence's place or the text's country, and told apart from the institutions beside them.
PLAIN_PEOPLE_SECTORS: frozenset[str] = frozenset({"CVL", "REF", "JRN"})
CLAIM_CATEGORIES: tuple[str, ...] = (
    "killed", "injured", "held", "released", "detained", "displaced", "abducted",
)  # fmt: skip
QUALIFIERS: tuple[str, ...] = ("exact", "about", "more_than", "less_than", "at_least")


@dataclass(slots=True)
class Removed:
    """A span of the raw text the cleaner dropped, and why (for `wasit show`)."""

    start: int
    end: int
    reason: str
    text: str


@dataclass(slots=True)
class Sentence:
    """A sentence of the cleaned text: `clean_text[start:end] == text`."""

    idx: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention:
    """An actor mention found in the cleaned text and resolved to a code.

    `code` is `CCC` or `CCC:SEC`; `name` is a canonical English name for a named person or
    organisation, else None. `kind` is one of person, org, country, institution, group, role.
    `resolved_by` says how the code was found: kb, pattern, title, coref, user.
    """

    start: int
    end: int
    text: str
    code: str
    kind: str
    sentence: int = -1
    name: str | None = None
    actor_id: str | None = None
    resolved_by: str = "kb"
    antecedent: int | None = None  # index in Doc.mentions of the mention this one refers to
    members: list[str] = field(default_factory=list)  # a bloc's states named in the text

    @property
    def country(self) -> str:
        """The country part of the code (`QAT` of `QAT:GOV`)."""
        return self.code.split(":", 1)[0]

    @property
    def sector(self) -> str | None:
        """The sector part of the code (`GOV` of `QAT:GOV`), None for a bare country."""
        parts = self.code.split(":", 1)
        return parts[1] if len(parts) == 2 else None


@dataclass(slots=True)
class Timex:
    """A time expression of the cleaned text, resolved where it can be.

    `value` is an ISO date as precise as the text allows (`2022-10-13`, `2022-10`, `2023`) or
    an interval `START/END`; None when it cannot be resolved (a relative date without a
    publication date), and then `note` says why. `kind`: absolute, relative, hijri, weekday.
    """

    start: int
    end: int
    text: str
    value: str | None
    kind: str
    sentence: int = -1
    note: str | None = None  # why `value` is None or how it was inferred


@dataclass(slots=True)
class ActorRef:
    """One actor of an event side, as the gold format writes it."""

    code: str
    name: str | None = None
    mention: int | None = None  # index in Doc.mentions

    def to_gold(self) -> dict[str, Any] | str:
        """The gold format's form: `{"code", "name"}` when a name is known, else the bare code."""
        return {"code": self.code, "name": self.name} if self.name else self.code


@dataclass(slots=True)
class Evidence:
    """Where an event or claim was read: a sentence, a span of it, the trigger and the rule."""

    sentence: int
    start: int
    end: int
    trigger: str
    rule: str
    quote: str


@dataclass(slots=True)
class Event:
    """A coded PLOVER event with this project's additions (mediator, status, evidence)."""

    type: str
    mode: str | None = None
    actor: list[ActorRef] = field(default_factory=list)
    recipient: list[ActorRef] = field(default_factory=list)
    mediator: list[ActorRef] = field(default_factory=list)
    status: str = "asserted"
    date: str | None = None
    date_source: str | None = None  # "text", "lead" (the lead's news date), "publication" or None
    location: str | None = None
    attribution: list[str] = field(default_factory=list)  # source chain, nearest first
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 1.0

    @property
    def quote(self) -> str:
        """The quoted Arabic of the first evidence ("" without evidence)."""
        return self.evidence[0].quote if self.evidence else ""

    def to_gold(self) -> dict[str, Any]:
        """The event as the gold format writes it (with trigger, rule and offsets)."""
        ev = self.evidence[0] if self.evidence else None
        return {
            "type": self.type,
            "mode": self.mode,
            "actor": [a.to_gold() for a in self.actor],
            "recipient": [a.to_gold() for a in self.recipient],
            "mediator": [a.to_gold() for a in self.mediator],
            "status": self.status,
            "date": self.date,
            "date_source": self.date_source,
            "location": self.location,
            "quote": self.quote,
            "attribution": self.attribution,
            "trigger": ev.trigger if ev else None,
            "rule": ev.rule if ev else None,
            "offsets": [ev.start, ev.end] if ev else None,
        }


@dataclass(slots=True)
class Claim:
    """A numeric claim: how many were killed, held, released … and who says so."""

    category: str
    value: int | None
    range: tuple[int, int] | None = None
    qualifier: str = "exact"
    group: str | None = None
    attributed_to: str | None = None
    date: str | None = None
    location: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def quote(self) -> str:
        """The quoted Arabic of the first evidence ("" without evidence)."""
        return self.evidence[0].quote if self.evidence else ""

    def to_gold(self) -> dict[str, Any]:
        """The claim as the gold format writes it."""
        return {
            "category": self.category,
            "value": self.value,
            "range": list(self.range) if self.range else None,
            "qualifier": self.qualifier,
            "group": self.group,
            "attributed_to": self.attributed_to,
            "date": self.date,
            "location": self.location,
            "quote": self.quote,
        }


@dataclass(slots=True)
class Doc:
    """An article and every layer the stages add to it."""

    raw_text: str
    doc_id: str = ""
    title: str | None = None
    url: str | None = None
    source: str | None = None
    pub_date: str | None = None  # ISO date (YYYY-MM-DD) or None
    origin: str | None = None  # "file:line" the article was read from
    clean_text: str = ""
    clean_map: list[tuple[int, int, int]] = field(default_factory=list)  # (clean, raw, length)
    removed: list[Removed] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # attacks and protests the sentence model detected but whose sides could not be read: not
    # events (the guidelines code none without a side), kept for sentence-level detection
    detections: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    layers: set[str] = field(default_factory=lambda: {"raw_text"})
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The text later stages read: the cleaned text once the cleaner ran, else the raw."""
        return self.clean_text if "clean_text" in self.layers else self.raw_text

    @property
    def content_hash(self) -> str:
        """Identity of the article: a hash of its normalised text and its url where given."""
        key = " ".join(normalize(self.raw_text).split())
        if self.url:
            key = self.url.strip() + "\n" + key
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def raw_offset(self, clean_offset: int) -> int:
        """Map an offset of the cleaned text back to the raw text."""
        for c_start, r_start, length in self.clean_map:
            if c_start <= clean_offset <= c_start + length:
                return r_start + (clean_offset - c_start)
        return clean_offset

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds the clean-text `offset`, else None."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def to_gold(self) -> dict[str, Any]:
        """One line of the gold format of the annotation guidelines (extra fields allowed)."""
        return {
            "doc_id": self.doc_id,
            "pub_date": self.pub_date,
            "title": self.title,
            "events": [e.to_gold() for e in self.events],
            **({"detections": [e.to_gold() for e in self.detections]} if self.detections else {}),
            "claims": [c.to_gold() for c in self.claims],
            "mentions": [asdict(m) for m in self.mentions],
        }
