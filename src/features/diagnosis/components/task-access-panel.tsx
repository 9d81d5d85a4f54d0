import { InlineLoading, Select, SelectItem } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { type DirectorySnapshot, type Evaluation, whoMayWorkOnTask } from '../../../lib/authz/effective-permissions.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import { diagnosisQueries } from '../api/diagnosis-queries.ts';
import { VerdictTag } from './verdict-tag.tsx';

/** A verdict per cell; the reasons (and near misses) are collapsed so the table reads as a grid of verdicts. */
function Cell({ evaluation }: { evaluation: Evaluation }) {
  const misses = evaluation.nearMisses.length;
  return (
    <td data-tenant-hidden={evaluation.tenantHidden ?? undefined}>
      <VerdictTag verdict={evaluation.allowed ? 'allowed' : 'denied'} />
      {evaluation.tenantHidden ? (
        <span className="diagnosis-muted"> (not in tenant {evaluation.tenantHidden})</span>
      ) : null}
      <details className="diagnosis-details diagnosis-details--quiet diagnosis-muted">
        <summary>{misses > 0 ? `Why · ${misses} near miss${misses === 1 ? '' : 'es'}` : 'Why'}</summary>
        <CodeText text={evaluation.rule || evaluation.sentence} />
        {evaluation.nearMisses.slice(0, 2).map((miss, index) => (
          <div key={index}>
            Near miss: <CodeText text={miss.sentence} />
          </div>
        ))}
      </details>
    </td>
  );
}

/** Per user task: who may read, claim and complete it, and why (users and clients, without tokens). */
export function TaskAccessPanel({
  clusterId,
  snapshot,
  version,
}: {
  clusterId: string;
  snapshot: DirectorySnapshot;
  version: ClusterVersion;
}) {
  const options = diagnosisQueries.sampleTasks(clusterId, 25);
  const tasks = useQuery(options);
  const cancel = useRequestCancel(options.queryKey);
  const [chosen, setChosen] = useState('');
  const list = tasks.data ?? [];
  const task = list.find((t) => t.userTaskKey === chosen) ?? list[0] ?? null;
  const rows = useMemo(() => (task ? whoMayWorkOnTask(snapshot, task, version) : []), [snapshot, task, version]);
  const status = (
    <QueryStatus
      query={tasks}
      cancel={cancel}
      clusterId={clusterId}
      failedTitle="Could not read the open user tasks."
      hasPreviousAnswer={tasks.data !== undefined}
    />
  );
  if (tasks.isPending || tasks.isError) {
    return (
      <>
        {tasks.isPending && !cancel.cancelled ? <InlineLoading description="Loading open tasks…" /> : null}
        {status}
      </>
    );
  }
  if (!task) return <p className="diagnosis-muted">No open user task is visible to you.</p>;
  return (
    <div data-testid="task-access-panel">
      {status}
      <Select
        id="task-access-task"
        labelText="User task"
        value={task.userTaskKey}
        onChange={(e) => setChosen(e.target.value)}
      >
        {list.map((t) => (
          <SelectItem
            key={t.userTaskKey}
            value={t.userTaskKey}
            text={`${t.name ?? t.userTaskKey} · ${t.processDefinitionId} · ${t.userTaskKey}`}
          />
        ))}
      </Select>
      <p className="diagnosis-muted">
        Candidate groups: {task.candidateGroups?.join(', ') || 'none'} · candidate users:{' '}
        {task.candidateUsers?.join(', ') || 'none'} · assignee: {task.assignee ?? 'nobody'}
        {task.tenantId ? ` · tenant: ${task.tenantId}` : ''}. Evaluated from the stored memberships; mapping rules and
        token groups need a token and are not applied here. Someone outside the task's tenant may do nothing with it,
        whatever their grants.
      </p>
      <table className="diagnosis-table" aria-label="Who may work on this task">
        <thead>
          <tr>
            <th scope="col">Principal</th>
            <th scope="col">Read</th>
            <th scope="col">Claim</th>
            <th scope="col">Complete</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.subject.type}:${row.subject.id}`}>
              <th scope="row">
                {row.subject.type === 'CLIENT' ? 'client' : 'user'} {row.subject.id}
              </th>
              <Cell evaluation={row.read} />
              <Cell evaluation={row.claim} />
              <Cell evaluation={row.complete} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
