-- wrk -s bench/wrk/read.lua URL -- PATH_TEMPLATE N: GET the template with the id of a random one of the first N rows
-- that bench/scale.sql (or the ceiling app's migration) loaded; ids follow their formula.
local template, n
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

function init(args)
  template = args[1]
  n = tonumber(args[2])
  math.randomseed(os.time() * 1000 + seed)
end

local function id(i)
  return string.format("%08x-0000-7000-8000-%012x", i, i)
end

function request()
  return wrk.format("GET", string.format(template, id(math.random(1, n))))
end
