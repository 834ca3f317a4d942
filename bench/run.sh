#!/usr/bin/env bash
# Times `rhetlint check` on large generated inputs (5 MB single-line prose, no punctuation, quote storms,
# Markdown). Speed is measured here, never in unit tests. Usage: bench/run.sh [path/to/rhetlint]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  dotnet publish src/Rhetlint.Cli -c Release -r linux-x64 -p:PublishAot=true -o bench/out/aot >/dev/null
  bin=bench/out/aot/rhetlint
fi
data=bench/out/data
mkdir -p "$data"
python3 - "$data" <<'PY'
import sys, pathlib
d = pathlib.Path(sys.argv[1])
(d / "single-line.txt").write_text("The harbor is busy and one columnist noted that the port was full. " * 80000)
(d / "no-punctuation.txt").write_text("word " * 1_000_000)
(d / "quote-storm.txt").write_text("\u201c a \u201d \u201c " * 700_000)
(d / "markdown.md").write_text("# Head\n\nThe *best* harbor is [here](http://x.y). \"Quote,\" said a diplomat.\n\n" * 60000)
PY
printf '%-22s %10s %8s %10s\n' input bytes seconds max-rss-kb
for f in "$data"/*; do
  size=$(stat -c %s "$f")
  /usr/bin/time -f '%e %M' -o bench/out/time.txt "$bin" check --fail-on none "$f" >/dev/null
  read -r secs rss < bench/out/time.txt
  printf '%-22s %10s %8s %10s\n' "$(basename "$f")" "$size" "$secs" "$rss"
done
