"""The few Protocol Buffers messages an Anki package holds, read from their wire format.

Anki stores a package's version, its media list and some note-type settings as protobuf messages.
Only a handful of scalar fields are needed, so they are read here without generated classes.
"""

from __future__ import annotations

from collections.abc import Iterator

_VARINT, _FIXED64, _BYTES, _FIXED32 = 0, 1, 2, 5


class WireError(ValueError):
    """Bytes that are not a well-formed protobuf message."""


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise WireError("truncated or overlong varint")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return result, pos


def fields(data: bytes) -> Iterator[tuple[int, int | bytes]]:
    """Each ``(field number, value)`` of a message: an int for varints and fixed-width numbers,
    bytes for length-delimited values (strings, bytes, nested messages)."""
    pos = 0
    while pos < len(data):
        key, pos = _varint(data, pos)
        number, wire_type = key >> 3, key & 7
        value: int | bytes
        if wire_type == _VARINT:
            value, pos = _varint(data, pos)
        elif wire_type in (_FIXED64, _FIXED32):
            width = 8 if wire_type == _FIXED64 else 4
            if pos + width > len(data):
                raise WireError("truncated fixed-width field")
            value, pos = int.from_bytes(data[pos : pos + width], "little"), pos + width
        elif wire_type == _BYTES:
            length, pos = _varint(data, pos)
            if pos + length > len(data):
                raise WireError("truncated length-delimited field")
            value, pos = data[pos : pos + length], pos + length
        else:
            raise WireError(f"unsupported wire type {wire_type}")
        yield number, value


def int_field(data: bytes, number: int, default: int = 0) -> int:
    """The last value of an integer field (protobuf's rule for repeated scalars), or ``default``."""
    found = default
    for field_number, value in fields(data):
        if field_number == number and isinstance(value, int):
            found = value
    return found


def text_field(data: bytes, number: int) -> str:
    """The value of a string field, or ``""``."""
    found = b""
    for field_number, value in fields(data):
        if field_number == number and isinstance(value, bytes):
            found = value
    return found.decode("utf-8", errors="replace")


def bytes_fields(data: bytes, number: int) -> list[bytes]:
    """Every value of a repeated message or bytes field."""
    return [v for n, v in fields(data) if n == number and isinstance(v, bytes)]
