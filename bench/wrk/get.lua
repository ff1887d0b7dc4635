-- GET a random path of the file given after --; the API key travels in wrk's -H header.
dofile("bench/wrk/report.lua")

local paths

function init(args)
  paths = lines_of(args[1])
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
