-- Views for analysts (psql). Documented in sql/README.md.

-- The organisation tree as it stands now.
create view warehouse.v_org_unit as
select v.code, v.name, v.parent_code, v.org_level, v.level_label, v.category, v.two_new, v.valid_from
from warehouse.org_unit_version v
where v.valid_to is null;

-- The snapshot in effect for each branch and period (the latest accepted file).
create view warehouse.v_current_submission as
select s.id as submission_id, s.branch_code, s.period, s.period_end, s.file_name, s.received_at,
       s.accepted_at, s.rows_loaded, s.warnings, s.content_hash
from warehouse.submission s
where s.kind = 'branch' and s.status = 'accepted';

-- One row per person ever accepted, first seen in the lowest submission. A view, not a table:
-- registering people in a table keyed by a random 128-bit hash cost more than loading them.
create view warehouse.person as
select ps.person_key, min(ps.id_masked) as id_masked, min(ps.sex) as sex,
       min(ps.birth_date) as birth_date, min(ps.submission_id) as first_seen_in
from warehouse.person_snapshot ps
group by ps.person_key;

-- People in the snapshots in effect, with the masked ID only.
create view warehouse.v_current_person as
select c.branch_code, c.period, c.period_end, ps.*
from warehouse.v_current_submission c
join warehouse.person_snapshot ps on ps.submission_id = c.submission_id;

-- People active (not left) at the end of the period, in the snapshots in effect.
create view warehouse.v_active_person as
select c.period, c.branch_code, c.submission_id, ps.person_key, ps.id_masked, ps.name, ps.stage
from warehouse.v_current_submission c
join warehouse.person_snapshot ps on ps.submission_id = c.submission_id
where ps.left_on is null or ps.left_on > c.period_end;

-- One person active in two branches at the same period end. Grouping first keeps this linear in
-- the number of snapshot rows; only the few doubled people are joined back.
create view warehouse.v_cross_branch_conflict as
select a.period, a.person_key, a.id_masked, a.name,
       a.branch_code as branch_a, b.branch_code as branch_b,
       a.submission_id as submission_a, b.submission_id as submission_b
from (select period, person_key from warehouse.v_active_person
      group by period, person_key having count(*) > 1) d
join warehouse.v_active_person a on a.period = d.period and a.person_key = d.person_key
join warehouse.v_active_person b on b.period = d.period and b.person_key = d.person_key
 and a.branch_code < b.branch_code;

-- Every problem found in a file, with the file it was found in.
create view warehouse.v_file_issue as
select s.file_name, s.branch_code, s.period, s.status as file_status, s.received_at,
       i.severity, i.row_no, i.column_name, i.cell_value, i.code, i.message
from warehouse.file_issue i
join warehouse.submission s on s.id = i.submission_id;
