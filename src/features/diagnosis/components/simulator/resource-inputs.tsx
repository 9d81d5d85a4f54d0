import { TextInput } from '@carbon/react';
import { useId } from 'react';
import { useT } from '../../../../lib/i18n/use-t.ts';
import type { ResourceField } from '../../lib/simulate.ts';

/** One input per id the operation's permissions read; blank means "not given". */
export function ResourceInputs({
  fields,
  values,
  onChange,
  helper,
}: {
  fields: readonly ResourceField[];
  values: Readonly<Record<string, string>>;
  onChange: (name: string, value: string) => void;
  helper?: (field: ResourceField) => string | undefined;
}) {
  const t = useT();
  const prefix = useId();
  if (fields.length === 0) return null;
  return (
    <div className="diagnosis-row">
      {fields.map((field) => (
        <TextInput
          key={field.name}
          id={`${prefix}-${field.name}`}
          labelText={t.message(field.label)}
          helperText={helper?.(field)}
          autoComplete="off"
          value={values[field.name] ?? ''}
          onChange={(e) => onChange(field.name, e.target.value)}
        />
      ))}
    </div>
  );
}
