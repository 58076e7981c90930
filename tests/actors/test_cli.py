"""`wasit actors QUERY` looks actors up (and reads a user's actor file with --actors)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from wasit.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["actors", "بلينكن", "--date", "2023-05-01"], "antony_blinken\tUSA:GOV"),
        (["actors", "Blinken", "--date", "2025-05-01"], "antony_blinken\tUSA:ELI"),
        (["actors", "حماس"], "hamas\tPSE:REB"),
    ],
)
def test_actors_lookup(args: list[str], expected: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert expected in result.output


def test_actors_unknown_query_exits_1() -> None:
    result = runner.invoke(app, ["actors", "لا يوجد أحد بهذا الاسم إطلاقا"])
    assert result.exit_code == 1


def test_actors_with_user_file(tmp_path: Path) -> None:
    f = tmp_path / "mine.tsv"
    f.write_text("local_mayor\tLocal Mayor\tعمدة البلدة\tEGY:GOV@2020..\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", "عمدة", "--actors", str(f)])
    assert result.exit_code == 0 and "local_mayor\tEGY:GOV" in result.output
