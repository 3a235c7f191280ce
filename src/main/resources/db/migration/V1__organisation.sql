-- Organisations of the chain. Portable SQL: runs on PostgreSQL and on H2 (see docs/adr/0003).

-- An onderwijsregio; its code is also the Camunda tenant id.
create table region (
    code          varchar(40)  primary key,
    name          varchar(200) not null,
    contact_email varchar(254) not null,
    website       varchar(200)
);

-- A school board (bestuur); its HR handles applications and contracts.
create table bestuur (
    code        varchar(60)  primary key,
    name        varchar(200) not null,
    region_code varchar(40)  not null references region (code)
);

-- A school. guidance_capacity: how many zij-instromers its schoolopleiders can coach at once.
create table school (
    code              varchar(60)  primary key,
    name              varchar(200) not null,
    bestuur_code      varchar(60)  not null references bestuur (code),
    region_code       varchar(40)  not null references region (code),
    sector            varchar(3)   not null,
    wijk              varchar(100),
    guidance_capacity integer      not null,
    constraint school_sector_check check (sector in ('PO', 'VO', 'MBO')),
    constraint school_capacity_check check (guidance_capacity >= 0)
);
create index school_bestuur_idx on school (bestuur_code);
create index school_region_idx on school (region_code);

-- A teacher-training institute (lerarenopleiding); it may serve several regions.
create table lerarenopleiding (
    code varchar(60)  primary key,
    name varchar(200) not null
);

insert into region (code, name, contact_email, website) values
    ('utrecht-stad', 'Onderwijsregio Utrecht Stad', 'loket@utrechtleert.nl', 'https://www.utrechtleert.nl'),
    ('midden-nederland', 'Onderwijsregio Midden Nederland Leert VO MBO', 'loket@middennederlandleert.nl',
     'https://www.middennederlandleert.nl');
