"""The worth of a phrase offered as a card's answer: its log-odds of being a key fact."""

from __future__ import annotations

import pytest

from lactquiz.generate.lexicon import RARITY
from lactquiz.generate.phrases import Span
from lactquiz.generate.worth import PhraseUse, log_odds, words_odds

SENTENCE = "Mild cases settle with flucloxacillin and rest, as usual, in about 10 days (ABX10)."
USE = PhraseUse(repeats=1, object_of_verb=False, restates=False)


def at(sentence: str, text: str) -> Span:
    start = sentence.index(text)
    return Span(text, start, start + len(text))


def span(text: str) -> Span:
    return at(SENTENCE, text)


def test_rare_terms_and_quantities_outrank_everyday_words() -> None:
    drug = log_odds("key-phrase", SENTENCE, span("flucloxacillin"), USE)
    vague = log_odds("key-phrase", SENTENCE, span("usual"), USE)
    rest = log_odds("key-phrase", SENTENCE, span("rest"), USE)
    days = log_odds("number", SENTENCE, span("about 10 days"), USE)
    assert drug > rest and drug > vague
    assert days > rest and days > vague


def test_the_words_of_the_field_itself_are_everyday_words_here() -> None:
    sentence = "Mothers on ibuprofen should continue to breastfeed."
    field = log_odds("key-phrase", sentence, at(sentence, "breastfeed"), USE)
    drug = log_odds("key-phrase", sentence, at(sentence, "ibuprofen"), USE)
    assert field < drug - 1.5  # a rare word of English, but not of this field


def test_the_pattern_that_offers_a_phrase_and_its_use_in_the_article_weigh_in() -> None:
    drug = span("flucloxacillin")
    emphasised = log_odds("emphasis", SENTENCE, drug, USE)
    assert (
        emphasised
        > log_odds("named", SENTENCE, drug, USE)
        > log_odds("key-phrase", SENTENCE, drug, USE)
    )
    topic = PhraseUse(repeats=9, object_of_verb=False, restates=False)
    assert log_odds("key-phrase", SENTENCE, drug, topic) < log_odds(
        "key-phrase", SENTENCE, drug, USE
    )
    summary = PhraseUse(repeats=1, object_of_verb=False, restates=True)
    assert log_odds("key-phrase", SENTENCE, drug, summary) > log_odds(
        "key-phrase", SENTENCE, drug, USE
    )


def test_a_long_list_is_worth_less_a_card_and_a_question_ignores_where_its_answer_stood() -> None:
    item = span("rest")
    assert log_odds("list", SENTENCE, item, USE, items=6) < log_odds(
        "list", SENTENCE, item, USE, items=3
    )
    asked = Span("flucloxacillin", 0, len("flucloxacillin"))
    assert log_odds("question", SENTENCE, asked, USE) == log_odds(
        "question",
        "Another sentence of exactly the same length, word for word, as the first one.",
        asked,
        USE,
    )


def test_what_follows_a_label_and_a_longer_phrase_weigh_more() -> None:
    labelled = "Treatment: flucloxacillin and rest for ten days."
    plain = "Treatment, flucloxacillin and rest for ten days."  # as many words, in the same places
    drug = at(labelled, "flucloxacillin")
    assert drug == at(plain, "flucloxacillin")
    assert log_odds("key-phrase", labelled, drug, USE) > log_odds("key-phrase", plain, drug, USE)
    # a question's answer stands alone: no label before it counts
    assert log_odds("question", labelled, drug, USE) == log_odds("question", plain, drug, USE)
    sentence = "Feeds settle with frequent skin-to-skin contact at home."
    three = at(sentence, "frequent skin-to-skin contact")
    four = at(sentence, "frequent skin-to-skin contact at home")
    assert log_odds("key-phrase", sentence, four, USE) > log_odds(
        "key-phrase", sentence, three, USE
    )


def test_a_phrase_in_brackets_weighs_less_than_the_same_phrase_outside() -> None:
    bracketed = "The ball sits in a socket (acetabulum) that is shallow."
    plain = "The ball sits in a socket, acetabulum, that is shallow."  # same words, places
    inside = at(bracketed, "acetabulum")
    assert inside == at(plain, "acetabulum")
    assert log_odds("key-phrase", bracketed, inside, USE) < log_odds(
        "key-phrase", plain, inside, USE
    )


def test_a_rare_word_ending_as_clinical_words_do_outranks_another_as_rare() -> None:
    # both words rare in everyday English: the one ending as a clinical term weighs more
    assert RARITY["thrombocytosis"] >= 0.9 and RARITY["squiggle"] >= 0.9
    assert words_odds("thrombocytosis") > words_odds("squiggle")
    # signs, procedures and drug classes have their endings too
    for term in ("hemianopia", "apoplexy", "neutropenia", "fluconazole", "midazolam"):
        assert RARITY[term] >= 0.9
        assert words_odds(term) > words_odds("squiggle"), term
    # a word as common as "intestine" is no sign, whatever its ending
    assert words_odds("intestine") - words_odds("carpet") == pytest.approx(
        (RARITY["intestine"] - RARITY["carpet"]) * 1.94
    )


def test_a_bodys_name_weighs_less_than_a_clinical_long_form() -> None:
    # as rare and as long: the organisation's name is seldom the fact a card should ask
    body = words_odds("Royal College of Midwives")
    words = words_odds("royal college of midwives")  # the same words, named as no body
    assert body == pytest.approx(words - 1.0)
    assert words_odds("bronchopulmonary dysplasia") > body


def test_a_decade_alone_weighs_less_than_a_year() -> None:
    assert words_odds("1960s") < words_odds("1962") - 1.5
    assert words_odds("the 1980s") < words_odds("the 1984") - 1.5


def test_another_name_in_brackets_raises_a_phrase_but_an_aside_setting_it_apart_does_not() -> None:
    named = "Wear a supportive (shield) bra at night."
    aside = "Wear a supportive (not tight) bra at night."
    plain = "Wear a supportive bra at night."
    for sentence in (named, aside):
        assert at(sentence, "supportive") == at(plain, "supportive")
    odds = {s: log_odds("key-phrase", s, at(s, "supportive"), USE) for s in (named, aside, plain)}
    assert odds[named] > odds[plain] + 1
    assert odds[aside] == pytest.approx(odds[plain], abs=0.5)  # its words only make it longer


def test_a_plain_gloss_in_brackets_raises_a_phrase_but_an_example_in_brackets_does_not() -> None:
    glossed = "H2RAs are prone to tachyphylaxis (loss of effect) within weeks."
    example = "H2RAs are prone to tachyphylaxis (for example after weeks) within weeks."
    plain = "H2RAs are prone to tachyphylaxis within weeks."
    odds = {
        s: log_odds("key-phrase", s, at(s, "tachyphylaxis"), USE) for s in (glossed, example, plain)
    }
    assert odds[glossed] > odds[plain] + 1
    assert odds[example] == pytest.approx(odds[plain], abs=0.5)  # its words only make it longer


def test_a_named_sign_or_method_weighs_more_than_another_phrase_as_rare() -> None:
    assert words_odds("pseudokidney sign") > words_odds("pseudokidney shadow") + 0.5
    assert words_odds("Ponseti method") > words_odds("Ponseti clinic") + 0.5
    # a name's own capitals: "the Modified Oxford Scale"
    assert words_odds("Modified Oxford Scale") > words_odds("Modified Oxford Clinic") + 0.5
    # a sign named by a letter and a hyphen
    assert words_odds("T-sign") > words_odds("T-shape") + 0.5


def test_a_species_latin_name_weighs_more_than_other_rare_names_of_two_words() -> None:
    # the species sign: the same rare words, capitalised as a genus is
    assert words_odds("Pasteurella multocida") > words_odds("pasteurella multocida") + 0.4
    assert words_odds("Aedes aegypti") > words_odds("aedes aegypti") + 0.4
    # a name whose second word is an everyday one is no species
    assert words_odds("Down syndrome") == pytest.approx(words_odds("down syndrome"), abs=0.35)


def test_how_a_condition_is_inherited_weighs_as_a_named_thing_does() -> None:
    # the same rare word, "autosomal": the mode of inheritance is what lifts the phrase
    assert words_odds("autosomal recessive") > words_odds("autosomal chromosomes") + 0.5
    assert words_odds("X-linked forms") > words_odds("X-ray forms") + 0.5
