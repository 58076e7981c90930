"""Code a DOCS file (`doc_id`, `pub_date`, `title`, `text` per line) into predictions in the
gold format, with the default pipeline (or one given)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from wasit.doc import Doc
from wasit.errors import InputError
from wasit.pipeline import Pipeline, default_pipeline


def read_docs(path: str | Path) -> Iterator[Doc]:
    """Documents of a DOCS JSON Lines file; only `text` is coded, the title is context."""
    shown = str(path)
    try:
        with Path(path).open(encoding="utf-8-sig") as f:
            lines = list(f)
    except UnicodeDecodeError as e:
        raise InputError(shown, f"not UTF-8: {e}") from e
    except OSError as e:
        raise InputError(shown, f"cannot read: {e.strerror}") from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(shown, f"not JSON: {e}", n) from e
        if not isinstance(obj, dict) or "doc_id" not in obj:
            raise InputError(shown, "no doc_id", n)
        text = obj.get("text")
        if not isinstance(text, str):
            raise InputError(shown, "no text (a string) to code", n)
        pub = obj.get("pub_date")
        yield Doc(
            raw_text=text,
            doc_id=str(obj["doc_id"]),
            title=obj.get("title") if isinstance(obj.get("title"), str) else None,
            pub_date=pub if isinstance(pub, str) and pub else None,
            origin=f"{shown}:{n}",
        )


def code_docs(docs: Iterable[Doc], pipeline: Pipeline | None = None) -> list[Doc]:
    """Run the pipeline over documents, in order."""
    pipe = pipeline or default_pipeline()
    return [pipe(doc) for doc in docs]


def predictions(docs: Iterable[Doc]) -> list[dict[str, Any]]:
    """Gold-format lines (with the extra fields the coder adds) for coded documents."""
    out = []
    for doc in docs:
        line = doc.to_gold()
        line.pop("mentions", None)  # not part of the scored format, and large
        out.append(line)
    return out


def predict_file(path: str | Path, pipeline: Pipeline | None = None) -> list[dict[str, Any]]:
    """Predictions for every document of a DOCS file, in input order."""
    return predictions(code_docs(read_docs(path), pipeline))


def write_jsonl(lines: Iterable[dict[str, Any]], path: str | Path) -> None:
    with Path(path).open("w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
