"""Plan status and the province's own plan references."""

from __future__ import annotations

from extractors.model import BlockKind
from nlp.plan import extract_plan
from tests.nlp._docs import HEADER, SIGNATURE, H, P, T, make_doc, run, standard_report


def _plan(*body):
    doc = make_doc(*HEADER, H("I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH"), *body,
                   H("II. ĐỀ XUẤT, KIẾN NGHỊ"), P("Đề nghị Bộ TTTT hướng dẫn."), *SIGNATURE)
    return run(doc, extract_plan).plan


def test_checkbox_and_reference():
    plan = run(standard_report(), extract_plan).plan
    assert plan.status == "built"
    assert [(r.number, r.date) for r in plan.references] == [("45/KH-UBND", "2023-03-15")]
    assert plan.evidence.section == "1"


def test_checkbox_marks_before_options_and_in_tables():
    assert _plan(P("☐ Đã xây dựng ☒ Đang xây dựng ☐ Chưa xây dựng")).status == "in_progress"
    assert _plan(P("[ ] Đã xây dựng  [ ] Đang xây dựng  [x] Chưa xây dựng")).status == "not_built"
    assert _plan(T(["Đã xây dựng", "Đang xây dựng", "Chưa xây dựng"], ["", "X", ""])).status == "in_progress"
    assert _plan(T(["Đã xây dựng", "x"], ["Đang xây dựng", ""])).status == "built"


def test_unticked_template_line_falls_back_to_statements():
    plan = _plan(P("Đã xây dựng ☐ Đang xây dựng ☐ Chưa xây dựng ☐"),
                 P("Hiện nay, Sở Thông tin và Truyền thông đang hoàn thiện dự thảo Kế hoạch truyền thông "
                   "quảng bá hình ảnh tỉnh theo cách làm mới, dự kiến ban hành trong quý IV/2024."))
    assert plan.status == "in_progress"
    assert plan.references == []


def test_statements():
    assert _plan(P("Đến nay, tỉnh chưa xây dựng Kế hoạch riêng về truyền thông quảng bá theo cách làm mới; "
                   "nội dung được lồng ghép trong Kế hoạch số 12/KH-UBND ngày 10/01/2024 về thông tin đối ngoại.")
                 ).status == "not_built"
    plan = _plan(P("UBND tỉnh ban hành Chương trình số 03/CTr-UBND ngày 20 tháng 4 năm 2023 truyền thông quảng bá "
                   "hình ảnh tỉnh ra nước ngoài theo cách làm mới giai đoạn 2023 - 2025."))
    assert plan.status == "built"
    assert [(r.number, r.date) for r in plan.references] == [("03/CTr-UBND", "2023-04-20")]


def test_references_leave_out_ministry_and_government_documents():
    plan = _plan(P("Thực hiện Công văn số 532/BTTTT-TTĐN ngày 21/2/2022 của Bộ TTTT và Nghị quyết số 47/NQ-CP "
                   "ngày 15/4/2024 của Chính phủ, UBND tỉnh đã ban hành Kế hoạch số 88/KH-UBND ngày 5/6/2023 "
                   "về truyền thông quảng bá hình ảnh tỉnh theo cách làm mới."),
                 P("Ngoài ra, Quyết định số 1200/QĐ-UBND ngày 1/7/2023 về kiện toàn Tổ công tác."))
    assert plan.status == "built"
    assert [r.number for r in plan.references] == ["88/KH-UBND"]
    assert plan.references[0].date == "2023-06-05"


def test_silent_report_is_unknown():
    plan = _plan(P("Tỉnh đăng tải 300 tin bài trên Cổng thông tin điện tử."))
    assert plan.status == "unknown"
    assert plan.references == [] and plan.evidence is None


def test_date_before_the_number_and_implementing_plans_in_the_same_paragraph():
    plan = _plan(P("Ngày 12/7/2023, UBND tỉnh ban hành Kế hoạch số 392/KH-UBND về truyền thông quảng bá hình ảnh "
                   "tỉnh ra nước ngoài theo cách làm mới. Trên cơ sở đó, hằng năm UBND tỉnh ban hành kế hoạch triển "
                   "khai (Kế hoạch số 41/KH-UBND ngày 20/02/2024)."))
    assert [(r.number, r.date) for r in plan.references] == [("392/KH-UBND", "2023-07-12"),
                                                             ("41/KH-UBND", "2024-02-20")]


def test_nfd_input():
    import unicodedata
    plan = _plan(P(unicodedata.normalize("NFD", "UBND tỉnh đã ban hành Kế hoạch số 15/KH-UBND ngày 3/4/2023 về truyền "
                                                "thông quảng bá hình ảnh tỉnh theo cách làm mới.")))
    assert plan.status == "built"
    assert [(r.number, r.date) for r in plan.references] == [("15/KH-UBND", "2023-04-03")]


def test_not_issued_yet_but_draft_under_way_is_in_progress():
    plan = _plan(P("Đến nay tỉnh chưa ban hành Kế hoạch riêng về quảng bá hình ảnh theo cách làm mới. "
                   "Sở Văn hóa đang hoàn thiện dự thảo Kế hoạch quảng bá hình ảnh tỉnh giai đoạn 2025 - 2027 "
                   "để trình UBND tỉnh ký ban hành."))
    assert plan.status == "in_progress"
    assert plan.references == []


def test_plan_date_written_before_it_after_a_cited_letter():
    plan = _plan(P("Căn cứ Văn bản số 512/BTTTT-TTĐN của Bộ Thông tin và Truyền thông, ngày 03/5/2023 "
                   "UBND tỉnh ban hành Kế hoạch số 88/KH-UBND về quảng bá hình ảnh tỉnh ra nước ngoài."))
    assert [(r.number, r.date) for r in plan.references] == [("88/KH-UBND", "2023-05-03")]


def test_date_of_the_cited_letter_is_not_the_plan_date():
    plan = _plan(P("Thực hiện Văn bản số 512/BTTTT-TTĐN ngày 03/5/2023, UBND tỉnh ban hành Kế hoạch số "
                   "88/KH-UBND về quảng bá hình ảnh tỉnh ra nước ngoài."))
    assert [(r.number, r.date) for r in plan.references] == [("88/KH-UBND", None)]


def test_number_broken_at_its_hyphen_by_a_line_end():
    plan = _plan(P("Ngày 02/3/2024, UBND tỉnh ban hành Kế hoạch số 19/KH- UBND về quảng bá hình ảnh tỉnh."))
    assert [(r.number, r.date) for r in plan.references] == [("19/KH-UBND", "2024-03-02")]


def test_a_general_foreign_information_plan_is_not_the_provinces_plan():
    # its subject is thông tin đối ngoại, even where the clause goes on to mention promotion
    plan = _plan(P("UBND tỉnh ban hành Kế hoạch số 70/KH-UBND ngày 01/3/2023 về quảng bá hình ảnh tỉnh ra nước "
                   "ngoài theo cách làm mới. Ngoài ra, Kế hoạch số 9/KH-UBND ngày 10/01/2024 về công tác thông tin "
                   "đối ngoại năm 2024 cũng giao nhiệm vụ quảng bá hình ảnh tỉnh cho các sở."))
    assert [r.number for r in plan.references] == ["70/KH-UBND"]


def test_yearly_implementing_plan_kept_and_parallel_foreign_information_plan_left_out():
    plan = _plan(P("Ngày 03/8/2022, UBND tỉnh đã ban hành Kế hoạch số 501/KH-UBND về truyền thông quảng bá hình ảnh "
                   "tỉnh ra nước ngoài theo cách làm mới và hằng năm ban hành kế hoạch triển khai, gần nhất là Kế "
                   "hoạch số 20/KH-UBND ngày 11/3/2024 về nhiệm vụ năm 2024. Các nội dung này được thực hiện cùng "
                   "Kế hoạch số 7/KH-UBND ngày 05/01/2024 về công tác thông tin đối ngoại năm 2024."))
    assert [(r.number, r.date) for r in plan.references] == [("501/KH-UBND", "2022-08-03"),
                                                             ("20/KH-UBND", "2024-03-11")]


def test_subject_spelled_out_in_a_footnote():
    # the number in the text carries the footnote mark ("...-UBND3"); the footnote says what it is about
    doc = make_doc(*HEADER, H("I. THỰC TRẠNG XÂY DỰNG VÀ TRIỂN KHAI KẾ HOẠCH"),
                   P("Ngày 14/9/2022, UBND tỉnh đã ban hành Kế hoạch số 333/KH-UBND3 và tổ chức triển khai."),
                   H("II. ĐỀ XUẤT, KIẾN NGHỊ"), P("Đề nghị Bộ TTTT hướng dẫn."), *SIGNATURE,
                   (BlockKind.FOOTNOTE, "3 Kế hoạch số 333/KH-UBND ngày 14/9/2022 của UBND tỉnh về thí điểm truyền "
                                        "thông quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới.", {}))
    plan = run(doc, extract_plan).plan
    assert [(r.number, r.date) for r in plan.references] == [("333/KH-UBND", "2022-09-14")]


def test_plan_named_before_its_number():
    plan = _plan(P("Tỉnh đã ban hành Kế hoạch truyền thông quảng bá hình ảnh tỉnh ra nước ngoài giai đoạn "
                   "2023 - 2025 (Kế hoạch số 61/KH-UBND ngày 02/02/2023)."))
    assert [r.number for r in plan.references] == ["61/KH-UBND"]


def test_own_plan_still_a_draft_beside_an_issued_yearly_plan_is_in_progress():
    plan = _plan(P("Sở Văn hóa được giao soạn Kế hoạch quảng bá hình ảnh tỉnh ra nước ngoài theo cách làm mới. "
                   "Đến nay, dự thảo Kế hoạch đã gửi xin ý kiến các huyện, thị xã."),
                 P("Trong khi chờ, các hoạt động thực hiện theo Kế hoạch số 12/KH-UBND ngày 20/01/2024 về công "
                   "tác thông tin đối ngoại năm 2024."))
    assert plan.status == "in_progress"
    assert plan.references == []


def test_yearly_foreign_information_plan_named_before_its_number_is_left_out():
    # the plan is named by its other subject before "số" (not after it), even where a
    # promotion task is folded into it or a yearly-implementation word is near
    plan = _plan(P("Ngày 04/6/2023, UBND tỉnh ban hành Kế hoạch số 77/KH-UBND về quảng bá hình ảnh tỉnh ra "
                   "nước ngoài. Hằng năm, việc này được đưa vào Chương trình thông tin đối ngoại của tỉnh "
                   "(năm 2024 là Chương trình số 5/CTr-UBND ngày 08/01/2024)."),
                 P("Bên cạnh đó, hằng năm tỉnh ban hành kế hoạch thông tin đối ngoại; năm 2023 là Kế hoạch số "
                   "16/KH-UBND ngày 20/01/2023, trong đó có một số nhiệm vụ quảng bá hình ảnh."),
                 P("Công tác thông tin đối ngoại năm 2024 được tổ chức theo Kế hoạch số 23/KH-UBND ngày "
                   "01/02/2024 của UBND tỉnh."),
                 P("Thực hiện nhiệm vụ thông tin đối ngoại, tỉnh ban hành Kế hoạch số 81/KH-UBND ngày 9/9/2023 "
                   "về truyền thông quảng bá hình ảnh tỉnh theo cách làm mới."))
    assert [(r.number, r.date) for r in plan.references] == [("77/KH-UBND", "2023-06-04"),
                                                             ("81/KH-UBND", "2023-09-09")]
