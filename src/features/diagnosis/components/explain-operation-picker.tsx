import { Search } from '@carbon/react';
import { useId, useState } from 'react';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import type { CatalogueEntry } from '../../../lib/catalogue/types.ts';
import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { type Translate, useT } from '../../../lib/i18n/use-t.ts';
import { BreakableName } from './breakable-name.tsx';

/** More than this many rows is a wall; the search narrows the rest. */
const SHOWN = 12;

/** What an operation needs on `version`, in the UI language: "A on X or B on Y". */
function permissionsOf(
  entry: CatalogueEntry,
  version: ClusterVersion,
  t: Translate,
  list: (items: string[]) => string,
): string {
  const facts = entry.versions[version];
  if (!facts) return t('explain.operation.notIn', { version });
  if (facts.permissions.length === 0) {
    return facts.behaviour === 'unprotected' ? t('explain.operation.noCheck') : t('explain.operation.anySignedIn');
  }
  const pairs = facts.permissions.map((p) =>
    t('explain.operation.pair', { permission: p.permissionType, resource: p.resourceType }),
  );
  return list([...new Set(pairs)]);
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
  const t = useT();
  const { intl } = useLanguageState();
  const list = (items: string[]) => intl.formatList(items, { type: 'disjunction' });
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
          ? t('explain.operation.named', { namedBy, operation: value })
          : candidates.length === 1
            ? t('explain.operation.oneCandidate')
            : candidates.length > 1
              ? t('explain.operation.candidates', { count: candidates.length })
              : t('explain.operation.noCandidate')}
      </p>
      <Search
        id={`${name}-search`}
        labelText={t('explain.operation.searchLabel')}
        closeButtonLabelText={t('explain.operation.clearSearch')}
        placeholder={t('explain.operation.searchPlaceholder')}
        size="md"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <fieldset className="diagnosis-operation-list">
        <legend className="cds--label">{t('explain.operation.legend')}</legend>
        {rows.length === 0 ? <p className="diagnosis-muted">{t('explain.operation.noMatch', { query })}</p> : null}
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
              {t.rich('explain.operation.option', {
                operation: entry.operationId,
                request: `${entry.method} /v2${entry.path}`,
                // The request is drawn breakable from the entry itself: the chunk holds the same text.
                permissions: permissionsOf(entry, version, t, list),
                strong: (chunks) => <strong>{chunks}</strong>,
                code: () => (
                  <code>
                    <BreakableName text={`${entry.method} /v2${entry.path}`} />
                  </code>
                ),
                muted: (chunks) => <span className="diagnosis-muted">{chunks}</span>,
              })}
            </span>
          </label>
        ))}
        {pool.length > SHOWN ? (
          <p className="diagnosis-muted">{t('explain.operation.more', { count: pool.length - SHOWN })}</p>
        ) : null}
      </fieldset>
    </div>
  );
}
