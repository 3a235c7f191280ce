-- Deadline reminders waiting for their mail (notification/ReminderQueue). The reminder job claims overdue tasks
-- in chunks, each chunk in its own transaction, and writes a row per staff member and task; then it mails each
-- member once, listing their rows, and deletes the rows in that mail's transaction. A crash between the two
-- loses nothing: the rows wait for the next run. mail_id marks the rows one mail has taken, so a second
-- instance mailing the same member at the same moment finds none left. Portable SQL: PostgreSQL and H2
-- (docs/adr/0003).
create table mail_reminder_item (
    user_id     varchar(100) not null,
    task_id     varchar(64)  not null,
    reminded_on date         not null,
    task_name   varchar(255),
    region_code varchar(40),
    due_at      timestamp with time zone not null,
    mail_id     uuid,
    primary key (user_id, task_id, reminded_on)
);

-- One reminder run at a time, whichever instance's schedule fires: a second instance that finds the lease taken
-- skips the run, so each staff member gets one reminder mail a day rather than one per instance. A run that dies
-- leaves its lease, which ends by itself (leased_until).
create table mail_job_lease (
    name         varchar(40) primary key,
    leased_until timestamp with time zone
);
insert into mail_job_lease (name) values ('herinneringen');
