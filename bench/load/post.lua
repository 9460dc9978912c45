-- wrk script: POST the file named by BODY_FILE with the Content-Type in CONTENT_TYPE.
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = os.getenv("CONTENT_TYPE") or "application/json"
wrk.headers["Accept"] = "application/json"

-- Count non-2xx answers so that an error page is never mistaken for throughput.
local bad = 0
response = function(status, headers, body)
  if status < 200 or status > 299 then bad = bad + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx (one thread's count): %d\n", bad))
end
