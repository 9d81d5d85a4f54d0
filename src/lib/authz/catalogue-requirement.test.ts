import { describe, expect, it } from 'vitest';
import { findOperation, type OperationMatch } from '../catalogue/find-operation.ts';
import { OPERATION_CATALOGUE } from '../catalogue/operation-catalogue.ts';
import { catalogueRequirement } from './catalogue-requirement.ts';
import { proposeFixes, restBody } from './fix-drafts.ts';
import { parseForbidden } from './parse-forbidden.ts';
import { englishT } from '../../testing/translate.ts';
import type { Message } from '../i18n/message.ts';

/** A message as English words; null stays null (assertions read like the sentences they check). */
const english = (message: Message | null | undefined): string | null => (message ? englishT.message(message) : null);

// A 403 on any catalogue operation — not just the user-task calls Lantern makes itself — names the
// permissions the catalogue lists and where their resource ids come from, and drafts the least grant.

function match(method: string, path: string): OperationMatch {
  const found = findOperation(OPERATION_CATALOGUE, method, path);
  if (!found) throw new Error(`no catalogue entry for ${method} ${path}`);
  return found;
}

const worker = { ownerType: 'CLIENT' as const, ownerId: 'worker-client' };

describe('catalogueRequirement', () => {
  it('reads the BPMN process id of a process instance creation from the body field processDefinitionId', () => {
    const requirement = catalogueRequirement(match('POST', '/v2/process-instances'), '8.9', {
      processDefinitionId: 'invoice-approval',
    });
    expect(requirement?.operationId).toBe('createProcessInstance');
    expect(requirement?.alternatives).toEqual([
      expect.objectContaining({
        permission: 'CREATE_PROCESS_INSTANCE',
        resourceType: 'PROCESS_DEFINITION',
        resourceId: 'invoice-approval',
        origin: { id: 'diagnosis.origin.body', values: { name: 'processDefinitionId' } },
      }),
    ]);
  });

  it('says a job completion needs the BPMN process id of the job, looked up from its key', () => {
    const requirement = catalogueRequirement(match('POST', '/v2/jobs/2251799813685999/completion'), '8.8');
    expect(requirement?.intent).toBe('COMPLETE');
    expect(requirement?.alternatives[0]).toMatchObject({
      permission: 'UPDATE_PROCESS_INSTANCE',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: null,
      origin: { id: 'diagnosis.origin.target', values: { target: 'bpmnProcessId', via: '`jobKey`', found: 'no' } },
    });
    const resolved = catalogueRequirement(match('POST', '/v2/jobs/1/completion'), '8.8', undefined, {
      bpmnProcessId: 'invoice-approval',
    });
    expect(resolved?.alternatives[0]?.resourceId).toBe('invoice-approval');
  });

  it('takes a group id from the path and knows an operation missing from a version', () => {
    const requirement = catalogueRequirement(match('DELETE', '/v2/groups/accounting'), '8.9');
    expect(requirement?.alternatives[0]).toMatchObject({
      permission: 'DELETE',
      resourceType: 'GROUP',
      resourceId: 'accounting',
    });
    const clusterVariables = findOperation(OPERATION_CATALOGUE, 'POST', '/v2/cluster-variables/global');
    expect(clusterVariables).not.toBeNull();
    expect(catalogueRequirement(clusterVariables as OperationMatch, '8.8')).toBeNull();
  });
});

describe('parseForbidden with the catalogue', () => {
  it('a 403 on POST /v2/process-instances for worker-client names CREATE_PROCESS_INSTANCE and drafts it on the process', () => {
    const path = '/v2/process-instances';
    const body = { processDefinitionId: 'invoice-approval' };
    const explanation = parseForbidden(
      {
        status: 403,
        title: 'FORBIDDEN',
        detail:
          "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'",
      },
      { method: 'POST', path, version: '8.9', requirement: catalogueRequirement(match('POST', path), '8.9', body) },
    );
    expect(explanation.alternatives).toEqual([
      expect.objectContaining({ permission: 'CREATE_PROCESS_INSTANCE', resourceIds: ['invoice-approval'] }),
    ]);
    expect(english(explanation.alternatives[0]?.origin)).toBe('request body field `processDefinitionId`');
    const [fix] = proposeFixes(explanation, worker, { version: '8.9' });
    expect(restBody(fix?.draft ?? { ...worker, resourceType: '', permissionTypes: [] })).toEqual({
      ownerId: 'worker-client',
      ownerType: 'CLIENT',
      resourceId: 'invoice-approval',
      resourceType: 'PROCESS_DEFINITION',
      permissionTypes: ['CREATE_PROCESS_INSTANCE'],
    });
    expect(english(fix?.rationale)).toContain('Resource id: request body field `processDefinitionId`.');
  });

  it('a job completion refused without a usable text is explained by the catalogue, with the looked-up process', () => {
    const path = '/v2/jobs/2251799813685999/completion';
    const requirement = catalogueRequirement(match('POST', path), '8.9', {}, { bpmnProcessId: 'invoice-approval' });
    const explanation = parseForbidden({ status: 403, title: 'FORBIDDEN' }, { method: 'POST', path, requirement });
    expect(explanation.kind).toBe('permission');
    expect(explanation.family).toBe('catalogue');
    expect(explanation.alternatives).toEqual([
      expect.objectContaining({
        permission: 'UPDATE_PROCESS_INSTANCE',
        resourceType: 'PROCESS_DEFINITION',
        resourceIds: ['invoice-approval'],
        idSource: 'resolved',
      }),
    ]);
    expect(english(explanation.sentence)).toContain('`completeJob` on Camunda 8.9');
    const [fix] = proposeFixes(explanation, worker, { version: '8.9' });
    expect(fix?.draft).toMatchObject({ resourceId: 'invoice-approval', permissionTypes: ['UPDATE_PROCESS_INSTANCE'] });
    // Without the catalogue the same answer names nothing to grant.
    expect(parseForbidden({ status: 403, title: 'FORBIDDEN' }, { method: 'POST', path }).kind).toBe('unknown');
  });

  it('a 403 on POST /v2/messages/correlation lists both catalogue alternatives, each target kind its own', () => {
    const path = '/v2/messages/correlation';
    const requirement = catalogueRequirement(match('POST', path), '8.9', { name: 'invoice-paid' });
    const explanation = parseForbidden({ status: 403, detail: '' }, { method: 'POST', path, requirement });
    expect(explanation.alternatives.map((a) => `${a.resourceType}:${a.permission}`)).toEqual([
      'PROCESS_DEFINITION:UPDATE_PROCESS_INSTANCE',
      'PROCESS_DEFINITION:CREATE_PROCESS_INSTANCE',
    ]);
    expect(english(explanation.sentence)).toContain('each target needs its own');
    expect(english(explanation.alternatives[0]?.origin)).toBe('the BPMN process id of `messageSubscriptions`');
    const fixes = proposeFixes(explanation, worker, { version: '8.9' });
    expect(fixes.map((f) => f.draft.permissionTypes[0])).toEqual([
      'UPDATE_PROCESS_INSTANCE',
      'CREATE_PROCESS_INSTANCE',
    ]);
    expect(fixes[0]?.recommended).toBe(true);
  });

  it('a 403 on POST /v2/deployments drafts CREATE on RESOURCE `*`, the only grant that exists', () => {
    const path = '/v2/deployments';
    const explanation = parseForbidden(
      {
        status: 403,
        detail:
          "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE' on resource 'RESOURCE'",
      },
      { method: 'POST', path, version: '8.8', requirement: catalogueRequirement(match('POST', path), '8.8') },
    );
    expect(explanation.alternatives).toEqual([
      expect.objectContaining({
        permission: 'CREATE',
        resourceType: 'RESOURCE',
        origin: { id: 'diagnosis.origin.wildcard' },
      }),
    ]);
    const [fix] = proposeFixes(explanation, worker, { version: '8.8' });
    expect(fix?.draft).toMatchObject({ resourceType: 'RESOURCE', resourceId: '*', permissionTypes: ['CREATE'] });
  });

  it('a read-side 403 on a process instance names the process looked up for it', () => {
    const path = '/v2/process-instances/2251799813685001';
    const requirement = catalogueRequirement(match('GET', path), '8.9', undefined, { bpmnProcessId: 'invoice' });
    const explanation = parseForbidden(
      {
        status: 403,
        detail: "Unauthorized to perform operation 'READ_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION'",
      },
      { method: 'GET', path, version: '8.9', requirement },
    );
    expect(explanation.family).toBe('read-single');
    expect(explanation.alternatives[0]).toMatchObject({ resourceIds: ['invoice'], idSource: 'resolved' });
  });

  it('drafts no USER_TASK grant on 8.8 from a catalogue-only explanation', () => {
    const path = '/v2/user-tasks/42';
    const requirement = catalogueRequirement(match('GET', path), '8.9');
    const explanation = parseForbidden({ status: 403 }, { method: 'GET', path, version: '8.8', requirement });
    const fixes = proposeFixes(explanation, worker, { version: '8.8' });
    expect(fixes.map((f) => f.draft.resourceType)).toEqual(['PROCESS_DEFINITION']);
  });
});
