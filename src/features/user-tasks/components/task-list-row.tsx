import { memo } from 'react';
import { Link } from 'react-router';
import type { UserTask } from '../api/user-tasks-api.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { isOverdue } from '../lib/task-status.ts';
import { useTaskDates } from '../lib/use-task-dates.ts';
import { ClusterText } from '../../../components/cluster-text/cluster-text.tsx';

interface TaskListRowProps {
  task: UserTask;
  clusterId: string;
  /** Filter query string, so the detail can link back to the same view. */
  backSearch: string;
  currentUsername: string | null;
}

/**
 * Memoized: the list re-renders on every scroll step and focus move, while a row only changes with
 * its task (the query keeps unchanged tasks as the same objects).
 */
export const TaskListRow = memo(function TaskListRow({
  task,
  clusterId,
  backSearch,
  currentUsername,
}: TaskListRowProps) {
  const t = useT();
  const dates = useTaskDates();
  const href = `/c/${encodeURIComponent(clusterId)}/tasks/${encodeURIComponent(task.userTaskKey)}`;
  const assignee =
    task.assignee === null ? (
      t('tasks.row.unassigned')
    ) : task.assignee === currentUsername ? (
      t.rich('tasks.row.assigneeYou', { assignee: <ClusterText text={task.assignee} /> })
    ) : (
      <ClusterText text={task.assignee} />
    );
  const process = task.processName ?? task.processDefinitionId;
  return (
    <Link className="task-row" to={href} state={{ backSearch }} data-task-key={task.userTaskKey}>
      <span className="task-row__main">
        <span className="task-row__name">
          {(task.name ?? task.elementId) ? (
            <ClusterText text={task.name ?? task.elementId ?? ''} />
          ) : (
            t('tasks.unnamed')
          )}
        </span>
        <span className="task-row__process">
          {process ? <ClusterText text={process} /> : t('tasks.unknownProcess')}
        </span>
      </span>
      <span className="task-row__meta">
        <span className={`task-row__state task-row__state--${task.state.toLowerCase()}`}>{task.state}</span>
        <span title={t('tasks.row.assigneeTitle')}>{assignee}</span>
        {task.candidateGroups.length > 0 ? (
          <span title={t('tasks.row.candidateGroupsTitle')}>
            {t.rich('tasks.row.candidateGroups', { groups: <ClusterText text={task.candidateGroups.join(', ')} /> })}
          </span>
        ) : null}
        {task.priority !== null ? (
          <span title={t('tasks.row.priorityTitle')}>{t('tasks.row.priority', { priority: task.priority })}</span>
        ) : null}
        {task.dueDate ? (
          isOverdue(task) ? (
            <span className="task-overdue" title={t('tasks.row.dueTitle', { when: dates.absolute(task.dueDate) })}>
              {t('tasks.row.overdue', { when: dates.relative(task.dueDate) })}
            </span>
          ) : (
            <span title={t('tasks.row.dueTitle', { when: dates.absolute(task.dueDate) })}>
              {t('tasks.row.due', { when: dates.relative(task.dueDate) })}
            </span>
          )
        ) : null}
        {task.creationDate ? (
          <span title={t('tasks.row.createdTitle', { when: dates.absolute(task.creationDate) })}>
            {t('tasks.row.created', { when: dates.relative(task.creationDate) })}
          </span>
        ) : null}
      </span>
    </Link>
  );
});
