import { ForbiddenCallout } from '../../../components/forbidden/forbidden-callout.tsx';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import { describeGrantTarget, type Evaluation } from '../../../lib/authz/effective-permissions.ts';
import type { Authorization } from '../../../lib/authz/model.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import type { ApplyFixResult } from '../api/diagnosis-mutations.ts';
import type { AdminRead, FixAction, FixActor } from '../api/fix-actions.ts';
import { type RetriedRequest, retryCurl } from '../api/retry-command.ts';
import { CopyBlock } from './copy-block.tsx';

interface VerifyResultProps {
  result: ApplyFixResult;
  action: FixAction;
  actor: FixActor;
  cluster: Pick<ClusterSummary, 'id' | 'auth' | 'restAddress'>;
  /** The refused request, as its principal would send it again. */
  request: RetriedRequest;
  /** Who was refused, in words ("user anna"). */
  principalLabel: string;
  reevaluate?: ((read: AdminRead) => Evaluation | null) | undefined;
}

function byWhom(actor: FixActor): string {
  switch (actor.kind) {
    case 'caller':
      return 'as you';
    case 'basic-admin':
    case 'popup-admin':
      return `as ${actor.username}`;
    case 'server-admin':
      return "with Lantern's administrative client";
  }
}

function what(action: FixAction): string {
  if (action.kind === 'membership') {
    const m = action.membership;
    return `${m.memberType.toLowerCase()} ${m.memberId} in ${m.containerType.toLowerCase()} ${m.containerId}`;
  }
  const b = action.body;
  return `${Array.isArray(b.permissionTypes) ? b.permissionTypes.join(', ') : ''} for ${String(b.ownerType).toLowerCase()} ${String(b.ownerId)}`;
}

function sameGrant(a: Authorization, body: Record<string, unknown>): boolean {
  const permissions = Array.isArray(body.permissionTypes) ? (body.permissionTypes as string[]) : [];
  return (
    a.ownerId === body.ownerId &&
    a.ownerType === body.ownerType &&
    a.resourceType === body.resourceType &&
    (a.resourceId ?? null) === (body.resourceId ?? null) &&
    (a.resourcePropertyName ?? null) === (body.resourcePropertyName ?? null) &&
    permissions.every((p) => a.permissionTypes.includes(p))
  );
}

/** After "Apply": what changed, the administrator's re-read (allowed, and by which grant), and the retry. */
export function VerifyResult({
  result,
  action,
  actor,
  cluster,
  request,
  principalLabel,
  reevaluate,
}: VerifyResultProps) {
  const { applied, read, readError, replay } = result;
  const evaluation = read && reevaluate ? reevaluate(read) : null;
  const found =
    read && action.kind === 'authorization'
      ? (read.authorizations.find((a) => sameGrant(a, action.body)) ?? null)
      : null;
  const memberFound =
    read && action.kind === 'membership'
      ? read.memberships.some((m) => m.memberId === action.membership.memberId)
      : false;
  const decisive = evaluation?.decisive[0] ?? null;
  return (
    <div role="status" data-testid="apply-result">
      <p>
        {applied.outcome === 'already-there' ? (
          <>
            Already there: the cluster answered 409 ALREADY_EXISTS for {what(action)}; nothing was changed (
            {byWhom(actor)}).
          </>
        ) : action.kind === 'authorization' ? (
          <>
            Created authorization {applied.authorizationKey ? <code>{applied.authorizationKey}</code> : null} (
            {what(action)}) {byWhom(actor)}.
          </>
        ) : (
          <>
            Added {action.membership.memberType.toLowerCase()} {action.membership.memberId} to{' '}
            {action.membership.containerType.toLowerCase()} {action.membership.containerId} {byWhom(actor)}.
          </>
        )}
      </p>
      <div data-testid="verify-result">
        {readError ? (
          <p className="diagnosis-result--fail">The change could not be verified: re-reading failed ({readError}).</p>
        ) : evaluation ? (
          evaluation.allowed ? (
            <p className="diagnosis-result--ok">
              Verified on the cluster's authorizations, re-read {byWhom(actor)}: {principalLabel} is now allowed.{' '}
              {decisive ? (
                <>
                  Deciding grant
                  {decisive.grant.authorization.authorizationKey ? (
                    <>
                      {' '}
                      <code>{decisive.grant.authorization.authorizationKey}</code>
                    </>
                  ) : null}
                  :{' '}
                  <CodeText
                    text={`${decisive.grant.authorization.permissionTypes.join(', ')} on ${describeGrantTarget(decisive.grant.authorization)} (${decisive.grant.provenance.label}).`}
                  />
                </>
              ) : null}
            </p>
          ) : (
            <p className="diagnosis-result--fail">
              Re-read {byWhom(actor)}, the cluster's authorizations still do not allow it:{' '}
              <CodeText text={evaluation.sentence} />
            </p>
          )
        ) : action.kind === 'authorization' ? (
          <p className={found ? 'diagnosis-result--ok' : 'diagnosis-result--fail'}>
            <CodeText
              text={
                found
                  ? `The re-read ${byWhom(actor)} shows the grant${found.authorizationKey ? ` ${found.authorizationKey}` : ''}: ${found.permissionTypes.join(', ')} on ${describeGrantTarget(found)}.`
                  : `The re-read ${byWhom(actor)} does not show the grant yet: reads follow once the cluster has exported it.`
              }
            />
          </p>
        ) : (
          <p className={memberFound ? 'diagnosis-result--ok' : 'diagnosis-result--fail'}>
            {memberFound ? `The re-read shows ${what(action)}.` : `The re-read does not show ${what(action)} yet.`}
          </p>
        )}
      </div>
      {replay ? (
        <>
          <p>
            Re-ran{' '}
            <code>
              {request.method} {request.path}
            </code>{' '}
            as you:
          </p>
          {replay.ok ? (
            <p className="diagnosis-result--ok">{replay.status} — the request now succeeds.</p>
          ) : (
            <>
              <p className="diagnosis-result--fail">{replay.status} — still refused.</p>
              {replay.error ? <ForbiddenCallout error={replay.error} clusterId={cluster.id} /> : null}
              <p className="diagnosis-muted">
                Reads follow after the cluster exports the new authorization, and web sessions refresh memberships every
                30 s.
              </p>
            </>
          )}
        </>
      ) : (
        <>
          <p>
            Lantern is not signed in as {principalLabel}, so it does not re-run the request. Its owner retries it with
            their own credentials in place of the placeholder:
          </p>
          <CopyBlock label="retry command" text={retryCurl(request, cluster.restAddress, cluster.auth)} />
        </>
      )}
    </div>
  );
}
