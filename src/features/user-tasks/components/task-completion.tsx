import { Button, InlineLoading, InlineNotification, TextArea } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import type { UserTask } from '../api/user-tasks-api.ts';
import { announce } from '../../../components/live-announcer/announce.ts';
import { useTaskMutation } from '../api/user-tasks-mutations.ts';
import { userTaskQueries } from '../api/user-tasks-queries.ts';
import {
  formValuesToVariables,
  initialFormValues,
  keyedRecord,
  ownValue,
  parseFormSchema,
  validateFormValues,
  type FormValue,
  type FormValues,
} from '../lib/form-fields.ts';
import { parseVariableValue, parseVariablesJson } from '../lib/variables-json.ts';
import { TaskActionError } from './task-action-error.tsx';
import { TaskFormFields } from './task-form-fields.tsx';
import { neutralizeBidi } from '../../../lib/format/bidi-controls.ts';

interface TaskCompletionProps {
  clusterId: string;
  task: UserTask;
  currentUsername: string | null;
  onCompleted: () => void;
}

export function TaskCompletion({ clusterId, task, currentUsername, onCompleted }: TaskCompletionProps) {
  const formQuery = useQuery(userTaskQueries.form(clusterId, task.userTaskKey));
  const variablesQuery = useQuery(userTaskQueries.variables(clusterId, task.userTaskKey, ''));
  const mutation = useTaskMutation(clusterId, task.userTaskKey, currentUsername);
  const parsed = useMemo(() => (formQuery.data ? parseFormSchema(formQuery.data.schema) : null), [formQuery.data]);
  const fields = parsed?.ok ? parsed.fields : null;
  const [mode, setMode] = useState<'form' | 'json' | null>(null);
  const [values, setValues] = useState<FormValues | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [json, setJson] = useState('{\n  \n}');
  const [jsonError, setJsonError] = useState<string | null>(null);

  const effectiveMode = mode ?? (fields ? 'form' : 'json');
  const startValues = useMemo(() => {
    if (!fields) return {};
    const current = keyedRecord<unknown>();
    for (const v of variablesQuery.data?.items ?? []) if (!v.isTruncated) current[v.name] = parseVariableValue(v.value);
    return initialFormValues(fields, current);
  }, [fields, variablesQuery.data]);
  const formValues = values ?? startValues;
  const open = task.state === 'CREATED';

  const change = (key: string, value: FormValue) => {
    setValues({ ...formValues, [key]: value });
    if (ownValue(errors, key) !== undefined) setErrors(({ [key]: _removed, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    let variables: Record<string, unknown>;
    if (effectiveMode === 'form' && fields) {
      const found = validateFormValues(fields, formValues);
      setErrors(found);
      if (Object.keys(found).length > 0) return;
      variables = formValuesToVariables(fields, formValues);
    } else {
      const result = parseVariablesJson(json);
      if (!result.ok) {
        setJsonError(result.message);
        return;
      }
      setJsonError(null);
      variables = result.variables;
    }
    mutation.mutate(
      { action: 'complete', variables },
      {
        onSuccess: () => {
          // The view is left right away, so the announcement lives outside it.
          announce(`Task completed: ${neutralizeBidi(task.name ?? task.userTaskKey)}.`);
          onCompleted();
        },
      },
    );
  };

  const switchToJson = () => {
    if (fields) setJson(JSON.stringify(formValuesToVariables(fields, formValues), null, 2));
    setMode('json');
  };

  return (
    <section className="task-section" aria-labelledby="task-complete-title">
      <h2 id="task-complete-title" className="task-section__title">
        Complete
      </h2>
      {!open ? (
        <p className="task-muted">Only an open (CREATED) task can be completed; this one is {task.state}.</p>
      ) : null}
      {formQuery.isPending ? <InlineLoading description="Loading the linked form…" /> : null}
      {formQuery.data === null ? <p className="task-muted">No linked form: complete with variables as JSON.</p> : null}
      {parsed && !parsed.ok ? (
        <InlineNotification
          kind="warning"
          lowContrast
          hideCloseButton
          title={parsed.message}
          subtitle="Complete with variables as JSON instead."
        />
      ) : null}
      {formQuery.error ? <TaskActionError error={formQuery.error} clusterId={clusterId} /> : null}
      <form onSubmit={submit} noValidate aria-label="Complete task">
        {effectiveMode === 'form' && fields ? (
          <TaskFormFields
            fields={fields}
            values={formValues}
            errors={errors}
            onChange={change}
            disabled={mutation.isPending || !open}
          />
        ) : (
          <TextArea
            id="task-complete-json"
            className="task-json"
            labelText="Variables (JSON object)"
            helperText='For example {"approved": true}. Leave empty to complete without variables.'
            rows={6}
            value={json}
            invalid={jsonError !== null}
            invalidText={jsonError ?? undefined}
            disabled={mutation.isPending || !open}
            onChange={(e) => {
              setJson(e.target.value);
              if (jsonError) setJsonError(null);
            }}
          />
        )}
        <div className="task-actions__row" style={{ marginTop: '1rem' }}>
          {mutation.isPending ? (
            <InlineLoading description="Completing…" />
          ) : (
            <Button type="submit" kind="primary" size="md" disabled={!open}>
              Complete task
            </Button>
          )}
          {fields && effectiveMode === 'form' ? (
            <Button type="button" kind="ghost" size="md" onClick={switchToJson}>
              Edit as JSON
            </Button>
          ) : null}
          {fields && effectiveMode === 'json' ? (
            <Button type="button" kind="ghost" size="md" onClick={() => setMode('form')}>
              Use the form
            </Button>
          ) : null}
        </div>
      </form>
      <TaskActionError error={mutation.error} clusterId={clusterId} />
    </section>
  );
}
