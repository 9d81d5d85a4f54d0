import { describe, expect, it } from 'vitest';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import { OPERATION_CATALOGUE } from '../../../lib/catalogue/operation-catalogue.ts';
import type { CatalogueEntry } from '../../../lib/catalogue/types.ts';
import { csvField, matrixCsv, type MatrixResult, simulateMatrix } from './simulate-matrix.ts';
import { msg } from '../../../lib/i18n/message.ts';
import { englishT, germanT } from '../../../testing/translate.ts';

const sentence = msg('simulator.sentence.authenticated');

function op(operationId: string): CatalogueEntry {
  const entry = OPERATION_CATALOGUE.find((e) => e.operationId === operationId);
  if (!entry) throw new Error(`no ${operationId}`);
  return entry;
}

const directory: DirectorySnapshot = {
  authorizations: [
    {
      ownerType: 'CLIENT',
      ownerId: 'worker-client',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: '*',
      resourcePropertyName: null,
      permissionTypes: ['CREATE_PROCESS_INSTANCE'],
    },
    {
      ownerType: 'GROUP',
      ownerId: 'ops',
      resourceType: 'AUTHORIZATION',
      resourceId: '*',
      resourcePropertyName: null,
      permissionTypes: ['CREATE'],
    },
  ],
  users: [{ username: 'anna' }, { username: 'kim' }],
  clients: [],
  groups: [{ groupId: 'ops' }],
  roles: [],
  tenants: [],
  mappingRules: [],
  memberships: [{ containerType: 'GROUP', containerId: 'ops', memberType: 'USER', memberId: 'kim' }],
};

describe('simulateMatrix', () => {
  it('gives one verdict per principal and operation', async () => {
    const result = await simulateMatrix(
      directory,
      [
        { type: 'USER', id: 'anna' },
        { type: 'USER', id: 'kim' },
        { type: 'CLIENT', id: 'worker-client' },
      ],
      [op('createProcessInstance'), op('createAuthorization'), op('searchProcessInstances')],
      '8.9',
      { resource: { processDefinitionId: 'invoice-approval' } },
    );
    expect(result.cells.map((row) => row.map((cell) => cell.verdict))).toEqual([
      ['denied', 'denied', 'filtered'],
      ['denied', 'allowed', 'filtered'],
      ['allowed', 'denied', 'filtered'],
    ]);
  });

  it('yields to the browser between slices and reports progress; a cancel stops it', async () => {
    const principals = Array.from({ length: 5 }, (_, i) => ({ type: 'USER' as const, id: `u${i}` }));
    let yields = 0;
    const progress: number[] = [];
    await simulateMatrix(directory, principals, [op('createProcessInstance')], '8.9', {
      resource: {},
      sliceMs: 0,
      yieldToBrowser: () => {
        yields++;
        return Promise.resolve();
      },
      onProgress: (done) => progress.push(done),
    });
    expect(yields).toBe(5);
    expect(progress).toEqual([1, 2, 3, 4, 5, 5]);

    const controller = new AbortController();
    const run = simulateMatrix(directory, principals, [op('createProcessInstance')], '8.9', {
      resource: {},
      sliceMs: 0,
      signal: controller.signal,
      yieldToBrowser: () => {
        controller.abort();
        return Promise.resolve();
      },
    });
    await expect(run).rejects.toThrow('The matrix was cancelled.');
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formula cells', () => {
    expect(csvField('anna')).toBe('anna');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe('"\'+1"');
    expect(csvField('-2')).toBe('"\'-2"');
    expect(csvField('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvField('\tcmd')).toBe('"\'\tcmd"');
    // Only the first character matters: an id with a minus inside is left alone.
    expect(csvField('worker-client')).toBe('worker-client');
  });

  it('writes a header of operations and one CRLF row per principal', () => {
    const result: MatrixResult = {
      principals: [
        { type: 'USER', id: 'smith, john' },
        { type: 'CLIENT', id: '=cmd|"/c calc"!A1' },
      ],
      operations: [op('createProcessInstance'), op('getTopology')],
      cells: [
        [
          { verdict: 'denied', sentence },
          { verdict: 'allowed', sentence },
        ],
        [
          { verdict: 'filtered', sentence },
          { verdict: 'unavailable', sentence },
        ],
      ],
    };
    const headers = (t: typeof englishT) => ({
      principalType: t('simulator.csv.principalType'),
      principalId: t('simulator.csv.principalId'),
    });
    const csv = matrixCsv(result, headers(englishT));
    expect(csv).toBe(
      'principal type,principal id,POST /process-instances,GET /topology\r\n' +
        'USER,"smith, john",denied,allowed\r\n' +
        'CLIENT,"\'=cmd|""/c calc""!A1",filtered,not in this version\r\n',
    );
    // In German the headers people read follow the language; the verdicts stay machine-stable.
    expect(matrixCsv(result, headers(germanT))).toBe(
      'Principal-Typ,Principal-ID,POST /process-instances,GET /topology\r\n' +
        'USER,"smith, john",denied,allowed\r\n' +
        'CLIENT,"\'=cmd|""/c calc""!A1",filtered,not in this version\r\n',
    );
  });
});
