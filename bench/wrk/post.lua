-- POST a new human with one email, each under its own Idempotency-Key.
dofile("bench/wrk/report.lua")

local firsts = {"Ada", "Grace", "Alan", "Katherine", "Edsger", "Barbara", "Zoë", "Jürgen"}
local lasts = {"Lovelace", "Hopper", "Turing", "Johnson", "Dijkstra", "Liskov", "Müller", "Lefèvre"}
local prefix
local counter = 0

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  prefix = string.format("bench-%d-%d", os.time(), math.random(1000000000))
end

function request()
  counter = counter + 1
  local first = firsts[math.random(#firsts)]
  local last = lasts[math.random(#lasts)]
  local body = string.format(
    '{"firstName":"%s","lastName":"%s","types":["client"],"emails":[{"email":"new%d.%s@example.com","label":"Work"}]}',
    first, last, counter, prefix)
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = prefix .. "-" .. counter
  return wrk.format("POST", "/api/humans", headers, body)
end
