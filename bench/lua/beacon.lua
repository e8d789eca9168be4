-- The statistics beacon, as many readers send it: POST {"path": …} from a
-- different address each time (X-Forwarded-For, read because the server
-- trusts one proxy), so that the 30-minute reload rule never applies and every
-- 2xx answer is one counted view.
--
-- wrk -s beacon.lua <url> -- <paths file> <run tag> [budget per thread]
-- The run tag goes into the user agent, so that no two runs share a visitor.
-- With a budget, each thread sends that many beacons and then leaves its
-- connections idle (delay()), so that none is in flight when wrk stops: the
-- views recorded must then equal the 2xx answers counted here, exactly.
dofile(os.getenv("BENCH_LUA_DIR") .. "/report.lua")

-- Globals, so that done() can read them from each thread (thread:get).
counter = 0
thread_id = 0
sent = 0
ok = 0
local budget = nil
local paths = {}
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
    if line ~= "" then table.insert(paths, line) end
  end
  agent = agent:gsub("Chrome/131.0.0.0", "Chrome/131.0." .. args[2] .. "." .. thread_id)
  if args[3] then budget = tonumber(args[3]) end
end

function delay()
  if budget and sent >= budget then
    return 3600000 -- stay idle until wrk stops
  end
  return 0
end

function request()
  sent = sent + 1
  counter = counter + 1
  -- A new visitor for every beacon: 10.x.y.z from the thread and counter
  -- (up to 16 threads of a million beacons each).
  local address = string.format("10.%d.%d.%d",
    (thread_id % 16) * 16 + math.floor(counter / 65536) % 16,
    math.floor(counter / 256) % 256, counter % 256)
  local path = paths[(counter % #paths) + 1]
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["User-Agent"] = agent,
    ["X-Forwarded-For"] = address,
  }, '{"path": "' .. path .. '"}')
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  end
end

function done(summary, latency, requests)
  local total_ok, total_sent = 0, 0
  for _, thread in ipairs(bench_threads) do
    total_ok = total_ok + thread:get("ok")
    total_sent = total_sent + thread:get("sent")
  end
  bench_report(summary, latency,
    string.format('"ok":%d,"sent":%d', total_ok, total_sent))
end
