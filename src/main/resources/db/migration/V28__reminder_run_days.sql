-- The day a leased job last started and last completed its run (notification/JobLease): a reminder run that died
-- midway (a crash, a database outage) is resumed the same day by a frequent check, not only at the next day's run.
alter table mail_job_lease add column started_on date;
alter table mail_job_lease add column completed_on date;
