#!/usr/bin/env bash
# The whole test suite, on a fresh Debian machine: installs what is missing, starts a real
# PostgreSQL server on 127.0.0.1 in a temporary directory, builds, runs every test project, stops
# what it started, and ends with one line: "N passed, N failed, N skipped".
#
#   ./test.sh                 everything
#   ./test.sh --filter EXPR   passed to `dotnet test --filter` (e.g. FullyQualifiedName~Websites)
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

filter=()
if [[ "${1:-}" == "--filter" && -n "${2:-}" ]]; then filter=(--filter "$2"); fi

log() { printf '[test.sh] %s\n' "$*" >&2; }

# --- 1. Debian packages the tests use for real: PostgreSQL, an SMTP server, Chromium, CJK fonts, a C linker.
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || need+=(python3-aiosmtpd)
[ -x /usr/bin/chromium ] || need+=(chromium)
# grep reads fc-list to the end: with -q it would stop at the first match, fc-list would die of SIGPIPE and
# pipefail would take the fonts for missing (an apt-get install on every such run).
fc-list 2>/dev/null | grep -i 'noto.*cjk' >/dev/null || need+=(fonts-noto-cjk)
# Native AOT links the native inspector with clang, or gcc when there is no clang.
{ command -v clang || command -v gcc; } >/dev/null 2>&1 || need+=(clang)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then log "missing ${need[*]} and not root: install them first"; exit 1; fi
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends "${need[@]}" >&2 \
    || { log "apt-get install failed"; exit 1; }
fi

# --- 2. A throw-away PostgreSQL server on 127.0.0.1 (trust auth, fsync off: it is a test server).
work=$(mktemp -d /tmp/pucha-test.XXXXXX)
chmod 755 "$work"
pgbin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n1)")
pgdata="$work/pg"; mkdir -p "$pgdata"
pgport=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$work"; as_pg=(runuser -u postgres --); fi

cleanup() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"${as_pg[@]}" "$pgbin/initdb" -D "$pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; log "initdb failed"; exit 1; }
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata" -l "$work/pg.log" -w \
  -o "-h 127.0.0.1 -p $pgport -k $work -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
  || { cat "$work/pg.log" >&2; log "PostgreSQL did not start"; exit 1; }
export PUCHA_TEST_PG="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
log "PostgreSQL on 127.0.0.1:$pgport"

# Tests start their own SMTP servers (python3 -m aiosmtpd) so they can also stop them.
export PUCHA_TEST_PYTHON=/usr/bin/python3
export PUCHA_TEST_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# LinkChecker's checker test pages for the peer suite, from a clone (or git dir) of linkchecker/linkchecker when given.
if [ -n "${PUCHA_LINKCHECKER_GIT:-}" ]; then
  PUCHA_TEST_LINKCHECKER=$(bench/linkchecker/prepare.sh "$PUCHA_LINKCHECKER_GIT" "$work/linkchecker") && export PUCHA_TEST_LINKCHECKER
fi

# --- 3. Build once, then run each test project.
log "building"
if ! dotnet build Pucha.slnx -c Release -nologo -v q >"$work/build.log" 2>&1; then
  grep -E 'error' "$work/build.log" | sort -u | head -50 >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# One style (.editorconfig): a file that `dotnet format` would change fails the run, like a build error.
log "checking the format"
if ! dotnet format whitespace Pucha.slnx --verify-no-changes >"$work/format.log" 2>&1; then
  grep -E 'error|warning' "$work/format.log" | sed 's/ \[.*//' | sort -u | head -50 >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# The native inspector (Native AOT, src/Pucha.Inspect), which `pucha inspect` runs when it is installed:
# its tests compare it with the in-process engine. Published once per run into the work directory.
log "publishing the native inspector"
if ! dotnet publish src/Pucha.Inspect -c Release -r linux-x64 -o "$work/native" -nologo -v q >"$work/native.log" 2>&1; then
  grep -E 'error' "$work/native.log" | sort -u | head -50 >&2
  echo "0 passed, 1 failed"
  exit 1
fi
export PUCHA_TEST_NATIVE_INSPECT="$work/native/pucha-inspect"

results="$work/results"; mkdir -p "$results"
status=0
for proj in tests/*/*.csproj; do
  name=$(basename "$proj" .csproj)
  log "running $name"
  dotnet test "$proj" -c Release --no-build -nologo "${filter[@]}" \
    --logger "trx;LogFileName=$results/$name.trx" --logger "console;verbosity=minimal" || status=1
done

# --- 4. The closing line, summed from the TRX files of every project.
/usr/bin/python3 - "$results" "$status" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
files = glob.glob(sys.argv[1] + "/*.trx")
for f in files:
    c = ET.parse(f).getroot().find(".//{*}Counters")
    passed += int(c.get("passed", 0))
    failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    skipped += int(c.get("notExecuted", 0))
if sys.argv[2] != "0" and failed == 0:
    failed = 1  # a test host crashed or a project did not run: never report that as green
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
[ "$status" -eq 0 ]
