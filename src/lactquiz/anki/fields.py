"""A lactquiz note as the field values of its Anki note type, and the check Anki needs first."""

from __future__ import annotations

from lactquiz import cloze
from lactquiz.anki.html import escape, render, render_cloze
from lactquiz.deckfile import NoteKind
from lactquiz.exporting import ArticleInfo, ExportError, ExportNote

SECTION_SEPARATOR = " \u203a "  # as docs/deck-format.md writes section paths


def note_fields(note: ExportNote) -> list[str]:
    """Field values, in the order of the note type: (Text, Extra, Source) for a cloze note,
    (Front, Back, Extra, Source) for a question note."""
    extra = render(note.extra) if note.extra else ""
    source = source_html(note)
    if note.kind is NoteKind.CLOZE:
        return [render_cloze(note.text), extra, source]
    return [render(note.text), render(note.answer or ""), extra, source]


def source_html(note: ExportNote) -> str:
    """Where the note comes from: its sentence, the article's title, the section, a reference."""
    parts: list[str] = []
    if note.source_sentence:
        parts.append(f'<div class="lq-quote">{escape(note.source_sentence)}</div>')
    article = note.deck.article
    if article is not None and article.title:
        parts.append(f'<div class="lq-article">{escape(article.title)}</div>')
    if note.section:
        section = escape(SECTION_SEPARATOR.join(note.section))
        parts.append(f'<div class="lq-section">{section}</div>')
    reference = citation(article) if article is not None else ""
    if reference:
        parts.append(f'<div class="lq-ref">{escape(reference)}</div>')
    return "".join(parts)


def citation(article: ArticleInfo) -> str:
    """The article's author, date and link, as one line of text (no link markup)."""
    link = f"https://doi.org/{article.doi}" if article.doi else article.url
    return ". ".join(part for part in (article.author, article.date, link) if part)


def check_note(note: ExportNote) -> None:
    """Raise ExportError if Anki would not make exactly the note's cards from it."""
    if note.kind is not NoteKind.CLOZE:
        return
    where = f"note {note.uid} in the deck {note.deck.name}"
    try:
        numbers = set(cloze.ordinals(note.text))
    except cloze.ClozeSyntaxError as error:
        raise ExportError(f"{where} cannot be exported: {error}") from None
    if not numbers:
        raise ExportError(
            f"{where} has no cloze deletion such as {{{{c1::answer}}}}, so Anki would make "
            "no card from it"
        )
    missing = sorted(card.ordinal for card in note.cards if card.ordinal not in numbers)
    if missing:
        raise ExportError(f"{where} has card {missing[0]} but no deletion c{missing[0]}")
