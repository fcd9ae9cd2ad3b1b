-- Payers (pemberi iuran): the regency, villages, central government, associations (wadah), donors, employers.
create extension if not exists btree_gist;

create table payer (
    id             uuid         primary key,
    type           varchar(18)  not null check (type in ('REGENCY', 'VILLAGE', 'CENTRAL_GOVERNMENT', 'WADAH', 'DONOR', 'EMPLOYER')),
    funding_source varchar(7)   not null check (funding_source in ('APBD', 'APBDES', 'APBN', 'PRIVATE')),
    name           varchar(200) not null,
    region_code    varchar(13)  not null,
    contact_name   varchar(150),
    contact_phone  varchar(16),
    contact_email  varchar(254),
    created_at     timestamptz  not null
);

-- A payer covers a participant's programmes from a month, optionally to a month (both inclusive).
create table sponsorship (
    id             uuid        primary key,
    payer_id       uuid        not null references payer (id),
    participant_id uuid        not null references participant (id),
    from_month     date        not null check (extract(day from from_month) = 1),
    to_month       date        check (to_month is null or (extract(day from to_month) = 1 and to_month >= from_month)),
    programmes     varchar(16) not null,
    created_at     timestamptz not null
);
create index sponsorship_payer_idx on sponsorship (payer_id, participant_id);
create index sponsorship_participant_idx on sponsorship (participant_id);

-- One row per sponsored programme; the exclusion constraint is the rule "a participant-month has at most one payer
-- per programme", held by the database even when two payers enrol the same worker at the same moment.
create table sponsored_programme (
    sponsorship_id uuid       not null references sponsorship (id) on delete cascade,
    participant_id uuid       not null,
    programme      varchar(3) not null check (programme in ('JKK', 'JKM', 'JHT')),
    months         daterange  not null,
    primary key (sponsorship_id, programme),
    constraint sponsored_programme_one_payer exclude using gist (participant_id with =, programme with =, months with &&)
);

alter table payment add column payer_id uuid references payer (id);
alter table payment add column payer_payment_id uuid;
alter table payment drop constraint payment_funding_check;
alter table payment alter column funding type varchar(6);
alter table payment add constraint payment_funding_check check (funding in ('SELF', 'APBD', 'APBDES', 'APBN', 'OTHER'));

-- A payer's transfer and how it was allocated (the reconciliation report).
create table payer_payment (
    id                 uuid        primary key,
    payer_id           uuid        not null references payer (id),
    transfer_reference varchar(64) not null,
    months             varchar(200) not null,
    amount             bigint      not null check (amount > 0),
    settled_amount     bigint      not null check (settled_amount >= 0),
    credit             bigint      not null check (credit >= 0),
    unsettled          text        not null, -- JSON: the invoice lines the money did not cover
    paid_at            timestamptz not null,
    constraint payer_payment_transfer_unique unique (payer_id, transfer_reference)
);
alter table payment add constraint payment_payer_payment_fk foreign key (payer_payment_id) references payer_payment (id);
create index payment_payer_payment_idx on payment (payer_payment_id);

-- Bulk enrolment jobs: rows are stored at upload and processed in committed chunks under a lease, so a restarted
-- or another replica resumes a job without doing a row twice.
create table enrolment_job (
    id           uuid        primary key,
    payer_id     uuid        not null references payer (id),
    state        varchar(9)  not null check (state in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    content_hash varchar(64) not null,
    from_month   date        not null,
    programmes   varchar(16) not null,
    total        integer     not null,
    processed    integer     not null default 0,
    created      integer     not null default 0,
    linked       integer     not null default 0,
    rejected     integer     not null default 0,
    created_at   timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz,
    lease_owner  varchar(64),
    lease_until  timestamptz,
    constraint enrolment_job_same_file unique (payer_id, content_hash)
);
create index enrolment_job_pending_idx on enrolment_job (state, lease_until) where state in ('QUEUED', 'RUNNING');

create table enrolment_row (
    job_id         uuid         not null references enrolment_job (id) on delete cascade,
    row_no         integer      not null,
    body           text         not null,
    outcome        varchar(8)   check (outcome in ('CREATED', 'LINKED', 'REJECTED')),
    code           varchar(40),
    field          varchar(100),
    participant_id uuid,
    primary key (job_id, row_no)
);
create index enrolment_row_outcome_idx on enrolment_row (job_id, outcome, row_no);

-- Status changes are written in bulk by enrolments: a sequence Hibernate can allocate from in blocks.
alter table participant_status_change alter column id drop identity;
create sequence participant_status_change_seq increment by 50;
select setval('participant_status_change_seq', coalesce((select max(id) from participant_status_change), 0) + 1);
alter table participant_status_change alter column id set default nextval('participant_status_change_seq');
