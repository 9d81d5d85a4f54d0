import { describe, expect, it } from 'vitest';
import { formDataFromVariables, withOwnFieldKeys } from './form-data.ts';

describe('formDataFromVariables', () => {
  it('parses each value from its JSON text and keeps text that is not JSON as it is', () => {
    expect(
      formDataFromVariables([
        { name: 'amount', value: '18250', isTruncated: false },
        { name: 'lineItems', value: '[{"description":"Toner"}]', isTruncated: false },
        { name: 'note', value: 'not json', isTruncated: false },
      ]),
    ).toEqual({ amount: 18250, lineItems: [{ description: 'Toner' }], note: 'not json' });
  });

  it('leaves out a truncated value, so the form never submits a preview back as the value', () => {
    expect(formDataFromVariables([{ name: 'scan', value: '"JVBERi0x', isTruncated: true }])).toEqual({});
  });

  it('stores a variable named __proto__ as an own property instead of changing the prototype', () => {
    const data = formDataFromVariables([{ name: '__proto__', value: '{"polluted":true}', isTruncated: false }]);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('withOwnFieldKeys', () => {
  it('gives a field keyed like an Object method an empty (or default) own value unless the data holds one', () => {
    const data = withOwnFieldKeys(
      [
        { type: 'textfield', key: 'toString' },
        { type: 'group', components: [{ type: 'textfield', key: 'valueOf', defaultValue: 'v' }] },
        { type: 'textfield', key: 'hasOwnProperty' },
        { type: 'textfield', key: 'amount' },
      ],
      formDataFromVariables([{ name: 'hasOwnProperty', value: '"kept"', isTruncated: false }]),
    );
    const own = (key: string): unknown => Object.getOwnPropertyDescriptor(data, key)?.value;
    expect(Object.prototype.hasOwnProperty.call(data, 'toString')).toBe(true);
    expect(own('toString')).toBeNull();
    expect(own('valueOf')).toBe('v');
    expect(own('hasOwnProperty')).toBe('kept');
    expect(Object.prototype.hasOwnProperty.call(data, 'amount')).toBe(false);
  });
});
