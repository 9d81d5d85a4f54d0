import { Select, SelectItem } from '@carbon/react';
import { useMemo, useState } from 'react';
import type { CapabilityVerdict, Verdict } from '../../../lib/authz/capabilities.ts';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import type { MessageId } from '../../../lib/i18n/catalogues.ts';
import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { joined, ownerMessage, viaMessage } from '../lib/audit-words.ts';
import { comparePrincipals, type PermissionEntry } from '../lib/compare-principals.ts';
import { principalsOf } from '../lib/directory-index.ts';

const VERDICTS: Record<Verdict, MessageId> = {
  allowed: 'audit.compare.allowed',
  denied: 'audit.compare.denied',
  'filtered-empty': 'audit.compare.filteredEmpty',
  unknown: 'audit.compare.unknown',
};

function EntryList({ entries, empty }: { entries: PermissionEntry[]; empty: string }) {
  const t = useT();
  if (entries.length === 0) return <p className="audit-muted">{empty}</p>;
  return (
    <ul>
      {entries.map((e) => {
        // One principal may receive the same permission several ways; each way is named once.
        const ways = new Map(
          e.sources.map(({ provenance }) => [
            provenance.chain.map((step) => `${step.type}:${step.id}`).join('>'),
            viaMessage(provenance.chain),
          ]),
        );
        const [first, ...rest] = [...ways.values()];
        return (
          <li key={`${e.resourceType}-${e.permission}-${e.target}`}>
            {t.rich('audit.compare.entry', {
              permission: e.permission,
              resourceType: e.resourceType,
              target: e.target,
              via: first ? t.message(joined(first, rest)) : '',
              code: (chunks) => <code>{chunks}</code>,
              muted: (chunks) => <span className="audit-muted">{chunks}</span>,
            })}
          </li>
        );
      })}
    </ul>
  );
}

function VerdictCell({ verdict }: { verdict: CapabilityVerdict }) {
  const t = useT();
  return (
    <td title={t.message(verdict.reason)}>
      {t(verdict.scope === 'some' ? 'audit.compare.verdictSome' : 'audit.compare.verdict', {
        verdict: t(VERDICTS[verdict.verdict]),
      })}
    </td>
  );
}

/** "Why can anna but not kim?": two principals' effective permissions side by side. */
export function CompareSection({ snapshot, version }: { snapshot: DirectorySnapshot; version: ClusterVersion }) {
  const t = useT();
  // Carbon keeps the chosen option's text as a select's title: a new language remounts the pickers.
  const { language } = useLanguageState();
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
    <Select
      key={`${id}-${language}`}
      id={id}
      labelText={label}
      value={value}
      onChange={(event) => set(event.target.value)}
    >
      {principals.map((p) => (
        <SelectItem
          key={`${p.type}:${p.id}`}
          value={`${p.type}:${p.id}`}
          text={t.message(ownerMessage(p.type, p.id))}
        />
      ))}
    </Select>
  );
  return (
    <div className="audit-compare">
      <div className="audit-filters">
        {picker('audit-compare-a', t('audit.compare.first'), a, setA)}
        {picker('audit-compare-b', t('audit.compare.second'), b, setB)}
      </div>
      {result ? (
        <div data-testid="audit-compare-result">
          <h4>{t('audit.compare.differHeading')}</h4>
          {result.capabilities.some((c) => c.differs) ? (
            // Scrolls sideways on a narrow screen: a named region keyboard users can reach.
            <div className="audit-table-wrap" role="region" tabIndex={0} aria-label={t('audit.compare.differHeading')}>
              <table className="audit-table">
                <thead>
                  <tr>
                    <th>{t('audit.compare.check')}</th>
                    <th>{subjectA?.id}</th>
                    <th>{subjectB?.id}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.capabilities
                    .filter((c) => c.differs)
                    .map((c) => (
                      <tr key={c.capabilityId} data-testid="audit-compare-diff">
                        <td>{t.message(c.label)}</td>
                        <VerdictCell verdict={c.a} />
                        <VerdictCell verdict={c.b} />
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t('audit.compare.noDifference')}</p>
          )}
          <div className="audit-columns">
            <div>
              <h4>{t('audit.compare.only', { id: subjectA?.id ?? '' })}</h4>
              <EntryList entries={result.onlyA} empty={t('audit.compare.nothing')} />
            </div>
            <div>
              <h4>{t('audit.compare.only', { id: subjectB?.id ?? '' })}</h4>
              <EntryList entries={result.onlyB} empty={t('audit.compare.nothing')} />
            </div>
          </div>
          <details>
            <summary>{t('audit.compare.both', { count: result.both.length })}</summary>
            <EntryList entries={result.both.map((pair) => pair.a)} empty={t('audit.compare.nothingInCommon')} />
          </details>
        </div>
      ) : null}
    </div>
  );
}
