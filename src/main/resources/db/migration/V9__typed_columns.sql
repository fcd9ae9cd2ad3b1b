-- Columns say what they hold: a claim's JSON documents become jsonb, its codes text arrays; a bulk payment's
-- months a date array and its unsettled lines jsonb. Existing rows convert in place.
alter table claim alter column refunds drop default;
alter table claim
    alter column request   type jsonb using request::jsonb,
    alter column documents type jsonb using documents::jsonb,
    alter column benefits  type jsonb using benefits::jsonb,
    alter column refunds   type jsonb using refunds::jsonb;
alter table claim alter column refunds set default '[]'::jsonb;

alter table claim alter column reasons drop default, alter column flags drop default;
alter table claim
    alter column reasons type text[] using case when reasons = '' then '{}'::text[] else string_to_array(reasons, ',') end,
    alter column flags   type text[] using case when flags = '' then '{}'::text[] else string_to_array(flags, ',') end;
alter table claim alter column reasons set default '{}', alter column flags set default '{}';

alter table payer_payment
    alter column months    type date[] using ('{' || regexp_replace(months, '([0-9]{4}-[0-9]{2})', '\1-01', 'g') || '}')::date[],
    alter column unsettled type jsonb using unsettled::jsonb;
