"""Decode bytes of unknown encoding: UTF-8 (with or without BOM), UTF-16/32 with a BOM,
Windows-1256 and ISO-8859-6 (Arabic sites still serve the last two).

Without a BOM, strict UTF-8 is tried first (it almost never decodes text written in another
encoding). Otherwise both single-byte Arabic code pages are tried and the decoding that reads
as Arabic wins: ISO-8859-6 bytes read as Windows-1256 turn many Arabic letters into Latin
accented letters (à â ç è é ê …), and Windows-1256 bytes read as ISO-8859-6 fail or give
control characters.
"""

from __future__ import annotations

import codecs
import re

from wasit.ar.normalize import has_arabic

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ARABIC = re.compile("[\u0621-\u064a]")
# Letters a single-byte Arabic text should not be full of, and C0/C1 control characters.
_SUSPECT = re.compile("[\u00c0-\u00ff\u0080-\u009f\x00-\x08\x0e-\x1f]")


class BinaryInputError(ValueError):
    """The bytes are not text in any supported encoding."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 kB (a BOM-less UTF-16 text counts too)."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) > 0.05


def _score(text: str) -> int:
    return len(_ARABIC.findall(text)) - 3 * len(_SUSPECT.findall(text))


def detect_encoding(data: bytes) -> str:
    """Name of the codec that decodes `data`; raises `BinaryInputError` for binary data."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if looks_binary(data):
        raise BinaryInputError("binary data (NUL or control bytes), not a text file")
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best, best_score = "", -(10**9)
    for name in ("cp1256", "iso8859_6"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        if score > best_score:
            best, best_score = name, score
    if not best:
        raise BinaryInputError("not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 text")
    return best


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Line breaks are normalised to "\\n"."""
    name = detect_encoding(data)
    text = data.decode(name)
    if name in {"cp1256", "iso8859_6"} and not has_arabic(text):
        # A single-byte text without Arabic letters is more likely Latin-1 than Arabic.
        text, name = data.decode("latin-1"), "latin-1"
    return text.replace("\r\n", "\n").replace("\r", "\n"), name
