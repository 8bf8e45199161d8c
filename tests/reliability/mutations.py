"""Structure-aware mutations of the sample reports, from one seeded random.Random so every
failing input can be rebuilt from its seed and index. Each mutator takes bytes, returns bytes
and a short name of what it did."""

from __future__ import annotations

import io
import random
import re
import zipfile

# ---- zip packages (docx, odt) ------------------------------------------------------------


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def _rezip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in members:
            zf.writestr(name, body)
    return out.getvalue()


def zip_remove(rng, data):
    ms = _members(data)
    victim = rng.randrange(len(ms))
    return _rezip([(i.filename, b) for k, (i, b) in enumerate(ms) if k != victim]), f"zip_remove:{ms[victim][0].filename}"


def zip_truncate_member(rng, data):
    ms = _members(data)
    k = rng.randrange(len(ms))
    body = ms[k][1]
    ms[k] = (ms[k][0], body[: rng.randrange(len(body) + 1)])
    return _rezip([(i.filename, b) for i, b in ms]), f"zip_truncate:{ms[k][0].filename}"


def zip_swap(rng, data):
    ms = _members(data)
    a, b = rng.sample(range(len(ms)), 2) if len(ms) > 1 else (0, 0)
    bodies = [m[1] for m in ms]
    bodies[a], bodies[b] = bodies[b], bodies[a]
    return _rezip([(m[0].filename, body) for m, body in zip(ms, bodies)]), f"zip_swap:{ms[a][0].filename}<->{ms[b][0].filename}"


def _xml_member(rng, ms):
    xml = [k for k, (i, _) in enumerate(ms) if i.filename.endswith(".xml")]
    main = [k for k in xml if i_name(ms[k]) in ("word/document.xml", "content.xml")]
    return rng.choice(main if main and rng.random() < 0.6 else xml)


def i_name(m):
    return m[0].filename


def xml_cut_mid_tag(rng, data):
    ms = _members(data)
    k = _xml_member(rng, ms)
    body = ms[k][1]
    tags = [m.start() for m in re.finditer(rb"<", body)] or [0]
    cut = rng.choice(tags) + rng.randrange(1, 6)
    ms[k] = (ms[k][0], body[:cut])
    return _rezip([(i.filename, b) for i, b in ms]), f"xml_cut:{i_name(ms[k])}@{cut}"


def xml_bad_encoding(rng, data):
    ms = _members(data)
    k = _xml_member(rng, ms)
    body = ms[k][1]
    how = rng.choice(["latin1", "declare_utf16", "invalid_bytes", "bom_utf16"])
    if how == "latin1":
        body = body.decode("utf-8", "replace").encode("cp1252", "replace")
    elif how == "declare_utf16":
        body = body.replace(b'encoding="UTF-8"', b'encoding="UTF-16"', 1)
    elif how == "invalid_bytes":
        pos = rng.randrange(len(body))
        body = body[:pos] + b"\xff\xfe\xc3\x28\x80" + body[pos:]
    else:
        body = b"\xff\xfe" + body
    ms[k] = (ms[k][0], body)
    return _rezip([(i.filename, b) for i, b in ms]), f"xml_encoding:{how}:{i_name(ms[k])}"


def xml_huge_attribute(rng, data):
    ms = _members(data)
    k = _xml_member(rng, ms)
    body = ms[k][1]
    spots = [m.end() for m in re.finditer(rb"<w:p\b|<text:p\b|<w:t\b", body)] or [body.find(b">", body.find(b"<", 2))]
    pos = rng.choice(spots)
    size = rng.choice([1 << 16, 1 << 20, 4 << 20])
    body = body[:pos] + b' x="' + b"A" * size + b'"' + body[pos:]
    ms[k] = (ms[k][0], body)
    return _rezip([(i.filename, b) for i, b in ms]), f"xml_huge_attr:{size}"


def zip_raw_truncate(rng, data):
    return data[: rng.randrange(len(data))], "zip_raw_truncate"


# ---- PDF ----------------------------------------------------------------------------------


def pdf_break_xref(rng, data):
    m = list(re.finditer(rb"startxref\s+(\d+)", data))
    if m:
        last = m[-1]
        wrong = str(rng.randrange(len(data) * 2)).encode()
        data = data[: last.start(1)] + wrong + data[last.end(1):]
    xref = data.rfind(b"xref")
    if xref > 0 and rng.random() < 0.5:
        data = data[:xref] + b"xref\n0 99999\n" + data[xref + 4 + rng.randrange(40):]
    return data, "pdf_break_xref"


def pdf_cut_stream(rng, data):
    streams = [m.end() for m in re.finditer(rb"stream\r?\n", data)]
    if not streams:
        return flip_bytes(rng, data)
    start = rng.choice(streams)
    end = data.find(b"endstream", start)
    cut = start + rng.randrange(max(1, end - start))
    return data[:cut] + data[end:], "pdf_cut_stream"


def pdf_object_loop(rng, data):
    # Make a page-tree node its own kid, or a /Parent point at itself: a reference cycle.
    kids = list(re.finditer(rb"(\d+) 0 obj\s*<<(?:(?!endobj).)*?/Kids\s*\[", data, re.S))
    if kids and rng.random() < 0.6:
        m = rng.choice(kids)
        obj = m.group(1)
        return data[: m.end()] + obj + b" 0 R " + data[m.end():], "pdf_kids_loop"
    parents = list(re.finditer(rb"(\d+) 0 obj\s*<<(?:(?!endobj).)*?/Parent\s+(\d+) 0 R", data, re.S))
    if parents:
        m = rng.choice(parents)
        return data[: m.start(2)] + m.group(1) + data[m.end(2):], "pdf_parent_loop"
    return flip_bytes(rng, data)


def pdf_wrong_length(rng, data):
    lengths = list(re.finditer(rb"/Length\s+(\d+)", data))
    if not lengths:
        return flip_bytes(rng, data)
    m = rng.choice(lengths)
    new = str(rng.choice([0, 1, int(m.group(1)) * 7 + 13, 2**31, 2**63])).encode()
    return data[: m.start(1)] + new + data[m.end(1):], "pdf_wrong_length"


def pdf_truncate(rng, data):
    return data[: rng.randrange(len(data))], "pdf_truncate"


# ---- RTF and anything ---------------------------------------------------------------------


def rtf_unbalanced(rng, data):
    how = rng.choice(["drop_close", "extra_open", "deep"])
    if how == "drop_close":
        closes = [m.start() for m in re.finditer(rb"\}", data)]
        for pos in sorted(rng.sample(closes, min(len(closes), rng.randrange(1, 20))), reverse=True):
            data = data[:pos] + data[pos + 1:]
    elif how == "extra_open":
        pos = rng.randrange(len(data))
        data = data[:pos] + b"{" * rng.randrange(1, 50) + data[pos:]
    else:
        pos = data.find(b"\\pard")
        data = data[:pos] + b"{" * 5000 + b"x" + b"}" * 4000 + data[pos:]
    return data, f"rtf_{how}"


def flip_bytes(rng, data):
    data = bytearray(data)
    n = rng.choice([1, 4, 32, 256])
    for _ in range(n):
        pos = rng.randrange(len(data))
        data[pos] = rng.randrange(256)
    return bytes(data), f"flip:{n}"


ZIP_MUTATORS = [zip_remove, zip_truncate_member, zip_swap, xml_cut_mid_tag, xml_bad_encoding,
                xml_huge_attribute, zip_raw_truncate, flip_bytes]
PDF_MUTATORS = [pdf_break_xref, pdf_cut_stream, pdf_object_loop, pdf_wrong_length, pdf_truncate, flip_bytes]
RTF_MUTATORS = [rtf_unbalanced, flip_bytes]


def mutate(rng: random.Random, data: bytes, suffix: str) -> tuple[bytes, str]:
    mutators = {".docx": ZIP_MUTATORS, ".odt": ZIP_MUTATORS, ".pdf": PDF_MUTATORS, ".rtf": RTF_MUTATORS}[suffix]
    out, what = rng.choice(mutators)(rng, data)
    if rng.random() < 0.15:  # sometimes a second mutation on top
        try:
            out, more = rng.choice(mutators)(rng, out)
            what += "+" + more
        except Exception:  # noqa: BLE001 - the first mutation broke what the second needs (e.g. zlib data)
            pass
    return out, what
