"""Distractors: the kind of an answer, and wrong options of the same kind that are never right."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from lactquiz.answercheck import Verdict, check_answer
from lactquiz.distractors import choose_distractors, is_right, kind_of, words_of

ANTIBODIES = ["IgA", "IgG", "IgM", "IgE", "IgD"]
CELLS = ["lymphocytes", "macrophages", "neutrophils", "leukocytes", "epithelial cells"]
NUMBERS = ["12 h", "24 hours", "6 weeks", "80%", "3-5 days", "2 months"]
WORDS = ["mastitis", "lactase", "lactose", "oxytocin", "prolactin", "mammary glands"]
POOL = ANTIBODIES + CELLS + NUMBERS + WORDS + ["HMO", "Secretory IgA", "Targeted protection"]


def pick(answer: str, prompt: str = "Which one?", accepted: tuple[str, ...] = ()) -> list[str]:
    return choose_distractors(answer, accepted, prompt, POOL, random.Random(1))


def test_kinds_of_answers() -> None:
    assert kind_of("Secretory IgA").category == "acronym"
    assert kind_of("Secretory IgA").family == kind_of("IgG").family == "Ig"
    assert kind_of("12 h").category == "number"
    assert kind_of("12 h").family == kind_of("24 hours").family == "hour"
    assert kind_of("80%").family == "percent"
    assert kind_of("lymphocytes").family == kind_of("epithelial cells").family == "cell"
    assert kind_of("mastitis").family == "inflammation"
    assert kind_of("lactase").family == "enzyme"
    assert kind_of("oligosaccharides").family == "sugar"
    assert kind_of("mammary glands").head == "gland"
    assert kind_of("Staphylococcus aureus").capitalised


def test_an_antibody_gets_other_antibodies() -> None:
    chosen = pick("Secretory IgA")
    assert len(chosen) == 3
    assert all(kind_of(c).family == "Ig" for c in chosen)
    assert "IgA" not in chosen  # secretory IgA is IgA


def test_a_cell_type_gets_other_cell_types_and_a_number_other_numbers() -> None:
    assert all(kind_of(c).family == "cell" for c in pick("B cells"))
    hours = pick("48 h")
    assert all(kind_of(c).category == "number" for c in hours)
    assert {"12 h", "24 hours"} <= set(hours)  # same unit first


def test_an_enzyme_gets_enzymes_and_near_spellings_stay_wrong_options() -> None:
    pool = ["lactase", "lipase", "lactose", "cytokines"]
    chosen = choose_distractors("amylase", (), "Which enzyme?", pool, random.Random(3))
    assert chosen[:2] in (["lactase", "lipase"], ["lipase", "lactase"])


def test_right_answers_are_never_offered() -> None:
    pool = ["IgA", "iga", "the IgA", "Secretory IgA", "sIgA", "IgG", "IgM", "IgE"]
    chosen = choose_distractors("IgA", (), "Which antibody?", pool, random.Random(0))
    assert sorted(chosen) == ["IgE", "IgG", "IgM"]
    spellings = ["haemoglobin", "Hemoglobins", "myoglobin", "globulin", "albumin"]
    chosen = choose_distractors("hemoglobin", (), "Which protein?", spellings, random.Random(0))
    assert "haemoglobin" not in chosen and "Hemoglobins" not in chosen


def test_answers_in_the_prompt_or_accepted_by_another_deletion_are_never_offered() -> None:
    prompt = "Breastfeeding conveys antibodies, immune cells, [...] and oligosaccharides."
    pool = ["immune cells", "cytokines", "chemokines", "interleukins", "lymphocytes"]
    chosen = choose_distractors("cytokines", ("immune cells",), prompt, pool, random.Random(0))
    assert "immune cells" not in chosen
    assert "cytokines" not in chosen
    assert is_right("oligosaccharides", (), prompt)


def test_too_few_of_the_same_kind_gives_fewer_options_or_none() -> None:
    assert choose_distractors("12 h", (), "How long?", ["24 h", "IgA"], random.Random(0)) == [
        "24 h"
    ]
    assert choose_distractors("12 h", (), "How long?", ["IgA", "mastitis"], random.Random(0)) == []
    assert choose_distractors("12 h", (), "How long?", [], random.Random(0)) == []


def test_the_same_seed_gives_the_same_options_whatever_the_pool_order() -> None:
    pool = [*ANTIBODIES, "HMO"]
    one = choose_distractors("IgA", (), "?", pool, random.Random(5))
    two = choose_distractors("IgA", (), "?", list(reversed(pool)), random.Random(5))
    assert one == two


# Property: over generated pools, every distractor is of the answer's category, distinct, from the
# pool, and right by none of the independent checks below.

_number = st.builds(
    lambda n, unit: f"{n} {unit}".strip(),
    st.integers(0, 500),
    st.sampled_from(["", "h", "hours", "days", "%", "mg", "ml", "weeks"]),
)
_acronym = st.sampled_from(["IgA", "IgG", "IgM", "sIgA", "IgE", "HMO", "DHA", "EGF", "TGF"])
_word = st.builds(
    lambda stem, suffix: stem + suffix,
    st.sampled_from(["lacto", "lympho", "macro", "mast", "amyl", "lip", "oxyto", "cyto"]),
    st.sampled_from(["cytes", "itis", "ase", "se", "kines", "cin", "phages", "sis", ""]),
)
_phrase = st.builds(lambda a, b: f"{a} {b}", _word, st.sampled_from(["cells", "glands", "ducts"]))
_free = st.text(
    st.characters(codec="utf-8", categories=["L", "N", "Zs", "Pd"]), min_size=1, max_size=20
)
_answer = st.one_of(_number, _acronym, _word, _phrase, _free)


def _variants(answer: str) -> list[str]:
    return [answer.upper(), answer.lower(), f"the {answer}", f" {answer}. ", f"{answer}s"]


def _in_prompt(candidate: str, prompt: str) -> bool:
    inner, outer = " ".join(words_of(candidate)), " ".join(words_of(prompt))
    return bool(inner) and f" {inner} " in f" {outer} "


@settings(max_examples=300, deadline=None)
@given(
    answer=_answer,
    accepted=st.lists(_answer, max_size=2),
    pool=st.lists(_answer, max_size=25),
    prompt_words=st.lists(_answer, max_size=3),
    seed=st.integers(0, 1000),
)
def test_distractors_are_same_kind_and_never_right(
    answer: str, accepted: list[str], pool: list[str], prompt_words: list[str], seed: int
) -> None:
    prompt = "Which is it: " + ", ".join(prompt_words) + " [...]?"
    full_pool = pool + _variants(answer) + [a.upper() for a in accepted] + prompt_words
    chosen = choose_distractors(answer, accepted, prompt, full_pool, random.Random(seed))
    assert len(chosen) <= 3
    assert len({words_of(c) for c in chosen}) == len(chosen)
    category = kind_of(answer).category
    for option in chosen:
        assert option in full_pool
        assert kind_of(option).category == category
        assert not _in_prompt(option, prompt)
        for right in [answer, *accepted]:
            assert words_of(option) != words_of(right)
            assert check_answer(option, right).verdict is not Verdict.EXACT
    again = choose_distractors(answer, accepted, prompt, full_pool, random.Random(seed))
    assert again == chosen
