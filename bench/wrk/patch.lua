-- PATCH humans with If-Match. Run with as many threads as connections: each thread then has one
-- connection, answers come back in order, and the ETag of each answer is the next If-Match. The
-- arguments: the ids file, the number of threads, and the run ("warmup" or "measure"), which patch
-- different humans so that each starts from the version the file was loaded with.
dofile("bench/wrk/report.lua")

local ids
local etags = {}
local current
local names = {"Ada", "Grace", "Alan", "Katherine"}
local step = 0

function init(args)
  ids = share_of(args[1], tonumber(args[2]), args[3])
end

function request()
  step = step + 1
  current = ids[1 + step % #ids]
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
  headers["If-Match"] = etags[current] or '"1"'
  return wrk.format("PATCH", "/api/humans/" .. current, headers,
    string.format('{"firstName":"%s"}', names[1 + step % #names]))
end

function response(status, headers, body)
  if headers["ETag"] then
    etags[current] = headers["ETag"]
  end
end
