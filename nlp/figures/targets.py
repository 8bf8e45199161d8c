"""What states a target or a proposal rather than a result (RECORD.md: targets are not figures)."""

from __future__ import annotations

import re

from nlp.numbers import fold_keep

# Outside the body, a table under such a heading or lead-in states targets or proposals, not results.
_TARGET_CONTEXT = re.compile(
    r"(?<!\w)(?:phương hướng|định hướng|mục tiêu|đề xuất|kiến nghị|đề nghị|thời gian tới|"
    r"nhiệm vụ(?:,? giải pháp)?(?: trọng tâm)?(?: (?:năm|giai đoạn|thời gian|tiếp theo))|kế hoạch năm (?:19|20)\d\d)(?!\w)"
)


def is_target_context(heading: str, caption: str) -> bool:
    """A heading or lead-in that announces targets or proposals rather than results."""
    for text in (caption if len(caption) < 300 else "", heading):
        low = fold_keep(text)
        if re.search(r"(?<!\w)kết quả(?!\w)", low):
            return False
        if _TARGET_CONTEXT.search(low):
            return True
    return False
