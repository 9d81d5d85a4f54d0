import { describe, expect, it } from 'vitest';
import { OPERATION_CATALOGUE } from './operation-catalogue.ts';
import { MATRIX_INFERENCES, PERMISSION_MATRIX, allowsPermission } from './permission-matrix.ts';
import { API_VERSIONS, type ApiVersion, type CatalogueEntry, type OperationVersionFacts } from './types.ts';

function facts(operationId: string, version: ApiVersion): OperationVersionFacts {
  const entry = OPERATION_CATALOGUE.find((e) => e.operationId === operationId);
  const found = entry?.versions[version];
  if (!found) throw new Error(`${operationId} has no ${version} facts`);
  return found;
}

function grants(f: OperationVersionFacts): string[] {
  return f.permissions.map((p) => `${p.resourceType}:${p.permissionType}`);
}

function pathParameters(entry: CatalogueEntry): string[] {
  return [...entry.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

function eachVersion(visit: (entry: CatalogueEntry, version: ApiVersion, f: OperationVersionFacts) => void) {
  for (const entry of OPERATION_CATALOGUE) {
    for (const version of API_VERSIONS) {
      const f = entry.versions[version];
      if (f) visit(entry, version, f);
    }
  }
}

describe('operation catalogue', () => {
  it('names each operation and each method + path once', () => {
    const ids = OPERATION_CATALOGUE.map((e) => e.operationId);
    const routes = OPERATION_CATALOGUE.map((e) => `${e.method} ${e.path}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(routes).size).toBe(routes.length);
    expect(OPERATION_CATALOGUE.length).toBeGreaterThan(180);
  });

  it('names only resource and permission types that exist together in the version', () => {
    const wrong: string[] = [];
    eachVersion((entry, version, f) => {
      for (const p of f.permissions) {
        if (!allowsPermission(version, p.resourceType, p.permissionType)) {
          wrong.push(`${entry.operationId} ${version}: ${p.resourceType}:${p.permissionType}`);
        }
      }
    });
    expect(wrong).toEqual([]);
  });

  it('takes resource ids only from path parameters the path has', () => {
    const wrong: string[] = [];
    eachVersion((entry, version, f) => {
      const params = pathParameters(entry);
      for (const p of f.permissions) {
        const id = p.resourceId;
        const named = id.from === 'path' ? id.name : id.from === 'target' && f.behaviour !== 'filtered' ? id.via : null;
        // A keyed lookup of the target must go through the key in the path when there is one.
        if (named !== null && params.length > 0 && !params.includes(named)) {
          wrong.push(`${entry.operationId} ${version}: ${named} is not in ${entry.path}`);
        }
      }
    });
    expect(wrong).toEqual([]);
  });

  it('gives every behaviour class the facts it needs', () => {
    const wrong: string[] = [];
    eachVersion((entry, version, f) => {
      const where = `${entry.operationId} ${version}`;
      const open = f.behaviour === 'authenticated' || f.behaviour === 'unprotected';
      if (open !== (f.permissions.length === 0)) wrong.push(`${where}: permissions vs ${f.behaviour}`);
      if ((f.behaviour === 'command') !== (f.intent !== undefined)) wrong.push(`${where}: intent vs ${f.behaviour}`);
      for (const i of f.inferred ?? []) if (i.reason.trim().length < 20) wrong.push(`${where}: thin reason`);
    });
    expect(wrong).toEqual([]);
  });

  it('cites a public URL or an SDK file for every entry', () => {
    for (const entry of OPERATION_CATALOGUE) {
      expect(entry.sources.length, entry.operationId).toBeGreaterThan(0);
      for (const source of entry.sources) expect(source).toMatch(/^(https:\/\/|npm:@camunda)/);
    }
  });

  it('keeps the user-task alternatives Camunda documents per version', () => {
    expect(grants(facts('assignUserTask', '8.8'))).toEqual(['PROCESS_DEFINITION:UPDATE_USER_TASK']);
    expect(grants(facts('assignUserTask', '8.9'))).toEqual(['PROCESS_DEFINITION:UPDATE_USER_TASK', 'USER_TASK:UPDATE']);
    expect(grants(facts('completeUserTask', '8.9'))).toEqual([
      'PROCESS_DEFINITION:UPDATE_USER_TASK',
      'PROCESS_DEFINITION:COMPLETE_USER_TASK',
      'USER_TASK:UPDATE',
      'USER_TASK:COMPLETE',
    ]);
    expect(facts('getUserTask', '8.8').behaviour).toBe('getByKey');
    expect(facts('searchUserTasks', '8.9').behaviour).toBe('filtered');
  });

  it("refuses a job worker's completion with UPDATE_PROCESS_INSTANCE on the job's process", () => {
    for (const version of API_VERSIONS) {
      const completion = facts('completeJob', version);
      expect(completion.behaviour).toBe('command');
      expect(completion.permissions).toEqual([
        {
          resourceType: 'PROCESS_DEFINITION',
          permissionType: 'UPDATE_PROCESS_INSTANCE',
          resourceId: { from: 'target', id: 'bpmnProcessId', via: 'jobKey' },
        },
      ]);
      // Activation never answers 403: jobs the worker may not update are simply not handed out.
      expect(facts('activateJobs', version).behaviour).toBe('filtered');
    }
  });

  it('tells a connector that correlating needs rights on the waiting processes, publishing on the message', () => {
    const correlation = facts('correlateMessage', '8.8');
    expect(correlation.selection).toBe('byTarget');
    expect(grants(correlation)).toEqual([
      'PROCESS_DEFINITION:UPDATE_PROCESS_INSTANCE',
      'PROCESS_DEFINITION:CREATE_PROCESS_INSTANCE',
    ]);
    expect(facts('publishMessage', '8.8').permissions).toEqual([
      { resourceType: 'MESSAGE', permissionType: 'CREATE', resourceId: { from: 'body', name: 'name' } },
    ]);
  });

  it('marks 8.10 facts carried over from 8.9 as inferred, since no 8.10 SDK exists', () => {
    const carried = OPERATION_CATALOGUE.filter((e) => e.versions['8.9'] && e.versions['8.10']);
    expect(carried.length).toBeGreaterThan(150);
    for (const entry of carried) {
      expect(
        entry.versions['8.10']?.inferred?.map((i) => i.fact),
        entry.operationId,
      ).toContain('presence');
    }
  });
});

describe('permission matrix', () => {
  it('only grows from one version to the next', () => {
    const pairs = (version: ApiVersion) =>
      Object.entries(PERMISSION_MATRIX[version]).flatMap(([type, perms]) => perms.map((p) => `${type}:${p}`));
    expect(pairs('8.9')).toEqual(expect.arrayContaining(pairs('8.8')));
    expect(pairs('8.10')).toEqual(expect.arrayContaining(pairs('8.9')));
    expect(pairs('8.8')).not.toContain('USER_TASK:READ');
    expect(pairs('8.9')).toContain('USER_TASK:READ');
  });

  it('lists every inferred pair it explains', () => {
    for (const i of MATRIX_INFERENCES) expect(allowsPermission(i.version, i.resourceType, i.permissionType)).toBe(true);
  });
});
