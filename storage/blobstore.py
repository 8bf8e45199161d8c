"""Content-addressed store of original files: data/store/ab/abcdef... (sha256 of the bytes).

The inbox file may be moved or deleted later; the store keeps the exact bytes so any document
can be reprocessed or shown again."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


class BlobStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        target = self.path_for(sha)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            # write-then-rename: a crash never leaves a half-written blob under its final name
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                os.replace(tmp, target)
            except OSError as exc:
                # A full disk: no partial .tmp- blob left behind, and a message that says where
                # (found by the reliability test with the store on a 1 MB tmpfs).
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise OSError(exc.errno, f"the content store {self.root} cannot take {len(data)} bytes: "
                              f"{exc.strerror}") from exc
        return sha

    def get(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()
