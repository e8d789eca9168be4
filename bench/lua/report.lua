-- Prints wrk's figures as one JSON line (BENCH-JSON …) for bench/load.py.
-- Also the latency percentiles wrk's --latency leaves out (p95).
-- Global: scripts that dofile() this one read it in their own done().
bench_threads = {}

function setup(thread)
  table.insert(bench_threads, thread)
end

function bench_report(summary, latency, extra)
  local e = summary.errors
  local parts = {
    string.format('"requests":%d', summary.requests),
    string.format('"duration_us":%d', summary.duration),
    string.format('"bytes":%d', summary.bytes),
    string.format('"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}',
      e.connect, e.read, e.write, e.status, e.timeout),
    string.format('"latency_us":{"p50":%d,"p90":%d,"p95":%d,"p99":%d,"mean":%.1f,"max":%d}',
      latency:percentile(50), latency:percentile(90), latency:percentile(95),
      latency:percentile(99), latency.mean, latency.max),
  }
  if extra then
    table.insert(parts, extra)
  end
  io.write("BENCH-JSON {" .. table.concat(parts, ",") .. "}\n")
end

function done(summary, latency, requests)
  bench_report(summary, latency, nil)
end
