import { CodeText } from '../../../../components/forbidden/code-text.tsx';
import { ScrollingTable } from '../scrolling-table.tsx';
import {
  type EffectivePermissions,
  grantTargetMessage,
  provenanceMessage,
} from '../../../../lib/authz/effective-permissions.ts';
import { useLanguageState } from '../../../../lib/i18n/language-store.ts';
import { useT } from '../../../../lib/i18n/use-t.ts';
import { BreakableName } from '../breakable-name.tsx';
import { ProvenanceChip } from '../provenance-chip.tsx';

/** Everything the principal holds, with provenance; collapsed, since the answer above is the point. */
export function EffectiveGrants({ effective }: { effective: EffectivePermissions }) {
  const t = useT();
  const { intl } = useLanguageState();
  const { grants, tenants } = effective;
  return (
    <details className="diagnosis-details">
      <summary>
        {t('simulator.grants.summary', { id: effective.subject.id, grants: grants.length, tenants: tenants.length })}
      </summary>
      {grants.length === 0 ? (
        <p>{t('simulator.grants.none')}</p>
      ) : (
        // Scrolls on its own on a narrow screen (focusable, so keyboard users can scroll it too).
        <ScrollingTable label={t('simulator.grants.label')}>
          <thead>
            <tr>
              <th scope="col">{t('simulator.grants.permissions')}</th>
              <th scope="col">{t('simulator.grants.on')}</th>
              <th scope="col">{t('simulator.grants.how')}</th>
            </tr>
          </thead>
          <tbody>
            {grants.map((grant, index) => (
              <tr key={`${grant.authorization.authorizationKey ?? index}-${grant.provenance.label}`}>
                <td>
                  <code>
                    <BreakableName text={grant.authorization.permissionTypes.join(', ')} />
                  </code>
                </td>
                <td>
                  <CodeText
                    text={`\`${grant.authorization.resourceType}\` ${t.message(grantTargetMessage(grant.authorization))}`}
                  />
                </td>
                <td>
                  <ProvenanceChip provenance={grant.provenance} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollingTable>
      )}
      <p>
        {tenants.length === 0
          ? t('simulator.grants.noTenants')
          : t('simulator.grants.tenants', {
              list: intl.formatList(
                tenants.map((tenant) =>
                  t('simulator.grants.tenant', { id: tenant.tenantId, via: provenanceMessage(tenant.provenance) }),
                ),
              ),
            })}
      </p>
    </details>
  );
}
