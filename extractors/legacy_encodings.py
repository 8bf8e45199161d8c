"""Legacy 8-bit Vietnamese encodings in Word text: VNI-Windows and TCVN3 (ABC) to Unicode.

Before Unicode, offices typed with fonts that draw Vietnamese letters at Windows-1252 codes,
so the stored characters are mojibake: VNI-Windows writes a base letter plus modifier codes
("Vieät Nam" for "Việt Nam"), TCVN3 one code per letter ("Th«ng tin" for "Thông tin").
Which encoding a run is in is told first by its font name (VNI-Times, .VnTime), and where
the name lies or is missing by the text itself: a legacy run reads as valid Vietnamese
syllables only once decoded, a Unicode run (Vietnamese, English, "café", "Müller") reads at
least as well as it is. The code tables, the font names and the syllable structure are data
files in extractors/data/, loaded once.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from functools import cache, lru_cache
from pathlib import Path

import yaml

_DATA = Path(__file__).parent / "data"


class Encoding(str, Enum):
    UNICODE = "Unicode"
    VNI = "VNI-Windows"
    TCVN3 = "TCVN3"


LEGACY = (Encoding.VNI, Encoding.TCVN3)

# Tone marks (combining, after NFD); the shape marks (circumflex, breve, horn) stay on the letter.
_TONES = {"\u0301": "acute", "\u0300": "grave", "\u0309": "hook", "\u0303": "tilde", "\u0323": "dot"}
# Letters only Unicode Vietnamese has (never a Windows-1252 code): their presence settles it.
_UNICODE_ONLY = re.compile(r"[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]")


@dataclass(frozen=True)
class _Tables:
    vni_decode: dict[str, str]          # VNI code (1-2 chars) -> Unicode letter
    vni_codes: re.Pattern               # longest code first
    tcvn3: dict[int, str]               # for str.translate
    tcvn3_codes: frozenset[str]
    fonts: tuple[tuple[re.Pattern, Encoding], ...]
    capitals: dict[Encoding, re.Pattern]  # fonts that draw capitals (".VnTimeH")
    token: re.Pattern                   # a word: letters and any legacy code
    onsets: tuple[str, ...]             # longest first, "" last
    rhymes: frozenset[str]
    stop_finals: tuple[str, ...]
    lexicon: frozenset[str]             # syllables in use
    letters: frozenset[str]             # every letter a Vietnamese syllable may hold, toned or not


@cache
def tables() -> _Tables:
    """The code tables, font names and syllable structure, read once from extractors/data/."""
    vni: dict[str, str] = {}
    for letter, code in _tsv(_DATA / "vni.tsv"):
        vni[code] = letter
    # Modifiers typed in the other case than their base letter ("Uûy" beside "UÛY") read the
    # same; the letter's case comes from the base.
    for code, letter in list(vni.items()):
        if len(code) == 2 and code[1].swapcase() != code[1]:
            vni.setdefault(code[0] + code[1].swapcase(), letter)
    tcvn3 = {int(code, 16): letter for code, letter in _tsv(_DATA / "tcvn3.tsv")}
    tcvn3_codes = frozenset(map(chr, tcvn3))

    fonts_spec = yaml.safe_load((_DATA / "legacy_fonts.yaml").read_text(encoding="utf-8"))
    fonts, capitals = [], {}
    for name, spec in fonts_spec.items():
        enc = Encoding(name)
        fonts.extend((re.compile(p), enc) for p in spec.get("fonts", []))
        if spec.get("capitals"):
            capitals[enc] = re.compile(spec["capitals"])

    syll = yaml.safe_load((_DATA / "syllable_structure.yaml").read_text(encoding="utf-8"))
    rhymes = frozenset(r for group in syll["rhymes"] for r in group.split())
    onsets = tuple(sorted(syll["onsets"].split(), key=len, reverse=True)) + ("",)
    letters = frozenset("".join(onsets) + "".join(rhymes)) | {c.lower() for c in vni.values()}
    legacy_chars = "".join(sorted(set("".join(vni)) | tcvn3_codes))
    token = re.compile(rf"(?:[^\W\d_]|[{re.escape(legacy_chars)}])+")
    codes = sorted(vni, key=len, reverse=True)
    return _Tables(vni_decode=vni, vni_codes=re.compile("|".join(map(re.escape, codes))),
                   tcvn3=tcvn3, tcvn3_codes=tcvn3_codes, fonts=tuple(fonts), capitals=capitals,
                   token=token, onsets=onsets, rhymes=rhymes,
                   stop_finals=tuple(syll["stop_finals"].split()), letters=letters,
                   lexicon=frozenset(line for line in (_DATA / "vietnamese_syllables.txt").read_text(
                       encoding="utf-8").splitlines() if line and not line.startswith("#")))


def _tsv(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            left, right = line.split("\t")
            yield left, right


# -- decoding -------------------------------------------------------------------------------
def vni_to_unicode(text: str) -> str:
    """VNI-Windows text (as Word stores it, Windows-1252 characters) -> Unicode NFC."""
    t = tables()
    return unicodedata.normalize("NFC", t.vni_codes.sub(lambda m: t.vni_decode[m.group()], text))


def tcvn3_to_unicode(text: str, upper: bool = False) -> str:
    """TCVN3 text -> Unicode NFC; `upper` for a ".Vn...H" font, which draws capitals."""
    out = unicodedata.normalize("NFC", text.translate(tables().tcvn3))
    return out.upper() if upper else out


def decode(text: str, encoding: Encoding, upper: bool = False) -> str:
    if encoding is Encoding.VNI:
        out = vni_to_unicode(text)
        return out.upper() if upper else out
    if encoding is Encoding.TCVN3:
        return tcvn3_to_unicode(text, upper)
    return text


# -- fonts ----------------------------------------------------------------------------------
@lru_cache(maxsize=1024)
def font_encoding(font: str | None) -> Encoding | None:
    """The legacy encoding a font name stands for (VNI-Times -> VNI, .VnTime -> TCVN3), else None."""
    if not font:
        return None
    name = font.strip()
    return next((enc for pattern, enc in tables().fonts if pattern.match(name)), None)


@lru_cache(maxsize=1024)
def draws_capitals(font: str | None) -> bool:
    """A legacy capitals font (".VnTimeH"): lower-case codes are shown as capitals."""
    cap = tables().capitals.get(font_encoding(font))
    return bool(cap is not None and cap.match(font.strip()))


# -- reading as Vietnamese --------------------------------------------------------------------
@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """True when `word` is a well-formed Vietnamese syllable (any case, any tone)."""
    t = tables()
    word = unicodedata.normalize("NFC", word.lower())
    if any(c not in t.letters for c in word):  # "ñ", "ö", "ß": not Vietnamese letters
        return False
    nfd = unicodedata.normalize("NFD", word)
    tones = [c for c in nfd if c in _TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
    if not base:
        return False
    for onset in t.onsets:
        if not base.startswith(onset):
            continue
        rhyme = base[len(onset):]
        if rhyme in t.rhymes or (onset == "gi" and rhyme == ""):
            if rhyme.endswith(t.stop_finals) and (not tones or _TONES[tones[0]] not in ("acute", "dot")):
                return False
            return True
    return False


@lru_cache(maxsize=65536)
def syllable_score(word: str) -> int:
    """2: a syllable Vietnamese uses (the lexicon); 1: well-formed but not in use ("soá");
    0: not Vietnamese ("Vieät", "café")."""
    w = unicodedata.normalize("NFC", word.lower())
    if w in tables().lexicon:
        return 2
    return 1 if is_vietnamese_syllable(w) else 0


@dataclass(frozen=True)
class Evidence:
    """How a text's words read as they are and once decoded."""
    words: int = 0          # words that are not plain ASCII
    vietnamese: int = 0     # ... that are well-formed Vietnamese syllables once decoded
    changed: int = 0        # words the decoding changes
    valid_decoded: int = 0  # ... that are well-formed syllables once decoded
    known_as_is: int = 0    # ... that are syllables in use as they are
    gain: int = 0           # syllable scores of the changed words, decoded minus as they are


def evidence(text: str, encoding: Encoding) -> Evidence:
    t = tables()
    words = vietnamese = changed = valid = known = gain = 0
    for m in t.token.finditer(text):
        word = m.group()
        if word.isascii():
            continue  # ASCII reads the same in every encoding, and says nothing of the language
        out = decode(word, encoding)
        score = syllable_score(out)
        if score == 0 and out.isupper() and len(out) > 1:
            if out == word:
                continue  # an acronym
            if all(c in t.letters for c in out.lower()):
                score = 1  # a decoded acronym: "ÑVT" is ĐVT
        words += 1
        vietnamese += score > 0
        if out != word:
            before = syllable_score(word)
            changed += 1
            valid += score > 0
            known += before == 2
            gain += score - before
    return Evidence(words, vietnamese, changed, valid, known, gain)


def judge(text: str, hint: Encoding | None = None, *, prior: frozenset[Encoding] = frozenset()) -> Encoding:
    """The encoding `text` is in. `hint` is what its font name says; `prior` the legacy
    encodings the whole document shows, which lets a one-word run be decided.

    A font-named run is decoded unless it reads better as it is, or as well in a document that
    shows no other use of that encoding (a Unicode run typed in a VNI-named font is not
    converted twice). Without a font name the text must read as
    Vietnamese once decoded (70% of the words the decoding changes, 60% of its non-ASCII words) and
    not as it is (at most half of the changed words in use: VNI "vò" for "vị" is a word too),
    which keeps French "où" and German "schön" as they are.
    """
    if text.isascii() or _UNICODE_ONLY.search(text):
        return Encoding.UNICODE
    if hint in LEGACY:
        ev = evidence(text, hint)
        if ev.changed and (ev.gain > 0 or ev.gain == 0 and hint in prior
                           or ev.known_as_is == 0 and ev.valid_decoded == 0):
            return hint  # a tie ("Sè" is TCVN3 "Số") goes to the font in a document using it;
        return Encoding.UNICODE  # the last case: fragments of a word split over runs
    best, best_gain = Encoding.UNICODE, 0
    for enc in LEGACY:
        ev = evidence(text, enc)
        need = 1 if enc in prior else 3
        if (ev.gain >= need and ev.valid_decoded >= 0.7 * ev.changed
                and ev.known_as_is <= 0.5 * ev.changed and ev.vietnamese >= 0.6 * ev.words
                and ev.gain > best_gain):
            best, best_gain = enc, ev.gain
    return best


def document_prior(samples) -> frozenset[Encoding]:
    """The legacy encodings a document clearly uses, from (text, font hint) samples: a run in
    a legacy-named font that reads better decoded (a word or more), or a paragraph whose text
    alone reads as a legacy encoding."""
    found: set[Encoding] = set()
    for text, hint in samples:
        if text.isascii() or _UNICODE_ONLY.search(text):
            continue
        if hint in LEGACY:
            if hint not in found and evidence(text, hint).gain >= 2:
                found.add(hint)
        elif (enc := judge(text)) is not Encoding.UNICODE:
            found.add(enc)
        if len(found) == len(LEGACY):
            break
    return frozenset(found)


# -- what was converted -------------------------------------------------------------------------
WARNING_CODE = "legacy_encoding_converted"


@dataclass
class ConversionTally:
    """Runs converted per encoding and the fonts they were set in, for the document's warning."""
    runs: Counter = field(default_factory=Counter)
    fonts: dict[tuple[Encoding, bool], Counter] = field(default_factory=dict)

    def add(self, encoding: Encoding, font: str | None, by_text: bool, runs: int = 1) -> None:
        """`by_text`: decided from the text, the font name saying nothing (or lying)."""
        self.runs[encoding] += runs
        self.fonts.setdefault((encoding, by_text), Counter())[font or "no font name"] += runs

    def warning(self) -> str | None:
        """e.g. "legacy_encoding_converted: VNI-Windows in 212 runs (VNI-Times, VNI-Helve;
        read from the text: Times New Roman), TCVN3 in 4 runs (.VnTime)"; None when nothing was."""
        parts = []
        for enc in LEGACY:
            n = self.runs.get(enc)
            if not n:
                continue
            named = [f for f, _ in self.fonts.get((enc, False), Counter()).most_common()]
            by_text = [f for f, _ in self.fonts.get((enc, True), Counter()).most_common()]
            fonts = "; ".join(filter(None, [", ".join(named),
                                            "read from the text: " + ", ".join(by_text) if by_text else ""]))
            parts.append(f"{enc.value} in {n} run{'s' if n != 1 else ''} ({fonts})")
        return f"{WARNING_CODE}: {', '.join(parts)}" if parts else None
