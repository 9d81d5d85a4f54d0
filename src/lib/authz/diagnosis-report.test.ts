import { describe, expect, it } from 'vitest';
import { diagnosisReportJson, diagnosisReportMarkdown, type DiagnosisReportInput } from './diagnosis-report.ts';
import { computeEffectivePermissions, evaluate } from './effective-permissions.ts';
import { fixFormats, proposeFixes } from './fix-drafts.ts';
import { OPERATION_CATALOGUE } from '../catalogue/operation-catalogue.ts';
import { parseForbidden } from './parse-forbidden.ts';
import { englishT, germanT } from '../../testing/translate.ts';

const TASK = '2251799813685281';
const DEMO_SECRETS = ['demo', 'anna', 'ron', 'nina', 'worker-secret', 'ops-secret'];
const JWT =
  'eyJhbGciOiJSUzI1NiJ9.eyJwcmVmZXJyZWRfdXNlcm5hbWUiOiJyb24iLCJjbGllbnRfaWQiOiJsYW50ZXJuIn0.U0lHTkFUVVJFU0lHTkFUVVJF';

function input(): DiagnosisReportInput {
  const problem = {
    type: 'about:blank',
    title: 'FORBIDDEN',
    status: 403,
    detail: `Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, ${TASK}]'`,
    instance: `/v2/user-tasks/${TASK}/assignment`,
  };
  const explanation = parseForbidden(problem, {
    method: 'POST',
    path: `/v2/user-tasks/${TASK}/assignment`,
    catalogue: OPERATION_CATALOGUE,
    version: '8.9',
  });
  const snapshot = {
    authorizations: [
      {
        ownerType: 'ROLE',
        ownerId: 'readonly-admin',
        resourceType: 'PROCESS_DEFINITION',
        resourceId: '*',
        permissionTypes: ['READ_USER_TASK'],
      },
    ],
    users: [{ username: 'ron' }],
    clients: [],
    groups: [],
    roles: [{ roleId: 'readonly-admin' }],
    tenants: [],
    mappingRules: [],
    memberships: [
      { containerType: 'ROLE' as const, containerId: 'readonly-admin', memberType: 'USER' as const, memberId: 'ron' },
    ],
  };
  const effective = computeEffectivePermissions(snapshot, { type: 'USER', id: 'ron' }, '8.9');
  const evaluation = evaluate(effective, {
    kind: 'user-task',
    operation: 'assign',
    task: { userTaskKey: TASK, processDefinitionId: 'invoice' },
  });
  const fixes = proposeFixes(explanation, { ownerType: 'USER', ownerId: 'ron' }, { version: '8.9' }).map(
    (proposal) => ({
      proposal,
      formats: fixFormats(proposal.draft, { baseUrl: 'http://localhost:8081', auth: 'basic' }),
    }),
  );
  return {
    generatedAt: '2026-01-01T12:00:00.000Z',
    cluster: { id: 'helm', name: 'Helm demo', version: '8.9.0', auth: 'basic' },
    principal: { type: 'USER', id: 'ron', roles: ['readonly-admin'] },
    request: {
      requestId: 'r-17',
      method: 'POST',
      path: `/v2/user-tasks/${TASK}/assignment`,
      status: 403,
      problem,
      headers: { Authorization: `Basic ${btoa('ron:ron')}`, 'X-Trace': `Bearer ${JWT}` },
      body: { assignee: 'ron', password: 'ron', note: `token=${JWT}` },
    },
    explanation,
    grants: effective.grants,
    evaluation,
    fixes,
    knownSecrets: ['ron-password-in-memory'],
  };
}

describe('diagnosis report', () => {
  it('JSON carries cluster, principal, request, requirements, grants and the fix', () => {
    const report = JSON.parse(diagnosisReportJson(input(), englishT)) as Record<string, unknown>;
    expect(report).toMatchObject({
      format: 'lantern-diagnosis/1',
      cluster: { id: 'helm', version: '8.9.0' },
      principal: { type: 'USER', id: 'ron' },
      request: { method: 'POST', status: 403, requestId: 'r-17' },
      diagnosis: {
        kind: 'permission',
        intent: 'ASSIGN',
        sentence: 'You need UPDATE_USER_TASK on process `invoice` (or on every process), or UPDATE on this user task.',
      },
      effectiveGrants: [
        {
          owner: 'ROLE readonly-admin',
          via: 'via role readonly-admin',
          resource: 'every process (`*`)',
          permissions: ['READ_USER_TASK'],
        },
      ],
      evaluation: { allowed: false },
    });
    const fixes = report.suggestedFixes as { body: unknown; recommended: boolean }[];
    expect(fixes[0]).toMatchObject({
      recommended: true,
      body: {
        ownerId: 'ron',
        ownerType: 'USER',
        resourceType: 'PROCESS_DEFINITION',
        resourceId: 'invoice',
        permissionTypes: ['UPDATE_USER_TASK'],
      },
    });
  });

  it('Markdown reads as a report', () => {
    const markdown = diagnosisReportMarkdown(input(), englishT);
    expect(markdown).toContain(`# Lantern diagnosis: POST /v2/user-tasks/${TASK}/assignment → 403`);
    expect(markdown).toContain('## What was required');
    expect(markdown).toContain('- UPDATE_USER_TASK on PROCESS_DEFINITION invoice (or `*`)');
    expect(markdown).toContain('**Recommended.**');
    expect(markdown).toContain("-u '<username>:<password>'");
  });

  it('in German, the sentences and headings follow the UI language while keys, ids and the cluster text stay', () => {
    const markdown = diagnosisReportMarkdown(input(), germanT);
    expect(markdown).toContain(`# Lantern-Diagnose: POST /v2/user-tasks/${TASK}/assignment → 403`);
    expect(markdown).toContain('## Was erforderlich war');
    expect(markdown).toContain(
      'Sie benötigen UPDATE_USER_TASK für Prozess `invoice` (oder für alle Prozesse) oder UPDATE für diese Benutzeraufgabe.',
    );
    expect(markdown).toContain('- UPDATE_USER_TASK für PROCESS_DEFINITION invoice (oder `*`)');
    const report = JSON.parse(diagnosisReportJson(input(), germanT)) as { language: string; diagnosis: object };
    expect(report.language).toBe('de');
    expect(Object.keys(report.diagnosis)).toContain('sentence');
  });

  it.each(['json', 'markdown'])('the %s export contains no token, password or Authorization value', (format) => {
    const data = input();
    const text = format === 'json' ? diagnosisReportJson(data, englishT) : diagnosisReportMarkdown(data, englishT);
    expect(text).not.toContain(JWT);
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]+\.eyJ/);
    expect(text).not.toContain(btoa('ron:ron'));
    expect(text).not.toContain('"password": "ron"');
    expect(text).not.toContain('ron-password-in-memory');
    for (const secret of DEMO_SECRETS.filter((s) => s.includes('secret'))) expect(text).not.toContain(secret);
  });

  it('scrubs a known secret even inside the problem detail', () => {
    const data = input();
    data.request.problem = { status: 403, detail: 'echo ron-password-in-memory' };
    expect(diagnosisReportMarkdown(data, englishT)).not.toContain('ron-password-in-memory');
    expect(diagnosisReportJson(data, englishT)).not.toContain('ron-password-in-memory');
  });
});
