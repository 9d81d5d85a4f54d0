import { memo } from 'react';
import { Link } from 'react-router';
import type { UserTask } from '../api/user-tasks-api.ts';
import { formatAbsolute, formatRelative } from '../lib/format-date.ts';
import { isOverdue } from '../lib/task-status.ts';
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
  const href = `/c/${encodeURIComponent(clusterId)}/tasks/${encodeURIComponent(task.userTaskKey)}`;
  const assignee =
    task.assignee === null
      ? 'Unassigned'
      : task.assignee === currentUsername
        ? `${task.assignee} (you)`
        : task.assignee;
  const process = task.processName ?? task.processDefinitionId ?? 'unknown process';
  return (
    <Link className="task-row" to={href} state={{ backSearch }} data-task-key={task.userTaskKey}>
      <span className="task-row__main">
        <span className="task-row__name">
          <ClusterText text={task.name ?? task.elementId ?? 'Unnamed task'} />
        </span>
        <span className="task-row__process">
          <ClusterText text={process} />
        </span>
      </span>
      <span className="task-row__meta">
        <span className={`task-row__state task-row__state--${task.state.toLowerCase()}`}>{task.state}</span>
        <span title="Assignee">
          <ClusterText text={assignee} />
        </span>
        {task.candidateGroups.length > 0 ? (
          <span title="Candidate groups">
            ⚑ <ClusterText text={task.candidateGroups.join(', ')} />
          </span>
        ) : null}
        {task.priority !== null ? <span title="Priority">P{task.priority}</span> : null}
        {task.dueDate ? (
          isOverdue(task) ? (
            <span className="task-overdue" title={`Due ${formatAbsolute(task.dueDate)}`}>
              ⚠ Overdue, due {formatRelative(task.dueDate)}
            </span>
          ) : (
            <span title={`Due ${formatAbsolute(task.dueDate)}`}>Due {formatRelative(task.dueDate)}</span>
          )
        ) : null}
        {task.creationDate ? (
          <span title={`Created ${formatAbsolute(task.creationDate)}`}>
            Created {formatRelative(task.creationDate)}
          </span>
        ) : null}
      </span>
    </Link>
  );
});
