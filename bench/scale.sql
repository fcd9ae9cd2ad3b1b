-- bench/scale.sh: :n more participants of Kabupaten Bekasi (ids after :from), loaded straight into the schema the
-- service migrated. Proportions (the regency's own mix, roughly): 70 % pay their own contributions, of whom 60 % paid
-- the last three months, 20 % paid one (October) and are in arrears, 20 % never paid; 30 % are sponsored by the regency (APBD),
-- whose invoice was paid for the first two of the three months. NIK hashes are sha256 placeholders: the bench never
-- looks a NIK up.
\set ON_ERROR_STOP on
begin;
create temp table villages as select row_number() over (order by code) - 1 as k, code from region
 where level = 'VILLAGE' and code like '32.16.%';
create temp table jobs (k int, occupation text, sector text);
insert into jobs values (0, 'PETANI', 'GENERAL'), (1, 'BURUH_TANI', 'GENERAL'), (2, 'OJOL', 'TRANSPORT'),
  (3, 'PEDAGANG', 'GENERAL'), (4, 'NELAYAN', 'GENERAL'), (5, 'UMKM', 'GENERAL'), (6, 'OJEK', 'TRANSPORT'),
  (7, 'MARBOT', 'GENERAL'), (8, 'GURU_NGAJI', 'GENERAL'), (9, 'BURUH_BANGUNAN', 'GENERAL');

create temp table batch as
select i, (lpad(to_hex(i), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid as id,
       case when i % 10 < 3 then 'SPONSORED' when i % 10 < 7 then 'PAID3' when i % 10 < 8 then 'PAID1'
            when i % 10 < 9 then 'PAID3' else 'NEVER' end as kind
  from generate_series(:from + 1, :from + :n) as i;

insert into participant (id, membership_number, nik, nik_hash, full_name, birth_date, sex, phone, address_line,
                         region_code, occupation, sector, declared_income, programmes, status, version, created_at,
                         updated_at, paid_through, lapses_on)
select b.id, lpad((30000000000 + b.i)::text, 11, '0'), '3216' || lpad((b.i % 1000000000000)::text, 12, '0'),
       encode(sha256(('bench' || b.i)::bytea), 'hex'), 'Pekerja Bench ' || b.i,
       date '1960-01-01' + (b.i % 14000), case when b.i % 2 = 0 then 'MALE' else 'FEMALE' end,
       '0812' || lpad((b.i % 100000000)::text, 8, '0'), 'Dusun ' || (b.i % 97) || ' RT 01/02', v.code, j.occupation,
       j.sector, 1000000, 'JKK,JKM',
       case b.kind when 'NEVER' then 'PENDING_FIRST_PAYMENT' else 'ACTIVE' end, 0,
       timestamptz '2026-09-15 10:00+07', timestamptz '2026-09-15 10:00+07',
       case b.kind when 'NEVER' then null when 'PAID1' then date '2026-10-01' when 'SPONSORED' then date '2026-11-01'
            else date '2026-12-01' end,
       case b.kind when 'NEVER' then null when 'PAID1' then date '2026-11-16' when 'SPONSORED' then date '2026-12-15'
            else date '2027-01-15' end
  from batch b join villages v on v.k = b.i % (select count(*) from villages) join jobs j on j.k = b.i % 10;

-- own payments: one payment per month paid, its JKK and JKM lines (PP 50/2025 halves both in 2026)
create temp table own as
select b.i, b.id as participant_id, m.month, md5(b.id::text || m.month)::uuid as payment_id
  from batch b cross join (values (date '2026-10-01'), (date '2026-11-01'), (date '2026-12-01')) as m(month)
 where b.kind = 'PAID3' or (b.kind = 'PAID1' and m.month = date '2026-10-01');
insert into payment (id, receipt_number, participant_id, channel, funding, amount, paid_at, paid_on)
select payment_id, 'BNC' || to_char(month, 'YYYYMMDD') || '-' || lpad(i::text, 8, '0'),
       participant_id, 'BANK', 'SELF', 8400, month + time '09:00', month
  from own;
insert into contribution_line (participant_id, period, programme, payment_id, income_basis, gross, discount, net)
select participant_id, month, p.programme, payment_id, 1000000, p.gross, p.gross / 2, p.gross - p.gross / 2
  from own cross join (values ('JKK', 10000), ('JKM', 6800)) as p(programme, gross);

-- the regency's sponsorships from October, and its transfers for October and November
insert into sponsorship (id, payer_id, participant_id, from_month, programmes, created_at)
select md5('s' || b.id::text)::uuid, :'payer', b.id, date '2026-10-01', 'JKK,JKM', timestamptz '2026-09-20 10:00+07'
  from batch b where b.kind = 'SPONSORED';
insert into sponsored_programme (sponsorship_id, participant_id, programme, months)
select md5('s' || b.id::text)::uuid, b.id, p.programme, daterange(date '2026-10-01', null)
  from batch b cross join (values ('JKK'), ('JKM')) as p(programme) where b.kind = 'SPONSORED';
create temp table sponsored_paid as
select b.i, b.id as participant_id, m.month, md5('p' || b.id::text || m.month)::uuid as payment_id
  from batch b cross join (values (date '2026-10-01'), (date '2026-11-01')) as m(month) where b.kind = 'SPONSORED';
insert into payment (id, receipt_number, participant_id, channel, funding, amount, paid_at, paid_on, payer_id,
                     payer_payment_id)
select payment_id, 'BNP' || to_char(month, 'YYYYMMDD') || '-' || lpad(i::text, 8, '0'),
       participant_id, 'PAYER', 'APBD', 16800, month + time '11:00', month, :'payer',
       case when month = date '2026-10-01' then :'october' else :'november' end::uuid
  from sponsored_paid;
insert into contribution_line (participant_id, period, programme, payment_id, income_basis, gross, discount, net)
select participant_id, month, p.programme, payment_id, 1000000, p.gross, 0, p.gross
  from sponsored_paid cross join (values ('JKK', 10000), ('JKM', 6800)) as p(programme, gross);
commit;
analyze participant;
analyze payment;
analyze contribution_line;
analyze sponsorship;
analyze sponsored_programme;
