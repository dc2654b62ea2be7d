-- Benchmark volume (BENCHMARKS.md, "Tuning, 23 November"): clones the open tasks of the soknad cases the harness
-- started, 17 copies each, with their candidate-group identity links and TASK_WORK authorizations. Only for a
-- benchmark database of your own (never sosialsak, sosialsak_test). psql -d <bench db> -f klon-oppgaver.sql
begin;
insert into act_ru_task (id_,rev_,execution_id_,proc_inst_id_,proc_def_id_,case_execution_id_,case_inst_id_,case_def_id_,name_,parent_task_id_,description_,task_def_key_,owner_,assignee_,delegation_,priority_,create_time_,due_date_,follow_up_date_,suspension_state_,tenant_id_,last_updated_,task_state_)
select id_||'-c'||g,rev_,execution_id_,proc_inst_id_,proc_def_id_,case_execution_id_,case_inst_id_,case_def_id_,name_,parent_task_id_,description_,task_def_key_,owner_,assignee_,delegation_,priority_,create_time_,due_date_ + make_interval(days => (g * 7) % 365),follow_up_date_,suspension_state_,tenant_id_,last_updated_,task_state_
from act_ru_task t, generate_series(1,17) g where t.id_ not like '%-c%';
insert into act_ru_identitylink (id_,rev_,group_id_,type_,user_id_,task_id_,proc_def_id_,tenant_id_)
select id_||'-c'||g,rev_,group_id_,type_,user_id_,task_id_||'-c'||g,proc_def_id_,tenant_id_
from act_ru_identitylink i, generate_series(1,17) g where i.task_id_ is not null and i.task_id_ not like '%-c%';
insert into act_ru_authorization (id_,rev_,type_,group_id_,user_id_,resource_type_,resource_id_,perms_,removal_time_,root_proc_inst_id_)
select id_||'-c'||g,rev_,type_,group_id_,user_id_,resource_type_,resource_id_||'-c'||g,perms_,removal_time_,root_proc_inst_id_
from act_ru_authorization a, generate_series(1,17) g where a.resource_type_ = 7 and a.resource_id_ in (select id_ from act_ru_task where id_ not like '%-c%');
commit;
analyze act_ru_task; analyze act_ru_identitylink; analyze act_ru_authorization;
select count(*) tasks from act_ru_task; select count(*) links from act_ru_identitylink; select count(*) auths from act_ru_authorization;
