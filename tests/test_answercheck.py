"""Typed answers: lenient where spelling varies, strict where a letter or digit is the fact."""

from __future__ import annotations

import pytest

from lactquiz.answercheck import Verdict, check_answer


@pytest.mark.parametrize(
    ("typed", "expected", "verdict"),
    [
        ("Secretory IgA", "Secretory IgA", Verdict.EXACT),
        ("secretory iga", "Secretory IgA", Verdict.EXACT),
        ("  secretory   IgA ", "Secretory IgA", Verdict.EXACT),
        ("the mammary glands", "Mammary glands", Verdict.EXACT),
        ("mothers gut", "the mother\u2019s gut", Verdict.EXACT),
        ("mother gut", "the mother\u2019s gut", Verdict.CLOSE),
        ("mother's gut", "the mother\u2019s gut", Verdict.EXACT),
        ("Cafe", "Café", Verdict.EXACT),
        ("pro-inflammatory", "pro inflammatory", Verdict.EXACT),
        ("macrophges", "macrophages", Verdict.CLOSE),
        ("oligosacharides", "oligosaccharides", Verdict.CLOSE),
        ("neutrophills", "Neutrophils", Verdict.CLOSE),
        ("secretory IgM", "Secretory IgA", Verdict.WRONG),
        ("IgG", "IgA", Verdict.WRONG),
        ("sIgA", "IgA", Verdict.WRONG),
        ("24 h", "12 h", Verdict.WRONG),
        ("12 mg", "12 g", Verdict.WRONG),
        ("12 h", "12 h", Verdict.EXACT),
        ("lymphocytes", "dendritic cells", Verdict.WRONG),
        ("gut", "gum", Verdict.WRONG),  # short words must be exact
        ("", "Mastitis", Verdict.WRONG),
        ("mastitis", "", Verdict.WRONG),
    ],
)
def test_verdicts(typed: str, expected: str, verdict: Verdict) -> None:
    assert check_answer(typed, expected).verdict is verdict


def test_diff_marks_missing_and_extra_characters() -> None:
    check = check_answer("macrophges", "macrophages")
    assert check.correct
    assert [(s.text, s.kind) for s in check.diff] == [
        ("macroph", "same"),
        ("a", "missing"),
        ("ges", "same"),
    ]
    wrong = check_answer("IgM", "IgA")
    assert not wrong.correct
    assert [(s.text, s.kind) for s in wrong.diff] == [
        ("Ig", "same"),
        ("M", "extra"),
        ("A", "missing"),
    ]
