#!/usr/bin/env bash
# Make `python3 -m venv` work: Debian ships ensurepip in a separate package (python3-venv).
set -euo pipefail
python="${1:-python3}"
if "$python" -c "import ensurepip" 2>/dev/null; then
  exit 0
fi
version="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
if [[ $EUID -ne 0 ]]; then
  echo "ensure-venv: $python cannot create virtualenvs; install python${version}-venv" \
    "(e.g. sudo apt-get install python3-venv)" >&2
  exit 1
fi
echo "ensure-venv: installing python${version}-venv (apt)" >&2
DEBIAN_FRONTEND=noninteractive apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "python${version}-venv"
