import { msg, type Message } from '../../../lib/i18n/message.ts';

// A refusal is a message descriptor, worded by the editor in the UI language; the JSON parser's own
// explanation is the engine's English and is quoted as it is.
export type ParsedVariables = { ok: true; variables: Record<string, unknown> } | { ok: false; message: Message };

/** The completion editor's text as a variables object; an empty editor means "no variables". */
export function parseVariablesJson(text: string): ParsedVariables {
  if (text.trim() === '') return { ok: true, variables: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError)
      return { ok: false, message: msg('tasks.json.invalid', { detail: error.message }) };
    return { ok: false, message: msg('tasks.json.invalidNoDetail') };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: msg('tasks.json.notObject') };
  }
  return { ok: true, variables: value as Record<string, unknown> };
}

/** A variable's value as the API returns it (JSON text) parsed, or the raw text when it is not JSON. */
export function parseVariableValue(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
