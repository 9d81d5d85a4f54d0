// The linked form as the API returns it (a JSON string from 8.9 on, an object in the 8.8 SDK
// types; docs/camunda-api/versions.md §4), checked just enough to hand it to the bpmn.io viewer,
// which validates the rest of the Camunda Forms schema itself.

import { msg, type Message } from '../../../lib/i18n/message.ts';

export type FormSchema = Record<string, unknown> & { components: unknown[] };

export type ParsedFormSchema = { ok: true; schema: FormSchema } | { ok: false; message: Message };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseFormSchema(schema: unknown): ParsedFormSchema {
  let value = schema;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return { ok: false, message: msg('tasks.form.notJson') };
    }
  }
  if (!isObject(value) || !Array.isArray(value.components)) {
    return { ok: false, message: msg('tasks.form.noComponents') };
  }
  return { ok: true, schema: value as FormSchema };
}
