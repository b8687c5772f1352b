"""Bytes → str for plain text: BOMs honoured, UTF-8 preferred, legacy encodings detected.

Legacy files (Windows-1256 Arabic, KOI8-R Russian, Latin-1 French) are common in old archives;
their encoding is detected from the bytes by charset-normalizer rather than guessed."""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UndecodableError(ValueError):
    pass


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name); raises UndecodableError when no encoding fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise UndecodableError(f"starts with a {encoding} byte-order mark but does not decode") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UndecodableError("undecodable content: no text encoding fits")
    text = str(best)
    if _mostly_controls(text):
        raise UndecodableError("undecodable content: decodes only to control characters")
    return text, best.encoding


def _mostly_controls(text: str) -> bool:
    sample = text[:4096]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\r\n\f") or 0xFFF0 <= ord(ch))
    return bool(sample) and bad / len(sample) > 0.05
