import { Tag } from '@carbon/react';
import { type ClusterAuthKind, fixFormats } from '../../../lib/authz/fix-drafts.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import { type AuditFinding, type AuditResult, FINDING_KINDS, type FindingKind } from '../lib/audit-findings.ts';
import { grantLabel } from '../lib/directory-index.ts';
import { ApplyFixButton } from './apply-fix-button.tsx';
import { deleteC8ctl, deleteCurl, fixScripts } from '../lib/grant-fix.ts';

export const KIND_TITLES: Record<FindingKind, string> = {
  'over-broad': 'Over-broad grants',
  'orphaned-owner': 'Orphaned grants',
  redundant: 'Redundant grants',
  'principal-without-access': 'Principals that can do nothing',
  'no-effect-on-version': 'Grants with no effect on this version',
  'property-never-matches': 'Property-based grants that never match',
  'empty-tenant': 'Tenants without members',
  'empty-role': 'Roles without members',
  'empty-group': 'Groups without members',
};

const SEVERITY_TAG: Record<AuditFinding['severity'], 'red' | 'magenta' | 'gray'> = {
  high: 'red',
  medium: 'magenta',
  low: 'gray',
};

interface Target {
  clusterId: string;
  baseUrl: string;
  auth: ClusterAuthKind;
  version: ClusterVersion;
}

function Snippet({ label, text }: { label: string; text: string }) {
  return (
    <details className="audit-snippet">
      <summary>{label}</summary>
      <pre className="audit-code" data-testid="audit-fix-snippet">
        {text}
      </pre>
    </details>
  );
}

function FindingFix({ finding, target }: { finding: AuditFinding; target: Target }) {
  const { remove, add, note } = finding.fix;
  if (remove.length === 0 && add.length === 0) {
    return note ? <p className="audit-note">Fix: {note}</p> : null;
  }
  return (
    <div className="audit-fix">
      <h4>Fix</h4>
      {remove.map((grant) => (
        <div key={`remove-${grantLabel(grant)}-${grant.authorizationKey ?? ''}`}>
          <p>
            Delete <code>{grantLabel(grant)}</code>
          </p>
          <Snippet
            label="curl"
            text={
              deleteCurl(grant, target.baseUrl, target.auth) ?? 'The cluster gave no authorizationKey for this grant.'
            }
          />
          <Snippet label="c8ctl" text={deleteC8ctl(grant) ?? 'The cluster gave no numeric authorizationKey.'} />
        </div>
      ))}
      {add.map((draft) => {
        const formats = fixFormats(draft, target);
        return (
          <div key={`add-${JSON.stringify(draft)}`}>
            <p>
              Create {draft.permissionTypes.join(', ')} on {draft.resourceType}{' '}
              <code>{draft.resourcePropertyName ? `property ${draft.resourcePropertyName}` : draft.resourceId}</code>{' '}
              for {draft.ownerType} <code>{draft.ownerId}</code>
            </p>
            <Snippet label="REST body" text={formats.json} />
            <Snippet label="curl" text={formats.curl} />
            <Snippet label="c8ctl" text={formats.c8ctl ?? 'c8ctl cannot create property-based grants: use curl.'} />
            <Snippet label="identity-as-code YAML" text={formats.yaml} />
          </div>
        );
      })}
      {note ? <p className="audit-note">{note}</p> : null}
      <ApplyFixButton clusterId={target.clusterId} fix={finding.fix} />
    </div>
  );
}

function FindingCard({ finding, target }: { finding: AuditFinding; target: Target }) {
  return (
    <article className="audit-finding" data-testid="audit-finding" data-kind={finding.kind}>
      <div className="audit-row">
        <Tag type={SEVERITY_TAG[finding.severity]} size="sm">
          {finding.severity}
        </Tag>
        <h4>{finding.title}</h4>
      </div>
      <p>{finding.why}</p>
      {finding.grants.length > 0 ? (
        <ul className="audit-grants" aria-label="Affected grants">
          {finding.grants.map((grant) => (
            <li key={`${grant.authorizationKey ?? ''}-${grantLabel(grant)}`}>
              <code>{grantLabel(grant)}</code>
            </li>
          ))}
        </ul>
      ) : null}
      <FindingFix finding={finding} target={target} />
    </article>
  );
}

/** Findings grouped by kind, most severe kinds first, each with its fix in every format. */
export function FindingsSection({ audit, target }: { audit: AuditResult; target: Target }) {
  const kinds = FINDING_KINDS.filter((kind) => audit.counts[kind] > 0);
  const scripts = fixScripts(
    audit.findings.map((f) => f.fix),
    target,
  );
  if (kinds.length === 0) {
    return <p data-testid="audit-no-findings">No findings: every rule of the audit passed on this cluster.</p>;
  }
  return (
    <>
      <ul className="audit-counts" aria-label="Findings per kind">
        {kinds.map((kind) => (
          <li key={kind}>
            <a href={`#finding-${kind}`}>{KIND_TITLES[kind]}</a>: <strong>{audit.counts[kind]}</strong>
          </li>
        ))}
      </ul>
      {kinds.map((kind) => (
        <section key={kind} id={`finding-${kind}`} aria-label={KIND_TITLES[kind]}>
          <h3>
            {KIND_TITLES[kind]} ({audit.counts[kind]})
          </h3>
          {audit.findings
            .filter((f) => f.kind === kind)
            .slice(0, 100)
            .map((finding) => (
              <FindingCard key={finding.id} finding={finding} target={target} />
            ))}
          {audit.counts[kind] > 100 ? <p>… and {audit.counts[kind] - 100} more (in the exported scripts).</p> : null}
        </section>
      ))}
      <section aria-label="Every fix">
        <h3>Every fix at once</h3>
        <p>Review before running: deletions come first, then creations.</p>
        <Snippet label="curl script" text={scripts.curl} />
        <Snippet label="c8ctl script" text={scripts.c8ctl} />
        <Snippet label="identity-as-code YAML (creations)" text={scripts.yaml} />
      </section>
    </>
  );
}
