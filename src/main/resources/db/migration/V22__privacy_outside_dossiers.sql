-- Personal data outside the dossiers with retention periods of their own (dossier/RetainedPersonalData,
-- docs/privacy.md, docs/adr/0018). Portable SQL: PostgreSQL and H2 (docs/adr/0003).

-- A langstudeerder's name, email and student number are blanked a period after the case closed (or with the
-- dossier the student was referred to); the row, its track and check-ins stay for the report.
alter table langstudeerder add column anonymised_at timestamp with time zone;
create index langstudeerder_retention_idx on langstudeerder (anonymised_at, closed_at);

-- A peer review's panel member (often a guest from another region): name and email are blanked a period after
-- the review closed; role, origin and organisation stay.
alter table peer_review_panel_member add column anonymised_at timestamp with time zone;
