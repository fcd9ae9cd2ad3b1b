-- Receipts are numbered without gaps per business day and series, as finance offices reconcile them: the day's
-- counter row is incremented in the payment's own transaction, so a payment that rolls back takes its number with
-- it. Own payments (BPU…) and payer-settled months (BPP…) are two series, so a bulk payment holding its series'
-- row until it commits never makes a participant's own payment wait.
create table receipt_counter (
    series      char(3)  not null check (series in ('BPU', 'BPP')),
    day         date     not null,
    last_serial integer  not null check (last_serial between 1 and 99999999),
    primary key (series, day)
);

-- Numbers issued before this migration came from one global sequence: each day's counter starts past the highest
-- serial that day already used, so no number is ever issued twice.
insert into receipt_counter (series, day, last_serial)
select 'BPU', paid_on, max(substring(receipt_number from 13 for 8)::integer)
from payment
group by paid_on;

drop sequence receipt_number_seq;
