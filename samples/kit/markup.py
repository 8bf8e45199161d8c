"""The body markup of a sample source and the blocks it parses into.

One line is one block (blank lines are ignored):

``# {1} I.|THỰC TRẠNG ...``   heading, level = number of ``#``; ``{sid}`` marks the start of an
                               outline section (ids of vocabulary.yaml); without it the heading is
                               a sub-heading inside the current section. ``LABEL|TEXT``: the label
                               ("I.", "1.", "a)", "Phần I." or empty) and the heading text.
``- text`` / ``+ text``         list item with that bullet.
``| a | b | c``                 table row; consecutive rows form one table, the first is the header.
``* text``                      a bold-italic line inside a section (e.g. "Đối với Bộ ...:").
``> text``                      an italic note (e.g. under a table).
anything else                   a paragraph; ``**lead-in**`` marks a bold lead-in.
``[^note]``                     in a paragraph or list item, right after a word: a footnote there
                               (printed at the foot of the page; in the gold it follows its block).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field


@dataclass
class Block:
    kind: str                      # heading | para | item | table | boldline | note
    text: str = ""                 # plain text (markers removed); for items without the bullet
    level: int = 0                 # heading level (1..3)
    label: str = ""                # heading label as displayed
    sid: str | None = None         # outline section id this heading starts
    bullet: str = ""               # "-" or "+" for items
    rows: list[list[str]] = field(default_factory=list)
    lead: str = ""                 # bold lead-in of a paragraph (part of text)
    notes: list[tuple[int, str]] = field(default_factory=list)   # footnotes: (offset in text, note)

    @property
    def display(self) -> str:
        """The text a reader sees for this block (labels and bullets included)."""
        if self.kind == "heading":
            return f"{self.label} {self.text}".strip()
        if self.kind == "item":
            return f"{self.bullet} {self.text}"
        if self.kind == "table":
            return "\n".join(" | ".join(r) for r in self.rows)
        return self.text


_NOTE = re.compile(r"\[\^(.+?)\]")


def _footnotes(line: str) -> tuple[str, list[tuple[int, str]]]:
    """Remove ``[^note]`` markers; return the plain text and (offset, note) pairs."""
    out, notes, pos = "", [], 0
    for m in _NOTE.finditer(line):
        out += line[pos:m.start()]
        notes.append((len(out), m.group(1).strip()))
        pos = m.end()
    return out + line[pos:], notes


_HEAD = re.compile(r"^(#{1,3})\s*(?:\{([0-9.]+|other)\})?\s*([^|]*)\|(.*)$")


def parse(markup: str) -> list[Block]:
    blocks: list[Block] = []
    for raw in markup.splitlines():
        line = unicodedata.normalize("NFC", raw.strip())
        if not line:
            continue
        m = _HEAD.match(line)
        if m:
            blocks.append(Block("heading", text=m.group(4).strip(), level=len(m.group(1)),
                                sid=m.group(2), label=m.group(3).strip()))
        elif line.startswith("| "):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
        elif line[:2] in ("- ", "+ "):
            text, notes = _footnotes(line[2:].strip())
            blocks.append(Block("item", text=text, bullet=line[0], notes=notes))
        elif line.startswith("* "):
            blocks.append(Block("boldline", text=line[2:].strip()))
        elif line.startswith("> "):
            blocks.append(Block("note", text=line[2:].strip()))
        else:
            lead = ""
            m2 = re.match(r"^\*\*(.+?)\*\*\s*(.*)$", line)
            if m2:
                lead, rest = m2.group(1), m2.group(2)
                line = f"{lead} {rest}".strip()
            line, notes = _footnotes(line)
            if notes and lead:
                raise ValueError(f"footnotes in a paragraph with a lead-in are not supported: {line}")
            blocks.append(Block("para", text=line, lead=lead, notes=notes))
    for b in blocks:
        if b.kind == "table":
            width = len(b.rows[0])
            bad = [r for r in b.rows if len(r) != width]
            if bad:
                raise ValueError(f"table row width differs from header: {bad[0]}")
    return blocks
