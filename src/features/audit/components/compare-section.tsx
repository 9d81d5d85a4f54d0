import { Select, SelectItem } from '@carbon/react';
import { useMemo, useState } from 'react';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import { comparePrincipals, type PermissionEntry } from '../lib/compare-principals.ts';
import { principalsOf } from '../lib/directory-index.ts';

function EntryList({ entries, empty }: { entries: PermissionEntry[]; empty: string }) {
  if (entries.length === 0) return <p className="audit-muted">{empty}</p>;
  return (
    <ul>
      {entries.map((e) => (
        <li key={`${e.resourceType}-${e.permission}-${e.target}`}>
          {e.permission} on {e.resourceType} <code>{e.target}</code>{' '}
          <span className="audit-muted">({[...new Set(e.sources.map((s) => s.provenance.label))].join('; ')})</span>
        </li>
      ))}
    </ul>
  );
}

/** "Why can anna but not kim?": two principals' effective permissions side by side. */
export function CompareSection({ snapshot, version }: { snapshot: DirectorySnapshot; version: ClusterVersion }) {
  const principals = useMemo(() => principalsOf(snapshot), [snapshot]);
  const keys = principals.map((p) => `${p.type}:${p.id}`);
  const [a, setA] = useState(keys[0] ?? '');
  const [b, setB] = useState(keys[1] ?? keys[0] ?? '');
  const subjectOf = (key: string) => principals.find((p) => `${p.type}:${p.id}` === key) ?? null;
  const subjectA = subjectOf(a);
  const subjectB = subjectOf(b);
  const result = useMemo(
    () => (subjectA && subjectB ? comparePrincipals(snapshot, subjectA, subjectB, version) : null),
    [snapshot, subjectA, subjectB, version],
  );
  const picker = (id: string, label: string, value: string, set: (v: string) => void) => (
    <Select id={id} labelText={label} value={value} onChange={(event) => set(event.target.value)}>
      {principals.map((p) => (
        <SelectItem
          key={`${p.type}:${p.id}`}
          value={`${p.type}:${p.id}`}
          text={`${p.type === 'USER' ? 'user' : 'client'} ${p.id}`}
        />
      ))}
    </Select>
  );
  return (
    <div className="audit-compare">
      <div className="audit-filters">
        {picker('audit-compare-a', 'First principal', a, setA)}
        {picker('audit-compare-b', 'Second principal', b, setB)}
      </div>
      {result ? (
        <div data-testid="audit-compare-result">
          <h4>Access checks that differ</h4>
          {result.capabilities.some((c) => c.differs) ? (
            <table className="audit-table">
              <thead>
                <tr>
                  <th>Check</th>
                  <th>{subjectA?.id}</th>
                  <th>{subjectB?.id}</th>
                </tr>
              </thead>
              <tbody>
                {result.capabilities
                  .filter((c) => c.differs)
                  .map((c) => (
                    <tr key={c.capabilityId} data-testid="audit-compare-diff">
                      <td>{c.label}</td>
                      <td title={c.a.reason}>
                        {c.a.verdict}
                        {c.a.scope === 'some' ? ' (some)' : ''}
                      </td>
                      <td title={c.b.reason}>
                        {c.b.verdict}
                        {c.b.scope === 'some' ? ' (some)' : ''}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          ) : (
            <p>None: both may do the same.</p>
          )}
          <div className="audit-columns">
            <div>
              <h4>Only {subjectA?.id}</h4>
              <EntryList entries={result.onlyA} empty="Nothing." />
            </div>
            <div>
              <h4>Only {subjectB?.id}</h4>
              <EntryList entries={result.onlyB} empty="Nothing." />
            </div>
          </div>
          <details>
            <summary>Both ({result.both.length})</summary>
            <EntryList entries={result.both.map((pair) => pair.a)} empty="Nothing in common." />
          </details>
        </div>
      ) : null}
    </div>
  );
}
