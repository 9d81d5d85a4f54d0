import { describe, expect, it } from 'vitest';
import { englishT } from '../../../testing/translate.ts';
import { parseFormSchema, type ParsedFormSchema } from './form-schema.ts';

const wording = (result: ParsedFormSchema) => (result.ok ? result : englishT.message(result.message));

describe('parseFormSchema', () => {
  it('accepts the schema as the JSON string 8.9+ returns and as the object of the 8.8 types', () => {
    const schema = { type: 'default', components: [{ type: 'textfield', key: 'a' }] };
    expect(parseFormSchema(JSON.stringify(schema))).toEqual({ ok: true, schema });
    expect(parseFormSchema(schema)).toEqual({ ok: true, schema });
  });

  it('says why a schema cannot be shown', () => {
    expect(wording(parseFormSchema('{not json'))).toBe('The linked form is not valid JSON.');
    expect(wording(parseFormSchema('[]'))).toBe('The linked form has no components list.');
    expect(wording(parseFormSchema({ components: 'x' }))).toBe('The linked form has no components list.');
  });
});
