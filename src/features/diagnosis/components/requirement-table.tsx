import { CodeText } from '../../../components/forbidden/code-text.tsx';
import { ScrollingTable } from './scrolling-table.tsx';
import type { RequiredAlternative } from '../../../lib/authz/parse-forbidden.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { BreakableName } from './breakable-name.tsx';

/** The parsed alternatives: any one row suffices. */
export function RequirementTable({ alternatives }: { alternatives: RequiredAlternative[] }) {
  const t = useT();
  if (alternatives.length === 0) return null;
  return (
    <ScrollingTable label={t('diagnosis.requirements.label')}>
      <thead>
        <tr>
          <th scope="col">{t('diagnosis.requirements.permission')}</th>
          <th scope="col">{t('diagnosis.requirements.resourceType')}</th>
          <th scope="col">{t('diagnosis.requirements.resourceId')}</th>
          <th scope="col">{t.rich('diagnosis.requirements.wildcard', { code: (chunks) => <code>{chunks}</code> })}</th>
        </tr>
      </thead>
      <tbody>
        {alternatives.map((a) => (
          <tr key={`${a.permission}|${a.resourceType}|${a.resourceIds.join(',')}`}>
            <td>
              <code>
                <BreakableName text={a.permission} />
              </code>
            </td>
            <td>
              <code>
                <BreakableName text={a.resourceType} />
              </code>
            </td>
            <td>
              {t.rich('diagnosis.requirements.idCell', {
                ids:
                  a.resourceIds.length > 0
                    ? a.resourceIds.map((id) => <code key={id}>{id}</code>)
                    : t('diagnosis.requirements.noId'),
                source: a.idSource,
                origin: a.origin ? 'yes' : 'no',
                where: a.origin ? <CodeText text={t.message(a.origin)} /> : null,
                muted: (chunks) => <span className="diagnosis-muted">{chunks}</span>,
              })}
            </td>
            <td>{a.wildcardAccepted ? t('diagnosis.words.yes') : t('diagnosis.words.no')}</td>
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}
