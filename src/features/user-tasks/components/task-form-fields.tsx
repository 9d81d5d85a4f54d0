import {
  Checkbox,
  InlineNotification,
  RadioButton,
  RadioButtonGroup,
  Select,
  SelectItem,
  TextArea,
  TextInput,
} from '@carbon/react';
import { ownValue, type FormField, type FormValue, type FormValues, type InputField } from '../lib/form-fields.ts';

interface TaskFormFieldsProps {
  fields: FormField[];
  values: FormValues;
  errors: Record<string, string>;
  onChange: (key: string, value: FormValue) => void;
  disabled: boolean;
}

const INPUT_TYPES: Partial<Record<InputField['kind'], string>> = {
  number: 'number',
  date: 'date',
  time: 'time',
  datetime: 'datetime-local',
};

function Field({
  field,
  value,
  error,
  onChange,
  disabled,
}: {
  field: InputField;
  value: FormValue | undefined;
  error: string | undefined;
  onChange: (value: FormValue) => void;
  disabled: boolean;
}) {
  const id = `task-form-${field.key}`;
  const label = `${field.label}${field.required ? ' (required)' : ''}`;
  const common = {
    id,
    labelText: label,
    helperText: field.description || undefined,
    invalid: error !== undefined,
    invalidText: error,
    disabled: disabled || field.readonly,
  };
  const text = typeof value === 'string' ? value : '';
  switch (field.kind) {
    case 'checkbox':
      return (
        <Checkbox
          id={id}
          labelText={label}
          helperText={field.description || undefined}
          invalid={error !== undefined}
          invalidText={error}
          disabled={common.disabled}
          checked={value === true}
          onChange={(_e, { checked }) => onChange(checked)}
        />
      );
    case 'checklist': {
      const selected = Array.isArray(value) ? value : [];
      return (
        <fieldset>
          <legend className="cds--label">{label}</legend>
          {field.options.map((o) => (
            <Checkbox
              key={o.value}
              id={`${id}-${o.value}`}
              labelText={o.label}
              disabled={common.disabled}
              checked={selected.includes(o.value)}
              onChange={(_e, { checked }) =>
                onChange(checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))
              }
            />
          ))}
          {error ? (
            <div className="cds--form-requirement" style={{ display: 'block' }}>
              {error}
            </div>
          ) : null}
        </fieldset>
      );
    }
    case 'select':
      return (
        <Select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
          <SelectItem value="" text="Choose…" />
          {field.options.map((o) => (
            <SelectItem key={o.value} value={o.value} text={o.label} />
          ))}
        </Select>
      );
    case 'radio':
      return (
        <RadioButtonGroup
          name={id}
          legendText={label}
          orientation="vertical"
          valueSelected={text}
          invalid={error !== undefined}
          invalidText={error}
          disabled={common.disabled}
          onChange={(v) => onChange(String(v ?? ''))}
        >
          {field.options.map((o) => (
            <RadioButton key={o.value} id={`${id}-${o.value}`} labelText={o.label} value={o.value} />
          ))}
        </RadioButtonGroup>
      );
    case 'textarea':
      return <TextArea {...common} value={text} onChange={(e) => onChange(e.target.value)} />;
    default:
      return (
        <TextInput
          {...common}
          type={INPUT_TYPES[field.kind] ?? 'text'}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}

/** The linked form's fields, rendered by Lantern: every label and text from the schema is inert text. */
export function TaskFormFields({ fields, values, errors, onChange, disabled }: TaskFormFieldsProps) {
  return (
    <div className="task-form">
      {fields.map((field, index) => {
        if (field.kind === 'static') {
          return (
            <p key={`s-${index}`} className={`task-form__static${field.heading ? ' task-form__static--heading' : ''}`}>
              {field.text}
            </p>
          );
        }
        if (field.kind === 'unsupported') {
          return (
            <InlineNotification
              key={`u-${index}`}
              kind="info"
              lowContrast
              hideCloseButton
              title={`Field “${field.label || field.type}” (${field.type}) cannot be shown here.`}
              subtitle="Use “Edit as JSON” to set its variable."
            />
          );
        }
        return (
          <Field
            key={field.key}
            field={field}
            value={ownValue(values, field.key)}
            error={ownValue(errors, field.key)}
            disabled={disabled}
            onChange={(v) => onChange(field.key, v)}
          />
        );
      })}
    </div>
  );
}
