import { QueryClientContext } from '@tanstack/react-query';
import { useContext } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../lib/api/api-error.ts';
import { clusterVersionOf } from '../../lib/authz/model.ts';
import { useOperationCatalogue } from '../../lib/catalogue/use-operation-catalogue.ts';
import { clusterVersionQueries } from '../../lib/clusters/cluster-version.ts';
import type { MessageId } from '../../lib/i18n/catalogues.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { CodeText } from './code-text.tsx';
import { explainRefusal } from './explain-refusal.ts';
import './forbidden-callout.scss';

export interface ForbiddenCalloutProps {
  error: ApiError;
  clusterId: string;
}

const TITLES: Record<string, MessageId> = {
  permission: 'common.forbidden.permission',
  tenant: 'common.forbidden.tenant',
  'tenant-hidden': 'common.forbidden.tenantHidden',
  'not-found': 'common.forbidden.notFound',
  unauthenticated: 'common.forbidden.unauthenticated',
  unknown: 'common.forbidden.unknown',
};

/**
 * The inline explanation of a 403 (or tenant-hidden 404) wherever it happens, with the way to
 * the full diagnosis: a 403 is never only a toast. What the request needed comes from the operation
 * catalogue once its chunk has loaded; until then from the error text alone. Carbon's InlineNotification allows no link
 * inside, hence plain markup on Carbon tokens.
 */
export function ForbiddenCallout({ error, clusterId }: ForbiddenCalloutProps) {
  const t = useT();
  const catalogue = useOperationCatalogue();
  // The version the shell read from the topology, if any: the callout never sends a request itself.
  const queryClient = useContext(QueryClientContext);
  const gatewayVersion = queryClient?.getQueryData<string | null>(clusterVersionQueries.version(clusterId).queryKey);
  const explanation = explainRefusal(error, catalogue, clusterVersionOf(gatewayVersion));
  const titleId = TITLES[explanation.kind];
  const title = titleId ? t(titleId) : t('common.forbidden.http', { status: error.status });
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
        <CodeText text={t.message(explanation.sentence)} />
      </span>
      <span>
        <Link to={href}>{t('common.forbidden.explain', { status: error.status })}</Link>
      </span>
    </div>
  );
}
