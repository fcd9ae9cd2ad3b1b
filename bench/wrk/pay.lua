-- wrk -t2 -s bench/wrk/pay.lua URL -- AMOUNT COUNT: one month's payment (POST /v1/contributions/payments, months: 1)
-- for the first COUNT participants of bench/scale.sql that paid through the current month, each of the two threads
-- its own half of them, round and round (each pays its next month every time round), with a fresh Idempotency-Key
-- on every request (the start time keeps repeated runs apart).
local amount, count, salt, k
local eligible = {}
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("t", threads - 1)
end

function init(args)
  amount, count = tonumber(args[1]), tonumber(args[2])
  salt = os.time() % 0x7fffffff
  -- scale.sql: i % 10 in 3..5 or 8 paid October to December themselves, in the general sector (6 is an ojek rider,
  -- whose 2027 months are discounted: another price)
  local i = 1
  while #eligible < count do
    local r = i % 10
    if (r >= 3 and r <= 5) or r == 8 then eligible[#eligible + 1] = i end
    i = i + 1
  end
  k = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local position = (t + k * 2) % count + 1
  local i = eligible[position]
  k = k + 1
  wrk.headers["Idempotency-Key"] = string.format("%08x-%04x-4000-8000-%012x", salt, t, k)
  local body = string.format('{"participantId":"%08x-0000-7000-8000-%012x","months":1,"amount":%d,"channel":"COUNTER"}',
    i, i, amount)
  return wrk.format(nil, nil, nil, body)
end
