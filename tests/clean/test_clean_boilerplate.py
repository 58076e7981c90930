"""Boilerplate rules on fixtures written for these tests (not copied from any site)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasit.clean.boilerplate import BoilerplateCleaner, decide
from wasit.clean.lines import raw_segments
from wasit.clean.rules import line_key, load_rules
from wasit.doc import Doc
from wasit.errors import LexiconError

P1 = "أعلنت وزارة الخارجية المصرية أن الوزير سيستقبل نظيره الأردني في القاهرة يوم الأحد المقبل لبحث التطورات في قطاع غزة والضفة الغربية."
P2 = "وقال المتحدث باسم الوزارة إن المحادثات ستتناول أيضا جهود إدخال المساعدات الإنسانية وإعادة فتح المعابر أمام الجرحى والمرضى."
P3 = "وأضاف أن البلدين يتفقان على ضرورة وقف إطلاق النار فورا والعودة إلى طاولة المفاوضات دون شروط مسبقة."


def _removed(text: str) -> list[str]:
    doc = BoilerplateCleaner()(Doc(raw_text=text))
    assert all(r.text == text[r.start : r.end] for r in doc.removed)
    return [r.text.strip() for r in doc.removed]


def _clean(text: str) -> str:
    return BoilerplateCleaner()(Doc(raw_text=text)).clean_text


@pytest.mark.parametrize(
    "noise",
    [
        "زر الذهاب إلى الأعلى",
        "العودة إلى الأعلى",
        "ابحث هنا",
        "Hi, what are you looking for?",
        "Share this article on Facebook",
        "شارك المقال",
        "شارك على فيسبوك",
        "طباعة",
        "بقلم: سامي الخطيب",
        "كتب فريق التحرير 5 دقائق للقراءة",
        "3 دقائق للقراءة",
        "وقت القراءة: دقيقتان",
        "فريق التحرير",
        "source : www.example.com",
        "للاطلاع على التقرير كاملا اضغط هنا",
        "الرئيسية | سياسة | اقتصاد | رياضة | منوعات",
        "***",
        "🔔",
    ],
)
def test_single_boilerplate_line_goes_and_body_stays(noise: str) -> None:
    text = f"{P1}\n\n{noise}\n\n{P2}"
    assert _removed(text) == [noise]
    assert _clean(text) == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "footer",
    [
        "اترك تعليقاً\nلن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *\nالاسم\nالبريد الإلكتروني",
        "التعليقات (3)\nمحمد: مقال رائع\nسارة: شكرا على التغطية",
        "الأكثر قراءة\nارتفاع أسعار النفط في الأسواق العالمية\nفوز الفريق الوطني في البطولة الإقليمية",
        "مقالات ذات صلة\nالرئيس يستقبل وفدا برلمانيا أوروبيا ويبحث معه العلاقات...\nانطلاق مهرجان المسرح العربي في دورته الجديدة...",
    ],
    ids=["comment-form", "comment-count", "most-read", "related"],
)
def test_footer_after_the_body_goes_entirely(footer: str) -> None:
    text = f"{P1}\n\n{P2}\n\n{footer}"
    assert _clean(text) == f"{P1}\n\n{P2}"
    assert len(_removed(text)) == len(footer.splitlines())


def test_a_long_sentence_paragraph_in_the_footer_is_kept() -> None:
    long_para = " ".join([P3] * 3)
    text = f"{P1}\n\nالأكثر قراءة\n\n{long_para}"
    assert _clean(text) == f"{P1}\n\n{long_para}"


def test_footer_marker_before_any_body_does_not_drop_the_article() -> None:
    text = f"التعليقات\n\n{P1}\n\n{P2}"
    assert _clean(text) == f"{P1}\n\n{P2}"


def test_read_also_label_takes_its_headline_and_teasers_ending_in_ellipsis() -> None:
    text = (
        f"{P1}\n\nاقرأ أيضاً\nوزير الداخلية يتفقد المعابر الحدودية الشمالية\n"
        "وفد تجاري يزور العاصمة لبحث فرص الاستثمار في قطاع الطاقة...\n\n" + P2
    )
    assert _removed(text) == [
        "اقرأ أيضاً",
        "وزير الداخلية يتفقد المعابر الحدودية الشمالية",
        "وفد تجاري يزور العاصمة لبحث فرص الاستثمار في قطاع الطاقة...",
    ]
    assert _clean(text) == f"{P1}\n\n{P2}"


def test_body_line_ending_in_ellipsis_next_to_a_separator_is_kept() -> None:
    ending = "وختم المتحدث بالقول إن الأيام المقبلة ستكشف الكثير..."
    text = f"{P1}\n\n***\n\n{ending}"
    assert _clean(text) == f"{P1}\n\n{ending}"


def test_menu_run_of_short_lines_goes_but_subheadings_between_paragraphs_stay() -> None:
    text = f"الرئيسية\nأخبار\nسياسة\nاقتصاد\n\n{P1}\n\nمفاوضات صعبة\n\n{P2}\n\nموقف دولي\n\n{P3}"
    assert _removed(text) == ["الرئيسية", "أخبار", "سياسة", "اقتصاد"]
    assert "مفاوضات صعبة" in _clean(text) and "موقف دولي" in _clean(text)


def test_repeated_title_line_is_dropped_once() -> None:
    title = "مصر والأردن تبحثان التهدئة في غزة والضفة الغربية"
    text = f"{title}\n\n{title}\n{P1}"
    assert _removed(text) == [title]


@pytest.mark.parametrize(
    "body_line",
    [
        "المصدر الدبلوماسي أكد أن الاجتماع سيعقد في موعده رغم الخلافات بين الأطراف المشاركة في المؤتمر.",
        "تحرير الرهائن",
        "أعداد القتلى في ارتفاع",
        "وكتب الرئيس في تغريدة على حسابه أن بلاده لن تتخلى عن حلفائها في المنطقة مهما كانت الضغوط.",
        "وشارك في الاجتماع ممثلون عن الأمم المتحدة والاتحاد الأوروبي والجامعة العربية.",
        "وقالت الوزارة إن عدد التعليقات على القرار كان كبيرا في البرلمان خلال جلسة الأمس.",
    ],
)
def test_body_lines_that_look_like_boilerplate_words_are_kept(body_line: str) -> None:
    text = f"{P1}\n\n{body_line}\n\n{P2}"
    assert _removed(text) == []


def test_offsets_map_back_to_the_raw_text() -> None:
    text = f"  زر الذهاب إلى الأعلى\n\n   {P1}  \n{P2}\n"
    doc = BoilerplateCleaner()(Doc(raw_text=text))
    for c_start, r_start, length in doc.clean_map:
        assert doc.clean_text[c_start : c_start + length] == text[r_start : r_start + length]
    assert "".join(t for t, _ in raw_segments(doc)) == text
    assert [r for _, r in raw_segments(doc) if r] == ["navigation (back to top)"]


def test_line_key_normalises_spelling_and_punctuation() -> None:
    assert line_key("اترك تعليقاً:") == line_key("إترك تعليقا") == "اترك تعليقا"


def test_user_rules_file_is_used(tmp_path: Path) -> None:
    rules = tmp_path / "r.yaml"
    rules.write_text("rules:\n  - name: promo\n    reason: promotion\n    lines: [حمل التطبيق الآن]\n", encoding="utf-8")
    doc = BoilerplateCleaner(rules=str(rules))(Doc(raw_text=f"{P1}\nحمّل التطبيق الآن\n{P2}"))
    assert [r.reason for r in doc.removed] == ["promotion"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("rules: [\n", "invalid YAML"),
        ("rules:\n  - name: x\n    patterns: ['(']\n", "bad pattern"),
        ("rules:\n  - name: x\n    lnes: [a]\n", "unknown keys"),
        ("hello: 1\n", "rules:"),
    ],
)
def test_bad_rules_file_names_the_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as e:
        load_rules(str(path))
    assert str(path) in str(e.value) and message in str(e.value)


def test_decide_keeps_blank_lines_out_of_the_reasons() -> None:
    assert decide(["", P1, "   ", "طباعة"], load_rules()) == [None, None, None, "share prompt"]


@pytest.mark.parametrize(
    "noise",
    [
        "فيسبوك تويتر واتساب تيليجرام",
        "شارك: فيسبوك | تويتر",
        "تابعوا آخر الأخبار عبر قناتنا على تيليجرام",
        "آخر تحديث: 14:32 - الأحد 3 مارس 2024",
        "إعلان",
        "صورة أرشيفية",
        "التعليقات 12",
        "اقرأ أيضاً: الرئيس يستقبل وفدا من رجال الأعمال",
    ],
)
def test_more_page_furniture_goes(noise: str) -> None:
    text = f"{P1}\n\n{noise}\n\n{P2}"
    assert _removed(text) == [noise]


@pytest.mark.parametrize(
    "body_line",
    [
        "نشرت الصحيفة تقريرا مطولا عن المفاوضات التي جرت في القاهرة بين الوفدين خلال الأسبوع الماضي.",
        "وتابع الوزير قائلا إن بلاده لن تقبل بأي تسوية لا تضمن حقوق اللاجئين.",
        "الصور الأولى للدمار في المدينة",
    ],
)
def test_body_lines_near_those_rules_stay(body_line: str) -> None:
    assert _removed(f"{P1}\n\n{body_line}\n\n{P2}") == []


def test_arabic_body_glued_to_scraped_css_is_kept() -> None:
    line = P1 + " #vote_area ul { padding: 0; margin: 0; } .box_vote { background: #FFFFFF; border-radius: 5px; overflow: hidden; } " * 3
    assert _removed(f"{line}\n{P2}") == []


@pytest.mark.parametrize("headline", ["حقوق الجار", "حقوق الإنسان توضح حقوق المقيم"])
def test_headlines_about_rights_are_not_copyright_lines(headline: str) -> None:
    assert _removed(f"{P1}\n\n{headline}\n\n{P2}") == []


def test_copyright_line_goes() -> None:
    assert _removed(f"{P1}\n\n© 2024 حقوق النشر محفوظة لموقع الأخبار\n\n{P2}") == ["© 2024 حقوق النشر محفوظة لموقع الأخبار"]


@pytest.mark.parametrize("credit", ["المصدر: الجزيرة + وكالات", "أ ف ب", "(رويترز)"])
def test_credit_lines_go(credit: str) -> None:
    assert _removed(f"{P1}\n\n{P2}\n{credit}") == [credit]
