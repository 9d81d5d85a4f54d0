import { Button, RadioButton, RadioButtonGroup, Select, SelectItem } from '@carbon/react';
import { useState } from 'react';
import { ForbiddenCallout } from '../../../components/forbidden/forbidden-callout.tsx';
import { CodeText } from '../../../components/forbidden/code-text.tsx';
import type { RequestLogEntry } from '../../../lib/api/request-log.ts';
import type { ClusterSummary } from '../../../lib/clusters/cluster-summary.ts';
import { ReplayUnavailableError } from '../api/diagnosis-api.ts';
import { type ApplyFixResult, useApplyFix } from '../api/diagnosis-mutations.ts';
import type { RequestDiagnosis } from '../lib/diagnose-request.ts';
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
  cluster: Pick<ClusterSummary, 'id' | 'auth'>;
  entry: RequestLogEntry;
  diagnosis: Pick<RequestDiagnosis, 'owners' | 'noFixReason' | 'principalCannotApply'>;
}

/** The drafted grants of the diagnosis, in every format, and "apply and retry". Layout only. */
export function FixPanel({ cluster, entry, diagnosis }: FixPanelProps) {
  const { owners, noFixReason, principalCannotApply } = diagnosis;
  const [ownerIndex, setOwnerIndex] = useState(0);
  const [proposalIndex, setProposalIndex] = useState(0);
  const [format, setFormat] = useState<FormatId>('json');
  const [dialogOpen, setDialogOpen] = useState(false);
  const apply = useApplyFix(cluster.id);

  const fixes = owners[ownerIndex]?.fixes ?? [];
  const fix = fixes[Math.min(proposalIndex, fixes.length - 1)] ?? null;
  if (noFixReason !== null || !fix) {
    return <p className="diagnosis-muted">{noFixReason ?? 'Lantern has no grant to propose for this request.'}</p>;
  }
  const text = fix.formats[format];

  const onConfirm = (credentials: ApplyCredentials | null) => {
    apply.mutate({ body: fix.body, credentials, entry }, { onSettled: () => setDialogOpen(false) });
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
          Identity as code only creates at start-up and never updates an existing entity; on a running cluster use the
          REST API.
        </p>
      ) : null}
      <div className="diagnosis-row">
        <Button kind="primary" onClick={() => setDialogOpen(true)} disabled={apply.isPending}>
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
        body={fix.body}
        principalCannotApply={principalCannotApply}
        offerOtherLogin={cluster.auth === 'basic'}
        busy={apply.isPending}
        onCancel={() => setDialogOpen(false)}
        onConfirm={onConfirm}
      />
      {apply.isError ? (
        <div role="status" data-testid="apply-result">
          <p className="diagnosis-result--fail">
            {apply.error instanceof ReplayUnavailableError
              ? `Nothing was changed: ${apply.error.message}`
              : `The authorization was not created: ${apply.error instanceof Error ? apply.error.message : String(apply.error)}`}
          </p>
        </div>
      ) : apply.data ? (
        <ApplyResult result={apply.data} clusterId={cluster.id} entry={entry} />
      ) : null}
    </div>
  );
}

function ApplyResult({
  result,
  clusterId,
  entry,
}: {
  result: ApplyFixResult;
  clusterId: string;
  entry: RequestLogEntry;
}) {
  const { replay } = result;
  return (
    <div role="status" data-testid="apply-result">
      <p>
        Created authorization {result.authorizationKey ? <code>{result.authorizationKey}</code> : null}. Re-ran{' '}
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
