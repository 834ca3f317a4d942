#!/usr/bin/env bash
# Times `rhetlint check` on large generated inputs (5 MB single-line prose, no punctuation, quote storms,
# Markdown, hostile input). Speed is measured here, never in unit tests. Usage: bench/run.sh [path/to/rhetlint]
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
# Hostile input (issue 15): each about 1 MB, each to be analyzed in under 2 seconds.
(d / "superlative-sentence.txt").write_text("We saw the greatest plan, " * 40000 + "and stopped.\n")
(d / "unclosed-quotes.txt").write_text("\"Critics " * 110000 + "\n")
(d / "unclosed-curly-quotes.md").write_text("\u201cCritics " * 110000 + "\n")
(d / "nested-quotes.md").write_text("(\"" * 125000 + "Critics say so." + "\")" * 125000 + "\n")
(d / "unclosed-links.md").write_text("[a](" * 250000 + "\n")  # quadratic inside Markdig until MarkdownReader cut runaway destinations
(d / "deep-quotes.md").write_text((">" * 130 + " Critics say so.\n") * 7000)
PY
printf '%-26s %10s %8s %10s %5s\n' input bytes seconds max-rss-kb exit
for f in "$data"/*; do
  size=$(stat -c %s "$f")
  # Exit 2 is right for deep-quotes.md (nested too deeply to read); 3 would be a bug.
  code=0
  /usr/bin/time -f '%e %M' -o bench/out/time.txt "$bin" check --no-cache --fail-on none "$f" >/dev/null 2>&1 || code=$?
  # time writes "Command exited with non-zero status N" first when the exit is not 0: the figures are the last line.
  read -r secs rss < <(tail -n 1 bench/out/time.txt)
  printf '%-26s %10s %8s %10s %5s\n' "$(basename "$f")" "$size" "$secs" "$rss" "$code"
done
