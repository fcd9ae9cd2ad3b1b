-- Reference data: the income-basis table (PP 44/2015 Lampiran II) and contribution rates, each version keyed by
-- the date it takes effect. Correcting them is a data change (a new migration or an operator's insert), not a release.
create table income_basis_band (
    valid_from  date   not null,
    income_from bigint not null check (income_from >= 0),
    income_to   bigint check (income_to is null or income_to >= income_from), -- inclusive; null = open-ended
    basis       bigint not null check (basis > 0),
    source      text   not null,
    primary key (valid_from, income_from)
);

-- Provisional rule of bpu-rules.md §2 [U] until the annex is loaded: Rp100,000 bands, basis = floor(income/100,000)
-- x 100,000, clamped to [1,000,000; 20,700,000].
insert into income_basis_band (valid_from, income_from, income_to, basis, source)
select date '2015-07-01', 0, 1099999, 1000000, 'PP 44/2015 Lampiran II, provisional 100k bands (bpu-rules.md §2 [U])'
union all
select date '2015-07-01', b, b + 99999, b, 'PP 44/2015 Lampiran II, provisional 100k bands (bpu-rules.md §2 [U])'
from generate_series(1100000, 20600000, 100000) as b
union all
select date '2015-07-01', 20700000, null, 20700000, 'PP 44/2015 Lampiran II, provisional 100k bands (bpu-rules.md §2 [U])';

create table contribution_rate (
    programme    varchar(3) not null check (programme in ('JKK', 'JKM', 'JHT')),
    valid_from   date       not null,
    basis_points integer    not null default 0 check (basis_points >= 0), -- share of the income basis, 100 = 1 %
    flat_amount  bigint     not null default 0 check (flat_amount >= 0),  -- rupiah a month
    source       text       not null,
    primary key (programme, valid_from)
);

insert into contribution_rate (programme, valid_from, basis_points, flat_amount, source) values
    ('JKK', date '2015-07-01', 100, 0,    'PP 44/2015 art. 16: JKK BPU 1 % of the income basis'),
    ('JKM', date '2015-07-01', 0,   6800, 'PP 44/2015 art. 18: JKM BPU Rp6,800 a month'),
    ('JHT', date '2015-07-01', 200, 0,    'PP 46/2015 art. 16: JHT BPU 2 % of the income basis');

-- Participants ---------------------------------------------------------------------------------------------------
create sequence membership_number_seq start with 1000000000 maxvalue 9999999999 no cycle;

create table participant (
    id                uuid         primary key,
    membership_number varchar(11)     not null unique,
    nik               varchar(16)     not null,
    -- HMAC of the NIK: lookups and the one-membership-per-NIK rule use it, so no constraint message carries a NIK.
    nik_hash          varchar(64)     not null,
    full_name         varchar(150) not null,
    birth_date        date         not null,
    sex               varchar(6)   not null check (sex in ('MALE', 'FEMALE')),
    phone             varchar(16)  not null,
    email             varchar(254),
    address_line      varchar(300) not null,
    region_code       varchar(13)  not null,
    postal_code       varchar(5),
    occupation        varchar(20)  not null,
    sector            varchar(9)   not null check (sector in ('TRANSPORT', 'GENERAL')),
    declared_income   bigint       not null check (declared_income >= 0),
    programmes        varchar(16)  not null,
    status            varchar(30)  not null,
    version           bigint       not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    constraint participant_nik_hash_unique unique (nik_hash)
);
create index participant_status_idx on participant (status, id);
create index participant_occupation_idx on participant (occupation, id);
create index participant_region_idx on participant (region_code varchar_pattern_ops, id);

create table heir (
    participant_id uuid         not null references participant (id) on delete cascade,
    position       integer      not null,
    full_name      varchar(150) not null,
    relationship   varchar(15)  not null,
    birth_date     date         not null,
    nik            varchar(16),
    primary key (participant_id, position)
);

create table participant_status_change (
    id             bigint generated always as identity primary key,
    participant_id uuid        not null references participant (id) on delete cascade,
    from_status    varchar(30),
    to_status      varchar(30) not null,
    reason         varchar(40) not null,
    actor          varchar(100) not null,
    changed_at     timestamptz not null
);
create index participant_status_change_participant_idx on participant_status_change (participant_id, id);
