"""What the nlp components share: the parsed Document, the section of every block, and the
record being filled. Each component (see pipeline.py) reads the document and fills one part."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.model import Block, Document
from storage.record import (
    Assessment, ChannelMention, DocumentInfo, Evidence, Factors, Figure, KeyMessages, Plan,
    Recommendation, Section,
)


@dataclass
class Context:
    # What the components read. The parsed document itself, or, for a report written as a
    # table, its reading view (nlp/table_report.py): the outline table's result cells as
    # paragraphs and list items in place of its rows. `origin` maps a reading-view block
    # index to the parsed document's block index, which evidence always points at.
    document: Document
    info: DocumentInfo
    origin: dict[int, int] = field(default_factory=dict)   # empty: the view is the parsed document
    source: Document | None = None                          # the parsed document when `document` is a view
    # Index (in the parsed document) of the first block of the report proper: after a cover
    # letter (công văn "V/v gửi báo cáo ...") filed in front of it; 0 when there is none.
    report_start: int = 0
    # Filled by the sections component: block index -> outline section id
    # ("1", "2", "2.1", "2.2", "2.3", "3", "preamble", "closing", "appendix", "other").
    section_of: dict[int, str] = field(default_factory=dict)
    # Block indices recognised as outline headings (their own text is not section text).
    heading_blocks: set[int] = field(default_factory=set)
    plan: Plan = field(default_factory=Plan)
    factors: Factors = field(default_factory=Factors)
    key_messages: KeyMessages = field(default_factory=KeyMessages)
    channels: list[ChannelMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    assessment: Assessment = field(default_factory=Assessment)
    recommendations: list[Recommendation] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def blocks_in(self, *section_ids: str) -> list[Block]:
        """Body blocks (tables as rows) whose section is one of `section_ids`, in order."""
        wanted = set(section_ids)
        return [b for b in self.document.body() if self.section_of.get(b.index) in wanted]

    def source_index(self, block: Block) -> int:
        """The block's index in the parsed document (a reading-view paragraph: its table row)."""
        return self.origin.get(block.index, block.index)

    def evidence(self, block: Block, text: str | None = None) -> Evidence:
        return Evidence(
            text=text if text is not None else block.text,
            section=self.section_of.get(block.index),
            page=block.page,
            block=self.source_index(block),
            bbox=list(block.bbox) if block.bbox else None,
        )
