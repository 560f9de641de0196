"""Writing a file the user named: whole or not at all, every failure as one sentence."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from lactquiz.errors import InputFileError


def write_bytes_atomically(target: Path, data: bytes, *, make_folder: bool = False) -> None:
    """Write ``data`` to ``target`` through a temporary file beside it, so a reader never sees a
    half-written file and a failure leaves any old one as it was (its permissions kept);
    ``make_folder`` creates a missing folder first (a new deck under ``decks/``)."""
    folder = target.parent
    if folder.exists() and not folder.is_dir():
        raise InputFileError(f"cannot write {target}: {folder} is a file, not a folder")
    if make_folder and not folder.exists():
        try:
            folder.mkdir(parents=True)
        except OSError as error:
            raise InputFileError(f"cannot write {target}: {error.strerror or error}") from None
    if not folder.is_dir():
        raise InputFileError(f"cannot write {target}: the folder {folder} does not exist")
    if target.is_dir():
        raise InputFileError(f"cannot write {target}: it is a folder")
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        temporary.chmod(target.stat().st_mode & 0o777 if target.exists() else 0o644)
        temporary.replace(target)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise InputFileError(f"cannot write {target}: {error.strerror or error}") from None
