#!/usr/bin/env bash
# Starts or stops the benchmark's nginx (and its slow upstream) on 127.0.0.1.
#   server.sh start [--no-slow] [--port N]   prints the site's URL
#   server.sh stop
# State lives in bench/out/inspect/server/ (pid files, error log, the URL in `url`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${PUCHA_BENCH_OUT:-$here/../out/inspect}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
run="$out/server"
site="$out/site"
python=/usr/bin/python3

free_port() { "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

stop() {
    if [[ -f "$run/nginx.pid" ]]; then
        nginx -p "$run" -c "$run/nginx.conf" -s quit 2>/dev/null || true
        for _ in $(seq 50); do [[ -f "$run/nginx.pid" ]] || break; sleep 0.1; done
    fi
    if [[ -f "$run/upstream.pid" ]]; then
        kill "$(cat "$run/upstream.pid")" 2>/dev/null || true
        rm -f "$run/upstream.pid"
    fi
    rm -f "$run/url"
}

start() {
    local slow=1 port=""
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --no-slow) slow=0 ;;
            --port) port="$2"; shift ;;
            *) echo "unknown option $1" >&2; exit 2 ;;
        esac
        shift
    done
    [[ -f "$site/index.html" ]] || { echo "no site in $site: run the generator first" >&2; exit 1; }
    stop
    mkdir -p "$run/tmp"
    port="${port:-$(free_port)}"
    local directive note
    if [[ $slow == 1 ]]; then
        local upstream_port
        upstream_port="$(free_port)"
        # Its own log, not our stdout: callers read the URL with $(server.sh start).
        "$python" "$here/slow_upstream.py" --root "$site" --port "$upstream_port" --delay 2 > "$run/upstream.log" 2>&1 &
        echo $! > "$run/upstream.pid"
        directive="proxy_pass http://127.0.0.1:$upstream_port;"
        note="proxied to slow_upstream.py, which answers after 2 s."
    else
        directive="# served from disk like any other page"
        note="served from disk (run without slow URLs)."
    fi
    sed -e "s|@RUN@|$run|g" -e "s|@SITE@|$site|g" -e "s|@PORT@|$port|g" \
        -e "s|@SLOW_DIRECTIVE@|$directive|" -e "s|@SLOW_NOTE@|$note|" \
        "$here/nginx.conf.template" > "$run/nginx.conf"
    nginx -p "$run" -c "$run/nginx.conf"
    local url="http://127.0.0.1:$port/"
    for _ in $(seq 50); do
        if curl -fsS -o /dev/null "$url" 2>/dev/null; then break; fi
        sleep 0.1
    done
    if [[ $slow == 1 ]]; then
        for _ in $(seq 50); do
            if curl -fsS -o /dev/null --max-time 5 "${url}ywxt/zxsb.html" 2>/dev/null; then break; fi
            sleep 0.2
        done
    fi
    echo "$url" > "$run/url"
    echo "$url"
}

case "${1:-}" in
    start) shift; start "$@" ;;
    stop) stop ;;
    *) echo "usage: $0 start [--no-slow] [--port N] | stop" >&2; exit 2 ;;
esac
