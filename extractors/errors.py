"""Errors an extractor raises for a file it cannot read: a code for machines, a message for people."""

from __future__ import annotations


class ExtractionError(Exception):
    """The file cannot be turned into a Document. `code` is stable (used in quarantine reasons
    and tests): corrupt, encrypted, empty, wrong_extension, zip_bomb, too_large, too_many_pages,
    unsupported_format, conversion_failed, conversion_timeout, incomplete, ocr_failed, unsafe_xml, unsafe_zip,
    parse_timeout, parse_crashed."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
