"""The review page through its ASGI client: sign-in, sessions, CSRF, rate limit, corrections
with their checks, optimistic locking, downloads that cannot escape the store, escaping."""

from __future__ import annotations

import re
import time

import pytest
from fastapi.testclient import TestClient

from review.app import create_app
from review.security import SessionSigner
from storage.repository import Repository, corrected_records
from tests.review.conftest import DOCX_SAMPLE, HOSTILE, PASSWORDS, PDF_SAMPLE, doc_id

SECRET = b"test-secret-key-for-the-review-page"


@pytest.fixture
def app(review_ws):
    return create_app(review_ws, secret=SECRET)


def signed_in(app, name: str) -> TestClient:
    client = TestClient(app)
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    done = client.post("/login", data={"name": name, "password": PASSWORDS[name], "csrf": token},
                       follow_redirects=False)
    assert done.status_code == 303, done.text
    return client


def csrf_of(client: TestClient, doc: int) -> tuple[str, int]:
    html = client.get(f"/documents/{doc}").text
    token = re.search(r'name="csrf" value="([^"]+)"', html).group(1)
    version = int(re.search(r'name="version" value="(\d+)"', html).group(1))
    return token, version


def test_every_route_refuses_without_a_session(app, review_ws):
    client = TestClient(app)
    doc = doc_id(review_ws, PDF_SAMPLE)
    probes = [("GET", "/"), ("GET", f"/documents/{doc}"), ("GET", f"/documents/{doc}/original"),
              ("GET", f"/documents/{doc}/record.json"), ("GET", f"/documents/{doc}/pages/1.png"),
              ("GET", f"/documents/{doc}/edit?path=figures[0].value&version=0"),
              ("GET", f"/documents/{doc}/field?path=figures[0].value&version=0"), ("GET", f"/documents/{doc}/run"),
              ("GET", "/upload"), ("POST", f"/documents/{doc}/corrections"), ("POST", f"/documents/{doc}/items"),
              ("POST", f"/documents/{doc}/delete"), ("POST", f"/documents/{doc}/approval"),
              ("POST", f"/documents/{doc}/reprocess"), ("POST", "/corrections/1/revert"),
              ("POST", "/corrections/1/reapply"), ("POST", "/upload"), ("POST", "/logout")]
    covered = {re.sub(r"\{[^}]+\}", "X", p) for _, p in probes}
    for route in app.routes:  # every route of the app is probed (a new route must be added above)
        path = getattr(route, "path", "")
        if path in ("/login", "/static") or path.startswith("/static"):
            continue
        shape = re.sub(r"\{[^}]+\}", "X", path)
        assert any(re.sub(r"/\d+", "/X", c.split("?")[0]).replace("1.png", "X.png") == shape
                   for c in covered), f"route {path} is not probed"
    for method, path in probes:
        response = client.request(method, path, follow_redirects=False)
        assert response.status_code in (401, 403), (method, path, response.status_code)
        assert "Rà soát" not in response.text
    browser = client.get("/", headers={"accept": "text/html"}, follow_redirects=False)
    assert browser.status_code == 303 and browser.headers["location"] == "/login"
    assert client.get("/static/review.css").status_code == 200  # static assets need no session


def test_sign_in_sets_a_hardened_cookie_and_headers(app):
    client = TestClient(app)
    login_page = client.get("/login")
    assert "HttpOnly" in login_page.headers["set-cookie"] and "SameSite=lax" in login_page.headers["set-cookie"]
    token = re.search(r'name="csrf" value="([^"]+)"', login_page.text).group(1)
    done = client.post("/login", data={"name": "lan", "password": PASSWORDS["lan"], "csrf": token},
                       follow_redirects=False)
    session_cookie = next(h for h in done.headers.get_list("set-cookie") if h.startswith("retl_session="))
    assert "HttpOnly" in session_cookie and "SameSite=lax" in session_cookie and "Max-Age=28800" in session_cookie
    assert PASSWORDS["lan"] not in session_cookie
    page = client.get("/")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "tỉnh, thành phố đã gửi báo cáo" in page.text


def test_session_cookie_is_signed_and_expires():
    signer = SessionSigner(SECRET, max_age_seconds=60)
    cookie, session = signer.issue("lan", "reviewer", now=1000.0)
    assert signer.read(cookie, now=1010.0) == session
    assert signer.read(cookie, now=1061.0) is None                   # expired
    payload, sig = cookie.rsplit(".", 1)
    assert signer.read(payload + "." + "0" * len(sig), now=1010.0) is None   # tampered
    assert SessionSigner(b"another key").read(cookie, now=1010.0) is None


def test_wrong_password_and_the_rate_limit(app):
    client = TestClient(app)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    for _ in range(5):
        bad = client.post("/login", data={"name": "minh", "password": "wrong", "csrf": token})
        assert bad.status_code == 401 and "không đúng" in bad.text
    blocked = client.post("/login", data={"name": "minh", "password": PASSWORDS["minh"], "csrf": token},
                          follow_redirects=False)
    assert blocked.status_code == 429  # even the right password, until the window passes
    # the same address trying another account is blocked too (per address)
    other = client.post("/login", data={"name": "lan", "password": PASSWORDS["lan"], "csrf": token},
                        follow_redirects=False)
    assert other.status_code == 429
    no_csrf = TestClient(app).post("/login", data={"name": "lan", "password": PASSWORDS["lan"]})
    assert no_csrf.status_code == 403


def test_forms_without_the_csrf_token_are_refused(app, review_ws):
    client = signed_in(app, "lan")
    doc = doc_id(review_ws, DOCX_SAMPLE)
    _, version = csrf_of(client, doc)
    for token in (None, "forged"):
        data = {"path": "plan.status", "value": "not_built", "version": str(version)}
        if token:
            data["csrf"] = token
        assert client.post(f"/documents/{doc}/corrections", data=data).status_code == 403
    with review_ws.sessions().begin() as session:
        repo = Repository(session)
        assert not repo.corrections(repo.find(DOCX_SAMPLE))


def test_a_bad_value_is_told_beside_the_field_and_nothing_is_saved(app, review_ws):
    client = signed_in(app, "lan")
    doc = doc_id(review_ws, PDF_SAMPLE)
    token, version = csrf_of(client, doc)
    not_a_number = client.post(f"/documents/{doc}/corrections", data={
        "csrf": token, "path": "figures[0].value", "value": "mười hai", "version": str(version)})
    assert "không phải là số" in not_a_number.text
    unknown_metric = client.post(f"/documents/{doc}/corrections", data={
        "csrf": token, "path": "figures[0].metric", "value": "happiness", "version": str(version)})
    assert "không có trong danh mục" in unknown_metric.text
    with review_ws.sessions().begin() as session:
        repo = Repository(session)
        assert not repo.corrections(repo.find(PDF_SAMPLE))


def test_two_reviewers_on_one_figure_the_second_save_is_refused(app, review_ws):
    lan, minh = signed_in(app, "lan"), signed_in(app, "minh")
    doc = doc_id(review_ws, DOCX_SAMPLE)
    lan_token, version = csrf_of(lan, doc)
    minh_token, minh_version = csrf_of(minh, doc)
    assert version == minh_version
    first = lan.post(f"/documents/{doc}/corrections", data={
        "csrf": lan_token, "path": "figures[0].value", "value": "1.234.567", "version": str(version)},
        follow_redirects=False)
    assert first.status_code == 303
    second = minh.post(f"/documents/{doc}/corrections", data={
        "csrf": minh_token, "path": "figures[0].value", "value": "7", "version": str(minh_version)},
        follow_redirects=False)
    assert second.status_code == 409
    assert "lan" in second.text and "figures[0].value" in second.text
    with review_ws.sessions().begin() as session:
        repo = Repository(session)
        d = repo.find(DOCX_SAMPLE)
        assert repo.corrected_record(d).record["figures"][0]["value"] == 1234567
        assert [(e.actor, e.field_path) for e in repo.audit_events(d) if e.action == "correct"] == [
            ("lan", "figures[0].value")]


def test_approval_reaches_the_corrected_record(app, review_ws):
    client = signed_in(app, "lan")
    doc = doc_id(review_ws, PDF_SAMPLE)
    token, version = csrf_of(client, doc)
    done = client.post(f"/documents/{doc}/approval", data={"csrf": token, "approved": "1", "version": str(version)},
                       follow_redirects=False)
    assert done.status_code == 303
    with review_ws.sessions().begin() as session:
        records = {r["document"]["file_name"]: r for _, r in corrected_records(Repository(session))}
    assert records[PDF_SAMPLE]["review"]["status"] == "approved"
    assert client.get("/?status=approved").text.count(PDF_SAMPLE) == 1


def test_downloads_come_from_the_store_by_id_only(app, review_ws):
    client = signed_in(app, "lan")
    doc = doc_id(review_ws, PDF_SAMPLE)
    original = client.get(f"/documents/{doc}/original")
    assert original.status_code == 200 and original.content.startswith(b"%PDF")
    assert original.content == review_ws.store.get(original.headers.get("etag") or _sha(review_ws, PDF_SAMPLE))
    for attack in ("/documents/..%2F..%2Fetc%2Fpasswd/original", "/documents/%2Fetc%2Fpasswd/original",
                   "/documents/../../etc/passwd", "/documents/999999/original", "/documents/-1/original",
                   f"/documents/{doc}/pages/..%2F..%2Fx.png", f"/documents/{doc}/pages/99.png"):
        response = client.get(attack)
        assert response.status_code in (404, 422), attack
        assert b"root:" not in response.content
    image = client.get(f"/documents/{doc}/pages/1.png")
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    assert client.get(f"/documents/{doc_id(review_ws, DOCX_SAMPLE)}/pages/1.png").status_code == 404
    record = client.get(f"/documents/{doc}/record.json").json()
    assert record["document"]["file_name"] == PDF_SAMPLE


def _sha(ws, name):
    with ws.sessions().begin() as session:
        return Repository(session).find(name).sha256


def test_hostile_report_text_is_escaped(app, review_ws):
    client = signed_in(app, "lan")
    doc = doc_id(review_ws, "PhuTho_77_BC-UBND.docx")
    html = client.get(f"/documents/{doc}").text
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/htmx.min.js" defer>',
                                                   '<script src="/static/review.js" defer>']


def test_a_disabled_account_loses_its_session_and_reviewers_cannot_do_admin_work(app, review_ws):
    client = signed_in(app, "minh")
    doc = doc_id(review_ws, DOCX_SAMPLE)
    token, _ = csrf_of(client, doc)
    assert client.post(f"/documents/{doc}/reprocess", data={"csrf": token}).status_code == 403
    assert client.get("/upload").status_code == 403
    with review_ws.sessions().begin() as session:
        Repository(session).set_user_disabled("minh")
    try:
        assert client.get("/", follow_redirects=False).status_code in (401, 303)
    finally:
        with review_ws.sessions().begin() as session:
            Repository(session).set_user_disabled("minh", False)


def test_password_hashes_never_reach_a_page(app, review_ws):
    client = signed_in(app, "admin")
    with review_ws.sessions().begin() as session:
        hashes = [u.password_hash for u in Repository(session).users()]
    for path in ("/", f"/documents/{doc_id(review_ws, PDF_SAMPLE)}", "/upload"):
        text = client.get(path).text
        assert not any(h.split("$")[-1] in text for h in hashes)
        assert "scrypt$" not in text


def test_upload_is_for_admins_stores_safely_and_processes_like_the_inbox(app, review_ws, tmp_path):
    from tests.review.conftest import hostile_report

    report = hostile_report(tmp_path / "x.docx")
    reviewer = signed_in(app, "lan")
    token, _ = csrf_of(reviewer, doc_id(review_ws, PDF_SAMPLE))
    with report.open("rb") as fh:
        refused = reviewer.post("/upload", data={"csrf": token}, files={"file": ("a.docx", fh)})
    assert refused.status_code == 403
    admin = signed_in(app, "admin")
    token, _ = csrf_of(admin, doc_id(review_ws, PDF_SAMPLE))
    data = report.read_bytes().replace(b"77/BC-UBND", b"78/BC-UBND")  # other bytes: a new document
    done = admin.post("/upload", data={"csrf": token},
                      files={"file": ("../../../etc/PhuTho 78 BC.docx", data, "application/octet-stream")})
    assert done.status_code == 200 and "đã xử lý" in done.text
    uploads = list((review_ws.root / "uploads").iterdir())
    assert [p.name.endswith("-PhuTho 78 BC.docx") for p in uploads] == [True]
    assert not (review_ws.root.parent / "etc").exists()
    with review_ws.sessions().begin() as session:
        repo = Repository(session)
        new = [d for d in repo.documents() if d.file_name.endswith("PhuTho 78 BC.docx")]
        assert len(new) == 1 and new[0].status == "processed" and repo.current_record(new[0]) is not None
    bad = admin.post("/upload", data={"csrf": token}, files={"file": ("notes.txt", b"hello")})
    assert bad.status_code == 422


def test_an_orphaned_correction_can_be_reapplied_or_dropped(app, review_ws):
    with review_ws.sessions().begin() as session:
        repo = Repository(session)
        doc = repo.find(DOCX_SAMPLE)
        record = repo.corrected_record(doc).record
        kept = len(record["channels"])
        orphan = repo.add_correction(doc, f"channels[{kept}]", {"channel": "zalo", "mention": "Zalo OA",
                                                               "evidence": {"text": ""}}, author="lan")
        # the item the correction added vanishes from under it: as after a reprocess that
        # reorders and drops the list (anchor of an item no longer there)
        orphan.field_path, orphan.anchor = "channels[999].mention", {"list": "channels",
                                                                     "identity": {"channel": "x", "mention": "y"}}
        orphan.value = "Zalo OA"
        orphan_id, doc_pk = orphan.id, doc.id
    client = signed_in(app, "lan")
    token, version = csrf_of(client, doc_pk)
    page = client.get(f"/documents/{doc_pk}").text
    assert "không còn khớp" in page and f"#{orphan_id}" in page
    again = client.post(f"/corrections/{orphan_id}/reapply", data={
        "csrf": token, "version": str(version), "path": "channels[0].mention"}, follow_redirects=False)
    assert again.status_code == 303
    with review_ws.sessions().begin() as session:
        repo = Repository(session)
        d = repo.find(DOCX_SAMPLE)
        assert repo.corrected_record(d).record["channels"][0]["mention"] == "Zalo OA"
        statuses = {c.id: c.status for c in repo.corrections(d)}
        assert statuses[orphan_id] == "reverted"


def test_the_secret_key_is_generated_once_with_mode_600(tmp_path, monkeypatch):
    import os
    import stat

    from review.security import load_secret

    monkeypatch.delenv("REPORT_ETL_SECRET", raising=False)
    first = load_secret(tmp_path)
    assert first == load_secret(tmp_path) and len(first) >= 32
    assert stat.S_IMODE(os.stat(tmp_path / "review-secret.key").st_mode) == 0o600
    monkeypatch.setenv("REPORT_ETL_SECRET", "from-the-environment")
    assert load_secret(tmp_path) == b"from-the-environment"


def test_users_cli_reads_the_password_from_stdin_and_never_prints_a_hash(tmp_path):
    from typer.testing import CliRunner

    from flows.cli import app as cli

    db = f"sqlite:///{tmp_path / 'u.sqlite'}"
    env = {"REPORT_ETL_DATA": str(tmp_path)}
    runner = CliRunner()
    assert runner.invoke(cli, ["users", "add", "hoa", "--role", "admin", "--db", db], input="mat-khau-hoa-9\n",
                         env=env).exit_code == 0
    assert runner.invoke(cli, ["users", "add", "hoa", "--db", db], input="mat-khau-hoa-9\n", env=env).exit_code == 2
    assert runner.invoke(cli, ["users", "add", "ngan", "--db", db], input="short\n", env=env).exit_code == 2
    listed = runner.invoke(cli, ["users", "list", "--db", db], env=env)
    assert "hoa" in listed.output and "admin" in listed.output and "scrypt" not in listed.output
    assert runner.invoke(cli, ["users", "disable", "hoa", "--db", db], env=env).exit_code == 0
    assert "yes" in runner.invoke(cli, ["users", "list", "--db", db], env=env).output
