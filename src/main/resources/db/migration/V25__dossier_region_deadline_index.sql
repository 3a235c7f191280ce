-- The API's dossier list sorted by deadline (GET /api/dossiers?sort=termijn) has no status filter, so the
-- work list's index (region, status, earliest deadline) cannot give its order: at 185k dossiers PostgreSQL
-- sorted the region's 92,000 rows for every page (133 ms). With this index the page is read in order.
create index dossier_region_termijn_idx on dossier (region_code, eerste_termijn);
