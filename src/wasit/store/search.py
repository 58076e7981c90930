"""Free-text search over the articles' FTS5 index (trigram): safe queries that try the
spellings Arabic news text mixes. Used by the list queries of `wasit.store.queries`."""

from __future__ import annotations

from typing import Any

from wasit.ar.normalize import strip_marks

ALEFS = "اأإآ"
PROCLITICS = ("وال", "فال", "بال", "كال", "ال", "لل", "و", "ف", "ب", "ل")  # longest first
MAX_VARIANTS = 32


def spelling_variants(word: str) -> list[str]:
    """The spellings of `word` that Arabic news text uses interchangeably, for search.

    Writers often drop or change the hamza of a word-initial alef (اسرائيل / إسرائيل) and
    write a final ي as ى or a final ة as ه. The text itself is not normalised (the index
    holds it as written), so the query names each spelling: the alef at the start of the
    word or right after its proclitics (و، ف، ب، ك، ل، ال), and the final letter.
    """
    slots: list[tuple[int, str]] = []
    # The longest proclitic run the word starts with (the alef of ال itself never varies).
    at = next((len(p) for p in PROCLITICS if word.startswith(p) and len(word) > len(p) + 2), 0)
    if word[at] in ALEFS:
        slots.append((at, ALEFS))
    if word[-1] in "يى":
        slots.append((len(word) - 1, "يى"))
    elif word[-1] in "ةه":
        slots.append((len(word) - 1, "ةه"))
    out = [word]
    for at, letters in slots:
        out = [v[:at] + c + v[at + 1 :] for v in out for c in letters]
    unique = list(dict.fromkeys([word, *out]))
    return unique[:MAX_VARIANTS]


def fts_query(text: str) -> str | None:
    """A safe FTS5 query for free text: every word required, in any of its spellings.

    Each spelling is a quoted phrase (no FTS5 syntax gets through). Words shorter than three
    characters cannot be matched by the trigram index and are dropped; None when nothing
    searchable is left.
    """
    words = [strip_marks(w).replace('"', "") for w in text.split()]
    words = [w for w in words if len(w) >= 3]
    if not words:
        return None
    groups = []
    for w in words:
        variants = spelling_variants(w)
        phrases = " OR ".join(f'"{v}"' for v in variants)
        groups.append(f"({phrases})" if len(variants) > 1 else phrases)
    return " AND ".join(groups)


def fts_clause(column: str, q: str, params: dict[str, Any]) -> str:
    """The WHERE clause keeping rows whose article `column` matches free text `q` (binding
    `:q` in `params`); "0" (no rows) when `q` has nothing searchable."""
    match = fts_query(q)
    if match is None:
        return "0"
    params["q"] = match
    return f"{column} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q)"
