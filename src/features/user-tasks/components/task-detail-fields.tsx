import { Tag } from '@carbon/react';
import type { UserTask } from '../api/user-tasks-api.ts';
import { userTimeZone } from '../lib/format-date.ts';
import { isOverdue } from '../lib/task-status.ts';
import { DateValue } from './date-value.tsx';
import { ClusterText } from '../../../components/cluster-text/cluster-text.tsx';

function Chips({ values, empty }: { values: string[]; empty: string }) {
  if (values.length === 0) return <span className="task-muted">{empty}</span>;
  return (
    <span className="task-chips">
      {values.map((v) => (
        <Tag key={v} size="sm" type="outline">
          <ClusterText text={v} />
        </Tag>
      ))}
    </span>
  );
}

function Text({ value, empty = '—' }: { value: string | number | null; empty?: string }) {
  if (value === null || value === '') return <span className="task-muted">{empty}</span>;
  return typeof value === 'string' ? <ClusterText text={value} /> : <>{value}</>;
}

export function TaskDetailFields({ task }: { task: UserTask }) {
  return (
    <>
      <section className="task-section" aria-labelledby="task-fields-title">
        <h2 id="task-fields-title" className="task-section__title">
          Task
        </h2>
        <dl className="task-fields">
          <dt>State</dt>
          <dd data-testid="task-state">{task.state}</dd>
          <dt>Assignee</dt>
          <dd data-testid="task-assignee">
            <Text value={task.assignee} empty="Unassigned" />
          </dd>
          <dt>Candidate groups</dt>
          <dd>
            <Chips values={task.candidateGroups} empty="none" />
          </dd>
          <dt>Candidate users</dt>
          <dd>
            <Chips values={task.candidateUsers} empty="none" />
          </dd>
          <dt>Priority</dt>
          <dd>
            <Text value={task.priority} />
          </dd>
          <dt>Due</dt>
          <dd>
            <DateValue iso={task.dueDate} />
            {isOverdue(task) ? <span className="task-overdue"> · ⚠ overdue</span> : null}
          </dd>
          <dt>Follow-up</dt>
          <dd>
            <DateValue iso={task.followUpDate} />
          </dd>
          <dt>Created</dt>
          <dd>
            <DateValue iso={task.creationDate} empty="unknown" />
          </dd>
          <dt>Completed</dt>
          <dd>
            <DateValue iso={task.completionDate} empty="not completed" />
          </dd>
          <dt>Tags</dt>
          <dd>
            <Chips values={task.tags} empty="none" />
          </dd>
          <dt>Tenant</dt>
          <dd>
            <Text value={task.tenantId} />
          </dd>
          {task.businessId !== null ? (
            <>
              <dt>Business id</dt>
              <dd>
                <ClusterText text={task.businessId} />
              </dd>
            </>
          ) : null}
          <dt>Task key</dt>
          <dd>{task.userTaskKey}</dd>
        </dl>
        <p className="task-muted">Times are shown in your time zone, {userTimeZone()}.</p>
      </section>
      <section className="task-section" aria-labelledby="task-process-title">
        <h2 id="task-process-title" className="task-section__title">
          Process and element
        </h2>
        <dl className="task-fields">
          <dt>Process</dt>
          <dd>
            <Text value={task.processName} empty="(unnamed)" /> · <Text value={task.processDefinitionId} empty="?" />
            {task.processDefinitionVersion !== null ? ` v${task.processDefinitionVersion}` : ''}
          </dd>
          <dt>Process definition key</dt>
          <dd>
            <Text value={task.processDefinitionKey} />
          </dd>
          <dt>Process instance key</dt>
          <dd>
            <Text value={task.processInstanceKey} />
          </dd>
          {task.rootProcessInstanceKey !== null && task.rootProcessInstanceKey !== task.processInstanceKey ? (
            <>
              <dt>Root process instance</dt>
              <dd>{task.rootProcessInstanceKey}</dd>
            </>
          ) : null}
          <dt>Element</dt>
          <dd>
            <Text value={task.elementId} />{' '}
            <span className="task-muted">(instance {task.elementInstanceKey ?? '?'})</span>
          </dd>
          <dt>Form</dt>
          <dd>
            {task.formKey ? (
              `linked form ${task.formKey}`
            ) : task.externalFormReference ? (
              `external: ${task.externalFormReference}`
            ) : (
              <span className="task-muted">none</span>
            )}
          </dd>
        </dl>
        <h3 className="task-section__title">Custom headers</h3>
        {task.customHeaders.length === 0 ? (
          <p className="task-muted">none</p>
        ) : (
          <dl className="task-fields">
            {task.customHeaders.map((h) => (
              <div key={h.name} style={{ display: 'contents' }}>
                <dt>
                  <ClusterText text={h.name} />
                </dt>
                <dd>
                  <ClusterText text={h.value} />
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </>
  );
}
