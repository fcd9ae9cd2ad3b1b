-- UU 27/2022 rights: corrections of identity data go through an officer's review; erasure pseudonymises.
create table identity_correction (
    id              uuid         primary key,
    participant_id  uuid         not null references participant (id),
    field           varchar(10)  not null check (field in ('FULL_NAME', 'BIRTH_DATE', 'SEX', 'NIK')),
    requested_value varchar(150) not null,
    reason          varchar(500) not null,
    status          varchar(8)   not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    requested_by    varchar(100) not null,
    requested_at    timestamptz  not null,
    decided_by      varchar(100),
    decided_at      timestamptz,
    note            varchar(500)
);
create index identity_correction_participant_idx on identity_correction (participant_id, requested_at);

alter table participant add column erased_at timestamptz;
alter table participant drop constraint participant_close_reason_check;
alter table participant add constraint participant_close_reason_check
    check (close_reason in ('DECEASED', 'TOTAL_DISABILITY', 'ERASED'));
