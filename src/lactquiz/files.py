"""Reading a file the user named, with one plain sentence for each way that can fail."""

from __future__ import annotations

from pathlib import Path

from lactquiz.errors import InputFileError


def read_user_file(path: Path, *, what: str, limit: int | None = None) -> bytes:
    """The bytes of ``path`` (at most ``limit`` of them); ``what`` names the kind of file in the
    message for a folder ("a deck file", "an article")."""
    try:
        with path.open("rb") as handle:
            return handle.read() if limit is None else handle.read(limit)
    except FileNotFoundError:
        raise InputFileError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise InputFileError(f"{path} is a folder, not {what}") from None
    except OSError as exc:
        raise InputFileError(f"cannot read {path}: {exc.strerror or exc}") from None
