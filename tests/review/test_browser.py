"""The review page in a real browser (Debian's chromium driven by Playwright) against the real
server on a free port, with real reports ingested: what a reviewer does, end to end."""

from __future__ import annotations

import json
import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn
from typer.testing import CliRunner

from flows.cli import app as cli
from review.app import create_app
from storage.repository import Repository
from tests.review.conftest import DOCX_SAMPLE, HOSTILE, PASSWORDS, PDF_SAMPLE, doc_id, make_workspace

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.slow
CHROMIUM = "/usr/bin/chromium"
# The README's screenshots are refreshed only when asked (REPORT_ETL_SCREENSHOTS=docs/screenshots):
# a test run must not leave the checkout changed.
SCREENSHOTS = Path(os.environ["REPORT_ETL_SCREENSHOTS"]) if os.environ.get("REPORT_ETL_SCREENSHOTS") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    ws = make_workspace(tmp_path_factory.mktemp("browser"))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(ws, secret=b"browser-test-secret"), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    assert server.started
    yield ws, f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


def sign_in(browser, base: str, name: str):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="vi-VN")
    page = context.new_page()
    page.goto(f"{base}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORDS[name])
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/")
    return context, page


def field(page, path: str):
    return page.locator(f"#f-{re.sub(r'[^A-Za-z0-9]+', '-', path).strip('-')}")


def edit(page, path: str, value: str, *, press: str = "Enter"):
    field(page, path).locator("a.edit").click()
    box = page.locator(f'form.edit-form:has(input[name=path][value="{path}"]) [name=value]')
    box.wait_for()
    if box.evaluate("e => e.tagName") == "SELECT":
        box.select_option(value)
        box.press(press)
    else:
        box.fill(value)
        box.press(press)


def test_a_reviewer_checks_a_scan_value_corrects_adds_approves_and_export_shows_it(site, browser):
    ws, base = site
    context, page = sign_in(browser, base, "lan")
    doc = doc_id(ws, PDF_SAMPLE)
    page.click(f"text={PDF_SAMPLE}")
    page.wait_for_url(f"{base}/documents/{doc}")
    # the first figure's evidence: the page image itself with the evidence's box on it
    first = page.locator("#g-figures .item").first
    first.locator("button.evidence").click()
    image = page.locator(".page-view img.page-img")
    image.wait_for(state="visible")
    page.wait_for_function("() => document.querySelector('.page-img').naturalWidth > 0")
    box = page.locator(".page-view .box")
    assert box.is_visible()
    img_box, ev_box = image.bounding_box(), box.bounding_box()
    assert img_box["x"] <= ev_box["x"] and ev_box["x"] + ev_box["width"] <= img_box["x"] + img_box["width"] + 1
    assert ev_box["height"] > 3
    # correct its value (Vietnamese separators), Enter saves
    edit(page, "figures[0].value", "1.234.567")
    page.wait_for_load_state("networkidle")
    assert field(page, "figures[0].value").locator(".value").inner_text() == "1.234.567"
    # Esc cancels an edit without saving
    field(page, "figures[0].unit").locator("a.edit").click()
    unit_form = page.locator('form.edit-form:has(input[name=path][value="figures[0].unit"])')
    unit_form.wait_for()
    unit_form.locator("[name=value]").press("Escape")
    unit_form.wait_for(state="detached")
    # a key message the extraction missed
    page.click("#add-key_messages-items summary")
    add = page.locator("#add-key_messages-items form")
    add.locator("input[name=text]").fill("Kinh Bắc - Vùng đất di sản, điểm đến của nhà đầu tư")
    add.locator("input[name=comment]").fill("thiếu trong trích xuất")
    add.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(rf"{base}/documents/{doc}.*"))
    assert page.locator("text=Kinh Bắc - Vùng đất di sản, điểm đến của nhà đầu tư").first.is_visible()
    page.click("#approve")
    page.wait_for_selector("#unapprove")
    assert "Đã duyệt" in page.locator(".doc-head .status").inner_text()
    context.close()

    out = Path(ws.root) / "export.jsonl"
    result = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--out", str(out), "--db", ws.db_url],
                                env={"REPORT_ETL_DATA": str(ws.root)})
    assert result.exit_code == 0, result.output
    records = {r["document"]["file_name"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    record = records[PDF_SAMPLE]
    assert record["figures"][0]["value"] == 1234567
    assert "Kinh Bắc - Vùng đất di sản, điểm đến của nhà đầu tư" in [m["text"] for m in record["key_messages"]["items"]]
    assert record["review"]["status"] == "approved"
    with ws.sessions().begin() as session:
        repo = Repository(session)
        events = [(e.actor, e.action, e.field_path) for e in repo.audit_events(repo.find(PDF_SAMPLE))]
    assert ("lan", "correct", "figures[0].value") in events
    assert any(a == "lan" and p and p.startswith("key_messages.items[") for a, _, p in events)
    assert ("lan", "correct", "review.status") in events


def test_two_reviewers_on_one_figure_the_second_is_told_and_the_first_value_stands(site, browser):
    ws, base = site
    doc = doc_id(ws, DOCX_SAMPLE)
    (ctx_a, a), (ctx_b, b) = sign_in(browser, base, "lan"), sign_in(browser, base, "minh")
    for page in (a, b):
        page.goto(f"{base}/documents/{doc}")
    edit(a, "figures[1].value", "4.321")
    a.wait_for_load_state("networkidle")
    assert field(a, "figures[1].value").locator(".value").inner_text() == "4.321"
    edit(b, "figures[1].value", "999")
    message = b.locator("form.edit-form .error")
    message.wait_for()
    assert "lan" in message.inner_text() and "figures[1].value" in message.inner_text()
    b.goto(f"{base}/documents/{doc}")
    assert field(b, "figures[1].value").locator(".value").inner_text() == "4.321"
    ctx_a.close()
    ctx_b.close()


def test_hostile_report_text_stays_text(site, browser):
    ws, base = site
    context, page = sign_in(browser, base, "lan")
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    response = page.goto(f"{base}/documents/{doc_id(ws, 'PhuTho_77_BC-UBND.docx')}")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    assert page.locator(f"text={HOSTILE}").count() >= 1   # shown as the characters it is
    page.locator("#g-recommendations button.evidence").first.click()
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.evaluate("() => document.querySelectorAll('main img[src=x]').length") == 0
    context.close()


def test_reprocess_from_the_page_keeps_the_corrections(site, browser):
    ws, base = site
    doc = doc_id(ws, DOCX_SAMPLE)
    context, page = sign_in(browser, base, "admin")
    page.goto(f"{base}/documents/{doc}")
    edit(page, "document.number", "225/BC-UBND-SUA")
    page.wait_for_load_state("networkidle")
    page.click("#reprocess")
    page.wait_for_selector("text=Đã xử lý lại", timeout=60000)
    page.goto(f"{base}/documents/{doc}")
    assert field(page, "document.number").locator(".value").inner_text() == "225/BC-UBND-SUA"
    assert field(page, "figures[1].value").locator(".value").inner_text() == "4.321"
    with ws.sessions().begin() as session:
        repo = Repository(session)
        assert len(repo.record_versions(repo.find(DOCX_SAMPLE))) == 2
    context.close()


def test_screenshots_of_the_list_and_the_document_page(site, browser, tmp_path):
    ws, base = site
    shots = SCREENSHOTS or tmp_path
    shots.mkdir(parents=True, exist_ok=True)
    context, page = sign_in(browser, base, "lan")
    page.screenshot(path=str(shots / "list.png"))
    page.goto(f"{base}/documents/{doc_id(ws, PDF_SAMPLE)}")
    page.locator("#g-figures .item").nth(1).locator("button.evidence").click()
    page.wait_for_function("() => document.querySelector('.page-img').naturalWidth > 0")
    page.wait_for_timeout(600)
    page.screenshot(path=str(shots / "document.png"))
    assert (shots / "list.png").stat().st_size > 10_000
    assert (shots / "document.png").stat().st_size > 10_000
    context.close()
