"""Configuration layering: the default, `section.key=value` overrides, user actor files."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasit.config import add_actor_files, load_config
from wasit.errors import ConfigError


@pytest.mark.parametrize(
    ("override", "expected"),
    [("ingest.min_arabic_letters=30", 30), ("ingest.min_arabic_letters=abc", "abc")],
)
def test_an_override_sets_one_key(override: str, expected: object) -> None:
    assert load_config(overrides=[override])["ingest"]["min_arabic_letters"] == expected


def test_an_override_without_equals_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"section\.key=value"):
        load_config(overrides=["ingest.min_arabic_letters"])


@pytest.mark.parametrize("configured", [[], "first.tsv", ["first.tsv"]])
def test_actor_files_come_after_the_configured_ones(
    tmp_path: Path, configured: str | list[str]
) -> None:
    mine = tmp_path / "mine.tsv"
    mine.write_text("", encoding="utf-8")
    cfg = load_config(overrides=[f"stage_options.actors.extra_files={configured!r}".replace("'", '"')])
    extra = add_actor_files(cfg, [mine])["stage_options"]["actors"]["extra_files"]
    assert extra == [*([configured] if isinstance(configured, str) else configured), str(mine)]


def test_a_missing_actor_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nope\.tsv"):
        add_actor_files(load_config(), [tmp_path / "nope.tsv"])
