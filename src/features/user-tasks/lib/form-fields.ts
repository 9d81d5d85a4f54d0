// A Camunda (form-js) schema turned into the fields Lantern renders itself. Lantern never runs
// the schema's HTML, markdown, FEEL or scripts: labels and texts are shown as plain text.

export interface FieldOption {
  label: string;
  value: string;
}

export type InputKind =
  'text' | 'textarea' | 'number' | 'checkbox' | 'checklist' | 'select' | 'radio' | 'date' | 'time' | 'datetime';

export interface InputField {
  kind: InputKind;
  key: string;
  label: string;
  description: string;
  required: boolean;
  readonly: boolean;
  min: number | null;
  max: number | null;
  minLength: number | null;
  maxLength: number | null;
  pattern: string | null;
  email: boolean;
  options: FieldOption[];
  defaultValue: unknown;
}

export type FormField =
  | InputField
  | { kind: 'static'; text: string; heading: boolean }
  | { kind: 'unsupported'; type: string; label: string };

export type FormValue = string | boolean | string[];
export type FormValues = Record<string, FormValue>;

export type ParsedForm = { ok: true; fields: FormField[] } | { ok: false; message: string };

type Json = Record<string, unknown>;

// Field keys and variable names come from the cluster: `__proto__`, `constructor` or `toString`
// are ordinary names there. Records keyed by them have no prototype, and are read by own property
// only, so such a key is a field like any other (issue 17).

/** A record without a prototype: assigning `__proto__` stores a value instead of changing the prototype. */
export function keyedRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The record's own value for the key; never one inherited from Object.prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Layout-only components: nothing to fill in and nothing to read. */
const DECORATION = new Set(['spacer', 'separator', 'button']);

/**
 * form-js text components are markdown. Lantern shows them as plain text (never as HTML), with
 * the markdown punctuation a reader would otherwise see taken out.
 */
export function staticText(markdown: string): { kind: 'static'; text: string; heading: boolean } {
  const heading = /^\s*#{1,6}\s/.test(markdown);
  const text = markdown
    .split('\n')
    .map((line) => line.replace(/^\s*#{1,6}\s+/, ''))
    .join('\n')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .trim();
  return { kind: 'static', text, heading };
}

function options(component: Json): FieldOption[] {
  if (!Array.isArray(component.values)) return [];
  return component.values.filter(isObject).map((o) => ({ label: str(o.label) || str(o.value), value: str(o.value) }));
}

function inputKind(component: Json): InputKind | null {
  switch (component.type) {
    case 'textfield':
      return 'text';
    case 'textarea':
      return 'textarea';
    case 'number':
      return 'number';
    case 'checkbox':
      return 'checkbox';
    case 'checklist':
    case 'taglist':
      return 'checklist';
    case 'select':
      return 'select';
    case 'radio':
      return 'radio';
    case 'datetime':
      return component.subtype === 'time' ? 'time' : component.subtype === 'datetime' ? 'datetime' : 'date';
    default:
      return null;
  }
}

function toFields(components: unknown[], out: FormField[]): void {
  for (const component of components.filter(isObject)) {
    const type = str(component.type);
    if (DECORATION.has(type)) continue;
    if (type === 'group' && Array.isArray(component.components)) {
      if (component.label) out.push({ kind: 'static', text: str(component.label), heading: true });
      toFields(component.components, out);
      continue;
    }
    if (type === 'text') {
      out.push(staticText(str(component.text)));
      continue;
    }
    const kind = inputKind(component);
    const key = str(component.key);
    if (kind === null || key === '') {
      out.push({ kind: 'unsupported', type: type || 'unknown', label: str(component.label) || key });
      continue;
    }
    const validate = isObject(component.validate) ? component.validate : {};
    out.push({
      kind,
      key,
      label: str(component.label) || key,
      description: str(component.description),
      required: validate.required === true,
      readonly: component.readonly === true || component.disabled === true,
      min: num(validate.min),
      max: num(validate.max),
      minLength: num(validate.minLength),
      maxLength: num(validate.maxLength),
      pattern: typeof validate.pattern === 'string' && validate.pattern !== '' ? validate.pattern : null,
      email: validate.validationType === 'email',
      options: options(component),
      defaultValue: component.defaultValue,
    });
  }
}

/** `schema` is a JSON string from 8.9 on and an object in the 8.8 SDK types (docs/camunda-api/versions.md §4). */
export function parseFormSchema(schema: unknown): ParsedForm {
  let value = schema;
  if (typeof schema === 'string') {
    try {
      value = JSON.parse(schema) as unknown;
    } catch {
      return { ok: false, message: 'The linked form is not valid JSON.' };
    }
  }
  if (!isObject(value) || !Array.isArray(value.components)) {
    return { ok: false, message: 'The linked form has no components list.' };
  }
  const fields: FormField[] = [];
  toFields(value.components, fields);
  return { ok: true, fields };
}

const isInput = (field: FormField): field is InputField => field.kind !== 'static' && field.kind !== 'unsupported';

function initialValue(field: InputField, current: unknown): FormValue {
  const value = current === undefined ? field.defaultValue : current;
  if (field.kind === 'checkbox') return value === true;
  if (field.kind === 'checklist') return Array.isArray(value) ? value.map(str) : [];
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : str(value) || JSON.stringify(value);
}

/** Start values: the task's current variables (already JSON-parsed) win over the schema defaults. */
export function initialFormValues(fields: FormField[], variables: Record<string, unknown>): FormValues {
  const values = keyedRecord<FormValue>();
  for (const field of fields.filter(isInput)) values[field.key] = initialValue(field, ownValue(variables, field.key));
  return values;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validateField(field: InputField, value: FormValue | undefined): string | null {
  if (field.kind === 'checkbox') return field.required && value !== true ? `${field.label} must be checked.` : null;
  if (field.kind === 'checklist') {
    return field.required && (!Array.isArray(value) || value.length === 0)
      ? `Choose at least one ${field.label}.`
      : null;
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return field.required ? `${field.label} is required.` : null;
  if (field.kind === 'number') {
    const n = Number(text);
    if (!Number.isFinite(n)) return `${field.label} must be a number.`;
    if (field.min !== null && n < field.min) return `${field.label} must be at least ${field.min}.`;
    if (field.max !== null && n > field.max) return `${field.label} must be at most ${field.max}.`;
    return null;
  }
  if (field.minLength !== null && text.length < field.minLength) {
    return `${field.label} needs at least ${field.minLength} characters.`;
  }
  if (field.maxLength !== null && text.length > field.maxLength) {
    return `${field.label} allows at most ${field.maxLength} characters.`;
  }
  if (field.email && !EMAIL.test(text)) return `${field.label} must be an email address.`;
  if (field.pattern !== null) {
    let re: RegExp | null = null;
    try {
      re = new RegExp(`^(?:${field.pattern})$`);
    } catch {
      re = null; // A broken pattern in the schema must not block the user.
    }
    if (re && !re.test(text)) return `${field.label} does not match the expected format.`;
  }
  return null;
}

/** Error message per field key; empty when the form can be submitted. */
export function validateFormValues(fields: FormField[], values: FormValues): Record<string, string> {
  const errors = keyedRecord<string>();
  for (const field of fields.filter(isInput)) {
    if (field.readonly) continue;
    const error = validateField(field, ownValue(values, field.key));
    if (error) errors[field.key] = error;
  }
  return errors;
}

/** The completion variables: numbers as numbers, checkboxes as booleans, empty optional fields left out. */
export function formValuesToVariables(fields: FormField[], values: FormValues): Record<string, unknown> {
  const variables = keyedRecord<unknown>();
  for (const field of fields.filter(isInput)) {
    if (field.readonly) continue;
    const value = ownValue(values, field.key);
    if (field.kind === 'checkbox') variables[field.key] = value === true;
    else if (field.kind === 'checklist') variables[field.key] = Array.isArray(value) ? value : [];
    else if (typeof value === 'string' && value.trim() !== '') {
      variables[field.key] = field.kind === 'number' ? Number(value) : value;
    }
  }
  return variables;
}
