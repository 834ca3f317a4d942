#!/usr/bin/env bash
# Times `rhetlint check --no-cache` on generated inputs, in one run: one paragraph, an empty file and --version (issue
# 18's startup; Rhetlint only), 1 MB and 10 MB of opinion prose, a folder of 5,000 drafts, one 500 KB sentence — each
# against write-good and retext, installed from npm by this script into a temporary
# folder (a peer is skipped with a note when npm cannot install it) — then the hostile inputs (5 MB single-line prose,
# no punctuation, quote storms, Markdown; issue 15's 1 MB inputs), Rhetlint only. Prints wall time, peak memory
# (max RSS), throughput, CPU use ((user+sys)/wall: 2.00 is both cores of a 2-core machine) and each peer's time as a
# multiple of Rhetlint's. Speed is measured here, never in unit tests.
# Usage: bench/run.sh [path/to/rhetlint]   (default: publish the native binary first, ~5 minutes of both cores)
# PEER_TIMEOUT (seconds, default 600) bounds each peer run; a peer that takes longer is reported as ">N s" with the
# lower bound of its ratio. Rhetlint's own runs are never cut short.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  dotnet publish src/Rhetlint.Cli -c Release -r linux-x64 -p:PublishAot=true -o bench/out/aot >/dev/null
  bin=bench/out/aot/rhetlint
fi
bin=$(realpath "$bin")
peer_timeout=${PEER_TIMEOUT:-600}
out=$(realpath -m bench/out)
data=$out/data
rm -rf "$data"
mkdir -p "$data"
python3 bench/inputs.py "$data"

peers=$(mktemp -d)
trap 'rm -rf "$peers"' EXIT
have_write_good=0
have_retext=0
if (cd "$peers" && npm install --no-audit --no-fund --silent write-good@1.0.8 >/dev/null 2>&1); then
  have_write_good=1
else
  echo "note: write-good skipped: npm could not install write-good@1.0.8"
fi
if (cd "$peers" && npm install --no-audit --no-fund --silent retext@9.0.0 retext-intensify@7.0.0 retext-simplify@8.0.0 >/dev/null 2>&1); then
  have_retext=1
  # retext has no command line: the processor a writer would use for weasel words, hedges and wordiness.
  cat > "$peers/retext-check.mjs" <<'JS'
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {retext} from 'retext'
import retextIntensify from 'retext-intensify'
import retextSimplify from 'retext-simplify'
const processor = retext().use(retextIntensify).use(retextSimplify)
const files = p => statSync(p).isDirectory() ? readdirSync(p).sort().flatMap(n => files(join(p, n))) : [p]
let messages = 0
for (const file of process.argv.slice(2).flatMap(files)) messages += (await processor.process(readFileSync(file, 'utf8'))).messages.length
console.log(messages)
JS
else
  echo "note: retext skipped: npm could not install retext@9.0.0 with retext-intensify and retext-simplify"
fi

# Runs a command under /usr/bin/time; sets secs, rss_kb (peak), cpu (user+sys over wall) and code (exit, or "timeout").
measure() {
  code=0
  /usr/bin/time -f '%e %M %U %S' -o "$out/time.txt" "$@" >/dev/null 2>&1 || code=$?
  # time writes "Command exited with non-zero status N" first when the exit is not 0: the figures are the last line.
  read -r secs rss_kb user sys < <(tail -n 1 "$out/time.txt")
  cpu=$(python3 -c "print(f'{($user + $sys) / max($secs, 0.01):.2f}')")
}

# As measure, for a peer: given up after PEER_TIMEOUT seconds (Rhetlint itself is never cut short).
measure_peer() {
  measure timeout "$peer_timeout" "$@"
  # write-good exits with its suggestion count, so any other non-zero exit is a finished run.
  if [ "$code" = 124 ]; then code=timeout; fi
}

mib() { python3 -c "print(f'{$1 / 1024:.0f}')"; }
size_of() { if [ -d "$1" ]; then du -sb "$1" | cut -f1; else stat -c %s "$1"; fi; }

# Issue 18's small inputs: one paragraph (target 0.1 s), an empty file (the runtime, the command line and the rules'
# construction, before a word is read) and --version (the runtime and the command line alone). A run takes a tenth of a
# second, so each is the median of 11.
printf '%s\n' "The harbour board met on Monday to approve the dredging budget. Opponents say the scheme is the most wasteful plan ever put forward." > "$data/paragraph.md"
: > "$data/empty.md"
printf '%-24s %8s %8s %8s %8s\n' "small input (median/11)" seconds user sys peak-MiB
for small in paragraph empty version; do
  runs=$out/small.txt
  : > "$runs"
  for _ in $(seq 11); do
    if [ "$small" = version ]; then measure "$bin" --version; else measure "$bin" check --no-cache --fail-on none "$data/$small.md"; fi
    echo "$secs $user $sys $rss_kb" >> "$runs"
  done
  python3 - "$small" "$runs" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in open(sys.argv[2])]
median = [statistics.median(column) for column in zip(*rows)]
print(f"{sys.argv[1]:<24} {median[0]:8.3f} {median[1]:8.3f} {median[2]:8.3f} {median[3] / 1024:8.0f}")
PY
done
echo

printf '%-24s %10s | %8s %8s %8s %5s %5s | %-22s | %-22s\n' input bytes seconds peak-MiB MB/s cpu exit "write-good (s, ×)" "retext (s, ×)"
for name in opinion-1mb.md opinion-10mb.md drafts sentence-500kb.txt; do
  f=$data/$name
  size=$(size_of "$f")
  measure "$bin" check --no-cache --fail-on none "$f"
  rl_secs=$secs
  line=$(printf '%-24s %10s | %8s %8s %8s %5s %5s' "$name" "$size" "$secs" "$(mib "$rss_kb")" \
    "$(python3 -c "print(f'{$size / 1e6 / max($secs, 0.01):.2f}')")" "$cpu" "$code")
  peer_cells=""
  for peer in write-good retext; do
    cell="skipped"
    if [ "$peer" = write-good ] && [ "$have_write_good" = 1 ]; then
      # write-good takes files, not folders.
      if [ -d "$f" ]; then measure_peer node "$peers/node_modules/.bin/write-good" "$f"/*; else measure_peer node "$peers/node_modules/.bin/write-good" "$f"; fi
    elif [ "$peer" = retext ] && [ "$have_retext" = 1 ]; then
      measure_peer node "$peers/retext-check.mjs" "$f"
    else
      peer_cells+=$(printf ' | %-22s' "$cell"); continue
    fi
    if [ "$code" = timeout ]; then cell=">$peer_timeout s, >$(python3 -c "print(f'{$peer_timeout / max($rl_secs, 0.01):.0f}')")×"
    else cell="$secs s, $(python3 -c "print(f'{$secs / max($rl_secs, 0.01):.1f}')")×"; fi
    peer_cells+=$(printf ' | %-22s' "$cell")
  done
  echo "$line$peer_cells"
done

echo
echo "hostile inputs (Rhetlint only; exit 2 is right for deep-quotes.md, nested too deeply to read; 3 would be a bug):"
printf '%-26s %10s %8s %8s %8s %5s %5s\n' input bytes seconds peak-MiB MB/s cpu exit
for f in "$data"/hostile/*; do
  size=$(size_of "$f")
  measure "$bin" check --no-cache --fail-on none "$f"
  printf '%-26s %10s %8s %8s %8s %5s %5s\n' "$(basename "$f")" "$size" "$secs" "$(mib "$rss_kb")" \
    "$(python3 -c "print(f'{$size / 1e6 / max($secs, 0.01):.2f}')")" "$cpu" "$code"
done
