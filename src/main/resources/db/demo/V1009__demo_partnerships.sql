-- Demo Samen Opleiden partnerships: Utrecht has three (PO, VO, MBO), Midden Nederland two. Demo profile only.
insert into partnership (code, name, region_code, sector) values
    ('utrecht-po', 'Samen Opleiden Utrecht PO', 'utrecht-stad', 'PO'),
    ('utrecht-vo', 'Opleidingsschool Utrecht VO', 'utrecht-stad', 'VO'),
    ('utrecht-mbo', 'Samen Opleiden MBO Utrecht', 'utrecht-stad', 'MBO'),
    ('mnl-vo', 'Opleidingsschool Eemland-Rivierenland', 'midden-nederland', 'VO'),
    ('mnl-mbo', 'Samen Opleiden MBO Midden Nederland', 'midden-nederland', 'MBO');

insert into partnership_school (partnership_code, school_code) values
    ('utrecht-po', 'spo-zonnewijzer'), ('utrecht-po', 'spo-kompas'), ('utrecht-po', 'spo-vlinderboom'),
    ('utrecht-po', 'ksu-regenboog'), ('utrecht-po', 'ksu-sint-maarten'), ('utrecht-po', 'pcou-morgenster'),
    ('utrecht-vo', 'nuovo-domstad'),
    ('utrecht-mbo', 'mbo-utrecht-zorg'),
    ('mnl-vo', 'eemland-college'), ('mnl-vo', 'eemland-lyceum'), ('mnl-vo', 'rivierenland-college'),
    ('mnl-mbo', 'roc-mn-techniek');

insert into partnership_opleiding (partnership_code, opleiding_code) values
    ('utrecht-po', 'hu'), ('utrecht-po', 'marnix'),
    ('utrecht-vo', 'hu'), ('utrecht-vo', 'uu-gst'),
    ('utrecht-mbo', 'hu'),
    ('mnl-vo', 'hu'), ('mnl-vo', 'uu-gst'),
    ('mnl-mbo', 'hu');
