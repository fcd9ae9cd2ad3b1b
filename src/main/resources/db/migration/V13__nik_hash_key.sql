-- The NIK lookup hashes are only as good as the key that made them: a service started with another key would no
-- longer find a registered NIK, and would let it register twice. The database keeps a fingerprint of the key
-- (an HMAC of a fixed label under it, which does not reveal the key); NikKeyCheck compares it at every start.
create table nik_hash_key (
    singleton   boolean     primary key default true check (singleton),
    fingerprint varchar(64) not null,
    recorded_at timestamptz not null
);
