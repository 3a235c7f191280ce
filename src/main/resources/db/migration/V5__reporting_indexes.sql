-- Indexes under the queries of the work list (/dossiers) and the reports (/rapportage). Portable SQL.

-- Work list default: the running dossiers of a region, newest registration first.
create index dossier_region_status_registered_idx on dossier (region_code, status, registered_at);
-- Reports: a region's cohort (year or quarter of registration).
create index dossier_region_registered_idx on dossier (region_code, registered_at);
-- Funnel, reasons and lead times read the stage history of the selected dossiers; with these columns in
-- the index the grouped queries need not visit the table rows for the counts.
create index stage_transition_dossier_outcome_idx on stage_transition (dossier_id, stage, outcome, avoidable);
