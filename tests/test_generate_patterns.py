"""The generator's patterns for terms, quantities, list items and references back, each on
sentences built for it: what the article names as a term, how a number keeps its unit and rate,
how a list item reads after its lead-in, and what a leading pronoun becomes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from lactquiz.generate.advice import advice, positions, reasons
from lactquiz.generate.article import Article, Block, BlockKind
from lactquiz.generate.candidates import (
    ArticleText,
    Candidate,
    Unit,
    _pairs,
    candidates,
    units,
)
from lactquiz.generate.claims import claims
from lactquiz.generate.findings import doings, effects, findings, negations
from lactquiz.generate.lexicon import word_classes
from lactquiz.generate.moments import moments
from lactquiz.generate.phrases import (
    comma_lists,
    list_items,
    noun_phrases,
    numbers,
    parentheticals,
    without_cited,
)
from lactquiz.generate.readers import read_article
from lactquiz.generate.select import readable
from lactquiz.generate.sentences import without_pointers
from lactquiz.generate.terms import long_forms, named_terms

H, P, ITEM = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.ITEM


def texts(spans: object) -> list[str]:
    return [span.text for span in spans]  # type: ignore[attr-defined]


def test_quantities_keep_their_units_ranges_ratios_and_rates() -> None:
    cases = {
        "Levels are highest in colostrum, at roughly 20\u201325 g/L, and fall.": [
            "roughly 20\u201325 g/L"
        ],
        "SIDS rates fell by more than 50% after the campaigns.": ["more than 50%"],
        "Risk rises with a birth weight under 2.5 kg.": ["under 2.5 kg"],
        "Light with a wavelength of 460\u2013490 nm converts it.": ["460\u2013490 nm"],
        "Store it in a freezer (-18°C or colder).": ["-18°C or colder"],
        "Bovine milk contains at least 100-fold less.": ["at least 100-fold"],
        "Tongue-tie affects between 4% and 11% of newborns.": ["between 4% and 11% of newborns"],
        "Boys are affected at a ratio of roughly 2:1.": ["roughly 2:1"],
        "Weight is lowest on day 3 or 4.": ["day 3 or 4"],
        "Engorgement peaks between days 3 and 5.": ["between days 3 and 5"],
        # the bound kept, the rate left to the prompt: 6 words at most
        "Expect at least 6 wet nappies a day.": ["at least 6 wet nappies"],
        "Infants cry for more than 3 hours a day.": ["more than 3 hours a day"],
        "Preterm infants need 2 mg/kg per day.": ["2 mg/kg per day"],
        "It is given as 5 drops daily.": ["5 drops daily"],
        "Newborns breathe 30 to 60 breaths a minute.": ["30 to 60 breaths a minute"],
        "A latch score of 1 that is not improving needs review.": ["1"],
        "Levels rose 2 ng/mL each month.": ["2 ng/mL each month"],
    }
    _each_gives(numbers, cases)
    # a count before words that are no unit stays a bare number; a year takes no rate
    assert texts(numbers("More than 200 different structures are known.")) == ["More than 200"]


def test_a_blood_pressure_and_a_fraction_are_one_quantity_each() -> None:
    assert texts(numbers("Check for a blood pressure of 140/90 mmHg or higher.")) == [
        "140/90 mmHg or higher"
    ]
    assert texts(numbers("About 1/3 of mothers stop.")) == ["About 1/3"]
    assert texts(numbers("Give 1/2 tablet at night.")) == ["1/2"]


def test_less_common_units_and_numbers_in_words_stay_with_their_figures() -> None:
    cases = {
        "Fine-needle aspiration uses a thin needle, typically 21 to 25 gauge.": ["21 to 25 gauge"],
        "Milk is exposed to pressure of 400 to 600 MPa.": ["400 to 600 MPa"],
        "Scans use a linear transducer (at least 12 MHz), ideally after a feed.": [
            "at least 12 MHz"
        ],
        "The globules have a mean diameter of around 4 \u00b5m.": ["around 4 \u00b5m"],
        "Use a font of at least 16 point.": ["at least 16 point"],
        "Breastfed children scored 3.16 points higher on tests.": ["3.16 points"],
        "Keep the infant's dose below 1 millisievert a year.": ["below 1 millisievert a year"],
        "A common guide is 2.5 tog for rooms at 16\u201320\u00b0C.": [
            "2.5 tog",
            "16\u201320\u00b0C",
        ],
        "Most devices offer tubes of 8 French and 5 French.": ["8 French and 5 French"],
        "The drops deliver 100 million colony-forming units.": ["100 million"],
        "The infant level was about 1/600 of the mother's.": ["about 1/600"],
        "Risk is high at an incidence of 3 per 100 person-years or higher.": [
            "3 per 100 person-years or higher"
        ],
        "The EEG shows slow waves, often more than 200 \u00b5V, with spikes.": [
            "more than 200 \u00b5V"
        ],
    }
    _each_gives(numbers, cases)


def test_a_strength_or_dose_keeps_the_medicine_named_before_it() -> None:
    cases = {
        "The first-line treatment is miconazole 2% cream.": ["miconazole 2% cream"],
        "A moderate steroid such as clobetasone butyrate 0.05% is used.": [
            "clobetasone butyrate 0.05%"
        ],
        "First line: flucloxacillin 500 mg four times daily.": [
            "flucloxacillin 500 mg four times daily"
        ],
        "Paracetamol 1 g and ibuprofen 400 mg are first-line options.": [
            "Paracetamol 1 g",
            "ibuprofen 400 mg",
        ],
    }
    _each_gives(numbers, cases)
    # a verb, a small word or a plural before the amount names no medicine
    assert texts(numbers("The baby weighs 3 kg.")) == ["3 kg"]
    assert texts(numbers("Give a dose of 10 mg daily.")) == ["10 mg daily"]
    assert texts(numbers("Of the infants 20% were affected.")) == ["20%"]
    assert texts(numbers("Use calcineurin inhibitors 0.1% ointment.")) == ["0.1% ointment"]


def test_masses_and_counts_per_volume_keep_their_units() -> None:
    assert texts(numbers("Lactoferrin has a molecular mass of approximately 80 kDa.")) == [
        "approximately 80 kDa"
    ]
    assert texts(numbers("It is an absolute neutrophil count below 500 cells/\u00b5L.")) == [
        "below 500 cells/\u00b5L"
    ]


def test_a_pressure_in_centimetres_of_water_keeps_its_unit() -> None:
    cases = {
        "Consider nasal CPAP at 5\u20136 cm H2O if the FiO2 exceeds 0.4.": [
            "5\u20136 cm H2O",
            "0.4",
        ],
        "Start PEEP at 5 cmH2O.": ["5 cmH2O"],
    }
    _each_gives(numbers, cases)


def test_a_list_of_two_after_such_as_ends_at_its_and() -> None:
    sentence = (
        "For symptoms such as palpitations and tremor, propranolol or metoprolol is preferred."
    )
    assert list_items(sentence) == []
    assert texts(list_items("Sources are cow's milk, yoghurt and cheese, and eggs.")) == [
        "cow's milk",
        "yoghurt",
        "cheese",
        "eggs",
    ]


def test_a_sum_keeps_its_currency_sign_in_a_noun_phrase() -> None:
    assert texts(noun_phrases("Each poo should be at least the size of a \u00a32 coin.")) == [
        "poo",
        "size",
        "\u00a32 coin",
    ]
    assert texts(noun_phrases("The US$55 billion market grew.")) == ["US$55 billion market"]


def test_own_and_an_adverb_before_a_describing_word_stay_in_the_noun_phrase() -> None:
    assert texts(noun_phrases("Give the mother's own milk where possible.")) == [
        "mother's own milk",
        "possible",
    ]
    assert texts(noun_phrases("Infants can switch to an extensively hydrolysed formula.")) == [
        "Infants",
        "extensively hydrolysed formula",
    ]
    # so does one saying how much of a quality ("modestly protective"); not one singling out
    assert texts(noun_phrases("Studies suggest a modestly protective effect.")) == [
        "Studies",
        "modestly protective effect",
    ]
    assert texts(noun_phrases("Preterm infants have relatively high zinc losses.")) == [
        "Preterm infants",
        "relatively high zinc losses",
    ]
    assert "lower respiratory tract infections" in texts(
        noun_phrases("Adverse events, particularly lower respiratory tract infections, rose.")
    )
    # an adverb before the noun itself is no part of it
    assert texts(noun_phrases("It is usually milk.")) == ["milk"]
    assert texts(noun_phrases("In short, almost all vaccines are safe.")) == [
        "short",
        "vaccines",
        "safe",
    ]
    # "minus" joins two things; a verb after an aside about its subject is no noun
    assert texts(noun_phrases("The prescribed volume minus the intake is given by tube.")) == [
        "prescribed volume",
        "intake",
        "tube",
    ]
    weighing = "Test weighing, also called test weights, estimates the volume of milk."
    assert texts(noun_phrases(weighing)) == ["Test weighing", "test weights", "volume", "milk"]


def test_a_doing_named_before_a_comma_or_a_bracket_s_end_is_a_noun_phrase() -> None:
    cues = "Early feeding cues include rooting, lip smacking and bringing the hands to the mouth."
    assert texts(noun_phrases(cues))[:2] == ["Early feeding cues", "rooting"]
    named = "Early hunger cues include turning the head and opening the mouth (rooting)."
    assert texts(noun_phrases(named))[-1] == "rooting"
    suctioning = "Deep suctioning, where a tube is passed, hurts."
    assert "Deep suctioning" in texts(noun_phrases(suctioning))
    # the doing a verb before it goes on, or one acting on what follows, is no thing
    assert texts(noun_phrases("The baby is crying, as newborns do.")) == ["baby", "newborns"]
    assert texts(noun_phrases("Management includes reducing the dose.")) == ["Management", "dose"]


def test_a_time_in_two_units_a_label_s_number_and_things_a_hyphen_names() -> None:
    sentence = "The first dose is due by 14 weeks 6 days and the last by 8 months 0 days."
    assert texts(numbers(sentence)) == ["by 14 weeks 6 days", "by 8 months 0 days"]
    assert texts(numbers("It lasts 2 weeks and 3 days.")) == ["2 weeks and 3 days"]
    sentence = "CHC is category 4 before 6 weeks postpartum and category 2 after."
    assert texts(numbers(sentence)) == ["before 6 weeks postpartum", "category 4", "category 2"]
    assert texts(numbers("Babies ranked at level 3 need care.")) == ["level 3"]
    sentence = "IBD is often diagnosed between the ages of 15 and 40, so many have a baby."
    assert texts(numbers(sentence)) == ["ages of 15 and 40"]
    assert texts(numbers("After 10 half-lives, less than 0.1% remains.")) == [
        "After 10 half-lives",
        "less than 0.1%",
    ]
    assert texts(numbers("Refer a child still wetting after the age of 5.")) == [
        "after the age of 5"
    ]
    assert texts(numbers("Earphones deliver clicks at 35 dB nHL.")) == ["35 dB nHL"]  # its scale
    # a kind of image is no quantity, nor a karyotype's count of chromosomes
    assert texts(numbers("Low-dose 3D CT is the standard; a 4D scan at 28 weeks.")) == ["28 weeks"]
    assert texts(numbers("Turner syndrome (45,X) or 47,XXY: 10% of girls.")) == ["10% of girls"]
    # a range of its own is no end of a wider one
    assert texts(numbers("It rises from below 25 ng/mL to 150\u2013200 ng/mL at term.")) == [
        "below 25 ng/mL",
        "150\u2013200 ng/mL",
    ]
    assert texts(numbers("In 9 out of 10 babies it has stopped by the age of 1 year.")) == [
        "9 out of 10 babies",
        "by the age of 1 year",
    ]
    assert texts(numbers("Children from the age of 3 to 6 years need less.")) == ["3 to 6 years"]
    # a range from birth keeps its "from"; weeks pregnant count from conception
    assert texts(numbers("Give it from birth to 1 year, daily.")) == ["from birth to 1 year"]
    assert texts(numbers("Those at least 10 weeks pregnant may apply.")) == [
        "at least 10 weeks pregnant"
    ]
    # a verb after a name's number is no thing counted
    sentence = "The ABM Clinical Protocol #21 advises that people should not."
    assert texts(numbers(sentence)) == ["Protocol #21"]


def test_where_a_noun_phrase_starts_and_ends_around_words_of_two_kinds() -> None:
    cases = {
        # after an owner's word, a participle describes what follows; a plural after a
        # describing word that may be a noun is that plural, not its verb; a plural's owner
        # stays in the phrase; a participle after "to" describes, but "to" and a verb's base
        # form do not
        "Their descending inhibitory pathways are immature.": [
            "descending inhibitory pathways",
            "immature",
        ],
        "Never use abdominal thrusts in a baby.": ["abdominal thrusts", "baby"],
        "The individual decides on a plan.": ["individual", "plan"],
        "A child rising this way shows Gowers' sign.": ["child", "way", "Gowers' sign"],
        # a name's plural possessive ends the name
        "The Association of Anaesthetists' guideline is clear.": [
            "Association of Anaesthetists",
            "guideline",
            "clear",
        ],
        "Shields were linked to reduced milk transfer.": ["Shields", "reduced milk transfer"],
        "They need to proceed carefully.": [],
        # "support" is a thing after a describing word or "of", a verb after a plural, whose
        # object is no verb
        "Skilled postnatal support is effective.": ["Skilled postnatal support", "effective"],
        "Walkers have a wide base of support.": ["Walkers", "wide base", "support"],
        "Partners support mothers at night.": ["Partners", "mothers", "night"],
        # a word after an article is a noun, whatever else it can be; not without one
        "Levothyroxine is a man-made form of thyroxine.": [
            "Levothyroxine",
            "man-made form",
            "thyroxine",
        ],
        "The use of nipple shields is common.": ["use", "nipple shields", "common"],
        "Mothers use nipple shields.": ["Mothers", "nipple shields"],
        # a word in -ing after a describing word is what it describes, but not after "are"
        "Use motivational interviewing with young mothers.": [
            "motivational interviewing",
            "young mothers",
        ],
        "Babies are happy sucking on fingers.": ["Babies", "happy", "fingers"],
        # and after an article, even one the word lists know only as a verb's
        "Volvulus refers to a twisting of the bowel.": ["Volvulus", "twisting", "bowel"],
        # "wherever", "whichever" and the like end one
        "Obtain urine by a clean catch sample wherever possible.": [
            "urine",
            "clean catch sample",
            "possible",
        ],
        "Whichever hold you choose, the principles apply.": ["hold", "principles"],
        # a participle before a word too rare to know describes it, unless a helper makes it a
        # verb; after "is" and before "from", "by" and the like it is a verb
        "Signs include tetany and dilated cardiomyopathy.": [
            "Signs",
            "tetany",
            "dilated cardiomyopathy",
        ],
        "The FDA has never approved domperidone.": ["FDA", "domperidone"],
        "More bilirubin is reabsorbed from the gut.": ["bilirubin", "gut"],
        # a name's numeral is no pronoun; a pronoun after such a word still is
        "Secretory differentiation (lactogenesis I) begins in mid-pregnancy.": [
            "Secretory differentiation",
            "lactogenesis I",
            "mid-pregnancy",
        ],
        "Lactogenesis I is secretory differentiation.": [
            "Lactogenesis I",
            "secretory differentiation",
        ],
        "At this stage I would check the latch.": ["stage", "latch"],
        # an ordinal is never a verb, whatever the word lists say of "third"
        "Symptoms ease in the second and third trimesters.": [
            "Symptoms",
            "second and third trimesters",
        ],
        "The sixth and seventh days are hardest.": ["sixth and seventh days", "hardest"],
        # "WHO" and "US" in capitals are names, not the small words
        "The WHO recommends exclusive breastfeeding.": ["WHO", "exclusive breastfeeding"],
        # "and" inside a name goes on with it, not "and" between two names
        "The US Food and Drug Administration has approved it.": ["US Food and Drug Administration"],
        "Staff from the Centers for Disease Control and Prevention found it.": [
            "Staff",
            "Centers for Disease Control and Prevention",
        ],
        "Trials, BEEP in the UK and PreventADALL in Norway, found it.": [
            "Trials",
            "BEEP",
            "UK",
            "PreventADALL",
            "Norway",
        ],
        "Viruses include cytomegalovirus (CMV) and HIV.": [
            "Viruses",
            "cytomegalovirus",
            "CMV",
            "HIV",
        ],
        # a doing after a plural noun tells what they do; after a singular one it is a thing
        "Women taking iron tablets need checks.": ["Women", "iron tablets", "checks"],
        "It helps infants receiving human milk.": ["infants", "human milk"],
        "Infant feeding bottles were recorded.": ["Infant feeding bottles"],
    }
    _each_gives(noun_phrases, cases)


def test_a_verb_before_its_object_pronoun_or_well_ends_the_noun_phrase() -> None:
    assert texts(noun_phrases("Ultra-rapid metabolisers convert it to morphine.")) == [
        "Ultra-rapid metabolisers",
        "morphine",
    ]
    assert texts(noun_phrases("Metoclopramide 10 mg works well for nausea.")) == [
        "Metoclopramide 10 mg",
        "nausea",
    ]


def test_away_and_the_right_of_right_away_end_a_noun_phrase() -> None:
    cases = {
        "Call an IBCLC right away if your baby has dark urine.": ["IBCLC", "baby", "dark urine"],
        "Keep pillows and duvets away from the baby.": ["pillows", "duvets", "baby"],
        # "opposite" before what it is opposite ends the phrase; before its noun it describes
        "Start with the nose opposite the nipple.": ["nose", "nipple"],
        "Offer the opposite breast.": ["opposite breast"],
    }
    _each_gives(noun_phrases, cases)


def test_an_ing_word_paired_with_a_thing_is_a_thing() -> None:
    cases = {
        "Ask for help with positioning and attachment at the breast.": [
            "positioning",
            "attachment",
            "breast",
        ],
        "The cause is usually latch and positioning rather than the frenulum.": [
            "cause",
            "latch",
            "positioning",
            "frenulum",
        ],
        # a doing that acts on a thing stays a verb
        "Staff help with latching and positioning the baby.": ["Staff", "baby"],
    }
    _each_gives(noun_phrases, cases)
    sentence = "Problems persist despite skilled help with positioning and attachment."
    assert "positioning and attachment" in texts(_pairs(sentence, noun_phrases(sentence)))


def test_a_greek_letter_opens_a_word_and_a_kind_names_it() -> None:
    sentence = "The enzyme β-glucuronidase deconjugates bilirubin in the gut."
    assert texts(named_terms(sentence)) == ["β-glucuronidase"]
    alpha = "\u03b1-lactalbumin"  # spelt with its Greek letter
    assert alpha in texts(noun_phrases(f"Supplement with {alpha} and omega-3."))


def test_a_word_with_letters_beyond_ascii_or_an_en_dash_inside_is_one_word() -> None:
    cases = {
        "AMH is anti-M\u00fcllerian hormone.": ["AMH", "anti-M\u00fcllerian hormone"],
        "The RDA is 290 \u00b5g/day in lactation.": ["RDA", "290 \u00b5g/day", "lactation"],
        "Ultrasound may show a fat\u2013fluid level.": ["Ultrasound", "fat\u2013fluid level"],
        "Infants with hypoxic\u2013ischaemic encephalopathy need cooling.": [
            "Infants",
            "hypoxic\u2013ischaemic encephalopathy",
        ],
    }
    _each_gives(noun_phrases, cases)


def test_what_professionals_call_a_thing_is_a_term() -> None:
    sentence = (
        "Most infants who regurgitate are what paediatricians call happy spitters: they thrive."
    )
    assert texts(named_terms(sentence)) == ["happy spitters"]
    assert named_terms("This is what we call it in the clinic.") == []


def test_a_rare_word_renaming_the_phrase_before_it_after_or_is_named() -> None:
    sentence = "It can progress to chronic bilirubin encephalopathy, or kernicterus, with palsy."
    assert texts(named_terms(sentence)) == ["kernicterus"]
    # the last of a list is no other name
    assert named_terms("Causes include thyroid disease, diabetes, or hyperprolactinaemia.") == []


def test_a_name_given_to_a_thing_and_glossed_after_a_colon_is_named() -> None:
    sentence = (
        "Mennella and colleagues have described breast milk as a flavour bridge: a route by"
        " which the flavours of the family diet reach the infant."
    )
    assert texts(named_terms(sentence)) == ["flavour bridge"]
    # a describing word said of the thing, no colon's gloss after it, names nothing
    assert named_terms("Parents described the pain as severe, and many stopped feeding.") == []


def test_the_technical_one_of_a_subject_s_other_names_in_brackets_is_named() -> None:
    sentence = "A sleep terror (night terror, pavor nocturnus) is a disorder of arousal."
    assert texts(named_terms(sentence)) == ["pavor nocturnus"]
    # signs listed in brackets after things are no names of them
    assert named_terms("The symptoms (erythema, warmth, induration) are typical.") == []
    assert named_terms("Mastitis (inflammation, often with infection) is common.") == []


def test_a_hyphened_word_of_a_long_form_gives_one_initial_a_part() -> None:
    sentence = "Offer it under spinal, epidural or combined spinal-epidural (CSE) anaesthesia."
    assert texts(long_forms(sentence)) == ["combined spinal-epidural"]
    assert long_forms("Offer it under a spinal-epidural (CSE) block.") == []


def test_a_number_ending_a_long_form_and_its_short_form_is_part_of_the_name() -> None:
    sentence = "Diagnosis relies on the non-structural protein 1 (NS1) antigen."
    assert texts(long_forms(sentence)) == ["non-structural protein 1"]
    assert texts(long_forms("Levels of toll-like receptor 4 (TLR4) rise.")) == [
        "toll-like receptor 4"
    ]
    assert long_forms("The hard and soft palate (HSPJ) meet.") == []


def test_a_names_word_in_small_letters_is_passed_over_for_its_initials() -> None:
    sentence = "In 2013 the Medicines and Healthcare products Regulatory Agency (MHRA) acted."
    assert texts(long_forms(sentence)) == ["Medicines and Healthcare products Regulatory Agency"]


def test_a_study_known_by_its_name_is_a_term() -> None:
    cases = {
        "The Sugar Babies trial, published in 2013, showed that it reduced admission.": [
            "Sugar Babies trial"
        ],
        "In the Pelotas birth cohort in Brazil, caries were commoner.": ["Pelotas birth cohort"],
        "Data from the Baby Biome Study show this.": ["Baby Biome Study"],
        "The UK trial found nothing.": [],
    }
    _each_gives(named_terms, cases)


def test_terms_the_sentence_names() -> None:
    assert texts(
        long_forms("It uses the enzyme uridine diphosphate glucuronosyltransferase (UGT1A1).")
    ) == ["uridine diphosphate glucuronosyltransferase"]
    assert texts(
        long_forms("Causes include glucose-6-phosphate dehydrogenase (G6PD) deficiency.")
    ) == ["glucose-6-phosphate dehydrogenase"]
    assert long_forms("It is rarely seen (see below).") == []
    # a document's number after its name is no short form of it
    assert long_forms("The 2021 NICE postnatal care guideline (NG194) says so.") == []
    # a short form's small first letter stands for a word too
    assert texts(long_forms("Colostrum is rich in secretory immunoglobulin A (sIgA).")) == [
        "secretory immunoglobulin A"
    ]
    # small words between the initials are passed over, though one may start as a letter does
    for long, short in (
        ("transient tachypnoea of the newborn", "TTN"),
        ("transposition of the great arteries", "TGA"),
        ("Equality Advisory and Support Service", "EASS"),
    ):
        assert texts(long_forms(f"It is called {long} ({short}) here.")) == [long], short
    assert texts(long_forms("Babies of very low birth weight (VLBW) need it.")) == [
        "very low birth weight"
    ]
    # the short form's last letter names a word the phrase leaves out: no long form
    assert long_forms("It presses on the junction of the hard and soft palate (HSPJ).") == []
    # a short form in small letters after its capital, a word in small letters passed over
    assert texts(
        long_forms("Since the Haemophilus influenzae type b (Hib) vaccine, it is rare.")
    ) == ["Haemophilus influenzae type b"]
    assert long_forms("It was first described by Smith (Smith, 2010).") == []
    assert texts(long_forms("CMV, also called human herpesvirus 5 (HHV-5), is common.")) == [
        "human herpesvirus 5"
    ]
    assert texts(
        named_terms("It is reabsorbed, a loop known as the enterohepatic circulation.")
    ) == ["enterohepatic circulation"]
    assert texts(named_terms("Weight reaches its lowest point, the nadir, on day 3.")) == ["nadir"]
    # glossed after the main clause's verb, not at the end of an opening phrase
    assert texts(
        named_terms("The medial wall is formed by the lamina papyracea, a thin plate of bone.")
    ) == ["lamina papyracea"]
    assert named_terms("The day after the birth, a mother may feel tired.") == []
    assert texts(named_terms("It is caused by enteroviruses, a large family of viruses.")) == [
        "enteroviruses"
    ]
    assert named_terms("When it is hot, a baby sweats more.") == []
    assert texts(named_terms("Double pumping, meaning both breasts at once, saves time.")) == [
        "Double pumping"
    ]
    assert texts(
        named_terms("Secretory differentiation, also called lactogenesis I, begins early.")
    ) == ["Secretory differentiation", "lactogenesis I"]
    # a clause after "known as" is not a term
    assert named_terms("It is known as the baby feeds well at night.") == []
    # a product's other name
    assert texts(named_terms("The same products are also sold as toddler milk.")) == [
        "toddler milk"
    ]
    assert named_terms("It was sold as a tonic.") == []


def _each_gives(pattern: Callable[[str], object], cases: dict[str, list[str]]) -> None:
    """Check that ``pattern`` finds, in each sentence of ``cases``, the phrases given for it."""
    for sentence, expected in cases.items():
        assert texts(pattern(sentence)) == expected, sentence


def _units(*blocks: Block) -> list[str]:
    return [unit.text for unit in _read_units(*blocks)]


def _read_units(*blocks: Block) -> list[Unit]:
    """The units of an article made of ``blocks``."""
    return units(Article(title="Test", blocks=blocks))


def _pool(*blocks: Block) -> list[Candidate]:
    """Every candidate card of an article made of ``blocks``."""
    text = ArticleText(" ".join(block.text for block in blocks))
    return [
        c for unit in units(Article(title="Test", blocks=blocks)) for c in candidates(unit, text)
    ]


def test_an_abbreviation_is_not_hidden_after_the_long_form_that_spells_it() -> None:
    sentence = (
        "If pumping hurts, see an International Board Certified Lactation Consultant (IBCLC)."
    )
    hidden = [s.text for c in _pool(Block(P, sentence)) for s in c.spans]
    assert "International Board Certified Lactation Consultant" in hidden
    assert "IBCLC" not in hidden
    # alone, it may be hidden
    alone = [
        s.text for c in _pool(Block(P, "If pumping hurts, an IBCLC can help.")) for s in c.spans
    ]
    assert "IBCLC" in alone


def test_a_number_inside_a_long_form_is_no_quantity_to_hide() -> None:
    sentence = "In the first 5 days, tests look for the non-structural protein 1 (NS1) antigen."
    numbers = [s.text for c in _pool(Block(P, sentence)) if c.pattern == "number" for s in c.spans]
    assert numbers == ["the first 5 days"]


def test_list_items_that_are_sentences_stand_alone_and_labels_become_headings() -> None:
    found = _read_units(
        Block(H, "Jaundice", 1),
        Block(P, "Two patterns are linked with breastfeeding. They differ:"),
        Block(ITEM, "Breast milk jaundice begins after the first week. It is benign.", 1),
        Block(ITEM, "Prebiotic effect. HMOs feed bifidobacteria in the colon.", 1),
        Block(ITEM, "Domperidone: The usual dose is 10 mg. It can prolong the QT.", 1),
    )
    by_text = {unit.text: unit for unit in found}
    assert "Breast milk jaundice begins after the first week." in by_text
    assert "HMOs feed bifidobacteria in the colon." in by_text
    assert by_text["HMOs feed bifidobacteria in the colon."].section[-1] == "Prebiotic effect"
    # a pronoun in a labelled item speaks of the label
    assert "Domperidone can prolong the QT." in by_text
    assert by_text["Domperidone can prolong the QT."].section == ("Jaundice", "Domperidone")


def test_items_stand_alone_when_their_lead_in_cannot() -> None:
    # "Its" stands for nothing the sentence before names: each item is read alone
    item = "Generation of lactoferricin, a cationic peptide released when pepsin digests it"
    assert _units(
        Block(P, "Its main antimicrobial and protective actions are:"),
        Block(ITEM, "Bacteriostasis through iron sequestration, depriving bacteria of iron", 1),
        Block(ITEM, item, 1),
    ) == [
        "Bacteriostasis through iron sequestration, depriving bacteria of iron.",
        f"{item}.",
    ]


def test_an_order_after_a_whole_lead_in_ending_on_when_is_not_run_into_it() -> None:
    texts_ = _units(
        Block(P, "These tips can ease aching and swelling, both during pregnancy and afterwards:"),
        Block(ITEM, "Try not to sit with your legs crossed.", 1),
        Block(ITEM, "In late pregnancy, sleep on your left side.", 1),
    )
    assert not [t for t in texts_ if "afterwards try" in t or "afterwards in late" in t]
    assert any(t.endswith("In late pregnancy, sleep on your left side.") for t in texts_)


def test_a_sentence_too_long_says_its_long_forms_by_their_abbreviations_to_fit() -> None:
    sentence = (
        "Whatever the label, peer counsellors are distinct from an International Board Certified "
        "Lactation "
        "Consultant (IBCLC), a health professional who has passed an international examination "
        "after at least 95 hours of lactation-specific education and between 300 and 1,000 hours "
        "of supervised clinical practice."
    )
    (text,) = _units(Block(P, sentence))
    assert text.startswith("Whatever the label, peer counsellors are distinct from an IBCLC, a")
    assert text.endswith("1,000 hours of supervised clinical practice.")
    # a name whose abbreviation spells only some of its initials, and each of two in turn
    from lactquiz.generate.candidates import _abbreviated

    assert (
        _abbreviated(
            "In the US, the Food and Drug Administration (FDA) and the National Institute for "
            "Health and Care Excellence (NICE) agree."
        )
        == "In the US, FDA and NICE agree."
    )
    # "the" stays before a thing the abbreviation names the kind of
    assert (
        _abbreviated("The British Society for Rheumatology (BSR) guideline agrees.")
        == "The BSR guideline agrees."
    )
    # a sentence that reads at a glance keeps them
    short = "Peer counsellors differ from an International Board Certified Lactation Consultant."
    short = short.replace(".", " (IBCLC).")
    assert _units(Block(P, short)) == [short]


def test_a_sentence_too_long_for_its_list_is_cut_after_the_items_that_fit() -> None:
    dewey = (
        "Dewey estimated that in the second year, 448 mL of breast milk a day provides about 29%"
        " of a child's energy requirement, 43% of protein, 36% of calcium, 75% of vitamin A, 76%"
        " of folate, 94% of vitamin B12 and 60% of vitamin C."
    )
    assert _units(Block(P, dewey)) == [dewey.split(", 94%")[0] + ", \u2026"]
    # a list the sentence goes on after, or one in brackets, is not cut
    blamed = (
        "Other things that get blamed on lip-tie, such as clicking, milk dribbling, windiness and"
        " the little sucking blisters many babies have on their lips in the first weeks, are"
        " usually part of normal feeding and resolve with time, patience and support."
    )
    assert len(blamed.split()) > 40
    assert all("\u2026" not in unit for unit in _units(Block(P, blamed)))
    gel = (
        "For babies with moderately low values, buccal dextrose gel (40%, 200 mg/kg, equivalent"
        " to 0.5 mL/kg, massaged into the inside of the cheek, then a feed) is given first."
    )
    assert all("\u2026" not in unit for unit in _units(Block(P, gel)))


def test_it_after_a_list_stands_for_what_the_lead_in_spoke_of() -> None:
    found = _units(
        Block(P, "Methylphenidate is the best-studied stimulant. The reports tell one story:"),
        Block(ITEM, "the RID ranges from about 0.16% to 0.7%", 1),
        Block(ITEM, "no adverse effects were seen in any of the babies", 1),
        Block(P, "It also has a short half-life, around 2 to 3 hours, so levels fall quickly."),
    )
    assert found[-1] == (
        "Methylphenidate also has a short half-life, around 2 to 3 hours, so levels fall quickly."
    )


def test_a_lead_in_that_names_what_the_sentence_before_it_describes_shows_that_sentence() -> None:
    massage = "Gentle massage over the tear sac builds up pressure inside the duct."
    named = "This is sometimes called lacrimal sac massage or Crigler massage."
    found = _units(
        Block(P, f"{massage} {named}"),
        Block(ITEM, "Wash your hands and check your nails are short and smooth.", 1),
        Block(ITEM, "Press gently on the inner corner of the eye and stroke downwards.", 1),
    )
    assert f"{massage} {named}" in found


def test_an_item_cut_short_after_its_lead_in_to_fit_is_read_alone_instead() -> None:
    last = (
        "Day 7 to 28: at least 6 heavy wet nappies and at least 2 yellow stools a day, each at "
        "least the size of a coin"
    )
    found = _units(
        Block(
            P,
            "Nappies are the most useful tool you have, because you can count them. This is "
            "the pattern I expect in the first month:",
        ),
        Block(ITEM, "Day 5-6: at least 5 heavy wet nappies and at least 2 yellow stools", 1),
        Block(ITEM, last, 1),
    )
    assert f"{last}." in found
    assert not [text for text in found if text.endswith("Day 7 to 28.")]


def test_a_lead_in_opening_on_a_clause_says_a_thing_when_its_main_clause_follows() -> None:
    stages = "After an incubation period of 7-10 days, illness classically passes through stages:"
    found = _units(
        Block(P, stages),
        Block(ITEM, "Catarrhal stage (1-2 weeks): coryza and a mild cough. It is infectious.", 1),
        Block(ITEM, "Paroxysmal stage (2-6 weeks): bouts of coughing. It is exhausting.", 1),
    )
    assert f"{stages[:-1]}." in found
    # a clause alone waits for its list
    found = _units(
        Block(P, "If a baby has not regained birth weight by day 14 of life:"),
        Block(ITEM, "Observe a full breastfeed and check the latch. Weigh again soon.", 1),
        Block(ITEM, "Consider expressing after feeds to build the supply. Review in 48 hours.", 1),
    )
    assert not [text for text in found if text.startswith("If a baby has not regained birth")]


def test_a_lead_in_whose_pronoun_stands_for_a_statement_shows_the_sentence_before() -> None:
    # "This" is the whole statement before, not "All babies"; items too long to join their
    # lead-in as one list each read after it, and one that cannot is read alone, capitalised
    found = _units(
        Block(
            P, "All babies are born with low vitamin K stores. This is normal and is explained by:"
        ),
        Block(ITEM, "poor transfer of vitamin K across the placenta in the last weeks", 1),
        Block(ITEM, "immature liver function in the first weeks of life", 1),
    )
    before = "All babies are born with low vitamin K stores."
    assert (
        f"{before} This is normal and is explained by immature liver function in the first "
        "weeks of life." in found
    )
    assert not [text for text in found if text.startswith("All babies is")]
    assert all(text[0].isupper() for text in found)


def test_short_items_too_many_to_read_at_a_glance_as_one_list_each_follow_the_lead_in() -> None:
    lead = (
        "In an influential analysis, Dewey estimated that 448 mL of breast milk a day in the"
        " second year provides a child aged 12-23 months with:"
    )
    shares = ["29% of energy requirements", "43% of protein requirements", "36% of calcium"]
    shares += ["75% of vitamin A requirements", "76% of folate requirements", "94% of vitamin B12"]
    found = _units(Block(P, lead), *(Block(ITEM, share, 1) for share in shares))
    assert len(found) == len(shares)
    assert found[0] == lead.replace(" with:", " with 29% of energy requirements.")


def test_a_pronoun_in_a_lead_ins_paragraph_is_read_as_in_any_paragraph() -> None:
    found = _units(
        Block(
            P,
            "Cabergoline is a dopamine agonist. It lowers prolactin, the hormone that drives milk"
            " production, and is the medicine usually offered. It works best when taken early."
            " It is usually avoided if you have:",
        ),
        Block(ITEM, "pre-eclampsia or high blood pressure after birth", 1),
        Block(ITEM, "a known allergy to ergot-derived medicines", 1),
    )
    assert [t for t in found if "works best when taken early" in t]


def test_a_pronoun_after_a_sentence_left_out_is_not_read_as_the_heading() -> None:
    found = _units(
        Block(H, "Introduction", 1),
        Block(P, "This page counts towards 1 hour of CPD. It is aimed at midwives and nurses."),
    )
    assert not [text for text in found if "ntroduction" in text]


def test_a_long_sentence_loses_a_second_thing_said_of_its_subject() -> None:
    sentence = (
        "A weight loss of more than 10% of birth weight in the first days can be a sign of "
        "hypernatraemic dehydration (dehydration with a high level of sodium in the blood) and "
        "should always be assessed by a midwife or doctor the same day, whatever else is going on."
    )
    assert _units(Block(P, sentence)) == [sentence.split(" and should")[0] + "."]


def test_a_sentence_shown_before_another_is_never_cut_to_its_opening_clause() -> None:
    before = (
        "If symptoms continue despite these measures for about one to two weeks, a doctor may "
        "prescribe nifedipine, a calcium channel blocker that relaxes the smooth muscle in blood "
        "vessel walls."
    )
    after = (
        "Its use for nipple vasospasm is off-label (outside its product licence), but it is "
        "widely recommended, including by the Academy of Breastfeeding Medicine."
    )
    found = _units(Block(P, f"{before} {after}"))
    assert not [text for text in found if "one to two weeks. Its" in text]
    # nor cut inside brackets
    milk = (
        "Babies have little vitamin K because of the low vitamin K content of breast milk (about "
        "1 to 4 micrograms per litre, compared with around 50 micrograms per litre or more in "
        "infant formula, which is fortified with it as standard in every country of the world)."
    )
    assert all(text.count("(") == text.count(")") for text in _units(Block(P, milk)))


def test_list_items_finish_their_lead_in_as_its_grammar_asks() -> None:
    found = _units(
        Block(P, "Engorgement is more likely when:"),
        Block(ITEM, "feeds are delayed, missed or strictly scheduled", 1),
        Block(ITEM, "the latch is shallow and milk transfer is poor", 1),
        Block(P, "Every HMO is assembled from just five building blocks:"),
        Block(ITEM, "glucose (Glc)", 1),
        Block(ITEM, "sialic acid, which in humans is almost always N-acetylneuraminic acid", 1),
    )
    assert "Engorgement is more likely when feeds are delayed, missed or strictly scheduled." in (
        found
    )
    # after a noun and a colon the item follows the colon
    assert "Every HMO is assembled from just five building blocks: glucose (Glc)." in found
    # and after a clause whose "like" stands at its end
    flags = _units(
        Block(P, "Red flags need a bilirubin the same day, whatever the skin looks like:"),
        Block(ITEM, "pale, chalky stools or dark urine, suggesting conjugated jaundice", 1),
        Block(ITEM, "jaundice that is still present at 14 days in a term baby", 1),
    )
    assert flags[0].startswith("Red flags need a bilirubin the same day, whatever the skin looks")
    assert "looks like: pale, chalky stools" in flags[0]
    # an item's own last word stays whole; only a trailing "and"/"or" joining the next goes
    signs = _units(
        Block(P, "Clinical signs include:"),
        Block(ITEM, "jitteriness or tremor", 1),
        Block(ITEM, "lethargy and floppiness (hypotonia), or", 1),
        Block(ITEM, "seizures occurring without warning", 1),
    )
    assert signs == [
        "Clinical signs include: jitteriness or tremor, lethargy and floppiness (hypotonia), and"
        " seizures occurring without warning."
    ]
    # orders no lead-in ending on a verb's -ing form can finish: each follows its colon
    orders = _after_lead_in("Treatment aims to keep your child comfortable and drinking:")
    assert not any("drinking give" in unit or "drinking offer" in unit for unit in orders)
    assert "Avoid salty, spicy or acidic foods and fruit juices, which sting." in orders
    # after a modal or a small word they finish it
    can = _after_lead_in("To ease a sore mouth you can:")
    assert any(unit.startswith("To ease a sore mouth you can give paracetamol") for unit in can)
    you = _after_lead_in("To ease a sore mouth we recommend that you:")
    assert any(unit.startswith("To ease a sore mouth we recommend that you give") for unit in you)


_ORDERS = (
    "give paracetamol or ibuprofen at the right dose for your child's age",
    "offer cold drinks, ice lollies, yoghurt and soft foods that soothe",
    "avoid salty, spicy or acidic foods and fruit juices, which sting",
)


def _after_lead_in(lead_in: str) -> list[str]:
    """The units of ``_ORDERS`` listed under ``lead_in``."""
    return _units(Block(P, lead_in), *(Block(ITEM, order, 1) for order in _ORDERS))


def test_a_short_item_is_asked_without_its_abbreviation() -> None:
    pool = _pool(
        Block(P, "Every HMO is assembled from just five building blocks:"),
        Block(ITEM, "glucose (Glc)", 1),
        Block(ITEM, "sialic acid, which in humans is almost always N-acetylneuraminic acid", 1),
    )
    assert ("glucose",) in [c.answers for c in pool if c.pattern == "item-term"]
    # a long aside in brackets does not make the item before it too long to ask for
    pool = _pool(
        Block(P, "Signs that your baby is full, or needs a break, include:"),
        Block(ITEM, "turning their head away or pushing the teat out with their tongue", 1),
        Block(ITEM, "relaxed, open hands and arms (hungry babies often have tight fists)", 1),
    )
    assert ("relaxed, open hands and arms",) in [
        c.answers for c in pool if c.pattern == "item-term"
    ]
    # nor is an item its own term when a label opens it
    pool = _pool(
        Block(P, "Implants are put in through one of three main incisions (cuts):"),
        Block(ITEM, "Inframammary \u2013 in the crease under the breast. It is common.", 1),
        Block(ITEM, "Transaxillary \u2013 in the armpit.", 1),
    )
    assert [c.answers for c in pool if c.pattern == "item-term"] == []


def test_an_items_term_before_its_bracket_or_a_technical_word_the_lexicon_lacks() -> None:
    pool = _pool(
        Block(P, "Recognised associations include:"),
        Block(ITEM, "a bicuspid aortic valve, present in around half of patients", 1),
        Block(ITEM, "Turner syndrome (45,X), in which coarctation occurs in 10% of girls", 1),
        Block(P, "The side effects that matter most are:"),
        Block(ITEM, "apnoea, which is dose-related and most common in the first hours", 1),
        Block(ITEM, "fever, which is common and usually mild", 1),
        Block(P, "Things to look for are:"),
        Block(ITEM, "a right aortic arch, in about a third of babies", 1),
        Block(ITEM, "interrupted aortic arch, in about 10 to 15%, which needs prostaglandin", 1),
    )
    found = [c.answers for c in pool if c.pattern == "item-term"]
    assert ("Turner syndrome",) in found and ("apnoea",) in found
    assert ("interrupted aortic arch",) in found  # a participle describing it, no instruction


def test_what_a_leading_pronoun_becomes() -> None:
    found = _units(
        Block(P, "Acute bilirubin encephalopathy presents with lethargy and poor feeding."),
        Block(P, "Its chronic, permanent form is kernicterus."),
        Block(P, "Most new mothers notice fuller breasts on the third day."),
        Block(P, "This change marks secretory activation."),
        Block(P, "Both commonly used drugs are dopamine antagonists."),
        Block(P, "They block the effect of dopamine on the pituitary."),
        Block(P, "In many cases the problem is perceived low supply."),
        Block(P, "It often follows normal cluster feeding."),
        Block(P, "HMOs feed bifidobacteria in the colon."),
        Block(P, "They interact with lectins on immune cells."),
    )
    # a pronoun standing for a thing is read after the sentence before it, as it stands
    assert (
        "Acute bilirubin encephalopathy presents with lethargy and poor feeding."
        " Its chronic, permanent form is kernicterus."
    ) in found
    assert (
        "Both commonly used drugs are dopamine antagonists."
        " They block the effect of dopamine on the pituitary."
    ) in found
    assert (
        "In many cases the problem is perceived low supply."
        " It often follows normal cluster feeding."
    ) in found
    # "This" before a noun is a determiner: "The change"; "They" never is
    assert "The change marks secretory activation." in found
    found = _units(
        Block(P, "In seropositive women, CMV reactivates locally in the lactating gland."),
        Block(P, "This process, termed virolactia, was first described in a German cohort."),
    )
    assert "The process, termed virolactia, was first described in a German cohort." in found
    assert not any("lectins" in text and not text.startswith("HMOs") for text in found)


def test_sentences_about_the_page_itself_are_not_cards() -> None:
    assert without_pointers("Nurses: this page counts towards 0.5 contact hours.") is None
    assert without_pointers("This learning page counts as 1 hour of CPD for midwives.") is None
    allow = "Allow 45 minutes, including the questions, which count towards your revalidation."
    assert without_pointers(allow) is None
    assert without_pointers("Record your reflections in your CPD portfolio.") is None
    # a leaflet's offer of help with itself
    assert without_pointers("Please ask a member of staff if anything is unclear.") is None
    assert without_pointers("If you have any questions, please speak to your midwife.") is None
    assert without_pointers("Call your GP if the baby is floppy.") is not None
    # a pointer in parentheses is removed first; the rest of the sentence stays
    assert (
        without_pointers(
            "Key cells include macrophages (pictured at the top of this page) and neutrophils."
        )
        == "Key cells include macrophages and neutrophils."
    )


def test_counts_codes_and_words_that_end_in_ly() -> None:
    found = numbers("A review combined 46 trials involving 3,850 mothers, published in 2016.")
    assert texts(found) == ["46 trials", "3,850 mothers", "2016"]
    # "Friendly" is no adverb to trim; a gene name with digits reads as a code
    assert texts(long_forms("It is part of the Baby-Friendly Hospital Initiative (BFHI) now.")) == [
        "Baby-Friendly Hospital Initiative"
    ]
    assert texts(long_forms("Risks rise for an infant of a diabetic mother (IDM) at birth.")) == [
        "infant of a diabetic mother"
    ]


def test_a_unit_ending_in_a_capital_still_ends_its_sentence() -> None:
    from lactquiz.generate.sentences import split_sentences

    assert split_sentences("Treat below 2.6 mmol/L. Then feed. Dr. A. Smith agreed.") == [
        "Treat below 2.6 mmol/L.",
        "Then feed.",
        "Dr. A. Smith agreed.",
    ]


def test_frequencies_micrograms_and_a_term_glossed_beside_it() -> None:
    assert texts(numbers("Keep it in the diet, for example twice a week, once tolerated.")) == [
        "twice a week"
    ]
    assert texts(numbers("Feed 8 to 12 times a day in the first weeks.")) == [
        "8 to 12 times a day",
        "in the first weeks",
    ]
    assert texts(numbers("Give 8.5 to 10 micrograms of vitamin D daily.")) == [
        "8.5 to 10 micrograms"
    ]
    assert texts(
        named_terms("Reintroduction usually follows a milk ladder, a stepwise home protocol.")
    ) == ["milk ladder"]
    # a list of things, or the end of an opening clause, glosses nothing
    assert named_terms("Start with a proper history, a full examination and a diary.") == []
    assert named_terms("To establish a full supply, a mother expresses 8 times a day.") == []
    # an "and" in the gloss's own clause joins no list; a term may follow "by" or "with"
    sentence = "Fennel contains estragole, a natural compound that is genotoxic and carcinogenic."
    assert texts(named_terms(sentence)) == ["estragole"]
    sentence = "Milk fat is broken down by lipase, an enzyme that is active in stored milk."
    assert texts(named_terms(sentence)) == ["lipase"]
    sentence = "Hyperprolactinaemia is treated with bromocriptine, a dopamine agonist."
    assert texts(named_terms(sentence)) == ["bromocriptine"]


def test_a_karyotypes_count_of_chromosomes_is_asked_for_by_no_card() -> None:
    pool = _pool(Block(P, "Girls with Turner syndrome (45,X) often have coarctation of the aorta."))
    offered = [span.text for candidate in pool for span in candidate.spans]
    assert "Turner syndrome" in offered and not any(t.startswith("45") for t in offered)


def test_labelled_list_items_ask_for_their_values() -> None:
    pool = _pool(
        Block(P, "Typical growth targets in hospital are:"),
        Block(ITEM, "Weight gain: 15-20 g/kg/day", 1),
        Block(ITEM, "Length: about 1 cm/week", 1),
        Block(ITEM, "Head circumference: 0.9-1 cm/week", 1),
    )
    found = [c.answers for c in pool if c.pattern == "labelled"]
    assert found == [("15-20 g/kg/day", "about 1 cm/week", "0.9-1 cm/week")]


def test_a_subject_with_its_abbreviation_and_he_or_she() -> None:
    affects = (
        " about 5-7% of very low birth weight infants, usually in the second or third week of"
        " life, and it remains one of the leading causes of death and long-term illness in"
        " neonatal intensive care units."
    )
    found = _units(
        Block(P, "Necrotising enterocolitis (NEC) is inflammatory necrosis of the bowel wall."),
        Block(P, f"It affects{affects}"),
        Block(P, "Dairy foods are a major source of calcium in many diets."),
        Block(P, "She needs a daily supplement of calcium and vitamin D."),
    )
    # too long to read after the sentence before: its subject stands in for "It"
    assert f"Necrotising enterocolitis affects{affects}" in found
    assert (
        "Dairy foods are a major source of calcium in many diets."
        " She needs a daily supplement of calcium and vitamin D."
    ) in found
    assert not any(text.startswith(("She", "Dairy foods needs")) for text in found)


def test_an_abbreviation_spelled_out_becomes_a_question() -> None:
    def questions(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
        pool = _pool(Block(H, "Feeding the preterm infant", 1), Block(P, sentence))
        return [(c.question, c.answers) for c in pool if c.question]

    assert questions("Donor milk lowers the risk of necrotising enterocolitis (NEC) by half.") == [
        ("What does NEC stand for?", ("necrotising enterocolitis",))
    ]
    assert questions("Avoid proton pump inhibitors (PPIs) for crying alone in infants.") == [
        ("What do PPIs stand for?", ("proton pump inhibitors",))
    ]
    # a long form found only in part is not asked for
    assert questions("Most start on a hydrolysed formula (eHF) at first.") == []
    assert questions("Most start on an extensively hydrolysed formula (eHF) at first.") == [
        ("What does eHF stand for?", ("extensively hydrolysed formula",))
    ]
    # spelled out in brackets after it, the words' initials its letters
    assert questions("Dentists follow the ALARA principle (as low as reasonably achievable).") == [
        ("What does ALARA stand for?", ("as low as reasonably achievable",))
    ]
    assert questions("Dentists follow the ALARA principle (keeping doses down).") == []
    # a short form of small letters too, spelling out a list; an acronym's letters in a name
    assert questions("Elsewhere Tdap (tetanus, diphtheria and acellular pertussis) is used.") == [
        ("What does Tdap stand for?", ("tetanus, diphtheria and acellular pertussis",))
    ]
    assert questions("Elsewhere Sure (tetanus, diphtheria and acellular pertussis) is used.") == []
    assert questions("Ask the UK Drugs in Lactation Advisory Service (UKDILAS) for advice.") == [
        ("What does UKDILAS stand for?", ("UK Drugs in Lactation Advisory Service",))
    ]
    # a describing word before the long form may give the abbreviation's last letter
    assert questions(
        "Transfer is mediated by the neonatal Fc receptor (FcRn) in the placenta."
    ) == [("What does FcRn stand for?", ("neonatal Fc receptor",))]
    assert questions("High maternal immunoglobulin G (IgG) levels can blunt the response.") == [
        ("What does IgG stand for?", ("immunoglobulin G",))
    ]


def test_quantities_take_their_bounds_doses_and_rates_within_six_words() -> None:
    cases = {
        "Adrenaline is added to cartridges at 1:80,000 in the UK.": ["1:80,000"],
        "Prevalence ranges from roughly 20% to more than 60%.": ["roughly 20% to more than 60%"],
        "Start at 10 mg four times a day for the first week.": [
            "10 mg four times a day",
            "for the first week",
        ],
        "The regular protocol is used when the baby is expected in 6 months or more.": [
            "6 months or more"
        ],
        "Pump about every 3 hours, including at night.": ["every 3 hours"],
        "Offer the breast often, 8-12 times in 24 hours.": ["8-12 times in 24 hours"],
        "Transitional milk is produced from about day 5 to day 14.": ["about day 5 to day 14"],
        "The spray is approved from 2 through 49 years of age.": ["2 through 49 years of age"],
        "It has a molecular weight of about 7.6 kilodaltons.": ["about 7.6 kilodaltons"],
        "The machines produced more than 85 dBA at 30 cm.": ["more than 85 dBA", "30 cm"],
    }
    _each_gives(numbers, cases)
    # a rate that would make the answer longer than six words is left out
    assert texts(numbers("Most newborns feed 8 to 12 times in every 24 hours.")) == [
        "8 to 12 times",
        "every 24 hours",
    ]


def test_the_name_of_a_way_of_doing_over_its_parts_after_a_colon_is_a_term() -> None:
    cases = {
        "Assess every lump using triple assessment: examination, imaging and biopsy.": [
            "triple assessment"
        ],
        "Many units use triple feeding: breastfeed, then top up, then express.": ["triple feeding"],
        # no way of doing named: a count of parts, what a thing is worked out with or by
        "Treatment using the three parts: rest, ice and elevation.": [],
        "It is often made worse by well-meant advice: pumping, waiting and worrying.": [],
        "Anyone who works with new families: midwives, nurses and doctors.": [],
    }
    _each_gives(named_terms, cases)


def test_names_of_two_phrases_and_nouns_after_a_preposition() -> None:
    assert texts(
        named_terms("Nipple vasospasm, also known as Raynaud's phenomenon of the nipple, hurts.")
    ) == ["Nipple vasospasm", "Raynaud's phenomenon of the nipple"]
    from lactquiz.generate.phrases import noun_phrases

    found = texts(noun_phrases("Oral thrush appears as creamy white patches on the tongue."))
    assert "creamy white patches" in found
    assert "Nystatin oral suspension" in texts(
        noun_phrases("Nystatin oral suspension (100,000 units/ml) is the alternative.")
    )


def test_ranges_with_units_on_both_ends_and_compound_units() -> None:
    cases = {
        "Without any intervention, the risk ranges from 15% to 45%.": ["15% to 45%"],
        "Most lactational abscesses occur within the first 12 weeks after birth.": [
            "within the first 12 weeks"
        ],
        "It is a serum ferritin below 12 mcg/L in young children.": ["below 12 mcg/L"],
        "The risk is high with a viral load above 1000 copies/mL at delivery.": [
            "above 1000 copies/mL"
        ],
        "NICE suggests a 4-week trial of a PPI for some infants.": ["4-week trial"],
    }
    _each_gives(numbers, cases)


def test_counted_ranges_numerals_after_names_and_figures_that_are_numbers() -> None:
    assert texts(numbers("The FDA advises 2-3 servings a week of lower-mercury fish.")) == [
        "2-3 servings a week"
    ]
    assert texts(numbers("Limit shark to 1 portion a week.")) == ["1 portion a week"]
    # a range's first number is not a label of the noun before it
    sentence = "Arrange a DMSA scan 4 to 6 months later."
    assert texts(noun_phrases(sentence)) == ["DMSA scan", "6 months"]
    assert texts(numbers(sentence)) == ["4 to 6 months"]
    from lactquiz.generate.candidates import _answerable

    assert _answerable("Group I nutrients") and not _answerable("I feel hungry")
    # "figures" as numbers point at nothing; "Figure 2" does
    assert without_pointers("The US and UK figures are lower than the energy in milk.") == (
        "The US and UK figures are lower than the energy in milk."
    )
    assert (
        without_pointers("Milk flows (see Figure 2) to the nipple.") == "Milk flows to the nipple."
    )
    # "this figure" after a number is that number; before one, or showing, it is a picture
    sentence = "Milk holds roughly 200 \u00b5g/L, and the AI was derived from this figure [3]."
    assert without_pointers(sentence) == sentence.replace(" [3]", "")
    assert without_pointers("As the figure shows, 30% of babies feed well.") is None
    assert without_pointers("In 2019, the figure shows 3 stages of latch.") is None


def test_whole_sentences_in_a_list_stand_alone() -> None:
    found = _units(
        Block(P, "Expert bodies give different figures for the extra energy a mother needs:"),
        Block(ITEM, "The US Institute of Medicine recommends an extra 330 kcal/day.", 1),
        Block(ITEM, "The UK committee recommends an extra 330 kcal/day in exclusive feeding.", 1),
        Block(P, "The core advice on position is:"),
        Block(ITEM, "Place the baby on the back for every sleep, including naps.", 1),
        Block(ITEM, "Do not use the side position, because babies can roll onto the front.", 1),
    )
    assert "The US Institute of Medicine recommends an extra 330 kcal/day." in found
    assert "Place the baby on the back for every sleep, including naps." in found
    assert "Do not use the side position, because babies can roll onto the front." in found


def test_a_sources_number_in_brackets_is_never_an_answer() -> None:
    pool = _pool(
        Block(P, "DHA is the main structural omega-3 fat in the brain and the retina (5).")
    )
    assert "5" not in [span.text for c in pool for span in c.spans]
    # a number before a comma is no source's: "In 2019, …"
    sentence = "In 2019, 12 babies were seen (4, 5)."
    assert texts(without_cited(sentence, list(noun_phrases(sentence)))) == ["2019", "12 babies"]
    # nor is the year of a source cited by its authors
    cited = "Reports (Golding et al., 1992) prompted 3 large studies (Smith & Jones, 2019)."
    assert texts(numbers(cited)) == ["3 large studies"]


def test_a_count_of_a_word_that_is_also_a_noun_of_its_own_keeps_it() -> None:
    # "glasses" is the plural of "glass" as well as a word of its own
    assert texts(numbers("Most adults need about 6-8 glasses of fluid a day.")) == [
        "about 6-8 glasses"
    ]


def test_a_definition_with_an_aside_before_its_verb() -> None:
    pool = _pool(
        Block(H, "Differential diagnosis", 1),
        Block(P, "A phlegmon, by contrast, is an area of inflamed tissue without drainable pus."),
    )
    found = [c.answers for c in pool if c.pattern == "definition"]
    assert found == [("phlegmon",)]
    # after a phrase that sets the scene
    pool = _pool(
        Block(H, "Body clocks", 1),
        Block(P, "In this context, chrononutrition refers to the timing of the milk's signals."),
    )
    assert [c.answers for c in pool if c.pattern == "definition"] == [("chrononutrition",)]
    # "is any …" defines as "is a …" does
    pool = _pool(
        Block(H, "Definitions", 1),
        Block(P, "Severe early childhood caries is any sign of smooth-surface caries in a child."),
    )
    assert [c.answers for c in pool if c.pattern == "definition"] == [
        ("Severe early childhood caries",)
    ]


def test_this_with_a_noun_and_no_usable_subject_before_it() -> None:
    found = _units(
        Block(P, "If the cord is left unclamped, blood continues to move to the baby."),
        Block(P, "This placental transfusion supplies about 40-50 mg/kg of extra iron."),
    )
    assert "The placental transfusion supplies about 40-50 mg/kg of extra iron." in found


def test_long_sentences_are_cut_at_a_clause_break_and_following_items_stand_alone() -> None:
    long = (
        "For healthy term babies, freshly expressed milk can be kept at room temperature for up"
        " to 4 hours, in the fridge at 4 °C for up to 4 days, and in the freezer for about 6"
        " months, or up to 12 months if that is unavoidable."
    )
    found = _units(Block(P, long))
    assert found == [
        "For healthy term babies, freshly expressed milk can be kept at room temperature for up"
        " to 4 hours, in the fridge at 4 °C for up to 4 days.",
        "In the freezer for about 6 months, or up to 12 months if that is unavoidable.",
    ]
    because = (
        "Infants with large left-to-right shunts, such as a ventricular septal defect (VSD) or an"
        " atrioventricular septal defect (AVSD), are particularly likely to develop heart failure"
        " and poor weight gain, because their lungs are congested and their breathing is fast and"
        " laboured."
    )
    assert _units(Block(P, because))[0].endswith("develop heart failure and poor weight gain.")
    listed = _units(
        Block(P, "The main recommendations can be summarised as follows:"),
        Block(ITEM, "Sleep position: on the back, for every sleep.", 1),
        Block(ITEM, "Sleep place: a clear, flat cot in the parents' room.", 1),
    )
    assert listed == [
        "Sleep position: on the back, for every sleep.",
        "Sleep place: a clear, flat cot in the parents' room.",
    ]
    apply = _units(
        Block(P, "The method is 98% effective, but only if all of the following apply:"),
        Block(ITEM, "your periods have not returned", 1),
        Block(ITEM, "your baby is less than 6 months old", 1),
    )
    assert apply[-1] == (
        "The method is 98% effective, but only if all of the following apply: your baby is less"
        " than 6 months old."
    )
    # phrases after "any of the following:" still read after their lead-in
    flags = _units(
        Block(P, "Refer if vomiting comes with any of the following:"),
        Block(ITEM, "bile-stained (green) vomit, which suggests intestinal obstruction", 1),
        Block(ITEM, "projectile vomiting in the first 2 months", 1),
    )
    assert flags[0] == (
        "Refer if vomiting comes with any of the following: bile-stained (green) vomit, which"
        " suggests intestinal obstruction."
    )


def test_a_definition_subject_is_never_a_phrase_with_a_pronoun() -> None:
    pool = _pool(
        Block(H, "Reflux", 1),
        Block(P, "In infants it is a normal physiological event that happens many times a day."),
    )
    assert not [c for c in pool if c.pattern == "definition"]
    pool = _pool(Block(P, "The practical message is that PCOS is a risk factor, not a diagnosis."))
    assert not [c for c in pool if c.pattern == "definition"]  # a clause, no term


def test_a_reporting_verb_before_that_ends_a_phrase_and_no_answer_holds_half_a_quote() -> None:
    found = texts(noun_phrases("The protocol on hyperlactation notes that no definition exists."))
    assert "hyperlactation" in found
    assert texts(noun_phrases("Keep the notes that the midwife wrote.")) == ["notes", "midwife"]
    found = texts(noun_phrases("The diagnosis of CMPA rests on a combination of symptoms."))
    assert "CMPA" in found  # not "CMPA rests"
    pool = _pool(
        Block(P, "Strategies that help include:"),
        Block(ITEM, "shortening feeds (e.g. counting to 20, then unlatching)", 1),
        Block(ITEM, "night weaning or limiting feeds to certain times and places", 1),
        Block(ITEM, "the gentle \"don't offer, don't refuse\" approach", 1),
    )
    answers = [span.text for c in pool for span in c.spans]
    assert not [a for a in answers if a.count('"') % 2]


def test_a_study_labelling_an_item_heads_what_it_found_and_is_no_answer() -> None:
    found = _read_units(
        Block(H, "Cannabis in milk", 1),
        Block(P, "Two key studies illustrate transfer:"),
        Block(ITEM, "Baker et al. (2018): eight women smoked 0.1 g of cannabis.", 1),
        Block(ITEM, "Perez-Reyes and Wall (1982): THC was found in the milk of two.", 1),
    )
    assert found[0].text == "Eight women smoked 0.1 g of cannabis."
    assert found[0].section == ("Cannabis in milk", "Baker et al. (2018)")
    assert not [unit for unit in found if unit.head.startswith("Baker")]


def test_close_to_ends_a_noun_phrase_and_a_thing_told_apart_is_no_pair() -> None:
    found = texts(noun_phrases("It is more likely with central lesions close to the nipple."))
    assert "central lesions" in found
    pool = _pool(Block(P, "Preterm babies and babies weighing less than 2.5 kg need 400 IU."))
    assert "Preterm babies and babies" not in [s.text for c in pool for s in c.spans]


def test_a_count_ending_a_phrase_is_no_describing_word_of_the_next() -> None:
    phrases = texts(noun_phrases("Within a day or two, small white spots appear on the palate."))
    assert "two" in phrases and not any("," in phrase for phrase in phrases)
    assert texts(noun_phrases("It passes green, frothy, explosive stools.")) == [
        "green, frothy, explosive stools"
    ]


def test_a_describing_word_and_a_noun_are_no_pair() -> None:
    pool = _pool(Block(P, "Choking was parent-reported and definitions varied between studies."))
    assert "parent-reported and definitions" not in [s.text for c in pool for s in c.spans]
    pool = _pool(Block(P, "Symptoms include anxiety and insomnia in mothers."))
    assert "anxiety and insomnia" in [s.text for c in pool for s in c.spans]


def test_an_adverb_after_a_noun_and_afterwards_end_its_phrase() -> None:
    assert texts(noun_phrases("Have your coffee right after a feed.")) == ["coffee", "feed"]
    # a doing that a describing word in "-ed" describes is a thing: "prolonged fasting"
    found = texts(noun_phrases("MCADD is managed by avoiding prolonged fasting in infancy."))
    assert found == ["MCADD", "avoiding prolonged fasting", "infancy"]  # "is managed by": a verb
    assert texts(noun_phrases("Apply dry warmth straight after feeds.")) == ["dry warmth", "feeds"]
    found = texts(noun_phrases("You can offer sips of cooled boiled water between feeds."))
    assert found == ["sips", "cooled boiled water", "feeds"]  # two participles, one noun
    found = texts(noun_phrases("Dry the stump thoroughly afterwards."))
    assert "stump" in found
    assert not [phrase for phrase in found if "thoroughly" in phrase or "afterwards" in phrase]


def test_open_ended_counts_and_clauses_after_a_copula_lead_in() -> None:
    found = texts(numbers("A fall across 1 or more centile spaces needs review."))
    assert found == ["1 or more centile spaces"]  # with the things it counts
    found = _units(
        Block(P, "Thresholds used in practice are:"),
        Block(ITEM, "a loss of 7-8% should prompt a breastfeeding review;", 1),
        Block(ITEM, "a loss of 10% or more needs a full clinical assessment;", 1),
    )
    assert found[0] == (
        "Thresholds used in practice are: a loss of 7-8% should prompt a breastfeeding review."
    )


def test_shares_rates_per_count_and_hyphened_counts() -> None:
    cases = {
        # a hedge too many is left to the prompt, the rate's count kept with what it counts
        "Its drawback is paralytic polio, roughly 1 case per 2.4 million doses, after a dose.": [
            "1 case per 2.4 million doses"
        ],
        # a rate per count, then per year: the count and what it counts, not the year's rate
        "An incidence of roughly 1 to 2 per 100,000 children per year.": [
            "1 to 2 per 100,000 children"
        ],
        "An incidence of 2 per 100,000 children per year.": ["2 per 100,000 children"],
        "It helps, with around 7 to 8 in 10 patients improving after one dose.": [
            "7 to 8 in 10 patients"
        ],
        "Around 10% of fathers experience depression.": ["Around 10% of fathers"],
        "They have about 25% of normal GALT activity.": ["about 25% of normal GALT activity"],
        "It provides 60% of vitamin C requirements.": ["60% of vitamin C requirements"],
        "Postpartum psychosis affects 1-2 per 1000 births.": ["1-2 per 1000 births"],
        "The EPDS is a 10-item questionnaire about the past 7 days.": [
            "10-item",
            "the past 7 days",
        ],
        "The blues usually resolve within two weeks.": ["within two weeks"],
        # half a measure
        "You will need half a level teaspoon of salt.": ["half a level teaspoon"],
        # a range in words counts its things past a word between; a bare count does not
        "Programmes offering four to eight scheduled contacts did best.": [
            "four to eight scheduled contacts"
        ],
        "The charts combine two data sources.": [],
        # how many of a set
        "A diagnosis requires two of three features.": ["two of three features"],
        "Four out of five babies settle by then.": ["Four out of five babies"],
        # a number describing a thing takes no bound
        "A better estimate comes from 24-hour test weighing.": ["24-hour test weighing"],
    }
    _each_gives(numbers, cases)


def test_times_keep_their_bounds_and_events_and_words_give_shares_and_multiples() -> None:
    cases = {
        "The risk rises when the baby was born before 37 weeks.": ["before 37 weeks"],
        "Offer the first breastfeed within 1 hour of birth.": ["within 1 hour of birth"],
        "The fetus swallows from about 11 weeks' gestation.": ["about 11 weeks' gestation"],
        "Start within the first hour after birth, or soon after.": [
            "within the first hour after birth"
        ],
        # a period named by its ordinal, or by a range of them, is whole: not "trimester"
        "Anaemia is common in the third trimester.": ["in the third trimester"],
        "In the fourth to sixth week of development, the milk lines form.": [
            "In the fourth to sixth week"
        ],
        "It peaks in the first six weeks after birth, but recurs.": [
            "the first six weeks after birth"  # six words at most: the preposition goes
        ],
        "Most abscesses occur within the first 12 weeks after birth.": [
            "within the first 12 weeks"  # the bound is worth more than the event
        ],
        # too long with its bound, a period of life keeps "of life": a period of its own
        "Stridor begins at birth or within the first 2 weeks of life.": ["first 2 weeks of life"],
        "Bursts of 10-30 sucks alternate with rests.": ["10-30 sucks"],
        "Regurgitation affects about half of infants.": ["about half of infants"],
        "A toddler portion is about a quarter to a half of an adult's.": [
            "about a quarter to a half"
        ],
        "Smoking more than doubles the risk of sudden death.": ["more than doubles the risk"],
        "Neonates clear ethanol at roughly half the adult rate.": ["roughly half the adult rate"],
        "The sex ratio is between 1.5:1 and 3:1.": ["between 1.5:1 and 3:1"],  # ratios' range
        "Mixed-fed infants were almost twice as likely to be infected.": ["almost twice as likely"],
        "Fat content can rise two- to threefold over a feed.": ["two- to threefold"],
        "Depression affects one in seven women.": ["one in seven women"],
        "Clefts affect roughly 1 in 700 babies worldwide.": ["roughly 1 in 700 babies"],
        "Melatonin peaks around 3 a.m. and is low by day.": ["around 3 a.m."],
        "Have 2 or 3 portions a week.": ["2 or 3 portions a week"],  # a count's range
        "It works while your baby is less than 6 months old.": ["less than 6 months old"],
        "Start solids from around 6 months corrected age.": ["around 6 months corrected age"],
        "Events peak up to 43 weeks postmenstrual age.": ["up to 43 weeks postmenstrual age"],
        # an open end, but not a second bound
        "A fever is 38 \u00b0C or above.": ["38 \u00b0C or above"],
        "Index values below 70% or above 90% are abnormal.": ["below 70%", "above 90%"],
        # the event a time counts from
        "Assess women within 2 weeks of referral.": ["within 2 weeks of referral"],
        "It is infectious until 48 hours after starting antibiotics.": [
            "until 48 hours after starting"
        ],
        "Onset is typically 3 weeks to 3 months after birth.": ["3 weeks to 3 months"],
        "Offer 8 or more feeds in 24 hours.": ["8 or more feeds", "24 hours"],
        # an open count keeps its rate: not "2 or fewer stools"
        "Constipation means 2 or fewer stools per week.": ["2 or fewer stools per week"],
        "It was raised after one week to 20 mg daily.": ["after one week", "20 mg daily"],
        # a ratio's things may have a word before them; a source's number in brackets is none
        "It affects around 8 in every 1,000 live births (1).": ["8 in every 1,000 live births"],
        "Growth was poor in 12 infants (4, 5).": ["12 infants"],
        "1 in 700 babies has a cleft [2].": ["1 in 700 babies"],
        "Keep it in the fridge at 4°C or below.": ["4°C or below"],
        "Formula gives about 20 kcal per ounce (67 kcal/100 mL).": [
            "about 20 kcal per ounce",
            "67 kcal/100 mL",
        ],
        "Feeds: 8 in 24 hours.": ["24 hours", "8"],  # a rate over time is no "1 in 700"
        "In the second half of pregnancy the breasts grow.": [],
        "The risk ranges from 15% to 45%.": ["15% to 45%"],  # "from" opens the range
    }
    _each_gives(numbers, cases)


def test_a_scale_test_or_criteria_named_after_someone_is_a_term() -> None:
    cases = {
        "Myocarditis has been defined by the Dallas criteria: an infiltrate with necrosis.": [
            "Dallas criteria"
        ],
        "Contracture is graded on the Baker scale from grade I to grade IV.": ["Baker scale"],
        "It is one of the minor features in the Hanifin and Rajka criteria.": [
            "Hanifin and Rajka criteria"
        ],
        "The method depends on the cervix, usually assessed with the Bishop score.": [
            "Bishop score"
        ],
        # a word of the name before it, in brackets too
        "It is shown by a negative antibody screen (indirect Coombs test).": [
            "indirect Coombs test"
        ],
        # no name before the head, or a sentence's capital: no eponym
        "The score is added up at 1 and 5 minutes.": [],
        "A simple test of hearing is offered to every baby.": [],
    }
    _each_gives(named_terms, cases)


def test_what_a_sentence_singles_out_and_the_subject_of_advice() -> None:
    cases = {
        "The strongest predictor of success is the baby's willingness to suckle.": [
            "baby's willingness to suckle"
        ],
        "By far the most frequent cause of early damage is a shallow latch.": ["shallow latch"],
        "Smoking is the most important modifiable risk factor after sleep position.": ["Smoking"],
        "Having a first-degree relative with IBD is the strongest known risk factor.": [
            "first-degree relative with IBD"
        ],
        "Kelp and seaweed supplements should be avoided because iodine varies.": [
            "Kelp and seaweed supplements"
        ],
        "Atenolol is best avoided because it accumulates in the infant.": ["Atenolol"],
        "Vigorous deep massage of a lump can injure tissue and is no longer recommended.": [
            "Vigorous deep massage"
        ],
        "The main reason is that babies sleep more.": [],  # a clause is no answer
        # what the rule says to do
        "The golden rule is to change nothing between the two weighings.": [
            "change nothing between the two weighings"
        ],
        "The key aim is to keep milk flowing.": ["keep milk flowing"],
        # a clause giving the reason singles out its subject
        "Night feeds need care, because sleep deprivation is one of the commonest triggers.": [
            "sleep deprivation"
        ],
        "Powdered infant formula (PIF) is not a sterile product.": ["not a sterile product"],
        "Colic is not harmful.": [],  # a state, not a thing
        "It is the most common food allergy of early childhood.": [],  # nor a pronoun
        # a clause after a semicolon or "but" singles out its own subject
        "Spasms may be flexor, extensor or mixed; mixed spasms are the most common.": [
            "mixed spasms"
        ],
        "It can affect either side, but the right side is the most often affected.": ["right side"],
        "Most start two drugs, except in TSC, where vigabatrin is the preferred drug.": [
            "vigabatrin"
        ],
    }
    _each_gives(claims, cases)
    pool = _pool(Block(P, "The commonest cause of low supply is infrequent milk removal."))
    assert [(c.pattern, texts(c.spans)) for c in pool if c.pattern == "claim"] == [
        ("claim", ["infrequent milk removal"])
    ]


def test_terms_in_brackets_after_their_kind_and_before_sometimes_called() -> None:
    cases = {
        "It is caused by a raised bilirubin level (hyperbilirubinaemia) in the first week.": [
            "hyperbilirubinaemia"
        ],
        "The breast shield (flange) should let the nipple move freely.": ["flange"],
        # a stage's number in roman figures is the term's
        "The fall triggers secretory activation (lactogenesis II) after birth.": [
            "lactogenesis II"
        ],
        "Wash your hands (thoroughly) before expressing.": [],  # an everyday word: no term
        # its head rare, the word before it plain
        "Mineral oil (liquid paraffin) should not be used in infants.": ["liquid paraffin"],
        "Oral thrush (oral candidiasis) is a fungal infection of the mouth.": ["oral candidiasis"],
        "Give it (the drug) daily.": [],
        "Keep the milk in the fridge (usual practice) until use.": [],
        "Necrosis of the pituitary gland (Sheehan syndrome) may stop lactation.": [
            "Sheehan syndrome"
        ],
        "It was assessed at once (Smith test).": [],  # an everyday name: no eponym
        # unless named as someone's, however common its words
        "The right iliac fossa feels empty (Dance's sign).": ["Dance's sign"],
        "It is offered in trisomy 18 (Edwards syndrome) and trisomy 13 (Patau syndrome).": [
            "Edwards syndrome",
            "Patau syndrome",
        ],
        "In the gut, the enzyme beta-glucuronidase splits it.": ["beta-glucuronidase"],
        "The hormone prolactin drives synthesis.": ["prolactin"],
        # a name that goes on in codes
        "It is cleared mainly by the enzyme cytochrome P450 1A2 in the liver.": [
            "cytochrome P450 1A2"
        ],
        "Glandular tissue, the axillary tail (tail of Spence), extends towards the armpit.": [
            "axillary tail"
        ],
        "The bacterium Cronobacter sakazakii can survive in powder.": ["Cronobacter sakazakii"],
        # a species' word ends in "-s" as a verb would
        "It is infected, usually with the bacterium Staphylococcus aureus.": [
            "Staphylococcus aureus"
        ],
        'A "happy spitter" regurgitates often but gains weight well.': ["happy spitter"],
        'Many teams use the "rule of 10s": at least 10 weeks and 10 pounds.': ["rule of 10s"],
        'A pause at the widest gape (the "open\u2013pause\u2013close" pattern) means milk.': [
            "open\u2013pause\u2013close"
        ],
        'The breast can feel "empty" after a feed.': [],  # a common word in scare quotes
        'Suboptimal intake jaundice (sometimes called "breastfeeding jaundice") comes first.': [
            "Suboptimal intake jaundice",
            "breastfeeding jaundice",
        ],
    }
    _each_gives(named_terms, cases)


def test_a_term_given_its_abbreviation_and_defined_offers_what_it_means() -> None:
    pool = _pool(
        Block(H, "Reflux in infants"),
        Block(P, "Gastro-oesophageal reflux (GOR) is the passage of stomach contents upwards."),
    )
    assert ["passage of stomach contents upwards"] in [texts(c.spans) for c in pool]


def test_long_forms_led_by_an_adverb_and_terms_glossed_beside_their_subject() -> None:
    sentence = "A birth weight under 1500 g defines very low birth weight (VLBW) in most units."
    assert [s.text for s in long_forms(sentence)] == ["very low birth weight"]
    assert [s.text for s in long_forms("Babies of an infant of a diabetic mother (IDM) are")] == [
        "infant of a diabetic mother"
    ]
    named = named_terms(
        "Ankyloglossia, more commonly called tongue-tie, is a congenital condition of the tongue."
    )
    assert [s.text for s in named] == ["Ankyloglossia", "tongue-tie"]
    fistula = named_terms(
        "A milk fistula, an abnormal tract between a milk duct and the skin through which milk"
        " leaks, is an uncommon complication."
    )
    assert [s.text for s in fistula] == ["milk fistula"]
    assert named_terms("A history, a full examination and a weight check are needed.") == []


def test_a_sentence_naming_what_the_one_before_describes_keeps_it_as_context() -> None:
    article = Article(
        title="Nappies",
        blocks=(
            Block(BlockKind.HEADING, "What about wees?", 1),
            Block(
                BlockKind.PARAGRAPH,
                "Baby girls may have a little white discharge from the vagina in the first week."
                " This is called pseudomenstruation. It settles on its own.",
            ),
        ),
    )
    found = units(article)
    named = next(u for u in found if "pseudomenstruation" in u.text)
    assert named.text.startswith("Baby girls may have") and named.source.startswith("This is")
    text = ArticleText(" ".join(b.text for b in article.blocks))
    offered = [s.text for c in candidates(named, text) for s in c.spans]
    assert "pseudomenstruation" in offered
    assert "white discharge" not in offered  # the sentence before is context, never hidden


def test_a_naming_sentence_too_long_to_show_with_the_one_before_is_cut_or_resolved() -> None:
    before = (
        "Milk production is governed locally, breast by breast, rather than by the body as a"
        " whole, and it goes on for as long as milk is removed."
    )
    found = _read_units(
        Block(
            P,
            f"{before} This is called autocrine control: as milk accumulates, a whey protein"
            " often called the feedback inhibitor of lactation (FIL) signals the milk-making"
            " cells to slow down.",
        )
    )
    named = next(u for u in found if "autocrine control" in u.text)
    assert named.text == f"{before} This is called autocrine control."
    assert named.source.startswith("This is called") and named.source.endswith("slow down.")
    # or cut where "and," opens a clause of its own
    glucose = (
        "Blood glucose normally falls to a low point (nadir) at 1-2 hours after birth and then "
        "rises over the next 2-3 days."
    )
    called = (
        "This is called transitional neonatal hypoglycaemia and, in a well term baby who is "
        "feeding, it is a normal adaptation."
    )
    assert _units(Block(P, f"{glucose} {called}"))[-1] == (
        f"{glucose} This is called transitional neonatal hypoglycaemia."
    )
    # "It" stands for the subject before when the two together are too long to show
    subject = (
        "Lactation ketoacidosis (LKA) is a rare but potentially life-threatening high anion gap"
        " metabolic acidosis caused by the accumulation of ketones in a breastfeeding woman."
    )
    named = _units(
        Block(
            P,
            f'{subject} It is sometimes called "bovine ketoacidosis" because of its similarity'
            " to ketosis in high-yielding dairy cows, a well-known problem in veterinary practice.",
        )
    )[-1]
    assert named.startswith('Lactation ketoacidosis is sometimes called "bovine ketoacidosis"')


def test_a_sentence_before_too_long_to_show_whole_is_shown_without_its_aside() -> None:
    article = Article(
        title="Stools",
        blocks=(
            Block(
                BlockKind.PARAGRAPH,
                "Your baby's first poos are made of meconium, a thick, sticky, greenish-black"
                " substance that looks a bit like tar and is passed in the first day or two."
                " It builds up in your baby's gut before birth and is made up of swallowed"
                " amniotic fluid, mucus, skin cells and the fine body hair called lanugo.",
            ),
        ),
    )
    leaning = next(u for u in units(article) if "lanugo" in u.text)
    assert leaning.text.startswith("Your baby's first poos are made of meconium. It builds up")
    assert leaning.source.startswith("It builds up")


def test_a_sentence_before_is_never_cut_from_what_they_or_these_stand_for() -> None:
    before = (
        "If a permanent hearing loss is confirmed, the baby can be fitted with hearing aids"
        " from a few weeks old, and the family is referred to a Teacher of the Deaf and to"
        " paediatric services for investigations."
    )
    leaning = _units(
        Block(
            P,
            f"{before} These usually include testing for congenital cytomegalovirus (cCMV),"
            " which needs a saliva or urine sample taken within the first 21 days of life.",
        )
    )[-1]
    # the clause that names the investigations stays; the one before it may go
    assert leaning == (
        "The family is referred to a Teacher of the Deaf and to paediatric services for"
        " investigations. These usually include testing for congenital cytomegalovirus (cCMV)."
    )
    # a clause after a semicolon that would not fit is a sentence of its own
    *_, leaning, after = _units(
        Block(
            P,
            f"{before} These usually include testing for congenital cytomegalovirus (cCMV); a"
            " saliva or urine sample must be taken within the first 21 days of life to"
            " distinguish congenital from later-acquired infection.",
        )
    )
    assert leaning.endswith("These usually include testing for congenital cytomegalovirus (cCMV).")
    assert after.startswith("A saliva or urine sample must be taken within the first 21 days")


def test_counts_keep_the_words_that_describe_the_things_counted() -> None:
    found = numbers("Day 5 onwards: at least 6 heavy wet nappies in 24 hours.")
    assert "at least 6 heavy wet nappies" in [s.text for s in found]
    assert [s.text for s in numbers("A breastfed baby should do at least 2 poos a day.")] == [
        "at least 2 poos a day"
    ]
    # a noun's singular names the things with them; a function word or a vague one does not
    assert [s.text for s in numbers("Your child has 20 baby teeth.")] == ["20 baby teeth"]
    assert texts(numbers("The study enrolled 400 term infants.")) == ["400 term infants"]
    assert texts(numbers("Milk holds 200 different structures.")) == ["200"]
    assert texts(numbers("1 or more centile spaces if birth weight was low")) == [
        "1 or more centile spaces"
    ]
    # a participle, or a word the lexicon lacks; a figure of several thousands groups, whole
    found = numbers("A review pooled 19 randomised trials involving 823 preterm infants.")
    assert texts(found) == ["19 randomised trials", "823 preterm infants"]
    assert texts(numbers("The studies involved 1,192,700 parous women.")) == [
        "1,192,700 parous women"
    ]
    # numbers in a series name a thing; none of them is a range
    assert texts(numbers('Services work to the "1-3-6" benchmark: screening by 1 month.')) == [
        "by 1 month"
    ]


def test_a_verb_opening_a_sentence_is_no_label_of_the_count_after_it() -> None:
    assert texts(numbers("Expect 6 heavy wet nappies a day.")) == ["6 heavy wet nappies a day"]
    assert texts(numbers("Give 2 drops daily.")) == ["2 drops daily"]
    assert texts(numbers("Step 9 of the code bans teats.")) == ["Step 9"]


def test_a_share_keeps_what_it_is_a_share_of_and_ppm_is_a_unit() -> None:
    found = numbers("Free sugars should be no more than 5% of daily energy from 2 years.")
    assert "5% of daily energy" in texts(found)
    assert texts(numbers("About 20% of women breastfeed for a year.")) == ["About 20% of women"]
    assert texts(numbers("The varnish contains 22,600 ppm fluoride.")) == ["22,600 ppm"]
    between = numbers("Children acquire it between about 19 and 31 months of age.")
    assert texts(between) == ["between about 19 and 31 months"]


def test_an_amount_keeps_what_it_is_of_and_a_further_period_its_bound() -> None:
    assert texts(numbers("The BSH recommends 40-80 mg of elemental iron daily.")) == [
        "40-80 mg of elemental iron"
    ]
    assert "65 mg elemental iron" in texts(numbers("It provides 65 mg elemental iron, twice."))
    assert texts(numbers("Babies need 400 IU vitamin D.")) == ["400 IU vitamin D"]
    assert texts(numbers("Give 10 mg twice daily to the baby.")) == ["10 mg twice daily"]
    # no longer than an answer may be: the amount alone
    long = numbers("Give a supplement of 8.5 to 10 micrograms of vitamin D from birth.")
    assert texts(long) == ["8.5 to 10 micrograms"]
    assert texts(numbers("Treatment should continue for a further 3 months.")) == [
        "a further 3 months"
    ]


def test_two_values_in_one_unit_negative_ranges_and_doses_apart() -> None:
    assert texts(numbers("Pumps ship with 24 mm and 27 mm flanges.")) == ["24 mm and 27 mm"]
    assert texts(numbers("Give one dose at 3 days and another at 2 weeks.")) == [
        "3 days",
        "2 weeks",
    ]
    assert texts(numbers("Pumps reach about -250 to -300 mmHg.")) == ["about -250 to -300 mmHg"]
    assert texts(numbers("Feeds last 3-5 minutes.")) == ["3-5 minutes"]
    assert texts(numbers("Take iron and calcium at least 2 hours apart.")) == [
        "at least 2 hours apart"
    ]


def test_a_rare_term_glossed_by_a_definite_phrase_or_defined_in_the_clause_after_it() -> None:
    glossed = named_terms(
        "Fat content can be estimated with the creamatocrit, the percentage of a milk sample"
        " occupied by the cream layer."
    )
    assert [s.text for s in glossed] == ["creamatocrit"]
    defined = named_terms(
        "It is told apart from a phlegmon or a galactocele, which refers to a milk-filled cyst."
    )
    assert [s.text for s in defined] == ["galactocele"]
    defined = named_terms(
        "A phlegmon, which is an area of inflamed, oedematous tissue without liquid pus, will"
        " not yield anything to a needle."
    )
    assert [s.text for s in defined] == ["phlegmon"]
    assert named_terms("Skin contact helps the baby, the mother and the partner to bond.") == []


def test_a_sentence_giving_a_phone_number_is_no_card() -> None:
    assert (
        without_pointers("Please call the Patient Advice and Liaison Service on 01632 960 412.")
        is None
    )
    assert without_pointers("Call 0800 123 4567 for advice.") is None
    # a course's details are about the course
    assert without_pointers("Estimated study time: 45 minutes (0.75 CPD hours)") is None
    assert without_pointers("Estimated CPD time: 45 minutes.") is None
    assert without_pointers("Unit 6 of the Infant Feeding and Medicines programme.") is None
    assert without_pointers("CPD module 6 of 8.") is None
    assert without_pointers("The unit counts towards 1 hour of CPD.") is None
    assert without_pointers("Log in to save your progress and download a certificate.") is None
    kept = "Give 0.5 mg daily for 10 days, between 2010 and 2015 doses of 100 200 mg were used."
    assert without_pointers(kept) == kept


def test_a_national_line_named_with_its_number_is_a_fact_and_its_number_one_answer() -> None:
    line = "You can also call the National Breastfeeding Helpline on 0300 100 0212, every day."
    assert without_pointers(line) == line
    assert "0300 100 0212" in texts(numbers(line))
    gas = "Call the National Gas Emergency Service on 0800 111 999."
    assert "0800 111 999" in texts(numbers(gas))
    # a local service's number, or a national number with no line named, is how to reach someone
    assert without_pointers("Ring the Postnatal Ward on 01632 960418 (24 hours).") is None
    assert without_pointers("Call 0300 555 0199 or start a web chat.") is None


def test_a_gestational_age_in_weeks_and_days_is_one_figure() -> None:
    found = numbers(
        "A late preterm infant is a baby born between 34+0 and 36+6 weeks of gestation."
    )
    assert [s.text for s in found] == ["between 34+0 and 36+6 weeks"]
    assert [s.text for s in numbers("Babies born before 37+0 weeks are preterm.")] == [
        "before 37+0 weeks"
    ]


def test_a_range_in_words_between_two_numbers() -> None:
    found = numbers(
        "Left to themselves, most children self-wean between two and four years of age."
    )
    assert [s.text for s in found] == ["between two and four years"]


def test_times_of_day_citation_marks_and_sentences_about_the_guide() -> None:
    found = numbers("A baby may want to feed almost every hour between 6 pm and 11 pm.")
    assert texts(found) == ["between 6 pm and 11 pm"]
    assert texts(numbers("Prolactin is highest at 2 am.")) == ["2 am"]
    # a citation's number is no fact: the reference list is not on the card
    assert without_pointers("Reassess when [1,2]: pain lasts 24\u201348 hours [3\u20135].") == (
        "Reassess when: pain lasts 24\u201348 hours."
    )
    assert without_pointers("This guide explains what cluster feeding is.") is None
    assert without_pointers("This review summarises the evidence on pasteurisation.") is None
    assert without_pointers("This guideline explains antenatal expression.") is not None
    # what a sentence singles out ends at its word, before a bracket
    found = claims("The most important predisposing factor is hyperlactation (oversupply).")
    assert texts(found) == ["hyperlactation"]


def test_a_name_given_after_a_this_that_stands_for_no_thing_is_said_of_its_other_name() -> None:
    found = _units(
        Block(BlockKind.HEADING, "Why does my baby suddenly fling their arms out?", 2),
        Block(P, "This is the Moro reflex, also called the startle reflex."),
    )
    assert found == ["The Moro reflex is also called the startle reflex."]


def test_a_pronoun_that_stands_for_no_thing_is_never_replaced_by_a_subject() -> None:
    long_first = (
        "Cotinine is the main breakdown product of nicotine and is widely used as a biomarker of"
        " tobacco exposure in studies of parents and newborns across many countries."
    )
    found = _units(
        Block(P, long_first),
        Block(P, "This means cotinine can build up in a breastfed baby whose parent smokes."),
        Block(P, "It is worth stressing that the largest source of exposure is secondhand smoke."),
        Block(P, "It is important to keep the home and car smoke-free at all times."),
    )
    assert not any(text.startswith("Cotinine means") for text in found)
    # "It is worth stressing that X": X is the card's sentence
    assert "The largest source of exposure is secondhand smoke." in found
    assert not any(text.startswith("Cotinine is important") for text in found)
    assert texts(numbers("Breastfeeding protects against SIDS, roughly halving the risk.")) == [
        "roughly halving the risk"
    ]
    # a share of something, not of a pronoun
    assert texts(numbers("Milk nicotine falls to roughly a quarter of its peak.")) == [
        "roughly a quarter"
    ]
    # "It also helps to …": what is done, no thing
    found = _units(
        Block(P, long_first),
        Block(P, "It also helps to remember that nicotine levels in milk peak soon after smoking."),
    )
    assert not any(text.startswith("Cotinine also helps") for text in found)


def test_a_dangling_sentence_with_a_relative_clause_asks_what_the_clause_says() -> None:
    long_before = (
        "At its peak, average crying totals about 2 hours a day, and much of it is concentrated"
        " in the late afternoon and evening, when cluster feeding tends to happen."
    )
    found = _units(
        Block(P, long_before),
        Block(
            P,
            "This is different from colic, which is usually defined by the rule of threes:"
            " crying for more than 3 hours a day, on more than 3 days a week.",
        ),
    )
    assert (
        "Colic is usually defined by the rule of threes: crying for more than 3 hours a day,"
        " on more than 3 days a week."
    ) in found
    # what "which" does may be the whole clause's doing, not the phrase's before it
    clause = _units(
        Block(P, long_before),
        Block(
            P,
            "Its half-life is about 5 hours but can reach 21 hours in people who are poor"
            " metabolisers via CYP2D6, which could increase infant exposure.",
        ),
    )
    assert not any(text.startswith("CYP2D6 could") for text in clause)


def test_this_before_another_noun_is_never_the_subject_before() -> None:
    found = _units(
        Block(P, "Frequent bunched-up feeds are a normal behaviour in healthy breastfed babies."),
        Block(P, "This guidance explains what cluster feeding is and how to cope with it."),
        Block(P, "This change is a good sign that your baby is getting more milk."),
        Block(P, "This kills bacteria such as Cronobacter sakazakii and Salmonella."),
    )
    assert "The guidance explains what cluster feeding is and how to cope with it." in found
    assert not any(text.startswith("Frequent bunched-up feeds explains") for text in found)
    # "This" before a verb stands alone: no "The kills bacteria"
    assert not any(text.startswith("The kills") for text in found)
    blocks = [Block(P, "Transitional stools are greenish-brown and looser than meconium.")]
    blocks.append(Block(P, "This change is a good sign that your baby is getting more milk."))
    assert not any(c.question.startswith("Which good sign") for c in _pool(*blocks))


def test_a_term_named_after_called_or_known_as_may_be_an_ing_form() -> None:
    assert texts(named_terms("This is known as reverse cycling, and it helps your supply.")) == [
        "reverse cycling"
    ]
    assert texts(named_terms("This is sometimes called cocooning: vaccinating the family.")) == [
        "cocooning"
    ]
    assert "biological nurturing" in texts(
        named_terms("Laid-back breastfeeding, also called biological nurturing, is a position.")
    )
    assert named_terms("This is known as being difficult to settle.") == []
    # in brackets, the name runs to the bracket closing it
    bracketed = "Faltering growth (previously called failure to thrive) is slow weight gain."
    assert texts(named_terms(bracketed)) == ["Faltering growth", "failure to thrive"]


def test_a_kind_called_by_a_name_names_it_but_not_one_who_calls_someone() -> None:
    apnoea = "The baby then stops breathing, a state called primary apnoea."
    assert texts(named_terms(apnoea)) == ["primary apnoea"]
    assert texts(named_terms("It enters a rare phase called terminal apnoea.")) == [
        "terminal apnoea"
    ]
    assert named_terms("A nurse called the doctor.") == []


def test_instructions_after_a_label_read_alone() -> None:
    found = _units(
        Block(P, "Feeding during injections eases pain. Tips:"),
        Block(ITEM, "start feeding a few minutes before the injection", 1),
        Block(ITEM, "keep feeding during the injection and afterwards", 1),
        Block(ITEM, "tell the nurse you would like to breastfeed", 1),
    )
    assert "Start feeding a few minutes before the injection." in found
    assert "Keep feeding during the injection and afterwards." in found
    assert not [text for text in found if text.startswith("Tips")]


def test_answers_start_on_a_word_and_are_never_the_readers_own_words() -> None:
    pool = _pool(
        Block(P, "Some COVID-19 vaccines are mRNA vaccines, safe while you're breastfeeding."),
        Block(P, "Maternal antibodies cross the placenta before birth."),
    )
    answers = [answer for c in pool for answer in c.answers]
    assert "mRNA vaccines" in answers
    assert not [a for a in answers if a.startswith("19") or "you're" in a]
    assert not [a for a in answers if a.endswith("cross")]  # "cross" is the verb there


def test_a_body_mass_index_keeps_its_unit_and_no_answer_cuts_a_word_short() -> None:
    assert texts(numbers("Obesity is defined as a BMI of 30 kg/m\u00b2 or more.")) == [
        "30 kg/m\u00b2 or more"
    ]
    assert texts(numbers("Class III is a BMI of 40 kg/m2 or more.")) == ["40 kg/m2 or more"]
    pool = _pool(Block(P, "Obesity is defined as a BMI of 30 kg/m\u00b2 or more at booking."))
    answers = [answer for c in pool for answer in c.answers]
    assert "30 kg/m\u00b2 or more" in answers
    assert not [a for a in answers if a.endswith("kg/m")]


def test_a_pronoun_stands_only_for_a_subject_of_its_number() -> None:
    from lactquiz.generate.candidates import _resolve_pronoun

    # "Their" stands for a plural subject as "They" does, or the sentence before is shown
    assert (
        _resolve_pronoun("Their main job is to protect.", "Antibodies are proteins.", ())
        == "Antibodies' main job is to protect."
    )
    assert (
        _resolve_pronoun("Their levels fall.", "Oestrogen and progesterone are high.", ()) is None
    )
    text = "Newborns cannot shiver effectively. Their main source of heat is brown fat."
    assert _units(Block(P, text))[-1] == text

    # the subject keeps its name past an aside in brackets
    before = 'First infant formula (often labelled "1" or "first milk") is all most babies need.'
    assert (
        _resolve_pronoun("It is based on cow's milk protein.", before, ())
        == "First infant formula is based on cow's milk protein."
    )

    measures = "Evidence-informed measures include offering colostrum by mouth."
    assert _resolve_pronoun("Its effect on NEC is unproven.", measures, ()) is None
    assert _resolve_pronoun("It is the most common food allergy.", measures, ()) is None
    assert _resolve_pronoun("They are cheap.", "Colostrum is offered by mouth.", ()) is None
    assert (
        _resolve_pronoun("It is rich in sIgA.", "Colostrum is offered by mouth.", ())
        == "Colostrum is rich in sIgA."
    )
    assert (
        _resolve_pronoun("They are cheap.", "Donor milk and formula are offered.", ())
        == "Donor milk and formula are cheap."
    )
    # a subject after a phrase that sets the scene, before a modal verb
    dummy = "For breastfed babies, a dummy should be introduced once feeding is established."
    assert (
        _resolve_pronoun("It should not be forced.", dummy, ()) == "A dummy should not be forced."
    )
    # "One" opening a subject counts it, as an article would; "One of …" names none
    unit = "One FTU is the amount of cream squeezed along an adult index finger."
    assert _resolve_pronoun("It weighs about 0.5 g.", unit, ()) == "One FTU weighs about 0.5 g."
    causes = "One of the causes is a poor latch."
    assert _resolve_pronoun("It weighs about 0.5 g.", causes, ()) is None
    # "They" for one person, before a verb that reads the same for one; not before "are"
    doctor = "The paediatrician will look for an asymmetric Moro reflex."
    assert (
        _resolve_pronoun("They will rule out a fracture.", doctor, ())
        == "The paediatrician will rule out a fracture."
    )
    assert _resolve_pronoun("They are thorough.", doctor, ()) is None
    # the number is the head noun's, before the phrase's preposition
    lead = "Common positions for simultaneous feeding include the double cradle."
    assert _resolve_pronoun("It keeps pressure off a wound.", lead, ()) is None
    code = "The International Code of Marketing of Breast-milk Substitutes was adopted in 1981."
    assert (
        _resolve_pronoun("Its aim is safe nutrition.", code, ())
        == "The International Code of Marketing of Breast-milk Substitutes' aim is safe nutrition."
    )
    drug = "Sertraline is the antidepressant most often chosen for breastfeeding mothers."
    assert (
        _resolve_pronoun("Its RID is about 0.4-2.2%.", drug, ())
        == "Sertraline's RID is about 0.4-2.2%."
    )
    # a determiner before a noun in quotes: no subject stands for it
    carrot = "Infants whose mothers drank carrot juice made fewer negative faces at first."
    assert _resolve_pronoun('This "flavour bridge" may ease weaning.', carrot, ()) is None
    # the subject's own verb says its number when its noun looks plural, or joins two
    shingles = "Shingles is a reactivation of VZV in the sensory nerve roots."
    assert (
        _resolve_pronoun("It causes a painful rash.", shingles, ())
        == "Shingles causes a painful rash."
    )
    assert _resolve_pronoun("They cause a painful rash.", shingles, ()) is None
    aversion = "Breastfeeding aversion and agitation lasts as long as the baby is latched."
    assert (
        _resolve_pronoun("It is common in pregnancy.", aversion, ())
        == "Breastfeeding aversion and agitation is common in pregnancy."
    )
    assert _resolve_pronoun("It is common.", "Twins are born early.", ()) is None

    # too long to show after the sentence before, which names one thing of its kind: that one
    ask = "If you are not immune and have not been vaccinated, ask about the varicella vaccine."
    live = (
        "It is a live vaccine, given as 2 doses 4 to 8 weeks apart, and it can be given while"
        " breastfeeding; in studies, the vaccine virus was not found in milk."
    )
    assert _units(Block(P, f"{ask} {live}"))[-1].startswith(
        "The varicella vaccine is a live vaccine, given as 2 doses"
    )
    both = "Ask about the varicella vaccine and the MMR vaccine after birth."
    assert not _units(Block(P, f"{both} {live}"))[-1].startswith("The")


def test_no_clause_opening_is_singled_out_and_a_verb_follows_a_modal() -> None:
    assert claims("Because maternal milk is the most effective protection, support it.") == []
    assert texts(claims("Smoking is the most important modifiable risk factor.")) == ["Smoking"]
    pool = _pool(Block(P, "Survivors may face short bowel syndrome and intestinal strictures."))
    answers = [answer for c in pool for answer in c.answers]
    assert "short bowel syndrome" in answers
    assert not [a for a in answers if a.startswith("face")]


def test_a_bare_number_keeps_the_name_it_is_part_of() -> None:
    assert texts(numbers("Step 9 no longer forbids teats.")) == ["Step 9"]
    assert texts(numbers("Choose one marked with the safety standard BS EN 1400.")) == [
        "BS EN 1400"
    ]
    # a standard's number and year, as its name gives them
    assert texts(numbers("Use a meter that meets the ISO 15197:2013 standard.")) == [
        "ISO 15197:2013"
    ]
    assert "Around 9 in 10 babies" in texts(numbers("Around 9 in 10 babies settle."))
    # a strain's number is the end of its name, which is asked whole: no quantity
    assert texts(numbers("Lactobacillus reuteri DSM 17938, given daily, helps.")) == []


def test_a_rare_noun_s_number_is_asked_with_the_noun() -> None:
    cases = {
        "Associations include Noonan syndrome, trisomy 21, and lymphangiectasia.": ["trisomy 21"],
        "It results from an extra copy of chromosome 21.": ["chromosome 21"],
        # the end of a longer name is no noun's own number
        "It is caused by severe acute respiratory syndrome coronavirus 2.": ["2"],
        # in brackets after the name it stands for
        "Many babies have Down syndrome (trisomy 21).": ["trisomy 21"],
        # a count in millions keeps the things it counts
        "It needs more than 1 million leukocytes per mL.": ["more than 1 million leukocytes"],
    }
    _each_gives(numbers, cases)
    # a name's capital "Down" is no phrasal verb's particle ("have down")
    assert "Down syndrome" in texts(noun_phrases("Many babies have Down syndrome."))
    # nor is a piece of one number after a comma
    assert not [t for t in texts(numbers("Use it with adrenaline 1:80,000.")) if "adrenaline" in t]


def test_a_passive_lead_in_is_whole_and_a_line_is_never_hidden_whole() -> None:
    found = _units(
        Block(P, "Several mechanisms have been proposed:"),
        Block(ITEM, "progesterone stored in adipose tissue, which slows its fall after birth", 1),
        Block(ITEM, "birth interventions, such as induction of labour and caesarean birth", 1),
    )
    assert found[0].startswith("Several mechanisms have been proposed: ")
    pool = _pool(Block(P, "A practical care pathway."), Block(P, "Offer skin contact early."))
    assert ("practical care pathway",) not in [c.answers for c in pool]
    assert not [c for c in pool if c.unit.text == "A practical care pathway."]


def test_quantities_keep_a_comparative_bound_and_what_a_multiple_multiplies() -> None:
    cases = {
        "Infants with a wheal larger than 4 mm were excluded from the trial.": ["larger than 4 mm"],
        "Wait at least 1 minute and no longer than 5 minutes before clamping.": [
            "at least 1 minute",
            "no longer than 5 minutes",
        ],
        "Mothers who had none were about 13 times more likely to stop.": [
            "about 13 times more likely"
        ],
        "Risk was 3-fold higher in smokers.": ["3-fold higher"],
        # both a bound and the event do not fit in an answer: the event, unless a period opens it
        "Measure it before the second feed and no later than 2-4 hours after birth.": [
            "2-4 hours after birth"
        ],
        "Most occur within the first 12 weeks after birth.": ["within the first 12 weeks"],
        "They were three times more likely to stop.": ["three times more likely"],
    }
    _each_gives(numbers, cases)


def test_a_name_in_capitals_may_run_a_word_past_its_abbreviation() -> None:
    sentence = "The Learning Early About Peanut Allergy (LEAP) trial randomised 640 infants."
    assert texts(long_forms(sentence)) == ["Learning Early About Peanut Allergy"]
    # a name that starts further back is not guessed at
    assert long_forms("See the International Milk Allergy in Primary Care (iMAP) guide.") == []
    # nor one that a comma ends before the word the abbreviation follows
    assert long_forms("In the European Union, Regulation (EU) No 1297/2014 applies.") == []


def test_an_items_label_in_bold_is_asked_for_from_what_the_item_says() -> None:
    label = "Break the suction."
    pool = _pool(
        Block(H, "When your baby bites"),
        Block(P, "Instead, try one of these:"),
        Block(
            ITEM,
            f"{label} Slip a clean finger into the corner of the mouth and ease the nipple out.",
            1,
            (label,),
        ),
        Block(ITEM, "Pull baby in close. Draw your baby firmly toward your breast.", 1),
        Block(ITEM, "Most babies stop biting within a few days. Stay calm and patient.", 1),
        Block(ITEM, "A teething baby may bite more often. Offer a cold teether first.", 1),
    )
    asked = [c for c in pool if texts(c.spans) == ["Break the suction"]]
    assert asked and asked[0].unit.text.startswith("Break the suction: Slip a clean finger")
    assert asked[0].unit.section == ("When your baby bites",)  # the label is no heading here
    # a label in plain type, in a list not mostly labelled, stays the heading of what its item
    # says
    assert not [c for c in pool if "Pull baby in close" in texts(c.spans)]


def test_a_lead_in_that_says_a_thing_of_its_own_is_a_sentence_too_even_ending_on_a_name() -> None:
    steps = (
        Block(ITEM, "Ask about smoking status and record it. Use open questions.", 1),
        Block(ITEM, "Advise that stopping with support works best. Keep it brief.", 1),
    )
    said = "Very Brief Advice (VBA) takes less than 30 seconds and follows three steps"
    assert f"{said}." in _units(Block(P, f"{said}:"), *steps)
    # a clause, a lead-in pointing at its list or at a thing named before, is no sentence
    for lead_in in (
        "If a baby has not regained birth weight by day 14 and feeds poorly:",
        "The following should generally be avoided during lactation by all mothers:",
        "At moderate doses they do not affect infant thyroid function at all:",
    ):
        assert lead_in.replace(":", ".") not in _units(Block(P, lead_in), *steps)
    # ending on a name the word lists do not know, or on a citation
    said = "Inversion is commonly graded using the classification described by Han and Hong"
    assert f"{said}." in _units(Block(P, f"{said}:"), *steps)
    said = "NICE recommends asking the two Whooley questions at the first postnatal contact"
    assert any(u.startswith(said) for u in _units(Block(P, f"{said} [3]:"), *steps))


def test_items_that_all_open_on_a_short_phrase_have_it_as_a_label_in_plain_type() -> None:
    # copied text loses the bold: a list whose every item opens on a short phrase and goes on
    # reads as labelled, as the same list in bold does
    pool = _pool(
        Block(H, "Complications after surgery"),
        Block(P, "Problems to watch for include:"),
        Block(ITEM, "Chylothorax. Injury to the thoracic duct causes a chylous effusion.", 1),
        Block(ITEM, "Feeding aversion. Prolonged intubation can lead to oral aversion.", 1),
    )
    asked = [c for c in pool if texts(c.spans)[:1] == ["Chylothorax"]]
    assert asked and asked[0].unit.text.startswith("Chylothorax: Injury to the thoracic duct")
    assert asked[0].unit.section == ("Complications after surgery",)
    assert [c for c in pool if texts(c.spans)[:1] == ["Feeding aversion"]]
    # an item of one sentence may stand among them; as many items of sentences with no label
    # make it no run of labels
    among = _pool(
        Block(P, "Problems to watch for include:"),
        Block(ITEM, "Chylothorax. Injury to the thoracic duct causes a chylous effusion.", 1),
        Block(ITEM, "Stridor. Surgery on the aortic arch can injure the laryngeal nerve.", 1),
        Block(ITEM, "Prolonged intubation can lead to oral aversion.", 1),
    )
    assert [c for c in among if c.unit.text.startswith("Chylothorax:")]
    alone = _pool(
        Block(P, "Problems to watch for include:"),
        Block(ITEM, "Chylothorax. Injury to the thoracic duct causes a chylous effusion.", 1),
        Block(ITEM, "Stridor. Surgery on the aortic arch can injure the laryngeal nerve.", 1),
        Block(ITEM, "Prolonged intubation can lead to oral aversion. It passes slowly.", 1),
        Block(ITEM, "Most infants regain full oral feeding within weeks. A few need a tube.", 1),
    )
    assert not [c for c in alone if c.unit.text.startswith("Chylothorax:")]


def test_a_plain_label_naming_a_thing_heads_its_item_in_a_list_with_no_emphasis() -> None:
    # copied text: the first item opens on a thing named, the second is one sentence
    items = (
        Block(P, "Two investigations are worth considering:"),
        Block(ITEM, "Full blood count and ferritin. Anaemia is common with these spells.", 1),
        Block(ITEM, "An electrocardiogram (ECG), to exclude a heart rhythm disorder.", 1),
    )
    asked = [c for c in _pool(*items) if texts(c.spans)[:1] == ["Full blood count and ferritin"]]
    assert asked and asked[0].unit.text.startswith("Full blood count and ferritin: Anaemia")
    # an order is no label
    bidding = (items[0], Block(ITEM, "Check the ferritin. Anaemia is common.", 1), items[2])
    assert not [c for c in _pool(*bidding) if texts(c.spans)[:1] == ["Check the ferritin"]]


def test_a_labelled_item_s_short_sentence_and_a_lead_in_that_is_a_whole_clause() -> None:
    label = "Analgesia:"
    found = _read_units(
        Block(H, "Management in pregnancy"),
        Block(P, "A stepped approach is usually appropriate:"),
        Block(
            ITEM, "Night splinting with the wrist in a neutral position.", 1, ("Night splinting",)
        ),
        Block(ITEM, f"{label} paracetamol is preferred. NSAIDs should be avoided.", 1, (label,)),
    )
    texts_found = [u.text for u in found]
    # the lead-in says a thing whole: the items follow it after its colon
    assert "A stepped approach is usually appropriate: Night splinting with the wrist in a" in (
        " ".join(texts_found)
    )
    # the label heads its item's short sentence, which is no heading
    labelled = [u for u in found if u.text == "Analgesia: Paracetamol is preferred."]
    assert labelled and labelled[0].head == "Analgesia"
    assert [u.section for u in found if u.text.startswith("NSAIDs")] == [
        ("Management in pregnancy", "Analgesia")
    ]


def test_an_items_label_before_a_colon_is_asked_about_in_plain_type_too() -> None:
    pool = _pool(
        Block(H, "Diagnostic procedures"),
        Block(P, "Advice on breastfeeding after common scans:"),
        Block(ITEM, "No interruption: bone scans, renal imaging and heart perfusion studies.", 1),
        Block(ITEM, "Interruption of 12 hours: Tc-99m pertechnetate and lung perfusion scans.", 1),
    )
    whole = [c for c in pool if c.unit.text.startswith("Interruption of 12 hours: Tc-99m")]
    assert whole and whole[0].unit.section == ("Diagnostic procedures",)
    assert "12 hours" in [s.text for c in whole for s in c.spans]


def test_a_name_an_aside_describes_is_asked_for_as_a_defined_term() -> None:
    pool = _pool(
        Block(
            P,
            "Guaifenesin, an expectorant for chesty coughs, has limited data. However, a short"
            " course is likely to be acceptable.",
        )
    )
    defined = [texts(c.spans) for c in pool if c.pattern == "definition"]
    assert defined == [["Guaifenesin"]]  # not "However", which only sets the scene


def test_the_kind_an_aside_gives_a_name_is_what_it_means() -> None:
    pool = _pool(
        Block(P, "Domperidone, a dopamine antagonist that raises prolactin, is the one most used.")
    )
    assert [texts(c.spans) for c in pool if c.pattern == "definiens"] == [["dopamine antagonist"]]
    # one word says too little to ask
    pool = _pool(Block(P, "Guaifenesin, an expectorant for chesty coughs, has limited data."))
    assert [c for c in pool if c.pattern == "definiens"] == []


def test_three_ways_a_thing_differs_are_a_list() -> None:
    cases = {
        "Colostrum is thicker, yellower and saltier than mature milk.": [
            "thicker",
            "yellower",
            "saltier",
        ],
        "Singing to a baby is higher in pitch, slower in tempo and more emotionally expressive.": [
            "higher in pitch",
            "slower in tempo",
            "more emotionally expressive",
        ],
        "It is thicker and yellower than mature milk.": [],  # two: no list
    }
    for sentence, expected in cases.items():
        pool = _pool(Block(P, sentence))
        assert [texts(c.spans) for c in pool if c.pattern == "list"] == (
            [expected] if expected else []
        ), sentence


def test_a_law_is_named_whole_with_its_bracketed_word_and_year() -> None:
    cases = {
        "In the UK, toys must meet the Toys (Safety) Regulations 2011.": [
            "Toys (Safety) Regulations 2011"
        ],
        "The Equality Act 2010 protects you while you feed.": ["Equality Act 2010"],
        "In the UK the Equality Act 2010 applies.": ["Equality Act 2010"],
        "The Act says nothing of it.": [],
    }
    for sentence, expected in cases.items():
        named = [t for t in texts(named_terms(sentence)) if "Act" in t or "Regulations" in t]
        assert named == expected, sentence


def test_a_name_after_a_year_is_a_key_phrase_of_its_own() -> None:
    pool = _pool(
        Block(
            P,
            "The initiative grew out of the 1990 Innocenti Declaration, which called on every"
            " country to protect breastfeeding.",
        )
    )
    spans = [s.text for c in pool for s in c.spans]
    assert "1990" in spans and "Innocenti Declaration" in spans


def test_a_law_s_year_is_part_of_its_name() -> None:
    assert texts(numbers("Under the Equality Act 2010, it is unlawful to ask her to leave.")) == []
    assert texts(numbers("The Regulations 2015 came in after the 2010 review.")) == ["2010"]
    pool = _pool(
        Block(H, "Your rights"),
        Block(
            P, "Under the Equality Act 2010, it is unlawful to ask a breastfeeding woman to leave."
        ),
    )
    assert "Equality Act 2010" in [s.text for c in pool for s in c.spans]


def test_a_medicine_named_before_its_dose_is_asked_with_it() -> None:
    pool = _pool(Block(P, "The alternative is zanamivir 10 mg twice daily for 5 days."))
    spans = [s.text for c in pool for s in c.spans]
    assert "zanamivir 10 mg twice daily" in spans


def test_a_range_whose_upper_bound_is_left_out_is_one_number() -> None:
    cases = {
        "A TSH of 10 to less than 20 mU/L is borderline.": ["10 to less than 20 mU/L"],
        "Treat for 5 to under 10 days.": ["5 to under 10 days"],
    }
    _each_gives(numbers, cases)


def test_a_date_keeps_its_month_and_a_ratio_its_range() -> None:
    cases = {
        "In December 2018 the FDA issued a warning against teething jewelry.": ["December 2018"],
        # the day too, either way round
        "The act was signed into law on December 29, 2022, as part of a larger bill.": [
            "December 29, 2022"
        ],
        "The provisions took effect on 28 April 2023 in England.": ["28 April 2023"],
        # a day of a month without its year, and days before their month
        "The bathing season runs from 15 May to 30 September.": ["15 May to 30 September"],
        "Clinics run on 3 March and 4 April this year.": ["3 March", "4 April"],
        "World Breastfeeding Week runs 1-7 August.": ["1-7 August"],
        # a ratio's range, a scale's labelled ends, sums with their currency
        "Cook rice in a high water-to-rice ratio (6:1 to 10:1) and drain it.": ["6:1 to 10:1"],
        "The score runs from 0 (normal) to 6 (most severe) at each visit.": [
            "0 (normal) to 6 (most severe)"
        ],
        "Annual sales were about US$55 billion worldwide.": ["about US$55 billion"],
        "A pump costs \u20ac120 to \u20ac200.": ["\u20ac120 to \u20ac200"],
        "A grant of \u00a32,500 is paid.": ["\u00a32,500"],
        # what a range between two counts counts
        "A single placenta yields between 80 and 200 capsules.": ["between 80 and 200 capsules"],
        # signed values and fractions, whole
        "A total of 0 to +5 is normal and +10 to +12 highly pronated.": ["0 to +5", "+10 to +12"],
        "The normal range is roughly -5 to +20 degrees in children.": ["roughly -5 to +20 degrees"],
        "All 20 teeth are usually in by around 2\u00bd\u20133 years.": [
            "20 teeth",
            "around 2\u00bd\u20133 years",
        ],
        # a count in powers of ten, whole
        "Transfuse if the platelet count is below 30 \u00d7 10\u2079/L at any time.": [
            "below 30 \u00d7 10\u2079/L"
        ],
        "The white cell count was 15 x 10^9/L on admission.": ["15 x 10^9/L"],
        "Natal teeth occur in roughly 1 in 2,000 to 3,000 births.": ["1 in 2,000 to 3,000 births"],
        "It is roughly 1 in 45,000 live births.": ["roughly 1 in 45,000 live births"],
        "The code was adopted in 1981 by the assembly.": ["1981"],
    }
    _each_gives(numbers, cases)


def test_words_describing_one_thing_are_no_list_and_a_second_verb_ends_a_phrase() -> None:
    pool = _pool(
        Block(H, "Presentation"),
        Block(P, "Common features include green, frothy, explosive stools."),
        Block(P, "Fat is the most variable macronutrient and supplies about half of the energy."),
        Block(P, "Signs include fever, chills and aching muscles."),
    )
    spans = [s.text for c in pool for s in c.spans]
    assert "green, frothy, explosive stools" in spans and "green" not in spans
    # a word saying how much may stand before the last describing word
    found = texts(noun_phrases("It causes pale, greasy, very smelly poos."))
    assert found == ["pale, greasy, very smelly poos"]
    assert not [s for s in spans if s.endswith("and supplies")]
    assert [texts(c.spans) for c in pool if c.pattern == "list"] == [
        ["fever", "chills", "aching muscles"]
    ]
    # a sentence's opening is no describing word ("In short, …"), and verbs are no list
    found = _pool(Block(P, "In short, frequent feeds help. The baby is dried, placed prone."))
    assert not [s for c in found for s in c.spans if "," in s.text]


def _item_heads(lead_in: str, *items: str) -> list[list[str]]:
    """The terms offered at the heads of the items of a list after its lead-in."""
    pool = _pool(Block(P, lead_in), *(Block(ITEM, item) for item in items))
    return [texts(c.spans) for c in pool if c.pattern == "item-term"]


def test_a_list_items_head_is_a_term_not_a_describing_word_before_a_comma() -> None:
    heads = _item_heads(
        "Common features include:",
        "excessive flatulence and a distended, tense abdomen",
        "breast abscess, a walled-off collection of pus that usually needs drainage",
    )
    assert heads == [["breast abscess"]]
    described = _item_heads("Common features include:", "green, frothy, explosive stools")
    assert described == [["green, frothy, explosive stools"]]


def test_a_list_items_head_keeps_a_capitalised_word_in_ing_that_names_its_kind() -> None:
    heads = _item_heads(
        "Under that umbrella sit two main patterns:",
        "Nursing strike: an older baby who was feeding happily suddenly refuses",
        "Newborn refusal: a baby in the first weeks who has trouble latching",
    )
    assert ["Nursing strike"] in heads and ["strike"] not in heads
    # in lower case, after its lead-in, or before a small word, it does something to the rest
    doing = _item_heads(
        "Treatment involves:",
        "taking ibuprofen, as it treats both pain and inflammation",
        "Monitoring the infant: a clear plan",
    )
    assert doing == [["ibuprofen"], ["infant"]]
    # the doing whole, when what follows says what it does: "…, which stops the flow"
    does = _item_heads(
        "How fast the milk flows depends on a few things:",
        "pinching the tube, which stops the flow so that your baby feeds from the breast alone",
        "taking ibuprofen, which treats both pain and inflammation",
    )
    assert does == [["Pinching the tube"], ["taking ibuprofen"]]
    # a head cut short by its comma is no term: "relactation and, where acceptable, …"
    cut = _item_heads(
        "Teams protect breastfeeding by:",
        "supporting relactation and, where culturally acceptable, wet nursing",
    )
    assert ["relactation and"] not in cut


def test_a_verb_ending_in_ing_is_no_participle() -> None:
    phrases = noun_phrases("Preterm multiples bring specific challenges: short, sleepy feeds.")
    assert texts(phrases) == ["Preterm multiples", "specific challenges", "short, sleepy feeds"]
    assert texts(noun_phrases("Retained placental fragments")) == ["Retained placental fragments"]


def test_a_word_known_only_as_a_verb_ends_a_noun_phrase_where_no_verb_can_stand() -> None:
    cases = {
        "Use a forearm-based thumb spica splint, leaving the thumb free.": [
            "forearm-based thumb spica splint",
            "thumb free",
        ],
        "Thenar muscle wasting, numbness or weakness indicate severe compression.": [
            "Thenar muscle wasting",
            "numbness",
            "weakness",
            "severe compression",
        ],
        "It refers to diffuse hair shedding that occurs after birth.": [
            "diffuse hair shedding",
            "birth",
        ],
        # a verb agreeing with the noun before it, or in the past, ends the phrase
        "When symptoms persist, the baby needs review.": ["symptoms", "baby", "review"],
        "Until the pain subsided, the baby slept.": ["pain", "baby"],
    }
    _each_gives(noun_phrases, cases)


def test_a_noun_or_verb_word_after_its_subject_or_an_adverb_is_a_verb() -> None:
    cases = {
        # after an adverb in "-ly", a word that can be a noun or a verb is the verb; a
        # participle there still describes the noun after it
        "Hiccups rarely bother babies.": ["Hiccups", "babies"],
        "In the gut, HMOs selectively feed certain bifidobacteria.": [
            "gut",
            "HMOs",
            "certain bifidobacteria",
        ],
        "Mothers exclusively breastfeeding twins need more calories.": [
            "Mothers exclusively breastfeeding twins",
            "calories",
        ],
        # agreeing with the noun before it and followed by what it says of it
        "The baby vomits bile.": ["baby", "bile"],
        "Thawed milk smells soapy.": ["Thawed milk", "soapy"],
        # two verbs for one subject, the second agreeing with the first
        "Some fatty acids smell and taste soapy.": ["fatty acids", "soapy"],
        "The milk looks and smells normal.": ["milk", "normal"],
        # a doing or describing word after "or" is no second verb, nor a noun before "and"
        # after a comma
        "Watch for hiccups, frowning or splayed fingers.": ["Watch", "hiccups", "splayed fingers"],
        "It is not effective and risks sunburn and overheating.": [
            "effective",
            "risks sunburn",
            "overheating",
        ],
        "Sources include spirulina and seaweed supplements, and drinks containing dye.": [
            "Sources",
            "spirulina",
            "seaweed supplements",
            "drinks",
            "dye",
        ],
        "The fetus swallows roughly 500 mL a day.": ["fetus", "500 mL", "day"],
        # a doing named as a thing may be the subject too, described or not
        "Reduplicated babbling repeats the same syllable.": ["Reduplicated babbling", "syllable"],
        "Then variegated babbling mixes different sounds.": [
            "variegated babbling",
            "different sounds",
        ],
        # a plural inside a noun phrase, or a verb that may come next, keeps the phrase
        "Breast pumps are useful.": ["Breast pumps", "useful"],
        "Milk volumes rise by day 3.": ["Milk volumes", "day 3"],
        "Babies with cow's milk allergy need care.": ["Babies", "cow's milk allergy", "care"],
        "Reflux is the passage of stomach contents upwards.": [
            "Reflux",
            "passage",
            "stomach contents upwards",
        ],
        # a clause ending on its subject's verb, opened by a word such as "before" or "once",
        # or after an opening clause; a noun after a preposition or a verb is no subject
        "Have a puzzle ready before the baby latches.": ["puzzle", "ready", "baby"],
        "Once dopamine levels settle, the feeling lifts.": ["dopamine levels", "feeling"],
        "If the mother smokes, the baby cries.": ["mother", "baby"],
        "Avoid grapefruit because it raises nifedipine levels.": [
            "grapefruit",
            "nifedipine levels",  # "raises" after "it" is its verb
        ],
        "It follows sudden cessation of high doses.": ["sudden cessation", "high doses"],
        # a verb that a word saying how ends the clause of; that word is no phrase either
        "A baby short of energy feeds poorly, so feeds are slow.": [
            "baby short",
            "energy",
            "feeds",
            "slow",
        ],
        "Never add water to make feeds go further or to quench thirst.": [
            "water",
            "feeds",
            "thirst",
        ],
        "Nipple shields usually help.": ["Nipple shields"],
        "Take once-daily doses immediately after a feed.": ["once-daily doses", "feed"],
        "Saliva is scarce as salivary flow falls sharply during sleep.": [
            "Saliva",
            "scarce",
            "salivary flow",
            "sleep",
        ],
        "Faltering growth is the term now used.": ["Faltering growth", "term"],
        "Because prolactin rises physiologically, its level is unhelpful.": [
            "prolactin",
            "level",
            "unhelpful",
        ],
        "Hepatomegaly is rare.": ["Hepatomegaly", "rare"],  # a noun in "-ly"
        # "once" opening a clause inside a run of words, before the clause's verb
        "Most women stop the dopamine agonist once pregnancy is confirmed.": [
            "women",
            "dopamine agonist",
            "pregnancy",
        ],
        "Give two doses once daily.": ["two", "once daily"],
        # a word in "-s" after "this" or "it" is its verb; no plural follows "this"
        "Avoid a pin, as this risks infection.": ["pin", "infection"],
        "Give this milk to the baby.": ["milk", "baby"],
        # a describing word after its noun is said of it; a share's stays with it
        "Keep the baby drowsy.": ["baby", "drowsy"],
        # … one that may be a verb too, but no noun ("Dry skin" is one thing)
        "Gently pat the nipple dry with a towel.": ["nipple", "dry", "towel"],
        "Dry skin is common.": ["Dry skin", "common"],
        "An electronic scale accurate to 5 g is needed.": ["electronic scale", "accurate", "5 g"],
        "The method is 98% effective.": ["method", "98% effective"],
        "Premature babies seriously unwell need care.": ["Premature babies", "unwell", "care"],
        # a word before "whether" is a verb
        "Many breastfeeding parents wonder whether to offer it.": [
            "breastfeeding parents",
            "offer",
        ],
        # a past tense after "that" is a verb; a verb's word between a describing word and
        # "of" is a noun
        "The factor that distinguished them was concurrent maternal use of other drugs.": [
            "factor",
            "concurrent maternal use",
            "drugs",
        ],
        # a known verb's past form after a preposition describes the noun after it
        "Bupropion has been associated with reduced milk supply.": [
            "Bupropion",
            "reduced milk supply",
        ],
        "The dose was reduced by half.": ["dose", "half"],
        # an adverb alone is no thing
        "Fenugreek is a seed from the legume family and probably the most used herb.": [
            "Fenugreek",
            "seed",
            "legume family",
            "used herb",
        ],
    }
    _each_gives(noun_phrases, cases)


def test_what_a_thing_has_more_or_less_of() -> None:
    cases = {
        "Foremilk is comparatively lower in fat and looks thinner.": ["lower in fat"],
        "Organic milk tends to be lower in iodine than conventional milk.": ["lower in iodine"],
        "Levels are higher in the first days.": [],  # a time, not what the thing holds
    }
    _each_gives(claims, cases)


def test_a_quantity_keeps_its_conversion_in_brackets() -> None:
    cases = {
        "Allow about 30 ml (1 oz) for every hour apart.": ["about 30 ml (1 oz)"],
        "A fever is a temperature of 38 °C (100.4 °F) or higher.": ["38 °C (100.4 °F)"],
        "It rose to 20% (95% CI 10-30%).": ["20%", "95%", "10-30%"],  # no conversion
    }
    _each_gives(numbers, cases)


def test_a_long_sentence_loses_its_trailing_clauses_before_it_is_left_out() -> None:
    long = (
        "In a study of exclusively breastfed infants aged 1 to 6 months, Kent and colleagues "
        "recorded a mean 24-hour milk intake of 788 mL, with infants feeding about 11 times a "
        "day and a mean fat concentration of about 41 g/L in the milk of their mothers."
    )
    pool = _pool(Block(P, long))
    assert {c.unit.text for c in pool} == {long.split(", with")[0] + "."}
    assert {c.unit.source for c in pool} == {long}  # traced to the whole sentence
    assert "788 mL" in [a for c in pool for a in c.answers]
    # the sentence before a list, too, is cut at a clause break when too long to read
    lead = (
        "Breastfeeding in the first year is associated with fewer cavities, but some studies "
        "have linked frequent night feeding beyond 12 months with a higher risk of tooth decay "
        "(dental caries), probably because breast milk combined with sugary foods and drinks "
        "in the diet can feed decay-causing bacteria. "
        "To protect teeth:"
    )
    found = _units(
        Block(P, lead), Block(ITEM, "brush twice a day", 1), Block(ITEM, "see a dentist", 1)
    )
    assert any(text.startswith("Some studies have linked") for text in found)


def test_contractions_end_phrases_and_by_bounds_only_a_time() -> None:
    assert texts(noun_phrases("Breastfeeding doesn't come with an expiration date.")) == [
        "Breastfeeding",
        "expiration date",
    ]
    assert "it's" not in " ".join(texts(noun_phrases("Don't worry if it's runny.")))
    assert texts(numbers("The risk fell by 4.3% for every 12 months.")) == [
        "4.3%",
        "every 12 months",
    ]
    assert texts(numbers("Most babies double their weight by 5 months.")) == ["by 5 months"]
    # a noun-or-verb word before "your" or "less" is the verb
    assert texts(noun_phrases("Whether night nursing suits your family is personal.")) == [
        "night nursing",
        "family",
        "personal",
    ]


def test_an_amount_keeps_how_long_it_lasts_and_days_keep_every_number() -> None:
    cases = {
        "Holder pasteurisation (62.5 °C for 30 minutes) inactivates lipase.": [
            "62.5 °C for 30 minutes"
        ],
        "Hb should rise by about 10 g/L within 2 weeks.": ["about 10 g/L within 2 weeks"],
        "It is delivered as 40 Gy in 15 fractions.": ["40 Gy in 15 fractions"],
        "Weigh all babies at birth and on days 5 and 10.": ["days 5 and 10"],
        # with its noun, seven words: too long for an answer
        "IHPS affects roughly 1 to 3 in every 1,000 babies.": ["1 to 3 in every 1,000"],
        "Milk DHA was 0.32% of total fatty acids, with wide variation.": [
            "0.32% of total fatty acids"
        ],
        "Up to 20% of women who smoke stop.": ["Up to 20% of women"],
        "Only 1% of the maternal dose reaches the baby.": ["1% of the maternal dose"],
    }
    _each_gives(numbers, cases)
    # a time for a time is no dose: two figures
    assert texts(numbers("Feed for 10 minutes every 3 hours.")) == ["10 minutes", "every 3 hours"]


def test_a_past_tense_before_its_object_and_a_verb_before_several_end_a_phrase() -> None:
    assert texts(noun_phrases("The World Health Organization revised the Ten Steps.")) == [
        "World Health Organization",
        "Ten Steps",
    ]
    assert texts(noun_phrases("Young babies feed several times at night.")) == [
        "Young babies",
        "several times",
        "night",
    ]


def test_a_figure_meaning_a_number_is_no_pointer() -> None:
    kept = "An RID below 10% is acceptable, although the figure is a convention."
    assert without_pointers(kept) == kept
    for pointer in ("The figure shows the ducts.", "As shown in the figure, milk flows."):
        assert without_pointers(pointer) is None


def test_a_photo_the_sentence_speaks_of_is_no_pointer() -> None:
    for kept in (
        "The TABBY tool is a pictorial version of the BTAT, with 12 images of the same items.",
        "Look at a photo or video of your baby to help trigger the let-down reflex.",
        "Video studies of mothers sleeping beside their babies show a protective posture.",
        "Seek advice if your baby has a temperature of 38\u00b0C or above",
    ):
        assert without_pointers(kept) == kept
    for pointer in (
        "This photo shows a deep latch.",
        "The diagram below shows the ducts.",
        "Hold the baby as in the video.",
        "Milk flows into the ducts (see image).",
    ):
        assert without_pointers(pointer) in (None, "Milk flows into the ducts.")


def test_a_definition_for_the_page_holds_without_the_page() -> None:
    assert (
        without_pointers(
            "In this module, sustained breastfeeding means breastfeeding beyond 12 months of age."
        )
        == "Sustained breastfeeding means breastfeeding beyond 12 months of age."
    )
    assert without_pointers("In this post I will walk through why.") is None
    assert without_pointers("For this review, we searched two databases for this review.") is None


def test_it_after_a_sentence_naming_a_term_stands_for_the_term() -> None:
    found = _units(
        Block(
            P,
            "Cancer found in pregnancy or the year after birth is known as pregnancy-associated"
            " breast cancer (PABC). It is rare, affecting about 1 in 3,000 pregnancies, but it is"
            " sometimes diagnosed late because the changes in the breast are put down to"
            " breastfeeding or to mastitis.",
        ),
        Block(
            P,
            "A little blood from the vagina is called pseudomenstruation. It's caused by the"
            " drop in hormones after birth and settles on its own within a few days of the birth,"
            " needing no treatment and no tests of any kind from the midwife.",
        ),
        Block(P, "It is rare to need more than two feeds a night at this age."),
    )
    assert found[1].startswith("Pregnancy-associated breast cancer is rare, affecting")
    assert "Pseudomenstruation is caused by the drop in hormones after birth" in found[3]
    assert not any(text.startswith("Pseudomenstruation is rare") for text in found)


def test_a_lead_in_naming_what_its_items_are_keeps_its_colon() -> None:
    found = _units(
        Block(P, "Newborn weight loss has several causes:"),
        Block(ITEM, "loss of excess fluid through the urine", 1),
        Block(ITEM, "passage of meconium, the first stool", 1),
    )
    assert found[0].startswith("Newborn weight loss has several causes: loss of excess fluid")


def test_a_subject_before_its_infinitive_stands_for_it_but_not_before_a_clause_saying_which() -> (
    None
):
    found = _units(
        Block(
            P,
            "The switch to copious milk production is called secretory activation, and it"
            " follows the birth of the placenta in every healthy mother.",
        ),
        Block(
            P,
            "It is triggered by the fall in progesterone after the placenta is delivered and"
            " usually happens 48 to 72 hours after birth in most mothers.",
        ),
        Block(
            P,
            "A flange that is too small rubs the nipple and leaves a ring after every session"
            " of pumping at work or at home for most parents.",
        ),
        Block(
            P,
            "It compresses the milk ducts and can restrict the flow of milk during the rest of"
            " the session.",
        ),
    )
    assert any(text.startswith("The switch is triggered by the fall") for text in found)
    assert not any(text.startswith("A flange compresses") for text in found)


def test_when_a_thing_is_at_its_most_is_a_claim() -> None:
    assert texts(
        claims("Cortisol levels are highest in the morning and lowest in the evening.")
    ) == [
        "in the morning",
        "in the evening",
    ]
    assert texts(claims("Prolactin levels are highest at night, so night feeds matter.")) == [
        "at night"
    ]
    assert claims("Feeds are shorter in the morning.") == []


def test_what_a_rule_of_thumb_says_to_do_or_gives_is_a_claim() -> None:
    cases = {
        "A useful rule of thumb for carers is to start small and offer more.": [
            "start small and offer more"
        ],
        "The rule of thumb is one tablespoon per year of age.": ["one tablespoon per year of age"],
        "A good rule of thumb is that babies feed 8 times a day.": [],
    }
    _each_gives(claims, cases)


def test_the_group_a_thing_is_more_common_in_than_another_is_a_claim() -> None:
    cases = {
        "Hernias are more common in boys than in girls.": ["boys"],
        "Jaundice is more common in breastfed babies than in formula-fed babies.": [
            "breastfed babies"
        ],
        # no other group compared: "more common in boys" alone says less
        "Hernias are more common in boys born early.": [],
    }
    _each_gives(claims, cases)


def test_a_definition_keeps_both_things_it_joins() -> None:
    pool = _pool(Block(P, "The word dysphoria refers to a state of unease or dissatisfaction."))
    assert ("state of unease or dissatisfaction",) in [
        c.answers for c in pool if c.pattern == "definiens"
    ]


def test_a_hyphened_number_keeps_the_thing_it_describes() -> None:
    cases = {
        "A 16-hour patch removed at bedtime reduces exposure.": ["16-hour patch"],
        "Kent recorded a mean 24-hour milk intake of 788 mL.": ["24-hour milk intake", "788 mL"],
        "It is best judged from 24-hour test weighing.": ["24-hour test weighing"],
        "Late preterm means born at 34 0/7 to 36 6/7 weeks.": ["34 0/7 to 36 6/7 weeks"],
    }
    _each_gives(numbers, cases)


def test_the_usual_or_only_thing_is_singled_out() -> None:
    assert texts(claims("The standard treatment is levothyroxine, a synthetic form of T4.")) == [
        "levothyroxine"
    ]
    assert texts(claims("Water and milk are the only drinks your toddler needs.")) == [
        "Water and milk"
    ]


def test_labelled_numbers_names_and_amounts_too_large_or_small() -> None:
    sentence = "Types 1 and 2 suggest constipation; types 5 to 7 are soft to watery."
    assert texts(numbers(sentence)) == ["Types 1 and 2", "types 5 to 7"]
    assert texts(numbers("Type 1 diabetes affects 1 in 300 people.")) == [
        "Type 1 diabetes",
        "1 in 300",
    ]
    assert "Bristol Stool Form Scale" in texts(noun_phrases("Use the Bristol Stool Form Scale."))
    assert texts(noun_phrases("Formula made with too much powder, or not enough water.")) == [
        "Formula",
        "too much powder",
        "not enough water",
    ]
    assert texts(noun_phrases("Cow milk has too little iron.")) == ["Cow milk", "too little iron"]


def test_a_period_too_long_with_its_preposition_keeps_the_first() -> None:
    sentence = "Treatment should start as soon as possible, ideally within the first 7 to 10 days."
    assert texts(numbers(sentence)) == ["the first 7 to 10 days"]


def test_a_share_more_or_less_keeps_what_it_is_more_of() -> None:
    sentence = "Double pumping removes about 18% more milk than pumping one breast."
    assert texts(numbers(sentence)) == ["about 18% more milk"]
    assert texts(numbers("Breastfed infants had a 36% lower risk of SIDS.")) == ["36% lower risk"]


def test_a_finding_or_ruling_that_is_an_absence_is_offered_whole() -> None:
    cases = {
        # what a study found absent, with what it is of while it fits in six words
        "A cohort of 885 infants found no increase in frequent night waking at 3 months.": [
            "no increase in frequent night waking"
        ],
        "Chertok found no significant difference in weight gain over the first 2 months.": [
            "no significant difference in weight gain"
        ],
        "Trials showed no clear benefit, so it is not offered.": ["no clear benefit"],
        "Using a dummy did not make a significant difference to how long they breastfed.": [
            "did not make a significant difference"
        ],
        # what a guideline rules needless
        "Thyroid testing of the breastfed infant is not required after iodinated contrast.": [
            "not required"
        ],
        "Ultrasound does not affect milk, and no interruption is needed after it.": [
            "no interruption"
        ],
        "Home test strips are not reliable enough to base decisions on.": ["not reliable enough"],
        "Some behaviours are not reliable signs: chewing fists.": [],  # said of the signs
        # what a reader must never do, with its "Never" while all of it fits in six words
        "Do not put it back in if it falls out after your baby is asleep.": [
            "Do not put it back in"
        ],
        "Never share a bed or a sofa with your baby after drinking any alcohol.": [
            "share a bed or a sofa"
        ],
        "Do not put the cot next to a radiator.": ["Do not put the cot"],
        # what the reader must not try to do: the doing, not the trying; a list item may
        # open in lower case
        "Do not try to make your child sick, as this can cause more harm.": [
            "make your child sick"
        ],
        "do not give salt water to make them vomit": ["do not give salt water"],
        "Don\u2019t prop the bottle while your baby feeds.": ["Don\u2019t prop the bottle"],
        "Never tie a dummy around your baby's neck or to their clothes with a cord.": [],
        # an absence that is no finding, and a finding too long to ask for
        "There is no milk in the breast yet.": [],
        "The trial found no statistically significant difference.": [
            "no statistically significant difference"
        ],
        "They found no significant difference in mean weekly weight gain velocity.": [
            "no significant difference"
        ],
    }
    _each_gives(findings, cases)
    # offered as what the sentence singles out
    pool = _pool(Block(P, "The trial found no increase in NICU admissions at term."))
    assert [(c.pattern, texts(c.spans)) for c in pool if c.pattern == "claim"] == [
        ("claim", ["no increase in NICU admissions"])
    ]


def test_and_joining_two_clauses_makes_no_pair_of_things() -> None:
    def pairs(sentence: str) -> list[str]:
        return texts(_pairs(sentence, noun_phrases(sentence)))

    # a verb's object after the second word: "label it", "wash them"
    assert pairs("Cap the syringe and label it with your name.") == []
    assert pairs("Use separate towels and wash them frequently.") == []
    # each said to be something: two clauses
    assert pairs("Unnecessary pumping is tapered and galactagogues are weaned.") == []
    assert pairs("It is graded 0 to 5, where 0 is no contraction and 5 is a strong one.") == []
    # a copula in an earlier clause does not part them
    assert pairs("Drugs are ineffective; grommets or hearing aids are used.") == [
        "grommets or hearing aids"
    ]
    # two things, as subject or before a new clause
    assert pairs("Because it spreads, mother and baby are treated.") == ["mother and baby"]
    assert pairs("In a mother and baby it can affect the mouth.") == ["mother and baby"]


def test_a_range_opened_by_between_and_an_approximate_share() -> None:
    # "between" makes one range of two quantities in different units
    found = numbers("The feeling typically lasts between 30 seconds and 2 minutes.")
    assert texts(found) == ["30 seconds and 2 minutes"]
    # without it, two quantities in different units stay two
    assert texts(numbers("Give 2 mg at birth and 2 g at 4 weeks.")) == ["2 mg", "2 g", "4 weeks"]
    # a share in words may be "approximately" so
    assert texts(numbers("Approximately half of affected infants present with bleeding.")) == [
        "Approximately half"
    ]


def _definiens(sentence: str) -> list[list[str]]:
    """The spans of each "definiens" candidate of a paragraph of one sentence."""
    pool = _pool(Block(P, sentence))
    return [texts(c.spans) for c in pool if c.pattern == "definiens"]


def test_what_a_defined_term_is_keeps_its_of_phrase_while_it_fits() -> None:
    sentence = (
        "Dysphoric milk ejection reflex (D-MER) is a sudden, brief wave of negative emotion"
        " that occurs just before milk ejection."
    )
    assert _definiens(sentence) == [["sudden, brief wave of negative emotion"]]
    # too long with its "of" phrase: the head alone
    longer = sentence.replace("negative emotion", "intensely negative emotional feeling")
    assert _definiens(longer) == [["sudden, brief wave"]]


def test_what_a_defined_term_is_whole_up_to_where_its_clause_says_more() -> None:
    assert _definiens(
        "Dysbiosis refers to a disrupted microbial community with reduced diversity."
    ) == [["disrupted microbial community"]]
    assert _definiens(
        "Positioning refers to how the parent holds the baby; attachment is another matter."
    ) == [["how the parent holds the baby"]]
    assert _definiens(
        "Bariatric surgery refers to operations on the stomach or bowel that help weight loss."
    ) == [["operations on the stomach or bowel"]]
    # never cut inside a list of verbs or of describing words
    listed = "A galactagogue refers to any substance used to initiate, increase or maintain supply."
    assert _definiens(listed) == []
    cut = "Vasospasm refers to this sudden, temporary narrowing of the blood vessels in the nipple."
    assert _definiens(cut) == []


def test_what_a_defined_term_is_cut_before_a_preposition_where_a_thing_ends() -> None:
    strike = "A nursing strike is a sudden refusal to breastfeed by a baby who fed well before."
    assert _definiens(strike) == [["sudden refusal to breastfeed"]]
    space = "A centile space is the gap between two adjacent centile lines on the growth chart."
    assert _definiens(space) == [["gap between two adjacent centile lines"]]
    again = "Relactation means re-establishing a milk supply after breastfeeding has stopped."
    assert _definiens(again) == [["re-establishing a milk supply"]]
    # never inside a thing ("cover | worn over"), a range ("4 | to 8 weeks") or a likeness
    shield = "A nipple shield is a thin silicone cover worn over the nipple during a whole feed."
    assert _definiens(shield) == [["thin silicone cover"]]
    assert _definiens("Catch-up vaccination is two doses 4 to 8 weeks apart for most adults.") == []
    assert _definiens("The foundations are the same as for any mother at risk of low supply.") == []
    # a state after "that is": what the thing is, cut to fit
    tooth = "A natal tooth is a tooth that is already present in the mouth at birth."
    assert _definiens(tooth) == [["already present in the mouth"]]


def test_what_a_short_term_is_is_asked_for_unless_only_a_kind_of_thing() -> None:
    assert _definiens("Suhoor is the meal eaten before dawn.") == [["meal eaten before dawn"]]
    assert _definiens("Hypernatraemia is a serum sodium concentration above 145 mmol/L.") == [
        ["serum sodium concentration above 145 mmol/L"]
    ]
    assert _definiens("Bed sharing is a different matter for most families.") == []
    assert _definiens("The enteromammary pathway is a specific mechanism within it.") == []
    assert _definiens("Bilirubin is a yellow pigment produced when red cells break down.") == []
    # a longer subject is more often said of than defined
    assert _definiens("The most common cause of low supply is a poor latch at the breast.") == []


def test_a_glossary_line_offers_its_term_and_what_it_means() -> None:
    def found(sentence: str) -> list[tuple[str, list[str]]]:
        pool = _pool(Block(ITEM, sentence, 1))
        return [(c.pattern, texts(c.spans)) for c in pool if c.pattern.startswith("defin")]

    chest = "Chestfeeding: feeding a baby from the chest, with or without milk production."
    assert found(chest) == [
        ("definition", ["Chestfeeding"]),
        ("definiens", ["feeding a baby from the chest"]),
    ]
    # a dash sets a label off as a colon does
    assert found("Inframammary \u2013 in the crease under the breast.") == [
        ("definition", ["Inframammary"]),
        ("definiens", ["in the crease under the breast"]),
    ]
    stage = "Stage II (definite NEC): pneumatosis intestinalis on abdominal radiograph."
    assert ("definiens", ["pneumatosis intestinalis on abdominal radiograph"]) in found(stage)
    # an instruction after its label, or a sentence, says what to do, not what the term is
    assert found("Peanut: use smooth peanut butter thinned with water or formula.") == []
    assert found("Electrolytes: measure urea and electrolytes before starting IV fluids.") == []
    assert found("Weight: Babies lose up to 7% of their birth weight.") == []
    # a doing too long to ask for still glosses its term; a label's part of a text is none
    responsive = (
        "Responsive feeding: recognising a child's hunger and fullness cues and responding to"
        " them, so the adult decides what is offered."
    )
    assert found(responsive) == [("definition", ["Responsive feeding"])]
    assert found("Major criterion: vomiting in the 1 to 4 hour period after eating it.") == []


def test_a_lead_in_that_makes_an_item_too_long_to_read_is_left_off() -> None:
    item = (
        "Iatrogenic: the most common category, typically arising from excessive pumping in"
        " addition to direct breastfeeding, rigid advice to offer both breasts at every feed, or"
        " unnecessary use of galactagogues such as domperidone."
    )
    lead = "Causes of an oversupply of breast milk are conventionally grouped into four categories:"
    found = _units(Block(P, lead), Block(ITEM, item, 1))
    # the lead-in says a thing of its own, a sentence of its own
    assert found == [lead.replace(":", "."), item]


def test_the_one_thing_a_sentence_opening_with_only_singles_out() -> None:
    assert texts(claims("Only time clears alcohol from your body and your milk.")) == ["Only time"]
    assert texts(claims("Only a small amount passes into milk.")) == ["Only a small amount"]
    assert claims("Only 1% of the dose reaches the infant.") == []  # a number's own pattern
    assert claims("Only then should you offer the other breast.") == []


def test_a_run_in_label_a_done_by_participle_and_a_lead_in_that_is_a_clause() -> None:
    # an emphasised label ending in a colon heads the sentence: it is no answer
    block = Block(P, "Recommendation 2.2 (strong): Do not use urine reducing substances here.")
    labelled = replace(block, emphasis=("Recommendation 2.2 (strong):",))
    assert not [c for c in _pool(labelled) if c.pattern == "emphasis"]
    # "applied by" is a thing done: the phrase ends before it
    phrases = texts(noun_phrases("Fluoride varnish applied by a dentist twice a year helps."))
    assert "Fluoride varnish" in phrases
    # "… are true:" is a whole clause: its items follow the colon
    lead = "The method is 98% effective, but only when all three of these conditions are true:"
    found = _units(Block(P, lead), Block(ITEM, "your periods have not returned", 1))
    assert found == [f"{lead} your periods have not returned."]


def test_a_ruling_that_something_is_no_contraindication_is_offered() -> None:
    cases = {
        "Hepatitis C infection is not a contraindication to breastfeeding.": [
            "not a contraindication"
        ],
        "Chronic hepatitis B is not a reason to avoid breastfeeding.": ["not a reason"],
        "A contraindication is rare.": [],
    }
    _each_gives(findings, cases)


def test_a_time_told_by_an_event_is_offered_as_a_number_is() -> None:
    cases = {
        "Take the first glucose measurement before the second feed.": ["before the second feed"],
        "Severe D-MER can persist until weaning.": ["until weaning"],
        "Book the first dental visit by the first birthday.": ["by the first birthday"],
        "Many preterm infants wean from the shield around their original due date.": [
            "around their original due date"
        ],
        "Use short-acting products straight after a feed.": ["straight after a feed"],
        "Have your coffee right after a feed.": ["right after a feed"],
        "Vitamin K is given at birth.": ["at birth"],
        # a time of day
        "Prolactin levels are higher at night.": ["at night"],
        "Feed at least once during the night.": ["during the night"],
        # "at" with an activity, not a moment; a word that only starts like an event
        "We will look at feeding with you.": [],
        "Keep a record of after-feed pumping.": [],
        # how much a thing varies, no time
        "Intake varies widely from feed to feed.": [],
        "Weigh the baby from birth to 6 months.": ["from birth"],
        # waking and bedtime are moments, not when they describe a thing after them
        "Spasms come in clusters, often shortly after waking, and may recur.": [
            "shortly after waking"
        ],
        "Stiffness is worst on waking.": ["on waking"],
        "Senna is best taken at bedtime.": ["at bedtime"],
        "Offer nothing but water after the bedtime toothbrush.": [],
    }
    _each_gives(moments, cases)
    pool = _pool(Block(P, "Severe D-MER can persist until weaning in some mothers."))
    assert ("number", ["until weaning"]) in [(c.pattern, texts(c.spans)) for c in pool]


def test_what_especially_singles_out_is_an_example_when_it_is_a_noun_phrase() -> None:
    cases = {
        "Children may develop speech disorders, especially verbal dyspraxia.": ["verbal dyspraxia"],
        "It can also present with regurgitation, especially alongside eczema.": [],
        "Feed certain bacteria, such as Bifidobacterium longum subsp. infantis, in the gut.": [],
    }
    _each_gives(parentheticals, cases)


def test_an_example_ends_where_its_clause_goes_on_with_a_verb() -> None:
    cases = {
        "Where an alternative such as chlorhexidine is suitable, use it.": ["chlorhexidine"],
        "Benzodiazepines such as diazepam should be avoided.": ["diazepam"],
        "A first-line drug such as flucloxacillin may be needed.": ["flucloxacillin"],
        # two named together are a list, not one example
        "Drugs such as diazepam and lorazepam are avoided.": [],
        "Foods such as the eggs a family eats at home are fine.": [],
    }
    _each_gives(parentheticals, cases)


def test_a_quantity_is_no_term_defined_after_it() -> None:
    sentence = "Its half-life is around 1.5 to 2 hours, which means half of it has gone by then."
    assert named_terms(sentence) == []
    assert texts(numbers(sentence)) == ["around 1.5 to 2 hours"]


def test_a_clause_number_and_a_recommendation_label_are_left_out_of_the_card() -> None:
    assert without_pointers("2.1 Breastfeeding should be actively encouraged.") == (
        "Breastfeeding should be actively encouraged."
    )
    assert without_pointers("2.5 Gy is the usual dose.") == "2.5 Gy is the usual dose."
    found = _units(
        Block(P, "Recommendation 2.2 (strong): Do not use urine reducing substances to exclude it.")
    )
    assert found == ["Do not use urine reducing substances to exclude it."]


def test_a_long_sentence_is_cut_before_what_a_study_found() -> None:
    found = _units(
        Block(
            P,
            "The Collaborative Group on Hormonal Factors in Breast Cancer reanalysed individual"
            " data from 47 studies in 30 countries and found that the relative risk of breast"
            " cancer fell by 4.3% for every 12 months of breastfeeding, in addition to a 7.0%"
            " reduction for each birth.",
        )
    )
    assert found[1] == (
        "The relative risk of breast cancer fell by 4.3% for every 12 months of breastfeeding,"
        " in addition to a 7.0% reduction for each birth."
    )


def test_a_word_made_of_a_prefix_and_a_known_word_is_read_as_that_word() -> None:
    assert "VERB" in word_classes("coadministered")
    assert "VERB" in word_classes("reanalysed")
    assert word_classes("zzqxv") == frozenset()


def test_the_harm_a_reason_names_and_a_first_line_choice_are_singled_out() -> None:
    cases = {
        "Propylthiouracil is second line because of its risk of hepatotoxicity.": [
            "hepatotoxicity"
        ],
        "Methimazole is preferred because PTU carries a rare risk of severe hepatotoxicity.": [
            "severe hepatotoxicity"
        ],
        "Test every year, because your risk of type 2 diabetes remains raised.": [],
        "When non-pharmacological care is insufficient, oral morphine is the first-line drug"
        " treatment.": ["oral morphine"],
    }
    _each_gives(claims, cases)


def test_what_a_ruling_spares_and_what_goes_on_without_a_break_are_offered() -> None:
    cases = {
        "Infants with the Duarte variant do not require dietary restriction and thrive.": [
            "do not require dietary restriction"
        ],
        "Term babies who do not need resuscitation wait a minute.": [],
        "Breastfeeding should continue without interruption after GBCAs.": ["without interruption"],
    }
    _each_gives(findings, cases)


def test_a_thing_an_aside_calls_the_commonest_is_singled_out() -> None:
    sentence = "Vitamin A means fewer deaths from pneumonia, which is the commonest cause of death."
    assert texts(claims(sentence)) == ["pneumonia"]
    # an aside saying something else singles nothing out
    assert claims("Fewer died of pneumonia, which is a serious infection.") == []


def test_a_superlative_naming_two_things_with_are_offers_both() -> None:
    cases = {
        "The commonest reasons for readmission are jaundice and dehydration, both driven by"
        " poor intake.": ["jaundice and dehydration"],
        "The most common cause is poor attachment and the baby sleeps.": ["poor attachment"],
        # one thing of two named together, "is" before it
        "By far the most common cause is a problem with positioning and attachment at the"
        " breast.": ["problem with positioning and attachment"],
    }
    _each_gives(claims, cases)


def test_a_study_s_authors_are_no_pair_of_things() -> None:
    sentence = "A review by Tham and colleagues found studies of feeding and caries."
    assert texts(_pairs(sentence, noun_phrases(sentence))) == ["feeding and caries"]


def test_a_defined_term_keeps_no_adverb_and_no_negation() -> None:
    def defined(sentence: str) -> list[list[str]]:
        return [texts(c.spans) for c in _pool(Block(P, sentence)) if c.pattern == "definition"]

    assert defined("Early cord clamping usually means clamping within 60 seconds of birth.") == [
        ["Early cord clamping"]
    ]
    assert defined("Stopping breastfeeding never means stopping maternal ART.") == []
    assert defined("Green poo simply means faster transit.") == [["Green poo"]]


def test_a_count_keeps_a_yearly_rate_and_parts_per_million_and_no_verb() -> None:
    cases = {
        "Fluoride varnish is applied at least twice a year from age 3.": [
            "at least twice a year",
            "from age 3",
        ],
        "A reading of 4 parts per million (ppm) means recent exposure.": ["4 parts per million"],
        "A score of 0\u20133 suggests a marked reduction in tongue function.": ["0\u20133"],
    }
    _each_gives(numbers, cases)


def test_a_ratio_too_long_with_its_noun_is_offered_without_it() -> None:
    cases = {
        "Around 2 to 4 in every 10 pregnant women in the UK carry it.": ["2 to 4 in every 10"],
        "It affects roughly 0.3 to 0.4 in every 1,000 babies born in the UK.": [
            "0.3 to 0.4 in every 1,000"
        ],
        "About 1 in 700 babies is affected.": ["About 1 in 700 babies"],
    }
    _each_gives(numbers, cases)


def test_a_label_s_number_comes_with_the_thing_it_names() -> None:
    cases = {
        "Breastfeeding lowers the mother's risk of type 2 diabetes.": ["type 2 diabetes"],
        "There are two forms, Type 1 and Type 2.": ["two forms", "Type 1", "Type 2"],
        "Do not prescribe it if the QTc is over 470 ms in women.": ["over 470 ms"],
    }
    _each_gives(numbers, cases)


def test_a_verdict_not_recommended_or_not_reliably_done_is_offered() -> None:
    cases = {
        "Testing breast milk for GBS is not recommended routinely.": ["not recommended routinely"],
        "Freezing milk does not reliably kill GBS.": ["does not reliably kill"],
        # how often it holds, before or after "not"
        "Statins are generally not recommended while breastfeeding.": ["not recommended"],
        "Little is known, so ezetimibe is not usually recommended.": ["not usually recommended"],
        "We do not fully understand why.": [],
    }
    _each_gives(findings, cases)


def test_a_name_given_in_brackets_after_called_is_a_term() -> None:
    sentence = "Bacteria enter the breast during feeding (called retrograde flow), or via the skin."
    assert texts(named_terms(sentence)) == ["retrograde flow"]


def test_the_one_place_a_thing_is_found_is_singled_out() -> None:
    cases = {
        "Vitamin B12 occurs naturally only in animal-source foods.": ["animal-source foods"],
        "It is found not only in milk but also in blood.": [],
    }
    _each_gives(claims, cases)


def test_it_after_a_study_by_named_authors_stands_for_the_study() -> None:
    found = _units(
        Block(
            P,
            "The 2018 Cochrane review by Nasuf and colleagues pooled six trials with 335 infants.",
        ),
        Block(
            P,
            "It found no significant reduction in NEC, late-onset infection or mortality; time"
            " to full enteral feeding appeared shorter, but the certainty of all the estimates"
            " was low.",
        ),
    )
    # too long to be read after the sentence before it: the pronoun is resolved
    assert (
        "The 2018 Cochrane review found no significant reduction in NEC, late-onset infection or"
        " mortality; time to full enteral feeding appeared shorter, but the certainty of all the"
        " estimates was low."
    ) in found


def test_a_reflexive_pronoun_is_a_small_word_but_ends_no_lead_in_open() -> None:
    sentence = "Oxytocin itself, and stress-related hormones, may also play a part."
    assert texts(noun_phrases(sentence))[:2] == ["Oxytocin", "stress-related hormones"]
    found = _units(
        Block(P, "For the wounds themselves:"),
        Block(ITEM, "Air drying after feeds, a gentle and cheap habit for many mothers.", 1),
        Block(ITEM, "Nipple shields only with guidance from an IBCLC, for a short time.", 1),
    )
    assert found[0].startswith("For the wounds themselves: Air drying after feeds")


def test_a_share_keeps_a_plural_the_word_lists_lack() -> None:
    cases = {
        "The Q188R variant accounts for around 60-70% of classic alleles in Europe.": [
            "around 60-70% of classic alleles"
        ],
        "Infants needed less morphine (1.1 mg versus 10.4 mg) than others.": ["1.1 mg", "10.4 mg"],
    }
    _each_gives(numbers, cases)


def test_shares_in_words_and_rates_per_live_births() -> None:
    cases = {
        "Roughly one third of cases happen at home, another third in hospital.": [
            "Roughly one third of cases"
        ],
        "About a fifth of infants were affected.": ["About a fifth of infants"],
        "Widely spaced breasts, with more than 1.5 inches between them.": ["more than 1.5 inches"],
        "It occurred in approximately 7 per 100,000 live births.": [
            "approximately 7 per 100,000 live births"
        ],
        # too long with what it counts: the rate alone, and no count inside it
        "Incidence varies from about 2.6 to 133 per 100,000 live births.": [
            "about 2.6 to 133 per 100,000"
        ],
    }
    _each_gives(numbers, cases)


def test_a_letter_names_a_vitamin_and_a_list_ends_before_its_verb() -> None:
    assert texts(noun_phrases("Give vitamin A to the infant and hepatitis A vaccine.")) == [
        "vitamin A",
        "infant",
        "hepatitis A vaccine",
    ]
    sentence = "It grows when oestrogen, progesterone and prolactin drive ductal branching."
    assert texts(comma_lists(sentence)) == ["oestrogen", "progesterone", "prolactin"]


def test_items_after_a_lead_in_that_names_them_follow_it_after_a_colon() -> None:
    for lead_in, item in (
        (  # a preposition stranded at the end of a relative clause
            "When I examine, these are the markers I look for:",
            "marked asymmetry, with one breast clearly larger than the other",
        ),
        (
            "Stop and see a physiotherapist if you notice any of these:",
            "a heavy or dragging feeling in the vagina, which can signal prolapse",
        ),
    ):
        found = _units(Block(P, lead_in), Block(ITEM, item, 1), Block(ITEM, "a second item", 1))
        assert found[0] == f"{lead_in} {item}.", lead_in


def test_it_after_a_long_sentence_stands_for_the_subject_of_its_last_clause() -> None:
    found = _units(
        Block(
            P,
            "Babies with signs of hypoxic-ischaemic encephalopathy (HIE) should be discussed with"
            " the neonatal intensive care team early, because therapeutic hypothermia is most"
            " effective when started within 6 hours. It involves cooling the baby to 33 to 34 °C"
            " for 72 hours.",
        ),
        Block(
            P,
            "Mothers who are ultra-rapid metabolisers convert codeine to morphine very quickly,"
            " because infant deaths from opioid toxicity have been reported. It also tends to"
            " cause medication-overuse headache.",
        ),
    )
    assert "Therapeutic hypothermia involves cooling the baby to 33 to 34 °C for 72 hours." in found
    # a subject with a phrase after its noun does not show its number: nothing is put in
    assert not any(text.startswith("Infant deaths") for text in found)


def test_an_amount_describing_one_thing_keeps_the_thing_and_a_label_its_hyphen() -> None:
    cases = {
        "Use a modified 10 mL syringe with the end cut off.": ["10 mL syringe"],
        "A 2 cm lump was found.": ["2 cm lump"],
        "It weighs about 2 kg at birth.": ["about 2 kg"],
        "It may be reported as BI-RADS 2 (benign), whereas others need biopsy.": ["BI-RADS 2"],
    }
    _each_gives(numbers, cases)


def test_a_phrase_with_its_short_form_inside_is_offered_whole() -> None:
    def key_phrases(sentence: str) -> list[str]:
        pool = _pool(Block(H, "Going home", 1), Block(P, sentence))
        return [s.text for c in pool if c.pattern == "key-phrase" for s in c.spans]

    found = key_phrases("Before discharge, feeds are taken without a thin nasogastric (NG) tube.")
    assert "nasogastric (NG) tube" in found
    assert "nasogastric" not in found  # a piece of it, no thing of its own
    # from the word its initial opens, and not inside a name that starts further back
    assert "intramuscular (IM) dose" in key_phrases("It is a single intramuscular (IM) dose.")
    name = "The Pregnancy in Multiple Sclerosis (PRIMS) study followed 254 women."
    assert not any("(PRIMS)" in phrase for phrase in key_phrases(name))
    # another name in lower case inside it: with the words it stands beside
    assert "rugby (football) hold" in key_phrases("After surgery, try the rugby (football) hold.")
    assert "fava (broad) beans" in key_phrases("Mothers should avoid eating fava (broad) beans.")
    assert not any("(1 lb)" in p for p in key_phrases("Babies gain 0.5 kg (1 lb) weekly."))
    # nor with a verb after it, its object following
    vapes = "E-cigarettes (vapes) heat a liquid that usually contains nicotine."
    assert not any("heat" in phrase for phrase in key_phrases(vapes))
    tie = "Ankyloglossia (tongue-tie) limits how far the tongue can lift."
    assert not any("limits" in phrase for phrase in key_phrases(tie))


def test_a_long_form_hidden_with_its_short_form_and_the_noun_they_describe() -> None:
    def hidden(sentence: str) -> list[list[str]]:
        pool = _pool(Block(H, "Treatment", 1), Block(P, sentence))
        return [texts(c.spans) for c in pool if c.pattern == "abbreviation"]

    herpes = "Neonatal herpes can take three forms: central nervous system (CNS) disease, mostly."
    assert hidden(herpes) == [["central nervous system (CNS) disease"]]
    # no verb after the short form, with its object
    sets = "The European Food Safety Authority (EFSA) sets an adequate intake of 5 µg a day."
    assert hidden(sets) == [["European Food Safety Authority"]]
    drugs = "Janus kinase (JAK) inhibitors, such as tofacitinib, should be avoided."
    assert hidden(drugs) == [["Janus kinase (JAK) inhibitors"]]
    # no noun after it, or a verb: the long form alone
    tube = "Feeds are given by a nasogastric tube (NGT), not by mouth."
    assert hidden(tube) == [["nasogastric tube"]]
    agency = "In 2023 the World Health Organization (WHO) advised longer courses."
    assert hidden(agency) == [["World Health Organization"]]


def test_a_percentage_keeps_the_substance_it_is_the_strength_of() -> None:
    cases = {
        "On the unit, treatment is with intravenous (IV) 10% dextrose, usually.": ["10% dextrose"],
        "Give 40% dextrose gel, massaged into the cheek.": ["40% dextrose gel"],
        "Give a bolus of 0.9% sodium chloride only if shocked.": ["0.9% sodium chloride"],
        # describing words before the substance, and no amount or frequency after it
        "The area is irrigated with 0.25% sterile acetic acid at endoscopy.": [
            "0.25% sterile acetic acid"
        ],
        "A thin layer of 1% hydrocortisone cream settles it.": ["1% hydrocortisone cream"],
        "Give 10% dextrose 2 mL/kg as a bolus.": ["10% dextrose", "2 mL/kg"],
        "By then 20% breastfed exclusively.": ["20%"],  # a verb's past form: no substance
        "Products with 50% DEET protect for hours.": ["50% DEET"],
        # a share of people who do something, or a describing word: the number alone
        "Up to 65% experience a flare after birth.": ["Up to 65%"],
        "The implant is more than 99% effective.": ["more than 99%"],
        "Warfarin is about 99% bound to plasma albumin.": ["about 99%"],
        # after "a", what the amount describes, as before: "a 45% higher ferritin"
        "Late clamping gave a 45% higher ferritin at 4 months.": [
            "45% higher ferritin",
            "4 months",
        ],
    }
    _each_gives(numbers, cases)


def test_describing_words_that_share_a_noun_make_one_phrase() -> None:
    sentence = "It is avoided because of serious cardiovascular and neurological adverse events."
    assert texts(noun_phrases(sentence))[-1] == (
        "serious cardiovascular and neurological adverse events"
    )
    # after "were", a describing word says what a thing is: no noun is shared
    sentence = "The babies were healthy and bacterial infections were rare."
    assert "bacterial infections" in texts(noun_phrases(sentence))


def test_an_item_that_is_a_sentence_opens_with_a_capital_and_a_full_stop() -> None:
    found = _units(
        Block(P, "Management options are as follows:"),
        Block(
            ITEM, "galactoceles can refill, so a repeat aspiration after a few weeks is common;", 1
        ),
        Block(ITEM, "surgical excision is rarely needed and is reserved for large lesions;", 1),
    )
    assert found == [
        "Galactoceles can refill, so a repeat aspiration after a few weeks is common.",
        "Surgical excision is rarely needed and is reserved for large lesions.",
    ]
    # no clause is asked for as the term an item names
    pool = _pool(
        Block(P, "Call your midwife if your baby:"),
        Block(ITEM, "has dark urine, or passes fewer than six wet nappies", 1),
    )
    assert all(c.pattern != "item-term" for c in pool)


def test_a_numbered_protocol_is_hidden_whole_and_never_from_inside_a_word() -> None:
    sentence = "The Academy's Clinical Protocol #21 takes a more nuanced stance."
    assert texts(numbers(sentence)) == ["Protocol #21"]
    text = "The enzyme attaches fucose in an \u03b11-2 linkage in most mothers."  # alpha
    starts = [span.start for c in _pool(Block(P, text)) for span in c.spans]
    assert all(start == 0 or not text[start - 1].isalnum() for start in starts)


def test_a_long_sentence_is_cut_where_a_pronoun_opens_a_clause_after_a_colon() -> None:
    found = _units(
        Block(
            P,
            "The 2023 revision of the Academy of Breastfeeding Medicine (ABM) Clinical Protocol"
            " #21 takes a more nuanced stance: it states that there is insufficient evidence to"
            " recommend against breastfeeding by women who use cannabis, advises that they be"
            " counselled to reduce or stop use, and emphasises that the known benefits of"
            " breastfeeding must be weighed against an uncertain risk.",
        )
    )
    assert found[0] == (
        "The 2023 revision of the Academy of Breastfeeding Medicine (ABM) Clinical Protocol #21"
        " takes a more nuanced stance."
    )


def test_an_adverb_before_its_verb_is_no_noun_phrase() -> None:
    sentence = "Atenolol is poorly protein bound and renally excreted; it accumulates in milk."
    assert texts(noun_phrases(sentence)) == ["Atenolol", "poorly protein bound", "milk"]
    assert "low milk supply" in texts(noun_phrases("A low milk supply treated early recovers."))


def test_not_infectious_and_breastfeed_without_restriction_are_verdicts() -> None:
    cases = {
        "LTBI is not infectious.": ["not infectious"],
        "Latent TB infection: Breastfeed without restriction, whatever the treatment.": [
            "without restriction"
        ],
        "Breastfeeding is not contraindicated in hepatitis B.": ["not contraindicated"],
    }
    _each_gives(findings, cases)


def test_a_definition_by_a_one_word_kind_asks_what_the_thing_does() -> None:
    pool = _pool(
        Block(
            P,
            "An inverted nipple refers to a nipple that folds inwards or sinks back into the"
            " breast instead of pointing outwards.",
        ),
        Block(
            P,
            "A supplementer refers to a device that delivers expressed milk, donor milk or"
            " formula through a fine tube.",
        ),
    )
    asked = [c.answers for c in pool if c.pattern == "definiens"]
    # a list cut short is no answer: nothing is asked of the second
    assert asked == [("folds inwards or sinks back",)]


def test_followed_by_is_no_deadline() -> None:
    cases = {
        "It lasts 6 months: 2 months of isoniazid, followed by 4 months of rifampicin.": [
            "6 months",
            "2 months",
            "4 months",
        ],
        "Most babies regain birth weight by 2 weeks of age.": ["by 2 weeks of age"],
    }
    _each_gives(numbers, cases)


def test_a_long_unstopped_item_is_a_sentence_unless_a_relative_word_opens_its_verb() -> None:
    found = _units(
        Block(P, "Many women take other drugs. Their compatibility with breastfeeding varies:"),
        Block(ITEM, "hydroxychloroquine is compatible with breastfeeding", 1),
        Block(
            ITEM,
            "Janus kinase (JAK) inhibitors, such as tofacitinib and baricitinib, should be"
            " avoided, because no safety data exist",
            1,
        ),
    )
    assert found[-1].startswith("Janus kinase (JAK) inhibitors, such as tofacitinib")
    found = _units(
        Block(P, "Possible reasons include:"),
        Block(ITEM, "Tongue-tie (ankyloglossia), which limits how far the tongue can extend", 1),
        Block(ITEM, "Breast aversion, a learned distress that can develop after pushing", 1),
    )
    assert found[0].startswith("Possible reasons include tongue-tie (ankyloglossia), which")


def test_standard_deviations_and_a_range_before_its_of_age() -> None:
    cases = {
        "Weight gain exceeding 0.67 SD in infancy is associated with obesity.": ["0.67 SD"],
        "Stunting: length- or height-for-age below -2 SD.": ["below -2 SD"],
        "The charts use WHO data from 2 weeks to 4 years of age, with UK birth data.": [
            "2 weeks to 4 years"
        ],
        "Babies from 6 to 12 months of age were weighed.": ["6 to 12 months of age"],
    }
    _each_gives(numbers, cases)


def test_a_time_keeps_the_event_it_counts_from_and_a_dose_how_often() -> None:
    cases = {
        "A person is infectious from 48 hours before the rash appears until all have crusted.": [
            "48 hours before the rash appears"
        ],
        "Reassessment is best deferred until about 2 months after breastfeeding ends.": [
            "about 2 months after breastfeeding ends"
        ],
        "Give it 30 minutes before a feed.": ["30 minutes before a feed"],
        # a clause or a longer phrase after "after": the time alone
        "Feed 2 hours after the mother ate a meal.": ["2 hours"],
        "Stop the pill about 6 weeks before the baby is due.": ["about 6 weeks"],
        "Start expressing within 6 hours after preterm birth.": ["within 6 hours"],
        "Cabergoline is usually given at 0.25-0.5 mg twice weekly.": ["0.25-0.5 mg twice weekly"],
        "Take valaciclovir 2 g twice a day for 1 day.": ["valaciclovir 2 g twice a day", "1 day"],
        "A single 1 mg dose of cabergoline prevents it.": ["single 1 mg dose"],
        "Babies then suck at about 1 suck per second.": ["about 1 suck per second"],
        "Oxytocin is a 9-amino-acid peptide hormone.": ["9-amino-acid peptide hormone"],
        "CKD stage 5 means an eGFR below 15 mL/min/1.73 m² or dialysis.": [
            "stage 5",
            "below 15 mL/min/1.73 m²",
        ],
    }
    _each_gives(numbers, cases)


def test_a_recommendations_number_set_in_bold_is_no_term() -> None:
    article = read_article(
        b"# T\n\n## Recommendations\n\nPractitioners should advise families as follows:\n\n"
        b"- **R2.** Offer the breast more often in hot weather; shorter, more frequent feeds are"
        b" normal and should be encouraged rather than supplemented.\n"
        b"- **R3.** Keep infants under 6 months out of direct sunlight, dress them in light, loose"
        b" layers, and never cover a pram or buggy with a blanket or cloth.\n",
        "guideline.md",
    )
    text = ArticleText(" ".join(block.text for block in article.blocks))
    pool = [c for unit in units(article) for c in candidates(unit, text)]
    answers = {span.text for c in pool for span in c.spans}
    assert not answers & {"R2", "R3"}
    assert "pram or buggy" in answers


def test_a_long_sentence_loses_a_trailing_comparison_to_fit_a_card() -> None:
    sentence = (
        "In a Canadian and United States cohort comparison, intensive haemodialysis of around 43"
        " hours per week was associated with a live birth rate of 86% and a median gestational"
        " age of 36 weeks, compared with 61% and 27 weeks with conventional haemodialysis of"
        " about 12 hours per week."
    )
    assert _units(Block(P, sentence)) == [sentence.split(", compared")[0] + "."]


def test_a_long_sentence_loses_its_last_alternative_case_to_fit_a_card() -> None:
    sentence = (
        "WHO considers vitamin A deficiency a public health problem in a population when a serum"
        " retinol of 0.70 µmol/L or lower is found in 20% or more of children aged 6-59 months,"
        " or when night blindness affects 1% or more of children aged 24-59 months."
    )
    assert _units(Block(P, sentence)) == [sentence.split(", or when")[0] + "."]


def test_a_ruling_to_go_on_breastfeeding_and_what_a_thing_is_not_found_with() -> None:
    _each_gives(
        findings,
        {
            "Women with malaria should continue to breastfeed.": ["continue to breastfeed"],
            "Do not put it back in if it falls out.": ["Do not put it back in"],
        },
    )
    cases = {
        "Lactating parents should drink to thirst; forcing extra fluids does not increase milk"
        " supply.": ["does not increase milk supply"],
        "Antimalarial drugs transferred in breast milk do not protect the infant.": [
            "do not protect the infant"
        ],
        "Milk does not need to be discarded around dialysis sessions.": [
            "does not need to be discarded"
        ],
        # a clause describing a noun, the writers' doubt, too long
        "Babies who do not feed well need review.": [],
        "We do not know why it happens.": [],
        "It does not reliably reduce the number of feeds needed at night.": [],
        "Express milk after feeds if the baby does not suckle often or effectively.": [],
        # what it is set against, or a word pointing back, left visible
        "Early introduction did not increase choking compared with later introduction.": [
            "did not increase choking"
        ],
        "The TABBY does not assess feeding itself, so it cannot be used alone.": [
            "does not assess feeding"
        ],
        "Wash it off so the baby does not swallow it.": [],
        # a reason says a finding as much as a main clause does; a condition does not
        "Calcium citrate is preferred because its absorption does not depend on gastric acid.": [
            "does not depend on gastric acid"
        ],
        "Although it does not cure colic, it may shorten crying.": ["does not cure colic"],
        "Offer a bottle when the baby does not settle.": [],
        # what a thing was not found with or is not changed by
        "In the IPAC cohort, breastfeeding was not associated with worse myocardial recovery.": [
            "not associated with worse myocardial recovery"
        ],
        "Postpartum fatigue is exhaustion that is not relieved by rest.": ["not relieved by rest"],
    }
    _each_gives(negations, cases)


def test_a_name_past_its_initials_a_three_part_ratio_and_a_finding_not_documented() -> None:
    sentence = "The US Centers for Disease Control and Prevention (CDC) advises it."
    assert texts(long_forms(sentence)) == ["Centers for Disease Control and Prevention"]
    _each_gives(
        numbers,
        {
            "In a term infant the ratio approaches 1:1:1.": ["1:1:1"],
            "Sterilise the parts at least once every 24 hours if your baby is small.": [
                "at least once every 24 hours"
            ],
        },
    )
    sentence = "HCV RNA is found in milk, but transmission has not been documented."
    assert texts(findings(sentence)) == ["has not been documented"]


def test_what_a_thing_does_to_another() -> None:
    cases = {
        "Alcohol suppresses oxytocin release.": ["suppresses oxytocin release"],
        "Blood Phe levels that are too low can slow growth.": ["can slow growth"],
        "Feeding first reduces breast density and improves comfort.": [
            "reduces breast density",
            "improves comfort",
        ],
        "Atenolol accumulates in milk, with reported RIDs of up to 6%.": ["accumulates in milk"],
        # an aside after a comma says what the thing named does
        "Add clindamycin, which inhibits exotoxin production.": ["inhibits exotoxin production"],
        # and so does a clause after the kind of thing the subject is
        "Botulinum toxin is a neurotoxin that blocks the release of acetylcholine.": [
            "blocks the release of acetylcholine"
        ],
        # of a noun, on a condition, on nothing of its own
        "Drugs that suppress prolactin are avoided.": [],
        "Drugs which suppress prolactin are avoided.": [],
        "If the baby blocks the nipple, break the seal.": [],
        "Breastfeeding lowers the risk of ovarian cancer.": [],
        "Breastfeeding lowers the risk.": [],
        # levels of a named thing are a thing of their own
        "Domperidone raises prolactin levels.": ["raises prolactin levels"],
    }
    _each_gives(effects, cases)


def test_a_doing_that_brings_something_about_is_offered() -> None:
    cases = {
        "The height of the container: raising the container makes the milk flow faster.": [
            "raising the container"
        ],
        "Giving a dummy can reduce suckling at the breast.": ["Giving a dummy"],
        "Delivering milk too fast causes coughing.": ["Delivering milk too fast"],
        # no doing: a word in "ing" that names none, or an adverb that ends no phrase
        "During the night prolactin rises and helps supply.": [],
        "Cooling still helps for up to 3 hours after the injury.": [],
        "Milk production helps.": [],
    }
    _each_gives(doings, cases)


def test_what_a_sentence_says_should_be_done_is_offered() -> None:
    cases = {
        "If thrush is diagnosed, the parent and the baby should be treated at the same time, "
        "even if only one of them has symptoms.": ["treated at the same time"],
        "After ulipristal acetate, women should be advised to avoid breastfeeding for one week.": [
            "avoid breastfeeding for one week"
        ],
        "You should be able to talk but not sing.": ["talk but not sing"],
        # too long to be one answer, a state rather than a deed, or ending on a small word
        "The mother should express and discard milk from the affected side until they heal.": [],
        "The conversation should be about making it safer.": [],
        "Milk should be given to it.": [],
        "Breastfeeding is the norm.": [],
    }
    _each_gives(advice, cases)


def test_a_short_clause_saying_why_or_when_is_offered() -> None:
    cases = {
        "Avoid wet heat such as damp flannels, because evaporation cools the skin.": [
            "evaporation cools the skin"
        ],
        "Include at least one session at night, when prolactin levels are highest.": [
            "prolactin levels are highest"
        ],
        # about someone the clause does not name, no verb of its own, or too long
        "She can breastfeed as soon as she is alert.": [],
        "Feeds continue until discharge home from the unit.": [],
        "Keep pumping until the flow of milk from both breasts slows to drops.": [],
        # one word over, with its article left out; not the first of a list of describers
        "Do not feed from that breast until the lesions have fully crusted and healed.": [
            "lesions have fully crusted and healed"
        ],
        "Suspect an abscess when a woman with mastitis has a tender, firm or fluctuant lump.": [],
        # a cause named, not said as a clause; never the first of a list, nor "the fact"
        "The gel is licensed from 4 months because of a small risk of choking.": [
            "a small risk of choking"
        ],
        "Acitretin is contraindicated because of its long half-life and toxicity.": [
            "long half-life and toxicity"
        ],
        "Risk is high because of falling insulin needs, broken sleep and irregular meals.": [],
        "It failed due to the fact that it rained.": [],
    }
    _each_gives(reasons, cases)


def test_figures_in_one_unit_compared_or_listed_are_one_quantity() -> None:
    cases = {
        "Injections are given at 8, 12 and 16 weeks, with a booster at 1 year.": [
            "8, 12 and 16 weeks",
            "1 year",
        ],
        "ESC shortened the stay (8.2 vs 14.9 days) in the trial.": ["8.2 vs 14.9 days"],
        "Exclusive breastfeeding was 45% versus 30% in the controls.": ["45% versus 30%"],
        "The trial enrolled 120, 240 and 360 women.": ["120, 240 and 360 women"],
        # a red cell's volume and its haemoglobin have units; an acronym may name what is counted
        "Microcytosis is an MCV below about 70 fL.": ["below about 70 fL"],
        "A meta-analysis found around 3 IQ points more.": ["around 3 IQ points"],
    }
    _each_gives(numbers, cases)


def _key_phrases(sentence: str) -> list[str]:
    pool = _pool(Block(P, sentence))
    return [s.text for c in pool if c.pattern == "key-phrase" for s in c.spans]


def test_a_key_phrase_keeps_the_word_saying_how_many_or_which_of_it() -> None:
    assert "both breasts" in _key_phrases("Engorgement usually affects both breasts equally.")
    assert "less brown fat" in _key_phrases("Late preterm babies have less brown fat for warmth.")
    found = _key_phrases(
        "HMOs are complex glycans that form the third most abundant solid component of milk."
    )
    assert "third most abundant solid component" in found
    # "most" of a plural thing says how many, not which: no superlative
    assert "Most babies" not in _key_phrases("Most babies settle within a few weeks of birth.")


def test_a_term_with_no_article_glossed_beside_it_is_named() -> None:
    cases = {
        "Breast milk also contains tryptophan, a precursor of melatonin.": ["tryptophan"],
        "After two weeks, a doctor may prescribe nifedipine, a calcium channel blocker.": [
            "nifedipine"
        ],
        # an item of a list, a setting or an opening clause before a subject, an amount
        "To establish supply, a mother should feed often.": [],
        "Risk factors include obesity, a long labour and retained placental fragments.": [],
        "Skin is thin and, in preterm infants, an immature barrier lets water out.": [],
        "Infants on buprenorphine needed 89% less morphine, a shorter stay in hospital.": [],
        # a gloss set between dashes, whatever it holds
        "Reading brings adult and baby into joint attention \u2013 a shared focus on the same"
        " object or event \u2013 which underpins word learning.": ["joint attention"],
        "Offer fruit, vegetables and water \u2013 a good habit \u2013 at every meal.": [],
        # what a body named calls a thing
        "This back-and-forth is what the Harvard Center on the Developing Child calls serve and"
        " return.": ["serve and return"],
        "A fever above 38\u00b0C is what the NHS calls a red flag.": ["red flag"],
    }
    _each_gives(named_terms, cases)


def test_a_clause_after_a_comma_and_an_amount_of_a_thing_are_offered_whole() -> None:
    assert texts(noun_phrases("Lactose reaches the bowel, producing gas and acid."))[-2:] == [
        "gas",
        "acid",
    ]
    # after the clause opening a sentence, the subject: a doing as a thing
    assert "scalding fresh milk" in texts(
        noun_phrases("If a baby refuses it, scalding fresh milk before freezing helps.")
    )
    pool = _pool(
        Block(H, "Lactose overload", 1),
        Block(P, "It happens when a baby receives a large volume of relatively low-fat milk."),
    )
    offered = [span.text for c in pool for span in c.spans]
    assert "large volume of relatively low-fat milk" in offered


def test_counts_in_words_as_rates_and_shares_and_numbers_that_name_or_code() -> None:
    cases = {
        # a count in words is a number when a rate follows, its noun known or not
        "Sucking is quick, typically at about two sucks per second.": [
            "about two sucks per second"
        ],
        "Moderate intake, one standard drink per day, is not known to harm.": [
            "one standard drink per day"
        ],
        # a share in words, whatever its count
        "Among those who gave birth, around six in ten breastfed.": ["around six in ten"],
        "Nearly two in every three women stop by then.": ["Nearly two in every three women"],
        # two days named, one answer
        "Weigh the baby on day 3 and day 5, and review feeding.": ["day 3 and day 5"],
        # a year naming a guideline bounds no time
        "Diagnosis is endorsed by the 2023 International Guideline.": ["2023"],
        # a number after "No." keeps the name it is part of, but no verb opening the sentence
        "ACOG, in Committee Opinion No. 722, notes insufficient data.": [
            "Committee Opinion No. 722"
        ],
        "See Clinical Protocol No. 9 for details.": ["Clinical Protocol No. 9"],
        # a span of age from birth
        "The CDC recommends the WHO standards from birth to 2 years.": ["from birth to 2 years"],
        # a share of people, or of the whole, and a share exceeded
        "In a cohort, more than half of women had a migraine attack.": ["more than half of women"],
        "Fat supplies about half of the energy in milk.": ["about half of the energy"],
        "Losses were large, in some studies exceeding a third of the fat.": [
            "exceeding a third of the fat"
        ],
        # a range of two ratios is one number, its first ratio when too long for an answer
        "Twins occur in 1 in 6 to 1 in 7 births in rich countries.": ["1 in 6"],
        "It affects 1 to 3 in every 1,000 babies.": ["1 to 3 in every 1,000"],
        # an open count in words, and a time counted from discharge
        "Drinking ten or more cups of coffee a day can cause irritability.": ["ten or more cups"],
        "Review the baby within 48-72 hours of discharge.": ["within 48-72 hours of discharge"],
    }
    _each_gives(numbers, cases)
    # "per day of age" counts by age, not by time
    assert texts(numbers("The rule is one wet nappy per day of age.")) == []
    # the pieces of a code are no numbers, nor any answer
    code = "DHA (22:6n-3) is a 22-carbon omega-3 fatty acid found in the brain."
    assert "22" not in texts(numbers(code))
    answers = [span.text for c in _pool(Block(P, code)) for span in c.spans]
    assert not [a for a in answers if code[code.find(a) - 1] in ":(" and a[0].isdigit()]
    # nor are those of a regulation's number
    rule = "In the European Union, Regulation (EU) No 1297/2014 requires opaque packaging."
    answers = [span.text for c in _pool(Block(P, rule)) for span in c.spans]
    assert answers and not {"1297", "2014"} & set(answers)


def test_a_count_s_plural_is_its_noun_and_once_opening_a_clause_ends_a_phrase() -> None:
    # "lines" after a count is the plural it counts, not a verb before "on"
    assert texts(
        noun_phrases("It is the gap between two adjacent centile lines on the chart.")
    ) == [
        "gap",
        "two adjacent centile lines",
        "chart",
    ]
    assert texts(noun_phrases("The baby lies on the back.")) == ["baby", "back"]
    # "once" opening a clause is no part of the phrase before it, and the clause's verb none of
    # its subject's
    assert texts(noun_phrases("I can hear regular swallowing once the milk flows.")) == [
        "regular swallowing",
        "milk",
    ]
    assert texts(noun_phrases("Give it once daily with food.")) == ["once daily", "food"]
    # a word after a noun that says how of the verb is no part of the noun's phrase
    assert texts(noun_phrases("Milk flows from most teats faster and more evenly.")) == [
        "Milk",
        "teats",
    ]
    assert texts(noun_phrases("It crosses the blood-brain barrier poorly.")) == [
        "blood-brain barrier",
    ]
    # the noun of a preposition of several words is no thing: "in place of", "in terms of"
    assert texts(noun_phrases("In terms of safety, it is used in place of the older label.")) == [
        "safety",
        "older label",
    ]
    assert texts(noun_phrases("Act in line with the guideline.")) == ["guideline"]
    assert texts(noun_phrases("Give protein within case of need.")) == ["protein", "case"]
    # an order's verb opening the sentence is no noun: "Hold", "Check"
    assert texts(noun_phrases("Check your latch often.")) == ["latch"]
    assert texts(noun_phrases("Breastfeeding the baby often helps.")) == ["Breastfeeding", "baby"]
    # a share, of what; "birth" in "birth weight" is no event a time counts from
    sentence = "A weight loss of 10% or more of birth weight needs review."
    assert texts(numbers(sentence)) == ["10% or more of birth weight"]
    assert texts(numbers("Feed within 1 hour of birth and often.")) == ["within 1 hour of birth"]


def test_what_never_happened_what_a_thing_is_not_before_a_colon_and_a_rule_to_follow() -> None:
    cases = {
        "Transmission of hepatitis C through breastfeeding has never been documented.": [
            "never been documented"
        ],
        "Thawed milk should be used within 24 hours and never refrozen.": ["never refrozen"],
        # an order is no finding: the advice says it
        "Never warm formula in a microwave.": [],
    }
    _each_gives(negations, cases)
    sentence = "Oral immune therapy is not a feed: the volumes are too small."
    assert texts(claims(sentence)) == ["not a feed"]
    sentence = "The golden rule is: never wake a sleeping baby."
    assert texts(claims(sentence)) == ["never wake a sleeping baby"]
    # a describing word is a state, whatever else the word lists say it may be
    assert texts(claims("Where this is not practical: use liquid formula.")) == []


def test_what_there_is_none_of_and_what_is_no_better_is_the_finding() -> None:
    cases = {
        "Check that there is no gap between the two mattresses.": ["no gap"],
        "There was no increase in NICU admissions.": ["no increase in NICU admissions"],
        "The evidence is weak: there are no randomised controlled trials (RCTs) of it.": [
            "no randomised controlled trials"
        ],
        "Trials have found simethicone no better than placebo.": ["no better than placebo"],
        # a condition, a pair cut in two, or what need not be done: none of them
        "Contact your GP if there is no improvement after 7 days.": [],
        "There is no right or wrong choice.": [],
        "There is no need to put it back in.": [],
        # what a thing is not, its clause ending there; not in a condition
        "Second, expressed milk is not sterile.": ["not sterile"],
        "The rash is not contagious and settles within days.": ["not contagious"],
        "If the baby is not hungry, wait for the next cue.": [],
        "It is not always needed.": [],
    }
    _each_gives(negations, cases)
    # a finding of no outcome may say what kind: "no survival benefit"
    assert texts(findings("Large trials found no survival benefit.")) == ["no survival benefit"]


def test_what_need_not_be_done_and_what_a_thing_has_no_effect_on() -> None:
    cases = {
        "The common cold is mild, and there is no reason to pause feeding.": [
            "no reason to pause feeding"
        ],
        "There is no need to discard milk after anaesthetic agents.": ["no need to discard milk"],
        "Moderate exercise has no effect on milk supply, milk composition or growth.": [
            "no effect on milk supply"
        ],
        # too long to cut without losing what is done, or ending on a small word
        "There is no need to express and discard her expressed milk.": [],
        "There is no need to put it back in.": [],
    }
    _each_gives(negations, cases)
    # a state is no thing, but what the sentence says a thing is not stays one
    assert texts(claims("Powdered formula is not sterile, so make each feed fresh.")) == [
        "not sterile"
    ]


def test_an_items_pronoun_the_label_does_not_stand_for_shows_the_items_sentence_before() -> None:
    found = _units(
        Block(P, "Options include:"),
        Block(
            ITEM,
            "Triptans: Sumatriptan is the best-studied triptan in lactation. Its RID is"
            " approximately 3.5%, and its bioavailability is low.",
            1,
        ),
    )
    assert (
        "Sumatriptan is the best-studied triptan in lactation. Its RID is approximately 3.5%,"
        " and its bioavailability is low."
    ) in found


def test_a_pronoun_stands_for_a_subject_before_an_aside_and_a_past_tense_verb() -> None:
    found = _units(
        Block(
            P,
            "The WHO Child Growth Standards, published by the World Health Organization in 2006,"
            " took a different approach. They are a prescriptive standard: they describe how"
            " healthy children should grow when their needs are met, with the breastfed infant as"
            " the normative model for growth and development.",
        )
    )
    # too long to read after the sentence before: the pronoun is resolved
    assert found[1].startswith("The WHO Child Growth Standards are a prescriptive standard: ")
    from lactquiz.generate.candidates import _resolve_pronoun

    # a name in an aside stands for "It", not for "They"
    aside = "The first milk, colostrum, is thick and yellow."
    assert _resolve_pronoun("It is rich in antibodies.", aside, ()) == (
        "Colostrum is rich in antibodies."
    )
    assert _resolve_pronoun("They are rich in antibodies.", aside, ()) is None


def test_no_part_of_a_name_its_short_form_spells_is_hidden() -> None:
    pool = _pool(
        Block(H, "Blood pressure after birth"),
        Block(
            P,
            "The National Institute for Health and Care Excellence (NICE) recommends enalapril"
            " as the first-line postnatal antihypertensive for breastfeeding women.",
        ),
        Block(
            P,
            "The European Society for Paediatric Gastroenterology, Hepatology and Nutrition"
            " (ESPGHAN) recommends an enteral zinc intake of 1.4-2.5 mg/kg/day.",
        ),
    )
    offered = {s.text for c in pool for s in c.spans}
    assert "first-line postnatal antihypertensive" in offered
    parts = {"Care Excellence", "National Institute for Health", "Hepatology", "Nutrition"}
    parts |= {"Hepatology and Nutrition", "European Society for Paediatric Gastroenterology"}
    assert not offered & parts


def test_an_item_opening_on_a_term_and_what_it_is_asks_both_and_heads_the_rest() -> None:
    blocks = (
        Block(H, "Ultrasound in lactation"),
        Block(P, "Common findings in the lactating breast:"),
        Block(ITEM, "Galactocele: a milk retention cyst. It can be aspirated under guidance.", 1),
        Block(ITEM, "Abscess: a walled-off collection of pus. It needs drainage.", 1),
    )
    found = _units(*blocks)
    assert found[:2] == [
        "Galactocele: a milk retention cyst.",
        "Galactocele can be aspirated under guidance.",
    ]
    offered = [texts(c.spans) for c in _pool(*blocks)]
    assert ["milk retention cyst"] in offered and ["Galactocele"] in offered


def test_an_item_going_on_from_its_lead_in_keeps_a_name_capitalised() -> None:
    found = _units(
        Block(P, "Cow's milk protein allergy in formula-fed babies can be"),
        Block(ITEM, "IgE-mediated, with hives or vomiting within 2 hours of a feed, or", 1),
        Block(ITEM, "Non-IgE-mediated, with eczema or reflux appearing over several days.", 1),
    )
    lead = "Cow's milk protein allergy in formula-fed babies can be"
    assert found[0].startswith(f"{lead} IgE-mediated, with hives")
    assert found[1].startswith(f"{lead} non-IgE-mediated, with eczema")
    # an eponym's possessive is a name's: "Russell's sign"; a plain word's is not
    found = _units(
        Block(P, "Warning signs in pregnancy include:"),
        Block(ITEM, "Russell's sign (calluses on the knuckles from self-induced vomiting)", 1),
        Block(ITEM, "Baby's weight falling across two centile lines", 1),
    )
    assert found[0].startswith("Warning signs in pregnancy include Russell's sign (calluses")
    assert found[1].startswith("Warning signs in pregnancy include baby's weight falling")
    # so is a named syndrome's or disease's
    found = _units(
        Block(P, "Recognised associations include:"),
        Block(ITEM, "a bicuspid aortic valve, present in around half of patients", 1),
        Block(ITEM, "Turner syndrome (45,X), in which it occurs in 10\u201315% of girls", 1),
    )
    assert found[1].startswith("Recognised associations include Turner syndrome (45,X)")
    # a section named by a name stands for the sentence's "This" as it is written
    found = _units(
        Block(H, "Riga-Fede disease", 1),
        Block(P, "This is a traumatic ulcer on the underside of the tongue, caused by the teeth."),
    )
    assert found == [
        "The Riga-Fede disease is a traumatic ulcer on the underside of the tongue,"
        " caused by the teeth."
    ]


def test_a_question_for_the_reader_makes_no_card_but_a_question_of_a_tool_does() -> None:
    pool = _pool(
        Block(H, "Reflect on your practice"),
        Block(P, "How do you explain the difference between infrequent stools and constipation?"),
        Block(H, "The ESC approach"),
        Block(P, "Each infant is assessed on three questions:"),
        Block(ITEM, "Sleep: can the infant sleep undisturbed for at least 1 hour?", 1),
        Block(ITEM, "Console: can the infant be consoled within 10 minutes?", 1),
    )
    offered = {s.text for c in pool if readable(c.unit) for s in c.spans}
    assert not any("constipation" in text or "stools" in text for text in offered)
    assert {"at least 1 hour", "within 10 minutes"} <= offered


def test_a_courses_reflection_box_and_a_call_to_recall_ones_own_practice_make_no_card() -> None:
    pool = _pool(
        Block(H, "Reflection point"),
        Block(P, "Spacing the doses keeps the extremely preterm baby safe on the ward."),
        Block(H, "Talking to parents"),
        Block(P, "Think about the last extremely preterm baby you immunised on the unit."),
        Block(P, "Apnoea after the first immunisations is most common before 28 weeks."),
    )
    offered = {s.text for c in pool if readable(c.unit) for s in c.spans}
    assert not any("extremely preterm baby" in text or "doses" in text for text in offered)
    assert "before 28 weeks" in offered


def test_what_is_usual_in_brackets_is_offered_as_an_example() -> None:
    cases = {
        "Arrange cranial imaging (usually a CT scan) if there are abnormal signs.": ["a CT scan"],
        "Reflexes (usually the patellar reflex) are checked hourly.": ["the patellar reflex"],
        # a naming, not a thing that is usual
        'The Code (usually just called "the Code") was adopted in 1981.': [],
    }
    _each_gives(parentheticals, cases)


def test_an_items_opening_term_keeps_a_pair_whole_and_drops_a_reflexive() -> None:
    def item_terms(lead: str, *items: str) -> list[str]:
        blocks = [Block(P, lead), *(Block(ITEM, item, 1) for item in items)]
        return [s.text for c in _pool(*blocks) if c.pattern == "item-term" for s in c.spans]

    lead = "Before reaching for exercises, I look for:"
    assert item_terms(
        lead,
        "positioning and attachment problems, which often respond quickly to hands-on help",
        "a tight frenulum, which may need assessment by a trained practitioner",
    ) == ["positioning and attachment problems", "tight frenulum"]
    assert item_terms(
        "Typical effective doses are:",
        "bitewing or periapical radiograph: about 0.005 mSv",
        "panoramic radiograph: about 0.01 mSv",
    ) == ["bitewing or periapical radiograph", "panoramic radiograph"]
    assert item_terms(
        "Additional triggers include:",
        "suckling and milk ejection themselves, in some women",
        "a full bladder, a common trigger",
    ) == ["suckling and milk ejection", "full bladder"]


def test_an_emphasised_clause_pointing_elsewhere_is_no_answer() -> None:
    pool = _pool(
        Block(P, "Some families breastfeed with a shield for months."),
        Block(
            P,
            "That is a legitimate outcome, provided the baby grows well.",
            emphasis=("That is a legitimate outcome",),
        ),
    )
    assert [c for c in pool if c.pattern == "emphasis"] == []


def test_a_species_after_its_genus_initial_is_one_name_and_keeps_its_strain_number() -> None:
    assert texts(noun_phrases("The most common cause is S. aureus, including MRSA.")) == [
        "common",
        "S. aureus",
        "MRSA",
    ]
    assert "E. coli" in texts(noun_phrases("Infection with E. coli is rare."))
    # a name's own number is no quantity: the name is the phrase
    sentence = "The strain Limosilactobacillus reuteri DSM 17938 has the best evidence."
    assert numbers(sentence) == []
    assert "strain Limosilactobacillus reuteri DSM 17938" in texts(noun_phrases(sentence))
    # an initial before a name is no genus
    assert "J. Smith" not in texts(noun_phrases("It was described by J. Smith in 1990."))


def test_a_share_keeps_the_change_it_measures_and_an_amount_its_session() -> None:
    cases = {
        "Each month was associated with a 4% decrease in the risk of overweight.": ["4% decrease"],
        "It causes a 20% rise in prolactin.": ["20% rise"],
        "Pump until you produce about 20 mL per session.": ["about 20 mL per session"],
        # no article before it: the share of what follows
        "Expect 4% of babies to lose weight.": ["4% of babies"],
    }
    _each_gives(numbers, cases)


def test_what_researchers_did_is_a_verb_not_part_of_a_phrase() -> None:
    assert texts(noun_phrases("Holmgren and colleagues later surveyed women with SCI.")) == [
        "Holmgren",
        "colleagues",
        "women",
        "SCI",
    ]
    assert "mothers" in texts(noun_phrases("Rivers and colleagues randomised mothers to it."))


def test_a_share_too_long_with_its_bound_keeps_the_bound_and_parts_keep_their_mixture() -> None:
    cases = {
        # the bound and what the share is of do not both fit: the bound stays
        "Less than 1% of the maternal dose reaches the milk.": ["Less than 1%"],
        # a measure of its own stays with the share
        "Expect a weight loss of no more than 10% of birth weight.": ["10% of birth weight"],
        # a verb after the thing a share is of ends it
        "Less than 1% of the dose reaches milk.": ["Less than 1% of the dose"],
        # what has it is no share's thing
        "It is less than 10% of the infant's dose.": ["less than 10%"],
        "Dilute it, 1 part juice to 10 parts water.": ["1 part juice", "10 parts water"],
    }
    _each_gives(numbers, cases)


def test_what_a_thing_cannot_be_counted_on_to_do_keeps_its_object() -> None:
    assert texts(findings("Home baking does not reliably destroy the spores.")) == [
        "does not reliably destroy the spores"
    ]
    assert texts(findings("Freezing does not reliably kill GBS.")) == ["does not reliably kill"]


def test_a_key_phrase_inside_another_takes_no_place_of_its_own() -> None:
    pool = _pool(
        Block(
            P,
            "Consider flucloxacillin for the treatment of periductal mastitis with a breast "
            "abscess.",
        )
    )
    spans = [s.text for c in pool if c.pattern == "key-phrase" for s in c.spans]
    # the third place goes to another phrase, not to "periductal mastitis" inside the second
    assert spans == ["flucloxacillin", "treatment of periductal mastitis", "breast abscess"]


def test_a_verb_said_how_of_ends_the_phrase_of_the_subject_before_it() -> None:
    cases = {
        "Hand expression works best for colostrum.": ["Hand expression", "colostrum"],
        "Galactagogues work best when there is glandular tissue.": [
            "Galactagogues",
            "glandular tissue",
        ],
        "Microwaves heat unevenly and can create hot spots.": ["Microwaves", "hot spots"],
    }
    _each_gives(noun_phrases, cases)


def test_named_rules_and_two_times_in_one_unit_are_quantities_whole() -> None:
    cases = {
        "The current approach is often called the 6-4-3-1 rule.": ["6-4-3-1 rule"],
        'It replaced the previous "2-4-6" rule, which allowed more.': ['"2-4-6" rule'],
        "Some centres use the rule of 10s to judge readiness.": ["rule of 10s"],
        "The vaccine is given at 8 and 12 weeks of age.": ["8 and 12 weeks of age"],
    }
    _each_gives(numbers, cases)


def test_a_doing_after_a_describing_word_and_a_plural_before_its_participle_are_things() -> None:
    cases = {
        "The leading explanation is intrauterine crowding of the muscle.": [
            "leading explanation",
            "intrauterine crowding",
            "muscle",
        ],
        "Three small studies published between 2002 and 2005 form the core.": [
            "Three small studies",
            "2002",
            "2005",
            "core",
        ],
    }
    _each_gives(noun_phrases, cases)


def test_doses_keep_what_they_are_of_and_the_time_they_are_given_in() -> None:
    cases = {
        "Check for documented evidence of two doses of MMR in her record.": ["two doses of MMR"],
        "Eat 1-2 portions of oily fish a week.": ["1-2 portions of oily fish"],
        "Up to 6 doses in 48 hours may be given.": ["6 doses in 48 hours"],
    }
    _each_gives(numbers, cases)
    # "following" after a noun says when, as "after" does
    assert texts(noun_phrases("It is infarction of the gland following severe haemorrhage.")) == [
        "infarction",
        "gland",
        "severe haemorrhage",
    ]


def test_an_age_and_over_a_power_of_ten_and_a_short_conversion_stay_whole() -> None:
    cases = {
        "Melatonin is licensed for adults aged 55 and over.": ["55 and over"],
        "Discard milk whose count exceeds 10\u2075 CFU/mL.": ["10\u2075 CFU/mL"],
        "Aim for about 30 ml (1 oz) per feed.": ["about 30 ml (1 oz)"],
        # a conversion that would make the answer long, read word by word, stands apart
        "Counts above roughly 10,000 CFU/mL (10\u2074 CFU/mL) indicate it.": [
            "above roughly 10,000 CFU/mL",
            "10\u2074 CFU/mL",
        ],
    }
    _each_gives(numbers, cases)


def test_a_sentences_rest_and_a_pronoun_under_a_question_heading_make_no_card() -> None:
    found = _read_units(
        Block(P, "Two regimens are used:"),
        Block(ITEM, "nifedipine modified-release 30 mg once daily, or", 1),
        Block(ITEM, "nifedipine immediate-release 5 mg three times a day,", 1),
        Block(
            P, "each given for 2 weeks. Many people find that the pain stays away after one course."
        ),
        Block(H, "Why evenings?", 1),
        Block(P, "It is the crying peak of the day for most babies in the early weeks."),
    )
    readable_texts = [u.text for u in found if readable(u)]
    assert "each given for 2 weeks." not in readable_texts
    assert "Many people find that the pain stays away after one course." in readable_texts
    assert not any("evenings" in text for text in readable_texts)


def test_suspended_hyphens_an_infinitive_and_a_decimal_in_an_example() -> None:
    cases = {
        "Labetalol is a combined alpha- and beta-adrenoceptor blocker.": [
            "Labetalol",
            "combined alpha- and beta-adrenoceptor blocker",
        ],
        "The basic rule is to drop one feed at a time.": ["basic rule", "feed", "time"],
        "It contributes to milk production.": ["milk production"],
    }
    _each_gives(noun_phrases, cases)
    # a decimal point ends no example: none rather than "0" of "0.9%"
    assert parentheticals("Use a solution such as 0.9% sodium chloride with 5% glucose.") == []
    # what a thing is not, before what else it does
    assert texts(claims("Powdered formula is not sterile and can contain Cronobacter.")) == [
        "not sterile"
    ]
    assert claims("Your baby is not having enough wet and dirty nappies.") == []


def test_an_order_as_a_label_stands_for_no_pronoun_after_it() -> None:
    found = _read_units(
        Block(P, "Avoid these in the first year:"),
        Block(ITEM, "Do not use sweeteners. They are not suitable for babies.", 1),
        Block(ITEM, "Do not add salt. Babies' kidneys cannot cope with it.", 1),
    )
    assert not any(u.text.startswith("The do not") for u in found)


def test_a_long_sentence_reads_without_its_asides_its_figures_kept() -> None:
    sentence = (
        "The Eustachian tube, which connects the middle ear to the back of the nose and opens "
        "when the baby swallows or yawns (the nasopharynx and the pharyngeal opening), is "
        "shorter in infants (about 18 mm, compared with about 35 mm in adults) and lies more "
        "horizontally (around 10 degrees against about 45 degrees in adults) in early infancy."
    )
    found = _read_units(Block(H, "Anatomy", 1), Block(P, sentence))
    assert [u.text for u in found] == [
        "The Eustachian tube is shorter in infants (about 18 mm, compared with about 35 mm in "
        "adults) and lies more horizontally (around 10 degrees against about 45 degrees in "
        "adults) in early infancy."
    ]
    assert found[0].source == sentence
    # the year of a study cited by its authors
    cited = (
        "In a US study of 248 mothers, Kumar and colleagues (2006) found that a score of 9 or"
        " above at 16 to 24 hours after birth best distinguished women who were still"
        " breastfeeding at 6 weeks from those who were not."
    )
    found = _read_units(Block(H, "Evidence", 1), Block(P, cited))
    assert [u.text for u in found] == [cited.replace(" (2006)", "")]


def test_a_dose_between_commas_is_no_alias_a_pronoun_stands_for() -> None:
    from lactquiz.generate.candidates import _resolve_pronoun

    previous = "Metoclopramide, 10 mg three times a day, is an alternative to domperidone."
    resolved = _resolve_pronoun("It is usually limited to short courses.", previous, ())
    assert resolved == "Metoclopramide is usually limited to short courses."
    # a name between commas is the one the sentence goes on with
    previous = "The first milk, colostrum, is thick and yellow."
    resolved = _resolve_pronoun("It is rich in antibodies.", previous, ())
    assert resolved == "Colostrum is rich in antibodies."


def test_no_answer_cuts_a_figure_at_its_comma() -> None:
    pool = _pool(
        Block(
            P,
            "Lysozyme hydrolyses the beta-1,4 glycosidic bonds between N-acetylmuramic acid "
            "and N-acetylglucosamine in bacterial cell walls.",
        ),
        Block(P, "The usual dose is 2 to 3 mg/kg/day for a birth weight under 2,000 g."),
    )
    spans = [s.text for c in pool for s in c.spans]
    assert not any(s.startswith("4 ") or s.endswith(("beta-1", "under 2")) for s in spans)


def test_a_quantified_subject_cut_short_at_its_clause_stands_for_no_pronoun() -> None:
    from lactquiz.generate.candidates import _resolve_pronoun

    previous = "Most of the photos you will see online are graded using the Kotlow classification."
    assert _resolve_pronoun("It grades the frenulum by where it attaches.", previous, ()) is None
    assert _resolve_pronoun("They are safe.", "Both drugs are used widely.", ()) == (
        "Both drugs are safe."
    )


def test_degrees_ordinals_minus_signs_and_hyphened_counts_stay_in_their_figures() -> None:
    cases = {
        "It is a failure of the normal 270\u00b0 rotation of the midgut.": ["270\u00b0"],
        "It occurs between the 4th and 12th weeks of gestation.": [
            "4th and 12th weeks of gestation"
        ],
        "It is commonest in the 3rd trimester.": ["3rd trimester"],
        "Store it in a freezer at \u221218\u00b0C or colder.": ["\u221218\u00b0C or colder"],
        # "L" of "L-CERPs" counts no litres
        "An IBCLC needs at least 50 L-CERPs in lactation.": ["at least 50"],
    }
    _each_gives(numbers, cases)
    assert "normal 270\u00b0 rotation" in texts(
        noun_phrases("It is a failure of the normal 270\u00b0 rotation of the midgut.")
    )


def test_words_mostly_verbs_are_nouns_after_a_describing_word_or_noun() -> None:
    cases = {
        "A nipple shield is a thin silicone cover worn over the nipple.": [
            "nipple shield",
            "thin silicone cover",
            "nipple",
        ],
        "Assess latch and milk transfer by test weighing.": [
            "latch",
            "milk transfer",
            "test weighing",
        ],
        "Keep snacks within reach of the feeding chair.": ["snacks", "reach", "feeding chair"],
        "The operation, called a first dorsal compartment release, takes 15 minutes.": [
            "operation",
            "first dorsal compartment release",
            "15 minutes",
        ],
        "Cells release oxytocin.": ["Cells", "oxytocin"],
        # but verbs after a plural they agree with, a relative pronoun, "to" or an adverb
        "Most drugs transfer into milk by passive diffusion.": [
            "drugs",
            "milk",
            "passive diffusion",
        ],
        "Antithyroid drugs (ATDs) transfer into milk in small amounts.": [
            "Antithyroid drugs",
            "ATDs",
            "milk",
            "small amounts",
        ],
        "Give antibiotics that cover staphylococci.": ["antibiotics", "staphylococci"],
        "Early flavour exposure appears to shape later preferences.": [
            "Early flavour exposure",
            "later preferences",
        ],
        "More women with SCD now reach adulthood.": ["women", "SCD", "adulthood"],
        "Cover the bottle with its cap.": ["bottle", "cap"],
        # a post named by its field, but "lead to" always a verb
        "Ask your infant feeding lead, who supervises them.": ["infant feeding lead"],
        "Engorgement and poor drainage lead to mastitis.": [
            "Engorgement",
            "poor drainage",
            "mastitis",
        ],
    }
    _each_gives(noun_phrases, cases)


def test_one_period_bounded_a_count_per_volume_and_an_example_after_its_article() -> None:
    cases = {
        "Take a swab when fissures persist for more than a week.": ["more than a week"],
        "Put the baby to the breast within an hour of birth.": ["within an hour of birth"],
        "Babies under a year old need no salt.": [],  # an age, not a bound
        "An absolute neutrophil count above 4,000 per mm\u00b3 is abnormal.": [
            "above 4,000 per mm\u00b3"
        ],
    }
    _each_gives(numbers, cases)
    assert texts(
        parentheticals("Their abdominal organs, especially the liver, are easily injured.")
    ) == ["liver"]


def test_a_list_item_keeps_its_of_and_the_last_its_article() -> None:
    sentence = (
        "On examination, typical findings are pale, thin vaginal mucosa, loss of rugae,"
        " petechiae and a vaginal pH above 4.5."
    )
    assert texts(comma_lists(sentence)) == [
        "pale",
        "thin vaginal mucosa",
        "loss of rugae",
        "petechiae",
        "vaginal pH",
    ]
    assert texts(comma_lists("Signs include loss of appetite, fever and a rash.")) == [
        "loss of appetite",
        "fever",
        "rash",
    ]
    # researchers named after a phrase that sets the scene are no list
    named = "In 2012, Hassiotou and colleagues reported a subpopulation of milk cells."
    assert comma_lists(named) == []


def test_a_long_sentence_loses_the_aside_saying_what_its_term_is() -> None:
    long = (
        "In postmenopausal women these changes are described as genitourinary syndrome of"
        " menopause (GSM), a term introduced in 2014 by the International Society for the Study"
        " of Women's Sexual Health (ISSWSH) and the North American Menopause Society (NAMS) to"
        ' replace "vulvovaginal atrophy".'
    )
    assert _units(Block(P, long)) == [
        "In postmenopausal women these changes are described as genitourinary syndrome of"
        " menopause (GSM)."
    ]


def test_the_picture_a_condition_gives_is_no_pointer() -> None:
    same = "The same picture in breastfeeding women is sometimes called lactational vaginitis."
    assert without_pointers(same) == same
    clinical = "The clinical picture is typical of mastitis."
    assert without_pointers(clinical) == clinical
    assert without_pointers("The picture shows a good latch.") is None
    classic = "Upper crossed syndrome is the classic picture: tight pectorals, weak neck flexors."
    assert without_pointers(classic) == classic
    # a threshold "below" or "above" a number points at nothing on the page
    graded = "Level 1 hypoglycaemia is graded as below 3.9 mmol/L."
    assert without_pointers(graded) == graded
    assert without_pointers("The steps are as below.") is None


def test_a_name_before_a_noun_or_verb_word_and_a_term_named_by_a_participle_stay_whole() -> None:
    # "Pirani" is a name, not a plural ("fungi") whose verb "score" would be
    assert "Pirani score" in texts(noun_phrases("We grade it with the Pirani score, which helps."))
    # what follows "called" is a name, its participle too
    found = noun_phrases("Abusive head trauma, previously called shaken baby syndrome, is rare.")
    assert "shaken baby syndrome" in texts(found)
    # describing words after an article describe its noun; after an opening word, they do not
    assert texts(noun_phrases("A supportive, well-informed partner helps most.")) == [
        "supportive, well-informed partner"
    ]
    assert texts(noun_phrases("In short, frequent feeds help.")) == ["short", "frequent feeds"]


def test_what_especially_singles_out_is_the_noun_phrase_before_its_preposition() -> None:
    found = parentheticals(
        "It was linked with later problems, especially conduct problems in boys."
    )
    assert texts(found) == ["conduct problems"]
    # two things joined are the list patterns' to offer; a setting is no example
    assert parentheticals("Avoid drugs, especially domperidone and metoclopramide in women.") == []
    assert parentheticals("Weight gain was slow, especially in boys.") == []


def test_a_long_sentence_is_cut_before_what_it_adds_or_resolved_through_a_named_alias() -> None:
    found = _units(
        Block(
            P,
            "A febrile seizure is a seizure that occurs with a fever of 38 °C or higher in a child"
            " aged 6 months to 5 years, without evidence of a central nervous system (CNS)"
            " infection, a metabolic cause, or a previous afebrile seizure.",
        ),
        Block(
            P,
            "In the Management of Myelomeningocele Study (MOMS), prenatal repair before 26 weeks"
            " of gestation reduced the need for shunting from 82% to 40% at 12 months, at the"
            " cost of a higher rate of preterm birth and of uterine dehiscence at the repair site.",
        ),
        Block(
            P,
            "Clubfoot, or congenital talipes equinovarus (CTEV), is a structural deformity in which"
            " the foot is turned down and in and cannot be brought into a normal position. It"
            " affects about 1 in 1,000 live births, boys roughly twice as often as girls, and both"
            " feet in about half of cases.",
        ),
    )
    assert found[0].endswith("in a child aged 6 months to 5 years.")
    assert found[1].endswith("reduced the need for shunting from 82% to 40% at 12 months.")
    assert found[3].startswith("Clubfoot affects about 1 in 1,000 live births")


def test_a_long_sentence_is_cut_before_a_clause_saying_when_or_if() -> None:
    found = _units(
        Block(
            P,
            "The four-month sleep regression is the informal name for a period, usually between 3"
            " and 5 months of age, when a baby who had been sleeping in longer stretches starts"
            " waking more often at night, resists settling and takes shorter naps.",
        ),
        Block(
            P,
            "While theatre is prepared, sucralfate 1 g in 10 mL may be given every 10 minutes, up"
            " to 3 doses, if the child is over 1 year, ingestion was within 12 hours and there are"
            " no signs of perforation or sepsis on the chest radiograph.",
        ),
    )
    assert found[0].endswith("for a period, usually between 3 and 5 months of age.")
    assert found[1].endswith("may be given every 10 minutes, up to 3 doses.")


def test_a_bold_head_of_an_item_is_its_term_even_as_a_word_in_ing() -> None:
    # the items too long to read after their lead-in stand alone, capitalised: the bold head
    # names the reflex, though "grasping" is no noun in the word lists
    items = (
        "grasping - fingers curling tightly round your finger when you touch the palm",
        "stepping - the legs making walking movements when the feet touch a flat surface",
    )
    marked = [Block(ITEM, item, emphasis=(item.split()[0],)) for item in items]
    pool = _pool(Block(P, "Other reflexes you may notice:"), *marked)
    hidden = [texts(c.spans) for c in pool if c.pattern == "item-term"]
    assert hidden == [["Grasping"], ["Stepping"]]
    # unmarked, a word in -ing is no term of its own
    plain = _pool(Block(P, "Other reflexes you may notice:"), *(Block(ITEM, i) for i in items))
    assert not [c for c in plain if c.pattern in ("item-term", "emphasis")]


def test_two_words_joined_after_too_are_no_pair() -> None:
    found = _key_phrases("Damage follows a cup too small or milk flow too fast for the baby.")
    assert "small or milk flow" not in found


def test_a_thing_named_in_passing_by_called_or_in_quotation_marks() -> None:
    cases = {
        "Tiny white bumps on the chin called milia are common.": ["milia"],
        "The sebum collects in glands called Montgomery tubercles.": ["Montgomery tubercles"],
        "The mother called her midwife.": [],
        "They called the helpline twice.": [],
        'It was once known as the time "to pump and dump" milk.': [],
        # a saying of two words joined, or a name quoted whole after "called"
        'Many are still told to "pump and dump" after surgery.': ["pump and dump"],
        'Faltering growth was once called "failure to thrive" by doctors.': ["failure to thrive"],
        # a rare word glossed in brackets by what it is
        "Milk can be given by paladai (a small spouted vessel) or cup.": ["paladai"],
        "Milk comes from the breast (a gland of the chest).": [],
    }
    _each_gives(named_terms, cases)


def test_the_clause_after_as_soon_as_is_a_moment_to_ask_for() -> None:
    assert texts(reasons("Feeding can resume as soon as the mother is awake and alert.")) == [
        "the mother is awake and alert"
    ]
    assert reasons("Feed as soon as you can.") == []  # about someone it does not name


def test_a_comma_list_goes_on_to_its_last_item_after_and_the() -> None:
    found = _pool(
        Block(P, "Signs such as clicking, dribbling, windiness and the white blisters are common.")
    )
    listed = [texts(c.spans) for c in found if c.pattern == "list"]
    assert ["clicking", "dribbling", "windiness", "white blisters"] in listed


def test_a_mnemonics_item_names_the_words_its_letter_stands_for() -> None:
    # named by the letter, as a term named is: "C \u2013 Comfort" is what "C" stands for
    pool = _pool(
        Block(P, "The SAFE checks are:"),
        Block(ITEM, "S, Skin colour: pink lips and tongue, not blue or grey."),
        Block(ITEM, "F \u2013 Feeding cues: rooting and hand-to-mouth movements before crying."),
    )
    named = [texts(c.spans) for c in pool if c.pattern == "named"]
    assert named == [["Skin colour"], ["Feeding cues"]]


def test_a_rate_in_words_its_thing_understood_is_a_number() -> None:
    found = numbers("Sucks slow down to roughly one per second once milk flows.")
    assert texts(found) == ["roughly one per second"]


def test_because_of_opens_no_clause() -> None:
    assert reasons("Milk that smells soapy because of lipolysis is not spoiled.") == []


def _mnemonics(*blocks: Block) -> list[list[str]]:
    """What each mnemonic card of an article made of ``blocks`` hides."""
    return [texts(c.spans) for c in _pool(*blocks) if c.pattern == "mnemonic"]


def test_a_mnemonic_spelled_out_in_its_sentence_is_one_card_a_letter() -> None:
    chins = "For position, many units teach the acronym CHINS: Close, Head free, In line, "
    assert _mnemonics(Block(P, chins + "Nose to nipple, Sustain closeness.")) == [
        ["Close", "Head free", "In line", "Nose to nipple", "Sustain closeness"]
    ]
    latch = (
        "The LATCH score gives 0, 1 or 2 points to each of five items \u2013 Latch, Audible "
        "swallowing, Type of nipple, Comfort and Hold \u2013 for a total of 0 to 10."
    )
    assert _mnemonics(Block(P, latch)) == [
        ["Latch", "Audible swallowing", "Type of nipple", "Comfort", "Hold"]
    ]
    # words in lower case spell nothing, unless the sentence speaks of a mnemonic
    assert _mnemonics(Block(P, "The WHO recommends water, hygiene and oral rehydration.")) == []
    said = "The letters of BRAIN stand for benefits, risks, alternatives, intuition and nothing."
    assert _mnemonics(Block(P, said)) == [
        ["benefits", "risks", "alternatives", "intuition", "nothing"]
    ]


def test_a_mnemonic_spelled_out_by_a_lists_items_asks_what_each_letter_stands_for() -> None:
    pool = _pool(
        Block(H, "ICON: four messages for every family", 1),
        Block(P, "The four messages are:"),
        Block(ITEM, "I: Infant crying is normal and it will stop"),
        Block(ITEM, "C: Comforting methods can help, such as feeding or skin-to-skin contact"),
        Block(ITEM, "O: It's OK to walk away if you have checked the baby is safe"),
        Block(ITEM, "N: Never, ever shake a baby"),
    )
    mnemonic = [c for c in pool if c.pattern == "mnemonic"]
    assert [texts(c.spans) for c in mnemonic] == [
        [
            "Infant crying is normal",
            "Comforting methods can help",
            "It's OK to walk away",
            "Never, ever shake a baby",
        ]
    ]
    assert mnemonic[0].unit.text.startswith("ICON: Infant crying is normal; Comforting")
    # an item with no clause to end its letter's words at gives its first word
    peer = [
        "Prompt the child to say something about the book",
        "Evaluate the response",
        "Expand it by rephrasing or adding information",
        "Repeat the question so the child can use the new words",
    ]
    assert _mnemonics(
        Block(P, "Its core is the PEER sequence:"), *(Block(ITEM, item) for item in peer)
    ) == [["Prompt", "Evaluate the response", "Expand", "Repeat the question"]]
    # a letter's words are asked by the mnemonic's card, not again as its item's term
    chin = _pool(
        Block(P, "Remember the CHIN principles:"),
        Block(ITEM, "C, Close: the baby is held close, turned towards the mother."),
        Block(ITEM, "H, Head free: the head is not held, so it can tilt back."),
        Block(ITEM, "I, In line: the head and body are in a straight line."),
        Block(ITEM, "N, Nose to nipple: the baby starts with the nose opposite the nipple."),
    )
    assert [texts(c.spans) for c in chin if c.pattern == "mnemonic"] == [
        ["Close", "Head free", "In line", "Nose to nipple"]
    ]
    assert [c for c in chin if c.pattern == "named"] == []
    # a list whose items open on other letters spells nothing
    assert (
        _mnemonics(
            Block(P, "The SAFE checks are:"),
            Block(ITEM, "Skin colour: pink lips."),
            Block(ITEM, "Alertness: wakes to feed."),
            Block(ITEM, "Feeding cues: rooting."),
            Block(ITEM, "Wet nappies: six a day."),
        )
        == []
    )


def test_a_mnemonic_with_stops_is_spelled_out_by_items_or_by_copied_lines() -> None:
    lead = Block(P, "The T.I.C.K.S. checklist is an easy way to remember the essentials.")
    meanings = ["Tight", "In view at all times", "Close enough to kiss", "Keep chin off the chest"]
    lines = [
        f"{meaning[0]} \u2013 {meaning}. Check this every time you carry your baby."
        for meaning in [*meanings, "Supported back"]
    ]
    expected = [[*meanings, "Supported back"]]
    items = [Block(ITEM, line, 1, emphasis=(line.split(".")[0],)) for line in lines]
    assert _mnemonics(lead, *items) == expected
    # the item's bold letter and words are asked by the mnemonic's card, not again on their own
    pool = _pool(lead, *items)
    assert not [c for c in pool if c.pattern == "emphasis" and "Tight" in texts(c.spans)[0]]
    # copied text gives the items as paragraphs, each opening on its letter
    assert _mnemonics(lead, *(Block(P, line) for line in lines)) == expected
    # paragraphs on other letters, or too few of them, spell nothing
    assert _mnemonics(lead, *(Block(P, line) for line in lines[1:])) == []
    assert _mnemonics(lead, *(Block(P, line) for line in lines[:4])) == []


def test_a_mnemonic_spelled_out_by_the_headings_under_it_is_one_card() -> None:
    sections = ["Tight", "In view at all times", "Close enough to kiss", "Keep chin off the chest"]
    body = "Check this every time you carry your baby, and again while you are out."
    nested = [Block(H, "The TICKS rule", 1), Block(P, "Remember TICKS when you use a sling.")]
    for title in [*sections, "Supported back"]:
        nested += [Block(H, title, 2), Block(P, body)]
    expected = [[*sections, "Supported back"]]
    assert _mnemonics(*nested) == expected
    # copied text gives every heading one level: those after it, as many as its letters
    flat = [replace(block, level=1) if block.kind is H else block for block in nested]
    assert _mnemonics(*flat, Block(H, "Can I feed in a sling?", 1), Block(P, body)) == expected
    # too few sections to spell it
    assert _mnemonics(*nested[:-4]) == []


def test_the_way_a_baby_is_laid_down_is_a_fact_of_its_own() -> None:
    cases = {
        "Always put your baby to sleep on their back, on a firm, flat mattress.": ["on their back"],
        "Lay the baby on their back, away from pillows.": ["on their back"],
        "Babies who sleep on the front are at higher risk.": ["on the front"],
        "Put your baby on their back to sleep, not on their front or side.": ["on their back"],
        "Lay both babies on their backs, side by side.": ["on their backs"],
        # a part of the body, not a way of lying
        "Tummy time takes pressure off the back of the head.": [],
        "Put a hand on the back of the baby's neck to feel if they are warm.": [],
        "Press on the back gently.": [],  # no laying down
    }
    for sentence, expected in cases.items():
        assert texts(positions(sentence)) == expected, sentence


def test_a_name_in_quotation_marks_and_brackets_names_what_goes_before() -> None:
    feet = 'Put your baby down with their feet at the foot of the crib ("feet to foot").'
    assert "feet to foot" in texts(named_terms(feet))
    cry = "Unmodified extinction (\u201ccry it out\u201d) means not going back until morning."
    assert "cry it out" in texts(named_terms(cry))
    # in quotation marks alone, a remark is no name
    said = 'Parents often hear "cry it out" from relatives.'
    assert "cry it out" not in texts(named_terms(said))


def test_a_list_its_sentence_counts_is_offered_whole_as_counted() -> None:
    counted = "The method moves through four overlapping processes: engaging, focusing, evoking"
    pool = _pool(Block(P, counted + " and planning."))
    found = [(c.pattern, texts(c.spans)) for c in pool if "list" in c.pattern]
    assert found == [("counted list", ["engaging", "focusing", "evoking", "planning"])]
    # a count that is not the list's own is no count of it
    miscounted = _pool(Block(P, counted.replace("four", "three") + " and planning."))
    assert [c.pattern for c in miscounted if "list" in c.pattern] == ["list"]


def test_a_doing_named_at_a_list_items_head_before_what_it_is_is_its_term() -> None:
    pool = _pool(
        Block(P, "Two jaw patterns develop in turn:"),
        Block(ITEM, "munching - an up-and-down jaw movement used to squash soft lumps"),
        Block(ITEM, "rotary chewing - a circular, diagonal jaw action that grinds food"),
    )
    terms = [texts(c.spans) for c in pool if c.pattern == "item-term"]
    assert ["Munching"] in terms or ["munching"] in terms
    # what the baby does after it, told as a sentence, names no term
    told = _pool(
        Block(P, "Two jaw patterns develop in turn:"),
        Block(ITEM, "munching - the baby squashes soft lumps against the gums"),
        Block(ITEM, "rotary chewing - a circular, diagonal jaw action that grinds food"),
    )
    assert [texts(c.spans) for c in told if c.pattern == "item-term"] == [["rotary chewing"]]


def test_an_ordinal_keeps_the_birthday_or_trimester_it_counts() -> None:
    sentence = "Contact your GP if your child is not reliably dry by their 4th birthday."
    assert texts(numbers(sentence)) == ["4th birthday"]
    assert texts(numbers("Most are weaned by the 3rd trimester.")) == ["by the 3rd trimester"]


def test_an_ampersand_between_capitalised_words_joins_one_name() -> None:
    sentence = "ERIC, The Children's Bowel & Bladder Charity, has a free helpline."
    assert "Children's Bowel & Bladder Charity" in texts(noun_phrases(sentence))
    assert texts(noun_phrases("Bowel & bladder problems are common."))[0] == "Bowel"


def test_a_frequency_of_once_or_twice_and_a_standard_numbered_like_a_year_stay_whole() -> None:
    assert texts(numbers("Most parents trim them once or twice a week.")) == [
        "once or twice a week"
    ]
    gates = "Gates sold in the UK should meet BS EN 1930, the British Standard for barriers."
    assert texts(numbers(gates)) == ["BS EN 1930"]
    assert texts(numbers("It was updated in May 2019.")) == ["May 2019"]
    healed = "Covered wounds healed roughly twice as fast as wounds left exposed."
    assert texts(numbers(healed)) == ["roughly twice as fast"]


def test_near_is_a_preposition_and_a_word_after_a_singular_subject_its_verb() -> None:
    assert texts(noun_phrases("The sacks had been stored near the cot.")) == ["sacks", "cot"]
    timer = "A breastfeeding timer measures time at the breast, not milk transfer."
    assert texts(noun_phrases(timer))[0] == "breastfeeding timer"
    # a plural after "a few" is the phrase's own noun
    assert texts(noun_phrases("A few breast pumps work well.")) == ["few breast pumps"]


def test_of_after_a_one_word_name_in_the_sentence_goes_back_to_the_noun_before_it() -> None:
    study = "In a study from Stanford of mothers whose babies were born early, mothers did well."
    offered = [a for c in _pool(Block(P, study)) for a in texts(c.spans)]
    assert "Stanford" in offered and "Stanford of mothers" not in offered
    # a name opening an item's label keeps its "of": "P - Peak of crying: …"
    label = "P - Peak of crying: your baby may cry more each week, most at about 2 months."
    assert "Peak of crying" in [a for c in _pool(Block(P, label)) for a in texts(c.spans)]


def test_other_names_an_or_renaming_an_of_phrase_glossed_and_an_eponym_in_brackets() -> None:
    thrush = "Oral thrush, or oral candidiasis, is an overgrowth of the yeast Candida albicans."
    assert "oral candidiasis" in texts(named_terms(thrush))
    division = (
        "I also talk about the division of responsibility, an approach described by the"
        " dietitian Ellyn Satter."
    )
    assert texts(named_terms(division)) == ["division of responsibility"]
    # "risk" says how likely the thing after its "of" is: no term of its own
    risk = "They discussed the risk of methaemoglobinaemia, a rare but serious condition."
    assert "risk of methaemoglobinaemia" not in texts(named_terms(risk))
    pearls = "Small white cysts along the midline of the palate (Epstein pearls) are harmless."
    assert texts(named_terms(pearls)) == ["Epstein pearls"]


def test_a_species_subspecies_stays_in_its_name() -> None:
    taxa = "The taxa most often found are B. longum subsp. infantis and B. breve."
    assert texts(noun_phrases(taxa)) == ["taxa", "B. longum subsp. infantis", "B. breve"]


def test_what_to_do_on_a_condition_and_a_clause_ending_on_a_particle_are_offered() -> None:
    cases = {
        "If the milk could have touched the blisters, pour it away.": ["pour it away"],
        "If your baby is sleepy, wake them gently for feeds.": ["wake them gently for feeds"],
        # a clause with a subject of its own, an order pointing on, or a polite word: no order
        "Before pregnancy, breast size mostly reflects adipose tissue.": [],
        "Before building a stash, try this simple smell test: smell it.": [],
        "If pumping is painful, please talk to a lactation consultant.": [],
    }
    _each_gives(advice, cases)
    crusted = "You are no longer infectious once all the blisters have crusted over."
    assert texts(reasons(crusted)) == ["all the blisters have crusted over"]
    assert texts(reasons("Wait until the milk has come in.")) == ["the milk has come in"]
    # a moment told by an event keeps its "before" or "after"
    gates = (
        "A stair gate should be fitted at the top of the stairs before the baby starts to crawl."
    )
    assert texts(reasons(gates)) == ["before the baby starts to crawl"]
    bra = "Measure your band and bust after your milk has come in, not in pregnancy."
    assert texts(reasons(bra)) == ["after your milk has come in"]
    assert texts(reasons("Wash your hands before a feed.")) == []


def test_standards_measures_ages_share_ranges_and_days_stay_whole() -> None:
    cases = {
        "The performance of restrictors is covered in the UK by BS EN 13126-5 [5].": [
            "BS EN 13126-5"
        ],
        # its name opening a bracket, however rare the word before it
        "No standard applies to cots (BS EN 716) or cribs (BS EN 1130) here.": [
            "BS EN 716",
            "BS EN 1130",
        ],
        "The guideline was halved from 10 to 5 \u00b5g/m\u00b3, with a 24-hour level of 15"
        " \u00b5g/m3.": ["halved", "24-hour level", "10 to 5 \u00b5g/m\u00b3", "15 \u00b5g/m3"],
        "Fine particles have a diameter of 2.5 micrometres or less.": ["2.5 micrometres or less"],
        "Landlords must fit them where a child aged 10 and under lives.": ["10 and under"],
        "Offer 8 or more feeds a day.": ["8 or more feeds a day"],
        "Roughly two-thirds to three-quarters of egg-allergic children tolerate baked egg.": [
            "Roughly two-thirds to three-quarters"
        ],
        "Start with a small amount (about a quarter of a teaspoon) mixed into food.": [
            "about a quarter of a teaspoon"
        ],
        "The clocks go forward on the last Sunday in March, when summer time begins.": [
            "the last Sunday in March"
        ],
    }
    _each_gives(numbers, cases)


def test_a_species_latin_name_in_brackets_is_another_name() -> None:
    sentence = "Ashwagandha (Withania somnifera), sometimes called Indian ginseng, is a shrub."
    assert "Withania somnifera" in texts(named_terms(sentence))
    # a place in brackets is no species
    assert texts(named_terms("Mothers in Leeds (West Yorkshire) took part.")) == []


def test_a_quoted_title_before_what_it_names_and_a_claim_after_a_setting() -> None:
    programme = 'The "Children Can\'t Fly" programme, launched in 1972, combined home visits.'
    assert "Children Can't Fly" in texts(named_terms(programme))
    assert texts(named_terms('She said "never do it" to me.')) == []
    dropped = (
        "After excluding suspected abuse, the only factor independently associated with"
        " significant injury was being dropped by a carer (odds ratio 6.4)."
    )
    assert texts(claims(dropped)) == ["being dropped by a carer"]


def test_a_numbered_rule_or_age_a_time_range_ending_in_words_and_sizes_stay_whole() -> None:
    cases = {
        "The Highway Code (rule 91) advises a break of at least 15 minutes.": [
            "at least 15 minutes",
            "rule 91",
        ],
        "Most children are reliably dry during the day by age 4.": ["by age 4"],
        "It usually passes within 30 seconds to two minutes.": ["within 30 seconds to two minutes"],
        "Milk usually comes in on day 3.": ["day 3"],
        # each size, one length by another
        "A cot mattress measures 120 cm by 60 cm, and a cot bed mattress 140 cm by 70 cm.": [
            "120 cm by 60 cm",
            "140 cm by 70 cm",
        ],
    }
    _each_gives(numbers, cases)


def test_an_introduction_naming_what_its_colon_opens_stays_with_it() -> None:
    said = "I ask the mother to tell me, or show me, what she will do at the next feed."
    # a method it names, or an emphasised term it ends on: the sentence whole
    method = f"Instead I use the teach-back method: {said}"
    assert _units(Block(P, method)) == [method]
    term = f"Instead I rely on what clinicians call checking back: {said}"
    emphasised = Block(P, term, emphasis=("checking back",))
    assert _units(emphasised) == [term]
    # an introduction that names nothing, or a label: the sentence after the colon
    assert _units(Block(P, f"Instead I do something else entirely: {said}")) == [said]
    label = Block(P, f"Checking back: {said}", emphasis=("Checking back",))
    assert _units(label) == [said]
