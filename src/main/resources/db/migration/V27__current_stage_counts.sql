-- The work list's counts per stage (which also give its total) read the funnel aggregate's CURRENT cells instead of
-- counting a region's dossiers on every page (reporting/CurrentStageCounts, docs/adr/0022): one cell per dossier,
-- key1 = status, key2 = current stage, kept in the dossier's own transaction like the other cells (docs/adr/0016).
-- Portable SQL. Existing dossiers get their cell here, with the cohort quarter and characteristics of the candidate
-- cell every counted dossier already has; dossiers not counted yet get all their cells on start (fillMissing).
insert into report_dossier_cell (dossier_id, region_code, cohort_quarter, sector, route, bestuur_code, school_code,
        buitenlands_diploma, vak, measure, key1, key2, key3, amount, n)
    select r.dossier_id, r.region_code, r.cohort_quarter, r.sector, r.route, r.bestuur_code, r.school_code,
        r.buitenlands_diploma, r.vak, 'CURRENT', d.status, d.current_stage, '', 0, 1
    from report_dossier_cell r join dossier d on d.id = r.dossier_id
    where r.measure = 'CANDIDATE';

insert into report_cell (scope, region_code, cohort_quarter, sector, route, bestuur_code, school_code,
        buitenlands_diploma, vak, measure, key1, key2, key3, amount, n)
    select 'DETAIL', region_code, cohort_quarter, sector, route, bestuur_code, school_code, buitenlands_diploma, vak,
        measure, key1, key2, key3, amount, count(*)
    from report_dossier_cell where measure = 'CURRENT'
    group by region_code, cohort_quarter, sector, route, bestuur_code, school_code, buitenlands_diploma, vak,
        measure, key1, key2, key3, amount;

insert into report_cell (scope, region_code, cohort_quarter, sector, route, bestuur_code, school_code,
        buitenlands_diploma, vak, measure, key1, key2, key3, amount, n)
    select 'REGION', region_code, cohort_quarter, '', '', '', '', '', '', measure, key1, key2, key3, amount, count(*)
    from report_dossier_cell where measure = 'CURRENT'
    group by region_code, cohort_quarter, measure, key1, key2, key3, amount;

-- The live count that remains (a work list filtered on overdue or soon-due deadlines) reads the region's dossiers
-- with a deadline before the limit and groups them by stage: with the stage in the deadline index, from the index
-- alone. The stage-count index of V26 served the counts the cells now give.
drop index dossier_stage_count_idx;
drop index dossier_region_status_termijn_idx;
create index dossier_region_status_termijn_idx on dossier (region_code, status, eerste_termijn, current_stage);
