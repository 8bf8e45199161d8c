"""Small, valid records for tests that need one (built through the pydantic models)."""

from __future__ import annotations

from storage.record import (
    Assessment, ChannelMention, DocumentInfo, Evidence, Extraction, Figure, Item, KeyMessage, KeyMessages,
    Plan, PlanReference, Recommendation, Record, Section,
)


def make_record(sha: str = "a" * 64, file_name: str = "QuangNinh.docx", province: str = "Quảng Ninh",
                **overrides) -> dict:
    ev = Evidence(text="Năm 2023 đón 1,5 triệu lượt khách quốc tế.", section="1", page=None, block=12)
    record = Record(
        document=DocumentInfo(sha256=sha, file_name=file_name, format="docx", province=province,
                              issuer=f"Ủy ban nhân dân tỉnh {province}", number="245/BC-UBND", date="2024-09-20",
                              title="Báo cáo kết quả thực hiện công tác truyền thông"),
        plan=Plan(status="built", references=[PlanReference(number="45/KH-UBND", date="2023-03-15")]),
        key_messages=KeyMessages(identified=True, items=[KeyMessage(text="Điểm đến an toàn", evidence=ev)]),
        channels=[ChannelMention(channel="facebook", mention="Fanpage Visit Quang Ninh", evidence=ev)],
        figures=[Figure(metric="visitors_international", label="lượt khách quốc tế", value=1_500_000,
                        unit="visits", unit_text="lượt", period="2023", evidence=ev)],
        assessment=Assessment(strengths=[Item(text="Sự quan tâm của lãnh đạo tỉnh", evidence=ev)]),
        recommendations=[Recommendation(text="Đề nghị Bộ TTTT tổ chức tập huấn", addressees=["mic"], evidence=ev)],
        sections=[Section(section="1", heading="I. THỰC TRẠNG", text="Năm 2023 đón 1,5 triệu lượt khách quốc tế.",
                          evidence=ev)],
        extraction=Extraction(version="0.1.0", extracted_at="2026-11-26T10:00:00Z"),
    ).to_json_dict()
    record.update(overrides)
    return record
