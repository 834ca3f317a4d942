#!/usr/bin/env bash
# Builds again the tables prebuilt from lexicons (rules/lexicons/prebuilt/*.bin), which the engine reads in place instead
# of building them from the text at run time (issue 18). Run it after changing a lexicon that has one (noun_types.txt,
# common_words.txt), irregular_forms.txt, or the kinds noun_types is read into (NounType); PrebuiltLexiconTests fails until then.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p rules/lexicons/prebuilt
# The table is written by the test that checks it, from the same code the engine reads it with.
RHETLINT_UPDATE_GOLDEN=1 dotnet test tests/Rhetlint.Core.Tests -v q --filter "FullyQualifiedName~PrebuiltLexiconTests&FullyQualifiedName~TableIsBuiltFromTheCurrentLexicon"
git status --short rules/lexicons/prebuilt
