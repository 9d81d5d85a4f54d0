import { describe, expect, it } from 'vitest';
import { parseFormSchema } from './form-schema.ts';

describe('parseFormSchema', () => {
  it('accepts the schema as the JSON string 8.9+ returns and as the object of the 8.8 types', () => {
    const schema = { type: 'default', components: [{ type: 'textfield', key: 'a' }] };
    expect(parseFormSchema(JSON.stringify(schema))).toEqual({ ok: true, schema });
    expect(parseFormSchema(schema)).toEqual({ ok: true, schema });
  });

  it('says why a schema cannot be shown', () => {
    expect(parseFormSchema('{not json')).toEqual({ ok: false, message: 'The linked form is not valid JSON.' });
    expect(parseFormSchema('[]')).toEqual({ ok: false, message: 'The linked form has no components list.' });
    expect(parseFormSchema({ components: 'x' })).toEqual({
      ok: false,
      message: 'The linked form has no components list.',
    });
  });
});
