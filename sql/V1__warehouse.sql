-- dangstat warehouse. Flyway applies this file; jOOQ generates its classes from it at build time.
-- Everything an analyst queries lives in schema "warehouse"; Spring Batch's own tables live in "batch".

create schema warehouse;

-- The organisation tree, with history: one row per code, one version per change (rename, move, close).
create table warehouse.org_unit (
  code          varchar(64)  primary key,
  first_seen_at timestamptz  not null,
  closed_at     timestamptz
);

create table warehouse.org_unit_version (
  id            bigserial    primary key,
  code          varchar(64)  not null references warehouse.org_unit (code),
  name          varchar(200) not null,
  parent_code   varchar(64),
  org_level       varchar(16)  not null,  -- committee | general_branch | branch
  level_label   varchar(16)  not null,  -- 党委 / 党工委 / 党总支 / 党支部 as written
  category      varchar(16),            -- 农村, 社区, ... (党支部 only)
  two_new       boolean      not null default false,
  valid_from    timestamptz  not null,
  valid_to      timestamptz,
  submission_id bigint,
  constraint org_unit_version_level check (org_level in ('committee', 'general_branch', 'branch'))
);
create unique index org_unit_version_current on warehouse.org_unit_version (code) where valid_to is null;

-- Every file the job has read, with its fate. A branch's snapshot for a period is the one accepted row.
create table warehouse.submission (
  id                bigserial    primary key,
  job_instance_id   bigint,
  kind              varchar(16)  not null,  -- orgunits | branch | unknown
  file_name         varchar(500) not null,
  inbox_path        varchar(2000) not null,
  branch_code       varchar(64),
  period            varchar(6),             -- YYYYQn
  period_end        date,
  content_hash      char(64)     not null,  -- SHA-256 of the file's bytes
  size_bytes        bigint       not null,
  file_modified_at  timestamptz,
  received_at       timestamptz  not null,
  accepted_at       timestamptz,
  status            varchar(16)  not null,  -- accepted | rejected | superseded
  superseded_by     bigint references warehouse.submission (id),
  encoding          varchar(16),
  rows_total        integer      not null default 0,
  rows_loaded       integer      not null default 0,
  rows_skipped      integer      not null default 0,
  errors            integer      not null default 0,
  warnings          integer      not null default 0,
  archive_path      varchar(2000),
  error_report_path varchar(2000),
  constraint submission_kind check (kind in ('orgunits', 'branch', 'unknown')),
  constraint submission_status check (status in ('accepted', 'rejected', 'superseded')),
  constraint submission_seen_once unique (file_name, content_hash)
);
create unique index submission_one_current_branch on warehouse.submission (branch_code, period)
  where status = 'accepted' and kind = 'branch';
create index submission_by_instance on warehouse.submission (job_instance_id);

-- A person across files and periods is identified by person_key in person_snapshot: a keyed HMAC
-- of the 18-digit 身份证号, never the number itself. The view warehouse.person (V3) lists them.

-- One row per person per submitted snapshot, normalised to codes (see src/main/resources/reference).
-- No foreign keys here on purpose: this is the bulk table loaded by COPY.
create table warehouse.person_snapshot (
  submission_id     bigint       not null,
  row_no            integer      not null,  -- as the clerk sees it: header = row 1
  person_key        char(32)     not null,
  id_masked         varchar(18)  not null,
  name              varchar(50)  not null,
  sex               char(1)      not null,  -- M | F
  birth_date        date         not null,
  ethnicity         char(2)      not null,  -- GB/T 3304 code, 01 = 汉族
  education         varchar(32)  not null,
  occupation        varchar(32)  not null,
  frontline         boolean      not null,
  applied_on        date,
  activist_on       date,
  candidate_on      date,
  youth_recommended boolean,
  sponsors          integer      not null default 0,
  introducers       integer      not null default 0,
  sponsor_names     text,
  introducer_names  text,
  probation_on      date,
  full_on           date,
  transferred_in_on date,
  left_on           date,
  left_reason       varchar(32),
  remark            text,
  stage             varchar(32)  not null,  -- applicant | activist | candidate | probationary | full
  month_only        boolean      not null default false
);
-- (submission_id, row_no) is unique by construction (the reader numbers a file's rows). COPY
-- appends a file's rows together, so a BRIN index finds a snapshot's rows for almost nothing,
-- where a b-tree primary key cost a quarter of the load. No index on person_key: maintaining one
-- on a random 128-bit key cost more than the COPY itself; the conflict view groups instead.
create index person_snapshot_by_submission on warehouse.person_snapshot
  using brin (submission_id);

-- Every error and warning found in a file, with the row and column as the clerk sees them.
create table warehouse.file_issue (
  id            bigserial    primary key,
  submission_id bigint       not null references warehouse.submission (id),
  severity      varchar(8)   not null,  -- error | warning
  row_no        integer,
  column_name   varchar(64),
  cell_value    text,
  code          varchar(40)  not null,
  message       varchar(1000) not null,
  constraint file_issue_severity check (severity in ('error', 'warning'))
);
create index file_issue_by_submission on warehouse.file_issue (submission_id);

-- Code tables, loaded from the versioned reference files so that psql users can read codes.
create table warehouse.code_label (
  kind  varchar(24) not null,
  code  varchar(24) not null,
  label varchar(50) not null,
  constraint code_label_pk primary key (kind, code)
);
