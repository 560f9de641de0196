"""Notes as Anki's text-import format: a tab-separated file whose header lines tell Anki the note
type, deck, tags and GUID columns, with fields in the lactquiz note types' order.

Anki cannot create note types from a text file: the lactquiz note types must exist in the
collection (importing any package ``lactquiz export anki`` wrote creates them). Images are named
as in packages but not carried: they reach Anki's media folder with a package.
"""

from __future__ import annotations

import csv
import io

from lactquiz.anki.fields import note_fields
from lactquiz.anki.media import Media
from lactquiz.anki.notetypes import basic_model, cloze_model
from lactquiz.deckfile import NoteKind
from lactquiz.exporting import ExportSet

HEADER = (
    "#separator:Tab",
    "#html:true",
    "#guid column:1",
    "#notetype column:2",
    "#deck column:3",
    "#tags column:4",
)


def export_csv(export: ExportSet) -> str:
    """The text file for ``export``: header lines, then one row per note (GUID, note type, deck,
    tags, fields). Raises ExportError for a note Anki would make no card from."""
    names = {NoteKind.CLOZE: cloze_model().name, NoteKind.BASIC: basic_model().name}
    buffer = io.StringIO()
    buffer.write("\n".join(HEADER) + "\n")
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    media = Media()
    for note in export.notes:
        meta = [note.uid, names[note.kind], note.deck.name, " ".join(note.all_tags)]
        writer.writerow(meta + note_fields(note, media))
    return buffer.getvalue()
