"""Tests of cloze text as Anki field HTML."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lactquiz.anki.html import _cloze_field, render, render_cloze
from lactquiz.cloze import ClozeSyntaxError, find_deletions

_PIECES = st.sampled_from(["a", " ", ":", "::", "*", "{", "}", "<", "&", "[", "!", "\n", "'"])
_DELETIONS = st.sampled_from(["{{c1::", "{{c2::", "}}"])


@settings(max_examples=500)
@given(st.lists(st.one_of(_PIECES, _DELETIONS), max_size=20).map("".join))
def test_text_rendering_as_itself_is_rendered_as_any_other(text: str) -> None:
    try:
        deletions = find_deletions(text)
    except ClozeSyntaxError:
        return
    assert render_cloze(text, deletions) == _cloze_field(text, deletions, render)
