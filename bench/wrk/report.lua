-- Shared by every scenario: one JSON line on stdout when wrk is done, latencies in microseconds.
function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '\nRESULT {"requests":%d,"durationMicros":%d,"socketErrors":%d,"non2xx":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d}\n',
    summary.requests, summary.duration, errors.connect + errors.read + errors.write + errors.timeout, errors.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end

-- The lines of a file, for a script to pick its requests from.
function lines_of(path)
  local lines = {}
  for line in io.lines(path) do
    lines[#lines + 1] = line
  end
  if #lines == 0 then
    error("no lines in " .. path)
  end
  return lines
end
