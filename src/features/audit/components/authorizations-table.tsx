import { Select, SelectItem, TextInput } from '@carbon/react';
import { useMemo, useState } from 'react';
import type { Authorization } from '../../../lib/authz/model.ts';
import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { isPropertyBased } from '../lib/directory-index.ts';

type SortKey = 'owner' | 'resource' | 'permissions';

const ROW_LIMIT = 200;

/** What the filter and the sort read: the resource id, or the property name of a property-based grant. */
function targetOf(a: Authorization): string {
  return isPropertyBased(a) ? (a.resourcePropertyName ?? '') : (a.resourceId ?? '*');
}

function countBy(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}

/** Every authorization of the cluster in one table: filter by owner type, resource type and text; sort by column. */
export function AuthorizationsTable({ authorizations }: { authorizations: Authorization[] }) {
  const t = useT();
  // Carbon keeps the chosen option's text as a select's title: a new language remounts the selects.
  const { language } = useLanguageState();
  const [text, setText] = useState('');
  const [ownerType, setOwnerType] = useState('');
  const [resourceType, setResourceType] = useState('');
  const [sort, setSort] = useState<SortKey>('owner');
  const ownerTypes = useMemo(() => countBy(authorizations.map((a) => a.ownerType)), [authorizations]);
  const resourceTypes = useMemo(() => countBy(authorizations.map((a) => a.resourceType)), [authorizations]);
  const rows = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const filtered = authorizations.filter(
      (a) =>
        (ownerType === '' || a.ownerType === ownerType) &&
        (resourceType === '' || a.resourceType === resourceType) &&
        (needle === '' ||
          [a.ownerId, targetOf(a), ...a.permissionTypes].some((value) => value.toLowerCase().includes(needle))),
    );
    const keyOf = (a: Authorization) =>
      sort === 'owner'
        ? `${a.ownerType} ${a.ownerId} ${a.resourceType}`
        : sort === 'resource'
          ? `${a.resourceType} ${targetOf(a)} ${a.ownerId}`
          : `${a.permissionTypes.join(',')} ${a.ownerId}`;
    return filtered.sort((x, y) => keyOf(x).localeCompare(keyOf(y)));
  }, [authorizations, text, ownerType, resourceType, sort]);
  const shownTarget = (a: Authorization) =>
    isPropertyBased(a) ? t('audit.table.property', { name: targetOf(a) }) : targetOf(a);
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort === key ? 'ascending' : 'none'}>
      <button type="button" className="audit-sort" onClick={() => setSort(key)}>
        {label}
      </button>
    </th>
  );
  return (
    <div>
      <div className="audit-filters">
        <TextInput
          id="audit-filter-text"
          labelText={t('audit.table.filter')}
          placeholder={t('audit.table.filterPlaceholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <Select
          key={`owner-${language}`}
          id="audit-filter-owner"
          labelText={t('audit.table.ownerType')}
          value={ownerType}
          onChange={(event) => setOwnerType(event.target.value)}
        >
          <SelectItem value="" text={t('audit.table.all', { count: authorizations.length })} />
          {ownerTypes.map(([value, count]) => (
            <SelectItem key={value} value={value} text={t('audit.table.option', { value, count })} />
          ))}
        </Select>
        <Select
          key={`resource-${language}`}
          id="audit-filter-resource"
          labelText={t('audit.table.resourceType')}
          value={resourceType}
          onChange={(event) => setResourceType(event.target.value)}
        >
          <SelectItem value="" text={t('audit.table.all', { count: authorizations.length })} />
          {resourceTypes.map(([value, count]) => (
            <SelectItem key={value} value={value} text={t('audit.table.option', { value, count })} />
          ))}
        </Select>
      </div>
      <p role="status" data-testid="audit-table-count">
        {t(rows.length > ROW_LIMIT ? 'audit.table.countLimited' : 'audit.table.count', {
          shown: rows.length,
          total: authorizations.length,
          limit: ROW_LIMIT,
        })}
      </p>
      {/* Scrolls sideways on a narrow screen: a named region keyboard users can reach. */}
      <div className="audit-table-scroll" role="region" tabIndex={0} aria-label={t('audit.table.region')}>
        <table className="audit-table">
          <thead>
            <tr>
              {header('owner', t('audit.table.owner'))}
              {header('resource', t('audit.table.resource'))}
              {header('permissions', t('audit.table.permissions'))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, ROW_LIMIT).map((a, i) => (
              <tr key={a.authorizationKey ?? `row-${i}`}>
                <td>
                  <span className="audit-muted">{a.ownerType}</span> {a.ownerId}
                </td>
                <td>
                  <span className="audit-muted">{a.resourceType}</span> {shownTarget(a)}
                </td>
                <td>{a.permissionTypes.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
