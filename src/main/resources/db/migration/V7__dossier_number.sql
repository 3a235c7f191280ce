-- A short number staff use to name a dossier in Tasklist, mails and on the phone (e.g. UTR-2026-0042):
-- per region and year of registration, never reused. Not personal data, so it may be a process variable.
alter table dossier add column dossier_number varchar(20);
create unique index dossier_number_unique on dossier (dossier_number);

-- The last number handed out per region and year; locked while a number is taken.
create table dossier_number_counter (
    region_code varchar(40) not null references region (code),
    number_year integer     not null,
    last_number integer     not null,
    primary key (region_code, number_year)
);
