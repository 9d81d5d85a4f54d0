import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toJSONSchema, type ZodType } from 'zod';
import { OPERATION_CATALOGUE } from '../../src/lib/catalogue/operation-catalogue.ts';
import { REQUEST_BODY_FIELDS } from './request-body-fields.ts';

// The demo clusters refuse body fields their request type lacks; the table of fields they accept
// must be the one Camunda's own 9.1.5 SDK validates requests with.

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  not?: unknown;
}

/** The SDK's generated zod module (not exported by the package; its file name carries a hash). */
async function sdkSchemas(): Promise<Record<string, ZodType>> {
  const entry = createRequire(import.meta.url).resolve('sdk89');
  const dist = path.dirname(entry);
  const file = readdirSync(dist).find((name) => /^zod\.gen-.*\.js$/.test(name))!;
  return (await import(pathToFileURL(path.join(dist, file)).href)) as Record<string, ZodType>;
}

function topLevelFields(schema: JsonSchema | undefined): string[] {
  if (!schema || schema.not !== undefined) return [];
  const nested = [...(schema.anyOf ?? []), ...(schema.allOf ?? []), ...(schema.oneOf ?? [])];
  return [...new Set([...Object.keys(schema.properties ?? {}), ...nested.flatMap(topLevelFields)])];
}

describe('request body fields', () => {
  it("match the request schemas of Camunda's 9.1.5 SDK for every JSON body the catalogue lists", async () => {
    const schemas = await sdkSchemas();
    const fromSdk: Record<string, string[]> = {};
    for (const entry of OPERATION_CATALOGUE) {
      if (entry.method === 'GET' || entry.method === 'DELETE' || entry.path.endsWith('/search')) continue;
      const name = `z${entry.operationId[0]!.toUpperCase()}${entry.operationId.slice(1)}Data`;
      const schema = schemas[name];
      if (!schema) continue;
      const data = toJSONSchema(schema, { unrepresentable: 'any' }) as JsonSchema;
      const fields = topLevelFields(data.properties?.body);
      if (fields.length > 0) fromSdk[entry.operationId] = fields;
    }
    // Uploads are multipart, checked part by part where they are read.
    for (const upload of ['createDeployment', 'createDocument', 'createDocuments']) delete fromSdk[upload];
    const sorted = (table: Readonly<Record<string, readonly string[]>>) =>
      Object.fromEntries(Object.entries(table).map(([op, fields]) => [op, [...fields].sort()]));
    expect(sorted(REQUEST_BODY_FIELDS)).toEqual(sorted(fromSdk));
    expect(Object.keys(REQUEST_BODY_FIELDS).length).toBeGreaterThan(40);
  });
});
