"""Passwords, sessions, CSRF tokens and sign-in rate limits for the review page.

Pure functions and small classes over the standard library: scrypt for password hashes,
HMAC-SHA256 for signed session cookies (the session is in the cookie, the server keeps no
session table), one CSRF token per session checked on every state-changing request.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

# scrypt cost: n=2**14, r=8 (~16 MB, ~50 ms here): slow for a guesser, quick for one sign-in.
_SCRYPT = dict(n=2**14, r=8, p=1, dklen=32)


def hash_password(password: str) -> str:
    if not password:
        raise ValueError("a password cannot be empty")
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, maxmem=64 * 1024 * 1024, **_SCRYPT)
    return "scrypt$%d$%d$%d$%s$%s" % (_SCRYPT["n"], _SCRYPT["r"], _SCRYPT["p"],
                                       base64.b64encode(salt).decode(), base64.b64encode(digest).decode())


def verify_password(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                             p=int(p), dklen=len(expected), maxmem=64 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


# A hash to verify against when the account does not exist, so that a sign-in for an unknown
# name takes as long as one for a known name (no account enumeration by timing).
_DUMMY_HASH = None


def dummy_hash() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password(secrets.token_hex(8))
    return _DUMMY_HASH


def load_secret(data_root: Path) -> bytes:
    """REPORT_ETL_SECRET, else a key generated once into the data folder (mode 600)."""
    if os.environ.get("REPORT_ETL_SECRET"):
        return os.environ["REPORT_ETL_SECRET"].encode("utf-8")
    path = Path(data_root) / "review-secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    os.chmod(path, 0o600)
    return path.read_text().strip().encode("utf-8")


@dataclass(frozen=True)
class Session:
    user: str
    role: str
    csrf: str
    expires: float


class SessionSigner:
    """Signs a session into a cookie value and reads it back; anything altered or expired
    reads as no session."""

    def __init__(self, secret: bytes, max_age_seconds: int = 8 * 3600):
        self.secret = secret
        self.max_age = max_age_seconds

    def issue(self, user: str, role: str, now: float | None = None) -> tuple[str, Session]:
        session = Session(user=user, role=role, csrf=secrets.token_urlsafe(24),
                          expires=(now or time.time()) + self.max_age)
        payload = base64.urlsafe_b64encode(json.dumps(session.__dict__, separators=(",", ":")).encode()).decode()
        return f"{payload}.{self._sign(payload)}", session

    def read(self, cookie: str | None, now: float | None = None) -> Session | None:
        if not cookie or "." not in cookie:
            return None
        payload, _, signature = cookie.rpartition(".")
        if not hmac.compare_digest(signature, self._sign(payload)):
            return None
        try:
            data = json.loads(base64.urlsafe_b64decode(payload.encode()))
            session = Session(**data)
        except (ValueError, TypeError):
            return None
        if session.expires < (now or time.time()):
            return None
        return session

    def _sign(self, payload: str) -> str:
        return hmac.new(self.secret, payload.encode(), hashlib.sha256).hexdigest()


class RateLimiter:
    """At most `limit` failed sign-ins per key (an account, an address) in `window` seconds."""

    def __init__(self, limit: int = 5, window: float = 300.0):
        self.limit, self.window = limit, window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def blocked(self, *keys: str, now: float | None = None) -> bool:
        now = now or time.monotonic()
        with self._lock:
            return any(len(self._recent(key, now)) >= self.limit for key in keys)

    def fail(self, *keys: str, now: float | None = None) -> None:
        now = now or time.monotonic()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def reset(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        return times
