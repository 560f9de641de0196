"""A lactquiz note as the field values of its Anki note type, checked as Anki needs first."""

from __future__ import annotations

from functools import lru_cache

from lactquiz import cloze
from lactquiz.anki.html import escape, render, render_cloze
from lactquiz.anki.media import Media
from lactquiz.deckfile import NoteKind
from lactquiz.exporting import ArticleInfo, ExportError, ExportNote

SECTION_SEPARATOR = " \u203a "  # as docs/deck-format.md writes section paths


def note_fields(note: ExportNote, media: Media) -> list[str]:
    """Field values, in the order of the note type: (Text, Extra, Source) for a cloze note,
    (Front, Back, Extra, Source) for a question note; images are added to ``media``.

    Raises ExportError for a cloze note Anki would not make exactly the note's cards from, and
    for an image that cannot be packaged.
    """

    def image(reference: str) -> str:
        return media.name_for(note, reference)

    extra = render(note.extra, image) if note.extra else ""
    source = source_html(note)
    if note.kind is NoteKind.CLOZE:
        return [render_cloze(note.text, checked_deletions(note), image), extra, source]
    return [render(note.text, image), render(note.answer or "", image), extra, source]


def checked_deletions(note: ExportNote) -> list[cloze.Deletion]:
    """The cloze note's deletions; ExportError if there are none or a card has none."""
    try:
        deletions = cloze.find_deletions(note.text)
    except cloze.ClozeSyntaxError as error:
        raise ExportError(f"{_where(note)} cannot be exported: {error}") from None
    if not deletions:
        raise ExportError(
            f"{_where(note)} has no cloze deletion such as {{{{c1::answer}}}}, so Anki would "
            "make no card from it"
        )
    numbers = {deletion.ordinal for deletion in deletions}
    missing = sorted(card.ordinal for card in note.cards if card.ordinal not in numbers)
    if missing:
        raise ExportError(f"{_where(note)} has card {missing[0]} but no deletion c{missing[0]}")
    return deletions


def _where(note: ExportNote) -> str:
    return f"note {note.uid} in the deck {note.deck.name}"


def source_html(note: ExportNote) -> str:
    """Where the note comes from: its sentence, the article's title, the section, a reference."""
    whereabouts = _whereabouts(note.deck.article, note.section)
    if not note.source_sentence:
        return whereabouts
    return f'<div class="lq-quote">{escape(note.source_sentence)}</div>{whereabouts}'


@lru_cache(maxsize=1024)
def _whereabouts(article: ArticleInfo | None, section: tuple[str, ...]) -> str:
    """The article's title, the section and the reference (the same for many notes)."""
    parts: list[str] = []
    if article is not None and article.title:
        parts.append(f'<div class="lq-article">{escape(article.title)}</div>')
    if section:
        parts.append(f'<div class="lq-section">{escape(SECTION_SEPARATOR.join(section))}</div>')
    reference = citation(article) if article is not None else ""
    if reference:
        parts.append(f'<div class="lq-ref">{escape(reference)}</div>')
    return "".join(parts)


def citation(article: ArticleInfo) -> str:
    """The article's author, date and link, as one line of text (no link markup)."""
    link = f"https://doi.org/{article.doi}" if article.doi else article.url
    return ". ".join(part for part in (article.author, article.date, link) if part)
