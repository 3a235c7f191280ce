-- The work list's counts per stage (which also give its total) count the running dossiers of a region,
-- optionally of one sector or route. At 185k dossiers (112,000 running in one region) PostgreSQL read the
-- table for them (95-150 ms); from this index alone (an index-only scan) it takes about half that. (No
-- INCLUDE: H2, the embedded default, does not know it.)
create index dossier_stage_count_idx on dossier (region_code, status, current_stage, sector, route, id);
