"""Loaded into a fork server by test_fuzz_readers (as a preload hook): the NLP of a document
whose file name contains "hang-nlp" never returns, as a rule that loops on hostile text would.
Only that name: the server's other children are unaffected."""

from __future__ import annotations

import time


def install() -> None:
    import nlp.pipeline

    real = nlp.pipeline.build_record

    def build_record(document, sha256, **kw):
        if "hang-nlp" in document.file_name:
            while True:
                time.sleep(1)
        return real(document, sha256, **kw)

    nlp.pipeline.build_record = build_record
