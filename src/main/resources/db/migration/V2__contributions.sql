-- Holidays that move a due date (bpu-rules.md §2: a deadline on a weekend or national holiday moves to the next
-- working day). Reference data: add rows when a new SKB is published.
create table holiday (
    day    date        primary key,
    name   text        not null,
    kind   varchar(12) not null check (kind in ('NATIONAL', 'CUTI_BERSAMA')),
    source text        not null
);

insert into holiday (day, name, kind, source) values
    -- 2025: SKB 1017/2024, 2/2024, 2/2024, amended by SKB 933/2025, 1/2025, 3/2025 (18 August)
    ('2025-01-01', 'Tahun Baru Masehi', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-01-27', 'Isra Mikraj', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-01-28', 'Cuti bersama Imlek', 'CUTI_BERSAMA', 'SKB 3 Menteri 1017/2024'),
    ('2025-01-29', 'Tahun Baru Imlek 2576', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-03-28', 'Cuti bersama Nyepi', 'CUTI_BERSAMA', 'SKB 3 Menteri 1017/2024'),
    ('2025-03-29', 'Nyepi', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-03-31', 'Idul Fitri 1446 H', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-04-01', 'Idul Fitri 1446 H', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-04-02', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA', 'SKB 3 Menteri 1017/2024'),
    ('2025-04-03', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA', 'SKB 3 Menteri 1017/2024'),
    ('2025-04-04', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA', 'SKB 3 Menteri 1017/2024'),
    ('2025-04-07', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA', 'SKB 3 Menteri 1017/2024'),
    ('2025-04-18', 'Wafat Yesus Kristus', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-04-20', 'Paskah', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-05-01', 'Hari Buruh Internasional', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-05-12', 'Waisak 2569 BE', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-05-13', 'Cuti bersama Waisak', 'CUTI_BERSAMA', 'SKB 3 Menteri 1017/2024'),
    ('2025-05-29', 'Kenaikan Yesus Kristus', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', 'CUTI_BERSAMA', 'SKB 3 Menteri 1017/2024'),
    ('2025-06-01', 'Hari Lahir Pancasila', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-06-06', 'Idul Adha 1446 H', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-06-09', 'Cuti bersama Idul Adha', 'CUTI_BERSAMA', 'SKB 3 Menteri 1017/2024'),
    ('2025-06-27', 'Tahun Baru Islam 1447 H', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-08-17', 'Proklamasi Kemerdekaan', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-08-18', 'Cuti bersama HUT ke-80 RI', 'CUTI_BERSAMA', 'SKB 3 Menteri 933/2025'),
    ('2025-09-05', 'Maulid Nabi Muhammad', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-12-25', 'Kelahiran Yesus Kristus', 'NATIONAL', 'SKB 3 Menteri 1017/2024'),
    ('2025-12-26', 'Cuti bersama Natal', 'CUTI_BERSAMA', 'SKB 3 Menteri 1017/2024'),
    -- 2026: SKB 1497/2025, 2/2025, 5/2025 (17 national holidays, 8 collective leave days)
    ('2026-01-01', 'Tahun Baru Masehi', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-01-16', 'Isra Mikraj', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-02-16', 'Cuti bersama Imlek', 'CUTI_BERSAMA', 'SKB 3 Menteri 1497/2025'),
    ('2026-02-17', 'Tahun Baru Imlek 2577', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-03-18', 'Cuti bersama Nyepi', 'CUTI_BERSAMA', 'SKB 3 Menteri 1497/2025'),
    ('2026-03-19', 'Nyepi', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-03-20', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA', 'SKB 3 Menteri 1497/2025'),
    ('2026-03-21', 'Idul Fitri 1447 H', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-03-22', 'Idul Fitri 1447 H', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-03-23', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA', 'SKB 3 Menteri 1497/2025'),
    ('2026-03-24', 'Cuti bersama Idul Fitri', 'CUTI_BERSAMA', 'SKB 3 Menteri 1497/2025'),
    ('2026-04-03', 'Wafat Yesus Kristus', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-04-05', 'Paskah', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-05-01', 'Hari Buruh Internasional', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-05-14', 'Kenaikan Yesus Kristus', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'CUTI_BERSAMA', 'SKB 3 Menteri 1497/2025'),
    ('2026-05-27', 'Idul Adha 1447 H', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-05-28', 'Cuti bersama Idul Adha', 'CUTI_BERSAMA', 'SKB 3 Menteri 1497/2025'),
    ('2026-05-31', 'Waisak 2570 BE', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-06-01', 'Hari Lahir Pancasila', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-06-16', 'Tahun Baru Islam 1448 H', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-08-17', 'Proklamasi Kemerdekaan', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-08-25', 'Maulid Nabi Muhammad', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    ('2026-12-24', 'Cuti bersama Natal', 'CUTI_BERSAMA', 'SKB 3 Menteri 1497/2025'),
    ('2026-12-25', 'Kelahiran Yesus Kristus', 'NATIONAL', 'SKB 3 Menteri 1497/2025'),
    -- 2027: only the dates fixed by Keppres 8/2024 or by the church calendar. The lunar holidays and the collective
    -- leave days are set by the 2027 SKB, not yet published: insert them when it is.
    ('2027-01-01', 'Tahun Baru Masehi', 'NATIONAL', 'Keppres 8/2024 (fixed date)'),
    ('2027-03-26', 'Wafat Yesus Kristus', 'NATIONAL', 'Keppres 8/2024 (Good Friday 2027)'),
    ('2027-03-28', 'Paskah', 'NATIONAL', 'Keppres 8/2024 (Easter 2027)'),
    ('2027-05-01', 'Hari Buruh Internasional', 'NATIONAL', 'Keppres 8/2024 (fixed date)'),
    ('2027-05-06', 'Kenaikan Yesus Kristus', 'NATIONAL', 'Keppres 8/2024 (Ascension 2027)'),
    ('2027-06-01', 'Hari Lahir Pancasila', 'NATIONAL', 'Keppres 8/2024 (fixed date)'),
    ('2027-08-17', 'Proklamasi Kemerdekaan', 'NATIONAL', 'Keppres 8/2024 (fixed date)'),
    ('2027-12-25', 'Kelahiran Yesus Kristus', 'NATIONAL', 'Keppres 8/2024 (fixed date)');

-- PP 50/2025: JKK and JKM at 50 % by contribution month; APBN/APBD-funded participants excluded.
create table contribution_discount (
    sector           varchar(9)  not null check (sector in ('TRANSPORT', 'GENERAL')),
    month_from       date        not null check (extract(day from month_from) = 1),
    month_to         date        not null check (extract(day from month_to) = 1 and month_to >= month_from),
    basis_points     integer     not null check (basis_points between 1 and 10000), -- share taken off, 5000 = 50 %
    programmes       varchar(16) not null,
    excluded_funding varchar(32) not null,
    source           text        not null,
    primary key (sector, month_from)
);

insert into contribution_discount values
    ('TRANSPORT', date '2026-01-01', date '2027-03-01', 5000, 'JKK,JKM', 'APBD,APBN', 'PP 50/2025'),
    ('GENERAL',   date '2026-04-01', date '2026-12-01', 5000, 'JKK,JKM', 'APBD,APBN', 'PP 50/2025');

-- What each participant has paid up to, kept with the payment in one transaction: membership status is derived
-- from these and the date, so every replica agrees without a job having run.
alter table participant add column paid_through date check (extract(day from paid_through) = 1);
alter table participant add column lapses_on date;
create index participant_lapse_idx on participant (lapses_on) where paid_through is not null;

create sequence receipt_number_seq start with 1 maxvalue 99999999 no cycle;

create table payment (
    id                 uuid        primary key,
    receipt_number     varchar(20) not null unique,
    participant_id     uuid        not null references participant (id),
    channel            varchar(8)  not null check (channel in ('COUNTER', 'BANK', 'EWALLET', 'RETAIL', 'PAYER')),
    external_reference varchar(64),
    funding            varchar(5)  not null check (funding in ('SELF', 'APBD', 'APBN', 'OTHER')),
    amount             bigint      not null check (amount > 0),
    paid_at            timestamptz not null,
    paid_on            date        not null
);
create index payment_participant_idx on payment (participant_id);
-- A channel's own reference identifies one transfer: the same one twice never pays twice.
create unique index payment_external_reference_unique on payment (channel, external_reference)
    where external_reference is not null;

-- One row per participant, month and programme: the database itself refuses to take a month twice.
create table contribution_line (
    participant_id uuid       not null references participant (id),
    period         date       not null check (extract(day from period) = 1),
    programme      varchar(3) not null check (programme in ('JKK', 'JKM', 'JHT')),
    payment_id     uuid       not null references payment (id),
    income_basis   bigint     not null check (income_basis > 0),
    gross          bigint     not null check (gross >= 0),
    discount       bigint     not null check (discount >= 0 and discount <= gross),
    net            bigint     not null check (net = gross - discount),
    primary key (participant_id, period, programme)
);
create index contribution_line_payment_idx on contribution_line (payment_id);

-- Idempotency-Key records: the stored response of each money-moving request, replayed on a retry.
create table idempotency_record (
    scope           varchar(40) not null,
    idempotency_key uuid        not null,
    request_hash    varchar(64) not null,
    state           varchar(11) not null check (state in ('IN_FLIGHT', 'COMPLETED')),
    response_status integer,
    response_body   text,
    response_location text,
    created_at      timestamptz not null,
    primary key (scope, idempotency_key)
);
