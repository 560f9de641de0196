"""Opening an Anki package (``.apkg``) safely: it is untrusted input.

A package is a zip archive holding an SQLite collection (``collection.anki2`` or ``.anki21``, or
since Anki 23.10 the zstd-compressed ``collection.anki21b`` beside a dummy ``collection.anki2``), a
``meta`` file naming its version and a ``media`` list. Members are read with a budget on their total
size and on how much each may expand, never extracted by name; media names are checked; the
collection is copied to a temporary folder and opened read-only.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import quote

import zstandard

from lactquiz.anki_import import messages
from lactquiz.errors import InputFileError

LEGACY_1, LEGACY_2, LATEST = 1, 2, 3
_COLLECTIONS = {
    LATEST: "collection.anki21b",
    LEGACY_2: "collection.anki21",
    LEGACY_1: "collection.anki2",
}
_CHUNK = 1 << 20
_MIB = 1 << 20
_META_LIMIT = 1 << 16
_MEDIA_LIST_LIMIT = 64 * _MIB


class AnkiPackageError(InputFileError):
    """A file that cannot be imported as an Anki package: not one, damaged, or unsafe."""


@dataclass(frozen=True)
class Limits:
    """How much a package may expand when read: a zip bomb is refused, not unpacked."""

    max_total_bytes: int = 4096 * _MIB  # the collection and media list, uncompressed
    max_ratio: int = 100  # uncompressed size over stored size, for members above ratio_floor
    ratio_floor: int = 16 * _MIB
    max_members: int = 200_000


@dataclass
class Package:
    """An opened package: its collection (read-only), format version and media file names."""

    path: Path
    version: int
    collection: sqlite3.Connection
    media_names: tuple[str, ...]


@contextmanager
def open_package(path: Path, limits: Limits | None = None) -> Iterator[Package]:
    """Open the package at ``path`` for reading; raise AnkiPackageError if it cannot be.

    The collection is a temporary copy, removed when the block ends.
    """
    limits = limits or Limits()
    with _open_zip(path) as archive, tempfile.TemporaryDirectory(prefix="lactquiz-apkg-") as tmp:
        reader = _Reader(path, archive, limits)
        version = reader.version()
        name = reader.collection_name(version)
        target = Path(tmp) / "collection.sqlite"
        reader.extract(name, target, zstd=name == _COLLECTIONS[LATEST])
        media = reader.media_names(version)
        with closing(_connect(path, target)) as collection:
            yield Package(path, version, collection, media)


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise AnkiPackageError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise AnkiPackageError(f"{path} is a folder, not an Anki package") from None
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise AnkiPackageError(
            f"{path} is not an Anki package (.apkg): it is not a zip archive"
        ) from None
    except OSError as exc:
        raise AnkiPackageError(f"cannot read {path}: {exc.strerror or exc}") from None


class _Reader:
    """Reads members of one archive within the limits."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, limits: Limits) -> None:
        self.path = path
        self.limits = limits
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise AnkiPackageError(
                f"{path} holds too many files ({len(infos)}) to be an Anki package"
            )
        self.archive = archive
        self.members = {info.filename: info for info in infos}
        self.total = 0

    def version(self) -> int:
        """The package format: from ``meta`` when present, else from the collection's name."""
        if "meta" not in self.members:
            present = [v for v, name in _COLLECTIONS.items() if name in self.members]
            return present[0] if present else LEGACY_1
        try:
            version = messages.parse_package_metadata(self.read_small("meta", _META_LIMIT)).version
        except messages.DecodeError:
            raise self.damaged("meta") from None
        if version not in _COLLECTIONS:
            raise AnkiPackageError(
                f"{self.path} was made by a newer Anki than lactquiz can read; export it again "
                "with 'Support older Anki versions' ticked"
            )
        return version

    def collection_name(self, version: int) -> str:
        name = _COLLECTIONS[version]
        if name not in self.members:
            raise AnkiPackageError(
                f"{self.path} is not an Anki package: it holds no collection "
                "(collection.anki2, collection.anki21 or collection.anki21b)"
            )
        return name

    def media_names(self, version: int) -> tuple[str, ...]:
        """The media file names listed in the package, each checked to be a plain file name."""
        if "media" not in self.members:
            return ()
        if version == LATEST:
            data = self.read_zstd("media", _MEDIA_LIST_LIMIT)
            try:
                names = [entry.name for entry in messages.parse_media_entries(data).entries]
            except messages.DecodeError:
                raise self.damaged("media") from None
        else:
            try:
                listed = json.loads(self.read_small("media", _MEDIA_LIST_LIMIT) or b"{}")
            except (ValueError, UnicodeDecodeError):
                raise self.damaged("media") from None
            if not isinstance(listed, dict) or not all(isinstance(v, str) for v in listed.values()):
                raise self.damaged("media")
            names = list(listed.values())
        for name in names:
            if not is_safe_media_name(name):
                raise AnkiPackageError(
                    f"{self.path} is unsafe: it names a media file {name!r} outside its own folder"
                )
        return tuple(names)

    def read_small(self, name: str, limit: int) -> bytes:
        """A member read whole; one larger than ``limit`` is not what Anki writes."""
        info = self.members[name]
        with self.open(info) as member:
            try:
                data = member.read(limit + 1)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
                raise self.damaged(name) from None
        if len(data) > limit:
            raise self.damaged(name)
        self.check(name, info, len(data))
        self.total += len(data)
        return data

    def read_zstd(self, name: str, limit: int) -> bytes:
        """A zstd-compressed member, decompressed whole; one larger than ``limit`` is refused."""
        info = self.members[name]
        with self.open(info) as member, _zstd_reader(member) as source:
            chunks = []
            read = 0
            while chunk := self.chunk(source, name):
                read += len(chunk)
                self.check(name, info, read)
                if read > limit:
                    raise self.damaged(name)
                chunks.append(chunk)
        self.total += read
        return b"".join(chunks)

    def extract(self, name: str, target: Path, *, zstd: bool) -> None:
        """Copy a member (decompressing zstd) to ``target``, within the limits."""
        info = self.members[name]
        with self.open(info) as member, target.open("wb") as out:
            source = _zstd_reader(member) if zstd else member
            written = 0
            with source:
                while chunk := self.chunk(source, name):
                    written += len(chunk)
                    self.check(name, info, written)
                    out.write(chunk)
        self.total += written

    def open(self, info: zipfile.ZipInfo) -> IO[bytes]:
        try:
            return self.archive.open(info)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError, OSError):
            raise self.damaged(info.filename) from None

    def chunk(self, source: IO[bytes], name: str) -> bytes:
        try:
            return source.read(_CHUNK)
        except (zipfile.BadZipFile, zlib.error, zstandard.ZstdError, EOFError, OSError):
            raise self.damaged(name) from None

    def check(self, name: str, info: zipfile.ZipInfo, size: int) -> None:
        """Refuse a member that expands beyond the limits."""
        limits = self.limits
        if self.total + size > limits.max_total_bytes:
            raise AnkiPackageError(
                f"{self.path} is too large to import safely: its contents would take more than "
                f"{limits.max_total_bytes // _MIB} MB"
            )
        if size > limits.ratio_floor and size > limits.max_ratio * max(info.compress_size, 1):
            raise AnkiPackageError(
                f"{self.path} looks like a zip bomb: {name} expands more than "
                f"{limits.max_ratio} times; it was not unpacked"
            )

    def damaged(self, name: str) -> AnkiPackageError:
        return AnkiPackageError(f"{self.path} is damaged: its {name} cannot be read")


def _zstd_reader(member: IO[bytes]) -> IO[bytes]:
    reader: IO[bytes] = zstandard.ZstdDecompressor().stream_reader(member, closefd=False)
    return reader


def is_safe_media_name(name: str) -> bool:
    """Whether ``name`` is a plain file name: no folder, no parent, no drive, no control bytes."""
    if name in ("", ".", "..") or name != name.strip():
        return False
    return not any(char in name for char in "/\\:\x00") and name.isprintable()


def _connect(package: Path, database: Path) -> sqlite3.Connection:
    """The extracted collection, read-only; refuse a file that is not an Anki collection."""
    conn = sqlite3.connect(f"file:{quote(str(database))}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA query_only = 1")
        conn.execute("PRAGMA trusted_schema = 0")
        conn.execute("SELECT ver FROM col").fetchone()
    except sqlite3.Error:
        conn.close()
        raise damaged_collection(package) from None
    return conn


def damaged_collection(package: Path) -> AnkiPackageError:
    """The error for a collection that SQLite cannot read, or that lacks Anki's tables."""
    return AnkiPackageError(
        f"{package} is damaged: its collection is not a readable Anki collection"
    )
