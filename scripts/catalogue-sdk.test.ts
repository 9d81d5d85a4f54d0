import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATION_CATALOGUE } from '../src/lib/catalogue/operation-catalogue.ts';
import { OPERATIONS_ADDED_IN_8_10 } from '../src/lib/catalogue/operations-added-in-8-10.ts';
import { PERMISSION_MATRIX } from '../src/lib/catalogue/permission-matrix.ts';
import type { ApiVersion } from '../src/lib/catalogue/types.ts';

// The catalogue against Camunda's own SDKs (Apache-2.0), installed as aliases: sdk88 =
// @camunda8/orchestration-cluster-api 8.8.4, sdk89 = 9.1.5 (whose README says it matches 8.9).
// Their generated client lists every operation as `var <name> = (options) => (client).<method>({ url })`;
// the type declarations carry the resource and permission enums.

const root = path.resolve(import.meta.dirname, '..');

function distFiles(sdk: string, suffix: string): string[] {
  const dir = path.join(root, 'node_modules', sdk, 'dist');
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix) && !f.endsWith(`.d${suffix}`))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

interface SdkOperation {
  method: string;
  path: string;
}

function sdkOperations(sdk: string): Map<string, SdkOperation> {
  const operation =
    /var (\w+) = \(options\) => \{\s*return \(options\??\.client \?\? client\)\.(get|post|put|patch|delete)\(\{[\s\S]*?url: "([^"]+)"/g;
  const found = new Map<string, SdkOperation>();
  for (const text of distFiles(sdk, '.js')) {
    for (const [, name = '', method = '', url = ''] of text.matchAll(operation)) {
      found.set(name, { method: method.toUpperCase(), path: url });
    }
  }
  return found;
}

/** 8.8 declares the enums as string unions, 9.x as const objects. */
function sdkEnum(sdk: string, name: string): string[] {
  const text = distFiles(sdk, '.d.ts').join('\n');
  const union = new RegExp(`type ${name} = ([^;]+);`).exec(text)?.[1];
  if (union && union.includes("'")) return [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1] ?? '');
  const object = new RegExp(`declare const ${name}: \\{([^}]+)\\}`).exec(text)?.[1] ?? '';
  return [...object.matchAll(/readonly (\w+):/g)].map((m) => m[1] ?? '');
}

const SDKS: readonly { version: ApiVersion; sdk: string }[] = [
  { version: '8.8', sdk: 'sdk88' },
  { version: '8.9', sdk: 'sdk89' },
];

const byId = new Map(OPERATION_CATALOGUE.map((e) => [e.operationId, e]));

describe.each(SDKS)('catalogue against the $version SDK', ({ version, sdk }) => {
  const operations = sdkOperations(sdk);

  it('finds the generated operation list', () => {
    expect(operations.size).toBeGreaterThan(140);
  });

  it('has an entry, with the same method and path, for every SDK operation', () => {
    const missing: string[] = [];
    const differing: string[] = [];
    for (const [name, op] of operations) {
      const entry = byId.get(name);
      if (!entry?.versions[version]) missing.push(name);
      else if (entry.method !== op.method || entry.path !== op.path) {
        differing.push(`${name}: catalogue ${entry.method} ${entry.path}, SDK ${op.method} ${op.path}`);
      }
    }
    expect(missing).toEqual([]);
    expect(differing).toEqual([]);
  });

  it('claims no operation for this version that the SDK lacks', () => {
    const extra = OPERATION_CATALOGUE.filter((e) => e.versions[version] && !operations.has(e.operationId));
    expect(extra.map((e) => e.operationId)).toEqual([]);
  });

  it('has exactly the resource and permission types of the SDK enums', () => {
    const matrix = PERMISSION_MATRIX[version];
    const permissions = new Set(Object.values(matrix).flat());
    expect(Object.keys(matrix).sort()).toEqual(sdkEnum(sdk, 'ResourceTypeEnum').sort());
    expect([...permissions].sort()).toEqual(sdkEnum(sdk, 'PermissionTypeEnum').sort());
  });
});

describe('catalogue for 8.10 (no SDK published: the 8.9 SDK list plus the operations added in 8.10)', () => {
  const expected = new Map<string, SdkOperation>(sdkOperations('sdk89'));
  for (const op of OPERATIONS_ADDED_IN_8_10) expected.set(op.operationId, { method: op.method, path: op.path });

  it('has every expected operation with its method and path, and no other', () => {
    const actual = new Map(
      OPERATION_CATALOGUE.filter((e) => e.versions['8.10']).map((e) => [
        e.operationId,
        { method: e.method, path: e.path },
      ]),
    );
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
  });

  it('cites the spec file of every added operation', () => {
    for (const op of OPERATIONS_ADDED_IN_8_10) expect(byId.get(op.operationId)?.sources).toContain(op.source);
  });
});
