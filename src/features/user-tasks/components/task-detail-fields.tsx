import { Tag } from '@carbon/react';
import type { UserTask } from '../api/user-tasks-api.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { isOverdue } from '../lib/task-status.ts';
import { useTaskDates } from '../lib/use-task-dates.ts';
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

function Text({ value, empty }: { value: string | number | null; empty?: string }) {
  const t = useT();
  const missing = empty ?? t('tasks.detail.noValue');
  if (value === null || value === '') return <span className="task-muted">{missing}</span>;
  return typeof value === 'string' ? <ClusterText text={value} /> : <>{t('tasks.detail.number', { value })}</>;
}

export function TaskDetailFields({ task }: { task: UserTask }) {
  const t = useT();
  const dates = useTaskDates();
  const none = t('tasks.detail.none');
  return (
    <>
      <section className="task-section" aria-labelledby="task-fields-title">
        <h2 id="task-fields-title" className="task-section__title">
          {t('tasks.detail.taskSection')}
        </h2>
        <dl className="task-fields">
          <dt>{t('tasks.field.state')}</dt>
          <dd data-testid="task-state">{task.state}</dd>
          <dt>{t('tasks.field.assignee')}</dt>
          <dd data-testid="task-assignee">
            <Text value={task.assignee} empty={t('tasks.row.unassigned')} />
          </dd>
          <dt>{t('tasks.detail.candidateGroups')}</dt>
          <dd>
            <Chips values={task.candidateGroups} empty={none} />
          </dd>
          <dt>{t('tasks.detail.candidateUsers')}</dt>
          <dd>
            <Chips values={task.candidateUsers} empty={none} />
          </dd>
          <dt>{t('tasks.field.priority')}</dt>
          <dd>
            <Text value={task.priority} />
          </dd>
          <dt>{t('tasks.field.dueDate')}</dt>
          <dd>
            <DateValue iso={task.dueDate} />
            {isOverdue(task) ? (
              <span className="task-overdue task-overdue--after">{t('tasks.detail.overdue')}</span>
            ) : null}
          </dd>
          <dt>{t('tasks.field.followUpDate')}</dt>
          <dd>
            <DateValue iso={task.followUpDate} />
          </dd>
          <dt>{t('tasks.field.creationDate')}</dt>
          <dd>
            <DateValue iso={task.creationDate} empty={t('tasks.detail.unknown')} />
          </dd>
          <dt>{t('tasks.field.completionDate')}</dt>
          <dd>
            <DateValue iso={task.completionDate} empty={t('tasks.detail.notCompleted')} />
          </dd>
          <dt>{t('tasks.detail.tags')}</dt>
          <dd>
            <Chips values={task.tags} empty={none} />
          </dd>
          <dt>{t('tasks.field.tenant')}</dt>
          <dd>
            <Text value={task.tenantId} />
          </dd>
          {task.businessId !== null ? (
            <>
              <dt>{t('tasks.detail.businessId')}</dt>
              <dd>
                <ClusterText text={task.businessId} />
              </dd>
            </>
          ) : null}
          <dt>{t('tasks.detail.taskKey')}</dt>
          <dd>{task.userTaskKey}</dd>
        </dl>
        <p className="task-muted">{t('tasks.detail.timeZone', { zone: dates.timeZone })}</p>
      </section>
      <section className="task-section" aria-labelledby="task-process-title">
        <h2 id="task-process-title" className="task-section__title">
          {t('tasks.detail.processSection')}
        </h2>
        <dl className="task-fields">
          <dt>{t('tasks.detail.process')}</dt>
          <dd>
            {t.rich('tasks.detail.processValue', {
              name: <Text value={task.processName} empty={t('tasks.detail.unnamedProcess')} />,
              id: <Text value={task.processDefinitionId} empty={t('tasks.detail.unknownId')} />,
              version: task.processDefinitionVersion ?? 'none',
            })}
          </dd>
          <dt>{t('tasks.detail.processDefinitionKey')}</dt>
          <dd>
            <Text value={task.processDefinitionKey} />
          </dd>
          <dt>{t('tasks.detail.processInstanceKey')}</dt>
          <dd>
            <Text value={task.processInstanceKey} />
          </dd>
          {task.rootProcessInstanceKey !== null && task.rootProcessInstanceKey !== task.processInstanceKey ? (
            <>
              <dt>{t('tasks.detail.rootProcessInstance')}</dt>
              <dd>{task.rootProcessInstanceKey}</dd>
            </>
          ) : null}
          <dt>{t('tasks.detail.element')}</dt>
          <dd>
            {t.rich('tasks.detail.elementValue', {
              element: <Text value={task.elementId} />,
              instance: task.elementInstanceKey ?? t('tasks.detail.unknownId'),
              muted: (chunks) => <span className="task-muted">{chunks}</span>,
            })}
          </dd>
          <dt>{t('tasks.detail.form')}</dt>
          <dd>
            {task.formKey ? (
              t.rich('tasks.detail.linkedForm', { key: <ClusterText text={task.formKey} /> })
            ) : task.externalFormReference ? (
              t.rich('tasks.detail.externalForm', { reference: <ClusterText text={task.externalFormReference} /> })
            ) : (
              <span className="task-muted">{none}</span>
            )}
          </dd>
        </dl>
        <h3 className="task-section__title">{t('tasks.detail.customHeaders')}</h3>
        {task.customHeaders.length === 0 ? (
          <p className="task-muted">{none}</p>
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
