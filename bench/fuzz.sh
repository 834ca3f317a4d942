#!/usr/bin/env bash
# A long fuzz run for occasional use (CI runs 2,000 drafts in tests/Rhetlint.Cli.Tests/FuzzTests.cs):
#   bench/fuzz.sh [drafts]    default 200,000; Release build.
# A failure prints the shrunk draft and the CsCheck seed; replay it with CsCheck_Seed=<seed> and the same command.
set -euo pipefail
cd "$(dirname "$0")/.."
RHETLINT_FUZZ_DRAFTS="${1:-200000}" dotnet test tests/Rhetlint.Cli.Tests -c Release \
  --filter "FullyQualifiedName~FuzzTests" --logger "console;verbosity=normal"
