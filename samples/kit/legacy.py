"""Legacy Vietnamese font encodings, as offices still type them: VNI-Windows and TCVN3 (ABC).

Before Unicode, Vietnamese was typed in 8-bit fonts whose glyphs sit at Windows-1252 code points:
the file stores ordinary Latin-1 characters and only the font makes them look Vietnamese.

* **VNI-Windows** (fonts VNI-Times, VNI-Helve, ...): a letter is its base letter followed by one or
  two modifier characters ("ệ" = "e" + "ä", "Việt Nam" is stored as "Vieät Nam"); ơ, ư, đ, the
  toned i and ỵ are single characters (ô, ö, ñ, í ì æ ó ò, î).
* **TCVN3 / ABC** (fonts .VnTime, .VnArial, ...; their capital twins .VnTimeH, .VnArialH): one byte
  per letter. Only the lower case letters and the seven capitals Ă Â Ê Ô Ơ Ư Đ have a code; a
  capital with a tone exists only in an "H" font, which draws every code as a capital, so a
  heading in .VnTimeH is stored with lower case codes ("BÁO CÁO" -> "B¸O C¸O").

The tables below are the published ones (VNI-Windows code chart; TCVN 5712:1993 VN3), written
per vowel as [no tone, sắc, huyền, hỏi, ngã, nặng]. ``encode_docx`` rewrites a rendered .docx so
that its runs are typed in such a font (``SAMPLE["layout"]["encoding"]`` and ``["legacy"]``).
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")      # none, sắc, huyền, hỏi, ngã, nặng
VOWELS = {"a": "a", "ă": "a\u0306", "â": "a\u0302", "e": "e", "ê": "e\u0302", "i": "i", "o": "o",
          "ô": "o\u0302", "ơ": "o\u031b", "u": "u", "ư": "u\u031b", "y": "y"}


def _letter(vowel: str, tone: int) -> str:
    return unicodedata.normalize("NFC", VOWELS[vowel] + TONES[tone])


def letters() -> list[str]:
    """The 134 letters that are not plain ASCII: 12 vowels x 5 tones, ă â ê ô ơ ư đ, both cases."""
    low = [_letter(v, t) for v in VOWELS for t in range(6) if t or v in "ăâêôơư"] + ["đ"]
    return low + [c.upper() for c in low]


# -- VNI-Windows -------------------------------------------------------------------------------
# base character(s) and the five tone marks that follow it, lower case; upper case is the same
# characters upper-cased (Latin-1 has a capital for every one of them).
_VNI_TONE = ("", "ù", "ø", "û", "õ", "ï")
_VNI = {
    "a": ("a", _VNI_TONE), "e": ("e", _VNI_TONE), "o": ("o", _VNI_TONE), "u": ("u", _VNI_TONE),
    "â": ("a", ("â", "á", "à", "å", "ã", "ä")), "ê": ("e", ("â", "á", "à", "å", "ã", "ä")),
    "ô": ("o", ("â", "á", "à", "å", "ã", "ä")),
    "ă": ("a", ("ê", "é", "è", "ú", "ü", "ë")),
    "ơ": ("ô", _VNI_TONE), "ư": ("ö", _VNI_TONE),
    "i": ("", ("i", "í", "ì", "æ", "ó", "ò")),
    "y": ("y", ("", "ù", "ø", "û", "õ", "")),
}


def _vni_table() -> dict[str, str]:
    table = {}
    for v, (base, marks) in _VNI.items():
        for t in range(6):
            code = base + marks[t]
            if v == "y" and t == 5:
                code = "î"                       # ỵ is a single character
            table[_letter(v, t)] = code
    table["đ"] = "ñ"
    table.update({k.upper(): v.upper() for k, v in list(table.items())})
    return {k: v for k, v in table.items() if k != v}


# -- TCVN3 (ABC) -------------------------------------------------------------------------------
_TCVN3_LOW = {
    "a": "a\xb8\xb5\xb6\xb7\xb9", "ă": "\xa8\xbe\xbb\xbc\xbd\xc6", "â": "\xa9\xca\xc7\xc8\xc9\xcb",
    "e": "e\xd0\xcc\xce\xcf\xd1", "ê": "\xaa\xd5\xd2\xd3\xd4\xd6", "i": "i\xdd\xd7\xd8\xdc\xde",
    "o": "o\xe3\xdf\xe1\xe2\xe4", "ô": "\xab\xe8\xe5\xe6\xe7\xe9", "ơ": "\xac\xed\xea\xeb\xec\xee",
    "u": "u\xf3\xef\xf1\xf2\xf4", "ư": "\xad\xf8\xf5\xf6\xf7\xf9", "y": "y\xfd\xfa\xfb\xfc\xfe",
}
_TCVN3_CAPS = {"Ă": "\xa1", "Â": "\xa2", "Ê": "\xa3", "Ô": "\xa4", "Ơ": "\xa5", "Ư": "\xa6", "Đ": "\xa7"}


def _tcvn3_table() -> dict[str, str]:
    table = {_letter(v, t): codes[t] for v, codes in _TCVN3_LOW.items() for t in range(6)}
    table["đ"] = "\xae"
    # ý keeps its code (0xFD is ý in both): it stays in the table so that "Ý" is known as a capital
    return {k: v for k, v in table.items() if k != v or not k.isascii()}


VNI = _vni_table()
TCVN3 = _tcvn3_table()


def to_vni(text: str) -> str:
    """Unicode text as typed in a VNI font."""
    out = "".join(VNI.get(c, c) for c in unicodedata.normalize("NFC", text))
    out.encode("cp1252")                        # a VNI font has nothing outside Windows-1252
    return out


def to_tcvn3(text: str, *, capitals_font: bool = False) -> str:
    """Unicode text as typed in a TCVN3 font; ``capitals_font`` for an "H" font (.VnTimeH), which
    draws every code as a capital, so capitals with a tone take the lower case code."""
    out = []
    for c in unicodedata.normalize("NFC", text):
        if c in _TCVN3_CAPS:
            out.append(_TCVN3_CAPS[c])
        elif c in TCVN3:
            out.append(TCVN3[c])
        elif c.lower() in TCVN3:                  # a capital with a tone (or Ă... lower-cased below)
            if not capitals_font:
                raise ValueError(f"{c!r} has no code in a TCVN3 font; use its H font: {text!r}")
            out.append(TCVN3[c.lower()])
        else:
            out.append(c)
    s = "".join(out)
    s.encode("cp1252")
    return s


# -- a .docx typed in legacy fonts ------------------------------------------------------------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FONTS = {("vni", False): "VNI-Times", ("vni", True): "VNI-Helve",
         ("tcvn3", False): ".VnTime", ("tcvn3", True): ".VnTimeH"}


def _is_caps(text: str) -> bool:
    letters_ = [c for c in text if c.isalpha()]
    return bool(letters_) and all(c.isupper() for c in letters_)


def encode_docx(path: Path, layout: dict, headings: set[str]) -> None:
    """Retype a rendered .docx in legacy fonts, paragraph by paragraph (all runs of a paragraph).

    ``layout["encoding"]``: "vni" types every paragraph in VNI (VNI-Times; ``headings``, the
    texts of the title and top headings, in VNI-Helve); absent: Unicode. ``layout["legacy"]``: a
    list of rules ``{"enc": "vni"|"tcvn3"|"unicode", "from": snippet, "to": snippet, "font": name}``
    over the paragraphs in document order (table cells included), from the first one that contains
    ``from`` to the next one that contains ``to`` (default: that paragraph alone); ``font`` makes
    the run font lie (e.g. VNI text in "Times New Roman", as after a re-format). A TCVN3 paragraph
    all in capitals goes to .VnTimeH, others to .VnTime."""
    from lxml import etree

    base = layout.get("encoding", "unicode")
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    data = dict((i.filename, d) for i, d in members)
    root = etree.fromstring(data["word/document.xml"])
    paras = list(root.iter(f"{{{W}}}p"))
    texts = ["".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for p in paras]
    plan: list[tuple[str, str | None]] = [(base, None)] * len(paras)
    for rule in layout.get("legacy", []):
        start = next((i for i, t in enumerate(texts) if rule["from"] in unicodedata.normalize("NFC", t)), None)
        if start is None:
            raise ValueError(f"legacy rule: no paragraph contains {rule['from']!r}")
        end = start
        if rule.get("to"):
            end = next((i for i in range(start, len(texts))
                        if rule["to"] in unicodedata.normalize("NFC", texts[i])), None)
            if end is None:
                raise ValueError(f"legacy rule: no paragraph after {rule['from']!r} contains {rule['to']!r}")
        for i in range(start, end + 1):
            plan[i] = (rule["enc"], rule.get("font"))
    heads = {unicodedata.normalize("NFC", h) for h in headings}
    for p, text, (enc, font_lie) in zip(paras, texts, plan):
        if enc == "unicode":
            continue
        nfc = unicodedata.normalize("NFC", text)
        caps = _is_caps(nfc)
        head = nfc.strip() in heads
        font = font_lie or FONTS[(enc, caps if enc == "tcvn3" else head)]
        for r in p.iter(f"{{{W}}}r"):
            ts = list(r.iter(f"{{{W}}}t"))
            for t in ts:
                if t.text:
                    t.text = to_vni(t.text) if enc == "vni" else to_tcvn3(t.text, capitals_font=caps)
            rpr = r.find(f"{{{W}}}rPr")
            if rpr is None:
                rpr = etree.Element(f"{{{W}}}rPr")
                r.insert(0, rpr)
            fonts = rpr.find(f"{{{W}}}rFonts")
            if fonts is None:                   # rFonts follows an rStyle, if any
                fonts = etree.Element(f"{{{W}}}rFonts")
                rpr.insert(1 if rpr.find(f"{{{W}}}rStyle") is not None else 0, fonts)
            for a in ("ascii", "hAnsi", "cs"):
                fonts.set(f"{{{W}}}{a}", font)
            for a in ("asciiTheme", "hAnsiTheme", "cstheme"):
                fonts.attrib.pop(f"{{{W}}}{a}", None)
    data["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if base == "vni":
        # the template's own fonts and the title Word keeps in the properties are VNI too
        styles = data["word/styles.xml"].decode("utf-8")
        styles = re.sub(r'(w:(?:ascii|hAnsi|cs)=")Times New Roman(")', r"\1VNI-Times\2", styles)
        data["word/styles.xml"] = styles.encode("utf-8")
        core = data["docProps/core.xml"].decode("utf-8")
        core = re.sub(r"(<dc:(?:title|subject)>)(.*?)(</dc:(?:title|subject)>)",
                      lambda m: m.group(1) + to_vni(m.group(2)) + m.group(3), core)
        data["docProps/core.xml"] = core.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, _ in members:
            z.writestr(info, data[info.filename])
