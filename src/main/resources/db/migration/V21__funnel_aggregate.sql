-- The funnel report's aggregate (reporting/FunnelAggregate, docs/adr/0016): counts per cohort quarter and
-- per combination of the report's filter characteristics, kept up to date in the transaction that changes a
-- dossier, so a report reads a number of rows that does not grow with the number of dossiers. Portable SQL.
-- Existing dossiers are added on the first start (FunnelAggregate.fillMissing).
--
-- A cell's key: the scope (REGION: the region's total, characteristics '' ; DETAIL: per characteristic), the
-- region, the cohort quarter (year * 4 + quarter - 1, Dutch time; 0 = all cohorts, only for lead times of
-- scope REGION), the characteristics the report filters on ('' for none) and what is counted:
--   measure    key1     key2            key3       amount  n
--   CANDIDATE  ''       ''              ''         0       dossiers
--   STAGE      stage    outcome or ''   avoidable  0       dossiers with such a stage row
--   REASON     stage    reason or ''    ''         0       dossiers that dropped out of the stage so
--   APPOINTED  bestuur  funding stream  status     0       dossiers with a contract start
--   RETENTION  ''       still teaching  ''         years   dossiers with such a follow-up
--   LEAD_TIME  stage    ''              ''         days    stage rows left as planned after so many whole days
create table report_cell (
    scope               varchar(6)   not null,
    region_code         varchar(40)  not null,
    cohort_quarter      integer      not null,
    sector              varchar(3)   not null,
    route               varchar(40)  not null,
    bestuur_code        varchar(60)  not null,
    school_code         varchar(60)  not null,
    buitenlands_diploma varchar(5)   not null,
    vak                 varchar(100) not null,
    measure             varchar(12)  not null,
    key1                varchar(60)  not null,
    key2                varchar(40)  not null,
    key3                varchar(30)  not null,
    amount              integer      not null,
    n                   bigint       not null,
    -- Measure before quarter: a report reads one region's counts, or its lead times, as one range of this index.
    constraint report_cell_key unique (scope, region_code, measure, cohort_quarter, sector, route, bestuur_code,
        school_code, buitenlands_diploma, vak, key1, key2, key3, amount)
);

-- What each dossier adds to the cells of scope DETAIL (the REGION cells follow from them), so that a change
-- of the dossier can take its old contribution out before adding the new one.
create table report_dossier_cell (
    dossier_id          uuid         not null references dossier (id),
    region_code         varchar(40)  not null,
    cohort_quarter      integer      not null,
    sector              varchar(3)   not null,
    route               varchar(40)  not null,
    bestuur_code        varchar(60)  not null,
    school_code         varchar(60)  not null,
    buitenlands_diploma varchar(5)   not null,
    vak                 varchar(100) not null,
    measure             varchar(12)  not null,
    key1                varchar(60)  not null,
    key2                varchar(40)  not null,
    key3                varchar(30)  not null,
    amount              integer      not null,
    n                   bigint       not null
);
create index report_dossier_cell_dossier_idx on report_dossier_cell (dossier_id);
