-- wrk script for the mixed call of bench/run: four lists of the flow, then one post to it, over
-- and over, so every list after a post has to show that post (what a client's test does).
-- BENCH_LIST_PATH: the list path and query; BENCH_BODY: the post's JSON body (posted to the
-- list path without its query). Headers (Authorization) come from wrk -H.
local list = os.getenv("BENCH_LIST_PATH")
local post = string.gsub(list, "%?.*$", "")
local body = os.getenv("BENCH_BODY") or "{}"
local counter = 0
-- wrk.format uses only the headers it is given: start from wrk -H's.
local function headers(extra)
  local h = {}
  for k, v in pairs(wrk.headers) do h[k] = v end
  for k, v in pairs(extra) do h[k] = v end
  return h
end
request = function()
  counter = counter + 1
  local id = string.format("bench-%d-%d", math.random(1, 1000000000), counter)
  if counter % 5 == 0 then
    return wrk.format("POST", post, headers({["Content-Type"] = "application/json", ["X-Request-Id"] = id}), body)
  end
  return wrk.format("GET", list, headers({["X-Request-Id"] = id}))
end
