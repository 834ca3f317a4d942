#!/usr/bin/env bash
# Builds the release binaries of rhetlint into one folder, with SHA256SUMS:
#   rhetlint-linux-x64                 NativeAOT (no .NET runtime needed; starts in ~30 ms)
#   rhetlint-linux-arm64, rhetlint-osx-x64, rhetlint-osx-arm64, rhetlint-win-x64.exe
#                                      self-contained single files, trimmed (no .NET runtime needed)
# NativeAOT links with the platform's C toolchain, so it can only target the machine it runs on: the other platforms
# get a self-contained single file, which the SDK can build anywhere from NuGet's runtime packs. Both kinds leave
# the C# rule compiler out (Rhetlint.Cli.csproj); C# rule files need the .NET tool (dotnet pack) instead.
#
# Usage: tools/publish.sh [OUTPUT_DIR]      (default: artifacts/publish)
# Needs: a Linux x64 machine; the .NET 10 SDK; clang (or gcc) and objcopy for the NativeAOT link (Debian/Ubuntu:
# apt-get install clang zlib1g-dev, as https://aka.ms/nativeaot-prerequisites lists); access to NuGet for the
# runtime packs. Takes about 10 minutes of two cores.
set -euo pipefail

missing=()
command -v dotnet >/dev/null 2>&1 || missing+=("dotnet: the .NET 10 SDK (https://dot.net/download)")
# The NativeAOT link step looks for clang and falls back to gcc; it strips symbols with llvm-objcopy or objcopy.
if ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then
  missing+=("clang: the C toolchain NativeAOT links with (Debian/Ubuntu: apt-get install clang zlib1g-dev)")
fi
if ! command -v objcopy >/dev/null 2>&1 && ! command -v llvm-objcopy >/dev/null 2>&1; then
  missing+=("objcopy: strips the native binary's symbols (Debian/Ubuntu: apt-get install binutils)")
fi
host="$(uname -s)-$(uname -m)"
if [ "$host" != "Linux-x86_64" ]; then
  missing+=("a Linux x64 machine: the NativeAOT build for linux-x64 links natively (this is $host)")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "tools/publish.sh: missing prerequisites:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 2
fi

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-$repo/artifacts/publish}" && cd "${1:-$repo/artifacts/publish}" && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
rm -f "$out"/rhetlint-* "$out/SHA256SUMS"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Publishes one runtime identifier into the stage and copies its executable (nothing else: no .pdb, no .dbg) to out.
publish() {
  local rid=$1; shift
  local exe=rhetlint suffix=""
  case "$rid" in win-*) exe=rhetlint.exe; suffix=.exe ;; esac
  echo "== $rid ($*)"
  dotnet publish "$repo/src/Rhetlint.Cli" -c Release -r "$rid" -o "$stage/$rid" -p:DebugType=none "$@"
  cp "$stage/$rid/$exe" "$out/rhetlint-$rid$suffix"
}

publish linux-x64 -p:PublishAot=true
for rid in linux-arm64 osx-x64 osx-arm64 win-x64; do
  publish "$rid" --self-contained -p:PublishSingleFile=true -p:PublishTrimmed=true
done

(cd "$out" && sha256sum rhetlint-* > SHA256SUMS)
echo
echo "Binaries and checksums in $out:"
(cd "$out" && ls -l rhetlint-* SHA256SUMS)
