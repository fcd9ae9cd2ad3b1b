create table ceiling_row (
    id uuid primary key, membership_number text not null, full_name text not null, birth_date date not null,
    sex text not null, phone text, address_line text not null, region_code text not null, occupation text not null,
    sector text not null, declared_income bigint not null, programmes text not null, status text not null,
    created_at timestamptz not null, paid_through date);
insert into ceiling_row
select (lpad(to_hex(i), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       lpad((30000000000 + i)::text, 11, '0'), 'Pekerja Bench ' || i, date '1960-01-01' + (i % 14000),
       case when i % 2 = 0 then 'MALE' else 'FEMALE' end, '0812' || lpad(i::text, 8, '0'), 'Dusun ' || (i % 97),
       '32.16.20.2001', 'PETANI', 'GENERAL', 1000000, 'JKK,JKM', 'ACTIVE', now(), date '2026-12-01'
  from generate_series(1, 100000) as i;
analyze ceiling_row;
