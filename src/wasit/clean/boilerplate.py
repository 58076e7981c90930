"""Boilerplate removal for scraped plain text (site menus, teasers, comment forms …).

Placeholder rules: blank lines only. The boilerplate rules of issue 3 replace this.
"""

from __future__ import annotations

from typing import ClassVar

from wasit.clean.lines import apply_line_decisions
from wasit.doc import Doc


class BoilerplateCleaner:
    """Stage: fills `clean_text`, `removed` and `clean_map` from `raw_text`."""

    name: ClassVar[str] = "clean"
    requires: ClassVar[tuple[str, ...]] = ("raw_text",)
    assigns: ClassVar[tuple[str, ...]] = ("clean_text", "removed")

    def __call__(self, doc: Doc) -> Doc:
        return apply_line_decisions(doc, lambda lines: [None] * len(lines))
