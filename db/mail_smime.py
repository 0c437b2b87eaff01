"""The signed content inside an opaque S/MIME message (application/pkcs7-mime;
smime-type=signed-data): the MIME entity a mail client shows. Only the structure is read
(BER, definite or indefinite lengths, the content possibly in chunks); the signature itself
is kept as received with the rest of the original."""
from __future__ import annotations

SIGNED_DATA = bytes.fromhex("2a864886f70d010702")   # 1.2.840.113549.1.7.2
MAX_DEPTH = 32


class _Bad(Exception):
    pass


def _header(data: bytes, pos: int) -> tuple[int, int, int | None]:
    """(tag byte, content start, content end or None for an indefinite length)."""
    if pos + 2 > len(data):
        raise _Bad
    tag = data[pos]
    if tag & 0x1F == 0x1F:
        raise _Bad  # high tag numbers do not occur in CMS
    first = data[pos + 1]
    pos += 2
    if first < 0x80:
        return tag, pos, pos + first
    if first == 0x80:
        return tag, pos, None
    n = first & 0x7F
    if n > 4 or pos + n > len(data):
        raise _Bad
    length = int.from_bytes(data[pos:pos + n], "big")
    return tag, pos + n, pos + n + length


def _skip(data: bytes, pos: int, depth: int = 0) -> int:
    """The position after the element at `pos`."""
    if depth > MAX_DEPTH:
        raise _Bad
    tag, start, end = _header(data, pos)
    if end is not None:
        if end > len(data):
            raise _Bad
        return end
    pos = start
    while data[pos:pos + 2] != b"\0\0":
        pos = _skip(data, pos, depth + 1)
    return pos + 2


def _children(data: bytes, pos: int) -> list[int]:
    tag, start, end = _header(data, pos)
    out, p = [], start
    while (p < end) if end is not None else data[p:p + 2] != b"\0\0":
        if p >= len(data):
            raise _Bad
        out.append(p)
        p = _skip(data, p)
    return out


def _octets(data: bytes, pos: int, depth: int = 0) -> bytes:
    """An OCTET STRING, primitive or constructed (chunked)."""
    if depth > MAX_DEPTH:
        raise _Bad
    tag, start, end = _header(data, pos)
    if tag == 0x04:
        if end is None:
            raise _Bad
        return data[start:end]
    if tag == 0x24:
        return b"".join(_octets(data, p, depth + 1) for p in _children(data, pos))
    raise _Bad


def signed_content(blob: bytes) -> bytes | None:
    """The encapsulated content of a CMS SignedData blob, or None when it is not one."""
    try:
        info = _children(blob, 0)                       # ContentInfo ::= SEQUENCE { type, [0] content }
        tag, start, end = _header(blob, info[0])
        if tag != 0x06 or blob[start:end] != SIGNED_DATA or len(info) < 2:
            return None
        (signed,) = _children(blob, info[1])[:1]        # [0] EXPLICIT SignedData
        fields = _children(blob, signed)                # version, digestAlgorithms, encapContentInfo, ...
        encap = _children(blob, fields[2])              # SEQUENCE { eContentType, [0] EXPLICIT eContent }
        if len(encap) < 2:
            return None                                 # detached: the content is elsewhere
        (content,) = _children(blob, encap[1])[:1]
        return _octets(blob, content)
    except (_Bad, IndexError, ValueError):
        return None
