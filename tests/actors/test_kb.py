"""The knowledge base: dated roles (a table of people × dates → codes written for this test),
adjective forms, user actor files."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasit.actors.kb import build_kb, get_kb, parse_roles
from wasit.actors.recognizer import ActorRecognizer
from wasit.errors import LexiconError


@pytest.mark.parametrize(
    ("actor_id", "date", "code"),
    [
        ("antony_blinken", "2022-05-01", "USA:GOV"),
        ("antony_blinken", "2025-06-01", "USA:ELI"),
        ("antony_blinken", "2019-01-01", "USA"),  # before any role: the country only
        ("antony_blinken", None, "USA:GOV"),  # no date: the most recent office
        ("joe_biden", "2015-03-01", "USA:GOV"),  # vice-president
        ("joe_biden", "2019-03-01", "USA:ELI"),
        ("joe_biden", "2023-03-01", "USA:GOV"),
        ("donald_trump", "2019-06-01", "USA:GOV"),
        ("donald_trump", "2023-06-01", "USA:ELI"),
        ("donald_trump", "2025-06-01", "USA:GOV"),
        ("ahmed_attaf", "2023-11-15", "DZA:GOV"),
        ("ahmed_attaf", "2010-01-01", "DZA:ELI"),
        ("benjamin_netanyahu", "2022-03-01", "ISR:OPP"),
        ("benjamin_netanyahu", "2024-03-01", "ISR:GOV"),
        ("ismail_haniyeh", "2023-10-20", "PSE:REB"),
        ("ismail_haniyeh", "2025-01-01", "PSE:REB"),  # killed in office: news keeps his code
        ("antony_blinken", "2025-02-01", "USA:ELI"),  # left office: a former official
        ("bashar_al_assad", "2015-01-01", "SYR:GOV"),
        ("bashar_al_assad", "2025-02-01", "SYR:ELI"),
        ("ahmed_al_sharaa", "2020-01-01", "SYR:REB"),
        ("ahmed_al_sharaa", "2025-02-01", "SYR:GOV"),
        ("mohamed_hamdan_dagalo", "2021-01-01", "SDN:GOV"),
        ("mohamed_hamdan_dagalo", "2024-01-01", "SDN:REB"),
        ("josep_borrell", "2023-01-01", "EUR"),
        ("ahmed_aboul_gheit", "2008-01-01", "EGY:GOV"),
        ("ahmed_aboul_gheit", "2020-01-01", "IGO"),
        ("hakan_fidan", "2015-01-01", "TUR:SPY"),
        ("hakan_fidan", "2024-01-01", "TUR:GOV"),
        ("joseph_aoun", "2020-01-01", "LBN:MIL"),
        ("joseph_aoun", "2025-03-01", "LBN:GOV"),
        ("yair_lapid", "2022-09-01", "LBN:GOV".replace("LBN", "ISR")),
        ("yair_lapid", "2024-01-01", "ISR:OPP"),
    ],
)
def test_dated_roles(actor_id: str, date: str | None, code: str) -> None:
    assert get_kb().actors[actor_id].code_on(date) == code


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("وقال بلينكن إن", "2023-10-20", "USA:GOV"),
        ("وقال بلينكن إن", "2025-03-01", "USA:ELI"),
        ("وقال الرئيس الأمريكي السابق دونالد ترامب إن", "2023-10-20", "USA:ELI"),
        ("التقى ترامب", "2017-05-01", "USA:GOV"),
    ],
)
def test_article_date_picks_the_code(text: str, date: str, code: str) -> None:
    ms = [m for m in ActorRecognizer().find(text, date) if m.kind == "person"]
    assert ms and ms[0].code == code


@pytest.mark.parametrize(
    ("form", "iso3"),
    [
        ("الأمريكية", "USA"), ("الأميركيين", "USA"), ("أمريكيون", "USA"), ("أميركيا", "USA"),
        ("الإسرائيليتين", "ISR"), ("الفلسطينيان", "PSE"), ("الأفغان", "AFG"), ("الروس", "RUS"),
        ("الكوريين الجنوبيين", "KOR"), ("المغاربة", "MAR"),
    ],
)  # fmt: skip
def test_nationality_adjectives_in_every_form(form: str, iso3: str) -> None:
    ms = ActorRecognizer().find(f"قال {form} إن", None)
    assert ms and ms[0].country == iso3, ms


@pytest.mark.parametrize(
    ("text", "error"),
    [("USA:GOV@2021-xx..", "bad date"), ("usa@2021..", "bad code")],
)
def test_bad_roles_are_rejected_with_the_place(text: str, error: str) -> None:
    with pytest.raises(LexiconError, match=error):
        parse_roles(text, "f.tsv:3")


def test_user_actor_file(tmp_path: Path) -> None:
    f = tmp_path / "mine.tsv"
    f.write_text(
        "# my actors\nzaid_local\tZaid Local\tزيد المحلي|المحلي\tJOR:OPP@2020-01-01..\n"
        "coalition_x\tCoalition X\tتحالف السهم\tYEM:PRM\tgroup\n",
        encoding="utf-8",
    )
    rec = ActorRecognizer(extra_files=[str(f)])
    ms = rec.find("التقى زيد المحلي قادة تحالف السهم", "2024-01-01")
    got = {(m.name, m.code, m.resolved_by) for m in ms}
    assert ("Zaid Local", "JOR:OPP", "user") in got
    assert ("Coalition X", "YEM:PRM", "user") in got


def test_user_file_errors_name_the_line(tmp_path: Path) -> None:
    f = tmp_path / "bad.tsv"
    f.write_text("x\tX\tاكس\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.tsv:1"):
        build_kb([f])


def test_kb_size() -> None:
    kb = get_kb()
    assert len(kb.countries) >= 249
    assert len(kb.actors) >= 1500
