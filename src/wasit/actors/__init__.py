"""Actors: knowledge base, recogniser, resolver and coreference.

- `wasit.actors.recognizer.ActorRecognizer`: the `actors` pipeline stage (fills `Doc.mentions`).
- `wasit.actors.places.find_places(text)`: `(start, end, iso3)` of country, capital and city names.
- `wasit.actors.kb.get_kb(extra_files)`: the knowledge base (with user actor files on top).
- `lookup(query)`: actors matching a query, for `wasit actors QUERY`.
"""

from __future__ import annotations

from collections.abc import Sequence

from wasit.actors.kb import KB, Actor, Role, get_kb


def lookup(
    query: str, extra_files: Sequence[str] = (), date: str | None = None
) -> list[tuple[Actor, str]]:
    """Actors whose id, English name or Arabic form contains `query`, with their code on `date`."""
    kb = get_kb(tuple(str(p) for p in extra_files))
    return [(a, a.code_on(date)) for a in kb.search(query)]


__all__ = ["KB", "Actor", "Role", "get_kb", "lookup"]
