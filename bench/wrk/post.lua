-- wrk script for the POST calls of bench/run.
-- BENCH_BODY: the JSON body; BENCH_CONTENT_TYPE defaults to application/json.
-- Other headers (Authorization, X-flowdock-wait-for-message) come from wrk -H.
-- Every request carries its own X-Request-Id, as a real client's would.
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY") or "{}"
wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE") or "application/json"
local counter = 0
request = function()
  counter = counter + 1
  wrk.headers["X-Request-Id"] = string.format("bench-%d-%d", math.random(1, 1000000000), counter)
  return wrk.format()
end
