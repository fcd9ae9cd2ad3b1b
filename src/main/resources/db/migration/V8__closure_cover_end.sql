-- A closure has two dates: the last covered day (the event's day) and the first ENDED day (the day after, or the
-- approval day when the claim is approved on the event's day). Until now only the second was stored, always as the
-- day after the event; erasure stored its own day.
alter table participant add column cover_ends_on date;
update participant set cover_ends_on = closed_on - 1 where closed_on is not null;
alter table participant add constraint participant_closure_complete
    check ((closed_on is null) = (cover_ends_on is null) and (closed_on is null) = (close_reason is null));
