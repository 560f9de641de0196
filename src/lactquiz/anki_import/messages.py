"""The Protocol Buffers messages lactquiz reads from an Anki package, decoded with ``protobuf``.

Anki stores a package's format version, its media list and its note types' settings as protobuf
messages, defined in its ``proto/anki/import_export.proto`` and ``proto/anki/notetypes.proto``.
Only the fields lactquiz reads are declared below, with Anki's names, numbers and types; any other
field is kept as an unknown field and ignored. The descriptors are written in protobuf's text
format and built when this module is imported: no protoc step, and no generated module tied to
one protobuf release. They live in a pool of their own, apart from any other ``anki`` messages.

Each ``parse_`` function raises ``google.protobuf.message.DecodeError`` for bytes that are not a
well-formed message.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, cast

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory, text_format
from google.protobuf.message import DecodeError, Message

__all__ = [
    "DecodeError",
    "MediaEntries",
    "MediaEntry",
    "NotetypeConfig",
    "PackageMetadata",
    "TemplateConfig",
    "parse_media_entries",
    "parse_notetype_config",
    "parse_package_metadata",
    "parse_template_config",
]

_DESCRIPTORS = """
file {
  name: "anki/import_export.proto"  package: "anki.import_export"  syntax: "proto3"
  message_type {
    name: "PackageMetadata"
    enum_type {
      name: "Version"
      value { name: "VERSION_UNKNOWN" number: 0 }
      value { name: "VERSION_LEGACY_1" number: 1 }
      value { name: "VERSION_LEGACY_2" number: 2 }
      value { name: "VERSION_LATEST" number: 3 }
    }
    field {
      name: "version"  number: 1  label: LABEL_OPTIONAL  type: TYPE_ENUM
      type_name: ".anki.import_export.PackageMetadata.Version"
    }
  }
  message_type {
    name: "MediaEntries"
    nested_type {
      name: "MediaEntry"
      field { name: "name"  number: 1  label: LABEL_OPTIONAL  type: TYPE_STRING }
    }
    field {
      name: "entries"  number: 1  label: LABEL_REPEATED  type: TYPE_MESSAGE
      type_name: ".anki.import_export.MediaEntries.MediaEntry"
    }
  }
}
file {
  name: "anki/notetypes.proto"  package: "anki.notetypes"  syntax: "proto3"
  message_type {
    name: "StockNotetype"
    enum_type {
      name: "OriginalStockKind"
      value { name: "ORIGINAL_STOCK_KIND_UNKNOWN" number: 0 }
      value { name: "ORIGINAL_STOCK_KIND_BASIC" number: 1 }
      value { name: "ORIGINAL_STOCK_KIND_BASIC_AND_REVERSED" number: 2 }
      value { name: "ORIGINAL_STOCK_KIND_BASIC_OPTIONAL_REVERSED" number: 3 }
      value { name: "ORIGINAL_STOCK_KIND_BASIC_TYPING" number: 4 }
      value { name: "ORIGINAL_STOCK_KIND_CLOZE" number: 5 }
      value { name: "ORIGINAL_STOCK_KIND_IMAGE_OCCLUSION" number: 6 }
    }
  }
  message_type {
    name: "Notetype"
    nested_type {
      name: "Config"
      enum_type {
        name: "Kind"
        value { name: "KIND_NORMAL" number: 0 }
        value { name: "KIND_CLOZE" number: 1 }
      }
      field {
        name: "kind"  number: 1  label: LABEL_OPTIONAL  type: TYPE_ENUM
        type_name: ".anki.notetypes.Notetype.Config.Kind"
      }
      field {
        name: "original_stock_kind"  number: 9  label: LABEL_OPTIONAL  type: TYPE_ENUM
        type_name: ".anki.notetypes.StockNotetype.OriginalStockKind"
      }
    }
    nested_type {
      name: "Template"
      nested_type {
        name: "Config"
        field { name: "q_format"  number: 1  label: LABEL_OPTIONAL  type: TYPE_STRING }
        field { name: "a_format"  number: 2  label: LABEL_OPTIONAL  type: TYPE_STRING }
      }
    }
  }
}
"""


class PackageMetadata(Protocol):
    """``anki.import_export.PackageMetadata``: a package's ``meta`` member."""

    version: int


class MediaEntry(Protocol):
    """``anki.import_export.MediaEntries.MediaEntry``: one media file of a package."""

    name: str


class MediaEntries(Protocol):
    """``anki.import_export.MediaEntries``: a package's ``media`` member, once decompressed."""

    entries: Sequence[MediaEntry]


class NotetypeConfig(Protocol):
    """``anki.notetypes.Notetype.Config``: the ``config`` column of the ``notetypes`` table."""

    kind: int
    original_stock_kind: int


class TemplateConfig(Protocol):
    """``anki.notetypes.Notetype.Template.Config``: the ``config`` column of ``templates``."""

    q_format: str
    a_format: str


def _descriptor_pool() -> descriptor_pool.DescriptorPool:
    pool = descriptor_pool.DescriptorPool()
    for file in text_format.Parse(_DESCRIPTORS, descriptor_pb2.FileDescriptorSet()).file:
        pool.Add(file)
    return pool


_POOL = _descriptor_pool()


def _message_class(name: str) -> type[Message]:
    return message_factory.GetMessageClass(_POOL.FindMessageTypeByName(name))


_PACKAGE_METADATA = _message_class("anki.import_export.PackageMetadata")
_MEDIA_ENTRIES = _message_class("anki.import_export.MediaEntries")
_NOTETYPE_CONFIG = _message_class("anki.notetypes.Notetype.Config")
_TEMPLATE_CONFIG = _message_class("anki.notetypes.Notetype.Template.Config")


def _parse(message_class: type[Message], data: bytes) -> Message:
    try:
        return message_class.FromString(data)
    except UnicodeDecodeError as exc:  # protobuf's pure-Python backend, on a bad string field
        raise DecodeError(f"invalid UTF-8 in a string field: {exc}") from None


def parse_package_metadata(data: bytes) -> PackageMetadata:
    """A package's ``meta`` member."""
    return cast(PackageMetadata, _parse(_PACKAGE_METADATA, data))


def parse_media_entries(data: bytes) -> MediaEntries:
    """A package's ``media`` member in the latest format, once decompressed."""
    return cast(MediaEntries, _parse(_MEDIA_ENTRIES, data))


def parse_notetype_config(data: bytes) -> NotetypeConfig:
    """A note type's settings."""
    return cast(NotetypeConfig, _parse(_NOTETYPE_CONFIG, data))


def parse_template_config(data: bytes) -> TemplateConfig:
    """A card template's settings."""
    return cast(TemplateConfig, _parse(_TEMPLATE_CONFIG, data))
