-- wrk script: after the run, one line with requests/s and the latency percentiles (ms).
-- The session cookie comes from the environment (run.sh logs in with curl first).
local cookie = os.getenv("PUCHA_BENCH_COOKIE")
wrk.headers["Cookie"] = cookie
wrk.headers["Accept"] = "text/html,application/json"

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
