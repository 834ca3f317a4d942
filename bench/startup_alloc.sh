#!/usr/bin/env bash
# What a one-paragraph `rhetlint check --no-cache` allocates before it exits, and how many garbage collections of each
# generation it runs (issue 18). The bytes allocated are the same from run to run whatever the machine's load, unlike
# the time; the collection counts are not: the same build ran 3/1/0 collections on a nearly idle machine and 6-8 of
# generation 0 on one running a dozen builds. Also printed: an empty file (the runtime, command-line setup and the
# rules' own construction, before a word is read) and `--version` (the runtime and the command line alone).
# Counted in a Release JIT build through a startup hook (bench/alloc/), which the native binary cannot load; the native
# binary allocates nearly the same.
# Usage: bench/startup_alloc.sh [path/to/rhetlint.dll]   (default: build Release into bench/out/jit first)
set -euo pipefail
cd "$(dirname "$0")/.."
dll=${1:-}
if [ -z "$dll" ]; then
  dotnet build src/Rhetlint.Cli -c Release -v q -o bench/out/jit >/dev/null
  dll=bench/out/jit/rhetlint.dll
fi
dll=$(realpath "$dll")
out=$(realpath -m bench/out/alloc)
dotnet build bench/alloc -c Release -v q -o "$out" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%s\n' "The harbour board met on Monday to approve the dredging budget. Opponents say the scheme is the most wasteful plan ever put forward." > "$work/paragraph.md"
: > "$work/empty.md"

probe() {
  DOTNET_STARTUP_HOOKS="$out/AllocationProbe.dll" dotnet "$dll" "$@" 2>&1 >/dev/null | awk '$1 == "allocation-probe" { printf "%12.1f MB   %s/%s/%s\n", $2 / 1e6, $3, $4, $5 }'
}

printf '%-22s %15s   %s\n' run allocated "collections gen0/1/2"
printf '%-22s %s\n' "paragraph" "$(probe check --no-cache --fail-on none "$work/paragraph.md")"
printf '%-22s %s\n' "empty file" "$(probe check --no-cache --fail-on none "$work/empty.md")"
printf '%-22s %s\n' "--version" "$(probe --version)"
