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

-- Each thread's index in the global "index", for the scripts that share a file's lines between their threads.
local next_thread = 0
function setup(thread)
  thread:set("index", next_thread)
  next_thread = next_thread + 1
end

-- This thread's share of a file's lines for one run ("warmup" or "measure"): the two runs take different lines
-- and each thread its own, so that no line is used twice by a run or by both.
function share_of(path, threads, run)
  local all = lines_of(path)
  local first = run == "measure" and threads or 0
  local share = {}
  for i = 1 + first + index, #all, 2 * threads do
    share[#share + 1] = all[i]
  end
  return share
end
