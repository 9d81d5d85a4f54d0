import { Tag } from '@carbon/react';
import type { ReactNode } from 'react';
import { type ClusterAuthKind, fixFormats } from '../../../lib/authz/fix-drafts.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import type { MessageId } from '../../../lib/i18n/catalogues.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { type AuditFinding, type AuditResult, FINDING_KINDS, type FindingKind } from '../lib/audit-findings.ts';
import { grantLabel } from '../lib/directory-index.ts';
import { ApplyFixButton } from './apply-fix-button.tsx';
import { WithApiNames } from './api-names.tsx';
import { deleteC8ctl, deleteCurl, fixScripts, type GrantFix } from '../lib/grant-fix.ts';

export const KIND_TITLES: Record<FindingKind, MessageId> = {
  'over-broad': 'audit.kind.overBroad',
  'orphaned-owner': 'audit.kind.orphaned',
  redundant: 'audit.kind.redundant',
  'principal-without-access': 'audit.kind.noAccess',
  'no-effect-on-version': 'audit.kind.noEffect',
  'property-never-matches': 'audit.kind.propertyNeverMatches',
  'empty-tenant': 'audit.kind.emptyTenant',
  'empty-role': 'audit.kind.emptyRole',
  'empty-group': 'audit.kind.emptyGroup',
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

// Tool names, the same in every language.
const CURL = 'curl';
const C8CTL = 'c8ctl';

const code = (chunks: ReactNode[]) => <code>{chunks}</code>;

/** A fix's notes as one paragraph's text, each note a sentence of its own. */
export function useNotes(): (fix: GrantFix) => string {
  const t = useT();
  return (fix) => (fix.notes ?? []).map((note) => t.message(note)).join(' ');
}

function Snippet({ label, text }: { label: string; text: string }) {
  return (
    <details className="audit-snippet">
      <summary>{label}</summary>
      {/* Focusable: a long line scrolls sideways inside the block, and keyboard users must reach it. */}
      <pre className="audit-code" data-testid="audit-fix-snippet" tabIndex={0} aria-label={label}>
        {text}
      </pre>
    </details>
  );
}

function FindingFix({ finding, target }: { finding: AuditFinding; target: Target }) {
  const t = useT();
  const note = useNotes()(finding.fix);
  const { remove, add } = finding.fix;
  if (remove.length === 0 && add.length === 0) {
    return note ? (
      <p className="audit-note">
        <WithApiNames text={t('audit.fix.noteOnly', { note })} />
      </p>
    ) : null;
  }
  return (
    <div className="audit-fix">
      <h4>{t('audit.fix.heading')}</h4>
      {remove.map((grant) => (
        <div key={`remove-${grantLabel(grant)}-${grant.authorizationKey ?? ''}`}>
          <p>{t.rich('audit.fix.delete', { grant: grantLabel(grant), code })}</p>
          <Snippet label={CURL} text={deleteCurl(grant, target.baseUrl, target.auth) ?? t('audit.fix.noKey')} />
          <Snippet label={C8CTL} text={deleteC8ctl(grant) ?? t('audit.fix.noNumericKey')} />
        </div>
      ))}
      {add.map((draft) => {
        const formats = fixFormats(draft, target);
        const values = {
          permissions: draft.permissionTypes.join(', '),
          resourceType: draft.resourceType,
          ownerType: draft.ownerType,
          ownerId: draft.ownerId,
          code,
        };
        return (
          <div key={`add-${JSON.stringify(draft)}`}>
            <p>
              {draft.resourcePropertyName
                ? t.rich('audit.fix.createProperty', { ...values, property: draft.resourcePropertyName })
                : t.rich('audit.fix.create', { ...values, resourceId: draft.resourceId ?? '*' })}
            </p>
            <Snippet label={t('audit.fix.restBody')} text={formats.json} />
            <Snippet label={CURL} text={formats.curl} />
            <Snippet label={C8CTL} text={formats.c8ctl ?? t('audit.fix.noC8ctl')} />
            <Snippet label={t('audit.fix.yaml')} text={formats.yaml} />
          </div>
        );
      })}
      {note ? (
        <p className="audit-note">
          <WithApiNames text={note} />
        </p>
      ) : null}
      <ApplyFixButton clusterId={target.clusterId} fix={finding.fix} />
    </div>
  );
}

function FindingCard({ finding, target }: { finding: AuditFinding; target: Target }) {
  const t = useT();
  return (
    <article className="audit-finding" data-testid="audit-finding" data-kind={finding.kind}>
      <div className="audit-row">
        <Tag type={SEVERITY_TAG[finding.severity]} size="sm">
          {t('audit.severity', { severity: finding.severity })}
        </Tag>
        <h4>
          <WithApiNames text={t.message(finding.title)} />
        </h4>
      </div>
      <p>
        <WithApiNames text={t.message(finding.why)} />
      </p>
      {finding.grants.length > 0 ? (
        <ul className="audit-grants" aria-label={t('audit.finding.grants')}>
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

const SHOWN_PER_KIND = 100;

/** Findings grouped by kind, most severe kinds first, each with its fix in every format. */
export function FindingsSection({ audit, target }: { audit: AuditResult; target: Target }) {
  const t = useT();
  const kinds = FINDING_KINDS.filter((kind) => audit.counts[kind] > 0);
  const scripts = fixScripts(
    audit.findings.map((f) => f.fix),
    target,
  );
  if (kinds.length === 0) {
    return <p data-testid="audit-no-findings">{t('audit.findings.none')}</p>;
  }
  return (
    <>
      <ul className="audit-counts" aria-label={t('audit.findings.perKind')}>
        {kinds.map((kind) => (
          <li key={kind}>
            {t.rich('audit.findings.count', {
              count: audit.counts[kind],
              kind: t(KIND_TITLES[kind]),
              link: (chunks) => <a href={`#finding-${kind}`}>{chunks}</a>,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </li>
        ))}
      </ul>
      {kinds.map((kind) => (
        <section key={kind} id={`finding-${kind}`} aria-label={t(KIND_TITLES[kind])}>
          <h3>{t('audit.findings.kindHeading', { kind: t(KIND_TITLES[kind]), count: audit.counts[kind] })}</h3>
          {audit.findings
            .filter((f) => f.kind === kind)
            .slice(0, SHOWN_PER_KIND)
            .map((finding) => (
              <FindingCard key={finding.id} finding={finding} target={target} />
            ))}
          {audit.counts[kind] > SHOWN_PER_KIND ? (
            <p>{t('audit.findings.more', { count: audit.counts[kind] - SHOWN_PER_KIND })}</p>
          ) : null}
        </section>
      ))}
      <section aria-label={t('audit.findings.everyFix')}>
        <h3>{t('audit.findings.everyFixHeading')}</h3>
        <p>{t('audit.findings.everyFixReview')}</p>
        <Snippet label={t('audit.script.curl')} text={scripts.curl} />
        <Snippet label={t('audit.script.c8ctl')} text={scripts.c8ctl} />
        <Snippet label={t('audit.script.yamlCreations')} text={scripts.yaml} />
      </section>
    </>
  );
}
