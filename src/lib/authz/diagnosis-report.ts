// The shareable diagnosis of one failed request, as JSON and Markdown. Everything passes
// through the redactor last, so a secret that slipped into any field still never leaves.
import { describeGrantTarget, type EffectiveGrant, type Evaluation } from './effective-permissions.ts';
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

export function buildDiagnosisReport(input: DiagnosisReportInput): DiagnosisReport {
  const { explanation } = input;
  const report: DiagnosisReport = {
    format: 'lantern-diagnosis/1',
    generatedAt: input.generatedAt,
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
      sentence: explanation.sentence,
      rawDetail: explanation.rawDetail,
      tenantId: explanation.tenantId,
      requirements: explanation.alternatives.map(({ permission, resourceType, resourceIds, wildcardAccepted }) => ({
        permission,
        resourceType,
        resourceIds,
        wildcardAccepted,
      })),
      userTaskRule: explanation.userTaskRule?.sentence ?? null,
    },
    effectiveGrants: input.grants
      ? input.grants.map((grant) => ({
          owner: `${grant.owner.type} ${grant.owner.id}`,
          via: grant.provenance.label,
          resourceType: grant.authorization.resourceType,
          resource: describeGrantTarget(grant.authorization),
          permissions: grant.authorization.permissionTypes,
        }))
      : null,
    evaluation: input.evaluation
      ? {
          allowed: input.evaluation.allowed,
          sentence: input.evaluation.sentence,
          nearMisses: input.evaluation.nearMisses.map((miss) => miss.sentence),
        }
      : null,
    suggestedFixes: (input.fixes ?? []).map(({ proposal, formats }) => ({
      recommended: proposal.recommended,
      rationale: proposal.rationale,
      body: JSON.parse(formats.json) as Record<string, unknown>,
      curl: formats.curl,
      yaml: formats.yaml,
    })),
  };
  return redactValue(report, input.knownSecrets ?? []);
}

export function diagnosisReportJson(input: DiagnosisReportInput): string {
  return redactText(JSON.stringify(buildDiagnosisReport(input), null, 2), input.knownSecrets ?? []);
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

export function diagnosisReportMarkdown(input: DiagnosisReportInput): string {
  const report = buildDiagnosisReport(input);
  const lines: string[] = [];
  const principal = report.principal;
  lines.push(
    `# Lantern diagnosis: ${report.request.method} ${inline(report.request.path)} → ${report.request.status ?? 'no status'}`,
  );
  lines.push('');
  lines.push(`- Generated: ${report.generatedAt}`);
  lines.push(
    `- Cluster: ${inline(report.cluster.name)} (\`${report.cluster.id}\`), version ${report.cluster.version ?? 'unknown'}, auth ${report.cluster.auth}`,
  );
  lines.push(`- Principal: ${principal.type ?? 'unknown'} ${principal.id ?? ''}`.trimEnd());
  if (principal.groups?.length) lines.push(`- Groups: ${principal.groups.join(', ')}`);
  if (principal.roles?.length) lines.push(`- Roles: ${principal.roles.join(', ')}`);
  if (principal.tenants?.length) lines.push(`- Tenants: ${principal.tenants.join(', ')}`);
  if (report.request.requestId) lines.push(`- Request id: ${report.request.requestId}`);
  lines.push('');
  lines.push('## What the cluster said');
  lines.push('');
  lines.push(fence(JSON.stringify(report.request.problem ?? null, null, 2), 'json'));
  lines.push('');
  lines.push('## What was required');
  lines.push('');
  lines.push(inline(report.diagnosis.sentence));
  if (report.diagnosis.requirements.length > 0) {
    lines.push('');
    lines.push('Any one of:');
    for (const r of report.diagnosis.requirements) {
      const ids = r.resourceIds.length > 0 ? r.resourceIds.join(', ') : '(not named)';
      lines.push(`- ${r.permission} on ${r.resourceType} ${ids}${r.wildcardAccepted ? ' (or `*`)' : ''}`);
    }
  }
  if (report.diagnosis.userTaskRule) {
    lines.push('');
    lines.push(`User tasks: ${inline(report.diagnosis.userTaskRule)}`);
  }
  if (report.evaluation) {
    lines.push('');
    lines.push('## Evaluation from the authorization data');
    lines.push('');
    lines.push(inline(report.evaluation.sentence));
    for (const miss of report.evaluation.nearMisses) lines.push(`- Near miss: ${inline(miss)}`);
  }
  if (report.effectiveGrants) {
    lines.push('');
    lines.push('## Effective grants');
    lines.push('');
    if (report.effectiveGrants.length === 0) lines.push('None.');
    for (const g of report.effectiveGrants) {
      lines.push(`- ${g.permissions.join(', ')} on ${inline(g.resource)} — ${g.owner}, ${g.via}`);
    }
  }
  if (report.suggestedFixes.length > 0) {
    lines.push('');
    lines.push('## Suggested fix');
    for (const fix of report.suggestedFixes) {
      lines.push('');
      lines.push(`${fix.recommended ? '**Recommended.** ' : ''}${inline(fix.rationale)}`);
      lines.push('');
      lines.push(fence(fix.curl, 'bash'));
      lines.push('');
      lines.push(fence(fix.yaml, 'yaml'));
    }
  }
  lines.push('');
  lines.push('_Secrets (tokens, passwords, client secrets, Authorization headers) are redacted._');
  return redactText(lines.join('\n'), input.knownSecrets ?? []);
}
