// Every text below is copied verbatim from docs/camunda-api/error-messages.md §3–4; the expected
// values are written by hand from that text.
import { describe, expect, it } from 'vitest';
import { OPERATION_CATALOGUE } from '../catalogue/operation-catalogue.ts';
import { parseForbidden } from './parse-forbidden.ts';
import { englishT } from '../../testing/translate.ts';
import type { Message } from '../i18n/message.ts';

/** A message as English words; null stays null (assertions read like the sentences they check). */
const english = (message: Message | null | undefined): string | null => (message ? englishT.message(message) : null);

const TASK = '2251799813685281';
const assignContext = { method: 'POST', path: `/v2/user-tasks/${TASK}/assignment`, catalogue: OPERATION_CATALOGUE };

function forbidden(detail: string) {
  return { type: 'about:blank', title: 'FORBIDDEN', status: 403, detail, instance: '/v2/x' };
}

describe('parseForbidden — engine command texts (error-messages.md §3.1)', () => {
  it('reads the short form without resource identifiers', () => {
    const result = parseForbidden(
      forbidden(
        "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE' on resource 'AUTHORIZATION'",
      ),
      { method: 'POST', path: '/v2/authorizations', catalogue: OPERATION_CATALOGUE },
    );
    expect(result.kind).toBe('permission');
    expect(result.family).toBe('engine-command');
    expect(result.intent).toBe('CREATE');
    expect(result.rejectionCode).toBe('FORBIDDEN');
    expect(result.alternatives).toEqual([
      {
        permission: 'CREATE',
        resourceType: 'AUTHORIZATION',
        resourceIds: [],
        wildcardAccepted: true,
        idSource: 'none',
      },
    ]);
    expect(english(result.sentence)).toBe('You need CREATE on every authorization (resource id `*`).');
    expect(result.userTaskRule).toBeNull();
  });

  it('reads DELETE on AUTHORIZATION', () => {
    const result = parseForbidden(
      forbidden(
        "Command 'DELETE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'DELETE' on resource 'AUTHORIZATION'",
      ),
    );
    expect(result.intent).toBe('DELETE');
    expect(result.alternatives[0]).toMatchObject({ permission: 'DELETE', resourceType: 'AUTHORIZATION' });
  });

  it('reads the 8.8 assignment denial with the process id (running example)', () => {
    const result = parseForbidden(
      forbidden(
        "Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'",
      ),
      { ...assignContext, version: '8.8' },
    );
    expect(result.intent).toBe('ASSIGN');
    expect(result.alternatives).toEqual([
      {
        permission: 'UPDATE_USER_TASK',
        resourceType: 'PROCESS_DEFINITION',
        resourceIds: ['invoice'],
        wildcardAccepted: true,
        idSource: 'message',
      },
    ]);
    expect(english(result.sentence)).toBe('You need UPDATE_USER_TASK on process `invoice` (or on every process).');
    expect(result.userTaskRule?.taskLevelAvailable).toBe(false);
    expect(english(result.userTaskRule?.sentence)).toContain('8.8 has no USER_TASK resource');
  });

  it('reads the QA text with a processId placeholder id', () => {
    const result = parseForbidden(
      forbidden(
        "Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, processId]'",
      ),
    );
    expect(result.alternatives[0]?.resourceIds).toEqual(['processId']);
  });

  it('reads a decision definition denial', () => {
    const result = parseForbidden(
      forbidden(
        "Command 'DELETE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'DELETE_DECISION_INSTANCE' on resource 'DECISION_DEFINITION', required resource identifiers are one of '[*, MammalLikeBody]'",
      ),
    );
    expect(result.alternatives).toEqual([
      {
        permission: 'DELETE_DECISION_INSTANCE',
        resourceType: 'DECISION_DEFINITION',
        resourceIds: ['MammalLikeBody'],
        wildcardAccepted: true,
        idSource: 'message',
      },
    ]);
    expect(english(result.sentence)).toBe(
      'You need DELETE_DECISION_INSTANCE on decision `MammalLikeBody` (or on every decision).',
    );
    expect(result.userTaskRule).toBeNull();
  });

  it('reads the 8.9 global listener and batch texts', () => {
    const listener = parseForbidden(
      forbidden(
        "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_TASK_LISTENER' on resource 'GLOBAL_LISTENER'",
      ),
    );
    expect(listener.alternatives[0]).toMatchObject({
      permission: 'CREATE_TASK_LISTENER',
      resourceType: 'GLOBAL_LISTENER',
    });
    const batch = parseForbidden(
      forbidden(
        "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_BATCH_OPERATION_CANCEL_PROCESS_INSTANCE' on resource 'BATCH'",
      ),
    );
    expect(english(batch.sentence)).toBe(
      'You need CREATE_BATCH_OPERATION_CANCEL_PROCESS_INSTANCE on every batch operation (resource id `*`).',
    );
  });

  it('reads the 8.9+ assign chain joined with "; and " (any one suffices)', () => {
    const result = parseForbidden(
      forbidden(
        "Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, 2251799813685281]'",
      ),
      { ...assignContext, version: '8.9' },
    );
    expect(result.alternatives).toEqual([
      {
        permission: 'UPDATE_USER_TASK',
        resourceType: 'PROCESS_DEFINITION',
        resourceIds: ['invoice'],
        wildcardAccepted: true,
        idSource: 'message',
      },
      {
        permission: 'UPDATE',
        resourceType: 'USER_TASK',
        resourceIds: [TASK],
        wildcardAccepted: true,
        idSource: 'message',
      },
    ]);
    expect(english(result.sentence)).toBe(
      'You need UPDATE_USER_TASK on process `invoice` (or on every process), or UPDATE on this user task.',
    );
    expect(result.userTaskRule?.taskLevelAvailable).toBe(true);
    expect(result.userTaskRule?.processLevel.map((a) => a.permission)).toEqual(['UPDATE_USER_TASK']);
    expect(result.userTaskRule?.taskLevel.map((a) => a.permission)).toEqual(['UPDATE']);
    expect(english(result.userTaskRule?.sentence)).toContain('Process-level permissions are checked first');
  });

  it('reads the 8.9+ claim chain of four alternatives and merges them per resource', () => {
    const result = parseForbidden(
      forbidden(
        "Command 'CLAIM' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'CLAIM_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, 2251799813685281]'; and Insufficient permissions to perform operation 'CLAIM' on resource 'USER_TASK', required resource identifiers are one of '[*, 2251799813685281]'",
      ),
      assignContext,
    );
    expect(result.intent).toBe('CLAIM');
    expect(result.alternatives.map((a) => `${a.permission}@${a.resourceType}:${a.resourceIds.join(',')}`)).toEqual([
      'UPDATE_USER_TASK@PROCESS_DEFINITION:invoice',
      'CLAIM_USER_TASK@PROCESS_DEFINITION:invoice',
      `UPDATE@USER_TASK:${TASK}`,
      `CLAIM@USER_TASK:${TASK}`,
    ]);
    expect(english(result.sentence)).toBe(
      'You need UPDATE_USER_TASK or CLAIM_USER_TASK on process `invoice` (or on every process), or UPDATE or CLAIM on this user task.',
    );
  });

  it('reads reasons of several owners joined with "; " and drops duplicates', () => {
    const reason =
      "Insufficient permissions to perform operation 'UPDATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, order]'";
    const result = parseForbidden(forbidden(`Command 'CANCEL' rejected with code 'FORBIDDEN': ${reason}; ${reason}`));
    expect(result.alternatives).toHaveLength(1);
    expect(english(result.sentence)).toBe('You need UPDATE_PROCESS_INSTANCE on process `order` (or on every process).');
  });

  it('names a user task by key when it is not the one in the request', () => {
    const result = parseForbidden(
      forbidden(
        "Command 'COMPLETE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'COMPLETE' on resource 'USER_TASK', required resource identifiers are one of '[*, 42]'",
      ),
    );
    expect(english(result.sentence)).toBe('You need COMPLETE on user task `42`.');
  });
});

describe('parseForbidden — read-side texts (error-messages.md §3.2)', () => {
  it('reads the 8.8 single form and takes nothing it cannot know', () => {
    const result = parseForbidden(
      forbidden("Unauthorized to perform operation 'READ_USER_TASK' on resource 'PROCESS_DEFINITION'"),
      { method: 'GET', path: `/v2/user-tasks/${TASK}`, catalogue: OPERATION_CATALOGUE, version: '8.8' },
    );
    expect(result.kind).toBe('permission');
    expect(result.family).toBe('read-single');
    expect(result.intent).toBeNull();
    expect(result.alternatives).toEqual([
      {
        permission: 'READ_USER_TASK',
        resourceType: 'PROCESS_DEFINITION',
        resourceIds: [],
        wildcardAccepted: true,
        idSource: 'none',
      },
    ]);
    expect(english(result.sentence)).toBe("You need READ_USER_TASK on the task's process (or on every process).");
    expect(result.userTaskRule?.taskLevelAvailable).toBe(false);
  });

  it('takes the process id from resolvedIds when the caller looked the task up', () => {
    const result = parseForbidden(
      forbidden("Unauthorized to perform operation 'READ_USER_TASK' on resource 'PROCESS_DEFINITION'"),
      {
        method: 'GET',
        path: `/v2/user-tasks/${TASK}`,
        catalogue: OPERATION_CATALOGUE,
        resolvedIds: { PROCESS_DEFINITION: 'invoice' },
      },
    );
    expect(result.alternatives[0]).toMatchObject({ resourceIds: ['invoice'], idSource: 'resolved' });
    expect(english(result.sentence)).toBe('You need READ_USER_TASK on process `invoice` (or on every process).');
  });

  it('reads the 8.9+ "any of the operations: … or …" form', () => {
    const result = parseForbidden(
      forbidden(
        "Unauthorized to perform any of the operations: 'READ_USER_TASK' on 'PROCESS_DEFINITION' or 'READ' on 'USER_TASK'",
      ),
      {
        method: 'GET',
        path: `/v2/user-tasks/${TASK}`,
        catalogue: OPERATION_CATALOGUE,
        version: '8.9',
        resolvedIds: { PROCESS_DEFINITION: 'invoice' },
      },
    );
    expect(result.family).toBe('read-any-of');
    expect(result.alternatives).toEqual([
      {
        permission: 'READ_USER_TASK',
        resourceType: 'PROCESS_DEFINITION',
        resourceIds: ['invoice'],
        wildcardAccepted: true,
        idSource: 'resolved',
      },
      {
        permission: 'READ',
        resourceType: 'USER_TASK',
        resourceIds: [TASK],
        wildcardAccepted: true,
        idSource: 'request',
      },
    ]);
    expect(english(result.sentence)).toBe(
      'You need READ_USER_TASK on process `invoice` (or on every process), or READ on this user task.',
    );
    expect(result.userTaskRule?.taskLevelAvailable).toBe(true);
  });

  it('reads the older parenthesised any-of form the same way', () => {
    const result = parseForbidden(
      forbidden(
        "Unauthorized to perform any of the operations ('READ_USER_TASK' on 'PROCESS_DEFINITION'), ('READ' on 'USER_TASK')",
      ),
      { method: 'GET', path: `/v2/user-tasks/${TASK}/form`, catalogue: OPERATION_CATALOGUE },
    );
    expect(result.family).toBe('read-any-of-parenthesised');
    expect(result.alternatives.map((a) => [a.permission, a.resourceType])).toEqual([
      ['READ_USER_TASK', 'PROCESS_DEFINITION'],
      ['READ', 'USER_TASK'],
    ]);
    expect(english(result.sentence)).toBe(
      "You need READ_USER_TASK on the task's process (or on every process), or READ on this user task.",
    );
  });

  it('reads the 8.10 any-of text for /v2/mode', () => {
    const result = parseForbidden(
      forbidden("Unauthorized to perform any of the operations: 'RESTORE' on 'BACKUP' or 'UPDATE' on 'SYSTEM'"),
    );
    expect(result.alternatives.map((a) => [a.permission, a.resourceType])).toEqual([
      ['RESTORE', 'BACKUP'],
      ['UPDATE', 'SYSTEM'],
    ]);
    expect(result.userTaskRule).toBeNull();
  });

  it('takes the group id from the path of GET /v2/groups/{id}', () => {
    const result = parseForbidden(forbidden("Unauthorized to perform operation 'READ' on resource 'GROUP'"), {
      method: 'GET',
      path: '/v2/groups/accounting',
      catalogue: OPERATION_CATALOGUE,
    });
    expect(result.alternatives).toEqual([
      {
        permission: 'READ',
        resourceType: 'GROUP',
        resourceIds: ['accounting'],
        wildcardAccepted: true,
        idSource: 'request',
      },
    ]);
    expect(english(result.sentence)).toBe('You need READ on group `accounting` (or on every group).');
  });

  it('says "the … in question" when a read-side id cannot be derived', () => {
    const result = parseForbidden(forbidden("Unauthorized to perform operation 'READ' on resource 'GROUP'"), {
      method: 'POST',
      path: '/v2/groups/search',
      catalogue: OPERATION_CATALOGUE,
    });
    expect(english(result.sentence)).toBe('You need READ on the group in question (or on every group).');
  });

  it('reads the unspecified "operation(s) on resource(s)" text', () => {
    const result = parseForbidden(forbidden('Unauthorized to perform operation(s) on resource(s)'));
    expect(result.kind).toBe('permission');
    expect(result.family).toBe('read-unspecified');
    expect(result.alternatives).toEqual([]);
    expect(english(result.sentence)).toContain('did not say which permission was missing');
  });
});

describe('parseForbidden — tenants and 404s (error-messages.md §3.1 tenant rule, §4)', () => {
  it('reads FORBIDDEN_FOR_TENANT', () => {
    const result = parseForbidden(
      forbidden(
        "Command 'CREATE' rejected with code 'FORBIDDEN': Expected to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION' for tenant 'tenant-a', but user is not assigned to this tenant",
      ),
    );
    expect(result.kind).toBe('tenant');
    expect(result.family).toBe('engine-tenant-forbidden');
    expect(result.tenantId).toBe('tenant-a');
    expect(result.alternatives[0]).toMatchObject({
      permission: 'CREATE_PROCESS_INSTANCE',
      resourceType: 'PROCESS_DEFINITION',
    });
    expect(english(result.sentence)).toContain('You are not assigned to tenant `tenant-a`');
  });

  it('reads NOT_FOUND_FOR_TENANT as the tenant-hidden 404', () => {
    const result = parseForbidden(
      {
        status: 404,
        title: 'NOT_FOUND',
        detail:
          "Command 'ASSIGN' rejected with code 'NOT_FOUND': Expected to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', but no resource was found for tenant 'tenant-b'",
      },
      assignContext,
    );
    expect(result.kind).toBe('tenant-hidden');
    expect(result.family).toBe('engine-tenant-not-found');
    expect(result.intent).toBe('ASSIGN');
    expect(result.rejectionCode).toBe('NOT_FOUND');
    expect(result.tenantId).toBe('tenant-b');
    expect(english(result.sentence)).toContain('404 instead of 403');
  });

  it.each([
    ["User Task with key '2251799813685281' not found", 'User Task', 'key', '2251799813685281'],
    ["Process Definition with key '2251799813685250' not found", 'Process Definition', 'key', '2251799813685250'],
    ["User with username 'x' not found", 'User', 'username', 'x'],
    ["Group with id 'accounting' not found", 'Group', 'id', 'accounting'],
    ["Mapping Rule with id 'm1' not found", 'Mapping Rule', 'id', 'm1'],
    ['User task with key 2251799813685281 not found', 'User task', 'key', '2251799813685281'],
  ])('reads the GET 404 "%s" as possibly tenant-hidden', (detail, label, idName, id) => {
    const result = parseForbidden({ status: 404, title: 'NOT_FOUND', detail });
    expect(result.kind).toBe('not-found');
    expect(result.family).toBe('entity-not-found');
    expect(english(result.sentence)).toBe(
      `${label} with ${idName} \`${id}\` was not found. Either it does not exist, or it belongs to a tenant you are not assigned to — Camunda answers 404 instead of 403 for other tenants' resources.`,
    );
  });

  it('reads the command 404 for a missing or completed task', () => {
    const result = parseForbidden({
      status: 404,
      title: 'NOT_FOUND',
      detail:
        "Command 'COMPLETE' rejected with code 'NOT_FOUND': Expected to complete user task with key '2251799813685281', but no such user task was found",
    });
    expect(result.kind).toBe('not-found');
    expect(result.family).toBe('engine-not-found');
    expect(result.intent).toBe('COMPLETE');
    expect(english(result.sentence)).toContain('could not complete user task `2251799813685281`');
    expect(english(result.sentence)).toContain('after completion');
  });
});

describe('parseForbidden — unknown and empty input', () => {
  it('keeps an unknown text verbatim', () => {
    const result = parseForbidden({ status: 403, title: 'Forbidden', detail: 'Access Denied' });
    expect(result.kind).toBe('unknown');
    expect(result.rawDetail).toBe('Access Denied');
    expect(english(result.sentence)).toContain('Access Denied');
  });

  it('keeps the intent of an unknown command reason', () => {
    const result = parseForbidden(forbidden("Command 'UPDATE' rejected with code 'FORBIDDEN': something new"));
    expect(result.kind).toBe('unknown');
    expect(result.intent).toBe('UPDATE');
    expect(english(result.sentence)).toContain('something new');
  });

  it('never returns an empty explanation for a null problem', () => {
    const result = parseForbidden(null, {
      method: 'POST',
      path: '/v2/user-tasks/1/completion',
      catalogue: OPERATION_CATALOGUE,
    });
    expect(result.kind).toBe('unknown');
    expect(result.rawDetail).toBe(
      'The request failed on POST /v2/user-tasks/1/completion; the server sent no problem detail.',
    );
    expect(english(result.sentence)?.length).toBeGreaterThan(20);
  });

  it('never returns an empty explanation for an empty body', () => {
    const result = parseForbidden({ status: 403, detail: '   ' });
    expect(result.rawDetail).toBe('HTTP 403; the server sent no problem detail.');
    expect(english(result.sentence)).toContain('HTTP 403');
  });

  it('explains a 401 as an authentication failure, not a permission', () => {
    const result = parseForbidden({
      status: 401,
      title: 'Unauthorized',
      detail: 'An error occurred while attempting to decode the Jwt: The aud claim is not valid',
    });
    expect(result.kind).toBe('unauthenticated');
    expect(english(result.sentence)).toContain('The aud claim is not valid');
  });
});
