from __future__ import annotations

from typing import ClassVar

import pytest

from wasit.config import load_config
from wasit.doc import Doc
from wasit.errors import PipelineError
from wasit.pipeline import Pipeline, build_pipeline


class _Needs:
    name: ClassVar[str] = "needs"
    requires: ClassVar[tuple[str, ...]] = ("sentences",)
    assigns: ClassVar[tuple[str, ...]] = ("x",)

    def __call__(self, doc: Doc) -> Doc:
        doc.meta["x"] = len(doc.sentences)
        return doc


def test_pipeline_rejects_stage_before_its_requirements() -> None:
    with pytest.raises(PipelineError, match="requires"):
        Pipeline([_Needs()])


def test_pipeline_runs_in_order_and_records_layers() -> None:
    base = build_pipeline(["clean", "segment"])
    pipe = Pipeline([*base.stages, _Needs()])
    doc = pipe(Doc(raw_text="جملة أولى. جملة ثانية."))
    assert doc.meta["x"] == 2
    assert {"clean_text", "sentences", "x"} <= doc.layers


def test_unknown_stage_is_a_clear_error() -> None:
    with pytest.raises(PipelineError, match="unknown stage"):
        build_pipeline(["nope"])


@pytest.mark.parametrize("target", ["wasit.no_such_module:Stage", "wasit.pipeline:NoSuchFactory"])
def test_a_stage_that_cannot_be_loaded_is_a_clear_error(target: str) -> None:
    cfg = load_config(overrides=[f'stages.mine="{target}"'])
    with pytest.raises(PipelineError, match="cannot load"):
        build_pipeline(["mine"], config=cfg)
