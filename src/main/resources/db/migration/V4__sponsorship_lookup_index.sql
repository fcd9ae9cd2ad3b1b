-- The exclusion constraint's GiST index cannot serve "participant_id in (...)" (GiST has no = ANY support), so a bulk
-- enrolment's overlap check scanned every sponsored row for each chunk: quadratic in the upload. A btree serves it.
create index sponsored_programme_participant_idx on sponsored_programme (participant_id);
