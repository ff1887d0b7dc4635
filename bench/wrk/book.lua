-- POST bookings, each of a pet not yet booked on its flight, under its own Idempotency-Key. The arguments: the
-- file of "flightId humanId petId" lines, the number of threads, and the run ("warmup" or "measure"), which
-- take different lines, so that no pet is booked twice on one flight.
dofile("bench/wrk/report.lua")

local bookings
local prefix
local step = 0

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  prefix = string.format("book-%d-%d", os.time(), math.random(1000000000))
  bookings = share_of(args[1], tonumber(args[2]), args[3])
end

function request()
  step = step + 1
  local flight, human, pet = bookings[1 + (step - 1) % #bookings]:match("(%S+) (%S+) (%S+)")
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = prefix .. "-" .. step
  return wrk.format("POST", "/api/bookings", headers, string.format(
    '{"flightId":"%s","humanId":"%s","petId":"%s","priceMinor":12500,"currency":"EUR"}', flight, human, pet))
end
