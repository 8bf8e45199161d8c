"""The sample inbox and its gold records (samples/build.py).

Checks the real files, not the sources: every file has a gold that validates against the
record model and names the file by its sha256; the formats and layouts the samples promise
(heading styles, automatic numbering, text and scanned PDF, .doc, .odt, NFD text, old tone
placement, number formats, distractors, RTF, a text PDF with a scanned page, a công văn with a
"V/v" subject line, an appendix after the signature) are really there.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from storage.record import Record

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
INBOX, GOLD = SAMPLES / "inbox", SAMPLES / "gold"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

PROVINCES = {
    "Hà Nội", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La",
    "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh",
    "Hải Dương", "Hải Phòng", "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An",
    "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định",
    "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng",
    "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh", "Long An", "Tiền Giang",
    "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Cần Thơ", "Hậu Giang", "Sóc Trăng",
    "Bạc Liêu", "Cà Mau",
}
EXT = {"docx": ".docx", "pdf": ".pdf", "pdf_scanned": ".pdf", "doc": ".doc", "odt": ".odt", "rtf": ".rtf"}
PERIOD = re.compile(r"^\d{4}(-(H[12]|9M|Q[1-4]|\d{2}))?$|^\d{4}-\d{4}$|^\d{4}/\d{4}$|^\d{4}-\d{2}$")

FILES = sorted(p for p in INBOX.iterdir() if p.is_file()) if INBOX.exists() else []
GOLDS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}


def nfc_fold(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def of_format(*formats: str) -> list[tuple[Path, dict]]:
    return [(INBOX / g["document"]["file_name"], g) for g in GOLDS.values() if g["document"]["format"] in formats]


def docx_text(path: Path) -> str:
    """Paragraph texts and table rows (cells joined by " | ") of a .docx, NFC."""
    import docx

    d = docx.Document(str(path))
    body = d.element.body
    lines = []
    for el in body.iterchildren():
        if el.tag == W + "p":
            lines.append("".join(t.text or "" for t in el.iter(W + "t")))
        elif el.tag == W + "tbl":
            for tr in el.iter(W + "tr"):
                cells = ["\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.iter(W + "p"))
                         for tc in tr.iter(W + "tc")]
                lines.append(" | ".join(cells))
                lines.extend(cells)
    return unicodedata.normalize("NFC", "\n".join(lines))


def all_evidence(g: dict):
    for k in ("factors", "key_messages"):
        for it in g[k]["items"]:
            yield it["evidence"]
    for k in ("channels", "figures", "recommendations"):
        for it in g[k]:
            yield it["evidence"]
    for items in g["assessment"].values():
        for it in items:
            yield it["evidence"]
    if g["plan"].get("evidence"):
        yield g["plan"]["evidence"]


# -- the set as a whole ------------------------------------------------------------------------

def test_enough_samples_and_provinces():
    assert len(FILES) >= 12
    provinces = {g["document"]["province"] for g in GOLDS.values()}
    assert len(provinces) >= 12
    assert provinces <= PROVINCES


def test_every_file_has_a_gold_and_every_gold_a_file():
    assert {p.stem for p in FILES} == set(GOLDS)
    assert {p.name for p in FILES} == {g["document"]["file_name"] for g in GOLDS.values()}


def test_inbox_is_small():
    # photos and scans of pages (one image a page) are most of it
    assert sum(p.stat().st_size for p in FILES) < 8_000_000


def test_all_formats_present():
    formats = Counter(g["document"]["format"] for g in GOLDS.values())
    assert {"docx", "pdf", "pdf_scanned", "doc", "odt", "rtf"} <= set(formats)


def test_plan_statuses_spread():
    statuses = Counter(g["plan"]["status"] for g in GOLDS.values())
    for status in ("built", "in_progress", "not_built"):
        assert statuses[status] >= 2, statuses


# -- each gold ----------------------------------------------------------------------------------

@pytest.mark.parametrize("stem", sorted(GOLDS))
def test_gold_is_a_valid_record(stem):
    g = GOLDS[stem]
    Record.model_validate(g)
    doc = g["document"]
    path = INBOX / doc["file_name"]
    assert path.exists()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == doc["sha256"]
    assert path.suffix == EXT[doc["format"]]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc["date"])
    assert doc["province"] in PROVINCES
    assert doc["pages"] and 2 <= doc["pages"] <= 6
    assert doc["number"] and doc["issuer"] and doc["title"] and doc["signer"]["name"]


@pytest.mark.parametrize("stem", sorted(GOLDS))
def test_gold_follows_record_conventions(stem):
    g = GOLDS[stem]
    ids = [s["section"] for s in g["sections"]]
    assert ids[0] == "preamble"
    # the closing ends the document, unless an appendix (section "appendix") follows the signature
    assert ids[-1] == "closing" or ids[-2:] == ["closing", "appendix"]
    assert {"1", "3"} <= set(ids)
    closing = g["sections"][ids.index("closing")]["text"]
    assert closing.startswith("Trên đây là báo cáo") and "Nơi nhận" in closing
    for s in g["sections"]:
        if s["section"] != "closing":
            assert "Trên đây là báo cáo" not in s["text"]
        assert s["text"].strip()
    for f in g["figures"]:
        assert f["value"] >= 0
        assert f["period"] is None or PERIOD.match(f["period"]), f
        if f["unit"] in ("VND", "USD") and f["unit_text"]:
            scale = {"triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "nghìn tỷ": 1e12}
            word = next((w for w in ("nghìn tỷ", "triệu", "tỷ", "tỉ") if f["unit_text"].startswith(w)), None)
            if word:
                assert f["value"] >= scale[word], f"{f['label']}: value not in base units"
        if f["baseline"]:
            assert f["baseline"]["period"] and f["baseline"]["value"] is not None
        if f["change"]:
            assert f["change"]["compared_with"], f
            assert f["change"]["percent"] is not None or f["change"]["times"] is not None
    if g["plan"]["status"] != "built":
        assert g["plan"]["references"] == []
    else:
        assert all(re.fullmatch(r"\d+/KH-UBND", r["number"]) for r in g["plan"]["references"])
    for ev in all_evidence(g):
        assert ev["text"].strip()
        assert ev["section"] in {s["section"] for s in g["sections"]}, ev


def unicode_docx() -> list[tuple[Path, dict]]:
    """The .docx typed in Unicode; one typed in VNI is checked after decoding (test_legacy_samples.py)."""
    return [(p, g) for p, g in of_format("docx")
            if "VNI-Times" not in zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")]


@pytest.mark.parametrize("path,g", unicode_docx(), ids=lambda x: getattr(x, "name", ""))
def test_docx_evidence_is_quoted_from_the_file(path, g):
    text = nfc_fold(docx_text(path))
    for ev in all_evidence(g):
        assert nfc_fold(ev["text"]) in text, ev["text"]


def test_gold_is_current_with_sources():
    """The gold's derived parts (sections, expanded evidence) equal what the sources give now."""
    sys.path.insert(0, str(SAMPLES))
    try:
        from kit.gold import SampleText, build_gold
        from kit.markup import parse
    finally:
        sys.path.remove(str(SAMPLES))
    seen = set()
    for src in sorted((SAMPLES / "sources").glob("[!_]*.py")):
        spec = importlib.util.spec_from_file_location(f"sample_src_{src.stem}", src)
        mod = importlib.util.module_from_spec(spec)
        sys.path.insert(0, str(SAMPLES))
        try:
            spec.loader.exec_module(mod)
        finally:
            sys.path.remove(str(SAMPLES))
        s = mod.SAMPLE
        gold = GOLDS[s["stem"]]
        text = SampleText(s, parse(s["intro"]), parse(s["body"]))
        fresh = build_gold(text, mod.GOLD, gold["document"])
        assert json.loads(json.dumps(fresh)) == gold, f"{s['stem']}: rebuild the samples"
        seen.add(s["stem"])
    assert seen == set(GOLDS)


# -- the layouts really are in the files ---------------------------------------------------------

def test_docx_with_word_heading_styles():
    import docx

    found = False
    for path, _ in of_format("docx"):
        styles = Counter(p.style.name for p in docx.Document(str(path)).paragraphs)
        if styles["Heading 1"] >= 3 and styles["Heading 2"] >= 3:
            found = True
    assert found


def test_docx_with_automatic_numbering_only_in_numbering_xml():
    found = False
    for path, g in of_format("docx"):
        with zipfile.ZipFile(path) as z:
            numbering = z.read("word/numbering.xml").decode()
            document = z.read("word/document.xml").decode()
        if not all(f'w:numFmt w:val="{f}"' in numbering for f in ("upperRoman", "decimal", "lowerLetter")):
            continue
        import docx

        d = docx.Document(str(path))
        numbered = [p for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
        headings = [p for p in numbered if p.runs and p.runs[0].bold]
        assert len(headings) >= 8
        # the label is not typed: "I." / "1." exist only through numbering
        assert not any(re.match(r"^(I|II|III|\d+)\.\s", p.text) for p in headings)
        heading_texts = [s["heading"] for s in g["sections"] if s["heading"]]
        assert any(h.startswith("I. ") for h in heading_texts)
        assert "<w:numPr>" in document
        found = True
    assert found


def test_text_pdf_with_two_column_header_table():
    import pdfplumber

    pdfs = of_format("pdf")
    assert len(pdfs) >= 2
    for path, g in pdfs:
        with pdfplumber.open(path) as pdf:
            page = pdf.pages[0]
            text = page.extract_text() or ""
            assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in unicodedata.normalize("NFC", text)
            words = page.extract_words()
            so = next(w for w in words if w["text"] == "Số:")
            cong = next(w for w in words if w["text"] == "CỘNG")
            assert so["x0"] < page.width / 3 < cong["x0"]          # left and right column
            assert g["document"]["pages"] == len(pdf.pages)


def test_scanned_pdf_has_images_and_no_text_layer():
    import pdfplumber

    scans = of_format("pdf_scanned")
    assert scans
    for path, g in scans:
        if b"GlyphLessFont" in path.read_bytes():     # the scanner's OCR layer: test_legacy_samples.py
            continue
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == g["document"]["pages"]
            for page in pdf.pages:
                assert not (page.extract_text() or "").strip()
                assert not page.chars
                assert len(page.images) == 1
                img = page.images[0]
                dpi = img["srcsize"][0] / (page.width / 72)
                assert 145 <= dpi <= 305          # 150 dpi for the poorest scan


def test_legacy_doc_and_odt():
    docs, odts = of_format("doc"), of_format("odt")
    assert docs and odts
    for path, _ in docs:
        assert path.read_bytes()[:8] == bytes.fromhex("D0CF11E0A1B11AE1")   # OLE compound file
    old_tone = False
    for path, _ in odts:
        with zipfile.ZipFile(path) as z:
            assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
            content = z.read("content.xml").decode("utf-8")
            old_tone |= "Hoà Bình" in unicodedata.normalize("NFC", content)     # old tone placement
    assert old_tone


def test_a_docx_written_in_nfd():
    found = False
    for path, _ in of_format("docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        if xml != unicodedata.normalize("NFC", xml) and "Cần Thơ" not in xml:
            found = True
    assert found


def test_old_tone_placement_and_province_spellings():
    texts = " ".join(s["text"] for g in GOLDS.values() for s in g["sections"])
    for spelling in ("Khánh Hoà", "Hoà Bình", "Thuý", "văn hoá", "Thừa Thiên - Huế", "TP. HCM", "Thành phố Hồ Chí Minh"):
        assert spelling in texts, spelling
    issuers = [g["document"]["issuer"] for g in GOLDS.values()]
    assert sum(i.startswith("Sở Thông tin và Truyền thông tỉnh") for i in issuers) >= 2


def test_number_formats_and_distractors_present():
    texts = "\n".join(s["text"] for g in GOLDS.values() for s in g["sections"])
    for pattern in (r"15,2 triệu lượt", r"2\.348,3 triệu USD", r"1,1 tỉ USD", r"91 nghìn", r"gấp 3,29 lần",
                    r"tăng 12% so cùng kỳ", r"từ 1,2 triệu lượt năm 2022 lên 1,5 triệu lượt năm 2023",
                    r"2022 \| .*2023 \| 9 tháng 2024 \| Tăng/giảm \(%\)", r"\d{1,3}(,\d{3})+ \|",
                    r"58/63 địa phương", r"xếp thứ 5", r"45-NQ/TW", r"QĐ-TTg", r"\d+/KH-UBND"):
        assert re.search(pattern, texts), pattern
    # figures come from both prose and tables
    evid = [f["evidence"]["text"] for g in GOLDS.values() for f in g["figures"]]
    assert any(" | " in e for e in evid) and any(" | " not in e for e in evid)
    # other documents are cited besides the province's own plan, and stay out of plan.references
    for g in GOLDS.values():
        refs = {r["number"] for r in g["plan"]["references"]}
        cited = set(re.findall(r"\d+/(?:QĐ-TTg|NQ-CP|KH-UBND)", "\n".join(s["text"] for s in g["sections"])))
        assert refs <= cited


def test_channels_and_messages_cover_the_vocabulary():
    channels = {c["channel"] for g in GOLDS.values() for c in g["channels"]}
    for c in ("portal", "facebook", "youtube", "tiktok", "national_media", "foreign_media", "press_trips", "events",
              "trade_promotion", "overseas_missions", "influencers", "publications", "video", "outdoor"):
        assert c in channels, c
    messages = [m["text"] for g in GOLDS.values() for m in g["key_messages"]["items"]]
    assert any(re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", m.lower()) for m in messages)
    assert any(m.isascii() for m in messages)


# -- the second batch: RTF, mixed PDF, công văn, appendix, checkboxes, wording variety -----------

def rtf_text(path: Path) -> str:
    """The visible characters of a LibreOffice RTF, roughly: \\uN escapes decoded, groups and
    control words dropped. Good enough to look for phrases."""
    raw = path.read_bytes().decode("latin-1")
    raw = re.sub(r"\\u(-?\d+)\s?(?:\\'[0-9a-fA-F]{2}|\?)?", lambda m: chr(int(m.group(1)) % 65536), raw)
    raw = re.sub(r"\\'([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252", "replace"), raw)
    raw = re.sub(r"\\[a-zA-Z]+-?\d* ?", "", raw)
    return unicodedata.normalize("NFC", re.sub(r"[{}\r\n]", "", raw))


def test_rtf_is_rich_text_with_the_report():
    rtfs = [(p, g) for p, g in of_format("rtf") if b"VNI-" not in p.read_bytes()]  # VNI: test_legacy_samples.py
    assert rtfs
    for path, g in rtfs:
        data = path.read_bytes()
        assert data.startswith(b"{\\rtf1")
        text = nfc_fold(rtf_text(path))
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
        for s in g["sections"]:
            if s["heading"]:
                assert nfc_fold(s["heading"]) in text, s["heading"]
    assert any("TP. Hải Phòng" in rtf_text(p) for p, _ in rtfs)


def test_text_pdf_with_a_scanned_page():
    import pdfplumber

    found = False
    for path, g in of_format("pdf"):
        with pdfplumber.open(path) as pdf:
            texts = [(p.extract_text() or "").strip() for p in pdf.pages]
            scanned = [p for p, t in zip(pdf.pages, texts) if not t]
            if not scanned:
                continue
            assert sum(bool(t) for t in texts) >= 1            # the rest keeps its text layer
            for page in scanned:
                assert not page.chars and len(page.images) == 1
                img = page.images[0]
                assert 195 <= img["srcsize"][0] / (page.width / 72) <= 305
            found = True
    assert found


def test_a_cong_van_with_subject_line_and_no_title():
    found = False
    for g in GOLDS.values():
        pre = g["sections"][0]["text"].splitlines()
        if any(line.startswith("V/v ") for line in pre) and "BÁO CÁO" not in pre:
            assert not g["document"]["number"].split("/")[1].startswith("BC")
            found = True
    assert found


def test_appendix_after_the_signature_holds_figures():
    counts = []
    for g in GOLDS.values():
        ids = [s["section"] for s in g["sections"]]
        if ids[-2:] == ["closing", "appendix"]:
            assert g["sections"][-1]["heading"].upper().startswith("PHỤ LỤC")
            counts.append(sum(f["evidence"]["section"] == "appendix" for f in g["figures"]))
    assert counts and min(counts) >= 3 and max(counts) >= 10


def test_second_batch_wording_and_layout_variety():
    texts = "\n".join(s["text"] for g in GOLDS.values() for s in g["sections"])
    headings = [s["heading"] or "" for g in GOLDS.values() for s in g["sections"]]
    headings += [line for line in texts.splitlines()]   # sub-headings are lines of a section's text
    for pattern in (r"☒ Đã xây dựng ☐ Đang xây dựng ☐ Chưa xây dựng", r"\[x\] Đang xây dựng",
                    r"Đã xây dựng \| Đang xây dựng \| Chưa xây dựng", r"đang hoàn thiện dự thảo Kế hoạch",
                    r"(?m)^Thứ nhất, .*Thứ hai, ", r"(?m)^\+ ", r"(?m)^Nguyên nhân khách quan:$", r"(?m)^Nguyên nhân chủ quan:$",
                    r"3\.250 tỷ đồng", r"45,6 triệu USD", r"hơn 2 triệu lượt", r"khoảng 120 nghìn người theo dõi",
                    r"tăng 1,5 lần", r"giảm 8,2% so với cùng kỳ", r"6 tháng đầu năm 2024", r"quý II/2024",
                    r"[Cc]ông suất phòng bình quân.* đạt 58%", r"Quyết định số 1234/QĐ-UBND", r"Điều 3",
                    r"xếp thứ 7/63", r"giai đoạn 2021-2025", r"(?m)^\d+ \| .*\| .*\| .*\|",
                    r"(?m)^Năm \| ", r"(?m)^2023 \| [\d.]+ \| ", r"Kiến nghị Bộ Văn hóa, Thể thao và Du lịch",
                    r"Zalo OA", r"TikTok", r"VOV5", r"Nikkei", r"kiều bào", r"kết nghĩa", r"famtrip", r"KOL",
                    r"biển quảng cáo", r"sân bay|Cảng hàng không quốc tế", r"ấn phẩm"):
        assert re.search(pattern, texts), pattern
    closings = "\n".join(s["text"] for g in GOLDS.values() for s in g["sections"] if s["section"] == "closing")
    assert re.search(r"điện thoại: 0\d{3}\.\d{7}|điện thoại: [\d.]{10,}", closings)
    for pattern in (r"^Phần thứ nhất", r"^Phần thứ ba", r"^1\.1\. ", r"^2\.1\. ",
                    r"KẾT QUẢ TRIỂN KHAI$", r"HẠN CHẾ, VƯỚNG MẮC$", r"BÀI HỌC RÚT RA$", r"^IV\. KIẾN NGHỊ$"):
        assert any(re.search(pattern, h) for h in headings), pattern
    unnumbered = [s["heading"] for g in GOLDS.values() for s in g["sections"]
                  if s["section"] in ("1", "2", "3") and s["heading"].isupper()
                  and not re.match(r"^([IVX]+|\d+|[A-Za-z])[.)] ", s["heading"])]
    assert len(unnumbered) >= 3                                    # unnumbered bold capital headings
    provinces = {g["document"]["province"] for g in GOLDS.values()}
    assert {"Lào Cai", "Hải Phòng", "Nghệ An", "Đồng Tháp", "Gia Lai", "Bà Rịa - Vũng Tàu", "Thanh Hóa",
            "Sơn La"} <= provinces
    issuers = [g["document"]["issuer"] for g in GOLDS.values()]
    assert "Ủy ban nhân dân thành phố Hải Phòng" in issuers and "Ủy ban nhân dân tỉnh Thanh Hoá" in issuers


def test_identified_flags_and_channel_spread():
    assert any(g["key_messages"]["identified"] is False and not g["key_messages"]["items"] for g in GOLDS.values())
    assert any(g["factors"]["identified"] is False and not g["factors"]["items"] for g in GOLDS.values())
    channels = {c["channel"] for g in GOLDS.values() for c in g["channels"]}
    for c in ("zalo", "instagram", "other_social", "local_media", "diaspora", "partner_localities"):
        assert c in channels, c
    addressees = {a for g in GOLDS.values() for r in g["recommendations"] for a in r["addressees"]}
    for a in ("government", "mic", "mofa", "mocst", "mpi", "mof", "other_ministries", "central_media"):
        assert a in addressees, a
    messages = [m["text"] for g in GOLDS.values() for m in g["key_messages"]["items"]]
    sources = "\n".join(s["text"] for g in GOLDS.values() for s in g["sections"])
    assert any(f"“{m}”" in sources for m in messages) and any(f'"{m}"' in sources for m in messages)


# -- the third batch: serif PDF with footnotes, custom styles, typed 1.1.1., poor scan, wording ----

def gold_for(province: str) -> dict:
    return next(g for g in GOLDS.values() if g["document"]["province"] == province)


def test_serif_text_pdf_with_footnotes():
    import pdfplumber

    found = False
    for path, g in of_format("pdf"):
        with pdfplumber.open(path) as pdf:
            chars = [c for p in pdf.pages for c in p.chars]
            body = Counter((c["fontname"].split("+")[-1], round(c["size"])) for c in chars).most_common(1)[0][0]
            # footnotes: small-print lines opening with the note number, in the lower part of a page
            # (not the numbered rows of a table set in 11 pt)
            notes = [line for p in pdf.pages for line in p.extract_text_lines()
                     if line["top"] > p.height * 0.6 and re.match(r"^\d+ \S", line["text"])
                     and sum(round(c["size"]) == 11 for c in line["chars"]) > len(line["chars"]) / 2
                     and not any(t.bbox[1] <= line["top"] <= t.bbox[3] for t in p.find_tables())]
            if len(notes) < 2:
                continue
            assert body == ("LiberationSerif", 13)
        sec1 = next(s["text"] for s in g["sections"] if s["section"] == "1")
        assert "Kế hoạch số 215/KH-UBND ngày 12/7/2022 của UBND Thành phố" in sec1   # the note, in its section
        found = True
    assert found


def test_docx_with_custom_named_heading_styles():
    import docx

    found = False
    for path, g in of_format("docx"):
        d = docx.Document(str(path))
        styles = Counter(p.style.name for p in d.paragraphs)
        if styles["Muc 1"] < 3 or styles["Muc 2"] < 3:
            continue
        assert not any(name.startswith("Heading") for name in styles)
        styled = {unicodedata.normalize("NFC", p.text) for p in d.paragraphs if p.style.name.startswith("Muc")}
        assert {s["heading"] for s in g["sections"] if s["heading"]} <= styled
        assert d.tables[0].rows[0].cells[0].text.startswith("ỦY BAN NHÂN DÂN")           # header table
        found = True
    assert found


def test_docx_with_hand_typed_decimal_outline():
    found = False
    for path, g in of_format("docx"):
        heads = [s["heading"] for s in g["sections"] if s["heading"]]
        text = "\n".join(s["text"] for s in g["sections"])
        if not (any(h.startswith("1. ") for h in heads) and re.search(r"(?m)^1\.2\.1\. ", text)):
            continue
        with zipfile.ZipFile(path) as z:
            assert "<w:numPr>" not in z.read("word/document.xml").decode()
        assert re.search(r"(?m)^1\.1\. ", text) and any(h.startswith("2.1. ") for h in heads)
        found = True
    assert found


def test_poor_scan_with_a_seal():
    import numpy as np
    import pdfplumber
    from PIL import Image
    import io

    found = False
    for path, g in of_format("pdf_scanned"):
        with pdfplumber.open(path) as pdf:
            page = pdf.pages[-1]
            img = page.images[0]
            if not 145 <= img["srcsize"][0] / (page.width / 72) <= 155:
                continue
            raw = img["stream"].get_data()
        im = np.asarray(Image.open(io.BytesIO(raw)).convert("L"))
        # the seal: a mid-grey ring of ink, not the black of the text
        assert ((im > 100) & (im < 160)).sum() > 5000
        assert g["plan"]["status"] == "not_built"
        found = True
    assert found


def test_third_batch_wording_and_gold_decisions():
    texts = "\n".join(f"{s['heading'] or ''}\n{s['text']}" for g in GOLDS.values() for s in g["sections"])
    for pattern in (r"THÀNH PHỐ HÀ NỘI", r"UBND thành phố Hà Nội", r"TL\. GIÁM ĐỐC\nTRƯỞNG PHÒNG",
                    r"Thực hiện Kế hoạch số 88/KH-UBND ngày 02/6/2023 của UBND tỉnh về truyền thông",
                    r"sẽ xây dựng Kế hoạch trong năm 2025", r"tổng vốn đăng ký đạt 1,02 tỷ USD",
                    r"doanh thu du lịch ước đạt 14\.200 tỷ đồng", r"đạt 4,5 triệu lượt khách, bằng 112% kế hoạch năm",
                    r"tăng 18,5% so với năm 2023", r"lượt truy cập Cổng thông tin đối ngoại đạt trên 1,3 triệu lượt",
                    r"thu hút 27 dự án FDI",
                    r"Chỉ tiêu \| Đơn vị \| Năm 2022 \| Năm 2023 \| 9 tháng 2024 \| So sánh 2023/2022 \(%\)",
                    r"1\.500\.000", r"hai nghìn", r"12 nghìn", r"Nghị quyết số 57-NQ/TW", r"ngày 24/9/2024", r"Top 10",
                    r"22 yếu tố", r"khẩu hiệu “", r"Slogan", r"thương hiệu du lịch .* với thông điệp",
                    r"\(1\) .*; \(2\) ", r"Nhóm yếu tố \| Yếu tố được chọn", r"(?m)^a\) Ưu điểm$",
                    r"(?m)^b\) Hạn chế, khó khăn$", r"(?m)^c\) Nguyên nhân$", r"(?m)^- Khách quan: ", r"(?m)^- Chủ quan: ",
                    r"(?m)^Một là, .*\nHai là, ", r"STT \| Nội dung kiến nghị \| Cơ quan đề nghị",
                    r"Kiến nghị Thủ tướng Chính phủ", r"Đề nghị Bộ Kế hoạch và Đầu tư, Bộ Tài chính"):
        assert re.search(pattern, texts), pattern
    hn = gold_for("Hà Nội")
    assert hn["document"]["issuer"] == "Ủy ban nhân dân thành phố Hà Nội"
    dl = gold_for("Đắk Lắk")
    assert dl["document"]["issuer"].startswith("Sở Thông tin và Truyền thông tỉnh")
    assert dl["document"]["signer"]["position"] == "Trưởng phòng"
    assert [f["text"] for f in dl["factors"]["items"]][1:3] == ["Du lịch sinh thái Hồ Lắk", "Du lịch cộng đồng buôn làng Ê Đê"]
    # plan status read from context only
    assert gold_for("Tây Ninh")["plan"] == {**gold_for("Tây Ninh")["plan"], "status": "built",
                                            "references": [{"number": "88/KH-UBND", "date": "2023-06-02"}]}
    qb = gold_for("Quảng Bình")["plan"]
    assert qb["status"] == "not_built" and qb["references"] == []
    figs = [f for g in GOLDS.values() for f in g["figures"]]
    plan_ratio = next(f for f in figs if "bằng 112% kế hoạch năm" in f["evidence"]["text"] and f["metric"] == "visitors_total")
    assert plan_ratio["value"] == 4_500_000 and plan_ratio["change"]["percent"] == 21.6      # 112% is no change
    ratio_rows = [f for f in figs if f["evidence"]["text"].startswith("Tổng lượt khách du lịch | Triệu lượt")]
    assert len(ratio_rows) == 3 and all(f["change"] is None for f in ratio_rows)              # "So sánh (%)" column
    assert [f["baseline"] is not None for f in ratio_rows] == [False, True, False]
    # "dự kiến năm 2024, doanh thu du lịch ước đạt 14.200 tỷ đồng" is a forecast: a target, no figure
    assert not any(f["value"] == 14_200e9 for f in figs)
    assert any(f["value"] == 11_980e9 and f["period"] == "2023" for f in figs)
    assert any(f["value"] == 1_300_000 and f["approximate"] and f["metric"] == "site_visits" for f in figs)
    assert any(f["value"] == 1.02e9 and f["unit"] == "USD" and f["change"]["times"] == 2.1 for f in figs)
    assert {"Hà Nội", "Bình Định", "Quảng Nam", "Đắk Lắk", "Quảng Bình", "Tây Ninh"} <= {
        g["document"]["province"] for g in GOLDS.values()}
    recs = [r for g in GOLDS.values() for r in g["recommendations"]]
    assert any(r["addressees"] == ["mpi", "mof"] for r in recs)
    assert any(r["evidence"]["text"].startswith("4 | ") and r["addressees"] == ["mof"] for r in recs)
    assert any(len(m["text"]) > 60 and m["text"].isascii() for g in GOLDS.values() for m in g["key_messages"]["items"])
