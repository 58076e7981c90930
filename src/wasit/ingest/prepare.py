"""Turn an `InputDoc` into the `Doc` the pipeline codes: extract the main text of HTML,
check that there is Arabic to code, and carry the metadata over."""

from __future__ import annotations

from wasit.ar.normalize import has_arabic
from wasit.doc import Doc
from wasit.ingest.html import extract_html
from wasit.ingest.items import InputDoc, Skipped, iso_date

DEFAULT_MIN_ARABIC_LETTERS = 20


def to_doc(item: InputDoc, min_arabic_letters: int = DEFAULT_MIN_ARABIC_LETTERS) -> Doc | Skipped:
    """The document to code, or why it is skipped (empty, no Arabic, unreadable page)."""
    title, pub_date = item.title, item.pub_date
    if item.html is not None:
        try:
            page = extract_html(item.html)
        except Exception as e:  # trafilatura/lxml raise many kinds of errors on broken pages
            return Skipped(item.seq, item.origin, f"cannot parse HTML: {e}", "bad-html", item.pos)
        text = page.text
        title = title or page.title
        pub_date = iso_date(page.pub_date) or pub_date
    else:
        text = item.text or ""
    if not text.strip():
        reason = "no main text found in the page" if item.html is not None else "empty text"
        return Skipped(item.seq, item.origin, reason, "empty", item.pos)
    if not has_arabic(text, min_arabic_letters):
        return Skipped(
            item.seq, item.origin,
            f"no Arabic to code (fewer than {min_arabic_letters} Arabic letters)", "no-arabic", item.pos,
        )  # fmt: skip
    return Doc(
        raw_text=text, doc_id=item.doc_id, title=title, url=item.url, source=item.source,
        pub_date=pub_date, origin=item.origin,
    )  # fmt: skip
