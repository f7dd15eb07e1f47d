"""Old Word documents (.doc, Word 97-2003, and WPS's .wps saved the same way): their text.

Government offices still keep and send many documents so; DOCX is read by python-docx, which
cannot read these. A .doc is an OLE compound file (read by olefile); its ``WordDocument``
stream begins with the File Information Block, which says where the piece table lies in the
table stream (``0Table`` or ``1Table``). The piece table maps the document's characters to
where they are stored: runs of UTF-16 (Chinese text always) or of one byte each (Latin text
saved compressed, in Windows-1252). Only the main document is read, not its headers, footnotes
or comments. Field codes (a hyperlink's or a page number's instructions) are left out and
their results kept; a table's cells are parted by tabs, its rows by lines, as
:mod:`xietong.text.labelled` reads tables.

The format is Microsoft's published [MS-DOC] specification; no package on PyPI reads a .doc's
text without a converter program (antiword, LibreOffice) beside it.
"""

from __future__ import annotations

import io
import re
import struct

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_FIB_IDENT = 0xA5EC
_FLAGS, _CCP_TEXT, _FC_CLX, _LCB_CLX = 0x0A, 0x4C, 0x1A2, 0x1A6
_ENCRYPTED, _TABLE_1 = 0x0100, 0x0200


def is_ole(data: bytes) -> bool:
    """Whether ``data`` is an OLE compound file (a .doc, .wps, .xls or .ppt of before 2007)."""
    return data[:8] == OLE_MAGIC


def doc_text(data: bytes) -> tuple[str, str | None]:
    """A Word 97-2003 document's main text and its title (from its summary information, when
    set). Raises ``ValueError`` with the reason for what cannot be read: another kind of OLE file,
    a password-protected or damaged document."""
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except OSError as exc:  # olefile says a damaged file so
        raise ValueError(f"not a readable Word document: {exc}") from None
    with ole:
        if not ole.exists("WordDocument"):
            raise ValueError("an OLE file with no Word document in it (an old Excel or PowerPoint file?)")
        word = ole.openstream("WordDocument").read()
        if len(word) < _LCB_CLX + 4 or struct.unpack_from("<H", word, 0)[0] != _FIB_IDENT:
            raise ValueError("not a readable Word document: its file information block is missing")
        flags = struct.unpack_from("<H", word, _FLAGS)[0]
        if flags & _ENCRYPTED:
            raise ValueError("the document is protected by a password; save it without one, or copy its text")
        table_name = "1Table" if flags & _TABLE_1 else "0Table"
        if not ole.exists(table_name):
            raise ValueError(f"not a readable Word document: its {table_name} stream is missing")
        table = ole.openstream(table_name).read()
        ccp_text = struct.unpack_from("<I", word, _CCP_TEXT)[0]
        fc_clx, lcb_clx = struct.unpack_from("<II", word, _FC_CLX)
        raw = _pieces(word, table[fc_clx:fc_clx + lcb_clx], ccp_text)
        title = _title(ole)
    text = _plain(raw)
    if not text.strip():
        raise ValueError("no text in this Word document")
    return text, title


def _pieces(word: bytes, clx: bytes, ccp_text: int) -> str:
    """The document's first ``ccp_text`` characters, read piece by piece as the piece table in
    ``clx`` places them in the ``word`` stream."""
    i = 0
    while i < len(clx) and clx[i] == 0x01:  # property modifiers come first: skipped
        i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
    if i + 5 > len(clx) or clx[i] != 0x02:
        raise ValueError("not a readable Word document: its piece table is missing")
    lcb = struct.unpack_from("<I", clx, i + 1)[0]
    plc = clx[i + 5:i + 5 + lcb]
    n = (len(plc) - 4) // 12
    if n < 1 or len(plc) != 4 + 12 * n:
        raise ValueError("not a readable Word document: its piece table is damaged")
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out: list[str] = []
    for k in range(n):
        start, end = cps[k], min(cps[k + 1], ccp_text)
        if start >= end:
            break
        fc = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * k + 2)[0]
        compressed = bool(fc & 0x40000000)  # one byte a character, at half the offset written
        offset, size = ((fc & 0x3FFFFFFF) // 2, end - start) if compressed else (fc, 2 * (end - start))
        chunk = word[offset:offset + size]
        if len(chunk) < size:
            raise ValueError("not a readable Word document: its text runs past the end of the file")
        out.append(chunk.decode("cp1252" if compressed else "utf-16-le", errors="replace"))
    return "".join(out)


_FIELD = re.compile(r"\x13[^\x13\x14\x15]*(?:\x14([^\x13\x14\x15]*))?\x15")
_DROPPED = str.maketrans({"\x01": None, "\x02": None, "\x05": None, "\x08": None, "\x1f": None,
                          "\x1e": "-", "\xa0": " ", "\r": "\n", "\x0b": "\n", "\x0c": "\n"})


def _plain(raw: str) -> str:
    """A .doc's characters as text: fields give their results (nested ones, innermost first), the
    marks of pictures, notes and optional hyphens go, paragraph, line and page marks end lines, and
    a table's cell marks become tabs and its row marks line ends.

    >>> _plain("联盟\\x13 HYPERLINK \\"http://a.cn\\" \\x14网站\\x15成立\\r甲\\x07乙\\x07\\x07丙\\x07丁\\x07\\x07")
    '联盟网站成立\\n甲\\t乙\\n丙\\t丁\\n'
    """
    while True:
        unfolded = _FIELD.sub(lambda m: m[1] or "", raw)
        if unfolded == raw:
            break
        raw = unfolded
    raw = raw.replace("\x07\x07", "\n").replace("\x07", "\t").translate(_DROPPED)
    return re.sub(r"[\x00-\x08\x0e-\x1f]", "", raw)


def _title(ole: object) -> str | None:
    """The title the document's summary information gives, decoded by its own code page."""
    try:
        meta = ole.get_metadata()  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a damaged summary is no reason to refuse the text
        return None
    title = meta.title
    if isinstance(title, bytes):
        codepage = meta.codepage if isinstance(meta.codepage, int) and meta.codepage > 0 else 1252
        try:
            title = title.decode(f"cp{codepage}").rstrip("\x00")
        except (LookupError, UnicodeDecodeError):
            return None
    return title.strip() or None if isinstance(title, str) else None
