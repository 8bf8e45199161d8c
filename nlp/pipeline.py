"""The nlp pipeline: small components run in order over one Context (spaCy's shape: each
component adds one kind of annotation, configured by the data files in nlp/data/)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from extractors.model import Document
from nlp import VERSION
from nlp.context import Context
from storage.record import DocumentInfo, Extraction, Record

Component = Callable[[Context], None]
LOW_OCR_CONFIDENCE = 75.0  # below this mean word confidence a reviewer should read the scan


def components() -> list[Component]:
    # Imported here so that a component's heavy imports (underthesea) load only when used.
    from nlp import assessment, channels, factors, figures, header, messages, plan, recommendations, sections
    from nlp.consistency import check_changes

    return [
        header.extract_header,
        sections.assign_sections,
        plan.extract_plan,
        factors.extract_factors,
        messages.extract_key_messages,
        channels.extract_channels,
        figures.extract_figures,
        check_changes,  # stated vs computed change (after the figures it checks)
        assessment.extract_assessment,
        recommendations.extract_recommendations,
    ]


def build_record(document: Document, sha256: str, *, now: datetime | None = None) -> Record:
    """Turn one parsed Document into its record (RECORD.md). Pure apart from the clock."""
    info = DocumentInfo(sha256=sha256, file_name=document.file_name, format=document.format,
                        pages=document.pages)
    ctx = Context(document=document, info=info, warnings=list(document.warnings))
    if document.ocr_used and document.ocr_confidence is not None and document.ocr_confidence < LOW_OCR_CONFIDENCE:
        ctx.warnings.append(f"low_ocr_confidence: OCR mean confidence {document.ocr_confidence:.0f}/100, "
                            "check figures and names against the scan")
    for component in components():
        component(ctx)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return Record(
        document=ctx.info,
        plan=ctx.plan,
        factors=ctx.factors,
        key_messages=ctx.key_messages,
        channels=ctx.channels,
        figures=ctx.figures,
        assessment=ctx.assessment,
        recommendations=ctx.recommendations,
        sections=ctx.sections,
        extraction=Extraction(version=VERSION, extracted_at=stamp, warnings=ctx.warnings,
                              producer=document.producer, ocr_used=document.ocr_used,
                              ocr_confidence=round(document.ocr_confidence, 1) if document.ocr_confidence else None),
    )
