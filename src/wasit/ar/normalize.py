"""Normalisation of Arabic text for lookup keys.

Only keys are normalised: evidence keeps the original text and offsets. Every function here
keeps the string's length where it can (`normalize_keep_length`) so that offsets found on the
normalised text are valid on the original.
"""

from __future__ import annotations

import re

# Harakat, shadda, sukun, superscript alef, Quranic marks.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"

# One character to one character: keeps offsets.
_CHAR_MAP = str.maketrans(
    {
        "\u0623": "\u0627",  # أ → ا
        "\u0625": "\u0627",  # إ → ا
        "\u0622": "\u0627",  # آ → ا
        "\u0671": "\u0627",  # ٱ → ا
        "\u0649": "\u064a",  # ى → ي
        "\u0629": "\u0647",  # ة → ه
        "\u06cc": "\u064a",  # Persian yeh → ي
        "\u06a9": "\u0643",  # keheh → ك
        "\u0660": "0", "\u0661": "1", "\u0662": "2", "\u0663": "3", "\u0664": "4",
        "\u0665": "5", "\u0666": "6", "\u0667": "7", "\u0668": "8", "\u0669": "9",
        "\u06f0": "0", "\u06f1": "1", "\u06f2": "2", "\u06f3": "3", "\u06f4": "4",
        "\u06f5": "5", "\u06f6": "6", "\u06f7": "7", "\u06f8": "8", "\u06f9": "9",
        "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    }
)  # fmt: skip

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")


#: Keys of short strings (words, names) already normalised: news text repeats its words, and
#: every stage normalises the tokens it reads. Bounded: emptied when full.
_KEYS: dict[str, str] = {}
_KEYS_MAX = 200_000
_KEY_MAX_LEN = 64


def normalize(text: str) -> str:
    """Lookup key: no diacritics or tatweel, alef/yeh/teh-marbuta unified, ASCII digits.

    The result may be shorter than the input (diacritics are dropped).
    """
    key = _KEYS.get(text)
    if key is None:
        key = _DIACRITICS.sub("", text).replace(_TATWEEL, "").translate(_CHAR_MAP)
        if len(text) <= _KEY_MAX_LEN:
            if len(_KEYS) >= _KEYS_MAX:
                _KEYS.clear()
            _KEYS[text] = key
    return key


def normalize_keep_length(text: str) -> str:
    """Like `normalize`, but diacritics and tatweel become a placeholder-free equivalent
    of the same length: each is replaced by U+200C so offsets stay aligned.

    Matchers that work on this string must treat U+200C as part of the word it sits in.
    """
    text = _DIACRITICS.sub("\u200c", text).replace(_TATWEEL, "\u200c")
    return text.translate(_CHAR_MAP)


def strip_marks(text: str) -> str:
    """Drop diacritics, tatweel and zero-width joiners (display clean-up, not a key)."""
    return _DIACRITICS.sub("", text).replace(_TATWEEL, "").replace("\u200c", "")


def arabic_ratio(text: str) -> float:
    """Share of letters in `text` that are Arabic letters (0.0 for text without letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if _ARABIC_LETTER.match(c)) / len(letters)


def arabic_letter_count(text: str) -> int:
    """How many Arabic letters `text` holds."""
    return len(_ARABIC_LETTER.findall(text))


def has_arabic(text: str, min_letters: int = 1) -> bool:
    return arabic_letter_count(text) >= min_letters
