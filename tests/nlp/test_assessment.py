"""Assessment: strengths, difficulties, objective/subjective causes and lessons."""

from __future__ import annotations

from nlp.assessment import extract_assessment, split_causes, subheading_bucket
from tests.nlp._docs import HEADER, SIGNATURE, B, H, L, P, make_doc, run, standard_report


def _texts(items):
    return [i.text for i in items]


def _assess(*section2):
    doc = make_doc(*HEADER, H("I. THỰC TRẠNG"), P("Nội dung."), *section2,
                   H("III. KIẾN NGHỊ"), P("Đề nghị Bộ hỗ trợ."), *SIGNATURE)
    return run(doc, extract_assessment).assessment


def test_standard_outline():
    a = run(standard_report(), extract_assessment).assessment
    assert _texts(a.strengths) == ["Công tác chỉ đạo được quan tâm, kịp thời.", "Nội dung truyền thông phong phú, đa dạng."]
    assert _texts(a.difficulties) == ["Kinh phí dành cho công tác truyền thông còn hạn chế.",
                                      "Nguồn nhân lực có trình độ ngoại ngữ còn thiếu."]
    # a lead-in item is kept as written
    assert _texts(a.causes_objective) == ["Nguyên nhân khách quan: nguồn lực của tỉnh còn hạn hẹp."]
    assert _texts(a.causes_subjective) == ["Nguyên nhân chủ quan: nhận thức của một số cơ quan chưa đầy đủ."]
    assert _texts(a.lessons) == ["Cần có sự vào cuộc của cả hệ thống chính trị."]
    assert a.strengths[0].evidence.section == "2.1"


def test_single_section_two_split_by_subheadings_and_sentences():
    a = _assess(
        H("II. ĐÁNH GIÁ CHUNG"),
        P("Nhìn chung, công tác truyền thông đạt kết quả tích cực."),
        L("- Ưu điểm: Các cấp, các ngành quan tâm. Nội dung đa dạng."),
        L("- Hạn chế: Kinh phí còn ít."),
        P("* Về khách quan:"),
        L("+ Tình hình dịch bệnh kéo dài."),
        P("* Về chủ quan:"),
        L("+ Đội ngũ cán bộ còn mỏng."),
        P("Bài học kinh nghiệm: Phải có sự chỉ đạo thống nhất."),
    )
    assert _texts(a.strengths) == ["Ưu điểm: Các cấp, các ngành quan tâm. Nội dung đa dạng."]
    assert _texts(a.difficulties) == ["Hạn chế: Kinh phí còn ít."]
    assert _texts(a.causes_objective) == ["Tình hình dịch bệnh kéo dài."]
    assert _texts(a.causes_subjective) == ["Đội ngũ cán bộ còn mỏng."]
    assert _texts(a.lessons) == ["Bài học kinh nghiệm: Phải có sự chỉ đạo thống nhất."]


def test_paragraphs_split_at_sentences_and_plain_causes_classified():
    a = _assess(
        H("II. ĐÁNH GIÁ CHUNG"),
        B("1. Hạn chế, tồn tại"),
        P("Bên cạnh kết quả đạt được, còn một số hạn chế sau:"),
        P("Sản phẩm truyền thông chưa nhiều. Việc khai thác mạng xã hội còn hạn chế."),
        B("2. Nguyên nhân"),
        L("- Kinh phí bố trí cho công tác thông tin đối ngoại còn hạn hẹp."),
        L("- Nhận thức của một bộ phận cán bộ chưa đầy đủ."),
        B("3. Mặt được"),
        P("Nhận thức được nâng lên."),
    )
    assert _texts(a.difficulties) == ["Sản phẩm truyền thông chưa nhiều.", "Việc khai thác mạng xã hội còn hạn chế."]
    assert _texts(a.causes_objective) == ["Kinh phí bố trí cho công tác thông tin đối ngoại còn hạn hẹp."]
    assert _texts(a.causes_subjective) == ["Nhận thức của một bộ phận cán bộ chưa đầy đủ."]
    assert _texts(a.strengths) == ["Nhận thức được nâng lên."]


def test_subheading_vocabulary():
    assert subheading_bucket("a) Khó khăn, vướng mắc") == "difficulties"
    assert subheading_bucket("- Nguyên nhân khách quan:") == "causes_objective"
    assert subheading_bucket("Về chủ quan") == "causes_subjective"
    assert subheading_bucket("b) Nguyên nhân") == "causes"
    assert subheading_bucket("Một số bài học kinh nghiệm") == "lessons"
    assert subheading_bucket("Kinh phí còn hạn chế do nhiều nguyên nhân khác nhau") is None


def test_one_sentence_with_both_kinds_of_causes_is_split():
    assert split_causes("Nguyên nhân khách quan là địa bàn miền núi; nguyên nhân chủ quan là chưa quan tâm đúng mức.") == [
        ("causes_objective", "địa bàn miền núi"), ("causes_subjective", "chưa quan tâm đúng mức")]
    assert split_causes("Nguyên nhân: nguồn kinh phí hạn hẹp (khách quan); sự phối hợp chưa đồng bộ (chủ quan).") == [
        ("causes_objective", "nguồn kinh phí hạn hẹp"), ("causes_subjective", "sự phối hợp chưa đồng bộ")]
    assert split_causes("Nguyên nhân chủ yếu do cán bộ còn ít (chủ quan) và chưa có hướng dẫn (khách quan).") == [
        ("causes_subjective", "cán bộ còn ít"), ("causes_objective", "chưa có hướng dẫn")]
    assert split_causes("Một phần do khách quan: kinh tế nhỏ; mặt khác do chủ quan: đội ngũ mỏng.") == [
        ("causes_objective", "kinh tế nhỏ"), ("causes_subjective", "đội ngũ mỏng")]
    assert split_causes("Kinh phí còn hạn chế.") is None


def test_single_section_two_paragraph_lead_ins_list_items_and_cause_sentences_are_routed():
    a = _assess(
        H("II. ĐÁNH GIÁ CHUNG"),
        P("Khó khăn, vướng mắc: tỉnh chưa có Kế hoạch riêng; đội ngũ cán bộ còn thiếu; sản phẩm còn ít."),
        P("Nguyên nhân: khách quan là ngân sách hạn hẹp; chủ quan là nhận thức chưa đầy đủ."),
        P("Nguyên nhân khách quan là hạ tầng hàng không còn hạn chế."),
    )
    assert _texts(a.difficulties) == ["tỉnh chưa có Kế hoạch riêng", "đội ngũ cán bộ còn thiếu", "sản phẩm còn ít."]
    assert _texts(a.causes_objective) == ["ngân sách hạn hẹp", "Nguyên nhân khách quan là hạ tầng hàng không còn hạn chế."]
    assert _texts(a.causes_subjective) == ["nhận thức chưa đầy đủ"]


def test_lead_in_paragraph_inside_a_sub_section_stays_whole():
    a = _assess(
        H("II. ĐÁNH GIÁ CHUNG"),
        B("2. Khó khăn, vướng mắc và nguyên nhân"),
        P("Nguyên nhân khách quan: kinh tế thế giới suy giảm; thuế tối thiểu toàn cầu ảnh hưởng đến ưu đãi."),
    )
    assert _texts(a.causes_objective) == [
        "Nguyên nhân khách quan: kinh tế thế giới suy giảm; thuế tối thiểu toàn cầu ảnh hưởng đến ưu đãi."]


def test_label_paragraph_in_undivided_section_split_at_semicolons_and_sentences():
    a = _assess(
        H("II. ĐÁNH GIÁ CHUNG"),
        P("Mặt được: các sở, ngành phối hợp nhịp nhàng; sản phẩm truyền thông ngày càng đa dạng."),
        P("Tồn tại: kinh phí bố trí còn thấp so với nhu cầu. Chưa có công cụ đo lường hiệu quả. "
          "Nguyên nhân khách quan là nguồn thu ngân sách của tỉnh còn hạn chế."),
    )
    assert len(a.strengths) == 2
    assert _texts(a.difficulties) == ["kinh phí bố trí còn thấp so với nhu cầu.",
                                      "Chưa có công cụ đo lường hiệu quả."]
    assert _texts(a.causes_objective) == ["Nguyên nhân khách quan là nguồn thu ngân sách của tỉnh còn hạn chế."]


def test_sentence_opening_with_its_kind_of_cause_in_a_difficulties_section():
    a = _assess(
        H("II. ĐÁNH GIÁ"),
        B("2. Khó khăn, vướng mắc và nguyên nhân"),
        L("- Thiếu cán bộ biết ngoại ngữ."),
        P("Về mặt chủ quan, công tác phối hợp giữa các sở chưa chặt chẽ. Về khách quan, "
          "thiên tai làm gián đoạn nhiều hoạt động."),
    )
    assert _texts(a.difficulties) == ["Thiếu cán bộ biết ngoại ngữ."]
    assert len(a.causes_subjective) == 1 and len(a.causes_objective) == 1


def test_unlabelled_single_section_two_sorted_by_sentence_cues():
    a = _assess(H("II. ĐÁNH GIÁ"),
                P("Việc giới thiệu hình ảnh địa phương với bạn bè quốc tế đã đạt nhiều kết quả tích cực. "
                  "Song nội dung đăng tải bằng tiếng nước ngoài chưa phong phú. "
                  "Đội ngũ biên tập viên ít ỏi, phải kiêm nhiệm nhiều việc."),
                P("Nguyên nhân chủ quan là công tác phối hợp giữa các sở chưa chặt chẽ. "
                  "Về khách quan, nguồn ngân sách của tỉnh eo hẹp. "
                  "Bài học rút ra là phải chọn đúng thị trường trọng điểm để tập trung quảng bá."))
    assert _texts(a.strengths) == ["Việc giới thiệu hình ảnh địa phương với bạn bè quốc tế đã đạt nhiều kết quả tích cực."]
    assert _texts(a.difficulties) == ["Song nội dung đăng tải bằng tiếng nước ngoài chưa phong phú.",
                                      "Đội ngũ biên tập viên ít ỏi, phải kiêm nhiệm nhiều việc."]
    assert _texts(a.causes_subjective) == ["Nguyên nhân chủ quan là công tác phối hợp giữa các sở chưa chặt chẽ."]
    assert _texts(a.causes_objective) == ["Về khách quan, nguồn ngân sách của tỉnh eo hẹp."]
    assert _texts(a.lessons) == ["Bài học rút ra là phải chọn đúng thị trường trọng điểm để tập trung quảng bá."]


def test_sentences_opening_with_ve_nguyen_nhan_go_to_their_causes():
    from extractors.model import BlockKind, Document, Style
    from nlp.assessment import extract_assessment
    from nlp.context import Context
    from storage.record import DocumentInfo

    doc = Document(file_name="r.docx", format="docx")
    head = doc.add(BlockKind.HEADING, "2.2. Khó khăn, vướng mắc", style=Style(bold=True))
    para = doc.add(BlockKind.PARAGRAPH, "Nguồn kinh phí dành cho quảng bá còn rất hạn chế. "
                   "Về nguyên nhân khách quan, tỉnh nằm xa các trung tâm du lịch lớn của cả nước. "
                   "Về nguyên nhân chủ quan, cán bộ phụ trách còn kiêm nhiệm nhiều việc.")
    ctx = Context(document=doc, info=DocumentInfo(sha256="0" * 64, file_name="r.docx", format="docx"))
    ctx.section_of = {head.index: "2.2", para.index: "2.2"}
    ctx.heading_blocks = {head.index}
    extract_assessment(ctx)
    assert [i.text for i in ctx.assessment.difficulties] == ["Nguồn kinh phí dành cho quảng bá còn rất hạn chế."]
    assert ctx.assessment.causes_objective[0].text.startswith("Về nguyên nhân khách quan")
    assert ctx.assessment.causes_subjective[0].text.startswith("Về nguyên nhân chủ quan")


def test_a_difficulties_heading_that_announces_causes_keeps_difficulties_first():
    assert subheading_bucket("2. Hạn chế và nguyên nhân") == "difficulties"
    assert subheading_bucket("Nguyên nhân của hạn chế") == "causes"
    a = _assess(H("2. Hạn chế và nguyên nhân"), L("- Nguồn lực cho truyền thông quốc tế còn ít."),
                L("- Nguyên nhân chủ quan là nhận thức ở một số đơn vị chưa đầy đủ."))
    assert _texts(a.difficulties) == ["Nguồn lực cho truyền thông quốc tế còn ít."]
    assert len(a.causes_subjective) == 1
