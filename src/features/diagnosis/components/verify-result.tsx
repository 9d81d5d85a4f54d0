import { ForbiddenCallout } from '../../../components/forbidden/forbidden-callout.tsx';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import type { ReactNode } from 'react';
import { type Evaluation, grantTargetMessage, provenanceMessage } from '../../../lib/authz/effective-permissions.ts';
import type { Authorization } from '../../../lib/authz/model.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import { type Message, msg } from '../../../lib/i18n/message.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import type { ApplyFixResult } from '../api/diagnosis-mutations.ts';
import type { AdminRead, FixAction, FixActor } from '../api/fix-actions.ts';
import { type RetriedRequest, retryCurl } from '../api/retry-command.ts';
import { CopyBlock } from './copy-block.tsx';
import { FailureReason } from './fix-panel-failure.tsx';

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

function byWhom(actor: FixActor): Message {
  switch (actor.kind) {
    case 'caller':
      return msg('fix.verify.byWhom', { kind: 'caller' });
    case 'basic-admin':
    case 'popup-admin':
      return msg('fix.verify.byWhom', { kind: 'admin', username: actor.username });
    case 'server-admin':
      return msg('fix.verify.byWhom', { kind: 'server' });
  }
}

/** "user ron in tenant finance", "CREATE_PROCESS_INSTANCE for user ron". */
function what(action: FixAction): Message {
  if (action.kind === 'membership') return msg('fix.verify.whatMembership', { ...action.membership });
  const b = action.body;
  return msg('fix.verify.whatGrant', {
    permissions: Array.isArray(b.permissionTypes) ? b.permissionTypes.join(', ') : '',
    ownerType: String(b.ownerType),
    ownerId: String(b.ownerId),
  });
}

/** An authorization key for a message: `hasKey` picks the wording with or without it. */
function keyOf(key: string | null | undefined): { hasKey: 'yes' | 'no'; key: string } {
  return key ? { hasKey: 'yes', key } : { hasKey: 'no', key: '' };
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
  const t = useT();
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
  const by = byWhom(actor);
  const code = (chunks: ReactNode[]) => <code>{chunks}</code>;
  return (
    <div role="status" data-testid="apply-result">
      <p>
        {applied.outcome === 'already-there' ? (
          t('fix.verify.alreadyThere', { what: what(action), by })
        ) : action.kind === 'authorization' ? (
          <CodeText text={t('fix.verify.created', { ...keyOf(applied.authorizationKey), what: what(action), by })} />
        ) : (
          t('fix.verify.added', { ...action.membership, by })
        )}
      </p>
      <div data-testid="verify-result">
        {readError ? (
          <p className="diagnosis-result--fail">
            {t.rich('fix.verify.readFailed', { reason: () => <FailureReason error={readError} /> })}
          </p>
        ) : evaluation ? (
          evaluation.allowed ? (
            <p className="diagnosis-result--ok">
              <CodeText
                text={[
                  t('fix.verify.allowed', { by, principal: principalLabel }),
                  ...(decisive
                    ? [
                        t('fix.verify.deciding', {
                          ...keyOf(decisive.grant.authorization.authorizationKey),
                          permissions: decisive.grant.authorization.permissionTypes.join(', '),
                          target: grantTargetMessage(decisive.grant.authorization),
                          via: provenanceMessage(decisive.grant.provenance),
                        }),
                      ]
                    : []),
                ].join(' ')}
              />
            </p>
          ) : (
            <p className="diagnosis-result--fail">
              <CodeText text={t('fix.verify.stillDenied', { by, sentence: evaluation.sentence })} />
            </p>
          )
        ) : action.kind === 'authorization' ? (
          <p className={found ? 'diagnosis-result--ok' : 'diagnosis-result--fail'}>
            <CodeText
              text={
                found
                  ? t('fix.verify.grantFound', {
                      by,
                      ...keyOf(found.authorizationKey),
                      permissions: found.permissionTypes.join(', '),
                      target: grantTargetMessage(found),
                    })
                  : t('fix.verify.grantMissing', { by })
              }
            />
          </p>
        ) : (
          <p className={memberFound ? 'diagnosis-result--ok' : 'diagnosis-result--fail'}>
            {t(memberFound ? 'fix.verify.memberFound' : 'fix.verify.memberMissing', { what: what(action) })}
          </p>
        )}
      </div>
      {replay ? (
        <>
          <p>{t.rich('fix.verify.reran', { request: `${request.method} ${request.path}`, code })}</p>
          {replay.ok ? (
            <p className="diagnosis-result--ok">{t('fix.verify.reranOk', { status: String(replay.status) })}</p>
          ) : (
            <>
              <p className="diagnosis-result--fail">
                {t('fix.verify.reranRefused', { status: String(replay.status) })}
              </p>
              {replay.error ? <ForbiddenCallout error={replay.error} clusterId={cluster.id} /> : null}
              <p className="diagnosis-muted">{t('fix.verify.reranLag')}</p>
            </>
          )}
        </>
      ) : (
        <>
          <p>{t('fix.verify.ownerRetries', { principal: principalLabel })}</p>
          <CopyBlock
            label={t('fix.verify.retryCommand')}
            text={retryCurl(request, cluster.restAddress, cluster.auth)}
          />
        </>
      )}
    </div>
  );
}
