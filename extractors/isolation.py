"""A document's work in a child process that can be killed: a wall-clock limit
(REPORT_ETL_PARSE_TIMEOUT, seconds, default 300; 0 works in-process) and, optionally, an
address-space cap (REPORT_ETL_PARSE_MEMORY_MB, default 0 = none).

A reader that loops on a hostile file, or a C library that crashes on it, costs one child,
never the worker: the document gets `parse_timeout` or `parse_crashed` like any other bad
input. Children are forked from a fork server that has already imported the readers (and
whatever the caller asks it to preload: flows.analysis runs the NLP there too, so that it is
limited as well and two documents use two cores), so the fast path pays a fork and a pickle
of the result, not a fresh interpreter; forking from the fork server, not from the (threaded)
worker, is safe. `call_isolated` is the general form; `extract_isolated` reads one file.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

from .errors import ExtractionError
from .settings import DEFAULT_LIMITS, Limits

# Imported once by the fork server so each child starts warm (the readers import some lazily).
_PRELOAD = ["extractors", "extractors.docx_reader", "extractors.pdf_reader", "extractors.convert",
            "extractors.pdf_layout", "extractors.pdf_tables", "extractors.text_layer", "extractors.legacy_encodings",
            "docx", "pdfplumber", "pdfminer.high_level", "lxml.etree", "PIL.Image"]
_lock = threading.Lock()
peak_rss_kb = 0  # the largest parse child seen by this process (ru_maxrss), for the figures
_server: "_ForkServer | None" = None


def parse_timeout() -> float:
    value = os.environ.get("REPORT_ETL_PARSE_TIMEOUT")
    return float(value) if value not in (None, "") else 300.0


def parse_memory_bytes() -> int:
    value = os.environ.get("REPORT_ETL_PARSE_MEMORY_MB")
    return int(float(value) * 1024 * 1024) if value not in (None, "") else 0


class _ForkServer:
    """`python -m extractors.isolation SOCKET`: imports the readers once, then forks one child
    per connection. Our own rather than multiprocessing's forkserver, which re-imports the
    caller's __main__ (a CLI, a Prefect worker) in every child. It exits when its parent does
    (its stdin closes)."""

    def __init__(self, preload: tuple[str, ...] = ()):
        self.folder = tempfile.mkdtemp(prefix="report-etl-parse-")
        self.address = os.path.join(self.folder, "sock")
        self.owner = os.getpid()
        self.preload = tuple(preload)
        self.proc = subprocess.Popen([sys.executable, "-m", "extractors.isolation", self.address, *preload],
                                     stdin=subprocess.PIPE, close_fds=True)
        deadline = time.monotonic() + 120
        while not os.path.exists(self.address):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the parse fork server did not start")
            time.sleep(0.02)

    def alive(self) -> bool:
        return self.owner == os.getpid() and self.proc.poll() is None


def _fork_server(preload: tuple[str, ...] = ()) -> _ForkServer:
    global _server
    with _lock:
        if _server is None or not _server.alive():
            _server = _ForkServer(preload)
        elif not set(preload) <= set(_server.preload):
            # A caller needs more preloaded than the running server has: a child of this one
            # would import it afresh for every document. Replace it (its children finish;
            # closing its stdin ends its loop).
            old, _server = _server, _ForkServer(tuple(dict.fromkeys(_server.preload + tuple(preload))))
            old.proc.stdin.close()
        return _server


def start(preload: tuple[str, ...] = ()) -> None:
    """Start the fork server now (a web server does, so that its first document is warm).
    `preload`: modules to import, or "module:function" to call, before the first fork."""
    if parse_timeout() > 0:
        _fork_server(preload)


def _send(sock: socket.socket, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(struct.pack("!Q", len(data)) + data)


def _recv(sock: socket.socket):
    head = _recv_exactly(sock, 8)
    return pickle.loads(_recv_exactly(sock, struct.unpack("!Q", head)[0]))


def _recv_exactly(sock: socket.socket, n: int) -> bytes:
    chunks, left = [], n
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            raise EOFError("the parse child closed its connection")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def extract_isolated(path: Path, limits: Limits = DEFAULT_LIMITS, timeout: float | None = None):
    """extractors.extract(path, limits) in a killable child. Raises ExtractionError as extract
    does, plus parse_timeout (killed after `timeout` s) and parse_crashed (the child died)."""
    return call_isolated("extractors:extract", (Path(path).resolve(), limits), name=Path(path).name,
                         timeout=timeout)


def call_isolated(target: str, args: tuple, *, name: str, timeout: float | None = None,
                  preload: tuple[str, ...] = ()):
    """`module:function`(*args) in a killable child; its result comes back pickled. Raises
    ExtractionError as the function does, plus parse_timeout (killed after `timeout` s) and
    parse_crashed (the child died); another exception in the child comes back as
    ChildParseError. timeout <= 0 calls it in this process."""
    timeout = parse_timeout() if timeout is None else timeout
    if timeout <= 0:
        return _resolve(target)(*args)
    server = _fork_server(preload)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    pid = None
    deadline = time.monotonic() + timeout
    try:
        sock.settimeout(30)
        sock.connect(server.address)
        _send(sock, (target, args, parse_memory_bytes()))
        pid = _recv(sock)
        sock.settimeout(max(0.001, deadline - time.monotonic()))
        try:
            result = _recv(sock)
        except (TimeoutError, socket.timeout):
            _kill_tree(pid)
            raise ExtractionError("parse_timeout", f"{name}: reading it took longer than {timeout:.0f} s "
                                  "(REPORT_ETL_PARSE_TIMEOUT); the reader was stopped") from None
        except (EOFError, ConnectionError, pickle.UnpicklingError):
            raise ExtractionError("parse_crashed", f"{name}: the reader stopped unexpectedly "
                                  f"({_exit_reason(pid)})") from None
    finally:
        sock.close()
    global peak_rss_kb
    kind, rss_kb = result[0], result[-1]
    peak_rss_kb = max(peak_rss_kb, rss_kb)
    if kind == "ok":
        return result[1]
    if kind == "extraction_error":
        raise ExtractionError(result[1], result[2])
    if kind == "memory":
        raise ExtractionError("too_large", f"{name}: reading it needs more memory than allowed "
                              "(REPORT_ETL_PARSE_MEMORY_MB)")
    raise ChildParseError(result[1], result[2])


def _resolve(target: str):
    import importlib

    module, _, function = target.partition(":")
    return getattr(importlib.import_module(module), function)


class ChildParseError(Exception):
    """An unexpected exception in the child's reader (an extractor bug): its type and traceback."""

    def __init__(self, type_name: str, detail: str):
        super().__init__(f"{type_name}: {detail}")
        self.type_name = type_name


def _child(conn: socket.socket, target: str, args: tuple, memory_bytes: int) -> None:
    # Own process group: a timeout kills the reader and what it started (tesseract, soffice).
    os.setpgid(0, 0)
    if memory_bytes:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    try:
        result = ("ok", _resolve(target)(*args))
    except ExtractionError as err:
        result = ("extraction_error", err.code, err.message)
    except MemoryError:
        result = ("memory",)
    except BaseException as err:  # reported to the parent, which decides what it means
        result = ("exception", type(err).__name__, f"{err}\n{traceback.format_exc(limit=8)}")
    import resource

    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        _send(conn, (*result, rss_kb))
    except MemoryError:
        _send(conn, ("memory", rss_kb))


def serve(address: str, preload: list[str] = ()) -> None:
    """The fork server's loop (single-threaded, so forking here is safe)."""
    import importlib

    for module in [*_PRELOAD, *preload]:
        try:
            if ":" in module:
                _resolve(module)()  # e.g. load vocabularies once, for every child
            else:
                importlib.import_module(module)
        except Exception:  # a warm start is an optimisation only
            pass
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(address + ".tmp")
    listener.listen(64)
    os.replace(address + ".tmp", address)
    stdin = sys.stdin.fileno()
    while True:
        ready, _, _ = select.select([listener, stdin], [], [])
        if stdin in ready and not os.read(stdin, 4096):
            break  # the parent is gone
        if listener not in ready:
            continue
        conn, _ = listener.accept()
        if os.fork() == 0:
            listener.close()
            code = 0
            try:
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                target, args, memory_bytes = _recv(conn)
                _send(conn, os.getpid())
                _child(conn, target, args, memory_bytes)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        conn.close()
    listener.close()
    try:
        os.unlink(address)
        os.rmdir(os.path.dirname(address))
    except OSError:
        pass


def _exit_reason(pid: int | None) -> str:
    # The fork server reaps its children, so only "it died" is known here, not the signal.
    return "the reading process died, e.g. killed for memory or a crash in a library" if pid else "no reader"


def _kill_tree(pid: int | None) -> None:
    """SIGKILL a child and every process descended from it (LibreOffice runs in its own session,
    so a process-group kill alone would miss it)."""
    if pid is None:
        return
    for p in [pid, *_descendants(pid)]:
        try:
            os.kill(p, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _descendants(pid: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read().decode("latin-1")
        except OSError:
            continue
        ppid = int(stat.rpartition(")")[2].split()[1])
        parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for kid in parents.get(todo.pop(), []):
            found.append(kid)
            todo.append(kid)
    return found


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2:])
