-- Guidance places for the demo cohorts (DemoCohorts). Only these three schools have a demo schoolopleider,
-- so in the demo they take the zij-instromers of their whole bestuur: about two cohorts, each coached for
-- two years and more. The last candidates of the current intake year find them full and wait ("geen plek").
update school set guidance_capacity = 40 where code = 'spo-zonnewijzer';
update school set guidance_capacity = 40 where code = 'ksu-regenboog';
update school set guidance_capacity = 52 where code = 'eemland-college';
