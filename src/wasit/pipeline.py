"""Stages and the pipeline that runs them.

A stage is a small callable with one job: it takes a `Doc`, adds its layer(s) and returns the
`Doc`. It declares the layers it `requires` and the layers it `assigns`; `Pipeline` checks the
order when it is built (spaCy's `requires=/assigns=`, Stanza's `REQUIRES/PROVIDES`). Stages
know nothing of processes or clusters and must stay picklable.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, ClassVar, Protocol, runtime_checkable

from wasit.config import load_config
from wasit.doc import Doc
from wasit.errors import PipelineError

#: Layers every Doc has before any stage runs.
BASE_LAYERS: frozenset[str] = frozenset({"raw_text"})


@runtime_checkable
class Stage(Protocol):
    """What a pipeline stage looks like."""

    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def __call__(self, doc: Doc) -> Doc: ...


class Pipeline:
    """An ordered list of stages, checked when built."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        have = set(BASE_LAYERS)
        for stage in stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {missing}, which no earlier stage assigns "
                    f"(have: {sorted(have)}). Put a stage that assigns them before it."
                )
            have.update(stage.assigns)
        self.stages: tuple[Stage, ...] = tuple(stages)
        self.layers: frozenset[str] = frozenset(have)

    @property
    def names(self) -> list[str]:
        """The stages' names, in order."""
        return [s.name for s in self.stages]

    def __call__(self, doc: Doc) -> Doc:
        for stage in self.stages:
            doc = stage(doc)
            doc.layers.update(stage.assigns)
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterable[Doc]:
        """Run the pipeline over `docs`, lazily, one document at a time."""
        for doc in docs:
            yield self(doc)


def make_stage(name: str, config: dict[str, Any] | None = None) -> Stage:
    """Build the stage registered under `name` in the config's `[stages]` table."""
    cfg = config or load_config()
    try:
        target = cfg["stages"][name]
    except KeyError as e:
        known = sorted(cfg.get("stages", {}))
        raise PipelineError(f"unknown stage {name!r}; known stages: {known}") from e
    module_name, _, attr = str(target).partition(":")
    try:
        factory = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as e:
        raise PipelineError(
            f"stage {name!r}: cannot load {target!r} from the config's [stages] table"
            f" (expected 'module:Factory'): {e}"
        ) from e
    options = cfg.get("stage_options", {}).get(name, {})
    stage: Stage = factory(**options)
    return stage


def build_pipeline(names: Sequence[str] | None = None, config: dict[str, Any] | None = None) -> Pipeline:
    """A checked pipeline of the stages `names` (default: the config's `[pipeline] stages`)."""
    cfg = config or load_config()
    stage_names = list(names) if names is not None else list(cfg["pipeline"]["stages"])
    return Pipeline([make_stage(n, cfg) for n in stage_names])


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline of the shipped default config (built once per process and cached)."""
    return build_pipeline()
