"""A spaCy vocabulary matcher, measured against nlp/matchers.py's regexes by bench_matchers.py
(spaCy is not a dependency: `pip install spacy` to run it): the data files' patterns unrolled
(pattern_expansion.py) into a spaCy PhraseMatcher (literal phrases) and Matcher (phrases
with wildcard words or a word class), matched on each token's NORM, its folded text.

Two tokenizers: spaCy's own rule-based one of `spacy.blank("xx")` (a token is a syllable
or a punctuation mark), or underthesea's word segmentation ("Thông tin" one token; there is no
Vietnamese spaCy model to install and `spacy.blank("vi")` needs pyvi). A match is kept only
where the pattern's guards (its regex lookarounds) hold on the text around it."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import NORM
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

from pattern_expansion import Alternative, Guard, Wild, WordClass, expand
from nlp.textkit import fold_aligned, nfc


class UndertheseaTokenizer:
    """A spaCy tokenizer whose tokens are underthesea's words, aligned to the text so that
    token offsets are offsets in the text (no token normalisation, whitespace kept)."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = _aligned_words(text)
        return Doc(self.vocab, words=list(words), spaces=list(spaces))


@lru_cache(maxsize=65536)
def _aligned_words(text: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    from underthesea import word_tokenize

    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for token in word_tokenize(text, use_token_normalize=False):
        start = pos
        while start < len(text) and text[start].isspace():
            start += 1
        if start > pos:  # more than the one space a token may carry: a whitespace token
            if words and not spaces[-1] and text[pos] == " ":
                spaces[-1] = True
                pos += 1
            if start > pos:
                words.append(text[pos:start])
                spaces.append(False)
        end = start
        for k, syllable in enumerate(token.split()):
            if k:
                while end < len(text) and text[end].isspace():
                    end += 1
            if not text.startswith(syllable, end):
                raise ValueError(f"underthesea token {token!r} not found at {end} in {text[:60]!r}")
            end += len(syllable)
        words.append(text[start:end])
        spaces.append(False)
        pos = end
    if pos < len(text):
        if words and not spaces[-1] and text[pos] == " ":
            spaces[-1] = True
            pos += 1
        if pos < len(text):
            words.append(text[pos:])
            spaces.append(False)
    return tuple(words), tuple(spaces)


def _segments(alt: Alternative) -> list[tuple[str, object]]:
    """("text", literal) / ("rx", one word's regex) / ("wild", Wild) pieces of an alternative."""
    import re

    out: list[tuple[str, object]] = []
    buf = ""
    word_rx: str | None = None
    for item in alt.items:
        if isinstance(item, WordClass):
            if word_rx is None:
                head, _, tail = buf.rpartition(" ")
                if " " not in buf:
                    head, tail = "", buf
                if head.strip():
                    out.append(("text", head))
                buf, word_rx = "", re.escape(tail)
            word_rx += item.regex
        elif isinstance(item, Wild):
            if word_rx is not None:
                out.append(("rx", word_rx))
                word_rx = None
            if buf.strip():
                out.append(("text", buf))
            buf = ""
            out.append(("wild", item))
        elif word_rx is not None and not item.isspace():
            word_rx += re.escape(item)
        else:
            if word_rx is not None:
                out.append(("rx", word_rx))
                word_rx = None
            buf += item
    if word_rx is not None:
        out.append(("rx", word_rx))
    if buf.strip():
        out.append(("text", buf))
    return out


@lru_cache(maxsize=None)
def language(tokenizer: str = "syllables") -> spacy.Language:
    """A blank multi-language pipeline whose tokens carry their folded text as NORM (set once
    per distinct word in the vocabulary, not per token). One per tokenizer, shared by the
    matchers so that words are folded once."""
    nlp = spacy.blank("xx")
    nlp.vocab.lex_attr_getters[NORM] = fold_aligned
    if tokenizer == "underthesea":
        nlp.tokenizer = UndertheseaTokenizer(nlp.vocab)
    else:
        # "... Truyền thông./." closes a Vietnamese document: "./." is not part of the word
        suffixes = compile_suffix_regex([*nlp.Defaults.suffixes, r"\./\.$"])
        nlp.tokenizer.suffix_search = suffixes.search
    return nlp


def _spec_values(spec: dict) -> tuple[str, list[str]] | None:
    """("IN", words) or ("REGEX", [regex]) of a one-token spec on NORM; None for a wildcard."""
    norm = spec.get("NORM")
    if isinstance(norm, str):
        return "IN", [norm]
    if isinstance(norm, dict) and "IN" in norm:
        return "IN", list(norm["IN"])
    if isinstance(norm, dict) and "REGEX" in norm:
        return "REGEX", [norm["REGEX"]]
    return None


def _merged(patterns: list[list[dict]]) -> list[list[dict]]:
    """Patterns that differ in one token only, merged into one with that token's words IN a
    list (or its regexes joined): the Matcher's time grows with the number of patterns, and
    "tỉnh ... (Lào)" for every head and country would otherwise be hundreds."""
    import json

    changed = True
    while changed:
        changed = False
        for i in range(max((len(p) for p in patterns), default=0)):
            groups: dict[tuple, list[list[dict]]] = {}
            order: list[tuple] = []
            for p in patterns:
                values = _spec_values(p[i]) if i < len(p) else None
                rest = (len(p), json.dumps(p[:i] + p[i + 1:], ensure_ascii=False, sort_keys=True),
                        values[0] if values else json.dumps(p[i] if i < len(p) else None))
                if values is None:
                    rest = rest + (id(p),)
                if rest not in groups:
                    order.append(rest)
                groups.setdefault(rest, []).append(p)
            if all(len(g) == 1 for g in groups.values()):
                continue
            merged = []
            for rest in order:
                group = groups[rest]
                if len(group) == 1:
                    merged.append(group[0])
                    continue
                kind = rest[2]
                values = list(dict.fromkeys(v for p in group for v in _spec_values(p[i])[1]))
                spec = {"NORM": {"IN": values}} if kind == "IN" else \
                    {"NORM": {"REGEX": "|".join(f"(?:{v})" for v in values)}}
                merged.append(group[0][:i] + [spec] + group[0][i + 1:])
            changed = changed or len(merged) < len(patterns)
            patterns = merged
    return patterns


class SpacyMatcher:
    def __init__(self, entries, boundary_before: str = "", tokenizer: str = "syllables"):
        self.nlp = language(tokenizer)
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="NORM")
        self.matcher = Matcher(self.nlp.vocab)
        self.keys: list[tuple[str, tuple[Guard, ...]]] = []
        key_of: dict[tuple[str, tuple[Guard, ...]], str] = {}
        phrase_docs: dict[str, list[Doc]] = {}
        token_patterns: dict[str, list[list[dict]]] = {}
        seen: set[tuple[str, str]] = set()
        for entry in entries:
            for alt in expand(entry.pattern):
                k = (entry.id, tuple(alt.guards))
                if k not in key_of:
                    key_of[k] = str(len(self.keys))
                    self.keys.append(k)
                key = key_of[k]
                if alt.is_literal():
                    phrase = alt.text().strip()
                    if phrase and (key, phrase) not in seen:
                        seen.add((key, phrase))
                        phrase_docs.setdefault(key, []).append(self._doc(phrase))
                else:
                    token_patterns.setdefault(key, []).append(self._token_pattern(alt))
        for key, docs in phrase_docs.items():
            self.phrases.add(key, docs)
        for key, patterns in token_patterns.items():
            self.matcher.add(key, _merged(patterns))

    def _doc(self, text: str) -> Doc:
        return self.nlp.make_doc(text)

    def _token_pattern(self, alt: Alternative) -> list[dict]:
        pattern: list[dict] = []
        for kind, value in _segments(alt):
            if kind == "text":
                pattern.extend({"NORM": t.norm_} for t in self._doc(value.strip()) if not t.is_space)
            elif kind == "rx":
                # a web address is one token with its path ("facebook.com/dulich"): its host ends the match
                pattern.append({"NORM": {"REGEX": "^" + value + r"(?![\w.-])"}})
            else:
                pattern.append({"OP": f"{{{value.low},{value.high}}}"})
        return pattern

    def find(self, text: str) -> list[tuple[int, int, str]]:
        text = nfc(text)
        doc = self._doc(text)
        low = fold_aligned(text)
        out = []
        strings = self.nlp.vocab.strings
        for match_id, s, e in [*self.phrases(doc), *(self.matcher(doc) if len(self.matcher) else [])]:
            vid, guards = self.keys[int(strings[match_id])]
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
            if any(low[:start].endswith(g.text) if g.before else low[end:].startswith(g.text) for g in guards):
                continue
            out.append((start, end, vid))
        return out
