"""Readers: files, directories (recursive), `.txt`, `.html`/`.htm`, `.jsonl`, `.jsonl.gz` and
stdin (`-`). They stream: one input document at a time, never a whole corpus in memory.

Every problem with an input becomes a `Skipped` record naming the file (and line) and the
reading goes on with the rest.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

from wasit.ingest.encoding import BinaryInputError, decode_bytes, looks_binary
from wasit.ingest.items import InputDoc, Skipped, iso_date

DEFAULT_MAX_LINE_BYTES = 20_000_000
_CHUNK = 1 << 20


#: The file name endings read, longest first, and the kind of input each one is.
SUFFIXES: tuple[tuple[str, str], ...] = (
    (".jsonl.gz", "jsonl.gz"),
    (".ndjson.gz", "jsonl.gz"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".html", "html"),
    (".htm", "html"),
    (".txt", "txt"),
)


def input_kind(path: Path) -> str | None:
    """txt, html, jsonl or jsonl.gz from the file name; None for other files."""
    name = path.name.lower()
    return next((kind for suffix, kind in SUFFIXES if name.endswith(suffix)), None)


def _stem(path: Path) -> str:
    name = path.name
    for suffix, _ in SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _looks_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


class InputReader:
    """Iterate over the documents of some inputs (paths, directories or "-"), in order.

    `total_bytes` is the size of all input files (stdin not counted) for a progress bar;
    each yielded item's `pos` says how far the reading has got.
    """

    def __init__(
        self,
        inputs: Sequence[str | Path],
        pub_date: str | None = None,
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
        stdin: IO[bytes] | None = None,
    ) -> None:
        self.inputs = [str(p) for p in inputs]
        self.pub_date = pub_date
        self.max_line_bytes = max_line_bytes
        self.stdin = stdin
        self._seq = 0
        self._done_bytes = 0
        self.files: list[Path | str] = list(self._expand())
        self.total_bytes = sum(p.stat().st_size for p in self.files if isinstance(p, Path) and p.is_file())

    def _expand(self) -> Iterator[Path | str]:
        for raw in self.inputs:
            if raw == "-":
                yield "-"
                continue
            path = Path(raw)
            if path.is_dir():
                for child in sorted(path.rglob("*")):
                    if child.is_file() and input_kind(child) and not child.name.startswith("."):
                        yield child
            else:
                yield path

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq - 1

    def _skip(self, origin: str, reason: str, kind: str, pos: int = 0) -> Skipped:
        return Skipped(self._next_seq(), origin, reason, kind, self._done_bytes + pos)

    def __iter__(self) -> Iterator[InputDoc | Skipped]:
        for item in self.files:
            if item == "-":
                yield from self._read_stdin()
                continue
            path = Path(item)
            if not path.exists():
                yield self._skip(str(path), "no such file or directory", "missing")
                continue
            size = path.stat().st_size
            kind = input_kind(path) or "txt"
            if kind in {"jsonl", "jsonl.gz"}:
                yield from self._read_jsonl_file(path, kind)
            else:
                yield from self._read_text_file(path, kind)
            self._done_bytes += size

    # -- whole-file inputs -------------------------------------------------------------

    def _read_text_file(self, path: Path, kind: str) -> Iterator[InputDoc | Skipped]:
        origin = str(path)
        size = path.stat().st_size
        if size > self.max_line_bytes:
            msg = f"file of {size:,} bytes is over the {self.max_line_bytes:,}-byte limit for one article, skipped"
            yield self._skip(origin, msg, "too-long", size)
            return
        try:
            data = path.read_bytes()
        except OSError as e:
            yield self._skip(origin, f"cannot read: {e.strerror or e}", "unreadable")
            return
        yield self._from_bytes(data, origin, _stem(path), kind, len(data))

    def _from_bytes(
        self, data: bytes, origin: str, stem: str, kind: str, pos: int
    ) -> InputDoc | Skipped:
        if not data.strip():
            skipped = self._skip(origin, "empty file", "empty", pos)
        else:
            try:
                text, _ = decode_bytes(data)
            except BinaryInputError as e:
                skipped = self._skip(origin, str(e), "binary", pos)
            else:
                return self._input(text, origin, stem, kind, pos)
        skipped.doc_id = stem
        return skipped

    def _input(self, text: str, origin: str, stem: str, kind: str, pos: int) -> InputDoc:
        doc = InputDoc(self._next_seq(), stem, origin, pub_date=self.pub_date)
        doc.pos = self._done_bytes + pos
        if kind == "html" or _looks_html(text):
            doc.html = text
        else:
            doc.text = text
        return doc

    def _read_stdin(self) -> Iterator[InputDoc | Skipped]:
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        head = stream.read(65536)
        if head.lstrip().startswith(b"{"):
            yield from self._read_jsonl_stream(_Prefixed(head, stream), "-", "stdin")
            return
        data = head + stream.read()
        yield self._from_bytes(data, "-", "stdin", "txt", 0)

    # -- JSON Lines -----------------------------------------------------------------------

    def _read_jsonl_file(self, path: Path, kind: str) -> Iterator[InputDoc | Skipped]:
        origin = str(path)
        try:
            raw = path.open("rb")
        except OSError as e:
            yield self._skip(origin, f"cannot read: {e.strerror or e}", "unreadable")
            return
        with raw:
            if kind == "jsonl":
                if looks_binary(raw.read(8192)):
                    yield self._skip(origin, "binary data, not JSON Lines", "binary")
                    return
                raw.seek(0)
                yield from self._read_jsonl_stream(raw, origin, _stem(path), raw)
            else:
                with gzip.GzipFile(fileobj=raw, mode="rb") as gz:
                    yield from self._read_jsonl_stream(gz, origin, _stem(path), raw)

    def _read_jsonl_stream(
        self, stream: _LineSource, origin: str, stem: str, tell: IO[bytes] | None = None
    ) -> Iterator[InputDoc | Skipped]:
        lineno = 0
        limit = self.max_line_bytes
        while True:
            pos = tell.tell() if tell is not None else 0
            try:
                line = stream.readline(limit + 1)
                if not line:
                    return
                lineno += 1
                if len(line) > limit and not line.endswith(b"\n"):
                    while line and not line.endswith(b"\n"):
                        line = stream.readline(_CHUNK)
                    yield self._skip(
                        f"{origin}:{lineno}",
                        f"line longer than {limit:,} bytes, skipped",
                        "too-long",
                        pos,
                    )
                    continue
            except (EOFError, zlib.error) as e:
                yield self._skip(
                    f"{origin}:{lineno + 1}",
                    f"truncated or corrupt gzip after line {lineno} ({e}); the rest of the file is lost",
                    "truncated",
                    pos,
                )
                return
            except gzip.BadGzipFile as e:
                if lineno == 0:
                    yield self._skip(origin, f"not a gzip file ({e})", "binary", pos)
                else:
                    yield self._skip(f"{origin}:{lineno + 1}", f"corrupt gzip after line {lineno} ({e})", "truncated", pos)
                return
            except OSError as e:
                yield self._skip(f"{origin}:{lineno + 1}", f"read error after line {lineno}: {e}", "unreadable", pos)
                return
            if not line.strip():
                continue
            yield self._from_json_line(line, f"{origin}:{lineno}", stem, lineno, pos)

    def _from_json_line(
        self, line: bytes, origin: str, stem: str, lineno: int, pos: int
    ) -> InputDoc | Skipped:
        try:
            text = line.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text, _ = decode_bytes(line)
            except BinaryInputError as e:
                return self._skip(origin, str(e), "binary", pos)
        try:
            obj: Any = json.loads(text)
        except json.JSONDecodeError as e:
            return self._skip(
                origin, f"invalid JSON: {e.msg} (column {e.colno})", "invalid-json", pos
            )
        if not isinstance(obj, dict):
            return self._skip(
                origin, f"a JSON {type(obj).__name__}, not an object", "invalid-json", pos
            )
        body = obj.get("text") or obj.get("content")
        html = obj.get("html")
        ident = obj.get("doc_id", obj.get("id"))
        doc_id = str(ident) if ident not in (None, "") else f"{stem}-{lineno}"
        if not (isinstance(body, str) and body.strip()) and not (
            isinstance(html, str) and html.strip()
        ):
            skipped = self._skip(
                origin, "no text: fields text, content and html are missing or empty", "empty", pos
            )
            skipped.doc_id = doc_id
            return skipped
        doc = InputDoc(
            self._next_seq(),
            doc_id,
            origin,
            title=_str(obj.get("title")),
            url=_str(obj.get("url")),
            source=_str(obj.get("source")),
            pub_date=iso_date(obj.get("pub_date") or obj.get("date") or obj.get("date_extracted"))
            or self.pub_date,
            pos=self._done_bytes + pos,
        )
        if isinstance(body, str) and body.strip():
            doc.text = body.replace("\r\n", "\n").replace("\r", "\n")
        else:
            doc.html = html
        return doc


class _LineSource(Protocol):
    def readline(self, limit: int = -1, /) -> bytes: ...


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


class _Prefixed:
    """A byte stream with some already-read bytes put back in front."""

    def __init__(self, prefix: bytes, stream: IO[bytes]) -> None:
        self.prefix = prefix
        self.stream = stream

    def readline(self, limit: int = -1) -> bytes:
        if self.prefix:
            nl = self.prefix.find(b"\n")
            if nl >= 0:
                out, self.prefix = self.prefix[: nl + 1], self.prefix[nl + 1 :]
                return out
            out, self.prefix = self.prefix, b""
            return out + self.stream.readline(limit)
        return self.stream.readline(limit)
