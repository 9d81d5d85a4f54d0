import { Search } from '@carbon/react';
import { useId, useState } from 'react';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import type { CatalogueEntry } from '../../../lib/catalogue/types.ts';
import { BreakableName } from './breakable-name.tsx';

/** More than this many rows is a wall; the search narrows the rest. */
const SHOWN = 12;

function permissionsOf(entry: CatalogueEntry, version: ClusterVersion): string {
  const facts = entry.versions[version];
  if (!facts) return `not in ${version}`;
  if (facts.permissions.length === 0) return facts.behaviour === 'unprotected' ? 'no check' : 'any signed-in caller';
  return [...new Set(facts.permissions.map((p) => `${p.permissionType} on ${p.resourceType}`))].join(' or ');
}

function matches(entry: CatalogueEntry, words: string[]): boolean {
  const haystack = `${entry.operationId} ${entry.method} ${entry.path}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * Which operation failed, when the text does not say: the fitting operations first, and a search
 * over the whole catalogue for the rest.
 */
export function ExplainOperationPicker({
  candidates,
  catalogue,
  version,
  value,
  onChange,
  namedBy,
}: {
  /** Set when the pasted text (or the link) named the operation itself. */
  namedBy: 'text' | 'link' | null;
  candidates: readonly CatalogueEntry[];
  catalogue: readonly CatalogueEntry[];
  version: ClusterVersion;
  value: string | null;
  onChange: (operationId: string) => void;
}) {
  const name = useId();
  const [query, setQuery] = useState('');
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const pool = words.length > 0 ? catalogue.filter((entry) => matches(entry, words)) : candidates;
  const shown = pool.slice(0, SHOWN);
  const chosen = value ? catalogue.find((entry) => entry.operationId === value) : undefined;
  const rows = chosen && !shown.includes(chosen) ? [chosen, ...shown] : shown;

  return (
    <div className="diagnosis-operation-picker" data-testid="operation-picker">
      <p>
        {namedBy && value
          ? `The ${namedBy} names the operation ${value}. Pick another if it was a different call.`
          : candidates.length === 1
            ? 'The text does not say which call failed; this operation fits what it names. Pick another if it was a different call.'
            : candidates.length > 1
              ? `The text does not say which call failed. These ${candidates.length} operations fit what it names; pick the one that was called.`
              : 'The text does not say which call failed, and nothing in it narrows the catalogue. Search for the operation that was called.'}
      </p>
      <Search
        id={`${name}-search`}
        labelText="Search operations"
        placeholder="Search by name or path, e.g. assign user task"
        size="md"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <fieldset className="diagnosis-operation-list">
        <legend className="cds--label">Operation</legend>
        {rows.length === 0 ? <p className="diagnosis-muted">No operation matches “{query}”.</p> : null}
        {rows.map((entry) => (
          <label key={entry.operationId} className="diagnosis-operation-option">
            <input
              type="radio"
              name={name}
              value={entry.operationId}
              checked={entry.operationId === value}
              onChange={() => onChange(entry.operationId)}
            />
            <span>
              <strong>{entry.operationId}</strong>{' '}
              <code>
                <BreakableName text={`${entry.method} /v2${entry.path}`} />
              </code>
              <span className="diagnosis-muted"> — {permissionsOf(entry, version)}</span>
            </span>
          </label>
        ))}
        {pool.length > SHOWN ? (
          <p className="diagnosis-muted">{pool.length - SHOWN} more; narrow the search to see them.</p>
        ) : null}
      </fieldset>
    </div>
  );
}
