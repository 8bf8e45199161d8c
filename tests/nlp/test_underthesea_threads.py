"""underthesea loads its taggers lazily into module globals: documents analysed on threads (the
inbox flow's default) must not see a half-loaded model."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import threading
from nlp.noun_phrases import tagged
from nlp.sentences import split_sentences
errors = []
def work(i):
    try:
        tagged(f"Số bài viết về tỉnh trên báo nước ngoài đạt {i} bài")
        split_sentences(f"Năm 2023 tỉnh đón {i} nghìn lượt khách quốc tế. Doanh thu tăng 12% so với năm 2022.")
    except Exception as err:
        errors.append(repr(err))
threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
[t.start() for t in threads]
[t.join() for t in threads]
print("ERRORS", errors)
"""


def test_first_calls_from_several_threads_at_once():
    for _ in range(2):  # a fresh process each time: the models are cold
        out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        assert "ERRORS []" in out.stdout, out.stdout
