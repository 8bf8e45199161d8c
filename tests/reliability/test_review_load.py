"""6. The review page under load: simulated reviewers against the real server (uvicorn on a
free port), each reading documents and saving corrections, several on the same document.
0 lost updates (every accepted save is in the audit with its value, every refused one is told
with 409 and who saved first), 0 server errors; p50/p95 latency printed. 60 s with
RELIABILITY_SCALE=full, 10 s otherwise."""

from __future__ import annotations

import asyncio
import random
import re
import subprocess
import sys
import time
import urllib.request

import httpx
import pytest

from review.security import hash_password
from storage.repository import Repository
from tests.reliability.batch import free_port
from tests.reliability.conftest import ROOT, report, scale
from tests.review.conftest import make_workspace

pytestmark = pytest.mark.slow
REVIEWERS = 20
SERVE = """
import sys, uvicorn
from pathlib import Path
from flows.pipeline import Workspace
from review.app import create_app
ws = Workspace(db_url=sys.argv[1], root=Path(sys.argv[2]))
uvicorn.run(create_app(ws, secret=b"load-test-secret-0123456789abcdef"), host="127.0.0.1", port=int(sys.argv[3]),
            log_level="warning")
"""


async def _reviewer(i: int, base: str, docs: list[int], seconds: float, stats: dict, signed_in: asyncio.Barrier) -> None:
    rng = random.Random(i)
    phase = ["login"]
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        async def timed(method: str, url: str, **kw):
            t0 = time.perf_counter()
            resp = await client.request(method, url, **kw)
            stats[phase[0]].append(time.perf_counter() - t0)
            if resp.status_code >= 500:
                stats["server_errors"].append(f"{method} {url} {resp.status_code}")
            return resp

        login = await timed("GET", "/login")
        token = re.search(r'name="csrf" value="([^"]+)"', login.text).group(1)
        done = await timed("POST", "/login", data={"name": f"r{i}", "password": f"mat-khau-r{i}", "csrf": token})
        assert done.status_code in (200, 303), done.text[:300]
        await signed_in.wait()  # the timed phase starts when all are signed in (scrypt is slow on purpose)
        phase[0] = "latency"
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            doc = rng.choice(docs)
            await timed("GET", "/")
            page = await timed("GET", f"/documents/{doc}")
            token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
            version = re.search(r'name="version" value="(\d+)"', page.text).group(1)
            await timed("GET", f"/documents/{doc}/record.json")
            await asyncio.sleep(rng.uniform(0, 0.3))  # reading
            value = rng.randrange(1, 10**9)
            saved = await timed("POST", f"/documents/{doc}/corrections", follow_redirects=False, data={
                "csrf": token, "path": "figures[0].value", "value": str(value), "version": version})
            if saved.status_code == 303:
                stats["accepted"].append((doc, f"r{i}", value))
            elif saved.status_code == 409:
                told = "figures[0].value" in saved.text
                stats["refused"].append((doc, f"r{i}", value, told))
            else:
                stats["other"].append((saved.status_code, saved.text[:200]))


def test_twenty_reviewers_lose_no_update_and_get_no_server_error(tmp_path):
    ws = make_workspace(tmp_path)
    with ws.sessions().begin() as s:
        repo = Repository(s)
        for i in range(REVIEWERS):
            repo.add_user(f"r{i}", "reviewer", hash_password(f"mat-khau-r{i}"))
        docs = [d.id for d in repo.documents() if d.status == "processed"]
    port = free_port()
    server_log = tmp_path / "server.log"
    server = subprocess.Popen([sys.executable, "-c", SERVE, ws.db_url, str(ws.root), str(port)], cwd=ROOT,
                              stdout=server_log.open("wb"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/login", timeout=2)
                break
            except OSError:
                assert server.poll() is None, server_log.read_text(errors="replace")[-2000:]
                time.sleep(0.2)
        seconds = scale(10, 60)
        stats = {"login": [], "latency": [], "server_errors": [], "accepted": [], "refused": [], "other": []}

        async def main():
            signed_in = asyncio.Barrier(REVIEWERS)
            await asyncio.gather(*(_reviewer(i, base, docs, seconds, stats, signed_in) for i in range(REVIEWERS)))

        started = time.perf_counter()
        asyncio.run(main())
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        print(server_log.read_text(errors="replace")[-3000:])
    with ws.sessions().begin() as s:
        repo = Repository(s)
        audited = {(d, e.actor, e.new_value) for d in docs for e in repo.audit_events(repo.find(str(d)))
                   if e.action == "correct" and e.field_path == "figures[0].value"}
    lost = [a for a in stats["accepted"] if a not in audited]
    untold = [r for r in stats["refused"] if not r[3]]
    lat = sorted(stats["latency"])
    report("review_load", reviewers=REVIEWERS, seconds=round(elapsed), requests=len(lat),
           requests_per_s=round(len(lat) / elapsed, 1), saves_accepted=len(stats["accepted"]),
           saves_refused_told=len(stats["refused"]) - len(untold), lost_updates=len(lost), untold=len(untold),
           server_errors=len(stats["server_errors"]), other=len(stats["other"]),
           p50_ms=round(lat[len(lat) // 2] * 1000), p95_ms=round(lat[int(len(lat) * 0.95)] * 1000),
           login_p95_ms=round(sorted(stats["login"])[int(len(stats["login"]) * 0.95)] * 1000))
    assert stats["server_errors"] == [] and stats["other"] == []
    assert lost == [] and untold == []
    assert len(audited) == len(stats["accepted"])  # nothing in the audit that no one was told was saved
    assert stats["accepted"]
    if len(stats["accepted"]) >= 2 * len(docs):  # enough saves on 3 documents to collide
        assert stats["refused"], "20 reviewers on 3 documents and no save was ever stale?"
