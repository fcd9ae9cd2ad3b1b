-- Keys are now claimed inside the transaction of the request they guard, so an IN_FLIGHT row is never committed.
-- Rows left IN_FLIGHT by the earlier scheme (a request that died) release their keys now.
delete from idempotency_record where state = 'IN_FLIGHT';
