#!/usr/bin/env bash
# Census registry benchmark: import (full validation) and export of a 10,000-site workbook, on SQLite
# and on a throw-away PostgreSQL server started here on 127.0.0.1 (stopped at the end).
#   bench/census/run.sh [--sites N] [--runs N]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/pucha-bench-census.XXXXXX)
chmod 755 "$work"
pgbin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n1)")
pgport=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$work"; as_pg=(runuser -u postgres --); fi
cleanup() { "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-h 127.0.0.1 -p $pgport -k $work" start >/dev/null

dotnet build bench/census -c Release -nologo -v q >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
dotnet bench/census/bin/Release/net10.0/Pucha.Bench.Census.dll "$@" --pg "Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres" --pg-pid "$(head -n1 "$work/pg/postmaster.pid")"
