-- SPDX-License-Identifier: MIT
-- wrk: POST an empty JSON event, and print median, p95 and throughput in one line.
wrk.method = "POST"
wrk.body = "{}"
wrk.headers["Content-Type"] = "application/json"

done = function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    io.write(string.format("RESULT requests=%d errors=%d non2xx=%d median_ms=%.3f p95_ms=%.3f p99_ms=%.3f per_s=%.0f\n",
        summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
        summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, summary.requests / seconds))
end
