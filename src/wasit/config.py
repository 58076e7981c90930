"""Configuration in one place: the shipped `default_config.toml`, a user's file layered on
top, and single keys overridable as `section.key=value` (spaCy's config is the model)."""

from __future__ import annotations

import copy
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from wasit.errors import ConfigError

DEFAULT_CONFIG = Path(__file__).with_name("default_config.toml")


@lru_cache(maxsize=1)
def _default() -> dict[str, Any]:
    with DEFAULT_CONFIG.open("rb") as f:
        return tomllib.load(f)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def load_config(path: str | Path | None = None, overrides: list[str] | None = None) -> dict[str, Any]:
    """The default config, with the user's TOML file and `a.b=value` overrides on top."""
    cfg = copy.deepcopy(_default())
    if path is not None:
        try:
            with Path(path).open("rb") as f:
                cfg = _merge(cfg, tomllib.load(f))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"cannot read config {path}: {e}") from e
    for item in overrides or []:
        key, sep, raw = item.partition("=")
        if not sep:
            raise ConfigError(f"override {item!r} is not of the form section.key=value")
        try:
            value: Any = tomllib.loads(f"v = {raw}")["v"]
        except tomllib.TOMLDecodeError:
            value = raw
        node = cfg
        parts = key.split(".")
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        node[parts[-1]] = value
    return cfg


def add_actor_files(cfg: dict[str, Any], files: list[str | Path]) -> dict[str, Any]:
    """Add user actor files (TSV) to the actors stage's `extra_files`, after those the
    configuration already names. Raises `ConfigError` for a file that does not exist."""
    for path in files:
        if not Path(path).is_file():
            raise ConfigError(f"--actors {path}: no such file")
    if files:
        opts = cfg.setdefault("stage_options", {}).setdefault("actors", {})
        extra = opts.get("extra_files") or []
        opts["extra_files"] = [*([extra] if isinstance(extra, str) else extra), *map(str, files)]
    return cfg
