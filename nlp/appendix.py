"""What an appendix (Phụ lục after the signature, section `appendix`) gives the components
that read prose: its paragraphs, and each row of its tables as one text, since an
appendix lists things in tables (a channel list "STT | Tên kênh | Địa chỉ | Người theo dõi",
one channel a row). RECORD.md: an appendix is read like the body."""

from __future__ import annotations

import re

from extractors.model import Block, BlockKind
from nlp.context import Context
from nlp.textkit import joined_blocks, nfc

APPENDIX = "appendix"
_NUMBER_ONLY = re.compile(r"^[\s\d.,%()+\-–]*$")
_ADDRESS = re.compile(r"^(?:https?://|www\.)?[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?$|^@\w")


def appendix_texts(ctx: Context) -> list[tuple[str, Block]]:
    """(text, block) of the appendix: paragraphs joined as in the body, then every table row
    after its column names, its cells joined with ", " (one sentence). Running numbers and
    bare numbers are left out, and so is a web address beside a name (the name says which
    channel it is; an address would read as a website of its own)."""
    blocks = [b for b in ctx.blocks_in(APPENDIX) if b.index not in ctx.heading_blocks]
    out = list(joined_blocks(blocks))
    for block in blocks:
        if block.kind != BlockKind.TABLE_ROW or block.row == 0:
            continue
        cells = [nfc(c.text).replace("\n", " ").strip() for c in sorted(block.cells, key=lambda c: c.col)]
        cells = [c for c in cells if c and not _NUMBER_ONLY.match(c)]
        named = [c for c in cells if not _ADDRESS.match(c)]
        text = ", ".join(named or cells)
        if text:
            out.append((text, block))
    return out
