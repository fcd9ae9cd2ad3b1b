-- The outbox (issue #13): every change worth telling another system is an event row written in the transaction of
-- the change, so it is never lost and never told for a change that rolled back. Its feed position is given after
-- commit by one sequencer at a time (EventFeed): positions grow in the order events became visible, so a reader
-- that has seen position P never later finds a new event before P — which ids or timestamps cannot promise while
-- transactions overlap.
create sequence event_position_seq;

create table event (
    id             uuid        primary key,
    position       bigint      unique,
    type           varchar(40) not null,
    version        integer     not null default 1,
    occurred_at    timestamptz not null,
    participant_id uuid,
    -- the payers whose systems may see it: the payer involved, and every payer that sponsors or has sponsored the
    -- participant when it happened (the same policy as the rest of the API)
    payer_ids      uuid[]      not null default '{}',
    data           jsonb       not null
);
create index event_unsequenced_idx on event (occurred_at) where position is null;
create index event_payers_idx on event using gin (payer_ids);
