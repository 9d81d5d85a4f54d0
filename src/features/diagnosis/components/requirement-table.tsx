import { CodeText } from '../../../components/forbidden/code-text.tsx';
import type { RequiredAlternative } from '../../../lib/authz/parse-forbidden.ts';

const SOURCE: Record<RequiredAlternative['idSource'], string> = {
  message: 'from the error text',
  request: 'from the request path',
  resolved: 'looked up',
  none: 'not named',
};

/** The parsed alternatives: any one row suffices. */
export function RequirementTable({ alternatives }: { alternatives: RequiredAlternative[] }) {
  if (alternatives.length === 0) return null;
  return (
    <table className="diagnosis-table" aria-label="Required permissions (any one suffices)">
      <thead>
        <tr>
          <th scope="col">Permission</th>
          <th scope="col">Resource type</th>
          <th scope="col">Resource id</th>
          <th scope="col">
            <code>*</code> accepted
          </th>
        </tr>
      </thead>
      <tbody>
        {alternatives.map((a) => (
          <tr key={`${a.permission}|${a.resourceType}|${a.resourceIds.join(',')}`}>
            <td>
              <code>{a.permission}</code>
            </td>
            <td>
              <code>{a.resourceType}</code>
            </td>
            <td>
              {a.resourceIds.length > 0 ? a.resourceIds.map((id) => <code key={id}>{id}</code>) : '—'}{' '}
              <span className="diagnosis-muted">({SOURCE[a.idSource]})</span>
              {a.origin ? (
                <span className="diagnosis-muted">
                  {' '}
                  · <CodeText text={a.origin} />
                </span>
              ) : null}
            </td>
            <td>{a.wildcardAccepted ? 'yes' : 'no'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
