"""Documents built by hand for the event tests: text plus the actor mentions a recogniser
would give (surface, code, kind), so the event coder is tested alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from wasit.ar.sentences import split_sentences
from wasit.doc import Doc, Mention, Sentence

MentionSpec = tuple[str, str, str] | tuple[str, str, str, str]


def build_doc(text: str, mentions: list[MentionSpec]) -> Doc:
    doc = Doc(raw_text=text, doc_id="t", clean_text=text)
    doc.layers.update({"clean_text", "sentences", "mentions"})
    doc.sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(split_sentences(text))]
    pos = 0
    found: list[Mention] = []
    for spec in mentions:
        surface, code, kind = spec[0], spec[1], spec[2]
        name = spec[3] if len(spec) == 4 else None
        start = text.index(surface, pos)
        end = start + len(surface)
        sent = next(s.idx for s in doc.sentences if s.start <= start < s.end)
        found.append(Mention(start, end, surface, code, kind, sent, name))
        pos = end
    doc.mentions = found
    return doc


@pytest.fixture
def make_doc() -> Callable[[str, list[MentionSpec]], Doc]:
    return build_doc
