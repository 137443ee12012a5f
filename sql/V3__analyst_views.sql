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

-- People in the snapshots in effect, with the masked ID only.
create view warehouse.v_current_person as
select c.branch_code, c.period, c.period_end, ps.*
from warehouse.v_current_submission c
join warehouse.person_snapshot ps on ps.submission_id = c.submission_id;

-- One person active (not left) in two branches at the same period end.
create view warehouse.v_cross_branch_conflict as
select a.period, a.person_key, a.id_masked, a.name,
       a.branch_code as branch_a, b.branch_code as branch_b,
       a.submission_id as submission_a, b.submission_id as submission_b
from warehouse.v_current_person a
join warehouse.v_current_person b
  on b.period = a.period and b.person_key = a.person_key and a.branch_code < b.branch_code
where (a.left_on is null or a.left_on > a.period_end)
  and (b.left_on is null or b.left_on > b.period_end);

-- Every problem found in a file, with the file it was found in.
create view warehouse.v_file_issue as
select s.file_name, s.branch_code, s.period, s.status as file_status, s.received_at,
       i.severity, i.row_no, i.column_name, i.cell_value, i.code, i.message
from warehouse.file_issue i
join warehouse.submission s on s.id = i.submission_id;
