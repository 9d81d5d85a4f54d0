import { InlineLoading, Select, SelectItem } from '@carbon/react';
import { ScrollingTable } from './scrolling-table.tsx';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import {
  type DirectorySnapshot,
  type Evaluation,
  ownerMessage,
  whoMayWorkOnTask,
} from '../../../lib/authz/effective-permissions.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { diagnosisQueries } from '../api/diagnosis-queries.ts';
import { VerdictTag } from './verdict-tag.tsx';

/** A verdict per cell; the reasons (and near misses) are collapsed so the table reads as a grid of verdicts. */
function Cell({ evaluation }: { evaluation: Evaluation }) {
  const t = useT();
  const misses = evaluation.nearMisses.length;
  return (
    <td data-tenant-hidden={evaluation.tenantHidden ?? undefined}>
      <VerdictTag verdict={evaluation.allowed ? 'allowed' : 'denied'} />
      {evaluation.tenantHidden ? (
        <span className="diagnosis-muted diagnosis-aside">
          {t('diagnosis.taskAccess.notInTenant', { tenant: evaluation.tenantHidden })}
        </span>
      ) : null}
      <details className="diagnosis-details diagnosis-details--quiet diagnosis-muted">
        <summary>{t('diagnosis.taskAccess.why', { count: misses })}</summary>
        <CodeText text={t.message(evaluation.rule)} />
        {evaluation.nearMisses.slice(0, 2).map((miss, index) => (
          <div key={index}>
            {t('diagnosis.taskAccess.nearMiss')} <CodeText text={t.message(miss.sentence)} />
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
  const t = useT();
  const options = diagnosisQueries.sampleTasks(clusterId, 25);
  const tasks = useQuery(options);
  const cancel = useRequestCancel(options.queryKey);
  const [chosen, setChosen] = useState('');
  const list = tasks.data ?? [];
  const task = list.find((item) => item.userTaskKey === chosen) ?? list[0] ?? null;
  const rows = useMemo(() => (task ? whoMayWorkOnTask(snapshot, task, version) : []), [snapshot, task, version]);
  const status = (
    <QueryStatus
      query={tasks}
      cancel={cancel}
      clusterId={clusterId}
      failedTitle={t('diagnosis.taskAccess.failed')}
      hasPreviousAnswer={tasks.data !== undefined}
    />
  );
  if (tasks.isPending || tasks.isError) {
    return (
      <>
        {tasks.isPending && !cancel.cancelled ? (
          <InlineLoading description={t('diagnosis.taskAccess.loading')} />
        ) : null}
        {status}
      </>
    );
  }
  if (!task) return <p className="diagnosis-muted">{t('diagnosis.taskAccess.none')}</p>;
  return (
    <div data-testid="task-access-panel">
      {status}
      <Select
        id="task-access-task"
        labelText={t('diagnosis.taskAccess.task')}
        value={task.userTaskKey}
        onChange={(e) => setChosen(e.target.value)}
      >
        {list.map((item) => (
          <SelectItem
            key={item.userTaskKey}
            value={item.userTaskKey}
            text={`${item.name ?? item.userTaskKey} · ${item.processDefinitionId} · ${item.userTaskKey}`}
          />
        ))}
      </Select>
      <p className="diagnosis-muted">
        {t('diagnosis.taskAccess.facts', {
          groups: task.candidateGroups?.join(', ') || t('diagnosis.words.none'),
          users: task.candidateUsers?.join(', ') || t('diagnosis.words.none'),
          assignee: task.assignee ?? t('diagnosis.words.nobody'),
          tenant: task.tenantId ?? 'none',
        })}
      </p>
      <ScrollingTable label={t('diagnosis.taskAccess.table')}>
        <thead>
          <tr>
            <th scope="col">{t('diagnosis.taskAccess.principal')}</th>
            <th scope="col">{t('diagnosis.taskAccess.read')}</th>
            <th scope="col">{t('diagnosis.taskAccess.claim')}</th>
            <th scope="col">{t('diagnosis.taskAccess.complete')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.subject.type}:${row.subject.id}`}>
              <th scope="row">{t.message(ownerMessage(row.subject))}</th>
              <Cell evaluation={row.read} />
              <Cell evaluation={row.claim} />
              <Cell evaluation={row.complete} />
            </tr>
          ))}
        </tbody>
      </ScrollingTable>
    </div>
  );
}
