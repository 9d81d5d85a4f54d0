import { InlineNotification, SkeletonText } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { ApiError } from '../../../lib/api/api-error.ts';
import { useCurrentUser } from '../../../lib/connection/current-user.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { userTaskKeys, userTaskQueries } from '../api/user-tasks-queries.ts';
import { loadCamundaFormViewer } from './camunda-form/load-camunda-form-viewer.ts';
import { TaskAssignment } from './task-assignment.tsx';
import { TaskCompletion } from './task-completion.tsx';
import { TaskDetailFields } from './task-detail-fields.tsx';
import { TaskUpdateForm } from './task-update-form.tsx';
import { TaskVariables } from './task-variables.tsx';
import './user-tasks.scss';
import { neutralizeBidi } from '../../../lib/format/bidi-controls.ts';
import { ClusterText } from '../../../components/cluster-text/cluster-text.tsx';

/** The API answers 404 both for a missing task and for one of a tenant the caller is not in. */
function isNotFound(error: Error | null): boolean {
  return error instanceof ApiError && error.status === 404;
}

function backSearchOf(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'backSearch' in state && typeof state.backSearch === 'string') {
    return state.backSearch;
  }
  return '';
}

export function UserTaskDetailPage() {
  const t = useT();
  const { clusterId = '', userTaskKey = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useCurrentUser(clusterId);
  const cancel = useRequestCancel(userTaskKeys.detail(clusterId, userTaskKey));
  const query = useQuery({
    ...userTaskQueries.detail(clusterId, userTaskKey),
    ...(cancel.cancelled ? { refetchInterval: false } : {}),
  });
  const backSearch = backSearchOf(location.state);
  const listHref = `/c/${encodeURIComponent(clusterId)}/tasks${backSearch ? `?${backSearch}` : ''}`;
  const username = me.data?.username ?? null;
  const task = query.data;
  const error = query.error;

  // Only a task with a form (linked or embedded, both named by formKey) needs the viewer chunk;
  // it is asked for as soon as that is known, in parallel with the form itself.
  const hasForm = Boolean(task?.formKey);
  useEffect(() => {
    // A failed load is retried when the completion section renders the viewer.
    if (hasForm) loadCamundaFormViewer().catch(() => undefined);
  }, [hasForm]);

  return (
    <div className="task-detail">
      <nav>
        <Link to={listHref}>{t('tasks.detail.back')}</Link>
      </nav>
      <QueryStatus
        query={query}
        cancel={cancel}
        clusterId={clusterId}
        hasPreviousAnswer={task !== undefined}
        failedTitle={t('tasks.detail.loadFailed')}
        explainedByView={isNotFound}
      />
      {query.isPending && !cancel.cancelled ? <SkeletonText heading paragraph lineCount={8} /> : null}
      {isNotFound(error) ? (
        <InlineNotification
          kind="warning"
          lowContrast
          hideCloseButton
          title={t('tasks.detail.notFoundTitle', { key: userTaskKey })}
          subtitle={t('tasks.detail.notFoundSubtitle')}
        />
      ) : null}
      {task ? (
        <>
          <header>
            <h1 className="task-detail__title">
              {(task.name ?? task.elementId) ? (
                <ClusterText text={task.name ?? task.elementId ?? ''} />
              ) : (
                t('tasks.unnamed')
              )}
            </h1>
            <p className="task-detail__subtitle">
              {t.rich('tasks.detail.subtitle', {
                process:
                  (task.processName ?? task.processDefinitionId) ? (
                    <ClusterText text={task.processName ?? task.processDefinitionId ?? ''} />
                  ) : (
                    t('tasks.unknownProcess')
                  ),
                state: task.state,
                key: task.userTaskKey,
              })}
            </p>
          </header>
          <div className="task-detail__columns">
            <div
              className="task-detail__main"
              style={{ display: 'flex', flexDirection: 'column', gap: '1.5rem', minWidth: 0 }}
            >
              <TaskDetailFields task={task} />
              <TaskVariables clusterId={clusterId} userTaskKey={task.userTaskKey} />
            </div>
            <div
              className="task-detail__side"
              style={{ display: 'flex', flexDirection: 'column', gap: '1.5rem', minWidth: 0 }}
            >
              <TaskAssignment clusterId={clusterId} task={task} currentUsername={username} />
              <TaskCompletion
                clusterId={clusterId}
                task={task}
                currentUsername={username}
                onCompleted={() =>
                  void navigate(listHref, { state: { completedTask: neutralizeBidi(task.name ?? task.userTaskKey) } })
                }
              />
              <TaskUpdateForm clusterId={clusterId} task={task} currentUsername={username} />
            </div>
          </div>
        </>
      ) : null}
    </div>
  );
}
