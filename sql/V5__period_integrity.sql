-- Period integrity (period-checks.md): the locking of a published period, kept as a log of events.
-- A period is locked while its latest event is a lock; the time of that lock is the moment its
-- analysis is computed "as of" (byte for byte the figures published), whatever arrived since.

create table warehouse.period_lock_event (
  id        bigserial    primary key,
  period    varchar(6)   not null,             -- YYYYQn
  action    varchar(8)   not null,             -- lock | unlock
  at        timestamptz  not null,
  os_user   varchar(100) not null,
  reason    text,
  constraint period_lock_event_action check (action in ('lock', 'unlock')),
  constraint period_lock_event_unlock_reason check (action = 'lock' or reason is not null)
);
create index period_lock_event_by_period on warehouse.period_lock_event (period, at);

-- Cross-period checks and "as of" analyses find a branch's snapshots by branch and period; the
-- unique partial index of V1 covers only the accepted ones, superseded versions are kept too.
create index submission_by_branch_period on warehouse.submission (branch_code, period)
  where kind = 'branch';

-- A file rejected because its period was locked is released when the period is unlocked: the same
-- bytes are then read again by the next consolidation (a file is otherwise seen once by name and
-- hash). The rejected registration stays, as every version does.
alter table warehouse.submission add column released_at timestamptz;
alter table warehouse.submission drop constraint submission_seen_once;
create unique index submission_seen_once on warehouse.submission (file_name, content_hash)
  where released_at is null;
