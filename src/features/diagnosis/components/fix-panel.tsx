import { Button, RadioButton, RadioButtonGroup, Select, SelectItem } from '@carbon/react';
import { useState } from 'react';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import { getRequestLog, type RequestLogEntry } from '../../../lib/api/request-log.ts';
import type { Evaluation } from '../../../lib/authz/effective-permissions.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import { ReplayUnavailableError } from '../api/diagnosis-api.ts';
import { StepFailedError, useApplyFix } from '../api/diagnosis-mutations.ts';
import { type AdminRead, type FixAction, type FixActor, fixActionOf } from '../api/fix-actions.ts';
import type { RequestDiagnosis } from '../lib/diagnose-request.ts';
import { ApplyFixDialog } from './apply-fix-dialog.tsx';
import { CopyBlock } from './copy-block.tsx';
import { VerifyResult } from './verify-result.tsx';

const FORMATS = [
  { id: 'json', label: 'REST body' },
  { id: 'curl', label: 'curl' },
  { id: 'c8ctl', label: 'c8ctl' },
  { id: 'yaml', label: 'Identity as code (YAML)' },
  { id: 'env', label: 'Environment variables' },
  { id: 'helm', label: 'Helm values' },
] as const;
type FormatId = (typeof FORMATS)[number]['id'];

/** A drafted membership (tenant assignment, group membership): one body-less PUT. */
export interface MembershipFixOption {
  proposal: {
    draft: { containerType: string; containerId: string; memberType: string; memberId: string };
    rationale: string;
    recommended: boolean;
  };
  curl: string;
}

/** A drafted fix of several changes: memberships first, then grants (a candidate group's join plus its grant). */
export interface PairFixOption {
  title: string;
  rationale: string;
  memberships: readonly MembershipFixOption[];
  grants: readonly { body: Record<string, unknown> }[];
  verified: boolean;
  external: string | null;
}

interface PendingFix {
  action: FixAction;
  before: readonly FixAction[];
}

type FixEntry = Pick<RequestLogEntry, 'requestId' | 'clusterId' | 'method' | 'path' | 'query' | 'requestBody'>;

interface FixPanelProps {
  cluster: Pick<ClusterSummary, 'id' | 'auth' | 'oidc' | 'restAddress'>;
  entry: FixEntry;
  diagnosis: Pick<RequestDiagnosis, 'owners' | 'noFixReason' | 'principalCannotApply'> & {
    membershipFixes?: readonly MembershipFixOption[];
    /** Candidate-group fixes; those that need a membership and a grant together are applied as a pair. */
    candidateGroups?: { options: readonly PairFixOption[] } | null;
  };
  /** The signed-in caller, for "as you" and the verification text. */
  caller?: { type: string; id: string | null };
  /** The refused principal in words ("client invoice-app") when it is not the caller (a pasted or shared error). */
  principalName?: string | null;
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
    return <p className="diagnosis-muted">{noFixReason ?? 'Lantern has no grant to propose for this request.'}</p>;
  }
  const text = fix ? fix.formats[format] : null;
  const principalLabel =
    principalName ?? (caller?.id ? `${caller.type.toLowerCase()} ${caller.id}` : 'the refused principal');

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
              labelText="Grant it to"
              value={String(ownerIndex)}
              onChange={(e) => {
                setOwnerIndex(Number(e.target.value));
                setProposalIndex(0);
              }}
              helperText={owners[ownerIndex]?.choice.tradeOff}
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
            legendText="Least-privilege options (recommended first)"
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
                labelText={`${p.recommended ? 'Recommended: ' : ''}${p.draft.permissionTypes.join(', ')} on ${p.draft.resourceType} ${p.draft.resourcePropertyName ? `where ${p.draft.resourcePropertyName} matches` : (p.draft.resourceId ?? '*')}`}
              />
            ))}
          </RadioButtonGroup>
          <p>
            <CodeText text={fix.proposal.rationale} />
          </p>
          <RadioButtonGroup
            legendText="Format"
            name="fix-format"
            valueSelected={format}
            onChange={(value) => setFormat(value as FormatId)}
          >
            {FORMATS.map((f) => (
              <RadioButton key={f.id} id={`fix-format-${f.id}`} value={f.id} labelText={f.label} />
            ))}
          </RadioButtonGroup>
          {text === null ? (
            <p className="diagnosis-muted">
              c8ctl cannot create property-based authorizations (it has no --resourcePropertyName); use the REST body or
              curl.
            </p>
          ) : (
            <CopyBlock label={FORMATS.find((f) => f.id === format)?.label ?? format} text={text} />
          )}
          {format === 'yaml' || format === 'env' || format === 'helm' ? (
            <p className="diagnosis-muted">
              Identity as code only creates at start-up and never updates an existing entity; on a running cluster use
              the REST API.
            </p>
          ) : null}
          <div className="diagnosis-row">
            <Button
              kind="primary"
              onClick={() => setPending({ action: fixActionOf(fix.body), before: [] })}
              disabled={apply.isPending}
            >
              Apply this fix
            </Button>
            {principalCannotApply ? (
              <span className="diagnosis-muted">
                <CodeText text={principalCannotApply} />
              </span>
            ) : null}
          </div>
        </>
      ) : null}
      {membership ? (
        <div data-testid="membership-fixes">
          <RadioButtonGroup
            legendText={fix ? 'Or a membership' : 'Memberships that fix it (recommended first)'}
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
                labelText={`${recommended ? 'Recommended: ' : ''}${d.memberType.toLowerCase()} ${d.memberId} into ${d.containerType.toLowerCase()} ${d.containerId}`}
              />
            ))}
          </RadioButtonGroup>
          <p>
            <CodeText text={membership.proposal.rationale} />
          </p>
          <CopyBlock label="membership curl" text={membership.curl} />
          <Button
            kind={fix ? 'secondary' : 'primary'}
            onClick={() => setPending({ action: fixActionOf({ ...membership.proposal.draft }), before: [] })}
            disabled={apply.isPending}
          >
            Apply this membership
          </Button>
        </div>
      ) : null}
      {pairs.length > 0 ? (
        <div data-testid="pair-fixes">
          <p>{fix || membership ? 'Or a membership and a grant together' : 'A membership and a grant together'}:</p>
          {pairs.map((pair, index) => {
            const steps = [
              ...pair.memberships.map((m) => fixActionOf({ ...m.proposal.draft })),
              ...pair.grants.map((g) => fixActionOf(g.body)),
            ];
            const last = steps[steps.length - 1];
            return (
              <div key={index} className="diagnosis-row">
                <span>
                  <CodeText text={pair.title} />
                </span>
                <Button
                  kind={fix || membership || index > 0 ? 'secondary' : 'primary'}
                  size="sm"
                  onClick={() => (last ? setPending({ action: last, before: steps.slice(0, -1) }) : undefined)}
                  disabled={apply.isPending}
                >
                  Apply both
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
            {apply.error instanceof ReplayUnavailableError
              ? `Nothing was changed: ${apply.error.message}`
              : apply.error instanceof StepFailedError
                ? `Not every change was made: ${apply.error.message}`
                : `The change was not made: ${apply.error instanceof Error ? apply.error.message : String(apply.error)}`}
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
