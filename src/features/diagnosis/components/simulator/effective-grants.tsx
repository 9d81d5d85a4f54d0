import { CodeText } from '../../../../components/forbidden/code-text.tsx';
import { describeGrantTarget, type EffectivePermissions } from '../../../../lib/authz/effective-permissions.ts';
import { BreakableName } from '../breakable-name.tsx';
import { ProvenanceChip } from '../provenance-chip.tsx';

/** Everything the principal holds, with provenance; collapsed, since the answer above is the point. */
export function EffectiveGrants({ effective }: { effective: EffectivePermissions }) {
  const { grants, tenants } = effective;
  return (
    <details className="diagnosis-details">
      <summary>
        All grants of {effective.subject.id} ({grants.length}) and tenants ({tenants.length})
      </summary>
      {grants.length === 0 ? (
        <p>None: every check is denied (there are no deny rules; nothing grants anything).</p>
      ) : (
        <table className="diagnosis-table" aria-label="Effective grants">
          <thead>
            <tr>
              <th scope="col">Permissions</th>
              <th scope="col">On</th>
              <th scope="col">How</th>
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
                  <code>{grant.authorization.resourceType}</code>{' '}
                  <CodeText text={describeGrantTarget(grant.authorization)} />
                </td>
                <td>
                  <ProvenanceChip provenance={grant.provenance} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        Tenants:{' '}
        {tenants.length === 0 ? 'none' : tenants.map((t) => `${t.tenantId} (${t.provenance.label})`).join(', ')}
      </p>
    </details>
  );
}
