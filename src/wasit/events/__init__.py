"""Event coding: PLOVER events with actor, recipient, mediator, status, place and evidence.

- `lexicon`  loads `data/events/triggers.yaml` (types, modes, frames, Arabic forms; verbs are
  inflected) into an index by first word.
- `triggers` finds trigger words in a sentence with their proclitics and pronoun suffixes.
- `frames`   groups the sentence's actor mentions and assigns actor / recipient / mediator.
- `status`   status cues (planned, requested, negated, hypothetical), attribution, commentators
  (data in `data/events/cues.yaml`).
- `detect`   a small logistic model that confirms ASSAULT / PROTEST sentences
  (`data/events/detect_*.tsv`, trained on the OEDA GSR train half).
- `merge`    one event per distinct event per document.
- `coder`    the `events` stage (`EventCoder`) and `explain_lines` for `wasit explain`.
"""
