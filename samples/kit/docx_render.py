"""Lay a sample out as a .docx, the way a provincial office types a report.

Layouts of the body headings (``SAMPLE["layout"]["headings"]``):

* ``styles``  - Word heading styles (Heading 1/2/3), label typed in the text;
* ``autonum`` - bold Normal paragraphs whose "I."/"1."/"a)" label exists only in
  word/numbering.xml (abstractNum upperRoman / decimal / lowerLetter); list items use an
  automatic "-" bullet as well;
* ``bold``    - bold Normal paragraphs with the label typed in the text;
* ``custom``  - paragraphs in custom-named paragraph styles (``layout.heading_styles``, e.g.
  ``["Muc 1", "Muc 2", "Muc 3"]``: bold, no outline level), label typed in the text.

``layout.font`` names the body font (default Times New Roman), ``layout.font_size`` its size;
a paragraph's ``[^note]`` markers become real Word footnotes (word/footnotes.xml).

Every layout has the two-column header table (issuing body + "Số:" | national motto + place
and date); the signature block is a two-column table (``signature: table``) or plain
paragraphs (``signature: plain``). ``nfd: true`` writes every text run decomposed (NFD).
``header.vv`` puts a công văn's subject line ("V/v ...") under the number (with ``title: []``
for a letter without a "BÁO CÁO" title); ``SAMPLE["appendix"]`` (body markup) is laid out
after the signature on a new page.

Tables the way statistics offices draw them (see ``kit/markup.py``): ``|!`` header rows are bold
and marked to repeat on every page (w:tblHeader); ``<`` / ``^`` cells are merged horizontally
(w:gridSpan) / vertically (w:vMerge); a cell holds several paragraphs (`` ¶ ``), typed "-"/"+"
bullets among them; ``@table widths=... size=...`` sets the next table's column widths and font
size; ``@landscape`` / ``@portrait`` start a new section (w:sectPr) in that orientation.
Tables without any of these are laid out exactly as before.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for readers of the layout)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from .markup import MERGE_LEFT, MERGE_UP, Block, cell_paragraphs

FONT = "Times New Roman"
NUM_HEADINGS, NUM_BULLETS = 90, 91
FIXED_TIME = dt.datetime(2024, 9, 20, 8, 0, 0)

_ABSTRACT_HEADINGS = f"""
<w:abstractNum {nsdecls('w')} w:abstractNumId="{NUM_HEADINGS}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:lvl>
</w:abstractNum>"""

_ABSTRACT_BULLETS = f"""
<w:abstractNum {nsdecls('w')} w:abstractNumId="{NUM_BULLETS}">
  <w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}"/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}"/></w:rPr></w:lvl>
</w:abstractNum>"""


def _roman(n: int) -> str:
    vals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out, n = out + s, n - v
    return out


class _Writer:
    def __init__(self, sample: dict):
        self.sample = sample
        self.layout = sample.get("layout", {})
        self.nfd = bool(self.layout.get("nfd"))
        self.size = Pt(self.layout.get("font_size", 14))
        self.font = self.layout.get("font", FONT)
        self.footnotes: list[str] = []
        self.doc = Document()
        self._setup()

    # -- text -------------------------------------------------------------------------------
    def t(self, s: str) -> str:
        return unicodedata.normalize("NFD" if self.nfd else "NFC", s)

    def run(self, p, text, bold=False, italic=False, size=None, underline=False):
        r = p.add_run(self.t(text))
        r.bold, r.italic, r.underline = bold or None, italic or None, underline or None
        r.font.name = self.font
        if size:
            r.font.size = size
        return r

    def para(self, text="", *, bold=False, italic=False, align=None, indent=True, size=None,
             style=None, space_after=6, keep=False):
        p = self.doc.add_paragraph(style=style)
        pf = p.paragraph_format
        pf.alignment = align if align is not None else WD_ALIGN_PARAGRAPH.JUSTIFY
        pf.first_line_indent = Cm(1.0) if indent else None
        pf.space_after = Pt(space_after)
        pf.space_before = Pt(0)
        pf.line_spacing = 1.15
        if keep:
            pf.keep_with_next = True
        if text:
            self.run(p, text, bold=bold, italic=italic, size=size)
        return p

    # -- document setup ---------------------------------------------------------------------
    def _setup(self):
        d = self.doc
        sec = d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
        for name in ("Normal", "Heading 1", "Heading 2", "Heading 3"):
            st = d.styles[name]
            st.font.name = self.font
            rpr = st.element.get_or_add_rPr()
            rfonts = rpr.find(qn("w:rFonts"))
            if rfonts is not None:
                for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                    rfonts.attrib.pop(qn(a), None)
                rfonts.set(qn("w:ascii"), self.font)
                rfonts.set(qn("w:hAnsi"), self.font)
                rfonts.set(qn("w:cs"), self.font)
            st.font.size = self.size
            if name != "Normal":
                st.font.color.rgb = RGBColor(0, 0, 0)
                st.font.bold = True
                st.font.italic = name == "Heading 3"
                st.paragraph_format.space_before = Pt(6)
                st.paragraph_format.space_after = Pt(6)
                st.paragraph_format.first_line_indent = Cm(1.0)
        cp = d.core_properties
        meta = self.sample["document"]
        cp.author = self.sample.get("author", "Văn phòng UBND")
        cp.last_modified_by = cp.author
        cp.title = meta["title"]
        cp.subject = "Báo cáo thực hiện Công văn 3836/BTTTT-TTĐN"
        cp.comments = ""
        cp.keywords = ""
        cp.created = cp.modified = FIXED_TIME
        cp.last_printed = FIXED_TIME
        cp.revision = 3
        if self.layout.get("headings") == "autonum" or self.layout.get("bullets") == "auto":
            self._add_numbering()
        if self.layout.get("headings") == "custom":
            self._add_custom_styles()

    def _add_custom_styles(self):
        """Paragraph styles an office made for its own headings ("Muc 1", "Muc 2", ...): based on
        Normal, bold, without an outline level, so nothing marks them as headings but the name."""
        from docx.enum.style import WD_STYLE_TYPE

        for i, name in enumerate(self.layout["heading_styles"]):
            st = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.base_style = self.doc.styles["Normal"]
            st.next_paragraph_style = self.doc.styles["Normal"]
            st.quick_style = True
            st.font.name = self.font
            st.font.size = self.size
            st.font.bold = True
            st.font.italic = i == 2
            pf = st.paragraph_format
            pf.space_before, pf.space_after = Pt(6), Pt(6)
            pf.first_line_indent = Cm(1.0)
            pf.keep_with_next = True
            pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if i else WD_ALIGN_PARAGRAPH.LEFT

    def text_with_notes(self, p, text: str, notes):
        """Runs of `text` with a footnote reference after each note's offset."""
        pos = 0
        for off, note in notes:
            if text[pos:off]:
                self.run(p, text[pos:off])
            self.footnotes.append(note)
            r = p.add_run()
            r.font.name = self.font
            rpr = r._r.get_or_add_rPr()
            rpr.append(parse_xml(f'<w:vertAlign {nsdecls("w")} w:val="superscript"/>'))
            r._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{len(self.footnotes)}"/>'))
            pos = off
        if text[pos:]:
            self.run(p, text[pos:])

    def add_footnotes_part(self):
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part
        from xml.sax.saxutils import escape

        if not self.footnotes:
            return
        w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        rpr = (f'<w:rFonts w:ascii="{self.font}" w:hAnsi="{self.font}" w:cs="{self.font}"/>'
               '<w:sz w:val="22"/><w:szCs w:val="22"/>')
        ppr = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>'
        notes = [
            f'<w:footnote w:type="separator" w:id="-1"><w:p>{ppr}<w:r><w:separator/></w:r></w:p></w:footnote>',
            f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p>{ppr}<w:r><w:continuationSeparator/>'
            '</w:r></w:p></w:footnote>']
        for i, note in enumerate(self.footnotes, 1):
            notes.append(
                f'<w:footnote w:id="{i}"><w:p>{ppr}<w:r><w:rPr>{rpr}<w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteRef/></w:r><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve"> '
                f'{escape(self.t(note))}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{w}">'
               + "".join(notes) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    def _add_numbering(self):
        numbering = self.doc.part.numbering_part.element
        nums = numbering.findall(qn("w:num"))
        first_num = nums[0] if nums else None
        for xml in (_ABSTRACT_HEADINGS, _ABSTRACT_BULLETS):
            el = parse_xml(xml)
            if first_num is not None:
                first_num.addprevious(el)
            else:
                numbering.append(el)
        last = numbering.findall(qn("w:num"))
        anchor = last[-1] if last else None
        for num_id in (NUM_HEADINGS, NUM_BULLETS):
            el = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')
            if anchor is not None:
                anchor.addnext(el)
                anchor = el
            else:
                numbering.append(el)

    @staticmethod
    def _number(p, num_id: int, ilvl: int):
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = ilvl
        numpr.get_or_add_numId().val = num_id

    # -- parts ------------------------------------------------------------------------------
    @staticmethod
    def _no_borders(table):
        tbl_pr = table._tbl.tblPr
        tbl_pr.append(parse_xml(
            f'<w:tblBorders {nsdecls("w")}>' + "".join(
                f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
            + "</w:tblBorders>"))

    @staticmethod
    def _widths(table, widths):
        table.autofit = False
        for col, w in zip(table.columns, widths):
            col.width = w
        for row in table.rows:
            for c, w in zip(row.cells, widths):
                c.width = w

    def _cell_lines(self, cell, lines, *, bold_idx=(), italic=False, align=WD_ALIGN_PARAGRAPH.CENTER,
                    size=None):
        first = True
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.paragraph_format.alignment = align
            p.paragraph_format.space_after = Pt(0)
            if line:
                bold = bold_idx == "all" or i in bold_idx
                self.run(p, line, bold=bold, italic=italic, size=size)

    def header(self):
        h = self.sample["header"]
        table = self.doc.add_table(rows=2, cols=2)
        self._no_borders(table)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        self._widths(table, (Cm(6.0), Cm(10.0)))
        left = h["left"]
        bold_left = h.get("bold_left", tuple(range(len(left))) if len(left) == 1 else tuple(range(1, len(left))))
        self._cell_lines(table.cell(0, 0), left, bold_idx=bold_left, size=Pt(13))
        self._cell_lines(table.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
                         bold_idx="all", size=Pt(12))
        self._cell_lines(table.cell(1, 0), [f"Số: {h['number']}" if h.get("number") else "Số:      /BC-UBND"],
                         size=Pt(13))
        for line in h.get("vv", []):  # a công văn: its subject ("V/v ...") under the number
            p = table.cell(1, 0).add_paragraph()
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            self.run(p, line, size=Pt(11))
        self._cell_lines(table.cell(1, 1), [h["place_date"]], italic=True, size=Pt(13))
        self.para("", space_after=6)
        for i, line in enumerate(self.sample["title"]):
            self.para(line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=0)
        self.para("", space_after=0)
        for line in self.sample["kinh_gui"]:
            self.para(line, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, space_after=6)

    def blocks(self, blocks: list[Block]):
        mode = self.layout.get("headings", "bold")
        auto_bullets = self.layout.get("bullets") == "auto" or mode == "autonum"
        counters = [0, 0, 0]
        for b in blocks:
            if b.kind == "heading":
                lvl = b.level - 1
                if mode == "autonum":
                    counters[lvl] += 1
                    for k in range(lvl + 1, 3):
                        counters[k] = 0
                    expected = [f"{_roman(counters[0])}.", f"{counters[1]}.",
                                f"{chr(96 + counters[2]) if counters[2] else ''})"][lvl]
                    if b.label != expected:
                        raise ValueError(f"autonum label {b.label!r} != numbering {expected!r}: {b.text}")
                    p = self.para(b.text, bold=True, italic=lvl == 2, keep=True)
                    self._number(p, NUM_HEADINGS, lvl)
                    p.paragraph_format.first_line_indent = None
                elif mode == "custom":
                    p = self.doc.add_paragraph(style=self.layout["heading_styles"][lvl])
                    self.run(p, b.display)
                elif mode == "styles":
                    p = self.doc.add_paragraph(style=f"Heading {b.level}")
                    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                    self.run(p, b.display)
                    p.paragraph_format.keep_with_next = True
                else:
                    self.para(b.display, bold=True, italic=lvl == 2, keep=True)
            elif b.kind == "para":
                p = self.para()
                if b.lead:
                    self.run(p, b.lead, bold=True, italic=True)
                    rest = b.text[len(b.lead):]
                    if rest:
                        self.run(p, rest)
                elif b.notes:
                    self.text_with_notes(p, b.text, b.notes)
                else:
                    self.run(p, b.text)
            elif b.kind == "item":
                if b.notes:
                    p = self.para()
                    if auto_bullets:
                        self._number(p, NUM_BULLETS, 0 if b.bullet == "-" else 1)
                        p.paragraph_format.first_line_indent = None
                        self.text_with_notes(p, b.text, b.notes)
                    else:
                        self.text_with_notes(p, b.display, [(o + len(b.bullet) + 1, n) for o, n in b.notes])
                elif auto_bullets:
                    p = self.para(b.text)
                    self._number(p, NUM_BULLETS, 0 if b.bullet == "-" else 1)
                    p.paragraph_format.first_line_indent = None
                else:
                    self.para(b.display)
            elif b.kind == "boldline":
                self.para(b.text, bold=True, italic=True, keep=True)
            elif b.kind == "note":
                self.para(b.text, italic=True, size=Pt(12))
            elif b.kind == "directive":
                if b.text in ("landscape", "portrait"):
                    self.orientation(b.text)
                elif b.text == "table":
                    self._table_opts = b.options
                else:
                    raise ValueError(f"unknown directive @{b.text}")
            elif b.kind == "table":
                opts, self._table_opts = getattr(self, "_table_opts", {}), {}
                special = b.header_rows or opts or any(
                    c in (MERGE_LEFT, MERGE_UP) or "¶" in c for r in b.rows for c in r)
                if special:
                    self.stat_table(b, opts)
                else:
                    self.table(b.rows)

    def table(self, rows):
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        num = re.compile(r"^[+\-–]?[\d.,]+%?$")
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                cell = table.cell(i, j)
                p = cell.paragraphs[0]
                p.paragraph_format.space_after = Pt(2)
                p.paragraph_format.alignment = (
                    WD_ALIGN_PARAGRAPH.CENTER if i == 0 or num.match(text) else WD_ALIGN_PARAGRAPH.LEFT)
                self.run(p, text, bold=i == 0, size=Pt(12))
        self.para("", space_after=2)

    def orientation(self, which: str):
        """A new section on a new page, landscape or portrait (its own w:sectPr)."""
        from docx.enum.section import WD_ORIENT, WD_SECTION

        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        if which == "landscape":
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
            sec.left_margin, sec.right_margin = Cm(2.0), Cm(2.0)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
            sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    def stat_table(self, b: Block, opts: dict):
        """A table with header rows, merged cells and cells of several paragraphs."""
        rows, n_head = b.rows, b.header_rows or 1
        size = Pt(float(opts.get("size", 12)))
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        if opts.get("widths"):
            self._widths(table, [Cm(float(w)) for w in opts["widths"].split(",")])
        num = re.compile(r"^([+\-–]?[\d.,]+%?|-|\([\d=/()+\-]+\)|[A-D]|\d+=\d+/\d+)$")
        for i, row in enumerate(rows):
            group = i >= n_head and MERGE_LEFT in row          # "I. Du lịch" spanning the table
            for j, text in enumerate(row):
                if text in (MERGE_LEFT, MERGE_UP):
                    continue
                cell = table.cell(i, j)
                paras = cell_paragraphs(text)
                for k, ptext in enumerate(paras):
                    p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    pf = p.paragraph_format
                    pf.space_after = Pt(2)
                    if i < n_head or num.match(ptext):
                        pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    else:
                        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if len(paras) > 1 else WD_ALIGN_PARAGRAPH.LEFT
                    if ptext:
                        self.run(p, ptext, bold=i < n_head or group, size=size)
        for i, row in enumerate(rows):                          # merges, after the text is in
            for j, text in enumerate(row):
                if text in (MERGE_LEFT, MERGE_UP):
                    continue
                w = 1
                while j + w < len(row) and row[j + w] == MERGE_LEFT:
                    w += 1
                h = 1
                while i + h < len(rows) and rows[i + h][j] == MERGE_UP:
                    h += 1
                if w > 1 or h > 1:
                    table.cell(i, j).merge(table.cell(i + h - 1, j + w - 1))
        for i in range(b.header_rows):                          # repeated on every page
            tr_pr = table.rows[i]._tr.get_or_add_trPr()
            tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        self.para("", space_after=2)

    def closing(self):
        for line in self.sample["closing"]:
            self.para(line)
        rec = self.sample["recipients"]
        sig = self.sample["signature"]
        if self.layout.get("signature", "table") == "table":
            table = self.doc.add_table(rows=1, cols=2)
            self._no_borders(table)
            self._widths(table, (Cm(7.5), Cm(8.5)))
            cell = table.cell(0, 0)
            p = cell.paragraphs[0]
            self.run(p, rec[0], bold=True, italic=True, size=Pt(12))
            for line in rec[1:]:
                q = cell.add_paragraph()
                q.paragraph_format.space_after = Pt(0)
                self.run(q, line, size=Pt(11))
            bold_to = len(sig) - 1
            self._cell_lines(table.cell(0, 1), sig[:-1] + ["", "", "", sig[-1]],
                             bold_idx=tuple(range(bold_to)) + (bold_to + 3,))
        else:
            for line in sig[:-1]:
                self.para(line, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, space_after=0)
            for _ in range(3):
                self.para("", space_after=0)
            self.para(sig[-1], bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
            self.para(rec[0], bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
                      size=Pt(12), space_after=0)
            for line in rec[1:]:
                self.para(line, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, size=Pt(11), space_after=0)


def render(sample: dict, intro: list[Block], body: list[Block], path: Path,
           appendix: list[Block] | None = None) -> Path:
    w = _Writer(sample)
    w.header()
    w.blocks(intro)
    w.blocks(body)
    w.closing()
    if appendix:  # a Phụ lục after the signature, on a page of its own
        from docx.enum.text import WD_BREAK

        w.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        w.blocks(appendix)
    w.add_footnotes_part()
    w.doc.save(str(path))
    return path


def normalize_zip(path: Path, pages: int | None = None) -> None:
    """Rewrite a .docx with fixed member timestamps (reproducible bytes) and, if given, the
    page count Word would store in docProps/app.xml."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in members:
        if name == "docProps/app.xml" and pages is not None:
            data = re.sub(rb"<Pages>\d+</Pages>", f"<Pages>{pages}</Pages>".encode(), data)
            data = data.replace(b"Microsoft Macintosh Word", b"Microsoft Office Word")
        if name == "docProps/thumbnail.jpeg":
            continue
        if name in ("_rels/.rels", "[Content_Types].xml"):
            data = re.sub(rb"<Relationship [^>]*thumbnail[^>]*/>", b"", data)
            data = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", data)
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            info = zipfile.ZipInfo(name, date_time=(2024, 9, 20, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
