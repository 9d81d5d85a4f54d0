// Every 401/403/404 message family, verbatim from docs/camunda-api/error-messages.md §2–4, inside every
// wrapper an operator pastes; then every operation of the catalogue on 8.8, 8.9 and 8.10 with the texts
// its refusal produces (the templates of §3–4 filled with the operation's own permissions).
import { describe, expect, it } from 'vitest';
import { OPERATION_CATALOGUE } from '../../catalogue/operation-catalogue.ts';
import { API_VERSIONS, type CatalogueEntry, type PermissionAlternative } from '../../catalogue/types.ts';
import { candidateOperations } from './candidate-operations.ts';
import { parseErrorText } from './parse-error-text.ts';

interface Family {
  name: string;
  detail: string;
  status: 401 | 403 | 404;
}

const FAMILIES: Family[] = [
  {
    name: 'engine, short form',
    status: 403,
    detail:
      "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE' on resource 'AUTHORIZATION'",
  },
  {
    name: 'engine, delete',
    status: 403,
    detail:
      "Command 'DELETE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'DELETE' on resource 'AUTHORIZATION'",
  },
  {
    name: 'engine, with resource ids (8.8 assignment)',
    status: 403,
    detail:
      "Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'",
  },
  {
    name: 'engine, 8.9 assignment: process level "; and " task level',
    status: 403,
    detail:
      "Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, 2251799813685281]'",
  },
  {
    name: 'engine, 8.9 claim: four alternatives',
    status: 403,
    detail:
      "Command 'CLAIM' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'CLAIM_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, 2251799813685281]'; and Insufficient permissions to perform operation 'CLAIM' on resource 'USER_TASK', required resource identifiers are one of '[*, 2251799813685281]'",
  },
  {
    name: 'engine, several owners checked ("; ")',
    status: 403,
    detail:
      "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'",
  },
  {
    name: 'engine, job command',
    status: 403,
    detail:
      "Command 'COMPLETE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION'",
  },
  {
    name: 'engine, tenant not assigned (new resource)',
    status: 403,
    detail:
      "Command 'CREATE' rejected with code 'FORBIDDEN': Expected to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION' for tenant 'tenant-a', but user is not assigned to this tenant",
  },
  {
    name: 'engine, tenant-hidden (existing resource)',
    status: 404,
    detail:
      "Command 'ASSIGN' rejected with code 'NOT_FOUND': Expected to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', but no resource was found for tenant 'tenant-b'",
  },
  {
    name: 'engine, no such user task',
    status: 404,
    detail:
      "Command 'COMPLETE' rejected with code 'NOT_FOUND': Expected to complete user task with key '2251799813685281', but no such user task was found",
  },
  {
    name: 'read, 8.8 user task',
    status: 403,
    detail: "Unauthorized to perform operation 'READ_USER_TASK' on resource 'PROCESS_DEFINITION'",
  },
  {
    name: 'read, 8.9+ user task any-of',
    status: 403,
    detail:
      "Unauthorized to perform any of the operations: 'READ_USER_TASK' on 'PROCESS_DEFINITION' or 'READ' on 'USER_TASK'",
  },
  {
    name: 'read, parenthesised any-of (8.9 development)',
    status: 403,
    detail:
      "Unauthorized to perform any of the operations ('READ_USER_TASK' on 'PROCESS_DEFINITION'), ('READ' on 'USER_TASK')",
  },
  {
    name: 'read, 8.10 any-of outside the task resources',
    status: 403,
    detail: "Unauthorized to perform any of the operations: 'RESTORE' on 'BACKUP' or 'UPDATE' on 'SYSTEM'",
  },
  { name: 'read, group', status: 403, detail: "Unauthorized to perform operation 'READ' on resource 'GROUP'" },
  { name: 'read, unspecified', status: 403, detail: 'Unauthorized to perform operation(s) on resource(s)' },
  { name: 'not found, user task', status: 404, detail: "User Task with key '2251799813685281' not found" },
  {
    name: 'not found, process definition',
    status: 404,
    detail: "Process Definition with key '2251799813685250' not found",
  },
  { name: 'not found, user', status: 404, detail: "User with id 'ron' not found" },
  { name: 'not found, mapping rule', status: 404, detail: "Mapping Rule with id 'finance-rule' not found" },
  { name: 'not found, older SaaS user task', status: 404, detail: 'User task with key 2251799813685281 not found' },
  { name: '401, no credentials', status: 401, detail: 'Full authentication is required to access this resource' },
  { name: '401, wrong password', status: 401, detail: 'Bad credentials' },
  {
    name: '401, expired token',
    status: 401,
    detail: 'An error occurred while attempting to decode the Jwt: Jwt expired at 2025-06-01T10:00:00Z',
  },
  {
    name: '401, audience',
    status: 401,
    detail: 'An error occurred while attempting to decode the Jwt: The aud claim is not valid',
  },
  {
    name: '401, neither claim',
    status: 401,
    detail:
      'Neither username claim (preferred_username) nor clientId claim (client_id) could be found in the claims. Please check your OIDC configuration.',
  },
];

function family(name: string): string {
  const found = FAMILIES.find((f) => f.name === name);
  if (!found) throw new Error(`no family ${name}`);
  return found.detail;
}

const TITLES: Record<Family['status'], string> = { 401: 'Unauthorized', 403: 'FORBIDDEN', 404: 'NOT_FOUND' };
const GRPC_CODES: Record<Family['status'], [string, string]> = {
  401: ['Unauthenticated', 'UNAUTHENTICATED'],
  403: ['PermissionDenied', 'PERMISSION_DENIED'],
  404: ['NotFound', 'NOT_FOUND'],
};

type Wrapper = (family: Family) => string | null;

// How each tool prints a problem (docs/camunda-api/error-texts.md); gRPC only carries engine rejections.
const WRAPPERS: Record<string, Wrapper> = {
  'the detail alone': (f) => f.detail,
  'problem+json': (f) =>
    JSON.stringify({
      type: 'about:blank',
      title: TITLES[f.status],
      status: f.status,
      detail: f.detail,
      instance: '/v2/x',
    }),
  'Java ProblemException': (f) =>
    `io.camunda.client.api.command.ProblemException: Failed with code ${f.status}: 'x'. Details: 'class ProblemDetail {\n    type: about:blank\n    title: ${TITLES[f.status]}\n    status: ${f.status}\n    detail: ${f.detail}\n    instance: /v2/x\n}'. \n\tat com.example.App.main(App.java:1)`,
  'JS SDK error (util.inspect)': (f) =>
    `Error [HttpSdkError]: ${TITLES[f.status]}\n    at evaluateSdkResponse (file.js:1:1) {\n  status: ${f.status},\n  operationId: 'x',\n  title: '${TITLES[f.status]}',\n  detail: ${f.detail.includes("'") ? `"${f.detail}"` : `'${f.detail}'`},\n  nonRetryable: true\n}`,
  'Java gRPC (ClientStatusException)': (f) =>
    f.detail.startsWith('Command ')
      ? `io.camunda.client.api.command.ClientStatusException: ${f.detail}\nCaused by: io.grpc.StatusRuntimeException: ${GRPC_CODES[f.status][1]}: ${f.detail}`
      : null,
  'Go gRPC': (f) =>
    f.detail.startsWith('Command ') ? `rpc error: code = ${GRPC_CODES[f.status][0]} desc = ${f.detail}` : null,
  'log line with escaped JSON': (f) =>
    JSON.stringify({
      ts: '2026-11-29T10:00:00Z',
      level: 'error',
      body: JSON.stringify({ status: f.status, title: TITLES[f.status], detail: f.detail }),
    }),
};

describe('parseErrorText — every message family in every wrapper', () => {
  for (const [wrapperName, wrap] of Object.entries(WRAPPERS)) {
    describe(wrapperName, () => {
      for (const family of FAMILIES) {
        const text = wrap(family);
        if (text === null) continue;
        it(family.name, () => {
          const pasted = parseErrorText(text);
          expect(pasted.detail).toBe(family.detail);
          expect(pasted.status).toBe(family.status);
          expect(pasted.recognised).toBe(true);
          expect(pasted.otherErrors).toBe(0);
        });
      }
    });
  }

  it('takes ids from the sentence: process id, user task key, tenant', () => {
    expect(parseErrorText(family('engine, 8.9 claim: four alternatives')).hints).toEqual({
      processDefinitionId: 'invoice',
      userTaskKey: '2251799813685281',
    });
    expect(parseErrorText(family('engine, tenant-hidden (existing resource)')).hints).toEqual({ tenantId: 'tenant-b' });
    expect(parseErrorText(family('not found, user task')).hints).toEqual({ userTaskKey: '2251799813685281' });
  });

  it('cuts a 409 claim conflict on a log line at its last word, and explains the 403 after it', () => {
    const conflict =
      "Command 'CLAIM' rejected with code 'INVALID_STATE': Expected to claim user task with key '2251799813685281', but it has already been assigned";
    const pasted = parseErrorText(`WARN ${conflict} (trace 4f1c)\nERROR ${family('read, group')} (trace 4f1d)`);
    expect(pasted.detail).toBe(family('read, group'));
    expect(pasted.otherErrors).toBe(1);
  });

  it('does not take a 409 for a 403', () => {
    const conflict =
      "Command 'CLAIM' rejected with code 'INVALID_STATE': Expected to claim user task with key '2251799813685281', but it has already been assigned";
    const pasted = parseErrorText(JSON.stringify({ title: 'INVALID_STATE', status: 409, detail: conflict }));
    expect(pasted.recognised).toBe(false);
    expect(pasted.status).toBe(409);
    expect(pasted.detail).toBe(conflict);
  });
});

function idsOf(alternative: PermissionAlternative): string {
  return alternative.resourceId.from === 'wildcard' ? '' : ", required resource identifiers are one of '[*, some-id]'";
}

function engineReason(alternative: PermissionAlternative): string {
  return `Insufficient permissions to perform operation '${alternative.permissionType}' on resource '${alternative.resourceType}'${idsOf(alternative)}`;
}

/** The texts a refusal of `entry` produces on `version`, by the templates of error-messages.md §3–4. */
function refusalTexts(
  entry: CatalogueEntry,
  version: (typeof API_VERSIONS)[number],
): { text: string; status: number }[] {
  const facts = entry.versions[version];
  if (!facts || facts.permissions.length === 0) return [];
  const alternatives = facts.permissions;
  if (facts.behaviour === 'command') {
    const prefix = (code: string) => `Command '${facts.intent ?? 'CREATE'}' rejected with code '${code}': `;
    const first = alternatives[0]!;
    const texts = [
      { text: prefix('FORBIDDEN') + alternatives.map(engineReason).join('; and '), status: 403 },
      ...alternatives.map((a) => ({ text: prefix('FORBIDDEN') + engineReason(a), status: 403 })),
    ];
    if (facts.tenantCheck === 'request') {
      texts.push({
        text: `${prefix('FORBIDDEN')}Expected to perform operation '${first.permissionType}' on resource '${first.resourceType}' for tenant 'tenant-a', but user is not assigned to this tenant`,
        status: 403,
      });
    }
    if (facts.tenantCheck === 'entity') {
      texts.push({
        text: `${prefix('NOT_FOUND')}Expected to perform operation '${first.permissionType}' on resource '${first.resourceType}', but no resource was found for tenant 'tenant-a'`,
        status: 404,
      });
    }
    return texts;
  }
  if (facts.behaviour === 'getByKey' || facts.behaviour === 'gatewayCheck') {
    const text =
      alternatives.length === 1
        ? `Unauthorized to perform operation '${alternatives[0]!.permissionType}' on resource '${alternatives[0]!.resourceType}'`
        : `Unauthorized to perform any of the operations: ${alternatives.map((a) => `'${a.permissionType}' on '${a.resourceType}'`).join(' or ')}`;
    return [{ text, status: 403 }];
  }
  return [];
}

describe('parseErrorText and candidateOperations — every operation of the catalogue, 8.8 to 8.10', () => {
  for (const version of API_VERSIONS) {
    it(`recognises every refusal text of ${version} and offers its operation among the candidates`, () => {
      let checked = 0;
      for (const entry of OPERATION_CATALOGUE) {
        for (const { text, status } of refusalTexts(entry, version)) {
          const pasted = parseErrorText(text);
          expect(pasted.recognised, text).toBe(true);
          expect(pasted.status, text).toBe(status);
          const candidates = candidateOperations(pasted, OPERATION_CATALOGUE, version);
          expect(candidates, `${entry.operationId}: ${text}`).toContain(entry);
          checked += 1;
        }
      }
      // Every protected operation yields at least one text; the count guards against a loop that checks nothing.
      expect(checked).toBeGreaterThan(150);
    });
  }

  it('8.9+ property-based task grants add no alternative to the text: the candidates are the task operations', () => {
    const withProperties = OPERATION_CATALOGUE.filter((entry) =>
      entry.versions['8.9']?.permissions.some((p) => p.propertyNames !== undefined),
    );
    expect(withProperties.length).toBeGreaterThan(3);
    for (const entry of withProperties) {
      for (const { text } of refusalTexts(entry, '8.9')) {
        expect(text).not.toMatch(/assignee|candidate/);
        expect(candidateOperations(parseErrorText(text), OPERATION_CATALOGUE, '8.9')).toContain(entry);
      }
    }
  });
});
