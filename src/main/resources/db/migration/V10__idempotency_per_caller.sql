-- An Idempotency-Key belongs to its caller: the scope now carries a hash of the token's subject and client, so
-- another caller's retry with the same key neither replays nor blocks the first caller's answer.
alter table idempotency_record alter column scope type varchar(120);
