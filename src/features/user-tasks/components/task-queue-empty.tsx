import { Button } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CurrentUser } from '../../../lib/connection/current-user.ts';
import { clusterVersionQueries } from '../../../lib/clusters/cluster-version.ts';
import { userTaskReadRequirement } from '../lib/read-requirement.ts';

interface TaskQueueEmptyProps {
  clusterId: string;
  /** undefined while /me is loading; null for the anonymous caller of an unprotected API. */
  user: CurrentUser | null | undefined;
  callerId: string | null;
  activeFilters: number;
  onResetFilters: () => void;
}

/**
 * Zero results is ambiguous on Camunda: searches filter silently by authorization
 * (docs/camunda-api/authorization-model.md §5, `x-permission-enforcement: filter`), so "no tasks" and "no tasks you may read" look
 * the same. This says which one it may be and links to the access check.
 */
export function TaskQueueEmpty({ clusterId, user, callerId, activeFilters, onResetFilters }: TaskQueueEmptyProps) {
  const accessHref = `/c/${encodeURIComponent(clusterId)}/access`;
  const who = user?.username ?? callerId ?? 'this principal';
  // Only asked when the queue is empty: the wording of the needed permission depends on the version.
  const version = useQuery({ ...clusterVersionQueries.version(clusterId), enabled: user !== null });
  const requirement = userTaskReadRequirement(version.data);
  const noMemberships = user != null && user.roles.length === 0 && user.groups.length === 0;

  return (
    <section className="task-empty" aria-labelledby="task-empty-title" data-testid="task-queue-empty">
      <h2 id="task-empty-title" className="task-empty__title">
        No user tasks match
      </h2>
      {user === null ? (
        <p>
          This cluster&apos;s API is unprotected, so nothing is hidden from you: there are no tasks for this filter.
        </p>
      ) : (
        <>
          <p className="task-empty__hint" data-testid="filtered-not-empty">
            <strong>Filtered, not necessarily empty.</strong> The cluster only returns tasks {who} may read (
            {requirement}) and silently leaves out the rest, so tasks may exist that you cannot see.
          </p>
          {noMemberships ? (
            <p className="task-empty__hint">
              {who} has no roles and no groups on this cluster. Unless an authorization names {who} directly, {who} may
              not read any user task.
            </p>
          ) : user ? (
            <p className="task-empty__hint">
              {who} is in {user.groups.length > 0 ? `groups ${user.groups.join(', ')}` : 'no groups'} and has{' '}
              {user.roles.length > 0 ? `roles ${user.roles.join(', ')}` : 'no roles'}.
            </p>
          ) : null}
        </>
      )}
      <div className="task-empty__actions">
        {user !== null ? (
          <Link className="cds--btn cds--btn--primary cds--btn--sm" to={accessHref}>
            Check what {who} may access
          </Link>
        ) : null}
        {activeFilters > 0 ? (
          <Button kind="tertiary" size="sm" onClick={onResetFilters}>
            Reset {activeFilters} {activeFilters === 1 ? 'filter' : 'filters'}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
