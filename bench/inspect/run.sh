#!/usr/bin/env bash
# Regenerates the benchmark site and runs the whole comparison (README.md):
#   bench/inspect/run.sh                 5 alternating rounds, with and without the slow URLs
#   ROUNDS=3 LINKCHECKER_ROUNDS=1 bench/inspect/run.sh
#   NO_BUILD=1 bench/inspect/run.sh      use the Pucha already published (bench/out/inspect/pucha)
#   VARIANTS=with-slow TOOLS=wget2,pucha LINKCHECKER_ROUNDS=0 bench/inspect/run.sh
#   PUCHA_BASE=/tmp/old/pucha TOOLS=pucha,pucha-base NO_BUILD=1 bench/inspect/run.sh   two builds side by side
# Results: bench/out/inspect/results/{with-slow,without-slow}/summary.md, runs.jsonl, each run's logs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/bench/out/inspect"
rounds="${ROUNDS:-5}"
# LinkChecker needs minutes per run (CPU-bound in one Python process): fewer rounds for it.
linkchecker_rounds="${LINKCHECKER_ROUNDS:-2}"
tools="${TOOLS:-wget2,pucha,pucha-jit,linkinator,wget,linkchecker}"
python=/usr/bin/python3

missing=()
for tool in nginx:nginx wget2:wget2 wget:wget linkchecker:linkchecker node:nodejs npm:npm curl:curl; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
[[ -x /usr/bin/time ]] || missing+=(time)
if [[ ${#missing[@]} -gt 0 ]]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}"
fi

echo "== site"
dotnet build -c Release -v q -nologo "$here/SiteGenerator" >/dev/null
dotnet "$here/SiteGenerator/bin/Release/net10.0/SiteGenerator.dll" --out "$out"

echo "== peers"
if [[ ! -x "$here/node_modules/.bin/linkinator" ]]; then
    (cd "$here" && npm ci --no-audit --no-fund)
fi
if [[ -z "${NO_BUILD:-}" ]]; then
    # Published as a deployment is: pucha with the native inspector (Native AOT) beside it.
    echo "== pucha"
    dotnet publish -c Release -v q -nologo "$repo/src/Pucha" -o "$out/pucha" >/dev/null
fi

machine="$out/results/machine.txt"
mkdir -p "$out/results"
{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "nproc: $(nproc)"
    grep -m1 'model name' /proc/cpuinfo
    free -g | head -2
    echo "wget2: $(wget2 --version | head -1)"
    echo "wget: $(wget --version | head -1)"
    echo "linkchecker: $(linkchecker --version 2>/dev/null | head -1)"
    echo "linkinator: $(node -p "require('$here/node_modules/linkinator/package.json').version") on node $(node --version)"
    echo "nginx: $(nginx -v 2>&1)"
    echo "pucha commit: $(git -C "$repo" describe --always --dirty)"
} > "$machine"
cat "$machine"

trap '"$here/server.sh" stop' EXIT
for variant in ${VARIANTS:-with-slow without-slow}; do
    echo "== $variant"
    if [[ $variant == with-slow ]]; then url="$("$here/server.sh" start)"; else url="$("$here/server.sh" start --no-slow)"; fi
    "$python" "$here/bench.py" --url "$url" --truth "$out/ground-truth.json" --out "$out/results/$variant" \
        --label "$variant" --rounds "$rounds" --tools "$tools" --limit "linkchecker=$linkchecker_rounds" --pucha "$out/pucha/pucha" \
        ${PUCHA_BASE:+--pucha-base "$PUCHA_BASE"}
    "$here/server.sh" stop
done
