import { Button, RadioButton, RadioButtonGroup, Select, SelectItem } from '@carbon/react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ForbiddenCallout } from '../../../components/forbidden/forbidden-callout.tsx';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import type { RequestLogEntry } from '../../../lib/api/request-log.ts';
import { fixFormats, type FixTaskFacts, ownerChoices, proposeFixes, restBody } from '../../../lib/authz/fix-drafts.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import type { ForbiddenExplanation } from '../../../lib/authz/parse-forbidden.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import { basicHeader } from '../../../lib/connection/connection-store.ts';
import { createAuthorization, replayRequest, type ReplayResult } from '../api/diagnosis-api.ts';
import type { DiagnosisPrincipal } from '../lib/principal.ts';
import { ApplyFixDialog, type ApplyCredentials } from './apply-fix-dialog.tsx';
import { CopyBlock } from './copy-block.tsx';

const FORMATS = [
  { id: 'json', label: 'REST body' },
  { id: 'curl', label: 'curl' },
  { id: 'c8ctl', label: 'c8ctl' },
  { id: 'yaml', label: 'Identity as code (YAML)' },
  { id: 'env', label: 'Environment variables' },
  { id: 'helm', label: 'Helm values' },
] as const;
type FormatId = (typeof FORMATS)[number]['id'];

interface FixPanelProps {
  cluster: ClusterSummary;
  version: ClusterVersion;
  entry: RequestLogEntry;
  explanation: ForbiddenExplanation;
  principal: DiagnosisPrincipal;
  task: FixTaskFacts | null;
  /** null: allowed or unknown; a sentence: why the principal may not create authorizations. */
  principalCannotApply: string | null;
}

type ApplyState =
  | { phase: 'idle' }
  | { phase: 'busy' }
  | { phase: 'done'; authorizationKey: string | null; replay: ReplayResult }
  | { phase: 'failed'; message: string; error: unknown };

export function FixPanel({
  cluster,
  version,
  entry,
  explanation,
  principal,
  task,
  principalCannotApply,
}: FixPanelProps) {
  const queryClient = useQueryClient();
  const choices = useMemo(
    () =>
      principal.type === 'ANONYMOUS' || principal.id === null
        ? []
        : ownerChoices(
            { type: principal.type, id: principal.id },
            { groups: principal.groups, roles: principal.roles },
          ),
    [principal],
  );
  const [ownerIndex, setOwnerIndex] = useState(0);
  const owner = choices[ownerIndex]?.owner ?? null;
  const proposals = useMemo(
    () =>
      owner
        ? proposeFixes(explanation, owner, {
            version,
            task,
            username: principal.type === 'USER' ? principal.id : null,
            groups: principal.groups,
          })
        : [],
    [explanation, owner, version, task, principal],
  );
  const [proposalIndex, setProposalIndex] = useState(0);
  const proposal = proposals[Math.min(proposalIndex, proposals.length - 1)] ?? null;
  const [format, setFormat] = useState<FormatId>('json');
  const [dialogOpen, setDialogOpen] = useState(false);
  const [apply, setApply] = useState<ApplyState>({ phase: 'idle' });

  if (explanation.kind !== 'permission' || explanation.alternatives.length === 0) {
    return (
      <p className="diagnosis-muted">
        {explanation.kind === 'tenant' || explanation.kind === 'tenant-hidden'
          ? 'No authorization fixes this: the caller needs a tenant assignment (PUT /v2/tenants/{tenantId}/users/{username}, or for a group, role or mapping rule).'
          : 'Lantern cannot draft an authorization for this error: it does not name a permission.'}
      </p>
    );
  }
  if (!owner || !proposal) {
    return <p className="diagnosis-muted">Anonymous callers skip authorization checks; there is nothing to grant.</p>;
  }

  const formats = fixFormats(proposal.draft, { baseUrl: cluster.restAddress, auth: cluster.auth });
  const text = formats[format];

  const onConfirm = async (credentials: ApplyCredentials | null) => {
    setApply({ phase: 'busy' });
    try {
      const key = await createAuthorization(
        cluster.id,
        restBody(proposal.draft),
        credentials ? { Authorization: basicHeader(credentials.username, credentials.password) } : undefined,
      );
      const replay = await replayRequest(entry);
      setApply({ phase: 'done', authorizationKey: key, replay });
      setDialogOpen(false);
      // Authorizations and anything the new grant may reveal are stale now.
      await queryClient.invalidateQueries({ queryKey: ['clusters', cluster.id] });
    } catch (error) {
      setApply({ phase: 'failed', message: error instanceof Error ? error.message : String(error), error });
      setDialogOpen(false);
    }
  };

  return (
    <div className="diagnosis-fix">
      <div className="diagnosis-columns">
        <Select
          id="fix-owner"
          labelText="Grant it to"
          value={String(ownerIndex)}
          onChange={(e) => {
            setOwnerIndex(Number(e.target.value));
            setProposalIndex(0);
          }}
          helperText={choices[ownerIndex]?.tradeOff}
        >
          {choices.map((choice, index) => (
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
        valueSelected={String(Math.min(proposalIndex, proposals.length - 1))}
        onChange={(value) => setProposalIndex(Number(value))}
      >
        {proposals.map((p, index) => (
          <RadioButton
            key={index}
            id={`fix-proposal-${index}`}
            value={String(index)}
            labelText={`${p.recommended ? 'Recommended: ' : ''}${p.draft.permissionTypes.join(', ')} on ${p.draft.resourceType} ${p.draft.resourcePropertyName ? `where ${p.draft.resourcePropertyName} matches` : (p.draft.resourceId ?? '*')}`}
          />
        ))}
      </RadioButtonGroup>
      <p>
        <CodeText text={proposal.rationale} />
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
          Identity as code only creates at start-up and never updates an existing entity; on a running cluster use the
          REST API.
        </p>
      ) : null}
      <div className="diagnosis-row">
        <Button kind="primary" onClick={() => setDialogOpen(true)} disabled={apply.phase === 'busy'}>
          Apply this fix
        </Button>
        {principalCannotApply ? (
          <span className="diagnosis-muted">
            <CodeText text={principalCannotApply} />
          </span>
        ) : null}
      </div>
      <ApplyFixDialog
        open={dialogOpen}
        draft={proposal.draft}
        principalCannotApply={principalCannotApply}
        offerOtherLogin={cluster.auth === 'basic'}
        busy={apply.phase === 'busy'}
        onCancel={() => setDialogOpen(false)}
        onConfirm={(credentials) => void onConfirm(credentials)}
      />
      <ApplyResult state={apply} clusterId={cluster.id} entry={entry} />
    </div>
  );
}

function ApplyResult({ state, clusterId, entry }: { state: ApplyState; clusterId: string; entry: RequestLogEntry }) {
  if (state.phase === 'idle' || state.phase === 'busy') return null;
  if (state.phase === 'failed') {
    return (
      <div role="status" data-testid="apply-result">
        <p className="diagnosis-result--fail">The authorization was not created: {state.message}</p>
      </div>
    );
  }
  const { replay } = state;
  return (
    <div role="status" data-testid="apply-result">
      <p>
        Created authorization {state.authorizationKey ? <code>{state.authorizationKey}</code> : null}. Re-ran{' '}
        <code>
          {entry.method} {entry.path}
        </code>
        :
      </p>
      {replay.ok ? (
        <p className="diagnosis-result--ok">{replay.status} — the request now succeeds.</p>
      ) : replay.error ? (
        <>
          <p className="diagnosis-result--fail">{replay.status} — still refused.</p>
          <ForbiddenCallout error={replay.error} clusterId={clusterId} />
          <p className="diagnosis-muted">
            Reads follow after the cluster exports the new authorization, and web sessions refresh memberships every 30
            s.
          </p>
        </>
      ) : null}
    </div>
  );
}
