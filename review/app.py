"""The review page: FastAPI + Jinja2, server-rendered, htmx (vendored) for the inline edit forms.

Thin views over storage.repository: every route reads or writes through it, never parses a
document and never opens a file by a path taken from the request. Authentication, CSRF and
the security headers live here, in one place, before any view runs.
"""

from __future__ import annotations

import json
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

from fastapi import Depends, FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session as DbSession

from flows.pipeline import Workspace
from review import fields as F
from review.security import RateLimiter, Session, SessionSigner, dummy_hash, load_secret, verify_password
from storage import field_paths
from storage.models import DocumentRow
from storage.repository import NotFound, Repository, StaleVersion, local_time

HERE = Path(__file__).parent
COOKIE = "retl_session"
LOGIN_COOKIE = "retl_login"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
REVIEW_STATUS = {"unreviewed": "Chưa duyệt", "in_review": "Đang duyệt", "approved": "Đã duyệt"}
PDF_FORMATS = {"pdf", "pdf_scanned"}
MEDIA_TYPES = {"pdf": "application/pdf", "pdf_scanned": "application/pdf", "doc": "application/msword",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "odt": "application/vnd.oasis.opendocument.text", "rtf": "application/rtf"}


class NotSignedIn(Exception):
    def __init__(self, html: bool):
        self.html = html


@dataclass
class ReprocessJob:
    state: str = "running"        # running | done | failed
    started: float = field(default_factory=time.time)
    seconds: float | None = None
    message: str = ""


@dataclass
class Settings:
    secret: bytes
    session_hours: float = 8.0
    cookie_secure: bool = False


def create_app(ws: Workspace | None = None, *, secret: bytes | None = None, session_hours: float = 8.0,
               cookie_secure: bool | None = None) -> FastAPI:
    import os

    ws = ws or Workspace.from_env()
    settings = Settings(secret=secret or load_secret(ws.root), session_hours=session_hours,
                        cookie_secure=(os.environ.get("REPORT_ETL_COOKIE_SECURE") == "1"
                                       if cookie_secure is None else cookie_secure))
    signer = SessionSigner(settings.secret, int(session_hours * 3600))
    limiter = RateLimiter(limit=int(os.environ.get("REPORT_ETL_LOGIN_LIMIT", "5")), window=300)
    jobs: dict[int, ReprocessJob] = {}
    jobs_lock = threading.Lock()

    app = FastAPI(title="report-etl review", docs_url=None, redoc_url=None, openapi_url=None)
    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape on for .html
    templates.env.globals.update(review_status=REVIEW_STATUS, number=F.format_number)
    templates.env.filters["localtime"] = lambda at, fmt="%d/%m/%Y %H:%M": local_time(at).strftime(fmt)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        if not request.url.path.startswith("/static"):
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.exception_handler(NotSignedIn)
    async def not_signed_in(request: Request, exc: NotSignedIn):
        if exc.html:
            return RedirectResponse("/login", status_code=303)
        return JSONResponse({"detail": "Chưa đăng nhập"}, status_code=401)

    # -- dependencies ------------------------------------------------------------------------
    def db(request: Request) -> Iterator[DbSession]:
        with ws.sessions().begin() as session:
            if request.method == "POST" and session.bind.dialect.name == "sqlite":
                # Take SQLite's write lock first: a save that reads, then writes, fails at once
                # with "database is locked" when another save committed meanwhile (found by the
                # 20-reviewer load test: HTTP 500s); now saves wait their turn (busy timeout).
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            yield session

    def current(request: Request) -> Session:
        session = signer.read(request.cookies.get(COOKIE))
        html = "text/html" in request.headers.get("accept", "") and request.method == "GET"
        if session is None:
            raise NotSignedIn(html)
        with ws.sessions().begin() as s:  # a disabled account loses its open sessions at once
            user = Repository(s).user(session.user)
            if user is None or user.disabled:
                raise NotSignedIn(html)
        return session

    async def csrf_checked(request: Request, session: Session = Depends(current)) -> Session:
        token = request.headers.get("x-csrf-token")
        if token is None:
            form = await request.form()
            token = form.get("csrf")
        if not token or not isinstance(token, str) or token != session.csrf:
            raise HTTPException(403, "Thiếu hoặc sai mã CSRF: hãy tải lại trang.")
        return session

    def admin(session: Session = Depends(csrf_checked)) -> Session:
        if session.role != "admin":
            raise HTTPException(403, "Chỉ quản trị viên được làm việc này.")
        return session

    def page(request: Request, name: str, session: Session | None, status_code: int = 200, **ctx) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"session": session, **ctx}, status_code=status_code)

    def document_or_404(repo: Repository, doc_id: int) -> DocumentRow:
        doc = repo.session.get(DocumentRow, doc_id)
        if doc is None:
            raise HTTPException(404, "Không có tài liệu này.")
        return doc

    # -- sign in / out -----------------------------------------------------------------------
    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request):
        import secrets

        token = secrets.token_urlsafe(24)
        response = page(request, "login.html", None, login_csrf=token, error=None)
        response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="lax", secure=settings.cookie_secure,
                            max_age=1800)
        return response

    @app.post("/login")
    def login(request: Request, name: str = Form(""), password: str = Form(""), csrf: str = Form("")):
        address = request.client.host if request.client else "?"
        if not csrf or csrf != request.cookies.get(LOGIN_COOKIE):
            raise HTTPException(403, "Thiếu hoặc sai mã CSRF: hãy tải lại trang đăng nhập.")
        keys = (f"user:{name.strip().lower()}", f"addr:{address}")
        if limiter.blocked(*keys):
            return page(request, "login.html", None, 429, login_csrf=csrf,
                        error="Đăng nhập sai quá nhiều lần. Hãy thử lại sau 5 phút.")
        with ws.sessions().begin() as s:
            user = Repository(s).user(name.strip())
            ok = verify_password(password, user.password_hash if user else dummy_hash())
            ok = ok and user is not None and not user.disabled
            role = user.role if ok else None
            if ok:
                user.last_login_at = datetime.now(timezone.utc)
        if not ok:
            limiter.fail(*keys)
            return page(request, "login.html", None, 401, login_csrf=csrf,
                        error="Tên đăng nhập hoặc mật khẩu không đúng.")
        limiter.reset(keys[0])
        cookie, _ = signer.issue(name.strip(), role)
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(COOKIE, cookie, httponly=True, samesite="lax", secure=settings.cookie_secure,
                            max_age=int(settings.session_hours * 3600))
        response.delete_cookie(LOGIN_COOKIE)
        return response

    @app.post("/logout")
    def logout(session: Session = Depends(csrf_checked)):
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    # -- the list of documents ---------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse)
    def documents(request: Request, status: str = "", province: str = "", warning: str = "", q: str = "",
                  sort: str = "province", order: str = "asc", session: Session = Depends(current),
                  s: DbSession = Depends(db)):
        from storage.synthesis.data import provinces_2024

        repo = Repository(s)
        rows = [_row(repo, doc) for doc in repo.documents()]
        reported = {r["province"] for r in rows if r["province"] and r["state"] == "processed"}
        all_provinces = list(provinces_2024())
        warning_kinds = sorted({w.split(":")[0] for r in rows for w in r["warnings"]})
        wanted = _fold(q)
        rows = [r for r in rows
                if (not status or r["review"] == status)
                and (not province or r["province"] == province)
                and (not warning or any(w.split(":")[0] == warning for w in r["warnings"]))
                and (not wanted or wanted in _fold(r["province"] or "") or wanted in _fold(r["file_name"]))]
        key = sort if sort in {"province", "file_name", "format", "pages", "plan", "figures", "warning_count",
                               "review", "last_at"} else "province"
        rows.sort(key=lambda r: (r[key] is None, r[key] if r[key] is not None else ""), reverse=order == "desc")
        return page(request, "list.html", session, rows=rows, reported=len(reported & set(all_provinces)),
                    total=len(all_provinces), missing=[p for p in all_provinces if p not in reported],
                    provinces=sorted({r["province"] for r in rows if r["province"]} | ({province} - {""})),
                    all_provinces=all_provinces, warning_kinds=warning_kinds,
                    filters={"status": status, "province": province, "warning": warning, "q": q,
                             "sort": key, "order": order})

    def _row(repo: Repository, doc: DocumentRow) -> dict:
        record = None
        if doc.status == "processed":
            try:
                record = repo.corrected_record(doc).record
            except NotFound:
                record = None
        last = repo.last_review_event(doc)
        warnings = list((record or {}).get("extraction", {}).get("warnings") or [])
        if doc.status == "failed":
            warnings = [f"{doc.error_code}: {doc.error}"]
        return {"id": doc.id, "province": doc.province, "file_name": doc.file_name, "format": doc.format,
                "state": doc.status, "pages": (record or {}).get("document", {}).get("pages"),
                "plan": (record or {}).get("plan", {}).get("status"),
                "figures": len((record or {}).get("figures") or []), "warnings": warnings,
                "warning_count": len(warnings), "superseded": doc.superseded_by_id is not None,
                "review": ((record or {}).get("review") or {}).get("status", "unreviewed"),
                "last_by": last.actor if last else None,
                "last_at": local_time(last.at).strftime("%Y-%m-%d %H:%M") if last else None,  # sorts
                "last_shown": local_time(last.at).strftime("%d/%m/%Y %H:%M") if last else None}

    # -- one document ------------------------------------------------------------------------
    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document(request: Request, doc_id: int, session: Session = Depends(current), s: DbSession = Depends(db)):
        repo = Repository(s)
        doc = document_or_404(repo, doc_id)
        if doc.status != "processed":
            return page(request, "failed.html", session, doc=doc)
        applied = repo.corrected_record(doc)
        record = applied.record
        blocks = repo.source_blocks(doc)
        corrections = repo.corrections(doc)
        events = repo.audit_events(doc)
        by_correction = {c.id: c for c in corrections}
        return page(request, "document.html", session, doc=doc, record=record, groups=F.outline(record),
                    blocks=blocks, is_pdf=doc.format in PDF_FORMATS,
                    pages=record["document"].get("pages") or 0, version=doc.review_version,
                    events=events, corrections=by_correction,
                    orphaned=[c for c in corrections if c.status == "orphaned"],
                    review=(record.get("review") or {}).get("status", "unreviewed"),
                    new_fields=F.NEW_ITEM_FIELDS, labels=_labels(), section_titles=F.SECTION_TITLES,
                    job=jobs.get(doc.id))

    @app.get("/documents/{doc_id}/edit", response_class=HTMLResponse)
    def edit_form(request: Request, doc_id: int, path: str, version: int, session: Session = Depends(current),
                  s: DbSession = Depends(db)):
        repo = Repository(s)
        doc = document_or_404(repo, doc_id)
        record = repo.corrected_record(doc).record
        fld = F.find_field(record, path)
        if fld is None:
            raise HTTPException(404, "Không có trường này.")
        return page(request, "_edit.html", session, doc=doc, f=fld, version=version, error=None, typed=fld.typed,
                    standalone=request.headers.get("hx-request") != "true")

    @app.get("/documents/{doc_id}/field", response_class=HTMLResponse)
    def field_view(request: Request, doc_id: int, path: str, version: int, session: Session = Depends(current),
                   s: DbSession = Depends(db)):
        repo = Repository(s)
        record = repo.corrected_record(document_or_404(repo, doc_id)).record
        fld = F.find_field(record, path)
        if fld is None:
            raise HTTPException(404, "Không có trường này.")
        return page(request, "_field.html", session, doc_id=doc_id, f=fld, version=version)

    def _saved(request: Request, doc_id: int, anchor: str = "") -> Response:
        # A new query each time: a redirect that differs only by its #anchor would not reload.
        target = f"/documents/{doc_id}?t={time.time_ns()}" + (f"#{anchor}" if anchor else "")
        if request.headers.get("hx-request") == "true":
            return Response(status_code=204, headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)

    @app.post("/documents/{doc_id}/corrections", response_class=HTMLResponse)
    async def correct(request: Request, doc_id: int, session: Session = Depends(csrf_checked),
                      s: DbSession = Depends(db)):
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        path, version, comment = form.get("path", ""), _int(form.get("version")), form.get("comment") or None
        repo = Repository(s)
        doc = document_or_404(repo, doc_id)
        record = repo.corrected_record(doc).record
        fld = F.find_field(record, path)
        if fld is None:
            raise HTTPException(422, "Không có trường này trong bản ghi.")

        def again(error: str, status_code: int = 200) -> HTMLResponse:
            # Errors come back as 200 so htmx swaps the form with the message beside the field.
            return page(request, "_edit.html", session, doc=doc, f=fld, version=version, error=error,
                        typed=form.get("value", ""), standalone=request.headers.get("hx-request") != "true",
                        status_code=status_code)

        try:
            value = F.read_value(fld.kind, form.get("value", ""), fld.options,
                                 nullable=path.rsplit(".", 1)[-1] not in F.REQUIRED)
            save_path, save_value = F.correction_for(record, path, value)
            problem = F.check_record(field_paths.set_value(record, save_path, save_value))
            if problem:
                raise F.FieldError(problem)
            with s.begin_nested():  # a refused save leaves nothing behind
                repo.add_correction(doc, save_path, save_value, author=session.user, comment=comment,
                                    expected_version=version)
        except F.FieldError as err:
            return again(str(err))
        except StaleVersion as err:
            return again(str(err), 200 if request.headers.get("hx-request") == "true" else 409)
        return _saved(request, doc_id, _anchor(path))

    @app.post("/documents/{doc_id}/items", response_class=HTMLResponse)
    async def add_item(request: Request, doc_id: int, session: Session = Depends(csrf_checked),
                       s: DbSession = Depends(db)):
        form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
        list_path, version = form.get("list", ""), _int(form.get("version"))
        repo = Repository(s)
        doc = document_or_404(repo, doc_id)
        record = repo.corrected_record(doc).record
        evidence = None
        if form.get("evidence_text"):
            block = _int(form.get("evidence_block"))
            evidence = {"text": form["evidence_text"][:2000], "section": form.get("evidence_section") or None,
                        "page": _int(form.get("evidence_page")), "block": block}
        try:
            item = F.new_item(list_path, form, evidence)
            path = f"{list_path}[{F.next_index(record, list_path)}]"
            problem = F.check_record(field_paths.set_value(record, path, item))
            if problem:
                raise F.FieldError(problem)
            with s.begin_nested():  # a refused save leaves nothing behind
                repo.add_correction(doc, path, item, author=session.user, comment=form.get("comment") or None,
                                    expected_version=version)
        except (F.FieldError, StaleVersion) as err:
            return page(request, "message.html", session, doc_id=doc_id, error=str(err),
                        status_code=409 if isinstance(err, StaleVersion) else 422)
        return _saved(request, doc_id, _anchor(list_path))

    @app.post("/documents/{doc_id}/delete")
    def delete_item(request: Request, doc_id: int, path: str = Form(...), version: int = Form(...),
                    comment: str = Form(""), session: Session = Depends(csrf_checked), s: DbSession = Depends(db)):
        repo = Repository(s)
        doc = document_or_404(repo, doc_id)
        try:
            with s.begin_nested():  # a refused save leaves nothing behind
                repo.add_correction(doc, path, None, author=session.user, comment=comment or None,
                                    expected_version=version, op="delete")
        except (field_paths.FieldPathError, StaleVersion) as err:
            return page(request, "message.html", session, doc_id=doc_id, error=str(err), status_code=409)
        return _saved(request, doc_id)

    @app.post("/documents/{doc_id}/approval")
    def approval(request: Request, doc_id: int, approved: str = Form(...), version: int = Form(...),
                 comment: str = Form(""), session: Session = Depends(csrf_checked), s: DbSession = Depends(db)):
        repo = Repository(s)
        doc = document_or_404(repo, doc_id)
        try:
            with s.begin_nested():  # a refused save leaves nothing behind
                repo.set_approval(doc, approved == "1", by=session.user, comment=comment or None,
                                  expected_version=version)
        except StaleVersion as err:
            return page(request, "message.html", session, doc_id=doc_id, error=str(err), status_code=409)
        return _saved(request, doc_id)

    @app.post("/corrections/{correction_id}/revert")
    def revert(request: Request, correction_id: int, version: int = Form(...), session: Session = Depends(csrf_checked),
               s: DbSession = Depends(db)):
        repo = Repository(s)
        try:
            with s.begin_nested():  # a refused save leaves nothing behind
                correction = repo.revert_correction(correction_id, by=session.user, expected_version=version)
        except NotFound:
            raise HTTPException(404, "Không có sửa đổi này.")
        except (ValueError, StaleVersion) as err:
            return page(request, "message.html", session, doc_id=None, error=str(err), status_code=409)
        return _saved(request, correction.document_id)

    @app.post("/corrections/{correction_id}/reapply")
    def reapply(request: Request, correction_id: int, path: str = Form(...), version: int = Form(...),
                session: Session = Depends(csrf_checked), s: DbSession = Depends(db)):
        """An orphaned correction (its field vanished in a reprocess) set again at `path`."""
        from storage.models import Correction

        repo = Repository(s)
        old = s.get(Correction, correction_id)
        if old is None or old.status != "orphaned":
            raise HTTPException(404, "Không có sửa đổi mồ côi này.")
        doc = document_or_404(repo, old.document_id)
        try:
            with s.begin_nested():  # a refused save leaves nothing behind
                repo.add_correction(doc, path, old.value, author=session.user,
                                    comment=f"áp dụng lại sửa đổi #{old.id}", expected_version=version)
                repo.revert_correction(old.id, by=session.user)
        except (field_paths.FieldPathError, StaleVersion) as err:
            return page(request, "message.html", session, doc_id=doc.id, error=str(err), status_code=409)
        return _saved(request, doc.id)

    # -- files -------------------------------------------------------------------------------
    @app.get("/documents/{doc_id}/original")
    def original(doc_id: int, session: Session = Depends(current), s: DbSession = Depends(db)):
        doc = document_or_404(Repository(s), doc_id)
        if not ws.store.has(doc.sha256):
            raise HTTPException(404, "Tệp gốc không còn trong kho.")
        name = doc.file_name
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or "report"
        ascii_name = re.sub(r'[^A-Za-z0-9._ -]', "_", ascii_name)
        return Response(ws.store.get(doc.sha256), media_type=MEDIA_TYPES.get(doc.format or "", "application/octet-stream"),
                        headers={"Content-Disposition": f"attachment; filename=\"{ascii_name}\"; "
                                                        f"filename*=UTF-8''{quote(name)}"})

    @app.get("/documents/{doc_id}/record.json")
    def record_json(doc_id: int, session: Session = Depends(current), s: DbSession = Depends(db)):
        repo = Repository(s)
        doc = document_or_404(repo, doc_id)
        record = repo.corrected_record(doc).record
        return Response(json.dumps(record, ensure_ascii=False, indent=2), media_type="application/json",
                        headers={"Content-Disposition": f"attachment; filename=\"record-{doc.id}.json\""})

    @app.get("/documents/{doc_id}/pages/{number}.png")
    def page_image(doc_id: int, number: int, session: Session = Depends(current), s: DbSession = Depends(db)):
        doc = document_or_404(Repository(s), doc_id)
        if doc.format not in PDF_FORMATS or not ws.store.has(doc.sha256):
            raise HTTPException(404, "Không có ảnh trang cho tài liệu này.")
        png = _page_png(doc.sha256, number)
        if png is None:
            raise HTTPException(404, "Không có trang này.")
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})

    @lru_cache(maxsize=64)
    def _page_png(sha: str, number: int) -> bytes | None:
        from extractors.errors import ExtractionError
        from extractors.page_image import render_page_png

        try:
            return render_page_png(ws.store.get(sha), number)
        except ExtractionError:
            return None

    # -- admin: reprocess, upload ------------------------------------------------------------
    @app.post("/documents/{doc_id}/reprocess")
    def reprocess(request: Request, doc_id: int, session: Session = Depends(admin), s: DbSession = Depends(db)):
        from flows.runs import reprocess_now

        doc = document_or_404(Repository(s), doc_id)
        sha = doc.sha256
        with jobs_lock:
            if jobs.get(doc_id) and jobs[doc_id].state == "running":
                return _saved(request, doc_id)
            job = jobs[doc_id] = ReprocessJob()

        def run() -> None:
            try:
                (outcome,) = reprocess_now([sha], ws)
                job.state = "done" if outcome["status"] == "processed" else "failed"
                job.message = outcome.get("error") or ""
            except Exception as err:  # shown on the page; the record stays as it was
                job.state, job.message = "failed", f"{type(err).__name__}: {err}"
            job.seconds = time.time() - job.started

        threading.Thread(target=run, name=f"reprocess-{doc_id}", daemon=True).start()
        return _saved(request, doc_id)

    @app.get("/documents/{doc_id}/run", response_class=HTMLResponse)
    def run_status(request: Request, doc_id: int, session: Session = Depends(current)):
        return page(request, "_run.html", session, doc_id=doc_id, job=jobs.get(doc_id))

    @app.get("/upload", response_class=HTMLResponse)
    def upload_form(request: Request, session: Session = Depends(current)):
        if session.role != "admin":
            raise HTTPException(403, "Chỉ quản trị viên được tải báo cáo lên.")
        return page(request, "upload.html", session, outcome=None)

    @app.post("/upload", response_class=HTMLResponse)
    def upload(request: Request, file: UploadFile = File(...), session: Session = Depends(admin)):
        from extractors.settings import DEFAULT_LIMITS
        from flows.pipeline import SUPPORTED_SUFFIXES, ingest_file

        name = _safe_name(file.filename or "")
        if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
            return page(request, "upload.html", session, 422, outcome=None,
                        error=f"Chỉ nhận tệp {', '.join(sorted(SUPPORTED_SUFFIXES))}.")
        data = file.file.read(DEFAULT_LIMITS.max_file_bytes + 1)
        if len(data) > DEFAULT_LIMITS.max_file_bytes:
            return page(request, "upload.html", session, 413, outcome=None, error="Tệp quá lớn.")
        folder = ws.root / "uploads"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{datetime.now(timezone.utc):%Y%m%d-%H%M%S}-{name}"
        target.write_bytes(data)
        outcome = ingest_file(target, ws)
        return page(request, "upload.html", session, outcome=outcome, error=None)

    return app


def warm_up() -> None:
    """Make the first "reprocess" cost the document's work, not the imports: the fork server
    starts with the readers and the NLP loaded (flows/analysis.py)."""
    from flows.analysis import start_warm

    start_warm()


def _labels() -> dict[str, dict[str, str]]:
    from storage.synthesis.data import labels

    return {k: labels(k) for k in ("metric", "unit", "channel", "addressee", "factor_group", "plan_status")}


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return "".join(c for c in text if not unicodedata.combining(c)).strip()


def _anchor(path: str) -> str:
    return "f-" + re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-")


def _safe_name(name: str) -> str:
    """A file name from the browser, reduced to its last part and harmless characters."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name))[-1]
    base = re.sub(r"[\x00-\x1f<>:\"|?*]", "_", base).strip(" .")
    return base[:180] or "report"
