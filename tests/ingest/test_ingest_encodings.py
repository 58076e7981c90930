from __future__ import annotations

import codecs

import pytest

from wasit.ingest.encoding import BinaryInputError, decode_bytes, detect_encoding

TEXT = "أعلنت وزارة الخارجية أن الوزير سيزور القاهرة الأسبوع المقبل لبحث التهدئة في غزة.\nوقال المتحدث إن الزيارة تأتي في إطار التشاور المستمر بين البلدين."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("cp1256"), "cp1256"),
        (TEXT.encode("iso8859_6"), "iso8859_6"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "windows-1256", "iso-8859-6"],
)
def test_each_encoding_is_detected_and_decoded(data: bytes, expected: str) -> None:
    assert detect_encoding(data) == expected
    text, name = decode_bytes(data)
    assert name == expected
    assert text == TEXT


@pytest.mark.parametrize(
    "sentence",
    [
        "تظاهر مئات الطلاب أمام مقر الحكومة مطالبين بالإفراج عن زملائهم المعتقلين",
        "اتفق الجانبان على عقد جولة جديدة من المحادثات في الدوحة خلال أيام",
        "ذكرت مصادر طبية أن ثلاثة أشخاص قتلوا في قصف استهدف مخيما للنازحين",
    ],
)
def test_single_byte_code_pages_are_told_apart(sentence: str) -> None:
    for codec in ("cp1256", "iso8859_6"):
        assert decode_bytes(sentence.encode(codec))[0] == sentence


def test_crlf_line_breaks_become_newlines() -> None:
    assert decode_bytes("سطر أول\r\nسطر ثان\r".encode())[0] == "سطر أول\nسطر ثان\n"


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), bytes(200)])
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryInputError):
        detect_encoding(data)
