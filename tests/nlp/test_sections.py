"""Sections: outline headings recognised whatever their numbering, wording or order."""

from __future__ import annotations

import unicodedata

from extractors.model import BlockKind
from nlp.sections import assign_sections
from tests.nlp._docs import HEADER, SIGNATURE, B, H, L, P, T, context, make_doc, run, standard_report


def _by_text(ctx, start: str) -> str:
    block = next(b for b in ctx.document.blocks if b.text.startswith(start))
    return ctx.section_of[block.index]


def _entry(ctx, sid):
    return next((s for s in ctx.sections if s.section == sid), None)


def test_standard_outline_roman_and_arabic():
    ctx = run(standard_report())
    assert _by_text(ctx, "Kính gửi") == "preamble"
    assert _by_text(ctx, "UBND tỉnh đã ban hành") == "1"
    assert _by_text(ctx, "- Công tác chỉ đạo") == "2.1"
    assert _by_text(ctx, "a) Khó khăn, vướng mắc") == "2.2"      # sub-heading stays in 2.2
    assert _by_text(ctx, "b) Nguyên nhân") == "2.2"
    assert _by_text(ctx, "- Cần có sự vào cuộc") == "2.3"
    assert _by_text(ctx, "- Hỗ trợ kết nối") == "3"
    assert _by_text(ctx, "Trên đây là báo cáo") == "closing"
    ids = [s.section for s in ctx.sections]
    assert ids == ["preamble", "1", "2.1", "2.2", "2.3", "3", "closing"]   # "II. ĐÁNH GIÁ CHUNG" has no text
    two_two = _entry(ctx, "2.2")
    assert two_two.heading == "2. Khó khăn, vướng mắc và nguyên nhân"
    assert "a) Khó khăn, vướng mắc" in two_two.text and "Nguyên nhân chủ quan" in two_two.text
    assert "Khó khăn, vướng mắc và nguyên nhân" not in two_two.text
    assert "Trên đây" not in _entry(ctx, "3").text
    assert two_two.evidence.block == next(b.index for b in ctx.document.blocks if b.text == two_two.heading)
    # every body block has a section; headings are listed
    assert all(b.index in ctx.section_of for b in ctx.document.body())
    heading_texts = {ctx.document.blocks[i].text for i in ctx.heading_blocks}
    assert "III. ĐỀ XUẤT, KIẾN NGHỊ" in heading_texts and "a) Khó khăn, vướng mắc" not in heading_texts


def test_auto_numbered_headings_without_label_in_text():
    doc = make_doc(
        *HEADER,
        H("Thực trạng xây dựng và triển khai Kế hoạch", numbering_label="1."),
        P("Tỉnh đã ban hành Kế hoạch số 12/KH-UBND ngày 02/02/2023."),
        H("Đánh giá chung", numbering_label="2."),
        H("Ưu điểm", numbering_label="2.1.", outline_level=1),
        P("Các cơ quan đã phối hợp chặt chẽ."),
        H("Khó khăn, vướng mắc và nguyên nhân", numbering_label="2.2.", outline_level=1),
        P("Kinh phí còn hạn chế."),
        H("Một số bài học kinh nghiệm", numbering_label="2.3.", outline_level=1),
        P("Phải đổi mới cách làm."),
        H("Đề xuất, kiến nghị", numbering_label="3."),
        P("Đề nghị Bộ Thông tin và Truyền thông tổ chức tập huấn."),
        *SIGNATURE,
    )
    ctx = run(doc)
    assert _by_text(ctx, "Tỉnh đã ban hành") == "1"
    assert _by_text(ctx, "Các cơ quan") == "2.1"
    assert _by_text(ctx, "Kinh phí") == "2.2"
    assert _by_text(ctx, "Phải đổi mới") == "2.3"
    assert _by_text(ctx, "Đề nghị Bộ") == "3"


def test_renamed_reordered_headings_without_numbering():
    doc = make_doc(
        *HEADER,
        B("KẾT QUẢ TRIỂN KHAI THỰC HIỆN", caps=True),
        P("Năm 2023, tỉnh đã đăng tải 500 tin bài trên Cổng thông tin điện tử."),
        B("ĐÁNH GIÁ", caps=True),
        B("Tồn tại, hạn chế"),
        P("Nguồn nhân lực còn thiếu."),
        B("Mặt được"),
        P("Nhận thức của các cấp được nâng lên."),
        B("Cách làm hay, hiệu quả"),
        P("Gắn quảng bá với các sự kiện lớn."),
        B("KIẾN NGHỊ, ĐỀ XUẤT", caps=True),
        P("Đề nghị Chính phủ bố trí kinh phí."),
        B("PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", caps=True),
        P("Tiếp tục đổi mới nội dung."),
        *SIGNATURE,
    )
    ctx = run(doc)
    assert _by_text(ctx, "Năm 2023") == "1"
    assert _by_text(ctx, "Nguồn nhân lực") == "2.2"
    assert _by_text(ctx, "Nhận thức") == "2.1"        # going back within section 2 at the same level
    assert _by_text(ctx, "Gắn quảng bá") == "2.3"
    assert _by_text(ctx, "Đề nghị Chính phủ") == "3"
    assert _by_text(ctx, "Tiếp tục đổi mới") == "other"
    assert _by_text(ctx, "Trên đây") == "closing"


def test_single_section_two_with_inline_parts_and_phan_numbering():
    doc = make_doc(
        *HEADER,
        H("PHẦN I. TÌNH HÌNH THỰC HIỆN"),
        P("Tỉnh chưa xây dựng Kế hoạch riêng theo cách làm mới."),
        H("PHẦN II. ĐÁNH GIÁ CHUNG"),
        L("- Ưu điểm: công tác thông tin đối ngoại được quan tâm."),
        L("- Hạn chế: nội dung chưa phong phú."),
        H("PHẦN III. KIẾN NGHỊ"),
        P("Đề nghị Bộ Ngoại giao hỗ trợ."),
        *SIGNATURE,
    )
    ctx = run(doc)
    assert _by_text(ctx, "Tỉnh chưa xây dựng") == "1"
    # bullet lead-ins inside one section 2 do not open sections of their own
    assert _by_text(ctx, "- Ưu điểm") == "2"
    assert _by_text(ctx, "- Hạn chế") == "2"
    assert [s.section for s in ctx.sections if s.section.startswith("2")] == ["2"]
    assert _by_text(ctx, "Đề nghị Bộ Ngoại giao") == "3"


def test_subheading_in_section_one_that_looks_like_assessment_stays_in_one():
    doc = make_doc(
        *HEADER,
        H("I. KẾT QUẢ THỰC HIỆN"),
        B("1. Kết quả đạt được"),
        P("Lượng khách quốc tế tăng."),
        B("2. Đánh giá hiệu quả các kênh truyền thông"),
        P("Kênh Facebook hiệu quả nhất."),
        H("II. ĐÁNH GIÁ CHUNG"),
        B("1. Kết quả đạt được"),
        P("Công tác chỉ đạo sát sao."),
        B("2. Hạn chế"),
        P("Thiếu kinh phí."),
        H("III. ĐỀ XUẤT"),
        P("Đề nghị Bộ Tài chính bố trí kinh phí."),
        *SIGNATURE,
    )
    ctx = run(doc)
    assert _by_text(ctx, "Lượng khách") == "1"
    assert _by_text(ctx, "Kênh Facebook") == "1"
    assert _by_text(ctx, "Công tác chỉ đạo") == "2.1"      # "Kết quả đạt được" inside Đánh giá chung
    assert _by_text(ctx, "Thiếu kinh phí") == "2.2"
    assert _by_text(ctx, "Đề nghị Bộ Tài chính") == "3"


def test_unmatched_top_level_heading_placed_by_order_and_content():
    doc = make_doc(
        *HEADER,
        H("I. CÔNG TÁC QUẢNG BÁ HÌNH ẢNH TỈNH NĂM 2024"),
        P("Tỉnh đã ban hành Kế hoạch và vận hành kênh Fanpage, đăng tải thông điệp quảng bá."),
        H("II. ĐÁNH GIÁ CHUNG"),
        P("Công tác được triển khai đồng bộ, tuy nhiên còn hạn chế về kinh phí."),
        H("III. KIẾN NGHỊ"),
        P("Đề nghị Bộ TTTT hỗ trợ."),
        *SIGNATURE,
    )
    ctx = run(doc)
    assert _by_text(ctx, "Tỉnh đã ban hành") == "1"
    assert _by_text(ctx, "Công tác được triển khai") == "2"
    assert _entry(ctx, "2").heading == "II. ĐÁNH GIÁ CHUNG"


def test_closing_sentence_inside_last_paragraph_goes_to_closing():
    doc = make_doc(
        *HEADER,
        H("I. THỰC TRẠNG"),
        P("Nội dung phần một."),
        H("II. KIẾN NGHỊ"),
        P("Đề nghị Bộ hỗ trợ tập huấn. Trên đây là báo cáo của UBND tỉnh./."),
    )
    ctx = run(doc)
    assert "Trên đây" not in _entry(ctx, "3").text
    assert _entry(ctx, "closing").text.startswith("Trên đây là báo cáo")


def test_nfd_text_and_old_tone_placement():
    def nfd(s):
        return unicodedata.normalize("NFD", s)
    doc = make_doc(
        *HEADER,
        H(nfd("I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH")),
        P("Nội dung."),
        H(nfd("II. ĐÁNH GIÁ CHUNG")),
        B(nfd("1. Ưu điểm")),
        P("Tốt."),
        B(nfd("2. Khó khăn, vướng mắc và nguyên nhân")),
        P("Khó."),
        H(nfd("III. KIẾN NGHỊ, ĐỀ XUẤT")),
        P("Đề nghị."),
    )
    ctx = run(doc)
    assert _by_text(ctx, "Tốt") == "2.1"
    assert _by_text(ctx, "Khó.") == "2.2"
    assert _by_text(ctx, "Đề nghị") == "3"


def test_tables_take_the_section_of_their_place():
    doc = make_doc(
        *HEADER,
        H("I. THỰC TRẠNG"),
        T(["Chỉ tiêu", "2023"], ["Lượt khách quốc tế", "1.500.000"]),
        H("II. ĐỀ XUẤT, KIẾN NGHỊ"),
        P("Đề nghị Chính phủ quan tâm."),
    )
    ctx = run(doc)
    rows = [b for b in ctx.document.blocks if b.kind in (BlockKind.TABLE_ROW, BlockKind.TABLE) and b.table_index == 1]
    assert len(rows) == 3
    assert all(ctx.section_of[b.index] == "1" for b in rows)
    assert "Lượt khách quốc tế" in _entry(ctx, "1").text


def test_numbered_inline_heading_opens_its_section():
    doc = make_doc(
        *HEADER,
        H("1. Thực trạng xây dựng và triển khai Kế hoạch"),
        P("Nội dung phần một."),
        P("2. Đề xuất, kiến nghị: Đề nghị Bộ Thông tin và Truyền thông tổ chức tập huấn cho cán bộ của tỉnh "
          "về truyền thông quảng bá theo cách làm mới, nhất là kỹ năng sử dụng mạng xã hội."),
    )
    ctx = run(doc)
    assert _by_text(ctx, "2. Đề xuất") == "3"


def test_label_on_a_line_of_its_own():
    doc = make_doc(
        *HEADER,
        B("I."),
        H("THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH", caps=True),
        B("1. Tình hình xây dựng Kế hoạch"),
        P("Tỉnh đã ban hành Kế hoạch."),
        B("II."),
        H("ĐÁNH GIÁ CHUNG", caps=True),
        B("1. Ưu điểm"),
        P("Tốt."),
        B("III."),
        H("ĐỀ XUẤT, KIẾN NGHỊ", caps=True),
        P("Đề nghị Bộ hỗ trợ."),
    )
    ctx = run(doc)
    assert _by_text(ctx, "1. Tình hình") == "1" and _by_text(ctx, "Tỉnh đã ban hành") == "1"
    assert _by_text(ctx, "Tốt") == "2.1"
    assert _by_text(ctx, "Đề nghị") == "3"
    assert _entry(ctx, "1").heading == "I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH"
    assert _entry(ctx, "1").text.startswith("1. Tình hình")


def test_document_without_any_heading_is_preamble_and_closing():
    doc = make_doc(P("Một đoạn văn bản không có đề mục nào cả."), *SIGNATURE)
    ctx = context(doc)
    assign_sections(ctx)
    assert ctx.section_of[0] == "preamble"
    assert ctx.section_of[1] == "closing"


def test_undivided_evaluation_with_run_in_labels_stays_section_two():
    doc = make_doc(
        *HEADER,
        B("KẾT QUẢ THỰC HIỆN"), P("Tỉnh đã ban hành Kế hoạch quảng bá hình ảnh."),
        B("ĐÁNH GIÁ"),
        B("Mặt được:", italic=True),
        P("+ Các ngành phối hợp chặt chẽ trong cung cấp thông tin."),
        B("Tồn tại:", italic=True),
        P("+ Nội dung tiếng nước ngoài chưa nhiều."),
        B("ĐỀ XUẤT"), P("Đề nghị Bộ hỗ trợ đào tạo."),
        *SIGNATURE,
    )
    ctx = run(doc)
    assert _by_text(ctx, "Mặt được") == "2"
    assert _by_text(ctx, "+ Nội dung tiếng") == "2"
    assert _entry(ctx, "2.1") is None and _entry(ctx, "2.2") is None
    assert "Mặt được" in _entry(ctx, "2").text
    assert _by_text(ctx, "Đề nghị Bộ") == "3"


def _reference_phrase_score(text: str, variant: str) -> float:
    """phrase_score as first written, one variant at a time: the batch form must agree."""
    from rapidfuzz import fuzz

    from nlp.textkit import bounded_rx

    if not text or not variant:
        return 0.0
    best = float(max(fuzz.ratio(text, variant), fuzz.token_sort_ratio(text, variant)))
    words, extra, bounded = len(variant.split()), max(0, len(text) - len(variant)), bounded_rx(variant)
    if bounded.match(text):
        if words >= 3 or extra <= 14:
            best = max(best, 95 - min(10.0, extra / 10))
    elif bounded.search(text):
        if words >= 3:
            best = max(best, 90 - min(15.0, extra / 6))
    elif len(variant) >= 25 and len(text) > len(variant):
        part = fuzz.partial_ratio(variant, text)
        if part >= 88:
            best = max(best, part - 5 - min(10.0, extra / 10))
    return best


def test_batch_heading_scores_equal_one_at_a_time():
    """Regression for the speed-up (all outline wordings scored in one rapidfuzz call): the
    same score for every wording, on the wordings themselves, longer and shorter headings."""
    from nlp.sections import _all_variants
    from nlp.textkit import phrase_scores

    variants, _ = _all_variants()
    texts = [*variants, *(v + " và nguyên nhân" for v in variants), *("tình hình " + v for v in variants),
             *(v[:-3] for v in variants), "kết quả đạt được", "khó khăn, vướng mắc", "x", ""]
    for text in texts:
        assert phrase_scores(text, variants) == [_reference_phrase_score(text, v) for v in variants], text
