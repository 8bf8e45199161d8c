"""DOCX -> Document with python-docx for the package and styles, and its oxml (lxml) layer
for what the API does not expose: body order with tables, outline levels, numbering,
merged and nested table cells, text boxes, footnotes.

Formatting is resolved the way Word does: direct run/paragraph properties, then the
character style, then the paragraph style and its w:basedOn chain, then w:docDefaults.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.styles import BabelFish
from lxml import etree

from .docx_numbering import Numbering
from .errors import ExtractionError
from .model import BlockKind, Cell, Document, Style
from .legacy_encodings import ConversionTally, Encoding, decode, document_prior, draws_capitals, font_encoding, judge
from .text import is_upper_text, normalize

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_TAG_P, _TAG_TBL, _TAG_R, _TAG_SDT = qn("w:p"), qn("w:tbl"), qn("w:r"), qn("w:sdt")
_TXBX = qn("w:txbxContent")
# Inline containers whose runs are part of the paragraph text.
_RUN_CONTAINERS = {qn(t) for t in ("w:hyperlink", "w:smartTag", "w:ins", "w:sdt", "w:sdtContent",
                                   "w:fldSimple", "w:customXml", "w:moveTo", "w:dir", "w:bdo")}
_ALIGN = {"left": "left", "start": "left", "center": "center", "right": "right", "end": "right",
          "both": "justify", "distribute": "justify", "mediumKashida": "justify",
          "highKashida": "justify", "lowKashida": "justify", "thaiDistribute": "justify"}
_NUMBERED_START = re.compile(r"^([IVXLC]+|\d+(\.\d+)*|[a-zđ])[.)]\s", re.IGNORECASE)
_FALSE = {"0", "false", "off", "none"}


def read_docx(path: Path, fmt: str = "docx") -> Document:
    """Read a .docx file into a Document (format `fmt`; "doc"/"odt"/"rtf" after conversion)."""
    path = Path(path)
    try:
        wdoc = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError) as exc:
        raise ExtractionError("corrupt", f"{path.name}: the Word package is damaged ({exc})") from exc
    # After a LibreOffice conversion the package says LibreOffice wrote it: not worth keeping.
    producer = _application(wdoc) if fmt == "docx" else None
    reader = _DocxReader(wdoc, Document(file_name=path.name, format=fmt, producer=producer))
    return reader.run()


def _application(wdoc) -> str | None:
    """The writing application from docProps/app.xml ("Microsoft Office Word", ...)."""
    for rel in wdoc.part.package.rels.values():
        if rel.reltype.endswith("/extended-properties") and not rel.is_external:
            try:
                root = etree.fromstring(rel.target_part.blob)
            except etree.XMLSyntaxError:
                return None
            app = root.find("{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Application")
            return app.text.strip() if app is not None and app.text else None
    return None


def _on(el, default: bool | None = None) -> bool | None:
    """Value of an OOXML toggle property element (w:b, w:i, w:caps)."""
    if el is None:
        return default
    return el.get(qn("w:val"), "1").lower() not in _FALSE


class _Styles:
    """Style lookups with w:basedOn inheritance, cached by style id."""

    def __init__(self, wdoc):
        root = wdoc.styles.element
        self.by_id = {s.get(qn("w:styleId")): s for s in root.findall(qn("w:style"))}
        self.default_para = next((sid for sid, s in self.by_id.items()
                                  if s.get(qn("w:type")) == "paragraph"
                                  and s.get(qn("w:default")) in ("1", "true")), None)
        defaults = root.find(qn("w:docDefaults"))
        self.default_rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
        self._chains: dict[str | None, list] = {}

    def chain(self, style_id: str | None) -> list:
        """The style element and its w:basedOn ancestors, nearest first."""
        if style_id in self._chains:
            return self._chains[style_id]
        out, seen, sid = [], set(), style_id
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            out.append(self.by_id[sid])
            based = self.by_id[sid].find(qn("w:basedOn"))
            sid = based.get(qn("w:val")) if based is not None else None
        self._chains[style_id] = out
        return out

    def name(self, style_id: str | None) -> str | None:
        s = self.by_id.get(style_id)
        n = s.find(qn("w:name")) if s is not None else None
        return BabelFish.internal2ui(n.get(qn("w:val"))) if n is not None else None


class _DocxReader:
    def __init__(self, wdoc, doc: Document):
        self.wdoc, self.doc = wdoc, doc
        self.styles = _Styles(wdoc)
        self.numbering = Numbering(self._part_element(RT.NUMBERING))
        self.table_count = 0
        # Legacy encodings (VNI, TCVN3) are decided run by run; what the whole body shows lets
        # a one-word run in a font that names no encoding be decided too.
        self.legacy_prior = document_prior(_legacy_samples(wdoc.element.body))
        self.legacy = ConversionTally()

    # -- parts ------------------------------------------------------------------------
    def _part_element(self, reltype: str):
        for rel in self.wdoc.part.rels.values():
            if rel.reltype == reltype and not rel.is_external:
                part = rel.target_part
                element = getattr(part, "element", None)
                return element if element is not None else etree.fromstring(part.blob)
        return None

    def run(self) -> Document:
        self._container(self.wdoc.element.body, None)
        self._headers_footers()
        self._notes(RT.FOOTNOTES, "w:footnote")
        self._notes(RT.ENDNOTES, "w:endnote")
        if (warning := self.legacy.warning()) is not None:
            self.doc.warnings.append(warning)
        return self.doc

    # -- walking ----------------------------------------------------------------------
    def _container(self, element, kind: BlockKind | None) -> None:
        """Emit blocks for the block-level children of body / header / text box, in order.
        `kind` forces HEADER/FOOTER/FOOTNOTE for everything inside."""
        for child in _flatten_sdt(element):
            if child.tag == _TAG_P:
                self._paragraph(child, kind)
            elif child.tag == _TAG_TBL:
                self._table(child, kind)

    def _paragraph(self, p, kind: BlockKind | None) -> None:
        text, style, boxes = self._render_paragraph(p)
        if text:
            if kind is not None:
                self.doc.add(kind, text, style=style)
            else:
                self.doc.add(self._kind(text, style), text, style=style)
        for box in boxes:  # text boxes read after the paragraph that anchors them
            self._container(box, kind)

    def _kind(self, text: str, style: Style) -> BlockKind:
        name = (style.style_name or "").lower()
        if style.outline_level is not None or name.startswith("heading") or name in ("title", "subtitle"):
            return BlockKind.HEADING
        # Reports rarely use heading styles: a short bold line in capitals or starting
        # "I." / "1." / "a)" is a heading candidate for nlp/ to confirm.
        if style.bold and len(text) <= 200 and (style.caps or _NUMBERED_START.match(text)):
            return BlockKind.HEADING
        if style.numbering_label:
            return BlockKind.LIST_ITEM
        return BlockKind.PARAGRAPH

    def _render_paragraph(self, p) -> tuple[str, Style, list]:
        """Text with its numbering label, resolved style, and text boxes anchored in it."""
        ppr = p.find(qn("w:pPr"))
        style_id = _val(ppr, "w:pStyle") or self.styles.default_para
        chain = self.styles.chain(style_id)
        pprs = [ppr] + [s.find(qn("w:pPr")) for s in chain]

        num_id, ilvl = None, None
        for i, pp in enumerate(pprs):
            numpr = pp.find(qn("w:numPr")) if pp is not None else None
            if numpr is not None:
                num_id = num_id or _val(numpr, "w:numId")
                if ilvl is None and _val(numpr, "w:ilvl") is not None:
                    ilvl = int(_val(numpr, "w:ilvl"))
                if num_id:
                    break
        outline = next((int(v) for v in (_val(pp, "w:outlineLvl") for pp in pprs) if v is not None), None)
        if outline is not None and outline >= 9:  # 9 = body text
            outline = None
        name = self.styles.name(style_id)
        m = re.match(r"Heading (\d)$", name or "")
        if outline is None and m:
            outline = int(m.group(1)) - 1
        jc = next((v for v in (_val(pp, "w:jc") for pp in pprs) if v is not None), None)

        runs, runs_fmt, boxes = [], [], []
        para_rprs = [s.find(qn("w:rPr")) for s in chain] + [self.styles.default_rpr]
        for r in _runs(p):
            rtext = _run_text(r)
            boxes.extend(_text_boxes(r))
            if not rtext:
                continue
            fmt = self._run_format(r, para_rprs)
            runs.append((rtext, fmt))
            if rtext.strip():
                runs_fmt.append((len(rtext.strip()), fmt))

        body = normalize(self._decode_runs(runs))
        label = self.numbering.label(num_id, ilvl or 0) if num_id else None
        text = f"{label} {body}".strip() if label and body else body
        style = Style(style_name=name, outline_level=outline,
                      alignment=_ALIGN.get(jc) if jc else None,
                      numbering_label=label if body else None,
                      numbering_level=(ilvl or 0) if (label and body) else None)
        if runs_fmt:
            style.bold = all(f["bold"] for _, f in runs_fmt)
            style.italic = all(f["italic"] for _, f in runs_fmt)
            style.caps = all(f["caps"] for _, f in runs_fmt) or is_upper_text(body)
            sizes = Counter()
            for n, f in runs_fmt:
                if f["size"]:
                    sizes[f["size"]] += n
            style.font_size = sizes.most_common(1)[0][0] if sizes else None
        return text, style, boxes

    def _decode_runs(self, runs: list[tuple[str, dict]]) -> str:
        """The paragraph's text in Unicode: consecutive runs that agree on encoding hint (font
        name) and capitals are decoded together, since Word splits runs anywhere, even
        between a VNI letter and its modifier ("Vie" | "ät")."""
        out: list[str] = []
        i = 0
        while i < len(runs):
            font = runs[i][1]["font"]
            key = (font_encoding(font), runs[i][1]["caps"], draws_capitals(font))
            j = i + 1
            while j < len(runs) and (font_encoding(runs[j][1]["font"]), runs[j][1]["caps"],
                                     draws_capitals(runs[j][1]["font"])) == key:
                j += 1
            group = runs[i:j]
            hint, caps, capitals_font = key
            text = "".join(t for t, _ in group)
            encoding = judge(text, hint, prior=self.legacy_prior)
            if encoding is not Encoding.UNICODE:
                text = decode(text, encoding, upper=capitals_font)
                for rtext, fmt in group:
                    if not rtext.isascii():
                        self.legacy.add(encoding, fmt["font"], by_text=hint is None)
            out.append(text.upper() if caps else text)  # w:caps: Word displays it in capitals
            i = j
        return "".join(out)

    def _run_format(self, r, para_rprs: list) -> dict:
        rpr = r.find(qn("w:rPr"))
        rstyle = _val(rpr, "w:rStyle")
        rprs = [rpr] + [s.find(qn("w:rPr")) for s in self.styles.chain(rstyle)] + para_rprs

        def first(tag):
            for el in rprs:
                if el is not None and (child := el.find(qn(tag))) is not None:
                    return child
            return None

        sz = first("w:sz")
        fonts = first("w:rFonts")
        size = sz.get(qn("w:val")) if sz is not None else None
        return {"bold": bool(_on(first("w:b"), False)), "italic": bool(_on(first("w:i"), False)),
                "caps": bool(_on(first("w:caps"), False)),
                "size": float(size) / 2 if size and size.replace(".", "").isdigit() else None,
                "font": _font_name(fonts)}

    # -- tables -----------------------------------------------------------------------
    def _table(self, tbl, kind: BlockKind | None) -> None:
        cells, nested = self._table_cells(tbl)
        if kind is not None:  # a table in a header/footer/note: one block of its text
            text = "\n".join(" | ".join(c.text.replace("\n", " ") for c in row) for row in _rows(cells))
            if text.strip():
                self.doc.add(kind, normalize(text, keep_newlines=True))
            return
        index = self.table_count
        self.table_count += 1
        rows = _rows(cells)
        table_text = "\n".join(" | ".join(c.text.replace("\n", " ") for c in row) for row in rows)
        self.doc.add(BlockKind.TABLE, table_text, cells=cells, table_index=index)
        for row in rows:
            self.doc.add(BlockKind.TABLE_ROW, " | ".join(c.text.replace("\n", " ") for c in row),
                         cells=row, table_index=index, row=row[0].row)
        for inner in nested:  # nested tables also stand as tables of their own
            self._table(inner, kind)

    def _table_cells(self, tbl) -> tuple[list[Cell], list]:
        cells: list[Cell] = []
        nested: list = []
        open_vmerge: dict[int, Cell] = {}
        for r, tr in enumerate(_children(tbl, qn("w:tr"))):
            trpr = tr.find(qn("w:trPr"))
            col = int(_val(trpr, "w:gridBefore", "0") or 0)
            for tc in _children(tr, qn("w:tc")):
                tcpr = tc.find(qn("w:tcPr"))
                span = int(_val(tcpr, "w:gridSpan", "1") or 1)
                vm = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
                vmerge = None if vm is None else (vm.get(qn("w:val")) or "continue")
                if vmerge == "continue" and col in open_vmerge:
                    open_vmerge[col].row_span += 1
                    self._cell_text(tc, nested)  # still advance numbering inside it
                    col += span
                    continue
                cell = Cell(text=self._cell_text(tc, nested), row=r, col=col, col_span=span)
                cells.append(cell)
                for c in range(col, col + span):
                    open_vmerge.pop(c, None)
                if vmerge == "restart":
                    open_vmerge[col] = cell
                col += span
        return cells, nested

    def _cell_text(self, tc, nested: list) -> str:
        lines = []
        for child in _flatten_sdt(tc):
            if child.tag == _TAG_P:
                text, _, boxes = self._render_paragraph(child)
                lines.append(text)
                for box in boxes:
                    lines.extend(self._render_paragraph(bp)[0] for bp in box.iter(_TAG_P))
            elif child.tag == _TAG_TBL:
                inner, _ = self._table_cells(child)
                nested.append(child)
                lines.extend(" | ".join(c.text.replace("\n", " ") for c in row) for row in _rows(inner))
        return normalize("\n".join(lines), keep_newlines=True)

    # -- headers, footers, notes --------------------------------------------------------
    def _headers_footers(self) -> None:
        seen = set()
        for section in self.wdoc.sections:
            for attr, kind in (("first_page_header", BlockKind.HEADER), ("header", BlockKind.HEADER),
                               ("even_page_header", BlockKind.HEADER), ("first_page_footer", BlockKind.FOOTER),
                               ("footer", BlockKind.FOOTER), ("even_page_footer", BlockKind.FOOTER)):
                hf = getattr(section, attr)
                if hf.is_linked_to_previous:
                    continue
                element = hf._element
                if id(element) in seen:
                    continue
                seen.add(id(element))
                self._container(element, kind)

    def _notes(self, reltype: str, tag: str) -> None:
        root = self._part_element(reltype)
        if root is None:
            return
        for note in root.findall(qn(tag)):
            if note.get(qn("w:type")) not in (None, "normal"):
                continue  # separator lines, not content
            texts = [self._render_paragraph(p)[0] for p in note.iter(_TAG_P)]
            text = normalize(" ".join(t for t in texts if t))
            if text:
                self.doc.add(BlockKind.FOOTNOTE, text)


# -- helpers -----------------------------------------------------------------------------
def _legacy_samples(body):
    """(text, font hint) for document_prior: each paragraph's text, and each run whose own
    w:rFonts names a legacy font (style inheritance is left to the run-by-run pass)."""
    for p in body.iter(_TAG_P):
        yield "".join(t.text or "" for t in p.iter(qn("w:t"))), None
        for r in p.iter(_TAG_R):
            rpr = r.find(qn("w:rPr"))
            hint = font_encoding(_font_name(rpr.find(qn("w:rFonts")))) if rpr is not None else None
            if hint is not None:
                yield "".join(t.text or "" for t in r.iter(qn("w:t"))), hint


def _font_name(fonts) -> str | None:
    """The run's font for Latin text. Word draws ASCII in w:ascii and the Windows-1252 upper
    half (where VNI/TCVN3 put their letters) in w:hAnsi: a legacy font named in either wins."""
    if fonts is None:
        return None
    names = [n for n in (fonts.get(qn("w:ascii")), fonts.get(qn("w:hAnsi"))) if n]
    return next((n for n in names if font_encoding(n)), names[0] if names else None)


def _val(el, tag: str, default=None):
    if el is None:
        return default
    child = el.find(qn(tag))
    return child.get(qn("w:val"), default) if child is not None else default


def _children(el, tag):
    """Direct children with `tag`, looking through content controls (w:sdt) around them."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in (_TAG_SDT, qn("w:sdtContent"), qn("w:customXml")):
            yield from _children(child, tag)


def _flatten_sdt(el):
    for child in el:
        if child.tag in (_TAG_SDT, qn("w:sdtContent"), qn("w:customXml")):
            yield from _flatten_sdt(child)
        else:
            yield child


def _runs(p):
    """Runs of a paragraph in order, through hyperlinks/insertions/content controls;
    deleted text (w:del, w:moveFrom) is skipped."""
    for child in p:
        if child.tag == _TAG_R:
            yield child
        elif child.tag in _RUN_CONTAINERS:
            yield from _runs(child)
        elif child.tag == f"{{{_MC}}}AlternateContent":
            choice = child.find(f"{{{_MC}}}Choice")
            if choice is not None:
                yield from _runs(choice)


def _run_text(r) -> str:
    out = []
    for child in r:
        tag = child.tag
        if tag == qn("w:t"):
            out.append(child.text or "")
        elif tag == qn("w:tab") or tag == qn("w:ptab"):
            out.append("\t")
        elif tag in (qn("w:br"), qn("w:cr")):
            out.append(" ")
        elif tag == qn("w:noBreakHyphen"):
            out.append("-")
        elif tag == qn("w:sym"):
            code = child.get(qn("w:char"), "")
            try:
                ch = chr(int(code, 16))
                out.append({"\uf0b7": "•", "\uf02d": "-"}.get(ch, ch if ord(ch) < 0xF000 else ""))
            except ValueError:
                pass
    return "".join(out)


def _text_boxes(r) -> list:
    """w:txbxContent elements anchored in this run, once each: the mc:Fallback (VML copy
    of a DrawingML text box) and boxes nested in other boxes are left out."""
    found = []
    for box in r.iter(_TXBX):
        anc, keep = box.getparent(), True
        while anc is not None and anc is not r:
            if anc.tag == _TXBX or anc.tag == f"{{{_MC}}}Fallback":
                keep = False
                break
            anc = anc.getparent()
        if keep:
            found.append(box)
    return found


def _rows(cells: list[Cell]) -> list[list[Cell]]:
    by_row: dict[int, list[Cell]] = {}
    for c in cells:
        by_row.setdefault(c.row, []).append(c)
    return [sorted(cs, key=lambda c: c.col) for _, cs in sorted(by_row.items())]
