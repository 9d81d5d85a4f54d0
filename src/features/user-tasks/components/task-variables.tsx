import { Button, InlineLoading, Search } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { QueryStatus } from '../../../components/request-status/query-status.tsx';
import { useRequestCancel } from '../../../components/request-status/use-request-cancel.ts';
import { VARIABLES_LIMIT, type TaskVariable } from '../api/user-tasks-api.ts';
import { userTaskQueries } from '../api/user-tasks-queries.ts';
import { ClusterText } from '../../../components/cluster-text/cluster-text.tsx';

function pretty(value: string): string {
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

function FullValue({ clusterId, userTaskKey, name }: { clusterId: string; userTaskKey: string; name: string }) {
  const query = useQuery(userTaskQueries.fullVariable(clusterId, userTaskKey, name));
  if (query.isPending) return <InlineLoading description="Loading the full value…" />;
  if (query.error) return <span className="task-muted">Could not load the full value: {query.error.message}</span>;
  const full = query.data.items.find((v) => v.name === name);
  return (
    <pre className="task-variable__value">
      {full ? <ClusterText text={pretty(full.value)} /> : 'The variable is gone.'}
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
            {expanded ? 'Show truncated value' : 'Show full value'}
          </Button>
        ) : null}
      </td>
    </tr>
  );
}

export function TaskVariables({ clusterId, userTaskKey }: { clusterId: string; userTaskKey: string }) {
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
        Variables
      </h2>
      <form onSubmit={submit} role="search" aria-label="Search variables">
        <Search
          id="task-variable-search"
          labelText="Search variables by name"
          placeholder="Variable name contains… (Enter to search)"
          size="sm"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onClear={() => {
            setDraft('');
            setNameLike('');
          }}
        />
      </form>
      {query.isPending && !query.error && !cancel.cancelled ? <InlineLoading description="Loading variables…" /> : null}
      <QueryStatus
        query={query}
        cancel={cancel}
        clusterId={clusterId}
        hasPreviousAnswer={query.data !== undefined}
        failedTitle="Could not load variables."
      />
      {query.data && query.data.items.length === 0 ? (
        <p className="task-muted">
          {nameLike ? `No variable name contains “${nameLike}”.` : 'This task sees no variables.'}
        </p>
      ) : null}
      {query.data && query.data.items.length > 0 ? (
        <>
          <table className="task-variables">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Value (JSON)</th>
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
              Showing the first {VARIABLES_LIMIT} of {query.data.totalItems}; search by name to find others.
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
