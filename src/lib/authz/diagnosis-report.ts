// The shareable diagnosis of one failed request, as JSON and Markdown. Everything passes
// through the redactor last, so a secret that slipped into any field still never leaves.
// The human text (sentences, headings) is worded in the UI language at download time — the report
// is read by people; its JSON keys, ids, permission names and the cluster's own text stay as they are.
import type { Translate } from '../i18n/translate.ts';
import {
  type EffectiveGrant,
  type Evaluation,
  grantTargetMessage,
  provenanceMessage,
} from './effective-permissions.ts';
import type { FixFormats, FixProposal } from './fix-drafts.ts';
import type { ForbiddenExplanation, ProblemLike } from './parse-forbidden.ts';
import { redactText, redactValue } from './redact.ts';

export interface DiagnosisReportInput {
  generatedAt: string;
  cluster: { id: string; name: string; version: string | null; auth: 'none' | 'basic' | 'oidc' };
  principal: {
    type: 'USER' | 'CLIENT' | 'GROUP' | 'ROLE' | 'MAPPING_RULE' | 'ANONYMOUS' | null;
    id: string | null;
    groups?: string[];
    roles?: string[];
    tenants?: string[];
  };
  request: {
    requestId: string | null;
    method: string;
    path: string;
    status: number | null;
    problem: ProblemLike | null;
    /** Request headers, if the caller has them; secret ones are redacted. */
    headers?: Record<string, string>;
    body?: unknown;
  };
  explanation: ForbiddenExplanation;
  grants?: EffectiveGrant[] | null;
  evaluation?: Evaluation | null;
  fixes?: { proposal: FixProposal; formats: FixFormats }[];
  /** Secrets the caller holds in memory (e.g. the Basic password): scrubbed wherever they appear. */
  knownSecrets?: readonly string[];
}

export interface DiagnosisReport {
  format: 'lantern-diagnosis/1';
  generatedAt: string;
  /** The language of the human text (`sentence`, `rationale`, `via`, …): the UI language at download. */
  language: string;
  cluster: DiagnosisReportInput['cluster'];
  principal: DiagnosisReportInput['principal'];
  request: Omit<DiagnosisReportInput['request'], 'headers' | 'body'> & {
    headers?: Record<string, string>;
    body?: unknown;
  };
  diagnosis: {
    kind: string;
    family: string;
    intent: string | null;
    sentence: string;
    rawDetail: string;
    tenantId: string | null;
    requirements: { permission: string; resourceType: string; resourceIds: string[]; wildcardAccepted: boolean }[];
    userTaskRule: string | null;
  };
  effectiveGrants:
    { owner: string; via: string; resourceType: string; resource: string; permissions: string[] }[] | null;
  evaluation: { allowed: boolean; sentence: string; nearMisses: string[] } | null;
  suggestedFixes: {
    recommended: boolean;
    rationale: string;
    body: Record<string, unknown>;
    curl: string;
    yaml: string;
  }[];
}

export function buildDiagnosisReport(input: DiagnosisReportInput, t: Translate): DiagnosisReport {
  const { explanation } = input;
  const report: DiagnosisReport = {
    format: 'lantern-diagnosis/1',
    generatedAt: input.generatedAt,
    language: t('diagnosis.report.language'),
    cluster: input.cluster,
    principal: input.principal,
    request: {
      requestId: input.request.requestId,
      method: input.request.method,
      path: input.request.path,
      status: input.request.status,
      problem: input.request.problem,
      ...(input.request.headers ? { headers: input.request.headers } : {}),
      ...(input.request.body !== undefined ? { body: input.request.body } : {}),
    },
    diagnosis: {
      kind: explanation.kind,
      family: explanation.family,
      intent: explanation.intent,
      sentence: t.message(explanation.sentence),
      rawDetail: explanation.rawDetail,
      tenantId: explanation.tenantId,
      requirements: explanation.alternatives.map(({ permission, resourceType, resourceIds, wildcardAccepted }) => ({
        permission,
        resourceType,
        resourceIds,
        wildcardAccepted,
      })),
      userTaskRule: explanation.userTaskRule ? t.message(explanation.userTaskRule.sentence) : null,
    },
    effectiveGrants: input.grants
      ? input.grants.map((grant) => ({
          owner: `${grant.owner.type} ${grant.owner.id}`,
          via: t.message(provenanceMessage(grant.provenance)),
          resourceType: grant.authorization.resourceType,
          resource: t.message(grantTargetMessage(grant.authorization)),
          permissions: grant.authorization.permissionTypes,
        }))
      : null,
    evaluation: input.evaluation
      ? {
          allowed: input.evaluation.allowed,
          sentence: t.message(input.evaluation.sentence),
          nearMisses: input.evaluation.nearMisses.map((miss) => t.message(miss.sentence)),
        }
      : null,
    suggestedFixes: (input.fixes ?? []).map(({ proposal, formats }) => ({
      recommended: proposal.recommended,
      rationale: t.message(proposal.rationale),
      body: JSON.parse(formats.json) as Record<string, unknown>,
      curl: formats.curl,
      yaml: formats.yaml,
    })),
  };
  return redactValue(report, input.knownSecrets ?? []);
}

export function diagnosisReportJson(input: DiagnosisReportInput, t: Translate): string {
  return redactText(JSON.stringify(buildDiagnosisReport(input, t), null, 2), input.knownSecrets ?? []);
}

function fence(text: string, language = ''): string {
  // A fence longer than any backtick run inside, so API text cannot close it early.
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${language}\n${text}\n${ticks}`;
}

function inline(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

export function diagnosisReportMarkdown(input: DiagnosisReportInput, t: Translate): string {
  const report = buildDiagnosisReport(input, t);
  const lines: string[] = [];
  const principal = report.principal;
  const status = report.request.status ?? 'none';
  lines.push(
    `# ${t('diagnosis.report.md.title', { method: report.request.method, path: inline(report.request.path), status })}`,
  );
  lines.push('');
  lines.push(`- ${t('diagnosis.report.md.generated', { at: report.generatedAt })}`);
  lines.push(
    `- ${t('diagnosis.report.md.cluster', {
      name: inline(report.cluster.name),
      id: report.cluster.id,
      version: report.cluster.version ?? 'unknown',
      auth: report.cluster.auth,
    })}`,
  );
  lines.push(
    `- ${t('diagnosis.report.md.principal', { type: principal.type ?? 'unknown', id: principal.id ?? '' })}`.trimEnd(),
  );
  if (principal.groups?.length)
    lines.push(`- ${t('diagnosis.report.md.groups', { list: principal.groups.join(', ') })}`);
  if (principal.roles?.length) lines.push(`- ${t('diagnosis.report.md.roles', { list: principal.roles.join(', ') })}`);
  if (principal.tenants?.length)
    lines.push(`- ${t('diagnosis.report.md.tenants', { list: principal.tenants.join(', ') })}`);
  if (report.request.requestId) lines.push(`- ${t('diagnosis.report.md.requestId', { id: report.request.requestId })}`);
  lines.push('');
  lines.push(`## ${t('diagnosis.said.title')}`);
  lines.push('');
  lines.push(fence(JSON.stringify(report.request.problem ?? null, null, 2), 'json'));
  lines.push('');
  lines.push(`## ${t('diagnosis.required.title')}`);
  lines.push('');
  lines.push(inline(report.diagnosis.sentence));
  if (report.diagnosis.requirements.length > 0) {
    lines.push('');
    lines.push(t('diagnosis.report.md.anyOf'));
    for (const r of report.diagnosis.requirements) {
      const ids = r.resourceIds.length > 0 ? r.resourceIds.join(', ') : 'none';
      lines.push(
        `- ${t('diagnosis.report.md.requirement', {
          permission: r.permission,
          type: r.resourceType,
          ids,
          wildcard: r.wildcardAccepted ? 'yes' : 'no',
        })}`,
      );
    }
  }
  if (report.diagnosis.userTaskRule) {
    lines.push('');
    lines.push(t('diagnosis.report.md.userTasks', { rule: inline(report.diagnosis.userTaskRule) }));
  }
  if (report.evaluation) {
    lines.push('');
    lines.push(`## ${t('diagnosis.report.md.evaluation')}`);
    lines.push('');
    lines.push(inline(report.evaluation.sentence));
    for (const miss of report.evaluation.nearMisses) {
      lines.push(`- ${t('diagnosis.report.md.nearMiss', { miss: inline(miss) })}`);
    }
  }
  if (report.effectiveGrants) {
    lines.push('');
    lines.push(`## ${t('diagnosis.report.md.grants')}`);
    lines.push('');
    if (report.effectiveGrants.length === 0) lines.push(t('diagnosis.report.md.noGrants'));
    for (const g of report.effectiveGrants) {
      lines.push(
        `- ${t('diagnosis.report.md.grant', { permissions: g.permissions.join(', '), resource: inline(g.resource), owner: g.owner, via: g.via })}`,
      );
    }
  }
  if (report.suggestedFixes.length > 0) {
    lines.push('');
    lines.push(`## ${t('diagnosis.report.md.fix')}`);
    for (const fix of report.suggestedFixes) {
      lines.push('');
      lines.push(`${fix.recommended ? `**${t('diagnosis.report.md.recommended')}** ` : ''}${inline(fix.rationale)}`);
      lines.push('');
      lines.push(fence(fix.curl, 'bash'));
      lines.push('');
      lines.push(fence(fix.yaml, 'yaml'));
    }
  }
  lines.push('');
  lines.push(`_${t('diagnosis.report.redacted')}_`);
  return redactText(lines.join('\n'), input.knownSecrets ?? []);
}
