import { QueryClientContext } from '@tanstack/react-query';
import { useContext } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../lib/api/api-error.ts';
import { clusterVersionOf } from '../../lib/authz/model.ts';
import { useOperationCatalogue } from '../../lib/catalogue/use-operation-catalogue.ts';
import { clusterVersionQueries } from '../../lib/clusters/cluster-version.ts';
import { CodeText } from './code-text.tsx';
import { explainRefusal } from './explain-refusal.ts';
import './forbidden-callout.scss';

export interface ForbiddenCalloutProps {
  error: ApiError;
  clusterId: string;
}

const TITLES: Record<string, string> = {
  permission: 'Forbidden (403)',
  tenant: 'Forbidden for this tenant (403)',
  'tenant-hidden': 'Hidden by tenant (404)',
  'not-found': 'Not found (404)',
  unauthenticated: 'Not signed in (401)',
  unknown: 'The cluster refused the request',
};

/**
 * The inline explanation of a 403 (or tenant-hidden 404) wherever it happens, with the way to
 * the full diagnosis: a 403 is never only a toast. What the request needed comes from the operation
 * catalogue once its chunk has loaded; until then from the error text alone. Carbon's InlineNotification allows no link
 * inside, hence plain markup on Carbon tokens.
 */
export function ForbiddenCallout({ error, clusterId }: ForbiddenCalloutProps) {
  const catalogue = useOperationCatalogue();
  // The version the shell read from the topology, if any: the callout never sends a request itself.
  const queryClient = useContext(QueryClientContext);
  const gatewayVersion = queryClient?.getQueryData<string | null>(clusterVersionQueries.version(clusterId).queryKey);
  const explanation = explainRefusal(error, catalogue, clusterVersionOf(gatewayVersion));
  const title = TITLES[explanation.kind] ?? `HTTP ${error.status}`;
  const warning = explanation.kind === 'not-found' || explanation.kind === 'tenant-hidden';
  const href = `/c/${encodeURIComponent(clusterId)}/access/requests/${encodeURIComponent(error.request.requestId)}`;
  return (
    <div
      role="alert"
      data-testid="forbidden-callout"
      className={`lantern-forbidden-callout${warning ? ' lantern-forbidden-callout--warning' : ''}`}
    >
      <span className="lantern-forbidden-callout__title">{title}</span>
      <span>
        <CodeText text={explanation.sentence} />
      </span>
      <span>
        <Link to={href}>Explain this {error.status}</Link>
      </span>
    </div>
  );
}
