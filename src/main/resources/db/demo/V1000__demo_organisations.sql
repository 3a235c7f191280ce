-- Demo organisations: real besturen, invented schools. Loaded with the demo profile only.
insert into bestuur (code, name, region_code) values
    ('spo-utrecht', 'SPO Utrecht', 'utrecht-stad'),
    ('ksu', 'Katholieke Scholenstichting Utrecht (KSU)', 'utrecht-stad'),
    ('pcou-willibrord', 'PCOU Willibrord', 'utrecht-stad'),
    ('nuovo', 'NUOVO Scholengroep', 'utrecht-stad'),
    ('mbo-utrecht', 'MBO Utrecht', 'utrecht-stad'),
    ('vo-eemland', 'Stichting VO Eemland', 'midden-nederland'),
    ('roc-midden-nederland', 'ROC Midden Nederland', 'midden-nederland'),
    ('vo-rivierenland', 'Scholengroep Rivierenland', 'midden-nederland');

insert into school (code, name, bestuur_code, region_code, sector, wijk, guidance_capacity) values
    ('spo-zonnewijzer', 'OBS De Zonnewijzer', 'spo-utrecht', 'utrecht-stad', 'PO', 'Overvecht', 3),
    ('spo-kompas', 'OBS Het Kompas', 'spo-utrecht', 'utrecht-stad', 'PO', 'Kanaleneiland', 2),
    ('spo-vlinderboom', 'OBS De Vlinderboom', 'spo-utrecht', 'utrecht-stad', 'PO', 'Zuidwest', 2),
    ('ksu-regenboog', 'KBS De Regenboog', 'ksu', 'utrecht-stad', 'PO', 'Leidsche Rijn', 3),
    ('ksu-sint-maarten', 'KBS Sint Maarten', 'ksu', 'utrecht-stad', 'PO', 'West', 2),
    ('pcou-morgenster', 'CBS De Morgenster', 'pcou-willibrord', 'utrecht-stad', 'PO', 'Noordwest', 2),
    ('nuovo-domstad', 'Domstad College', 'nuovo', 'utrecht-stad', 'VO', 'Noordwest', 4),
    ('mbo-utrecht-zorg', 'MBO Utrecht Zorg & Welzijn', 'mbo-utrecht', 'utrecht-stad', 'MBO', 'Overvecht', 3),
    ('eemland-college', 'Eemland College', 'vo-eemland', 'midden-nederland', 'VO', 'Amersfoort', 4),
    ('eemland-lyceum', 'Lyceum De Eem', 'vo-eemland', 'midden-nederland', 'VO', 'Amersfoort', 2),
    ('roc-mn-techniek', 'ROC Midden Nederland Techniek', 'roc-midden-nederland', 'midden-nederland', 'MBO',
     'Nieuwegein', 3),
    ('rivierenland-college', 'Lingecollege Rivierenland', 'vo-rivierenland', 'midden-nederland', 'VO',
     'Tiel', 2);

insert into lerarenopleiding (code, name) values
    ('hu', 'Hogeschool Utrecht'),
    ('marnix', 'Marnix Academie'),
    ('uu-gst', 'Universiteit Utrecht, Graduate School of Teaching'),
    ('hku', 'Hogeschool voor de Kunsten Utrecht');
