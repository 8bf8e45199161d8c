"""LibreOffice headless conversion (.doc/.odt/.rtf -> .docx, and any -> .pdf for tests and
benchmarks). Each call gets its own user profile, so parallel conversions do not fight
over one profile lock, and a timeout after which the whole process group is killed
(soffice forks helpers that would otherwise outlive it)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import uuid
from pathlib import Path

from .errors import ExtractionError


def soffice_binary() -> str | None:
    """Path of the LibreOffice binary, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(src: Path, out_dir: Path, target: str = "docx", timeout_s: float = 120) -> Path:
    """Convert `src` with LibreOffice into `out_dir` as `target` ("docx", "pdf", "doc", a
    full filter spec like 'pdf:writer_pdf_Export:{...}' also works). Returns the new file.
    Raises ExtractionError conversion_failed / conversion_timeout."""
    src, out_dir = Path(src), Path(out_dir)
    binary = soffice_binary()
    if binary is None:
        raise ExtractionError("conversion_failed", "LibreOffice (soffice) is not installed")
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.gettempdir()) / f"report-etl-lo-{os.getpid()}-{uuid.uuid4().hex}"
    # Copy under a plain ASCII name: LibreOffice names the output after the input.
    work = Path(tempfile.mkdtemp(prefix="report-etl-src-"))
    staged = work / f"input{src.suffix.lower() or '.bin'}"
    shutil.copyfile(src, staged)
    cmd = [binary, f"-env:UserInstallation=file://{profile}", "--headless", "--invisible",
           "--nologo", "--norestore", "--nolockcheck", "--convert-to", target,
           "--outdir", str(out_dir), str(staged)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise ExtractionError("conversion_timeout", f"LibreOffice did not convert {src.name} "
                              f"within {timeout_s:.0f} s") from None
    finally:
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    ext = target.split(":", 1)[0]
    result = out_dir / f"input.{ext}"
    if proc.returncode != 0 or not result.exists() or result.stat().st_size == 0:
        detail = (err or out or b"").decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise ExtractionError("conversion_failed", f"LibreOffice could not convert {src.name}: {detail[0]}")
    final = out_dir / f"{src.stem}.{ext}"
    if final != result:
        result.replace(final)
    return final


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=10)
