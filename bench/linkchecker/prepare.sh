#!/usr/bin/env bash
# Prepares LinkChecker's checker test pages (tests/checker/data of github linkchecker/linkchecker) for the
# peer suite (tests/Pucha.Inspection.Tests/Peers/LinkCheckerSuiteTests.cs), which reads them from the folder
# named by PUCHA_TEST_LINKCHECKER at test time. Nothing of theirs is kept in this repository.
#   usage: bench/linkchecker/prepare.sh <linkchecker git dir or clone> <output folder>
# then:    export PUCHA_TEST_LINKCHECKER=<output folder>/tests/checker/data
set -euo pipefail
src=${1:?git directory (or clone) of linkchecker/linkchecker}
out=${2:?output folder}
mkdir -p "$out"
git --git-dir="$( [ -d "$src/.git" ] && echo "$src/.git" || echo "$src")" archive HEAD tests/checker/data | tar -x -C "$out"
echo "$out/tests/checker/data"
