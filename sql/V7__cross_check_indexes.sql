-- The BRIN index by which every later quarter's load-time cross-check (period-checks.md §1) reads
-- the rows of 50 files and of their branches' earlier snapshots. COPY puts rows wherever the free
-- space map has room, so one range of 128 pages holds submissions loaded far apart (ids 93 to 1,409
-- in one range of a single night's load, and the next quarter's rows in the same range): with one
-- min/max per range, most lookups matched most ranges (the earlier snapshots of a chunk of 50
-- files: 6,912 pages read for 14,545 rows). The multi-minmax operator class keeps up to 32 values or
-- intervals per range, so a range answers only for what it holds (896 pages for the same rows;
-- docs/performance.md, eighth round). Needs PostgreSQL 14 or later. jOOQ's parser, which generates
-- the classes from these files, knows no operator classes: for it the index of V1 stays as it was.
/* [jooq ignore start] */
drop index if exists warehouse.person_snapshot_by_submission;
create index person_snapshot_by_submission on warehouse.person_snapshot
  using brin (submission_id int8_minmax_multi_ops);
/* [jooq ignore stop] */

-- A person who vanished from a branch may have moved to another branch of the tree, which then
-- lists them with a 转入日期 (period-checks.md §1). Looking for them read every row of the period
-- loaded so far, for each chunk of 50 files in which anyone vanished: a second of a million-row
-- period, growing through the night. Only the rows with a 转入日期 are indexed here (2 % of the
-- bench's rows, so little for COPY to maintain), by person: the few vanished people are looked up.
create index person_snapshot_transferred_in on warehouse.person_snapshot (person_key)
  where transferred_in_on is not null;
