-- Webhooks (issue #13): a client's subscriptions, and one delivery row per event and attempt series. Deliveries
-- are claimed with a short lease (next_attempt_at moved forward) before the HTTP call, so a replica that dies
-- mid-send leaves them to be sent again: at least once, with the event id for de-duplication.
create table webhook_subscription (
    id              uuid          primary key,
    owner           varchar(32)   not null,
    payer_id        uuid,
    url             varchar(2048) not null,
    types           text[]        not null,
    secret          varchar(100)  not null,
    after_position  bigint        not null,
    created_at      timestamptz   not null,
    disabled_at     timestamptz,
    disabled_reason varchar(200)
);
create index webhook_subscription_owner_idx on webhook_subscription (owner);

create table webhook_delivery (
    id               bigint       generated always as identity primary key,
    subscription_id  uuid         not null references webhook_subscription (id) on delete cascade,
    event_id         uuid         not null references event (id),
    state            varchar(10)  not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    first_attempt_at timestamptz,
    last_status      integer,
    last_error       varchar(200),
    delivered_at     timestamptz,
    created_at       timestamptz  not null
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_subscription_idx on webhook_delivery (subscription_id, id);
