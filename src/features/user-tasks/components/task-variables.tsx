import { Button, InlineLoading, Search } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { ApiErrorText } from '../../../components/request-status/api-error-text.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { VARIABLES_LIMIT, type TaskVariable } from '../api/user-tasks-api.ts';
import { userTaskQueries } from '../api/user-tasks-queries.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { ClusterText } from '../../../components/cluster-text/cluster-text.tsx';

function pretty(value: string): string {
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

function FullValue({ clusterId, userTaskKey, name }: { clusterId: string; userTaskKey: string; name: string }) {
  const t = useT();
  const query = useQuery(userTaskQueries.fullVariable(clusterId, userTaskKey, name));
  if (query.isPending) return <InlineLoading description={t('tasks.variables.loadingFull')} />;
  if (query.error) {
    return (
      <div className="task-muted">
        {t('tasks.variables.fullFailed')}
        <ApiErrorText error={query.error} />
      </div>
    );
  }
  const full = query.data.items.find((v) => v.name === name);
  return (
    <pre className="task-variable__value">
      {full ? <ClusterText text={pretty(full.value)} /> : t('tasks.variables.gone')}
    </pre>
  );
}

function VariableRow({
  variable,
  clusterId,
  userTaskKey,
}: {
  variable: TaskVariable;
  clusterId: string;
  userTaskKey: string;
}) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  return (
    <tr>
      <td>
        <ClusterText text={variable.name} />
      </td>
      <td>
        {expanded ? (
          <FullValue clusterId={clusterId} userTaskKey={userTaskKey} name={variable.name} />
        ) : (
          <pre className="task-variable__value">
            <ClusterText text={variable.isTruncated ? `${variable.value}…` : pretty(variable.value)} />
          </pre>
        )}
        {variable.isTruncated ? (
          <Button kind="ghost" size="sm" onClick={() => setExpanded((v) => !v)}>
            {expanded ? t('tasks.variables.showTruncated') : t('tasks.variables.showFull')}
          </Button>
        ) : null}
      </td>
    </tr>
  );
}

export function TaskVariables({ clusterId, userTaskKey }: { clusterId: string; userTaskKey: string }) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const [nameLike, setNameLike] = useState('');
  const options = userTaskQueries.variables(clusterId, userTaskKey, nameLike);
  const cancel = useRequestCancel(options.queryKey);
  const query = useQuery(options);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNameLike(draft.trim());
  };

  return (
    <section className="task-section" aria-labelledby="task-variables-title">
      <h2 id="task-variables-title" className="task-section__title">
        {t('tasks.variables.title')}
      </h2>
      <form onSubmit={submit} role="search" aria-label={t('tasks.variables.searchLabel')}>
        <Search
          id="task-variable-search"
          labelText={t('tasks.variables.searchByName')}
          placeholder={t('tasks.variables.placeholder')}
          closeButtonLabelText={t('tasks.variables.clear')}
          size="sm"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onClear={() => {
            setDraft('');
            setNameLike('');
          }}
        />
      </form>
      {query.isPending && !query.error && !cancel.cancelled ? (
        <InlineLoading description={t('tasks.variables.loading')} />
      ) : null}
      <QueryStatus
        query={query}
        cancel={cancel}
        clusterId={clusterId}
        hasPreviousAnswer={query.data !== undefined}
        failedTitle={t('tasks.variables.loadFailed')}
      />
      {query.data && query.data.items.length === 0 ? (
        <p className="task-muted">
          {nameLike ? t('tasks.variables.noMatch', { name: nameLike }) : t('tasks.variables.none')}
        </p>
      ) : null}
      {query.data && query.data.items.length > 0 ? (
        <>
          <table className="task-variables">
            <thead>
              <tr>
                <th scope="col">{t('tasks.field.name')}</th>
                <th scope="col">{t('tasks.variables.value')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((v) => (
                <VariableRow
                  key={v.variableKey ?? `${v.scopeKey}-${v.name}`}
                  variable={v}
                  clusterId={clusterId}
                  userTaskKey={userTaskKey}
                />
              ))}
            </tbody>
          </table>
          {query.data.totalItems > query.data.items.length ? (
            <p className="task-muted">
              {t('tasks.variables.limited', { shown: VARIABLES_LIMIT, total: query.data.totalItems })}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
