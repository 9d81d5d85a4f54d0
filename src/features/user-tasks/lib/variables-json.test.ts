import { describe, expect, it } from 'vitest';
import { englishT, germanT } from '../../../testing/translate.ts';
import { parseVariableValue, parseVariablesJson } from './variables-json.ts';

describe('parseVariablesJson', () => {
  it('accepts an object and treats an empty editor as no variables', () => {
    expect(parseVariablesJson('{"approved": true, "amount": 3}')).toEqual({
      ok: true,
      variables: { approved: true, amount: 3 },
    });
    expect(parseVariablesJson('  ')).toEqual({ ok: true, variables: {} });
  });

  it('rejects broken JSON and anything that is not an object', () => {
    const broken = parseVariablesJson('{"approved": }');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && englishT.message(broken.message)).toMatch(/^Not valid JSON: /);
    for (const text of ['[1]', 'null', '"yes"', '3']) {
      const result = parseVariablesJson(text);
      expect(!result.ok && englishT.message(result.message)).toBe(
        'Variables must be a JSON object, e.g. {"approved": true}.',
      );
      expect(!result.ok && germanT.message(result.message)).toBe(
        'Die Variablen müssen ein JSON-Objekt sein, z. B. {"approved": true}.',
      );
    }
  });
});

describe('parseVariableValue', () => {
  it('parses JSON values and keeps a truncated value as text', () => {
    expect(parseVariableValue('{"a":1}')).toEqual({ a: 1 });
    expect(parseVariableValue('"anna"')).toBe('anna');
    expect(parseVariableValue('{"a":"trunc')).toBe('{"a":"trunc');
  });
});
