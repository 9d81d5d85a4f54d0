import { Button, Checkbox, ProgressBar, TextInput } from '@carbon/react';
import { memo, startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { DirectorySnapshot } from '../../../../lib/authz/effective-permissions.ts';
import type { ClusterVersion } from '../../../../lib/authz/model.ts';
import { useCluster } from '../../../../lib/clusters/cluster-queries.ts';
import { useT } from '../../../../lib/i18n/use-t.ts';
import { downloadText } from '../../lib/download.ts';
import { type OperationOption, resourceFields, type ResourceField } from '../../lib/simulate.ts';
import type { CatalogueEntry } from '../../../../lib/catalogue/types.ts';
import {
  type MatrixCell,
  type MatrixPrincipal,
  type MatrixResult,
  matrixCsv,
  simulateMatrix,
} from '../../lib/simulate-matrix.ts';
import { operationMatches } from './operation-select.tsx';
import { ResourceInputs } from './resource-inputs.tsx';
import { SimulationVerdictTag } from './simulation-verdict-tag.tsx';
import { choiceFor, directoryIds, PRINCIPAL_TYPE_LABELS } from '../principal-picker.tsx';
import { PRINCIPAL_TYPES } from '../../lib/diagnosis-facts.ts';

// A table of a thousand rows is slow to lay out and useless to read; the CSV has every row.
const ROWS_SHOWN = 200;
// Rows added per frame: a batch of verdict tags lays out well within the 200 ms budget even on a loaded machine,
// where the whole table at once took a long task of several hundred ms.
export const ROW_BATCH = 25;
const CHOICES_SHOWN = 50;

const keyOf = (p: MatrixPrincipal) => `${p.type}:${p.id}`;

function allPrincipals(snapshot: DirectorySnapshot): MatrixPrincipal[] {
  return PRINCIPAL_TYPES.flatMap((type) => directoryIds(snapshot, type).map((id) => ({ type, id })));
}

function ChoiceList<T>({
  id,
  legend,
  items,
  label,
  keyFor,
  selected,
  onToggle,
}: {
  /** Stable part of the checkboxes' ids (the legend changes with the language and the count). */
  id: string;
  legend: string;
  items: readonly T[];
  label: (item: T) => string;
  keyFor: (item: T) => string;
  selected: ReadonlySet<string>;
  onToggle: (key: string, checked: boolean) => void;
}) {
  const t = useT();
  return (
    <fieldset className="simulator-choices">
      <legend className="cds--label">{legend}</legend>
      {items.slice(0, CHOICES_SHOWN).map((item) => {
        const key = keyFor(item);
        return (
          <Checkbox
            key={key}
            id={`simulator-choice-${id}-${key}`}
            labelText={label(item)}
            checked={selected.has(key)}
            onChange={(_, { checked }) => onToggle(key, checked)}
          />
        );
      })}
      {items.length > CHOICES_SHOWN ? (
        <p className="diagnosis-muted">{t('simulator.matrix.more', { count: items.length - CHOICES_SHOWN })}</p>
      ) : null}
    </fieldset>
  );
}

/** Several principals × several operations (like `rakkess`), exportable as CSV. */
export function SimulationMatrix({
  clusterId,
  snapshot,
  version,
  options,
}: {
  clusterId: string;
  snapshot: DirectorySnapshot;
  version: ClusterVersion;
  options: readonly OperationOption[];
}) {
  const t = useT();
  const principals = useMemo(() => allPrincipals(snapshot), [snapshot]);
  const { cluster } = useCluster(clusterId);
  const [principalQuery, setPrincipalQuery] = useState('');
  const [chosenPrincipals, setChosenPrincipals] = useState<ReadonlySet<string>>(new Set());
  const [operationQuery, setOperationQuery] = useState('');
  const [chosenOperations, setChosenOperations] = useState<ReadonlySet<string>>(new Set());
  const [resource, setResource] = useState<Record<string, string>>({});
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<MatrixResult | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const principalMatches = principals.filter((p) =>
    `${p.type} ${p.id}`.toLowerCase().includes(principalQuery.trim().toLowerCase()),
  );
  const selectedPrincipals = principals.filter((p) => chosenPrincipals.has(keyOf(p)));
  const selectedOperations = options.filter((o) => chosenOperations.has(o.entry.operationId));
  const fields = new Map<string, ResourceField>();
  for (const option of selectedOperations) {
    // A task key would need every task read per principal; the matrix works on ids only.
    for (const field of resourceFields(option.entry, version)) if (!field.readsTask) fields.set(field.name, field);
  }

  const toggle =
    (set: (update: (current: ReadonlySet<string>) => ReadonlySet<string>) => void) => (key: string, checked: boolean) =>
      set((current) => {
        const next = new Set(current);
        if (checked) next.add(key);
        else next.delete(key);
        return next;
      });

  const run = async () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setResult(null);
    setProgress({ done: 0, total: selectedPrincipals.length });
    try {
      const answer = await simulateMatrix(
        snapshot,
        selectedPrincipals,
        selectedOperations.map((o) => o.entry),
        version,
        {
          resource,
          subjectOf: (principal) => choiceFor(snapshot, cluster?.oidc ?? null, principal.type, principal.id).subject,
          signal: controller.signal,
          // The choice lists re-render with the progress: as a transition, that render yields to input.
          onProgress: (done, total) => startTransition(() => setProgress({ done, total })),
        },
      );
      startTransition(() => setResult(answer));
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
    } finally {
      if (running.current === controller) {
        running.current = null;
        setProgress(null);
      }
    }
  };

  const cells = selectedPrincipals.length * selectedOperations.length;
  return (
    <div className="simulator-matrix" data-testid="simulator-matrix">
      <div className="simulator-matrix__choices">
        <div>
          <TextInput
            id="simulator-matrix-principal-search"
            labelText={t('simulator.matrix.findPrincipals')}
            autoComplete="off"
            value={principalQuery}
            onChange={(e) => setPrincipalQuery(e.target.value)}
          />
          <div className="diagnosis-row">
            <Button
              kind="ghost"
              size="sm"
              onClick={() =>
                setChosenPrincipals(
                  new Set(principals.filter((p) => p.type === 'USER' || p.type === 'CLIENT').map((p) => keyOf(p))),
                )
              }
            >
              {t('simulator.matrix.allUsersClients')}
            </Button>
            <Button kind="ghost" size="sm" onClick={() => setChosenPrincipals(new Set())}>
              {t('simulator.matrix.noPrincipals')}
            </Button>
          </div>
          <ChoiceList
            id="principals"
            legend={t('simulator.matrix.principals', { count: chosenPrincipals.size })}
            items={principalMatches}
            label={(p) => t('simulator.matrix.principal', { type: t(PRINCIPAL_TYPE_LABELS[p.type]), id: p.id })}
            keyFor={keyOf}
            selected={chosenPrincipals}
            onToggle={toggle(setChosenPrincipals)}
          />
        </div>
        <div>
          <TextInput
            id="simulator-matrix-operation-search"
            labelText={t('simulator.matrix.findOperations')}
            helperText={t('simulator.matrix.findOperationsHelp')}
            autoComplete="off"
            value={operationQuery}
            onChange={(e) => setOperationQuery(e.target.value)}
          />
          <ChoiceList
            id="operations"
            legend={t('simulator.matrix.operations', { count: chosenOperations.size })}
            items={operationMatches(options, operationQuery)}
            label={(o) => `${o.label} — ${o.entry.operationId}`}
            keyFor={(o) => o.entry.operationId}
            selected={chosenOperations}
            onToggle={toggle(setChosenOperations)}
          />
        </div>
      </div>
      <ResourceInputs
        fields={[...fields.values()]}
        values={resource}
        onChange={(name, value) => setResource((current) => ({ ...current, [name]: value }))}
      />
      <p className="diagnosis-muted">{t('simulator.matrix.assumption')}</p>
      <div className="diagnosis-row">
        <Button size="md" disabled={cells === 0 || progress !== null} onClick={() => void run()}>
          {t('simulator.matrix.check', {
            principals: selectedPrincipals.length,
            operations: selectedOperations.length,
          })}
        </Button>
        {progress ? (
          <Button kind="secondary" size="md" onClick={() => running.current?.abort()}>
            {t('simulator.matrix.cancel')}
          </Button>
        ) : null}
        {result ? (
          <Button
            kind="tertiary"
            size="md"
            onClick={() =>
              downloadText(
                `lantern-${clusterId}-can-they.csv`,
                matrixCsv(result, {
                  principalType: t('simulator.csv.principalType'),
                  principalId: t('simulator.csv.principalId'),
                }),
                'text/csv',
              )
            }
          >
            {t('simulator.matrix.download')}
          </Button>
        ) : null}
      </div>
      {progress ? (
        <ProgressBar
          label={t('simulator.matrix.checking')}
          value={progress.done}
          max={Math.max(progress.total, 1)}
          helperText={t('simulator.matrix.progress', { done: progress.done, total: progress.total })}
        />
      ) : null}
      {result ? <MatrixTable result={result} /> : null}
    </div>
  );
}

/**
 * One principal's row. Memoised: the table grows a batch per frame, and rows already shown (with
 * their worded verdict sentences) are not rendered again.
 */
const MatrixRow = memo(function MatrixRow({
  principal,
  cells = [],
  operations,
}: {
  principal: MatrixPrincipal;
  cells: readonly MatrixCell[] | undefined;
  operations: readonly CatalogueEntry[];
}) {
  const t = useT();
  return (
    <tr>
      <th scope="row">
        {t('simulator.matrix.principal', { type: t(PRINCIPAL_TYPE_LABELS[principal.type]), id: principal.id })}
      </th>
      {cells.map((cell, column) => (
        <td key={operations[column]?.operationId ?? column} title={t.message(cell.sentence)}>
          <SimulationVerdictTag verdict={cell.verdict} />
        </td>
      ))}
    </tr>
  );
});

/** The rows shown so far: a batch more each frame until all (at most ROWS_SHOWN) are there. */
function useGrowingCount(total: number): number {
  const [shown, setShown] = useState(Math.min(total, ROW_BATCH));
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => setShown((n) => Math.min(total, n + ROW_BATCH)));
    return () => cancelAnimationFrame(frame);
  }, [shown, total]);
  return Math.min(shown, total);
}

export function MatrixTable({ result }: { result: MatrixResult }) {
  const t = useT();
  const shown = useGrowingCount(Math.min(result.principals.length, ROWS_SHOWN));
  const rows = result.principals.slice(0, shown);
  return (
    <>
      {result.principals.length > ROWS_SHOWN ? (
        <p role="status">{t('simulator.matrix.showing', { shown: ROWS_SHOWN, total: result.principals.length })}</p>
      ) : null}
      {/* Focusable so keyboard users can scroll a wide table. */}
      <div className="simulator-matrix__scroll" tabIndex={0} role="region" aria-label={t('simulator.matrix.label')}>
        <table className="diagnosis-table diagnosis-table--matrix">
          <caption className="cds--visually-hidden">{t('simulator.matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('simulator.matrix.principalColumn')}</th>
              {result.operations.map((op) => (
                <th key={op.operationId} scope="col">
                  <code>
                    {op.method} {op.path}
                  </code>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((principal, index) => (
              <MatrixRow
                key={keyOf(principal)}
                principal={principal}
                cells={result.cells[index]}
                operations={result.operations}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
