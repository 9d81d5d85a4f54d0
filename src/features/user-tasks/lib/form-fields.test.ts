import { describe, expect, it } from 'vitest';
import {
  formValuesToVariables,
  initialFormValues,
  parseFormSchema,
  staticText,
  validateFormValues,
  type FormField,
} from './form-fields.ts';

const schema = {
  type: 'default',
  components: [
    { type: 'text', text: '# Approve <b>invoice</b>' },
    { type: 'textfield', key: 'comment', label: 'Comment', validate: { maxLength: 10 } },
    { type: 'number', key: 'amount', label: 'Amount', validate: { required: true, min: 1, max: 1000 } },
    { type: 'checkbox', key: 'approved', label: 'Approved', defaultValue: false },
    {
      type: 'select',
      key: 'region',
      label: 'Region',
      values: [
        { label: 'Europe', value: 'eu' },
        { label: 'Americas', value: 'us' },
      ],
    },
    {
      type: 'group',
      label: 'Contact',
      components: [{ type: 'textfield', key: 'email', label: 'Email', validate: { validationType: 'email' } }],
    },
    { type: 'textfield', key: 'code', label: 'Code', validate: { pattern: '[A-Z]{3}' } },
    { type: 'datetime', key: 'due', subtype: 'date', dateLabel: 'Due' },
    { type: 'button', action: 'submit', label: 'Submit' },
    { type: 'filepicker', key: 'scan', label: 'Scan' },
  ],
};

function parsed(input: unknown): FormField[] {
  const result = parseFormSchema(input);
  if (!result.ok) throw new Error(result.message);
  return result.fields;
}

describe('parseFormSchema', () => {
  it('reads the 8.9+ JSON string and the 8.8 object the same way', () => {
    expect(parsed(JSON.stringify(schema))).toEqual(parsed(schema));
  });

  it('maps form-js components to fields, keeping text as text and skipping the submit button', () => {
    const fields = parsed(schema);
    expect(fields.map((f) => f.kind)).toEqual([
      'static',
      'text',
      'number',
      'checkbox',
      'select',
      'static',
      'text',
      'text',
      'date',
      'unsupported',
    ]);
    expect(fields[0]).toEqual({ kind: 'static', text: 'Approve <b>invoice</b>', heading: true });
    expect(fields[2]).toMatchObject({ key: 'amount', label: 'Amount', required: true, min: 1, max: 1000 });
    expect(fields[4]).toMatchObject({
      options: [
        { label: 'Europe', value: 'eu' },
        { label: 'Americas', value: 'us' },
      ],
    });
    expect(fields[9]).toEqual({ kind: 'unsupported', type: 'filepicker', label: 'Scan' });
  });

  it('explains a schema it cannot read', () => {
    expect(parseFormSchema('{not json')).toEqual({ ok: false, message: 'The linked form is not valid JSON.' });
    expect(parseFormSchema({ type: 'default' })).toEqual({
      ok: false,
      message: 'The linked form has no components list.',
    });
  });
});

describe('staticText', () => {
  it('drops markdown punctuation but keeps any HTML as literal text', () => {
    expect(staticText('## Check the **amount**\nSee [the policy](https://x.invalid) <script>')).toEqual({
      kind: 'static',
      text: 'Check the amount\nSee the policy <script>',
      heading: true,
    });
    expect(staticText('Plain words').heading).toBe(false);
  });
});

describe('form values', () => {
  const fields = parsed(schema);

  it('starts from the task variables, falling back to schema defaults', () => {
    const values = initialFormValues(fields, { amount: 250, comment: 'ok' });
    expect(values).toMatchObject({ amount: '250', comment: 'ok', approved: false, region: '', email: '' });
  });

  it('reports required, range, length, email and pattern problems per field', () => {
    const values = {
      comment: 'far too long text',
      amount: '5000',
      approved: false,
      region: '',
      email: 'nope',
      code: 'ab',
      due: '',
    };
    expect(validateFormValues(fields, values)).toEqual({
      comment: 'Comment allows at most 10 characters.',
      amount: 'Amount must be at most 1000.',
      email: 'Email must be an email address.',
      code: 'Code does not match the expected format.',
    });
    expect(validateFormValues(fields, { ...values, amount: '' }).amount).toBe('Amount is required.');
    expect(validateFormValues(fields, { ...values, amount: 'x' }).amount).toBe('Amount must be a number.');
  });

  it('accepts valid input and builds typed variables, leaving out empty optional fields', () => {
    const values = {
      comment: '',
      amount: '42',
      approved: true,
      region: 'eu',
      email: 'a@b.io',
      code: 'ABC',
      due: '2025-06-01',
    };
    expect(validateFormValues(fields, values)).toEqual({});
    expect(formValuesToVariables(fields, values)).toEqual({
      amount: 42,
      approved: true,
      region: 'eu',
      email: 'a@b.io',
      code: 'ABC',
      due: '2025-06-01',
    });
  });
});
