"""Time of the figures NLP (numbers, periods, figures) per 1,000 characters of generated report text.

    .venv/bin/python benchmarks/bench_nlp_figures.py [--chars 200000] [--seed 1]

Generates body paragraphs and tables in the style of the province reports (varied numbers, so
the per-sentence caches do not hide the work), runs `extract_figures` over them cold, then once
more warm (everything cached), and prints milliseconds per 1,000 characters.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.model import BlockKind, Cell, Document  # noqa: E402
from nlp.context import Context  # noqa: E402
from nlp.figures import extract_figures  # noqa: E402
from storage.record import DocumentInfo  # noqa: E402

SENTENCES = [
    "Năm {y}, tỉnh đón {a},{b} triệu lượt khách, tăng {p}% so với năm {y0}; trong đó khách quốc tế đạt {n}.{t}00 lượt, gấp {a},{b} lần so với năm {y0}.",
    "9 tháng đầu năm {y}, tổng thu từ du lịch ước đạt {n}.{t}00 tỷ đồng, tăng {p},{b}% so cùng kỳ.",
    "Kim ngạch xuất khẩu đạt {n}.{t}00,{b} triệu USD; vốn FDI đăng ký đạt {a},{b} tỉ USD với {n} dự án FDI.",
    "Fanpage \"Visit Province\" đến tháng {m}/{y} có hơn {n} nghìn người theo dõi, {a}{t}.000 lượt tương tác.",
    "Thực hiện Kế hoạch số {n}/KH-UBND ngày {m}/{m}/{y0} của UBND tỉnh, tỉnh xếp thứ {a} cả nước và là một trong {n}/63 địa phương.",
    "Kênh YouTube đăng tải {n} video, năm {y} đạt {a},{b} triệu lượt xem; cổng thông tin có {n}.{t}00 lượt truy cập.",
    "Phối hợp sản xuất {n} phóng sự; có {a}{b} tin, bài viết được đăng trên báo chí nước ngoài; đón {a} đoàn với {n} phóng viên.",
    "Công tác truyền thông quảng bá được triển khai đồng bộ, bài bản, phù hợp với định hướng của tỉnh và hướng dẫn của Bộ.",
]


def make_document(chars: int, rng: random.Random) -> Document:
    doc = Document(file_name="bench.docx", format="docx")
    total = 0
    table_no = 0
    while total < chars:
        para = " ".join(
            rng.choice(SENTENCES).format(y=rng.choice([2023, 2024]), y0=2022, a=rng.randint(1, 9), b=rng.randint(1, 9),
                                         p=rng.randint(2, 60), n=rng.randint(10, 999), t=rng.randint(1, 9),
                                         m=rng.randint(1, 12))
            for _ in range(rng.randint(1, 4)))
        doc.add(BlockKind.PARAGRAPH, para, page=1)
        total += len(para)
        if rng.random() < 0.1:
            rows = [["Chỉ tiêu", "ĐVT", "Năm 2022", "Năm 2023", "9 tháng 2024", "Tăng/giảm (%)"]]
            for label, unit in (("Tổng lượt khách", "nghìn lượt"), ("Tổng thu từ du lịch", "tỷ đồng"),
                                ("Vốn FDI đăng ký", "triệu USD")):
                rows.append([label, unit, f"{rng.randint(100, 999)}", f"{rng.randint(1, 9)}.{rng.randint(100, 999)}",
                             f"{rng.randint(100, 999)},{rng.randint(1, 9)}", f"+{rng.randint(1, 99)},{rng.randint(1, 9)}"])
            doc.add(BlockKind.TABLE, "\n".join(" | ".join(r) for r in rows), table_index=table_no,
                    cells=[Cell(c, i, j) for i, r in enumerate(rows) for j, c in enumerate(r)])
            for i, r in enumerate(rows):
                text = " | ".join(r)
                doc.add(BlockKind.TABLE_ROW, text, table_index=table_no, row=i,
                        cells=[Cell(c, i, j) for j, c in enumerate(r)])
                total += len(text)
            table_no += 1
    return doc


def run(doc: Document) -> tuple[float, int]:
    ctx = Context(document=doc, info=DocumentInfo(sha256="0" * 64, file_name=doc.file_name, format="docx",
                                                  date="2024-09-20"))
    ctx.section_of = {b.index: "1" for b in doc.blocks}
    t0 = time.perf_counter()
    extract_figures(ctx)
    return time.perf_counter() - t0, len(ctx.figures)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    doc = make_document(args.chars, random.Random(args.seed))
    chars = sum(len(b.text) for b in doc.blocks if b.kind != BlockKind.TABLE)
    # warm up imports and vocabulary on a tiny document (not timed)
    run(make_document(500, random.Random(0)))
    cold, n = run(doc)
    warm, _ = run(doc)
    per_k = 1000 / chars
    print(f"nlp figures: {chars:,} characters, {len(doc.blocks):,} blocks, {n:,} figures")
    print(f"  cold: {cold * 1000:.1f} ms total, {cold * 1000 * per_k:.3f} ms per 1,000 characters")
    print(f"  warm: {warm * 1000:.1f} ms total, {warm * 1000 * per_k:.3f} ms per 1,000 characters (cached)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
