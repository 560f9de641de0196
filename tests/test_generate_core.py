"""The card generator's core on a small article built in code: sentences, phrases, gates and the
density cap. (Reading HTML, Markdown and page scrapes is tested with the readers.)"""

from __future__ import annotations

import re

from lactquiz.deckfile import Note, NoteKind, parse_text, serialize
from lactquiz.generate.article import Article, Block, BlockKind
from lactquiz.generate.candidates import (
    ArticleText,
    Candidate,
    Unit,
    _ArticleFacts,
    candidates,
    norm,
    shown_section,
    units,
)
from lactquiz.generate.deckout import as_deck
from lactquiz.generate.phrases import (
    Span,
    comma_lists,
    list_items,
    noun_phrases,
    numbers,
    parentheticals,
)
from lactquiz.generate.pipeline import DraftNote, as_json, generate
from lactquiz.generate.select import _said_before, _word_runs, choose
from lactquiz.generate.sentences import split_sentences, without_pointers

H, P, ITEM = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.ITEM

ARTICLE = Article(
    title="Lactogenesis",
    blocks=(
        Block(H, "Stages of milk production", 1),
        Block(
            P,
            "Lactogenesis II refers to the onset of copious milk secretion after birth. "
            "It usually begins 30 to 72 hours after delivery of the placenta.",
        ),
        Block(P, "The fall in progesterone triggers the change, e.g. after the birth."),
        Block(P, "Key hormones include prolactin, oxytocin, insulin, and cortisol."),
        Block(P, "Signs of the change (pictured in the photo above) appear on day three."),
        Block(H, "Supply", 1),
        Block(P, "These signs include"),
        Block(ITEM, "Breast fullness", 1),
        Block(ITEM, "Leaking", 1),
        Block(ITEM, "Softer stools", 1),
    ),
    references=("Author A. A paper. Journal. 2024.",),
)


def test_sentences_keep_abbreviations_and_drop_pointers() -> None:
    assert split_sentences("Feed often, e.g. every 2 h. Smith et al. agree. Yes.") == [
        "Feed often, e.g. every 2 h.",
        "Smith et al. agree.",
        "Yes.",
    ]
    # "No." shortens "number" only before one
    assert split_sentences('See Opinion No. 722. No. "Pump and dump" is not needed.') == [
        "See Opinion No. 722.",
        "No.",
        '"Pump and dump" is not needed.',
    ]
    # a capital letter naming a thing ends its sentence; an initial does not
    assert split_sentences("It is corrected by vitamin K. It was called HDN. By A. Smith.") == [
        "It is corrected by vitamin K.",
        "It was called HDN.",
        "By A. Smith.",
    ]
    # an abbreviation opening a bracket: "(e.g. Be My Eyes)"
    assert split_sentences("Try an app (e.g. Be My Eyes) with a helper. Then feed.") == [
        "Try an app (e.g. Be My Eyes) with a helper.",
        "Then feed.",
    ]
    # "a.m." before a time zone goes on; before a capital opening a sentence, it ends one
    assert split_sentences(
        "The line opens at 10 a.m. GMT (11 a.m. CET) daily. Call at 8 p.m. Then"
    ) == [
        "The line opens at 10 a.m. GMT (11 a.m. CET) daily.",
        "Call at 8 p.m.",
        "Then",
    ]
    # a citation's number after the stop ends the sentence too
    assert split_sentences("It starts under 6 years of age.[1] Severe ECC is rarer.[2, 3]") == [
        "It starts under 6 years of age.",
        "Severe ECC is rarer.[2, 3]",
    ]
    assert without_pointers("Cells (pictured in the photo above) migrate.") == "Cells migrate."
    assert without_pointers("The photo at the top of the page is a cell.") is None
    assert without_pointers("As shown above, milk flows.") is None
    # "above" and "below" as comparisons are not pointers
    assert without_pointers("A fever above 38.5 °C or a weight below 2.5 kg.") == (
        "A fever above 38.5 °C or a weight below 2.5 kg."
    )


def test_phrases() -> None:
    sentence = "Key hormones include prolactin, oxytocin, insulin, and cortisol."
    assert [s.text for s in list_items(sentence)] == [
        "prolactin",
        "oxytocin",
        "insulin",
        "cortisol",
    ]
    assert [s.text for s in comma_lists("Exposure to microbes, food antigens, and pathogens.")] == [
        "microbes",
        "food antigens",
        "pathogens",
    ]
    assert "copious milk secretion" in [
        s.text
        for s in noun_phrases(
            "Lactogenesis II refers to the onset of copious milk secretion after birth."
        )
    ]
    # a bound before a quantity is part of it: the fact is "above 38.5 °C", not "38.5 °C"
    assert [s.text for s in numbers("A fever above 38.5 °C or 101 °F.")] == [
        "above 38.5 °C",
        "101 °F",
    ]
    assert [s.text for s in numbers("It begins 30 to 72 hours after birth in 20% of cases.")] == [
        "30 to 72 hours after birth",
        "20% of cases",
    ]


def test_generated_notes_pass_the_gates_and_the_density_cap() -> None:
    notes = generate(ARTICLE)
    assert notes
    reviewable = sum(len(note.answers) for note in notes)
    assert reviewable <= 8 * ARTICLE.words / 100
    answers = [a for note in notes for a in note.answers]
    assert "30 to 72 hours after delivery" in answers and "Lactogenesis II" in answers
    text = " ".join(block.text for block in ARTICLE.blocks).lower()
    for note in notes:
        plain = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", note.prompt)
        assert not re.match(r"(?i)(this|these|it|they)\b", plain), plain
        assert "photo" not in plain
        assert all(a.lower() in text and len(a.split()) <= 6 for a in note.answers)
    assert len({a.lower() for a in answers}) == len(answers)  # no answer twice
    assert generate(ARTICLE) == notes  # deterministic


def test_json_shape() -> None:
    data = as_json(ARTICLE, generate(ARTICLE))
    assert set(data) == {"article", "cards"}
    assert data["article"]["references"] == ["Author A. A paper. Journal. 2024."]
    card = data["cards"][0]
    assert set(card) == {"id", "kind", "prompt", "answers", "section", "source", "extra"}
    assert card["kind"] == "cloze" and card["section"] == "Stages of milk production"


def _texts(sentence: str) -> list[str]:
    return [span.text for span in noun_phrases(sentence)]


def test_verbs_stay_out_of_noun_phrases() -> None:
    assert _texts("Hunger is one reason a baby wakes at night.")[-2:] == ["baby", "night"]
    assert "Newborns" in _texts("Newborns sleep for about 14 to 17 hours in 24 hours.")
    assert "red" in _texts("A face that turns red also belongs to this stage.")
    assert "lactocytes" in _texts("The cells lining the alveoli mature into lactocytes.")
    # a participle before its noun is the noun's adjective, not a verb
    assert "targeted protection" in _texts("It is a link which provides targeted protection.")
    assert _texts("The Academy of Breastfeeding Medicine's 2022 protocol describes it.")[0] == (
        "Academy of Breastfeeding Medicine"
    )
    # one name's possessive is an eponym's term
    assert "primary Raynaud's phenomenon" in _texts("With primary Raynaud's phenomenon it recurs.")
    assert "American Academy of Pediatrics" in _texts(
        "The American Academy of Pediatrics recommends that infants sleep on their back."
    )
    # a participle after an article describes the noun after it, whatever its form
    assert _texts("Have a written infant feeding policy.") == ["written infant feeding policy"]
    assert _texts("Rest the swollen breast.")[-1] == "swollen breast"
    # a past tense after its subject is the clause's verb: a thing's noun or a law's name
    assert _texts("The law banned inclined sleepers.") == ["law", "inclined sleepers"]
    assert _texts("It fell, and the Safe Sleep for Babies Act 2022 banned inclined sleepers.")[
        -2:
    ] == ["Safe Sleep for Babies Act 2022", "inclined sleepers"]
    # but a trial's name, and more than one thing, go on before a participle
    assert _texts("The DAME randomised trial enrolled 635 women.")[0] == "DAME randomised trial"
    assert _texts("The retained placental fragments were removed.") == [
        "retained placental fragments"
    ]
    # a describing "-ing" word before a rare noun: after an article, or a term opening its
    # sentence alone; not a doing named with its object
    assert _texts("Lactating adenoma, a solid mass, grows.")[0] == "Lactating adenoma"
    assert _texts("A lactating adenoma is a solid mass.")[0] == "lactating adenoma"
    assert _texts("A pump is better for collecting colostrum.") == ["pump", "colostrum"]
    assert _texts("Giving paracetamol straight after helps.") == ["paracetamol"]
    assert _texts("Carrying GBS, having antibiotics in labour, is no reason.")[0] == "GBS"
    # a word saying when a thing was done ends the phrase before its participle
    assert "small whey protein" in _texts("It is a small whey protein first described in goats.")
    assert _texts("Give an unhurried first feed.") == ["unhurried first feed"]
    # a number or a count before a span of time starts a time, no label of the noun before
    assert _texts("Change the routine 2 weeks before the birth.") == ["routine", "birth"]
    assert _texts("Change the routine two weeks before the birth.") == ["routine", "birth"]
    assert _texts("He had type 2 diabetes.") == ["type 2 diabetes"]
    # a plural after a word that can only describe is a thing, not a verb
    assert "deep rhythmic sucks" in _texts("Then slow, deep rhythmic sucks with pauses.")
    assert _texts("NICE recommends CBT.") == ["NICE", "CBT"]
    # vitamins named by a list of their letters are one thing
    assert _texts("Give a supplement containing vitamins A, C and D every day.")[1] == (
        "vitamins A, C and D"
    )
    assert _texts("Fat-soluble vitamins A, D, E and K are stored.") == [
        "Fat-soluble vitamins A, D, E and K"
    ]
    # a past tense that is never a participle ("shown" is) is a verb before a describing word
    assert _texts("Pups reared in noise showed delayed maturation.") == [
        "Pups",
        "noise",
        "delayed maturation",
    ]
    # a name's possessive inside a longer name goes on with it
    assert _texts("It was launched by the United Nations Children's Fund in 1991.")[0] == (
        "United Nations Children's Fund"
    )
    assert "St Mary's Hospital" in _texts("Babies born at St Mary's Hospital were studied.")
    # "using" is never a describing word, whatever follows it
    assert (
        _texts("It is done without anaesthesia, using sterile, sharp, blunt-ended scissors.")[-1]
        == "sterile, sharp, blunt-ended scissors"
    )


def test_a_second_order_after_and_is_a_verb_not_a_noun() -> None:
    # after an order, an infinitive or a modal, a base form after "and" before its object is
    # the second verb: "test" is not the end of "cold running tap"
    assert _texts("Hold the bottle under a cold running tap and test the temperature.") == [
        "bottle",
        "cold running tap",
        "temperature",
    ]
    assert _texts("It helps to find a comfortable routine and collect a small supply.") == [
        "comfortable routine",
        "small supply",
    ]
    assert "tooth" in _texts("You should not blame the tooth and miss an illness.")
    # an order after a word saying when, and a second on a doing named as a thing
    assert _texts("Always observe a full feed and check positioning and attachment.") == [
        "full feed",
        "positioning",
        "attachment",
    ]
    # with no verb in its base form before it, a noun after "and" stays one
    assert "baby" in _texts("The mother and baby the midwife visits are well.")


def test_an_abscess_is_a_thing_and_a_technical_describing_word_no_subject() -> None:
    # the word lists know "abscess" only as a verb; "non-lactational" they do not know at all
    assert "Non-lactational abscesses" in _texts(
        "Non-lactational abscesses, typically periareolar, recur."
    )
    assert "probiotic drops" in _texts("Give probiotic drops containing L. reuteri daily.")


def test_numbers_in_words_and_between_ranges_and_units_first() -> None:
    found = numbers("In infants between 1 and 6 months of age, intake averages about 800 mL.")
    assert [s.text for s in found] == ["between 1 and 6 months", "about 800 mL"]
    worded = numbers("It appears most often in the first six weeks, in three stages, in 2022.")
    assert [s.text for s in worded][:2] == ["in the first six weeks", "three stages"]
    # a code's tail is no number: "WHA34.22" is one name
    coded = numbers("It was adopted in May 1981 as resolution WHA34.22, and 2.5 mL is a dose.")
    assert [s.text for s in coded] == ["2.5 mL", "May 1981"]


def test_lists_need_commas_and_examples_can_stand_inline() -> None:
    assert comma_lists("Frequent and effective, skin contact and attention all help.") == []
    # two describing words sharing a noun are one item: "early and frequent feeding"
    found = comma_lists("Early and frequent feeding, skin contact and attention all help.")
    assert [s.text for s in found] == ["Early and frequent feeding", "skin contact", "attention"]
    assert [
        s.text for s in parentheticals("They are recruited during challenges such as mastitis.")
    ] == ["mastitis"]
    assert parentheticals("The system is particularly active during lactation.") == []


def _answers(blocks: tuple[Block, ...]) -> dict[str, list[str]]:
    article = Article(title="Test", blocks=blocks)
    text = ArticleText(" ".join(block.text for block in blocks))
    found: dict[str, list[str]] = {}
    for unit in units(article):
        found[unit.text] = [a for c in candidates(unit, text) for a in c.answers]
    return found


def test_a_leading_pronoun_is_read_with_the_sentence_before_never_guessed_from_the_heading() -> (
    None
):
    found = _answers(
        (
            Block(H, "Secretory activation", 1),
            Block(
                P,
                "The first milk, colostrum, is thick and yellowish. "
                "It is rich in secretory IgA, lactoferrin and white blood cells. "
                "Galactopoiesis, also called lactogenesis III, is the maintenance of supply. "
                "It is controlled by local signals. "
                "Many mothers notice changes early. "
                "It happens within days.",
            ),
        )
    )
    assert "colostrum" in found["The first milk, colostrum, is thick and yellowish."]
    rich = (
        "The first milk, colostrum, is thick and yellowish."
        " It is rich in secretory IgA, lactoferrin and white blood cells."
    )
    assert "secretory IgA" in found[rich] and "colostrum" not in found[rich]  # shown, not hidden
    assert (
        "Galactopoiesis, also called lactogenesis III, is the maintenance of supply."
        " It is controlled by local signals."
    ) in found
    assert "Many mothers notice changes early. It happens within days." in found
    assert not any(text.startswith("Secretory activation happens") for text in found)


def test_the_antecedent_put_in_for_a_pronoun_is_never_hidden() -> None:
    found = _answers(
        (
            Block(H, "Immune cells", 1),
            Block(P, "Resident mammary immune cells include macrophages."),
            Block(P, "These cells"),
            Block(ITEM, "Produce cytokines and other signals that call more cells in", 1),
            Block(ITEM, "Facilitate tissue repair once the infection has cleared", 1),
        )
    )
    produce = next(text for text in found if "produce cytokines" in text)
    assert produce.startswith("Resident mammary immune cells produce")
    assert not any("immune" in answer for answer in found[produce])


def test_a_lead_in_ending_in_a_verb_and_colon_is_finished_by_each_long_item() -> None:
    found = _answers(
        (
            Block(P, "The signs include:"),
            Block(ITEM, "fuller, heavier and warmer breasts;", 1),
            Block(ITEM, "a rapid rise in milk volume over the following days;", 1),
        )
    )
    assert "The signs include a rapid rise in milk volume over the following days." in found
    assert any(text.startswith("The signs include fuller") for text in found)


def test_definitions_become_questions_shown_without_a_heading_that_gives_the_term_away() -> None:
    article = Article(
        title="Milk",
        blocks=(
            Block(H, "Milk release", 1),
            Block(
                P,
                "The let-down reflex is defined as the release of milk triggered by oxytocin. "
                "Lactoferrin is an iron-binding protein which limits the growth of pathogens.",
            ),
            Block(H, "Foremilk", 1),
            Block(P, "Foremilk refers to the thinner milk released at the start of a feed."),
            Block(P, "Feeds vary. " * 30),  # words enough for every card under the density cap
        ),
    )
    notes = generate(article)
    questions = {n.prompt: (n.answers, n.section) for n in notes if n.kind.value == "basic"}
    # a definition's term is asked by a question, unless its section's heading names it
    assert questions == {
        "What is defined as the release of milk triggered by oxytocin?": (
            ("Let-down reflex",),
            ("Milk release",),
        ),
        "Which iron-binding protein limits the growth of pathogens?": (
            ("Lactoferrin",),
            ("Milk release",),
        ),
    }
    # Foremilk, its section's own heading, is asked by a cloze at most, shown under the headings
    # above it alone (none here), which do not give it away
    foremilk = [n for n in notes if "Foremilk" in n.answers]
    assert all(n.kind.value == "cloze" and n.section == () for n in foremilk)


def _one_sentence_notes(heading: str, sentence: str) -> list[DraftNote]:
    """The notes of an article of one sentence worth asking about, under ``heading``, and
    filler enough to leave the density cap room for every card it offers."""
    filler = Block(P, "Feeds vary. " * 30)
    return generate(
        Article(title=heading, blocks=(Block(H, heading, 1), Block(P, sentence), filler))
    )


def test_no_answer_is_asked_twice_not_even_by_a_question_and_a_cloze() -> None:
    notes = _one_sentence_notes(
        "Milk release", "The let-down reflex is defined as the release of milk caused by oxytocin."
    )
    answers = [norm(a) for note in notes for a in note.answers]
    assert "let-down reflex" in answers
    assert len(answers) == len(set(answers))


def test_a_long_form_hidden_with_its_short_form_is_not_asked_for_again() -> None:
    notes = _one_sentence_notes(
        "Neonatal herpes", "It can take three forms: central nervous system (CNS) disease, mostly."
    )
    answers = [a for note in notes for a in note.answers]
    assert "central nervous system (CNS) disease" in answers
    assert not [note for note in notes if note.prompt == "What does CNS stand for?"]


def test_a_sentence_that_cannot_be_shown_still_asks_what_its_abbreviation_stands_for() -> None:
    # too long to show with the sentence before, which its "These" leans on
    before = (
        "Marasco and colleagues described a small case series of women with PCOS and low supply,"
        " several of whom reported little or no breast enlargement during pregnancy and had widely"
        " spaced or tubular breasts."
    )
    sentence = "These are features of insufficient glandular tissue (IGT), also called hypoplasia."
    notes = _one_sentence_notes("Low supply", f"{before} {sentence}")
    assert [(n.prompt, n.answers) for n in notes if n.source == sentence] == [
        ("What does IGT stand for?", ("insufficient glandular tissue",))
    ]


def test_a_sentence_whose_this_stands_for_a_question_heading_asks_its_abbreviation() -> None:
    sentence = "This sounds like benign paroxysmal positional vertigo (BPPV), a common cause."
    notes = _one_sentence_notes("The room spins when I turn over. What is that?", sentence)
    assert [(n.prompt, n.answers) for n in notes if n.source == sentence] == [
        ("What does BPPV stand for?", ("benign paroxysmal positional vertigo",))
    ]


def test_an_answer_inside_one_already_asked_or_in_its_other_number_is_not_asked_again() -> None:
    def offered(position: int, sentence: str, *worths: tuple[str, float]) -> Candidate:
        unit = Unit(sentence, sentence, ("Milk",), position)
        spans = tuple(Span(p, sentence.index(p), sentence.index(p) + len(p)) for p, _ in worths)
        return Candidate(unit, spans, "key-phrase", tuple(w for _, w in worths))

    pool = [
        offered(0, "Milk carries secretory IgA to the gut.", ("secretory IgA", 3.0)),
        offered(1, "Colostrum is rich in IgA.", ("IgA", 2.0), ("Colostrum", 0.5)),
        offered(2, "Engorged breasts feel hard.", ("Engorged breasts", 2.5)),
        offered(3, "Warm each engorged breast.", ("engorged breast", 1.5)),
        offered(4, "Sucking drains the breast.", ("breast", 1.2)),
        offered(5, "Sucking drains the ducts.", ("ducts", 1.0)),
    ]
    answers = [a for chosen in choose(pool, 1000, None) for a in chosen.answers]
    assert answers == ["secretory IgA", "Colostrum", "Engorged breasts", "ducts"]


def test_an_answer_said_before_is_one_asked_in_either_number_or_inside_one_asked() -> None:
    said = {run for key in ("secretory iga", "engorged breasts") for run in _word_runs(key)}
    assert _said_before(said, ["secretory iga"])  # the same answer
    assert _said_before(said, ["engorged breast"])  # in its other number
    assert _said_before(said, ["breast"]) and _said_before(said, ["breasts"])
    assert _said_before(said, ["iga"])  # inside an answer asked
    assert _said_before(said, ["colostrum", "iga"])  # any of the answers
    assert not _said_before(said, ["colostrum"])
    assert not _said_before(said, ["ig"])  # whole words only
    assert not _said_before(said, ["iga secretory"])  # in their order
    assert not _said_before(said, ["secretory iga levels"])  # holding one asked is no repeat


def test_a_phrase_is_counted_where_its_first_two_words_stand_overlapping_uses_too() -> None:
    facts = _ArticleFacts(["let", "down", "let", "down", "let", "down", "reflex"])
    assert facts._repeats("let down") == 3
    assert facts._repeats("let down let") == 2  # overlapping uses
    assert facts._repeats("down let down reflex") == 1
    assert facts._repeats("down reflex let") == 0


def test_a_definition_under_its_own_heading_asks_for_what_the_term_means() -> None:
    found = _answers(
        (
            Block(H, "What mastitis means", 1),
            Block(
                P, "Mastitis refers to inflammation of the breast tissue, which may involve pus."
            ),
            Block(H, "Pathways", 1),
            Block(P, "The enteromammary system refers to the pathway by which cells migrate."),
        )
    )
    mastitis = next(answers for text, answers in found.items() if text.startswith("Mastitis"))
    assert "inflammation of the breast tissue" in mastitis
    pathway = next(answers for text, answers in found.items() if "pathway" in text)
    assert "enteromammary system" in pathway


def test_words_someone_says_are_not_answers() -> None:
    found = _answers((Block(P, 'Late cues mean "Calm me, then feed me" to a parent.'),))
    assert not any("me" in answer.split() for answers in found.values() for answer in answers)
    stage = _answers(
        (
            Block(
                P,
                "Secretory differentiation, also called lactogenesis I, starts early.",
                0,
                ("lactogenesis I",),
            ),
        )
    )
    assert any("lactogenesis I" in answers for answers in stage.values())  # a stage, not a speaker


def test_a_mnemonic_is_one_note_asking_what_each_letter_stands_for() -> None:
    notes = _one_sentence_notes(
        "Positioning",
        "Many units teach the acronym CHINS: Close, Head free, In line, Nose to nipple, "
        "Sustain closeness.",
    )
    spelled = [note for note in notes if note.source.startswith("CHINS: ")]
    assert [(n.prompt, n.answers) for n in spelled] == [
        (
            "CHINS: {{c1::Close}}, {{c2::Head free}}, {{c3::In line}}, {{c4::Nose to nipple}}, "
            "{{c5::Sustain closeness}}.",
            ("Close", "Head free", "In line", "Nose to nipple", "Sustain closeness"),
        )
    ]
    # the sentence may still ask for the mnemonic's name, never again for its letters' words
    others = [a for note in notes if note not in spelled for a in note.answers]
    assert not set(others) & set(spelled[0].answers)


def test_it_after_a_long_name_given_its_short_form_is_the_short_form() -> None:
    found = _answers(
        (
            Block(H, "Screening", 1),
            Block(
                P,
                "The Modified Checklist for Autism in Toddlers, Revised with Follow-Up "
                "(M-CHAT-R/F) was developed by Diana Robins, Deborah Fein and Marianne Barton. "
                "It is a two-stage, parent-report screening tool validated for toddlers aged 16 "
                "to 30 months and is free to use in clinical practice.",
            ),
        )
    )
    resolved = (
        "The M-CHAT-R/F is a two-stage, parent-report screening tool validated for toddlers "
        "aged 16 to 30 months and is free to use in clinical practice."
    )
    assert "16 to 30 months" in found[resolved]


def test_an_item_read_after_its_lead_in_keeps_the_lead_in_s_emphasis() -> None:
    found = _answers(
        (
            Block(H, "Which babies are most at risk?", 1),
            Block(
                P,
                "In many of the deaths reported, the sacks had been stored near the cot, for "
                "example:",
                emphasis=("near the cot",),
            ),
            Block(ITEM, "in a basket or bag hanging on the cot", 1),
            Block(ITEM, "on a shelf or changing unit within reach of the cot or pram", 1),
        )
    )
    read = (
        "In many of the deaths reported, the sacks had been stored near the cot, for example: in "
        "a basket or bag hanging on the cot."
    )
    assert "near the cot" in found[read]


def test_a_card_asking_what_its_own_heading_names_is_shown_under_the_headings_above() -> None:
    path = ("Lumps in lactation", "Galactocele")
    assert shown_section(path, ["galactoceles", "after weaning"]) == ("Lumps in lactation",)
    assert shown_section(path, ["milk-filled retention cyst"]) == path
    assert shown_section(("Galactocele",), ["galactocele"]) == ()
    # the deck file says so too: an empty heading ends the one over the card before it
    article = Article(title="Breast lumps", blocks=(Block(H, "Lumps", 1),))
    notes = [
        DraftNote(
            "gnote1",
            NoteKind.CLOZE,
            "An {{c1::abscess}} needs drainage.",
            ("abscess",),
            ("Lumps", "Abscess"),
            "An abscess needs drainage.",
        ),
        DraftNote(
            "gnote2",
            NoteKind.CLOZE,
            "A {{c1::galactocele}} is a cyst.",
            ("galactocele",),
            ("Lumps",),
            "A galactocele is a cyst.",
        ),
        DraftNote(
            "gnote3",
            NoteKind.CLOZE,
            "It is {{c1::painless}}.",
            ("painless",),
            ("Lumps", "Galactocele"),
            "It is painless.",
        ),
        DraftNote(
            "gnote4",
            NoteKind.CLOZE,
            "A {{c1::lipoma}} is fat.",
            ("lipoma",),
            (),
            "A lipoma is fat.",
        ),
    ]
    parsed = parse_text(serialize(as_deck(article, notes, "Breast lumps")), "lumps.md").deck
    assert parsed is not None
    sections = [b.section for b in parsed.blocks if isinstance(b, Note)]
    assert sections == [n.section for n in notes]


def test_a_sentence_said_twice_gives_cards_once() -> None:
    hold = "Hold the stretch for 5 seconds and repeat it 10 times."
    article = Article(
        title="Neck exercises",
        blocks=(
            Block(H, "Chin tucks", 1),
            Block(P, f"Draw your chin straight back. {hold}"),
            Block(H, "Shoulder rolls", 1),
            Block(P, f"Roll both shoulders slowly backwards. {hold}"),
            Block(P, "Feeds vary. " * 30),  # words enough for every card under the density cap
        ),
    )
    sources = [note.source for note in generate(article)]
    assert sources.count(hold) == 1
