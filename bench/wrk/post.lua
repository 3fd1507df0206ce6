-- wrk script for the POST calls of bench/run.
-- BENCH_BODY: the JSON body; BENCH_CONTENT_TYPE defaults to application/json.
-- Other headers (Authorization, X-flowdock-wait-for-message) come from wrk -H.
wrk.method = "POST"
wrk.body = os.getenv("BENCH_BODY") or "{}"
wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE") or "application/json"
