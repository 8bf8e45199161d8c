"""The body markup of a sample source and the blocks it parses into.

One line is one block (blank lines are ignored):

``# {1} I.|THỰC TRẠNG ...``   heading, level = number of ``#``; ``{sid}`` marks the start of an
                               outline section (ids of vocabulary.yaml); without it the heading is
                               a sub-heading inside the current section. ``LABEL|TEXT``: the label
                               ("I.", "1.", "a)", "Phần I." or empty) and the heading text.
``- text`` / ``+ text``         list item with that bullet.
``| a | b | c``                 table row; consecutive rows form one table, the first is the header.
``|! a | b | c``                a header row: a table with such rows has them (not its first row) as
                               header, printed bold and repeated on every page it runs across.
                               In a cell: ``<`` merges it into the cell on its left, ``^`` into the
                               cell above (merged header cells, group rows "I. Du lịch" spanning the
                               table); `` ¶ `` separates the paragraphs of one cell, and a cell
                               paragraph opening with "- " / "+ " is a typed bullet.
``| {1} 1 | Nội dung | ...``     a table row that starts outline section 1 (a report written as a table:
                               the first cell is its running number, the second its "Nội dung",
                               the rest its result); rows without ``{sid}`` continue the section.
``# {=1} |HEADING``             a heading that resumes section 1 after other sections (e.g. a grid
                               printed after a report-table, about the results of section 1).
``@landscape`` / ``@portrait``  a section break to a landscape / portrait page.
``@table widths=1.2,7,2 size=11``  column widths (cm) and font size (pt) of the next table.
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
    header_rows: int = 0           # tables: number of ``|!`` header rows (0: the first row is the header)
    row_sids: list[str | None] = field(default_factory=list)   # tables: the section a row starts
    resume: bool = False           # headings: ``{=sid}`` resumes an earlier section
    options: dict = field(default_factory=dict)   # directives (``@table ...``) and their values
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
            return "\n".join(row_text(r) for r in self.rows)
        return self.text


MERGE_LEFT, MERGE_UP, PARA = "<", "^", "¶"


def cell_paragraphs(cell: str) -> list[str]:
    """The paragraphs of a table cell (`` ¶ `` separates them)."""
    return [p.strip() for p in cell.split(PARA)] if PARA in cell else [cell]


def row_text(cells: list[str]) -> str:
    """A table row as the reader sees it: cells joined by " | ", a cell merged into its left
    neighbour gone (one cell spans them), a cell merged into the one above empty, a cell's
    paragraphs joined by a line break."""
    return " | ".join("" if c == MERGE_UP else "\n".join(cell_paragraphs(c)) for c in cells if c != MERGE_LEFT)


_NOTE = re.compile(r"\[\^(.+?)\]")


def _footnotes(line: str) -> tuple[str, list[tuple[int, str]]]:
    """Remove ``[^note]`` markers; return the plain text and (offset, note) pairs."""
    out, notes, pos = "", [], 0
    for m in _NOTE.finditer(line):
        out += line[pos:m.start()]
        notes.append((len(out), m.group(1).strip()))
        pos = m.end()
    return out + line[pos:], notes


_HEAD = re.compile(r"^(#{1,3})\s*(?:\{(=?)([0-9.]+|other)\})?\s*([^|]*)\|(.*)$")
_ROW_SID = re.compile(r"^\{([0-9.]+|other)\}\s*")


def parse(markup: str) -> list[Block]:
    blocks: list[Block] = []
    for raw in markup.splitlines():
        line = unicodedata.normalize("NFC", raw.strip())
        if not line:
            continue
        m = _HEAD.match(line)
        if m:
            blocks.append(Block("heading", text=m.group(5).strip(), level=len(m.group(1)),
                                sid=m.group(3), label=m.group(4).strip(), resume=bool(m.group(2))))
        elif line.startswith("@"):
            name, *opts = line[1:].split()
            blocks.append(Block("directive", text=name,
                                options=dict(o.split("=", 1) for o in opts)))
        elif line.startswith("| ") or line.startswith("|! "):
            header = line.startswith("|! ")
            cells = [c.strip() for c in line[2 if header else 1:].rstrip("|").split("|")]
            sid = None
            m2 = _ROW_SID.match(cells[0])
            if m2:
                sid, cells[0] = m2.group(1), cells[0][m2.end():]
            if not (blocks and blocks[-1].kind == "table"):
                blocks.append(Block("table"))
            t = blocks[-1]
            if header:
                if len(t.rows) != t.header_rows:
                    raise ValueError(f"header rows must come first: {line}")
                t.header_rows += 1
            t.rows.append(cells)
            t.row_sids.append(sid)
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
