"""Images in deck text, written ``![alt](path)`` with a path relative to the deck file: each is
packaged with the export under a name made from its content, so two files never collide in the
learner's Anki media folder and a changed image arrives as a new file."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from lactquiz.exporting import ExportError, ExportNote

IMAGE = re.compile(r"!\[([^\]\n]*)\]\(([^()\s]+)\)")
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"})


@dataclass
class Media:
    """The images an export shows: name in the package -> file."""

    files: dict[str, Path] = field(default_factory=dict)
    _names: dict[Path, str] = field(default_factory=dict, repr=False)

    def name_for(self, note: ExportNote, reference: str) -> str:
        """The packaged name of the image ``reference`` in ``note``; ExportError if the deck file
        is unknown or the image is missing, outside the deck's folder or not an image."""
        path = self._resolve(note, reference)
        name = self._names.get(path)
        if name is None:
            try:
                data = path.read_bytes()
            except OSError as error:
                raise ExportError(
                    f"{_where(note)} shows the image {reference}, which cannot be read "
                    f"({error.strerror or error})"
                ) from None
            name = f"lactquiz-{hashlib.sha256(data).hexdigest()[:16]}{path.suffix.lower()}"
            self._names[path] = name
            self.files[name] = path
        return name

    def _resolve(self, note: ExportNote, reference: str) -> Path:
        if note.deck.path is None:
            raise ExportError(
                f"{_where(note)} shows the image {reference}, but the deck's file is not known: "
                "import the deck again"
            )
        folder = Path(note.deck.path).parent.resolve()
        path = (folder / reference).resolve()
        if not path.is_relative_to(folder):
            raise ExportError(
                f"{_where(note)} shows the image {reference}, which is outside the deck's folder"
            )
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            kinds = ", ".join(sorted(IMAGE_SUFFIXES))
            raise ExportError(f"{_where(note)} shows {reference}, which is not an image ({kinds})")
        if not path.is_file():
            raise ExportError(f"{_where(note)} shows the image {reference}, but {path} is missing")
        return path


def _where(note: ExportNote) -> str:
    return f"note {note.uid} in the deck {note.deck.name}"
