// Which operations the Explain page offers for a pasted error. Texts are verbatim from
// docs/camunda-api/error-messages.md; the expected order is what an operator would pick first.
import { describe, expect, it } from 'vitest';
import { OPERATION_CATALOGUE } from '../../catalogue/operation-catalogue.ts';
import type { ClusterVersion } from '../model.ts';
import { candidateOperations } from './candidate-operations.ts';
import { parseErrorText } from './parse-error-text.ts';

function candidates(text: string, version: ClusterVersion = '8.9'): string[] {
  return candidateOperations(parseErrorText(text), OPERATION_CATALOGUE, version).map(
    (entry) => `${entry.method} ${entry.path}`,
  );
}

describe('candidateOperations', () => {
  it("puts process instance creation first for the detail alone: 'CREATE_PROCESS_INSTANCE' on 'PROCESS_DEFINITION'", () => {
    const found = candidates(
      "Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION'",
    );
    expect(found[0]).toBe('POST /process-instances');
    // Message and signal starts also need it (one alternative per kind of target), so they follow.
    expect(found).toContain('POST /messages/correlation');
    expect(found).toContain('POST /signals/broadcast');
  });

  it("offers the job commands first for 'UPDATE_PROCESS_INSTANCE' on 'PROCESS_DEFINITION' without an intent", () => {
    const found = candidates(
      "Insufficient permissions to perform operation 'UPDATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION'",
    );
    expect(found.slice(0, 4).sort()).toEqual([
      'PATCH /jobs/{jobKey}',
      'POST /jobs/{jobKey}/completion',
      'POST /jobs/{jobKey}/error',
      'POST /jobs/{jobKey}/failure',
    ]);
    // A search filters instead of refusing, so it is never offered for a 403.
    expect(found).not.toContain('POST /jobs/activation');
    expect(found).not.toContain('POST /jobs/search');
  });

  it('uses the intent: COMPLETE with UPDATE_PROCESS_INSTANCE is a job completion, FAIL a job failure', () => {
    const reason =
      "rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION'";
    expect(candidates(`Command 'COMPLETE' ${reason}`)[0]).toBe('POST /jobs/{jobKey}/completion');
    expect(candidates(`Command 'FAIL' ${reason}`)[0]).toBe('POST /jobs/{jobKey}/failure');
  });

  it('offers assignment and unassignment (both intent ASSIGN) first for an assignment refusal', () => {
    const found = candidates(
      "Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'",
      '8.8',
    );
    expect(found.slice(0, 2)).toEqual([
      'POST /user-tasks/{userTaskKey}/assignment',
      'DELETE /user-tasks/{userTaskKey}/assignee',
    ]);
  });

  it('offers the task reads for the read-side any-of text, and no command', () => {
    const found = candidates(
      "Unauthorized to perform any of the operations: 'READ_USER_TASK' on 'PROCESS_DEFINITION' or 'READ' on 'USER_TASK'",
    );
    expect(found[0]).toBe('GET /user-tasks/{userTaskKey}');
    expect(found).toContain('GET /user-tasks/{userTaskKey}/form');
    expect(found).not.toContain('POST /user-tasks/{userTaskKey}/assignment');
    expect(found).not.toContain('POST /user-tasks/{userTaskKey}/completion');
  });

  it("maps a not-found's entity to its GET", () => {
    expect(candidates("User Task with key '2251799813685281' not found")).toEqual(['GET /user-tasks/{userTaskKey}']);
    expect(candidates("Mapping Rule with id 'finance-rule' not found")).toEqual(['GET /mapping-rules/{mappingRuleId}']);
    expect(candidates("Group with id 'finance' not found")).toEqual(['GET /groups/{groupId}']);
  });

  it('keeps an engine not-found to the operations on its entity', () => {
    const found = candidates(
      "Command 'COMPLETE' rejected with code 'NOT_FOUND': Expected to complete user task with key '2251799813685281', but no such user task was found",
    );
    expect(found[0]).toBe('POST /user-tasks/{userTaskKey}/completion');
    expect(found.every((operation) => operation.includes('/user-tasks/{userTaskKey}'))).toBe(true);
  });

  it('returns the one match when the text names method and path, whatever the detail says', () => {
    const found = candidates(
      "> POST /v2/process-instances/2251799813685270/cancellation HTTP/1.1\n< HTTP/1.1 403 Forbidden\n{\"status\":403,\"detail\":\"Command 'CANCEL' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CANCEL_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'\"}",
    );
    expect(found).toEqual(['POST /process-instances/{processInstanceKey}/cancellation']);
  });

  it('offers nothing for a 401 (no operation was checked) or for unrecognised text', () => {
    expect(candidates('Bad credentials')).toEqual([]);
    expect(candidates('connection refused')).toEqual([]);
  });

  it('offers only operations of the chosen version', () => {
    const text =
      "Unauthorized to perform any of the operations: 'READ_USER_TASK' on 'PROCESS_DEFINITION' or 'READ' on 'USER_TASK'";
    const on88 = candidateOperations(parseErrorText(text), OPERATION_CATALOGUE, '8.8');
    expect(on88.length).toBeGreaterThan(0);
    expect(on88.every((entry) => entry.versions['8.8'] !== undefined)).toBe(true);
    expect(candidates(text, '8.8')).not.toContain('POST /user-tasks/{userTaskKey}/audit-logs/search');
  });
});
