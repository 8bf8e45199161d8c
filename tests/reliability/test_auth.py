"""8. Auth gaps not covered by tests/review/test_api.py (which checks every route without a
session, CSRF, the rate limit, a disabled user, reprocess as a reviewer, password hashes):
a session expiring through the app, and the upload POST (an admin action) as a reviewer."""

from __future__ import annotations

import re
import time

import pytest
from fastapi.testclient import TestClient

from review.app import create_app
from tests.review.conftest import PASSWORDS, review_ws  # noqa: F401
from tests.reliability.conftest import report

pytestmark = pytest.mark.slow
SECRET = b"reliability-secret-key-0123456789"


def _signed_in(app, name: str) -> TestClient:
    client = TestClient(app)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    done = client.post("/login", data={"name": name, "password": PASSWORDS[name], "csrf": token},
                       follow_redirects=False)
    assert done.status_code == 303
    return client


def test_a_session_expires_through_the_app(review_ws):  # noqa: F811
    app = create_app(review_ws, secret=SECRET, session_hours=2 / 3600)  # 2 s sessions
    client = _signed_in(app, "lan")
    assert client.get("/", follow_redirects=False).status_code == 200
    time.sleep(3)
    expired = client.get("/", follow_redirects=False)
    api = client.get("/documents/1/record.json", follow_redirects=False)
    report("auth_expiry", page_after_expiry=expired.status_code, api_after_expiry=api.status_code)
    assert expired.status_code in (303, 401) and api.status_code == 401


def test_a_reviewer_cannot_upload(review_ws, tmp_path):  # noqa: F811
    app = create_app(review_ws, secret=SECRET)
    client = _signed_in(app, "lan")
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text).group(1)
    before = sorted(p.name for p in (review_ws.root / "store").rglob("*") if p.is_file())
    refused = client.post("/upload", data={"csrf": token},
                          files={"file": ("x.docx", b"PK\x03\x04 not really", "application/octet-stream")},
                          follow_redirects=False)
    report("auth_reviewer_upload", status=refused.status_code)
    assert refused.status_code == 403
    assert sorted(p.name for p in (review_ws.root / "store").rglob("*") if p.is_file()) == before
