import { Button } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { CurrentUser } from '../../../lib/connection/current-user.ts';
import { clusterVersionQueries } from '../../../lib/clusters/cluster-version.ts';
import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
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
  const t = useT();
  const { intl } = useLanguageState();
  const accessHref = `/c/${encodeURIComponent(clusterId)}/access`;
  const name = user?.username ?? callerId;
  // "this principal" when the caller has no name; the messages choose the words (and the case).
  const who = { who: name ?? '', named: name ? 'yes' : 'no' };
  // Only asked when the queue is empty: the wording of the needed permission depends on the version.
  const version = useQuery({ ...clusterVersionQueries.version(clusterId), enabled: user !== null });
  const requirement = intl.formatList(
    userTaskReadRequirement(version.data).map((a) => (
      <Fragment key={`${a.permission} ${a.resourceType}`}>
        {t.rich('tasks.empty.requirement', { ...a, code: (chunks) => <code>{chunks}</code> })}
      </Fragment>
    )),
    { type: 'disjunction' },
  );
  const noMemberships = user != null && user.roles.length === 0 && user.groups.length === 0;

  return (
    <section className="task-empty" aria-labelledby="task-empty-title" data-testid="task-queue-empty">
      <h2 id="task-empty-title" className="task-empty__title">
        {t('tasks.empty.title')}
      </h2>
      {user === null ? (
        <p>{t('tasks.empty.unprotected')}</p>
      ) : (
        <>
          <p className="task-empty__hint" data-testid="filtered-not-empty">
            {t.rich('tasks.empty.filtered', {
              ...who,
              requirement,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          {noMemberships ? (
            <p className="task-empty__hint">{t('tasks.empty.noMemberships', who)}</p>
          ) : user ? (
            <p className="task-empty__hint">
              {t('tasks.empty.memberships', {
                ...who,
                groupCount: user.groups.length,
                groups: intl.formatList(user.groups),
                roleCount: user.roles.length,
                roles: intl.formatList(user.roles),
              })}
            </p>
          ) : null}
        </>
      )}
      <div className="task-empty__actions">
        {user !== null ? (
          <Link className="cds--btn cds--btn--primary cds--btn--sm" to={accessHref}>
            {t('tasks.empty.checkAccess', who)}
          </Link>
        ) : null}
        {activeFilters > 0 ? (
          <Button kind="tertiary" size="sm" onClick={onResetFilters}>
            {t('tasks.empty.resetFilters', { count: activeFilters })}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
