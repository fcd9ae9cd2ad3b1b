-- The audit trail (UU 27/2022: a breach must be reported within 3 x 24 h, which needs every access recorded). Rows are
-- only ever added: the triggers refuse UPDATE, DELETE and TRUNCATE to every database user, the service's own too.
create table audit_event (
    id           bigint generated always as identity primary key,
    at           timestamptz  not null,
    actor        varchar(100) not null,
    client       varchar(100),
    roles        varchar(100) not null,
    action       varchar(60)  not null,
    subject_type varchar(30),
    subject_id   varchar(64),
    purpose      varchar(200),
    trace_id     varchar(64),
    before_state text,
    after_state  text
);
create index audit_event_subject_idx on audit_event (subject_id, id);
create index audit_event_actor_idx on audit_event (actor, id);
create index audit_event_at_idx on audit_event (at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
