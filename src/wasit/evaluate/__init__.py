"""Evaluation: the event/claim scorer, OEDA detection figures and prediction helpers."""

from __future__ import annotations

from wasit.evaluate.goldfile import GoldFormatError, load_gold, parse_documents
from wasit.evaluate.scoring import Scored, score

__all__ = ["GoldFormatError", "Scored", "load_gold", "parse_documents", "score"]
