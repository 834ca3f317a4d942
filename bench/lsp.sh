#!/usr/bin/env bash
# Times the language server on a ~5,000-word draft typed into one keystroke at a time (bench/lsp.py): median and p95
# from didChange to publishDiagnostics without debounce, and memory before and after 10,000 edits.
# Speed is measured here, never in unit tests. Usage: bench/lsp.sh [path/to/rhetlint]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  dotnet publish src/Rhetlint.Cli -c Release -r linux-x64 -p:PublishAot=true -o bench/out/aot >/dev/null
  bin=bench/out/aot/rhetlint
fi
python3 bench/lsp.py "$bin"
