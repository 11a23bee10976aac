#!/usr/bin/env bash
# Fleet benchmark of continuous monitoring (not a test).
#
#   bench/fleet/run.sh CONNECTION-STRING [--sites 15000] [--compression 1] [--workers 1] [--measure-seconds 600] [--label NAME] [--warmup-seconds 15] [--probes-only]
#
# The database must be fresh (SQLite: a new file; PostgreSQL: an empty database). Starts the fleet
# server on 127.0.0.1 (every site s{id}.fleet.localhost answered by Host header; 2 % 503, 0.5 % hang
# past 15 s, 2 % answer after 3 s), seeds the sites, starts `pucha worker` processes (Quartz, the real
# scheduler; Monitoring__Resolve maps *.fleet.localhost to 127.0.0.1), waits for the first visit and
# measures one window. RESULT lines go to stdout and bench/out/fleet-LABEL.txt; worker logs beside them.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${1:?connection string}; shift
dotnet build src/Pucha -c Release -nologo -v q >/dev/null
dotnet build bench/fleet -c Release -nologo -v q >/dev/null
exec dotnet bench/fleet/bin/Release/net10.0/Pucha.Bench.Fleet.dll --db "$db" "$@"
