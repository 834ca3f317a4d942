#!/usr/bin/env bash
# Builds the VS Code extension from a clean clone, with a rhetlint server for one platform inside:
#
#   editor-extension/build.sh [--target TARGET]     -> editor-extension/rhetlint-TARGET.vsix
#   RHETLINT_BUNDLE_SERVER=0 editor-extension/build.sh  -> editor-extension/rhetlint.vsix (no server, any platform)
#
# TARGET is VS Code's platform name: linux-x64 (default: this machine's), linux-arm64, darwin-x64, darwin-arm64,
# win32-x64, win32-arm64. npm ci (from package-lock.json), type-check, esbuild bundle, publish of src/Rhetlint.Cli
# into server/TARGET/, vsce package --target TARGET (VS Code and the Marketplace install a package on its platform
# only). The server is NativeAOT for this machine's own platform (NativeAOT links with the host's C toolchain) and a
# trimmed self-contained single file for the others, as tools/publish.sh makes them. Needs node >= 20 with npm, and
# the .NET 10 SDK, with the NativeAOT prerequisites (clang, zlib1g-dev) for this machine's platform.
# Environment:
#   RHETLINT_SERVER_BINARY    a rhetlint built for TARGET to bundle instead of publishing one (CI passes the one it published)
#   RHETLINT_CLI_PROJECT      the project to publish (default: src/Rhetlint.Cli of this repository)
#   RHETLINT_BUNDLE_SERVER=0  no server inside: the extension then starts rhetlint.server.path, rhetlint on the PATH
#                             or the .NET tool
set -euo pipefail
ext=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$ext/.." && pwd)
cd "$ext"
step() { echo "[build $(date +%T)] $*"; }
usage() { echo "usage: editor-extension/build.sh [--target linux-x64|linux-arm64|darwin-x64|darwin-arm64|win32-x64|win32-arm64]" >&2; exit 2; }

host=$(node -p 'process.platform + "-" + process.arch')
target=$host
while [ $# -gt 0 ]; do
  case "$1" in
    --target) [ $# -ge 2 ] || usage; target=$2; shift 2 ;;
    --target=*) target=${1#--target=}; shift ;;
    *) usage ;;
  esac
done
# VS Code's platform names, and the .NET runtime identifiers of the same platforms.
case "$target" in
  linux-x64|linux-arm64) rid=$target ;;
  darwin-x64|darwin-arm64) rid=osx-${target#darwin-} ;;
  win32-x64|win32-arm64) rid=win-${target#win32-} ;;
  *) echo "unknown target '$target'" >&2; usage ;;
esac
exe=rhetlint
[ "${rid%%-*}" = win ] && exe=rhetlint.exe

step "npm ci"
npm ci --no-audit --no-fund
step "type-check"
npm run --silent typecheck
step "bundle"
npm run --silent bundle

rm -rf server out/publish rhetlint.vsix rhetlint-*.vsix
if [ "${RHETLINT_BUNDLE_SERVER:-1}" = 0 ]; then
  vsix=rhetlint.vsix
  package_target=()
else
  vsix=rhetlint-$target.vsix
  package_target=(--target "$target")
  mkdir -p "server/$target"
  if [ -n "${RHETLINT_SERVER_BINARY:-}" ]; then
    step "server for $target: $RHETLINT_SERVER_BINARY"
    cp "$RHETLINT_SERVER_BINARY" "server/$target/$exe"
  else
    project=${RHETLINT_CLI_PROJECT:-$repo/src/Rhetlint.Cli}
    if [ "$target" = "$host" ]; then
      step "server for $target: NativeAOT publish of $project"
      dotnet publish "$project" -c Release -r "$rid" -p:PublishAot=true -p:DebugType=none -o "$ext/out/publish"
    else
      step "server for $target: self-contained single-file publish of $project ($rid)"
      dotnet publish "$project" -c Release -r "$rid" --self-contained -p:PublishSingleFile=true -p:PublishTrimmed=true \
        -p:DebugType=none -o "$ext/out/publish"
    fi
    cp "out/publish/$exe" "server/$target/$exe"
  fi
  chmod 755 "server/$target/$exe"
  # A server for another platform cannot run here.
  if [ "$target" = "$host" ]; then
    "server/$target/$exe" --version
  fi
fi

step "package $vsix"
npx vsce package --no-dependencies "${package_target[@]}" --out "$vsix"
contents=$(unzip -l "$vsix")
expected=(extension/package.json extension/dist/extension.js extension/readme.md extension/LICENSE.txt extension/images/icon.png)
[ ${#package_target[@]} -gt 0 ] && expected+=("extension/server/$target/$exe")
for entry in "${expected[@]}"; do
  grep -q " $entry\$" <<<"$contents" || { echo "$vsix lacks $entry"; exit 1; }
done
step "built $ext/$vsix ($(du -h "$vsix" | cut -f1))"
