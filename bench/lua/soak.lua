-- The soak's traffic (python -m bench.soak): a list of requests, written by
-- Python and shuffled, sent in turn, and every answer's status counted.
--
-- wrk -s soak.lua <url> -- <requests file> <run tag>
-- One request a line: METHOD<TAB>path[<TAB>body]. A POST is a statistics
-- beacon, sent as browsers send it (JSON, and a new reader's address in
-- X-Forwarded-For each time, as beacon.lua does); a GET asks for gzip, as
-- browsers do. The run tag goes into the user agent, so that no two runs share
-- a reader. Each thread starts at its own place in the list, so that threads
-- do not ask for the same page at the same moment.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

-- Globals, so that done() can read them from each thread (thread:get).
counter = 0
thread_id = 0
statuses = {}
local lines = {}
local agent = "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 " ..
  "(KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"

local setup_report = setup
local next_id = 0
function setup(thread)
  setup_report(thread)
  next_id = next_id + 1
  thread:set("thread_id", next_id)
end

function init(args)
  for line in io.lines(args[1]) do
    local method, path, body = line:match("^(%u+)\t([^\t]+)\t?(.*)$")
    if method then
      table.insert(lines, {method = method, path = path, body = body})
    end
  end
  agent = agent:gsub("Chrome/131.0.0.0", "Chrome/131.0." .. args[2] .. "." .. thread_id)
  -- 997 is prime: threads start far apart whatever the list's length.
  counter = (thread_id - 1) * 997
end

function request()
  counter = counter + 1
  local item = lines[(counter % #lines) + 1]
  if item.method == "POST" then
    local address = string.format("10.%d.%d.%d",
      (thread_id % 16) * 16 + math.floor(counter / 65536) % 16,
      math.floor(counter / 256) % 256, counter % 256)
    return wrk.format("POST", item.path, {
      ["Content-Type"] = "application/json",
      ["User-Agent"] = agent,
      ["X-Forwarded-For"] = address,
    }, item.body)
  end
  return wrk.format(item.method, item.path, {
    ["User-Agent"] = agent,
    ["Accept-Encoding"] = "gzip",
  })
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(bench_threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(totals) do
    table.insert(parts, string.format('"%d":%d', status, count))
  end
  bench_report(summary, latency, '"statuses":{' .. table.concat(parts, ",") .. '}')
end
