-- Scheduled facts (issue #13) are told once per cycle: a reminder row per participant, kind and cycle (the lapse
-- date it warns of) is written with its event, so a second run — on this replica or another — tells nothing again.
create table event_reminder (
    participant_id uuid        not null references participant (id) on delete cascade,
    kind           varchar(20) not null check (kind in ('LAPSING', 'DUE')),
    cycle          date        not null,
    primary key (participant_id, kind, cycle)
);

-- invoice.issued: once per payer and month
create table invoice_notice (
    payer_id uuid not null references payer (id),
    month    date not null check (extract(day from month) = 1),
    primary key (payer_id, month)
);
