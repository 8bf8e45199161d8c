"""Vietnamese NLP over the document model: sections, plan, factors, messages, channels,
figures, assessment, recommendations -> the report record."""

VERSION = "0.1.0"
