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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The viewer reads a field's starting value with a plain property read, so a field keyed like an
 * Object method (`toString`, `valueOf`) would start with that method's source text. Such a key
 * that the data does not hold itself gets the field's default value, or null (an empty field).
 * Groups without a path share the top-level data, so their fields are covered too.
 */
export function withOwnFieldKeys(
  components: readonly unknown[],
  data: Record<string, unknown>,
): Record<string, unknown> {
  const result = { ...data };
  const visit = (list: readonly unknown[]) => {
    for (const component of list) {
      if (!isRecord(component)) continue;
      const key = component.key;
      if (typeof key === 'string' && key in result && !Object.prototype.hasOwnProperty.call(result, key)) {
        Object.defineProperty(result, key, {
          value: component.defaultValue ?? null,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      if (Array.isArray(component.components) && typeof component.path !== 'string') visit(component.components);
    }
  };
  visit(components);
  return result;
}
