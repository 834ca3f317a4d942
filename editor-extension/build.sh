#!/usr/bin/env bash
# Builds editor-extension/rhetlint.vsix from a clean clone, with the native rhetlint server inside:
#
#   editor-extension/build.sh
#
# npm ci (from package-lock.json), type-check, esbuild bundle, NativeAOT publish of src/Rhetlint.Cli for
# linux-x64 into server/, vsce package (offline: the bundle holds every dependency). Needs node >= 20 with npm,
# and the .NET 10 SDK with the NativeAOT prerequisites (clang, zlib1g-dev).
# Environment:
#   RHETLINT_SERVER_BINARY    a native rhetlint to bundle instead of publishing one (CI passes the one it published)
#   RHETLINT_CLI_PROJECT      the project to publish (default: src/Rhetlint.Cli of this repository)
#   RHETLINT_BUNDLE_SERVER=0  no server inside: the extension then starts rhetlint.server.path or rhetlint on the PATH
set -euo pipefail
ext=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$ext/.." && pwd)
cd "$ext"
step() { echo "[build $(date +%T)] $*"; }

step "npm ci"
npm ci --no-audit --no-fund
step "type-check"
npm run --silent typecheck
step "bundle"
npm run --silent bundle

rm -rf server out/publish rhetlint.vsix
target=()
if [ "${RHETLINT_BUNDLE_SERVER:-1}" != 0 ]; then
  mkdir -p server
  if [ -n "${RHETLINT_SERVER_BINARY:-}" ]; then
    step "server: $RHETLINT_SERVER_BINARY"
    cp "$RHETLINT_SERVER_BINARY" server/rhetlint
  else
    project=${RHETLINT_CLI_PROJECT:-$repo/src/Rhetlint.Cli}
    step "server: NativeAOT publish of $project"
    dotnet publish "$project" -c Release -r linux-x64 -p:PublishAot=true -o "$ext/out/publish"
    cp out/publish/rhetlint server/rhetlint
  fi
  chmod 755 server/rhetlint
  server/rhetlint --version
  # A native binary runs on one platform only; the marketplace and VS Code read the target from the package.
  target=(--target linux-x64)
fi

step "package"
npx vsce package --no-dependencies --skip-license "${target[@]}" --out rhetlint.vsix
contents=$(unzip -l rhetlint.vsix)
for entry in extension/package.json extension/dist/extension.js extension/readme.md; do
  grep -q " $entry\$" <<<"$contents" || { echo "rhetlint.vsix lacks $entry"; exit 1; }
done
if [ ${#target[@]} -gt 0 ] && ! grep -q " extension/server/rhetlint\$" <<<"$contents"; then
  echo "rhetlint.vsix lacks extension/server/rhetlint"; exit 1
fi
step "built $ext/rhetlint.vsix ($(du -h rhetlint.vsix | cut -f1))"
