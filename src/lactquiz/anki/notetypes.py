"""The two Anki note types lactquiz exports: a cloze type and a basic (question) type.

FROZEN: the model ids, names' fields and field order below must never change. Anki recognises a
note type by its id, and an imported note by its GUID: a re-export with the same ids updates the
notes a learner already has; changed ids or fields would make Anki add a second note type and
copies of every note. Templates and CSS may change (Anki updates them from a newer package).
"""

from __future__ import annotations

from typing import Any

import genanki

CLOZE_MODEL_ID = 1738629517
BASIC_MODEL_ID = 1738629518
CLOZE_FIELDS = ("Text", "Extra", "Source")
BASIC_FIELDS = ("Front", "Back", "Extra", "Source")

CSS = """\
.card {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: left;
  color: #1f2328;
  background-color: #ffffff;
}
.lq { max-width: 38em; margin: 0 auto; padding: 0 0.5em; }
.cloze { font-weight: bold; color: #0b57d0; }
hr#answer, hr.lq-rule { border: none; border-top: 1px solid #d0d7de; margin: 1em 0; }
.lq-back { font-weight: bold; }
.lq-extra { margin-top: 1em; color: #3d444d; }
.lq-source { margin-top: 1.5em; font-size: 0.8em; color: #59636e; }
.lq-quote { font-style: italic; border-left: 3px solid #d0d7de; padding-left: 0.6em; }
.lq-article { margin-top: 0.4em; font-weight: 600; }
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  color: #e6edf3;
  background-color: #1e1f22;
}
.nightMode .cloze, .night_mode .cloze { color: #7cacf8; }
.nightMode hr#answer, .night_mode hr#answer, .nightMode hr.lq-rule, .night_mode hr.lq-rule {
  border-top-color: #3d444d;
}
.nightMode .lq-extra, .night_mode .lq-extra { color: #c9d1d9; }
.nightMode .lq-source, .night_mode .lq-source { color: #9198a1; }
.nightMode .lq-quote, .night_mode .lq-quote { border-left-color: #3d444d; }
"""

_EXTRAS = (
    '{{#Extra}}<div class="lq-extra">{{Extra}}</div>{{/Extra}}'
    '{{#Source}}<hr class="lq-rule"><div class="lq-source">{{Source}}</div>{{/Source}}'
)

CLOZE_TEMPLATE = {
    "name": "Cloze",
    "qfmt": '<div class="lq">{{cloze:Text}}</div>',
    "afmt": f'<div class="lq">{{{{cloze:Text}}}}{_EXTRAS}</div>',
}
BASIC_TEMPLATE = {
    "name": "Card 1",
    "qfmt": '<div class="lq">{{Front}}</div>',
    "afmt": (
        '<div class="lq">{{Front}}<hr id="answer"><div class="lq-back">{{Back}}</div>'
        f"{_EXTRAS}</div>"
    ),
}


def _fields(names: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{"name": name} for name in names]


def cloze_model() -> Any:
    """The lactquiz cloze note type (a new object each time: genanki mutates its templates)."""
    return genanki.Model(
        CLOZE_MODEL_ID,
        "lactquiz Cloze",
        fields=_fields(CLOZE_FIELDS),
        templates=[dict(CLOZE_TEMPLATE)],
        css=CSS,
        model_type=genanki.Model.CLOZE,
    )


def basic_model() -> Any:
    """The lactquiz question-and-answer note type."""
    return genanki.Model(
        BASIC_MODEL_ID,
        "lactquiz Basic",
        fields=_fields(BASIC_FIELDS),
        templates=[dict(BASIC_TEMPLATE)],
        css=CSS,
    )
