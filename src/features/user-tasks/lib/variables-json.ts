export type ParsedVariables = { ok: true; variables: Record<string, unknown> } | { ok: false; message: string };

/** The completion editor's text as a variables object; an empty editor means "no variables". */
export function parseVariablesJson(text: string): ParsedVariables {
  if (text.trim() === '') return { ok: true, variables: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'invalid JSON';
    return { ok: false, message: `Not valid JSON: ${detail}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Variables must be a JSON object, e.g. {"approved": true}.' };
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
