"""Errors with codes and causes (spaCy's `errors.py` is the model).

Every error says what went wrong and what to do. Input errors name the file and line.

Codes in use: E000 WasitError, E001 PipelineError, E002 ConfigError, E010 InputError,
E020 LexiconError, E030 GoldFormatError (`wasit.evaluate.goldfile`), E031 GateError
(`wasit.evaluate.quality`), E040 ExportError. A new error takes a code not listed here.
"""

from __future__ import annotations


class WasitError(Exception):
    """Base class; `code` is a short stable identifier (E001 …) users can search for."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class PipelineError(WasitError):
    """A pipeline was built with a stage whose requirements no earlier stage assigns."""

    code = "E001"


class ConfigError(WasitError):
    """A configuration file or key is invalid."""

    code = "E002"


class InputError(WasitError):
    """An input could not be read. Names the file and, where known, the line."""

    code = "E010"

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class LexiconError(WasitError):
    """A shipped or user lexicon file is malformed. Names the file and line."""

    code = "E020"


class ExportError(WasitError, ValueError):
    """An export was asked for in a way it cannot be written (format, output, extra)."""

    code = "E040"
