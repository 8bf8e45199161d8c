"""Text normalisation shared by every extractor, and repair of legacy Vietnamese encodings.

`normalize` gives the text every Block carries: NFC, no soft hyphens / zero-width
characters, whitespace folded. Old documents typed with TCVN3 (ABC) fonts such as
".VnTime" or VNI fonts show up as Latin-1 mojibake ("Th«ng tin", "Thoâng tin" for "Thông
tin"); `fix_legacy` converts such text to Unicode when the text alone shows it (the code
tables and the judging are in legacy_encodings.py).
"""

from __future__ import annotations

import re
import unicodedata

from .legacy_encodings import WARNING_CODE, Encoding, judge, tables, vni_to_unicode
from .legacy_encodings import tcvn3_to_unicode as tcvn3_to_unicode

# Characters that carry no text: soft hyphen, zero-width space/joiners, word joiner, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"), None)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_NEWLINES = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")

# The TCVN3 codes (extractors/data/tcvn3.tsv) show up as Latin-1 letters and signs.
TCVN3_TO_UNICODE: dict[str, str] = {chr(code): letter for code, letter in tables().tcvn3.items()}

# Latin-1 letters that Vietnamese Unicode text uses itself; every other TCVN3 code is a
# sure sign of mojibake, these are not.
_VIET_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_TCVN3_MARKERS = {c for c in TCVN3_TO_UNICODE if c not in _VIET_LATIN1}
# VNI-Windows writes tone/shape modifiers with Latin-1 letters too; only the TCVN3 codes
# VNI never uses tell the two apart.
_VNI_MODIFIERS = set("".join(tables().vni_decode))
_TCVN3_ONLY = _TCVN3_MARKERS - _VNI_MODIFIERS
# Letters that exist only in Unicode Vietnamese (never in a TCVN3 byte string).
_UNICODE_VIET = re.compile(r"[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]")


def strip_invisible(text: str) -> str:
    """Remove soft hyphens and zero-width characters."""
    return text.translate(_INVISIBLE)


def normalize(text: str, keep_newlines: bool = False) -> str:
    """NFC, invisible characters removed, runs of whitespace folded to one space.

    With keep_newlines, line breaks survive (folded to one "\\n") — used for table cells
    whose paragraphs are separate lines ("UBND TỈNH X" / "Số: ...").
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", strip_invisible(text))
    if keep_newlines:
        text = _NEWLINES.sub("\n", text)
        lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
        return "\n".join(line for line in lines if line)
    return _SPACES.sub(" ", _NEWLINES.sub(" ", text)).strip()


def looks_tcvn3(text: str) -> bool:
    """True when the text reads like TCVN3 bytes shown as Latin-1, not Unicode Vietnamese."""
    markers = sum(1 for c in text if c in _TCVN3_MARKERS)
    if markers < 2 or sum(1 for c in text if c in _TCVN3_ONLY) < 2:
        return False
    letters = sum(1 for c in text if c.isalpha()) or 1
    unicode_viet = len(_UNICODE_VIET.findall(text))
    # A real Unicode text has many ơ/ư/ạ-range letters; mojibake has none of them.
    return markers / letters >= 0.03 and unicode_viet <= markers // 10


def looks_vni(text: str) -> bool:
    """True when the text reads as VNI-Windows ("Vieät Nam"), judged from the text alone."""
    return judge(text) is Encoding.VNI


def fix_legacy(text: str, warnings: list[str] | None = None) -> str:
    """Convert TCVN3 or VNI-Windows text to Unicode when the text itself shows it (no font
    names here: Word runs are decided by font in docx_reader). A warning is appended once
    per encoding: "legacy_encoding_converted: VNI-Windows (read from the text)"."""
    if not text or text.isascii():
        return text
    if looks_tcvn3(text):
        _warn(warnings, f"{WARNING_CODE}: {Encoding.TCVN3.value} (read from the text)")
        return tcvn3_to_unicode(text)
    if looks_vni(text):
        _warn(warnings, f"{WARNING_CODE}: {Encoding.VNI.value} (read from the text)")
        return vni_to_unicode(text)
    return text


def clean(text: str, warnings: list[str] | None = None, keep_newlines: bool = False) -> str:
    """fix_legacy then normalize: what a Block's text goes through. Legacy repair runs
    first because TCVN3 uses the soft-hyphen byte for "ư"."""
    return normalize(fix_legacy(text, warnings), keep_newlines=keep_newlines)


def is_upper_text(text: str) -> bool:
    """True when the text has letters and none of them is lower case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(not c.islower() for c in letters)


def _warn(warnings: list[str] | None, code: str) -> None:
    if warnings is not None and code not in warnings:
        warnings.append(code)
