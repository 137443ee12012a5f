-- What the analysis counts of a snapshot row, stored with it. A row is only ever counted in its own
-- period (the snapshot's period end D, its year start Y0), so its facts are fixed once it is
-- loaded: the load computes them (org.dangstat.core.RowFacts) and the analysis's one pass only
-- counts. Derived in the pass they were a third of its time, and they needed a fence (OFFSET 0)
-- that kept PostgreSQL from counting in its parallel workers: its leader counted a million people
-- alone on one core (docs/performance.md, sixteenth round). Definitions: indicators.md and
-- annual-report.md, as org.dangstat.analysis.PeriodFacts names them; the frontline and 推优 facts
-- are the row's own columns. NULL where SQL's three-valued logic gives NULL, as the pass had it.
alter table warehouse.person_snapshot
  add column member_at_d        boolean,  -- 预备党员 or 正式党员 at D
  add column not_full_at_d      boolean,  -- no 转正 by D (of a member: probationary)
  add column female             boolean,
  add column minority           boolean,  -- 民族 other than 汉族
  add column age_band_at_d      integer,  -- 0 (<= 30) .. 9 (>= 71), the columns of 表2
  add column new_in_year        boolean,  -- 入党日期 in [Y0, D]
  add column age_band_admitted  integer,  -- of a new member, the age on 入党日期, 0 (<= 25) .. 5 (>= 60), 表3
  add column education_no       integer,  -- 0 研究生 .. 5 初中及以下, the form's order
  add column probation_outcome  integer,  -- 表4: year of probation ended in Y: 0 on time .. 4 left
  add column stage_at_d         integer,  -- 表5: 0 发展对象, 1 积极分子, 2 申请人, of someone still there
  add column under35_at_d       boolean,
  add column new_in_stage       boolean,  -- became in Y the pipeline stage they are at
  add column left_member        boolean,  -- a member who left in [Y0, D]
  add column transferred_in_year boolean, -- came in by transfer in [Y0, D], a member admitted before Y0
  add column youth_activist     boolean;  -- became an activist in [Y0, D] aged at most 28 that day

-- The rows loaded before this migration: the same definitions in SQL, each row on its own
-- submission's D. (jOOQ's parser, which generates the classes, needs only the columns above.)
/* [jooq ignore start] */
update warehouse.person_snapshot ps set (member_at_d, not_full_at_d, female, minority, age_band_at_d,
    new_in_year, age_band_admitted, education_no, probation_outcome, stage_at_d, under35_at_d, new_in_stage,
    left_member, transferred_in_year, youth_activist) = (select
    (ps.probation_on is not null and ps.probation_on <= t.d and (ps.left_on is null or ps.left_on > t.d)) as m,
    (ps.full_on is null or ps.full_on > t.d) as nf,
    (ps.sex = 'F') as fe,
    (ps.ethnicity <> '01') as mi,
    case when ps.birth_date > (t.d - interval '31 years')::date then 0
         when ps.birth_date > (t.d - interval '36 years')::date then 1
         when ps.birth_date > (t.d - interval '41 years')::date then 2
         when ps.birth_date > (t.d - interval '46 years')::date then 3
         when ps.birth_date > (t.d - interval '51 years')::date then 4
         when ps.birth_date > (t.d - interval '56 years')::date then 5
         when ps.birth_date > (t.d - interval '61 years')::date then 6
         when ps.birth_date > (t.d - interval '66 years')::date then 7
         when ps.birth_date > (t.d - interval '71 years')::date then 8
         else 9 end as a,
    (ps.probation_on between t.y0 and t.d) as n,
    case when ps.probation_on between t.y0 and t.d then
      case when ps.birth_date > ps.probation_on - make_interval(years => 26) then 0
           when ps.birth_date > ps.probation_on - make_interval(years => 31) then 1
           when ps.birth_date > ps.probation_on - make_interval(years => 36) then 2
           when ps.birth_date > ps.probation_on - make_interval(years => 41) then 3
           when ps.birth_date > ps.probation_on - make_interval(years => 60) then 4
           else 5 end end as ab,
    case when ps.education = 'postgrad' then 0 when ps.education = 'bachelor' then 1
         when ps.education = 'associate' then 2 when ps.education = 'secondary_vocational' then 3
         when ps.education = 'high_school' then 4 when ps.education = 'junior_or_below' then 5 end as e,
    case when ps.probation_on between (t.y0 - interval '1 year')::date and (t.d - interval '1 year')::date then
      case when ps.full_on is not null and ps.full_on <= ps.probation_on + make_interval(years => 1, months => 3) then 0
           when ps.full_on is not null then 1
           when ps.left_on <= t.d and ps.left_reason = 'disqualified' then 3
           when ps.left_on <= t.d then 4
           else 2 end end as s,
    case when ps.left_on is null or ps.left_on > t.d then
      case ps.stage when 'candidate' then 0 when 'activist' then 1 when 'applicant' then 2 end end as st,
    (ps.birth_date > (t.d - interval '36 years')::date) as u35,
    ((ps.stage = 'candidate' and ps.candidate_on between t.y0 and t.d)
      or (ps.stage = 'activist' and ps.activist_on between t.y0 and t.d)
      or (ps.stage = 'applicant' and ps.applied_on between t.y0 and t.d)) as ny,
    (ps.left_on between t.y0 and t.d and ps.probation_on is not null and ps.probation_on <= ps.left_on) as lm,
    (ps.transferred_in_on between t.y0 and t.d and ps.probation_on is not null
      and ps.probation_on <= ps.transferred_in_on and ps.probation_on < t.y0) as ti,
    (ps.activist_on between t.y0 and t.d and ps.birth_date > ps.activist_on - make_interval(years => 29)) as ya
  from (select s.period_end as d, make_date(extract(year from s.period_end)::int, 1, 1) as y0) t)
from warehouse.submission s
where s.id = ps.submission_id and s.period_end is not null;
/* [jooq ignore stop] */
