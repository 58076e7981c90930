"""Places: country names, capitals and Middle East/North Africa cities → ISO alpha-3.

`find_places(text)` returns `(start, end, iso3)` for every place name in `text` (offsets into
`text`), longest match first, with clitic prefixes («بالدوحة»، «في غزة»، «لبيروت»). Events use it
for `location` and for the host country of talks («محادثات في الدوحة» → QAT).

Data: countries.tsv (CLDR names + variants; capitals from GeoNames) and places.tsv (cities
from GeoNames, CC BY 4.0, plus hand-written regions such as «قطاع غزة»).
"""

from __future__ import annotations

from functools import lru_cache

from wasit.actors.kb import ACTOR, DATA_DIR, KB, Actor, _rows
from wasit.actors.matcher import Matcher
from wasit.ar.tokens import Token, separators, tokenize


@lru_cache(maxsize=1)
def _place_matcher() -> Matcher:
    kb = KB()
    seen: set[str] = set()
    # countries first: on a shared key («الكويت»، «عمان») the country wins over the city
    for _, c in _rows(DATA_DIR / "countries.tsv", 5):
        iso3, names = c[0], c[3]
        forms = [x for x in names.split("|") if x]
        kb.add_actor(Actor(f"country:{iso3}", "country", iso3, forms=forms))
        seen.update(kb.entries)
    for _, c in _rows(DATA_DIR / "countries.tsv", 5):
        iso3, caps = c[0], c[4]
        forms = [x for x in caps.split("|") if x and x not in seen]
        _add_unclaimed(kb, Actor(f"capital:{iso3}", "capital", iso3, forms=forms))
    for _, c in _rows(DATA_DIR / "places.tsv", 3):
        iso3, forms_s = c[0], c[2]
        _add_unclaimed(
            kb, Actor(f"place:{c[1]}", "place", iso3, forms=[x for x in forms_s.split("|") if x])
        )
    return Matcher(kb)


def _add_unclaimed(kb: KB, actor: Actor) -> None:
    """Add the actor's forms that no earlier place has claimed."""
    from wasit.actors.kb import norm_key

    actor.forms = [f for f in actor.forms if norm_key(f) not in kb.entries]
    if actor.forms:
        kb.add_actor(actor)


def find_places(text: str) -> list[tuple[int, int, str]]:
    """(start, end, iso3) of the place names of `text`, non-overlapping, in text order."""
    return places_in(tokenize(text), separators(text))


def places_in(tokens: list[Token], seps: list[str]) -> list[tuple[int, int, str]]:
    """Like `find_places`, on tokens already made (see `Matcher.find` for `seps`)."""
    from wasit.actors.compose import skip_prefix
    from wasit.actors.recognizer import _cued, select_longest

    matcher = _place_matcher()
    kb = matcher.kb
    if not kb.ambiguous:
        kb.load_ambiguous(DATA_DIR / "ambiguous_names.txt")
    out: list[tuple[int, int, str]] = []
    hits = [h for h in matcher.find(tokens, seps) if _cued(h, tokens, seps, kb)]
    for h in select_longest(hits):
        e = next((e for e in h.entries if e.type == ACTOR and e.actor_id), None)
        if e is None or e.actor_id is None:
            continue
        actor = matcher.kb.actors[e.actor_id]
        t = tokens[h.first]
        start = t.start + skip_prefix(t.text, len(h.prefix)) if h.prefix else t.start
        out.append((start, tokens[h.last].end, actor.code))
    return out
