"""The report record of ../shared/contract/RECORD.md (version 1), as pydantic models.

This is the contract with downstream synthesis: field names and ids are fixed by
RECORD.md and vocabulary.yaml; we only ever add. `storage/record.schema.json` is
generated from `Record` (see `write_schema`) and checked by the tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_PATH = Path(__file__).with_name("record.schema.json")

Format = Literal["docx", "pdf", "pdf_scanned", "doc", "odt", "rtf"]
PlanStatus = Literal["built", "in_progress", "not_built", "unknown"]
FactorGroup = Literal[
    "value_system", "quality_of_life", "business_potential", "culture_heritage", "tourism", "products"
]
Channel = Literal[
    "portal", "facebook", "youtube", "tiktok", "zalo", "instagram", "x_twitter", "other_social",
    "national_media", "local_media", "foreign_media", "press_trips", "events", "trade_promotion",
    "overseas_missions", "diaspora", "partner_localities", "influencers", "publications", "video",
    "outdoor", "other",
]
Metric = Literal[
    "visitors_total", "visitors_international", "visitors_domestic", "tourism_revenue", "fdi_capital",
    "fdi_disbursed", "fdi_projects", "export_value", "import_value", "trade_value", "grdp", "budget",
    "followers", "views", "reach", "engagement", "site_visits", "articles", "foreign_articles", "videos",
    "publications", "events", "delegations", "journalists", "partners", "languages", "room_occupancy",
    "other",
]
Unit = Literal["visits", "people", "VND", "USD", "percent", "count", "other"]
Addressee = Literal[
    "government", "mic", "mofa", "mocst", "mpi", "mof", "other_ministries", "central_media", "unspecified"
]
SectionId = Literal["1", "2", "2.1", "2.2", "2.3", "3", "preamble", "closing", "appendix", "other"]


class _Model(BaseModel):
    # Extra keys are allowed so that a record written by a later version (which may add
    # fields, never remove) still loads here.
    model_config = ConfigDict(extra="allow")


class Evidence(_Model):
    text: str = ""
    section: Optional[str] = None
    page: Optional[int] = None
    block: Optional[int] = None
    # Added (extension by adding): the block's box on its page, fractions of the page's width
    # and height (x0, top, x1, bottom), where the file has pages (PDF, scans).
    bbox: Optional[list[float]] = None


class Signer(_Model):
    name: Optional[str] = None
    position: Optional[str] = None


class DocumentInfo(_Model):
    sha256: str
    file_name: str
    format: Format
    pages: Optional[int] = None
    province: Optional[str] = None
    province_2025: Optional[str] = None
    issuer: Optional[str] = None
    number: Optional[str] = None
    date: Optional[str] = None
    title: Optional[str] = None
    signer: Signer = Field(default_factory=Signer)


class PlanReference(_Model):
    number: Optional[str] = None
    date: Optional[str] = None


class Plan(_Model):
    status: PlanStatus = "unknown"
    references: list[PlanReference] = Field(default_factory=list)
    evidence: Optional[Evidence] = None


class Factor(_Model):
    text: str
    group: Optional[FactorGroup] = None
    evidence: Evidence = Field(default_factory=Evidence)


class Factors(_Model):
    identified: Optional[bool] = None
    items: list[Factor] = Field(default_factory=list)


class KeyMessage(_Model):
    text: str
    evidence: Evidence = Field(default_factory=Evidence)


class KeyMessages(_Model):
    identified: Optional[bool] = None
    items: list[KeyMessage] = Field(default_factory=list)


class ChannelMention(_Model):
    channel: Channel
    mention: str
    evidence: Evidence = Field(default_factory=Evidence)


class Baseline(_Model):
    period: Optional[str] = None
    value: Optional[float] = None


class Change(_Model):
    direction: Optional[Literal["increase", "decrease", "unchanged"]] = None
    percent: Optional[float] = None
    times: Optional[float] = None
    compared_with: Optional[str] = None


class Figure(_Model):
    metric: Metric
    label: str
    value: float
    unit: Unit
    unit_text: Optional[str] = None
    period: Optional[str] = None
    baseline: Optional[Baseline] = None
    change: Optional[Change] = None
    approximate: bool = False
    evidence: Evidence = Field(default_factory=Evidence)


class Item(_Model):
    text: str
    evidence: Evidence = Field(default_factory=Evidence)


class Assessment(_Model):
    strengths: list[Item] = Field(default_factory=list)
    difficulties: list[Item] = Field(default_factory=list)
    causes_objective: list[Item] = Field(default_factory=list)
    causes_subjective: list[Item] = Field(default_factory=list)
    lessons: list[Item] = Field(default_factory=list)


class Recommendation(_Model):
    text: str
    addressees: list[Addressee] = Field(default_factory=list)
    evidence: Evidence = Field(default_factory=Evidence)


class Section(_Model):
    section: SectionId
    heading: Optional[str] = None
    text: str = ""
    evidence: Evidence = Field(default_factory=Evidence)


class Extraction(_Model):
    version: str
    extracted_at: str
    warnings: list[str] = Field(default_factory=list)
    # Added to the contract (extension by adding): how the text was obtained, so reviewers
    # know where to look twice.
    producer: Optional[str] = None                 # the PDF producer / application that wrote the file
    ocr_used: bool = False
    ocr_confidence: Optional[float] = None         # mean Tesseract word confidence, 0..100


class Review(_Model):
    status: Literal["unreviewed", "in_review", "approved"] = "unreviewed"
    corrected_fields: list[str] = Field(default_factory=list)


class Record(_Model):
    schema_version: Literal["1"] = "1"
    document: DocumentInfo
    plan: Plan = Field(default_factory=Plan)
    factors: Factors = Field(default_factory=Factors)
    key_messages: KeyMessages = Field(default_factory=KeyMessages)
    channels: list[ChannelMention] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    assessment: Assessment = Field(default_factory=Assessment)
    recommendations: list[Recommendation] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    extraction: Extraction
    review: Review = Field(default_factory=Review)

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json")


def json_schema() -> dict:
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "report-etl record, version 1 (../shared/contract/RECORD.md)"
    return schema


def write_schema(path: Path = SCHEMA_PATH) -> Path:
    path.write_text(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
