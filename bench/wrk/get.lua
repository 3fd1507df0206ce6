-- wrk script for the GET calls of bench/run: a unique X-Request-Id on every request, as tracing
-- clients (traceparent, X-Request-Id, Postman tokens) send, so no answer can be reused by header.
local counter = 0
request = function()
  counter = counter + 1
  wrk.headers["X-Request-Id"] = string.format("bench-%d-%d", math.random(1, 1000000000), counter)
  return wrk.format("GET")
end
