"""A cover letter (công văn "V/v gửi báo cáo ...") sent in the same file before the report.

``SAMPLE["cover"]`` holds the letter with the keys of a sample (``header`` with its own number and
``vv`` subject lines, ``kinh_gui``, ``intro`` as body markup, ``closing``, ``recipients``,
``signature``; ``title`` empty). The letter is rendered as a .docx of its own, exported to PDF and
put before the report's pages (a text PDF: ``format: "pdf"``); in the gold it is section
``preamble`` (RECORD.md, "Several documents in one file"): its lines come before the report's
header in the preamble text.
"""

from __future__ import annotations

from pathlib import Path

from .markup import parse


def as_sample(sample: dict) -> dict:
    """The cover letter as a sample of its own, for ``docx_render.render``."""
    c = sample["cover"]
    return {"stem": f"{sample['stem']}__cover", "layout": sample.get("layout", {}),
            "author": sample.get("author", "Văn phòng UBND"), "header": c["header"], "title": c.get("title", []),
            "kinh_gui": c["kinh_gui"], "closing": c.get("closing", []), "recipients": c["recipients"],
            "signature": c["signature"], "document": {"title": c["document_title"]}}


def lines(cover: dict) -> list[str]:
    """The letter's lines in reading order, as the gold's preamble starts."""
    h = cover["header"]
    out = [*h["left"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", f"Số: {h['number']}",
           *h.get("vv", []), h["place_date"], *cover.get("title", []), *cover["kinh_gui"]]
    out += [b.display for b in parse(cover["intro"])]
    out += [*cover.get("closing", []), *cover["recipients"], *[s for s in cover["signature"] if s]]
    return out


def render(sample: dict, path: Path) -> Path:
    from . import docx_render

    c = sample["cover"]
    return docx_render.render(as_sample(sample), parse(c["intro"]), [], path)
