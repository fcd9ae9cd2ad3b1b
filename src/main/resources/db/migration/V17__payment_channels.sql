-- Payment channels (issue #14): partners that collect contributions host-to-host — banks, the post office, retail
-- counters, e-wallets, village agents — registered by an admin; their tokens carry channel_id.
create table payment_channel (
    id         uuid         primary key,
    code       varchar(32)  not null unique,
    name       varchar(200) not null,
    type       varchar(8)   not null check (type in ('BANK', 'POST', 'RETAIL', 'EWALLET', 'AGENT', 'COUNTER')),
    created_at timestamptz  not null
);

alter table payment drop constraint payment_channel_check;
alter table payment add constraint payment_channel_check
    check (channel in ('COUNTER', 'BANK', 'POST', 'EWALLET', 'RETAIL', 'AGENT', 'PAYER'));
alter table payment add column channel_id uuid references payment_channel (id);
-- A registered channel's transaction id is unique within that channel; two banks may use the same numbers.
drop index payment_external_reference_unique;
create unique index payment_external_reference_unique on payment (channel, external_reference)
    where external_reference is not null and channel_id is null;
create unique index payment_channel_transaction_unique on payment (channel_id, external_reference)
    where channel_id is not null;
create index payment_channel_day_idx on payment (channel_id, paid_on) where channel_id is not null;

-- An inquiry fixes what the channel read back to the payer: the months (oldest first) and each month's amount.
create table channel_inquiry (
    id             uuid        primary key,
    channel_id     uuid        not null references payment_channel (id),
    participant_id uuid        not null references participant (id),
    months         date[]      not null,
    amounts        bigint[]    not null,
    created_at     timestamptz not null,
    expires_at     timestamptz not null
);
create index channel_inquiry_expiry_idx on channel_inquiry (expires_at);

-- A reversal voids a payment: its receipt stays (marked reversed), its lines move here, so the months are open again
-- and the primary key of contribution_line still says "one payment per participant, month and programme".
create table payment_reversal (
    payment_id     uuid         primary key references payment (id),
    reversed_at    timestamptz  not null,
    reversed_on    date         not null,
    channel_id     uuid         references payment_channel (id),
    actor          varchar(100) not null,
    reason         varchar(500),
    outside_window boolean      not null
);

create table reversed_contribution_line (
    payment_id     uuid       not null references payment_reversal (payment_id),
    participant_id uuid       not null references participant (id),
    period         date       not null,
    programme      varchar(3) not null,
    income_basis   bigint     not null,
    gross          bigint     not null,
    discount       bigint     not null,
    net            bigint     not null,
    primary key (payment_id, period, programme)
);

-- A channel's daily settlement file matched against our payments and reversals; the same file again is the same
-- report.
create table settlement_report (
    id            uuid         primary key,
    channel_id    uuid         not null references payment_channel (id),
    business_date date         not null,
    content_hash  varchar(64)  not null,
    summary       jsonb        not null,
    lines         jsonb        not null,
    actor         varchar(100) not null,
    created_at    timestamptz  not null,
    constraint settlement_report_same_file unique (channel_id, business_date, content_hash)
);
create index settlement_report_day_idx on settlement_report (channel_id, business_date, created_at);

-- A payer's credit as a ledger of entries: earned by an over-payment, applied by a later payment, refunded by an
-- officer. The balance is their sum; the payer's row lock serialises the payments and refunds that change it.
create table payer_credit_entry (
    id               uuid         primary key,
    payer_id         uuid         not null references payer (id),
    kind             varchar(8)   not null check (kind in ('EARNED', 'APPLIED', 'REFUNDED')),
    amount           bigint       not null check (amount > 0),
    payer_payment_id uuid         references payer_payment (id),
    reason           varchar(500),
    reference        varchar(64),
    actor            varchar(100) not null,
    created_at       timestamptz  not null
);
create index payer_credit_entry_payer_idx on payer_credit_entry (payer_id, created_at);

alter table payer_payment add column credit_applied bigint not null default 0 check (credit_applied >= 0);

insert into payer_credit_entry (id, payer_id, kind, amount, payer_payment_id, actor, created_at)
select gen_random_uuid(), payer_id, 'EARNED', credit, id, 'migration V17', paid_at
  from payer_payment where credit > 0;
