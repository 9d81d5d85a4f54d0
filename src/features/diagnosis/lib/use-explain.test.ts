import { englishT } from '../../../testing/translate.ts';
import { describe, expect, it } from 'vitest';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import { parseErrorText } from '../../../lib/authz/error-text/parse-error-text.ts';
import { OPERATION_CATALOGUE } from '../../../lib/catalogue/operation-catalogue.ts';
import { subjectWithoutToken } from '../../../lib/authz/subject-from-token.ts';
import { helmCluster, saasCluster } from '../../../testing/cluster-fixtures.ts';
import { decodeFacts, type DiagnosisFacts, diagnosisFacts, encodeFacts } from './diagnosis-facts.ts';
import { explainFacts, requestOf } from './use-explain.ts';

// The demo app's log line (demo/workers/demo-app.ts): it names the operation, not the path.
const APP_LINE =
  "2026-11-29T23:48:14.063Z [invoice-app] createProcessInstance(invoice-approval) refused: 403 FORBIDDEN — Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'";

// The administrator's view of helm: ron reads everything through his role; the accounting group
// may start invoice approvals.
const directory: DirectorySnapshot = {
  authorizations: [
    {
      ownerType: 'ROLE',
      ownerId: 'readonly-admin',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: '*',
      resourcePropertyName: null,
      permissionTypes: ['READ_PROCESS_DEFINITION', 'READ_PROCESS_INSTANCE'],
    },
    {
      ownerType: 'GROUP',
      ownerId: 'accounting',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: 'invoice-approval',
      resourcePropertyName: null,
      permissionTypes: ['CREATE_PROCESS_INSTANCE'],
    },
  ],
  users: [{ username: 'ron' }, { username: 'anna' }],
  clients: [],
  groups: [{ groupId: 'accounting' }],
  roles: [{ roleId: 'readonly-admin' }],
  tenants: [],
  mappingRules: [],
  memberships: [
    { containerType: 'ROLE', containerId: 'readonly-admin', memberType: 'USER', memberId: 'ron' },
    { containerType: 'GROUP', containerId: 'accounting', memberType: 'USER', memberId: 'anna' },
  ],
};

function factsOf(text: string) {
  const pasted = parseErrorText(text);
  return diagnosisFacts({
    clusterId: 'helm',
    method: pasted.method,
    path: pasted.path,
    operationId: pasted.operationId,
    status: pasted.status,
    title: pasted.title,
    detail: pasted.detail,
    hints: pasted.hints,
  });
}

const createProcessInstance = OPERATION_CATALOGUE.find((e) => e.operationId === 'createProcessInstance') ?? null;

function explain(text: string, principal: { type: 'USER' | 'GROUP'; id: string }) {
  const facts = factsOf(text);
  return explainFacts({
    facts,
    operation: createProcessInstance,
    principal: { ref: principal, subject: principal, assumptions: [] },
    snapshot: directory,
    cluster: helmCluster,
    version: '8.9',
    catalogue: OPERATION_CATALOGUE,
    task: null,
  });
}

describe('explaining a pasted error for someone else', () => {
  it('takes the path from the chosen operation when the text has none, filling ids from the hints', () => {
    expect(requestOf({ method: null, path: null, hints: {} }, createProcessInstance)).toEqual({
      method: 'POST',
      path: '/v2/process-instances',
    });
    const assign = OPERATION_CATALOGUE.find((e) => e.operationId === 'assignUserTask') ?? null;
    expect(requestOf({ method: null, path: null, hints: { userTaskKey: '42' } }, assign)).toEqual({
      method: 'POST',
      path: '/v2/user-tasks/42/assignment',
    });
    expect(requestOf({ method: null, path: null, hints: {} }, null)).toBeNull();
  });

  it('names what ron lacks, with the near miss he holds through his role, from the administrator’s view', () => {
    const explained = explain(APP_LINE, { type: 'USER', id: 'ron' });
    expect(explained?.entry).toMatchObject({ method: 'POST', path: '/v2/process-instances', status: 403 });
    const evaluation = explained?.diagnosis.evaluation;
    expect(evaluation?.allowed).toBe(false);
    expect(evaluation && englishT.message(evaluation.sentence)).toContain('CREATE_PROCESS_INSTANCE');
    expect(evaluation?.nearMisses.map((m) => m.grant.provenance.label)).toContain('via role readonly-admin');
    expect(explained?.diagnosis.owners[0]?.choice.owner).toEqual({ ownerType: 'USER', ownerId: 'ron' });
  });

  it('says a group may do it when its grant decides, and for a member through the group', () => {
    expect(explain(APP_LINE, { type: 'GROUP', id: 'accounting' })?.diagnosis.evaluation?.allowed).toBe(true);
    const anna = explain(APP_LINE, { type: 'USER', id: 'anna' })?.diagnosis.evaluation;
    expect(anna?.allowed).toBe(true);
    expect(anna?.decisive.map((m) => m.grant.provenance.label)).toEqual(['via group accounting']);
  });

  it('explains the same from a shared link as from the paste', () => {
    const facts: DiagnosisFacts = {
      ...factsOf(APP_LINE),
      operationId: 'createProcessInstance',
      principal: { type: 'USER', id: 'ron' },
    };
    const decoded = decodeFacts(`#${encodeFacts(facts)}`);
    if (!decoded?.ok) throw new Error('link did not decode');
    const fromLink = explainFacts({
      facts: decoded.facts,
      operation: createProcessInstance,
      principal: { ref: { type: 'USER', id: 'ron' }, subject: { type: 'USER', id: 'ron' }, assumptions: [] },
      snapshot: directory,
      cluster: helmCluster,
      version: '8.9',
      catalogue: OPERATION_CATALOGUE,
      task: null,
    });
    expect(fromLink?.diagnosis.evaluation?.sentence).toEqual(
      explain(APP_LINE, { type: 'USER', id: 'ron' })?.diagnosis.evaluation?.sentence,
    );
  });
});

describe('explaining for a client typed by id on an OIDC cluster', () => {
  const invoiceApp = { type: 'CLIENT', id: 'invoice-app' } as const;
  function explainForInvoiceApp(token: Record<string, unknown> | undefined) {
    const resolved = subjectWithoutToken(invoiceApp, saasCluster.oidc ?? null, directory);
    return explainFacts({
      facts: factsOf(APP_LINE),
      operation: createProcessInstance,
      principal: {
        ref: invoiceApp,
        subject: resolved.subject ?? invoiceApp,
        assumptions: resolved.assumptions,
        ...(token ? { token } : {}),
      },
      snapshot: directory,
      cluster: saasCluster,
      version: '8.10',
      catalogue: OPERATION_CATALOGUE,
      task: null,
    })?.diagnosis;
  }

  it('blames no audience or issuer when no token was pasted (the claims assumed for mapping rules are no token)', () => {
    const diagnosis = explainForInvoiceApp(undefined);
    expect(diagnosis?.evaluation?.allowed).toBe(false);
    expect(diagnosis?.configuration).toEqual([]);
  });

  it('names the audience setting when the pasted token is for another audience', () => {
    const diagnosis = explainForInvoiceApp({
      client_id: 'invoice-app',
      aud: 'other-api',
      iss: saasCluster.oidc?.issuer,
    });
    expect(diagnosis?.configuration.map((c) => c.kind)).toEqual(['audience']);
  });
});

describe('a pasted 401 "The aud claim is not valid"', () => {
  const AUDIENCE_401 = JSON.stringify({
    type: 'about:blank',
    title: 'Unauthorized',
    status: 401,
    detail: 'An error occurred while attempting to decode the Jwt: The aud claim is not valid',
    instance: '/v2/process-instances',
  });
  const explainOn = (cluster: typeof helmCluster) =>
    explainFacts({
      facts: factsOf(AUDIENCE_401),
      operation: createProcessInstance,
      principal: null,
      snapshot: directory,
      cluster,
      version: '8.10',
      catalogue: OPERATION_CATALOGUE,
      task: null,
    })?.diagnosis.configuration.map((c) => c.setting);

  it('names the audience setting on an OIDC cluster', () => {
    expect(explainOn(saasCluster)).toEqual(['camunda.security.authentication.oidc.audiences']);
  });

  it('names no token setting on a Basic cluster, which has none', () => {
    expect(explainOn(helmCluster)).toEqual([]);
  });
});
