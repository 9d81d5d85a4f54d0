import { Checkbox } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { computeEffectivePermissions, type DirectorySnapshot } from '../../../../lib/authz/effective-permissions.ts';
import type { ClusterVersion } from '../../../../lib/authz/model.ts';
import { useCluster } from '../../../../lib/clusters/cluster-queries.ts';
import { useLanguageState } from '../../../../lib/i18n/language-store.ts';
import { useT } from '../../../../lib/i18n/use-t.ts';
import type { SimulatorQuery } from '../../../../lib/authz/permission-gate-link.ts';
import { diagnosisQueries } from '../../api/diagnosis-queries.ts';
import { diagnosisFacts, encodeFacts } from '../../lib/diagnosis-facts.ts';
import {
  concretePath,
  type OperationOption,
  resourceFields,
  simulate,
  userTaskOperationOf,
} from '../../lib/simulate.ts';
import { EffectiveGrants } from './effective-grants.tsx';
import { OperationSelect, operationMatches } from './operation-select.tsx';
import { ResourceInputs } from './resource-inputs.tsx';
import { SimulationResult } from './simulation-result.tsx';
import { choiceFor, PrincipalPicker, type PrincipalChoice } from '../principal-picker.tsx';
import { useDebouncedValue } from './use-debounced-value.ts';

const HINTS = ['processDefinitionId', 'userTaskKey', 'tenantId'] as const;

/** One question: may this principal call this operation on this resource? */
export function SingleSimulation({
  clusterId,
  snapshot,
  version,
  options,
  initial,
}: {
  clusterId: string;
  snapshot: DirectorySnapshot;
  version: ClusterVersion;
  options: readonly OperationOption[];
  initial: SimulatorQuery;
}) {
  const t = useT();
  const { intl } = useLanguageState();
  const { cluster } = useCluster(clusterId);
  const claimSettings = cluster?.oidc ?? null;
  const [choice, setChoice] = useState<PrincipalChoice | null>(() =>
    initial.principal ? choiceFor(snapshot, claimSettings, initial.principal.type, initial.principal.id) : null,
  );
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState(initial.operationId ?? '');
  const [resource, setResource] = useState<Record<string, string>>(initial.resource);
  const [self, setSelf] = useState(initial.self);

  const matches = operationMatches(options, query);
  const selected =
    matches.find((o) => o.entry.operationId === chosen) ??
    (query === '' ? options.find((o) => o.entry.operationId === chosen) : undefined) ??
    matches[0] ??
    null;
  const entry = selected?.entry ?? null;
  const fields = entry ? resourceFields(entry, version) : [];
  const userTaskOperation = entry ? userTaskOperationOf(entry, false) : null;

  const typedKey = fields.some((f) => f.readsTask) ? (resource.userTaskKey?.trim() ?? '') : '';
  const taskKey = useDebouncedValue(typedKey, 400);
  const taskQuery = useQuery(diagnosisQueries.task(clusterId, taskKey === '' ? null : taskKey));
  const task = taskKey !== '' && taskKey === typedKey ? (taskQuery.data ?? null) : null;

  const effective = useMemo(
    () => (choice ? computeEffectivePermissions(snapshot, choice.subject, version) : null),
    [snapshot, choice, version],
  );
  const simulation = effective && entry ? simulate({ entry, version, effective, resource, task, self }) : null;

  const explainHref =
    simulation && entry && (simulation.verdict === 'denied' || simulation.verdict === 'filtered')
      ? `/c/${encodeURIComponent(clusterId)}/access/explain#${encodeFacts(
          diagnosisFacts({
            clusterId,
            method: entry.method,
            path: concretePath(entry, resource),
            operationId: entry.operationId,
            principal: choice ? choice.ref : null,
            hints: Object.fromEntries(
              HINTS.flatMap((name) => {
                const value =
                  resource[name]?.trim() || (name === 'processDefinitionId' ? task?.processDefinitionId : '');
                return value ? [[name, value]] : [];
              }),
            ),
          }),
        )}`
      : null;

  const taskHelper = () => {
    if (!typedKey) return t('simulator.task.hint');
    if (taskKey !== typedKey || taskQuery.isFetching) return t('simulator.task.reading');
    if (taskQuery.isError) return t('simulator.task.failed');
    if (task) {
      return t('simulator.task.facts', {
        process: task.processDefinitionId,
        hasAssignee: task.assignee ? 'yes' : 'no',
        assignee: task.assignee ?? '',
        hasGroups: task.candidateGroups?.length ? 'yes' : 'no',
        groups: intl.formatList(task.candidateGroups ?? []),
      });
    }
    return undefined;
  };

  return (
    <div className="simulator-single" data-testid="simulator-single">
      <PrincipalPicker snapshot={snapshot} claimSettings={claimSettings} value={choice} onChange={setChoice} />
      <OperationSelect options={options} query={query} selected={selected} onQuery={setQuery} onSelect={setChosen} />
      {selected ? (
        <p className="diagnosis-muted simulator-needs">
          {selected.needsNone
            ? t('simulator.needs.none', { why: selected.needsNone })
            : t.rich('simulator.needs.permissions', {
                list: (
                  <>
                    {intl.formatList(
                      selected.permissions.map((p) => <code key={p}>{p}</code>),
                      { type: 'disjunction' },
                    )}
                  </>
                ),
              })}
        </p>
      ) : null}
      <ResourceInputs
        fields={fields}
        values={resource}
        onChange={(name, value) => setResource((current) => ({ ...current, [name]: value }))}
        helper={(field) => (field.readsTask ? taskHelper() : undefined)}
      />
      {userTaskOperation === 'assign' ? (
        <Checkbox
          id="simulator-self"
          labelText={t('simulator.self')}
          checked={self}
          onChange={(_, { checked }) => setSelf(checked)}
        />
      ) : null}
      {!choice ? (
        <p className="diagnosis-muted">{t('simulator.choosePrincipal')}</p>
      ) : effective && simulation ? (
        <>
          <SimulationResult simulation={simulation} effective={effective} explainHref={explainHref} />
          <EffectiveGrants effective={effective} />
        </>
      ) : null}
    </div>
  );
}
