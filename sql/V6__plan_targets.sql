-- Issue 17: what the seed plans' targets need from the registers (submission-format.md).
-- 职工人数 / 学生人数 of an org unit (member_share_of_staff, member_share_of_students); blank = not given.
alter table warehouse.org_unit_version add column staff_count integer;
alter table warehouse.org_unit_version add column student_count integer;

-- 服务积分 (服务积分制, rule SERVICE_POINTS) and 培训学时 of the 发展对象's 集中培训 (rule TRAINING_HOURS);
-- optional columns of a branch file, null where the clerk left them blank.
alter table warehouse.person_snapshot add column service_points double precision;
alter table warehouse.person_snapshot add column training_hours double precision;

-- The analysts' views show the new columns (appended, so the views keep their earlier columns).
create or replace view warehouse.v_org_unit as
select v.code, v.name, v.parent_code, v.org_level, v.level_label, v.category, v.two_new, v.valid_from,
       v.staff_count, v.student_count
from warehouse.org_unit_version v
where v.valid_to is null;

create or replace view warehouse.v_current_person as
select c.branch_code, c.period, c.period_end, ps.*
from warehouse.v_current_submission c
join warehouse.person_snapshot ps on ps.submission_id = c.submission_id;
