import { Button, RadioButton, RadioButtonGroup, Select, SelectItem } from '@carbon/react';
import { useState } from 'react';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import { getRequestLog, type RequestLogEntry } from '../../../lib/api/request-log.ts';
import type { Evaluation } from '../../../lib/authz/effective-permissions.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import type { MessageId } from '../../../lib/i18n/catalogues.ts';
import type { Message } from '../../../lib/i18n/message.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { useApplyFix } from '../api/diagnosis-mutations.ts';
import { type AdminRead, type FixAction, type FixActor, fixActionOf } from '../api/fix-actions.ts';
import type { RequestDiagnosis } from '../lib/diagnose-request.ts';
import { ApplyFixDialog } from './apply-fix-dialog.tsx';
import { CopyBlock } from './copy-block.tsx';
import { ApplyFailure } from './fix-panel-failure.tsx';
import './fix-panel.scss';
import { VerifyResult } from './verify-result.tsx';

const FORMATS = [
  { id: 'json', label: 'fix.format.json' },
  { id: 'curl', label: 'fix.format.curl' },
  { id: 'c8ctl', label: 'fix.format.c8ctl' },
  { id: 'yaml', label: 'fix.format.yaml' },
  { id: 'env', label: 'fix.format.env' },
  { id: 'helm', label: 'fix.format.helm' },
] as const satisfies readonly { id: string; label: MessageId }[];
type FormatId = (typeof FORMATS)[number]['id'];

/** A drafted membership (tenant assignment, group membership): one body-less PUT. */
export interface MembershipFixOption {
  proposal: {
    draft: { containerType: string; containerId: string; memberType: string; memberId: string };
    rationale: Message;
    recommended: boolean;
  };
  curl: string;
}

/** A drafted fix of several changes: memberships first, then grants (a candidate group's join plus its grant). */
export interface PairFixOption {
  title: Message;
  rationale: Message;
  memberships: readonly MembershipFixOption[];
  grants: readonly { body: Record<string, unknown> }[];
  verified: boolean;
  external: Message | null;
}

interface PendingFix {
  action: FixAction;
  before: readonly FixAction[];
}

type FixEntry = Pick<RequestLogEntry, 'requestId' | 'clusterId' | 'method' | 'path' | 'query' | 'requestBody'>;

interface FixPanelProps {
  cluster: Pick<ClusterSummary, 'id' | 'auth' | 'oidc' | 'restAddress'>;
  entry: FixEntry;
  diagnosis: Pick<RequestDiagnosis, 'owners'> & {
    /** Why there is nothing to propose; null when there is. */
    noFixReason: Message | null;
    /** Why the signed-in principal cannot apply a fix itself; null when it can. */
    principalCannotApply: Message | null;
    membershipFixes?: readonly MembershipFixOption[];
    /** Candidate-group fixes; those that need a membership and a grant together are applied as a pair. */
    candidateGroups?: { options: readonly PairFixOption[] } | null;
  };
  /** The signed-in caller, for "as you" and the verification text. */
  caller?: { type: string; id: string | null };
  /** The refused principal in words ("client invoice-app") when it is not the caller (a pasted or shared error). */
  principalName?: Message | string | null;
  /**
   * Which diagnosis this is: a result of one is never shown on another, even when the page keeps
   * this component mounted (default: the cluster and the request id).
   */
  diagnosisKey?: string;
  /**
   * Whether the signed-in caller is the refused principal, so Lantern may re-run the request as it.
   * Default: only for a request of this tab's request log (made by the caller; the log is cleared on
   * sign-out). A pasted or shared error is someone else's: its owner gets the retry command instead,
   * and nothing is ever re-run with the administrator's or the caller's rights on their behalf.
   */
  callerIsPrincipal?: boolean;
  /** The diagnosis evaluated again on the administrator's re-read; absent: the re-read is only searched for the grant. */
  reevaluate?: (read: AdminRead) => Evaluation | null;
}

/** The drafted fixes of the diagnosis, in every format, and "apply and verify". */
export function FixPanel(props: FixPanelProps) {
  const key = props.diagnosisKey ?? `${props.cluster.id}/${props.entry.requestId}`;
  // Keyed: another diagnosis starts with no chosen fix, no open dialog and no apply result.
  return <FixPanelBody key={key} {...props} />;
}

function FixPanelBody({
  cluster,
  entry,
  diagnosis,
  caller,
  principalName,
  callerIsPrincipal,
  reevaluate,
}: FixPanelProps) {
  const t = useT();
  const replay =
    callerIsPrincipal ??
    getRequestLog().some((e) => e.requestId === entry.requestId && e.clusterId === entry.clusterId);
  const { owners, noFixReason, principalCannotApply } = diagnosis;
  const memberships = diagnosis.membershipFixes ?? [];
  const [ownerIndex, setOwnerIndex] = useState(0);
  const [proposalIndex, setProposalIndex] = useState(0);
  const [membershipIndex, setMembershipIndex] = useState(0);
  const [format, setFormat] = useState<FormatId>('json');
  const [pending, setPending] = useState<PendingFix | null>(null);
  const [applied, setApplied] = useState<{ action: FixAction; actor: FixActor } | null>(null);
  // Only the pairs the re-evaluation confirmed, and none Lantern cannot make (an identity provider's group).
  const pairs = (diagnosis.candidateGroups?.options ?? []).filter(
    (o) => o.verified && o.external === null && o.memberships.length > 0 && o.grants.length > 0,
  );
  const apply = useApplyFix(cluster.id);

  const fixes = owners[ownerIndex]?.fixes ?? [];
  const fix = fixes[Math.min(proposalIndex, fixes.length - 1)] ?? null;
  const membership = memberships[Math.min(membershipIndex, memberships.length - 1)] ?? null;
  // Once a fix is applied, the re-read diagnosis may need none: its result and verification stay.
  if (!fix && !membership && pairs.length === 0 && !applied) {
    return (
      <p className="diagnosis-muted">
        <CodeText text={noFixReason ? t.message(noFixReason) : t('fix.panel.noProposal')} />
      </p>
    );
  }
  const text = fix ? fix.formats[format] : null;
  const tradeOff = owners[ownerIndex]?.choice.tradeOff;
  const principalLabel =
    typeof principalName === 'string'
      ? principalName
      : principalName
        ? t.message(principalName)
        : caller?.id
          ? t('fix.panel.principal', { type: caller.type, id: caller.id })
          : t('fix.panel.refusedPrincipal');

  const onConfirm = (actor: FixActor) => {
    if (!pending) return;
    const { action, before } = pending;
    setApplied({ action, actor });
    apply.mutate({ action, before, actor, entry, replay }, { onSettled: () => setPending(null) });
  };

  return (
    <div className="diagnosis-fix">
      {fix ? (
        <>
          <div className="diagnosis-columns">
            <Select
              id="fix-owner"
              labelText={t('fix.panel.owner')}
              value={String(ownerIndex)}
              onChange={(e) => {
                setOwnerIndex(Number(e.target.value));
                setProposalIndex(0);
              }}
              helperText={tradeOff ? t.message(tradeOff) : undefined}
            >
              {owners.map(({ choice }, index) => (
                <SelectItem
                  key={`${choice.owner.ownerType}:${choice.owner.ownerId}`}
                  value={String(index)}
                  text={`${choice.owner.ownerType} ${choice.owner.ownerId}`}
                />
              ))}
            </Select>
          </div>
          <RadioButtonGroup
            legendText={t('fix.panel.proposals')}
            name="fix-proposal"
            orientation="vertical"
            valueSelected={String(Math.min(proposalIndex, fixes.length - 1))}
            onChange={(value) => setProposalIndex(Number(value))}
          >
            {fixes.map(({ proposal: p }, index) => (
              <RadioButton
                key={index}
                id={`fix-proposal-${index}`}
                value={String(index)}
                labelText={t('fix.panel.proposal', {
                  recommended: p.recommended ? 'yes' : 'no',
                  permissions: p.draft.permissionTypes.join(', '),
                  resourceType: p.draft.resourceType,
                  property: p.draft.resourcePropertyName ?? 'none',
                  resourceId: p.draft.resourceId ?? '*',
                })}
              />
            ))}
          </RadioButtonGroup>
          <p>
            <CodeText text={t.message(fix.proposal.rationale)} />
          </p>
          <RadioButtonGroup
            legendText={t('fix.panel.format')}
            name="fix-format"
            valueSelected={format}
            onChange={(value) => setFormat(value as FormatId)}
          >
            {FORMATS.map((f) => (
              <RadioButton key={f.id} id={`fix-format-${f.id}`} value={f.id} labelText={t(f.label)} />
            ))}
          </RadioButtonGroup>
          {text === null ? (
            <p className="diagnosis-muted">
              {t.rich('fix.panel.c8ctlProperty', { code: (chunks) => <code>{chunks}</code> })}
            </p>
          ) : (
            <CopyBlock label={t(FORMATS.find((f) => f.id === format)?.label ?? 'fix.format.json')} text={text} />
          )}
          {format === 'yaml' || format === 'env' || format === 'helm' ? (
            <p className="diagnosis-muted">{t('fix.panel.identityAsCode')}</p>
          ) : null}
          <div className="diagnosis-row">
            <Button
              kind="primary"
              onClick={() => setPending({ action: fixActionOf(fix.body), before: [] })}
              disabled={apply.isPending}
            >
              {t('fix.panel.apply')}
            </Button>
            {principalCannotApply ? (
              <span className="diagnosis-muted">
                <CodeText text={t.message(principalCannotApply)} />
              </span>
            ) : null}
          </div>
        </>
      ) : null}
      {membership ? (
        <div data-testid="membership-fixes">
          <RadioButtonGroup
            legendText={t(fix ? 'fix.panel.orMembership' : 'fix.panel.memberships')}
            name="fix-membership"
            orientation="vertical"
            valueSelected={String(Math.min(membershipIndex, memberships.length - 1))}
            onChange={(value) => setMembershipIndex(Number(value))}
          >
            {memberships.map(({ proposal: { draft: d, recommended } }, index) => (
              <RadioButton
                key={index}
                id={`fix-membership-${index}`}
                value={String(index)}
                labelText={t('fix.panel.membership', {
                  recommended: recommended ? 'yes' : 'no',
                  memberType: d.memberType,
                  memberId: d.memberId,
                  containerType: d.containerType,
                  containerId: d.containerId,
                })}
              />
            ))}
          </RadioButtonGroup>
          <p>
            <CodeText text={t.message(membership.proposal.rationale)} />
          </p>
          <CopyBlock label={t('fix.panel.membershipCurl')} text={membership.curl} />
          <Button
            kind={fix ? 'secondary' : 'primary'}
            onClick={() => setPending({ action: fixActionOf({ ...membership.proposal.draft }), before: [] })}
            disabled={apply.isPending}
          >
            {t('fix.panel.applyMembership')}
          </Button>
        </div>
      ) : null}
      {pairs.length > 0 ? (
        <div data-testid="pair-fixes">
          <p>{t(fix || membership ? 'fix.panel.orPair' : 'fix.panel.pair')}</p>
          {pairs.map((pair, index) => {
            const steps = [
              ...pair.memberships.map((m) => fixActionOf({ ...m.proposal.draft })),
              ...pair.grants.map((g) => fixActionOf(g.body)),
            ];
            const last = steps[steps.length - 1];
            return (
              <div key={index} className="diagnosis-row">
                <span>
                  <CodeText text={t.message(pair.title)} />
                </span>
                <Button
                  kind={fix || membership || index > 0 ? 'secondary' : 'primary'}
                  size="sm"
                  onClick={() => (last ? setPending({ action: last, before: steps.slice(0, -1) }) : undefined)}
                  disabled={apply.isPending}
                >
                  {t('fix.panel.applyBoth')}
                </Button>
              </div>
            );
          })}
        </div>
      ) : null}
      {pending ? (
        <ApplyFixDialog
          open
          cluster={cluster}
          action={pending.action}
          before={pending.before}
          callerId={caller?.id ?? null}
          principalCannotApply={principalCannotApply}
          replay={replay}
          busy={apply.isPending}
          onCancel={() => setPending(null)}
          onConfirm={onConfirm}
        />
      ) : null}
      {apply.isError ? (
        <div role="status" data-testid="apply-result">
          <p className="diagnosis-result--fail">
            <ApplyFailure error={apply.error} />
          </p>
        </div>
      ) : apply.data && applied ? (
        <VerifyResult
          result={apply.data}
          action={applied.action}
          actor={applied.actor}
          cluster={cluster}
          request={{
            method: entry.method,
            path: entry.path,
            ...(entry.query ? { query: entry.query } : {}),
            ...(entry.requestBody !== undefined ? { body: entry.requestBody } : {}),
          }}
          principalLabel={principalLabel}
          reevaluate={reevaluate}
        />
      ) : null}
    </div>
  );
}
