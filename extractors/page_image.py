"""A PDF page as a PNG image, for reviewers who check a value against the page itself."""

from __future__ import annotations

import io

import pypdfium2 as pdfium

from extractors.errors import ExtractionError


def render_page_png(data: bytes, page: int, *, width_px: int = 1100) -> bytes:
    """Page `page` (1-based) of the PDF `data`, `width_px` wide, as PNG bytes."""
    pdf = pdfium.PdfDocument(data)
    try:
        if not 1 <= page <= len(pdf):
            raise ExtractionError("no_such_page", f"the PDF has {len(pdf)} pages, not {page}")
        pdf_page = pdf[page - 1]
        scale = width_px / max(pdf_page.get_width(), 1.0)
        image = pdf_page.render(scale=scale).to_pil()
        out = io.BytesIO()
        image.convert("RGB").save(out, format="PNG", optimize=False)
        return out.getvalue()
    finally:
        pdf.close()
