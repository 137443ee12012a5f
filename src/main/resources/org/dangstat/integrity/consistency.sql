-- Cross-period consistency (period-checks.md §1), one statement for all checked snapshots.
-- first part: the pairs (branch_code, period, cur_id, cur_end, prev_id, prev_period, prev_end), each
--   checked snapshot with its branchs latest snapshot in effect of an earlier period (P-prime)
-- then which rows to read for the checked snapshots and for their P-prime snapshots, as conditions on
--   ps.submission_id (runs of consecutive ids: one scan of the BRIN index each, where = any(array)
--   scanned the index once for every id), and a query of (submission_id, period) of every snapshot of
--   the checked periods, for transfers inside the tree.
-- The two sets of rows meet in one hash full join on (branch, period, person key); only the rows that
-- differ go on to the per-finding expansion.
with pair as ({0}),
cur as (
  select pr.branch_code, pr.period, pr.prev_period, pr.prev_end, pr.cur_end, ps.row_no, ps.person_key, ps.name,
         ps.id_masked, ps.sex, ps.stage, ps.applied_on, ps.activist_on, ps.candidate_on, ps.probation_on,
         ps.full_on, ps.transferred_in_on, ps.left_on, ps.left_reason
  from pair pr join warehouse.person_snapshot ps on ps.submission_id = pr.cur_id
  where {1}
),
prev as (
  select pr.branch_code, pr.period, pr.prev_period, pr.prev_end, pr.cur_end, ps.person_key, ps.name,
         ps.id_masked, ps.sex, ps.stage, ps.applied_on, ps.activist_on, ps.candidate_on, ps.probation_on,
         ps.full_on, ps.transferred_in_on, ps.left_on, ps.left_reason, ps.month_only
  from pair pr join warehouse.person_snapshot ps on ps.submission_id = pr.prev_id
  where {2}
),
j as (
  select coalesce(c.branch_code, p.branch_code) as branch_code, coalesce(c.period, p.period) as period,
         coalesce(c.prev_period, p.prev_period) as prev_period, coalesce(c.person_key, p.person_key) as person_key,
         coalesce(c.name, p.name) as name, coalesce(c.id_masked, p.id_masked) as id_masked,
         coalesce(c.stage, p.stage) as stage, p.stage as prev_stage,
         c.row_no, c.person_key is null as vanished,
         p.person_key is null as appeared,
         coalesce(p.left_on <= p.prev_end and (c.left_on is null or c.left_on > c.cur_end)
           and not coalesce(c.transferred_in_on > p.left_on, false), false) as reappeared,
         -- came back: a 转入日期 after the leaving date of P-prime explains a new 转入日期 and a cleared 离开日期
         coalesce(c.transferred_in_on > p.left_on, false) as returned,
         p.month_only as prev_month_only,
         p.applied_on as p_applied, c.applied_on as c_applied, p.activist_on as p_activist, c.activist_on as c_activist,
         p.candidate_on as p_candidate, c.candidate_on as c_candidate, p.probation_on as p_probation,
         c.probation_on as c_probation, p.full_on as p_full, c.full_on as c_full,
         p.transferred_in_on as p_in, c.transferred_in_on as c_in, p.left_on as p_left, c.left_on as c_left,
         p.left_reason as p_reason, p.sex as p_sex, c.sex as c_sex, p.name as p_name, c.name as c_name,
         coalesce(array_position(array['applicant','activist','candidate','probationary','full']::varchar[], c.stage)
           < array_position(array['applicant','activist','candidate','probationary','full']::varchar[], p.stage)
           and c.left_on is null, false) as regressed
  from prev p
  full join cur c on c.branch_code = p.branch_code and c.period = p.period and c.person_key = p.person_key
  where (c.person_key is null and (p.left_on is null or p.left_on > p.prev_end))
     or (p.person_key is null and c.stage in ('probationary', 'full')
         and not coalesce(c.probation_on > c.prev_end, false)
         and not coalesce(c.transferred_in_on > c.prev_end, false))
     or (c.person_key is not null and p.person_key is not null and (
            c.stage is distinct from p.stage
         or (p.applied_on is not null and c.applied_on is distinct from p.applied_on)
         or (p.activist_on is not null and c.activist_on is distinct from p.activist_on)
         or (p.candidate_on is not null and c.candidate_on is distinct from p.candidate_on)
         or (p.probation_on is not null and c.probation_on is distinct from p.probation_on)
         or (p.full_on is not null and c.full_on is distinct from p.full_on)
         or (p.transferred_in_on is not null and c.transferred_in_on is distinct from p.transferred_in_on)
         or (p.left_on is not null and c.left_on is distinct from p.left_on)
         or c.sex <> p.sex or c.name <> p.name))
),
-- a vanished person whom a branch of the tree lists in P with a 转入日期 moved inside the tree;
-- read only if someone vanished (the hashed subplan below is built on first use), and then only the
-- vanished people's rows with a 转入日期, through the partial index person_snapshot_transferred_in
-- (V7): reading the period's rows instead cost a second a chunk at a million, more as the night went on
tsub as ({3}),
tin as (
  select t.period, ps.person_key
  from tsub t join warehouse.person_snapshot ps on ps.submission_id = t.submission_id
  where ps.transferred_in_on is not null
    and ps.person_key in (select v.person_key from j v where v.vanished)
)
select j.branch_code, j.period, j.prev_period, f.code, j.name, j.id_masked, j.stage, j.prev_stage,
       f.field, f.before, f.after, j.row_no
from j
cross join lateral (values
  (1, 'PERSON_VANISHED', null, null, null, j.vanished),
  (2, 'PERSON_APPEARED', null, null, null, j.appeared),
  (3, 'STAGE_REGRESSED', 'stage', j.prev_stage, j.stage, not j.vanished and not j.appeared and j.regressed),
  (4, 'FACT_CHANGED', 'applied_on', j.p_applied::text, j.c_applied::text,
      j.p_applied is not null and not j.vanished and not coalesce(j.prev_month_only and date_trunc('month', j.c_applied)::date = j.p_applied, false) and j.c_applied is distinct from j.p_applied),
  (5, 'FACT_CHANGED', 'activist_on', j.p_activist::text, j.c_activist::text,
      j.p_activist is not null and not j.vanished and not coalesce(j.prev_month_only and date_trunc('month', j.c_activist)::date = j.p_activist, false) and j.c_activist is distinct from j.p_activist),
  (6, 'FACT_CHANGED', 'candidate_on', j.p_candidate::text, j.c_candidate::text,
      j.p_candidate is not null and not j.vanished and not coalesce(j.prev_month_only and date_trunc('month', j.c_candidate)::date = j.p_candidate, false) and j.c_candidate is distinct from j.p_candidate),
  (7, 'FACT_CHANGED', 'probation_on', j.p_probation::text, j.c_probation::text,
      j.p_probation is not null and not j.vanished and not coalesce(j.prev_month_only and date_trunc('month', j.c_probation)::date = j.p_probation, false) and j.c_probation is distinct from j.p_probation),
  (8, 'FACT_CHANGED', 'full_on', j.p_full::text, j.c_full::text,
      j.p_full is not null and not j.vanished and not coalesce(j.prev_month_only and date_trunc('month', j.c_full)::date = j.p_full, false) and j.c_full is distinct from j.p_full),
  (9, 'FACT_CHANGED', 'transferred_in_on', j.p_in::text, j.c_in::text,
      j.p_in is not null and not j.vanished and not j.returned and j.c_in is distinct from j.p_in),
  (10, 'FACT_CHANGED', 'left_on', j.p_left::text, j.c_left::text,
      j.p_left is not null and not j.vanished and not j.returned and not j.reappeared and j.c_left is distinct from j.p_left),
  (11, 'FACT_CHANGED', 'sex', j.p_sex::text, j.c_sex::text, not j.vanished and not j.appeared and j.c_sex <> j.p_sex),
  (12, 'FACT_CHANGED', 'name', j.p_name::text, j.c_name::text, not j.vanished and not j.appeared and j.c_name <> j.p_name),
  (13, 'LEFT_REAPPEARED', 'left_on', j.p_left::text, j.p_reason::text, not j.vanished and not j.appeared and j.reappeared)
) as f(ord, code, field, before, after, applies)
where f.applies
  and not (f.code = 'PERSON_VANISHED' and (j.period, j.person_key) in (select period, person_key from tin))
order by j.branch_code, j.period, f.ord, j.id_masked, j.person_key
