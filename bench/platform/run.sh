#!/usr/bin/env bash
# Website-list benchmark of the web platform at 100,000 sites (not a test).
#
#   bench/platform/run.sh LABEL CONNECTION-STRING [--seed]
#
# --seed fills the (empty) database first with bench/platform's seeder from ../shared/fixtures.
# Then starts `pucha serve` on 127.0.0.1:5099 over that database, logs in with curl as the seeded
# accounts, and measures the filtered + paged list (HTML page and JSON API) with wrk.
# Results (one RESULT line per scenario) go to stdout and bench/out/platform-LABEL.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
label=${1:?label}; db=${2:?connection string}; seed=${3:-}
port=5099; base="http://127.0.0.1:$port"; password='Bench#Pass2026'
duration=${PUCHA_BENCH_DURATION:-15s}; connections=${PUCHA_BENCH_CONNECTIONS:-2}
out=bench/out; mkdir -p "$out"; report="$out/platform-$label.txt"; : >"$report"

dotnet build src/Pucha -c Release -nologo -v q >/dev/null
if [ "$seed" = "--seed" ]; then
  dotnet build bench/platform -c Release -nologo -v q >/dev/null
  dotnet bench/platform/bin/Release/net10.0/Pucha.Bench.Platform.dll --db "$db" --csv ../shared/fixtures/datasets/gov_portals_2019.csv \
    --count 100000 --password "$password" | tee -a "$report"
fi

dotnet src/Pucha/bin/Release/net10.0/pucha.dll serve --db "$db" --urls "$base" --no-monitoring >"$out/platform-$label-server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 1; done

login() { # user → "name=value; name=value" cookie header
  local jar; jar=$(mktemp)
  local token; token=$(curl -fs -c "$jar" "$base/Account/Login" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p')
  curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "UserName=$1" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login"
  awk '!/^#/ && NF==7 {printf "%s%s=%s", sep, $6, $7; sep="; "} /^#HttpOnly_/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar"
  rm -f "$jar"
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }

measure() { # name user path
  local cookie; cookie=$(login "$2")
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base$3")
  [ "$status" = 200 ] || { echo "$1: $3 answered $status" >&2; exit 1; }
  curl -s -o /dev/null -H "Cookie: $cookie" "$base$3" # warm-up
  # CPU time the server spends per request (utime+stime from /proc): unlike latency, it does not
  # depend on what else the machine is running.
  local before; before=$(cpu_ticks)
  local line; line=$(PUCHA_BENCH_COOKIE="$cookie" wrk -t2 -c"$connections" -d"$duration" --timeout 10s -s bench/platform/latency.lua "$base$3" | grep '^RESULT')
  local after; after=$(cpu_ticks)
  local requests; requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<<"$line")
  local cpu; cpu=$(awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", n ? t * 1000 / hz / n : 0}')
  echo "$label $1 $line cpu_ms_per_request=$cpu load=$(cut -d' ' -f1 /proc/loadavg)  GET $3" | tee -a "$report"
}

# 湖南省 organizer: its subtree, filtered by region and status, sorted by name, page 2.
measure page-filtered bench-hunan '/Websites?Region=4301&Status=Approved&Sort=name&Page=2'
measure api-filtered bench-hunan '/api/v1/websites?region=4301&status=Approved&sort=name&page=2'
# 湖南省 organizer: name contains 教育 (a scan of the subtree), page 3.
measure page-name bench-hunan '/Websites?Name=%E6%95%99%E8%82%B2&Page=3'
# Administrator: the whole registry, default order, page 50; and a name search sorted by update time.
measure page-all bench-admin '/Websites?Page=50'
measure api-name-all bench-admin '/api/v1/websites?name=%E5%8D%AB%E7%94%9F%E5%81%A5%E5%BA%B7&sort=updated&desc=true'
