"""The actor knowledge base: actors with dated roles, and the surface forms that name them.

Everything is read from the data files of `wasit/data/actors/` (see README.md there) plus any
user actor files. A surface form is an `Entry`: a normalised key (tokens joined by one space)
and what it stands for — an actor (country, capital, organisation, person), a nationality
adjective, or an institution/role head that needs a country to be coded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from wasit.ar.normalize import normalize
from wasit.errors import LexiconError

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"

#: Kinds of entry. ACTOR names one actor; ADJ is a nationality adjective; HEAD an institution
#: or role head ("وزارة الخارجية", "الرئيس") that takes its country from what follows.
ACTOR, ADJ, HEAD = "actor", "adj", "head"


@dataclass(frozen=True, slots=True)
class Role:
    """A code an actor holds from `start` to `end` (ISO dates; None = open)."""

    code: str
    start: str | None = None
    end: str | None = None
    title: str | None = None

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(slots=True)
class Actor:
    id: str
    kind: str  # person, org, group, country, capital, institution
    code: str  # code without a date (most recent role for people)
    name: str | None = None
    roles: list[Role] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    source: str = ""
    died: str | None = None  # a person who died in office keeps its code in later news

    def code_on(self, date: str | None) -> str:
        """The code for an article of `date` (YYYY-MM-DD…); the most recent role without one."""
        if not self.roles:
            return self.code
        if not date:
            return self.latest_role().code
        if date:
            d = date[:10]
            hits = [r for r in self.roles if r.covers(d)]
            if hits:
                # an office over a former-official role, then the role that began last
                return max(hits, key=lambda r: (not r.code.endswith(":ELI"), r.start or "")).code
            # after every role ended: a former official
            ends = [r.end for r in self.roles if r.end]
            starts = [r.start for r in self.roles if r.start]
            if ends and len(ends) == len(self.roles) and d > max(ends):
                last = max(self.roles, key=lambda r: r.end or "")
                if self.died and last.end == self.died:
                    return last.code  # killed or died in office: «اغتيال هنية»
                return last.code.split(":")[0] + ":ELI"
            if starts and d < min(starts):
                return self.code.split(":")[0]
        return self.latest_role().code

    def latest_role(self) -> Role:
        """The most recent office (a former-official role only when there is no other)."""
        offices = [r for r in self.roles if not r.code.endswith(":ELI")] or self.roles
        return max(offices, key=lambda r: (r.start or "", r.end is None, r.end or ""))


@dataclass(frozen=True, slots=True)
class Entry:
    key: str  # normalised tokens joined by one space
    type: str  # ACTOR, ADJ or HEAD
    actor_id: str | None = None
    country: str | None = None  # ADJ: the country
    sector: str | None = None  # HEAD: the sector it gives
    kind: str = ""  # HEAD: institution or role; ADJ: "sg" or "pl"


def norm_key(text: str) -> str:
    """Lookup key of a surface form: normalised, tokens joined by one space."""
    from wasit.ar.tokens import tokenize

    return " ".join(t.norm for t in tokenize(text))


def _rows(path: Path, ncols: int) -> Iterator[tuple[int, list[str]]]:
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < ncols:
                raise LexiconError(
                    f"{path}:{n}: expected {ncols} tab-separated columns, got {len(cols)}"
                )
            yield n, cols


_ADJ_SUFFIXES = ("", "ه", "ون", "ين", "ان", "تان", "تين", "ا", "ات")


def adjective_forms(masc: str) -> list[tuple[str, str]]:
    """(form, number) for a masculine singular nationality adjective ending in ي."""
    out: list[tuple[str, str]] = []
    for suf in _ADJ_SUFFIXES:
        out.append((masc + suf, "pl" if suf in ("ون", "ين", "ات") else "sg"))
    return out


@dataclass
class KB:
    actors: dict[str, Actor] = field(default_factory=dict)
    entries: dict[str, list[Entry]] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # iso3 -> English name
    context_heads: set[str] = field(default_factory=set)  # keys of heads coded by context
    ambiguous: set[str] = field(default_factory=set)  # keys that need a cue to be names
    needs_support: set[tuple[str, str]] = field(default_factory=set)  # (clitic, key) pairs

    def add_entry(self, surface: str, entry_fn: Entry) -> None:
        key = norm_key(surface)
        if not key:
            return
        e = Entry(
            key, entry_fn.type, entry_fn.actor_id, entry_fn.country, entry_fn.sector, entry_fn.kind
        )
        bucket = self.entries.setdefault(key, [])
        if e not in bucket:
            bucket.append(e)

    def add_actor(self, actor: Actor) -> None:
        old = self.actors.get(actor.id)
        if old is not None:
            # a user file may add roles or forms to a shipped actor
            old.roles.extend(r for r in actor.roles if r not in old.roles)
            old.forms.extend(f for f in actor.forms if f not in old.forms)
            actor = old
        else:
            self.actors[actor.id] = actor
        for form in actor.forms:
            self.add_entry(form, Entry("", ACTOR, actor_id=actor.id))

    @property
    def n_forms(self) -> int:
        return len(self.entries)

    def search(self, query: str) -> list[Actor]:
        """Actors whose id, English name or a form contains `query` (normalised)."""
        q = normalize(query).lower()
        hits: list[Actor] = []
        for a in self.actors.values():
            hay = [a.id.lower(), (a.name or "").lower()] + [normalize(f) for f in a.forms]
            if any(q in h for h in hay):
                hits.append(a)
        return hits

    # -- loading ------------------------------------------------------------------------

    def load_countries(self, path: Path) -> None:
        for _, c in _rows(path, 5):
            iso3, _iso2, name_en, names, _caps = c[:5]
            self.countries[iso3] = name_en
            forms = [x for x in names.split("|") if x]
            self.add_actor(
                Actor(
                    f"country:{iso3}",
                    "country",
                    f"{iso3}:GOV",
                    name_en,
                    forms=forms,
                    source=path.name,
                )
            )

    def load_nationalities(self, path: Path) -> None:
        for _, c in _rows(path, 2):
            iso3, masc = c[0], c[1]
            extra = c[2] if len(c) > 2 else ""
            for m in masc.split("|"):
                m = m.strip()
                if not m:
                    continue
                if " " in m:  # "كوري جنوبي" inflects both words, "جنوب أفريقي" the last
                    first, second = m.split(" ", 1)
                    for (f1, num), (f2, _) in zip(
                        adjective_forms(first), adjective_forms(second), strict=True
                    ):
                        w1 = f1 if first.endswith("ي") else first
                        self.add_entry(f"{w1} {f2}", Entry("", ADJ, country=iso3, kind=num))
                        self.add_entry(f"{w1} ال{f2}", Entry("", ADJ, country=iso3, kind=num))
                    continue
                for form, num in adjective_forms(m):
                    self.add_entry(form, Entry("", ADJ, country=iso3, kind=num))
            for x in extra.split("|"):
                if x.strip():
                    self.add_entry(x.strip(), Entry("", ADJ, country=iso3, kind="pl"))

    def load_seats(self, path: Path) -> None:
        for _, c in _rows(path, 3):
            iso3, sector, forms = c[0], c[1], [x for x in c[2].split("|") if x]
            aid = f"seat:{iso3}"
            self.add_actor(
                Actor(aid, "capital", f"{iso3}:{sector}", None, forms=forms, source=path.name)
            )

    def load_organizations(self, path: Path) -> None:
        for _, c in _rows(path, 5):
            oid, code, kind, name_en, forms = (
                c[0],
                c[1],
                c[2],
                c[3],
                [x for x in c[4].split("|") if x],
            )
            self.add_actor(Actor(oid, kind, code, name_en, forms=forms, source=path.name))

    def load_institutions(self, path: Path) -> None:
        for _, c in _rows(path, 3):
            sector, kind, forms = c[0], c[1], [x for x in c[2].split("|") if x]
            for f in forms:
                self.add_entry(f, Entry("", HEAD, sector=sector, kind=kind))

    def load_context_heads(self, path: Path) -> None:
        self.context_heads.update(_key_lines(path))

    def load_ambiguous(self, path: Path) -> None:
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if "+" in line:
                prefix, _, name = line.partition("+")
                self.needs_support.add((normalize(prefix), norm_key(name)))
            else:
                self.ambiguous.add(norm_key(line))

    def load_people(self, path: Path) -> None:
        """people.tsv: id, English name, Arabic forms, roles (CODE@START..END;…), titles."""
        for n, c in _rows(path, 4):
            pid, name_en, forms_s, roles_s = c[0], c[1], c[2], c[3]
            roles = parse_roles(roles_s, f"{path}:{n}")
            if not roles:
                raise LexiconError(f"{path}:{n}: person {pid!r} has no role")
            forms = [x for x in forms_s.split("|") if x]
            kind = c[4] if len(c) > 4 and c[4] else "person"
            # without an English name, the first Arabic spelling names the person
            name = name_en or forms[0] if forms else name_en or None
            actor = Actor(pid, kind, "", name, roles=roles, forms=forms, source=path.name)
            actor.died = _died(roles_s)
            actor.code = actor.latest_role().code
            self.add_actor(actor)


def _died(roles: str) -> str | None:
    """`…;†2024-07-31`: the date a person died (in office, when it is the end of the last role)."""
    for part in roles.split(";"):
        if part.strip().startswith("†"):
            return _pad(part.strip()[1:], True)
    return None


def _key_lines(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {norm_key(x.strip()) for x in lines if x.strip() and not x.startswith("#")}


def parse_roles(text: str, where: str) -> list[Role]:
    """`USA:GOV@2021-01-20..2025-01-20;USA:ELI@2025-01-20..` → roles (a `†DATE` part, the
    date of death, is read by `_died`)."""
    roles: list[Role] = []
    for part in text.split(";"):
        part = part.strip()
        if not part or part.startswith("†"):
            continue
        code, _, span = part.partition("@")
        start, _, end = span.partition("..")
        for d in (start, end):
            if d and not _DATE_RE.match(d.strip()):
                raise LexiconError(f"{where}: bad date {d!r} in role {part!r}")
        if not code or not code.split(":")[0].isupper():
            raise LexiconError(f"{where}: bad code in role {part!r}")
        roles.append(Role(code.strip(), _pad(start, False), _pad(end, True)))
    return roles


_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _pad(d: str, end: bool) -> str | None:
    d = d.strip()
    if not d:
        return None
    if len(d) == 4:
        return d + ("-12-31" if end else "-01-01")
    if len(d) == 7:
        return d + ("-31" if end else "-01")
    return d


def load_user_file(kb: KB, path: Path) -> None:
    """A user actor file: TSV like people.tsv (id, name, forms, roles) — roles may be a
    single code without dates. Lines starting with # are comments."""
    if not path.exists():
        raise LexiconError(f"{path}: actor file not found")
    for n, c in _rows(path, 4):
        aid, name_en, forms_s, roles_s = c[0], c[1], c[2], c[3]
        kind = c[4] if len(c) > 4 and c[4] else "person"
        roles = parse_roles(roles_s, f"{path}:{n}")
        if not roles:
            raise LexiconError(f"{path}:{n}: actor {aid!r} has no code")
        forms = [x for x in forms_s.split("|") if x]
        actor = Actor(
            aid, kind, "", name_en or None, roles=roles, forms=forms, source=f"user:{path.name}"
        )
        actor.code = actor.latest_role().code
        kb.add_actor(actor)


def build_kb(extra_files: Iterable[str | Path] = ()) -> KB:
    kb = KB()
    kb.load_countries(DATA_DIR / "countries.tsv")
    kb.load_nationalities(DATA_DIR / "nationalities.tsv")
    kb.load_seats(DATA_DIR / "seats.tsv")
    kb.load_organizations(DATA_DIR / "organizations.tsv")
    kb.load_organizations(DATA_DIR / "state_institutions.tsv")
    kb.load_institutions(DATA_DIR / "institutions.tsv")
    kb.load_context_heads(DATA_DIR / "context_heads.txt")
    kb.load_ambiguous(DATA_DIR / "ambiguous_names.txt")
    for p in sorted(DATA_DIR.glob("people*.tsv")):
        kb.load_people(p)
    for extra in extra_files:
        load_user_file(kb, Path(extra))
    return kb


@lru_cache(maxsize=8)
def get_kb(extra_files: tuple[str, ...] = ()) -> KB:
    """The knowledge base with `extra_files` on top, built once per process."""
    return build_kb(extra_files)
