-- Issue #15: a regency's or village's own budget sponsors only its residents, unless the payer is registered otherwise.
alter table payer add column domicile_required boolean not null default true;
