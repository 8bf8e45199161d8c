"""The vocabulary regexes of nlp/data (channels.yaml, addressees.yaml) unrolled into the
phrases they match, for a token matcher (spacy_matcher.py) built from the same data.

A pattern is parsed with Python's own regex parser and expanded into alternatives: each a
sequence of literal characters, wildcard words (`(?: \\S+){0,4}`), whole-word character
classes (`[\\w-]+\\.vn`) and guards (`(?<!tại )`, `(?! xúc tiến)`), which a token matcher has
no way to express and checks on the text around a match instead. Unbounded repeats of a
group are unrolled twice (enough for "xúc tiến đầu tư, thương mại, du lịch")."""

from __future__ import annotations

import itertools
import re
import re._parser as sre  # the stdlib's own parser: the patterns are the data files' regexes
from dataclasses import dataclass, field

from re._constants import (ANY, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CATEGORY_DIGIT, CATEGORY_NOT_SPACE,
                           CATEGORY_SPACE, CATEGORY_WORD, IN, LITERAL, MAX_REPEAT, MAXREPEAT, MIN_REPEAT, NEGATE,
                           NOT_LITERAL, RANGE, SUBPATTERN)

UNBOUNDED_UNROLL = 2
MAX_ALTERNATIVES = 20000  # one pattern's expansions; beyond this it is too loose for a phrase list


class TooLoose(ValueError):
    """A pattern whose expansion would not be a phrase list (nested unbounded repeats)."""


@dataclass(frozen=True)
class Wild:
    """Between `low` and `high` whole words of any text."""
    low: int
    high: int


@dataclass(frozen=True)
class WordClass:
    """A run of characters of one class inside a word, as a regex ("[\\w-]+")."""
    regex: str


@dataclass(frozen=True)
class Guard:
    """Text that must not come right before (`before`) or right after the match."""
    text: str
    before: bool


@dataclass
class Alternative:
    """One expansion of a pattern: literal characters, Wild and WordClass items, in order."""
    items: list = field(default_factory=list)
    guards: list[Guard] = field(default_factory=list)

    def is_literal(self) -> bool:
        return all(isinstance(i, str) for i in self.items)

    def text(self) -> str:
        return "".join(i for i in self.items if isinstance(i, str))


_CATEGORY_RX = {CATEGORY_WORD: r"\w", CATEGORY_DIGIT: r"\d", CATEGORY_NOT_SPACE: r"\S", CATEGORY_SPACE: r"\s"}


def _class_rx(items) -> str:
    parts = []
    for op, av in items:
        if op is NEGATE:
            parts.insert(0, "^")
        elif op is LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is CATEGORY:
            parts.append(_CATEGORY_RX.get(av, r"\w"))
    return "[" + "".join(parts) + "]"


def _class_chars(items) -> list[str] | None:
    """The characters of a small positive class ([0-9], [,;]); None for a large or negated one."""
    chars: list[str] = []
    for op, av in items:
        if op is LITERAL:
            chars.append(chr(av))
        elif op is RANGE and av[1] - av[0] < 12:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars


def _is_word(node) -> bool:
    """`\\S+` or `[^ ]+`: a whole word of any text."""
    op, av = node
    if op is not IN:
        return False
    return av in ([(CATEGORY, CATEGORY_NOT_SPACE)],) or (av[:1] == [(NEGATE, None)] and all(
        o is LITERAL and chr(a).isspace() or o is CATEGORY and a is CATEGORY_SPACE for o, a in av[1:]))


def _wild(sub) -> Wild | None:
    """`(?: \\S+)` repeated: whole words of any text."""
    body = sub
    while len(body) == 1 and body[0][0] is SUBPATTERN:
        body = list(body[0][1][-1])
    if len(body) == 2 and body[0] == (LITERAL, 32) and body[1][0] in (MAX_REPEAT, MIN_REPEAT):
        lo, hi, inner = body[1][1]
        if lo == 1 and hi == MAXREPEAT and len(inner) == 1 and _is_word(inner[0]):
            return Wild(1, 1)
    return None


def _seq(nodes) -> list[Alternative]:
    alts = [Alternative()]
    for node in nodes:
        options = _node(node)
        alts = [Alternative(a.items + o.items, a.guards + o.guards) for a in alts for o in options]
        if len(alts) > MAX_ALTERNATIVES:
            raise TooLoose(f"more than {MAX_ALTERNATIVES} expansions")
    return alts


def _node(node) -> list[Alternative]:
    op, av = node
    if op is LITERAL:
        return [Alternative([chr(av)])]
    if op is AT:  # word boundaries: a token matcher matches whole tokens anyway
        return [Alternative()]
    if op is SUBPATTERN:
        return _seq(av[-1])
    if op is BRANCH:
        return [a for branch in av[1] for a in _seq(branch)]
    if op is IN:
        chars = _class_chars(av)
        if chars is not None:
            return [Alternative([c]) for c in chars]
        return [Alternative([WordClass(_class_rx(av))])]
    if op in (ASSERT, ASSERT_NOT):
        direction, sub = av
        if op is ASSERT:  # no positive lookaround in the data; a matcher could not keep it
            return [Alternative()]
        return [Alternative([], [Guard(a.text(), before=direction < 0)]) for a in _seq(sub) if a.is_literal()]
    if op in (MAX_REPEAT, MIN_REPEAT):
        lo, hi, sub = av
        wild = _wild(sub)
        if wild is not None:
            return [Alternative([Wild(lo, hi if hi != MAXREPEAT else lo + 4)])]
        if len(sub) == 1 and (_is_word(sub[0]) or (sub[0][0] is IN and _class_chars(sub[0][1]) is None)):
            return [Alternative([WordClass(_class_rx(sub[0][1]) + ("+" if lo else "*"))])]
        top = hi if hi != MAXREPEAT else lo + UNBOUNDED_UNROLL
        once = _seq(sub)
        out = []
        for n in range(lo, top + 1):
            for combo in itertools.product(once, repeat=n):
                out.append(Alternative([i for a in combo for i in a.items], [g for a in combo for g in a.guards]))
        return out
    if op in (ANY, NOT_LITERAL, CATEGORY):
        return [Alternative([WordClass(r"\S")])]
    raise TooLoose(f"unsupported regex construct {op}")


def expand(pattern: str) -> list[Alternative]:
    """Every alternative the regex `pattern` matches, as literal text and token items."""
    return _seq(list(sre.parse(pattern)))
