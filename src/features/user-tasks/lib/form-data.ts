import { parseVariableValue } from './variables-json.ts';

export interface TaskVariableValue {
  name: string;
  value: string;
  isTruncated: boolean;
}

/**
 * The form's starting data: every variable the task sees, parsed from its JSON text, so FEEL
 * conditions, templates and expressions can read variables that are not fields, as in Tasklist.
 * A truncated value is left out: its preview is not the value, and a form must not submit it back.
 * Variable names come from the cluster, so `__proto__` is an own property here, never a prototype.
 */
export function formDataFromVariables(variables: readonly TaskVariableValue[]): Record<string, unknown> {
  return Object.fromEntries(variables.filter((v) => !v.isTruncated).map((v) => [v.name, parseVariableValue(v.value)]));
}
