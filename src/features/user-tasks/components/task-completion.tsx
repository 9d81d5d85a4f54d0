import { Button, InlineLoading, InlineNotification, TextArea } from '@carbon/react';
import { useQuery } from '@tanstack/react-query';
import { Suspense, lazy, useMemo, useRef, useState, type FormEvent } from 'react';
import type { UserTask } from '../api/user-tasks-api.ts';
import { announce } from '../../../components/live-announcer/announce.ts';
import { useTaskMutation } from '../api/user-tasks-mutations.ts';
import { userTaskQueries } from '../api/user-tasks-queries.ts';
import { formDataFromVariables, withOwnFieldKeys } from '../lib/form-data.ts';
import { embeddedFormId, findEmbeddedForm } from '../lib/form-embedded.ts';
import { parseFormSchema, type ParsedFormSchema } from '../lib/form-schema.ts';
import { taskGateFacts } from '../lib/task-gate-facts.ts';
import { parseVariablesJson } from '../lib/variables-json.ts';
import type { CamundaFormHandle } from './camunda-form/camunda-form-viewer.tsx';
import { loadCamundaFormViewer } from './camunda-form/load-camunda-form-viewer.ts';
import { TaskActionError } from './task-action-error.tsx';
import { PermissionGateReason } from '../../../components/forbidden/permission-gate-reason.tsx';
import { usePermissionGate } from '../../../lib/authz/use-permission-gate.ts';
import { neutralizeBidi } from '../../../lib/format/bidi-controls.ts';
import { msg, type Message } from '../../../lib/i18n/message.ts';
import { useT } from '../../../lib/i18n/use-t.ts';

const CamundaFormViewer = lazy(async () => ({ default: (await loadCamundaFormViewer()).CamundaFormViewer }));

interface TaskCompletionProps {
  clusterId: string;
  task: UserTask;
  currentUsername: string | null;
  onCompleted: () => void;
}

export function TaskCompletion({ clusterId, task, currentUsername, onCompleted }: TaskCompletionProps) {
  const t = useT();
  // A form embedded in the BPMN is not served by the form endpoint: it answers 204 as for a task
  // without a form, so only the process definition's XML tells the two apart
  // (docs/camunda-api/embedded-forms.md). A formKey that names the embedded form skips the 204.
  const keyNamesEmbedded = embeddedFormId(task.formKey) !== null;
  const formQuery = useQuery({ ...userTaskQueries.form(clusterId, task.userTaskKey), enabled: !keyNamesEmbedded });
  const lookInXml = keyNamesEmbedded || formQuery.data === null;
  const xmlKey = lookInXml && task.processDefinitionKey ? task.processDefinitionKey : null;
  const xmlQuery = useQuery(userTaskQueries.processXml(clusterId, xmlKey));
  const variablesQuery = useQuery(userTaskQueries.variables(clusterId, task.userTaskKey, ''));
  const mutation = useTaskMutation(clusterId, task.userTaskKey, currentUsername);
  const { formKey, elementId } = task;
  const embedded = useMemo(
    () => (xmlQuery.data === undefined ? undefined : findEmbeddedForm(xmlQuery.data, { formKey, elementId })),
    [xmlQuery.data, formKey, elementId],
  );
  const parsed = useMemo((): ParsedFormSchema | null => {
    if (formQuery.data) return parseFormSchema(formQuery.data.schema);
    if (keyNamesEmbedded && xmlKey === null) {
      return { ok: false, message: msg('tasks.complete.embeddedNoDefinition') };
    }
    if (!embedded) return null;
    return embedded.ok ? parseFormSchema(embedded.schema) : embedded;
  }, [formQuery.data, keyNamesEmbedded, xmlKey, embedded]);
  // When the task named no embedded form, the XML was only a look: if it cannot be read (no
  // permission on the process definition), the task simply shows no form.
  const xmlError = keyNamesEmbedded ? xmlQuery.error : null;
  const xmlSettled = xmlKey === null || xmlQuery.data !== undefined || xmlQuery.isError;
  const noForm = (formQuery.data === null || keyNamesEmbedded) && xmlSettled && parsed === null;
  const schema = parsed?.ok ? parsed.schema : null;
  const viewer = useRef<CamundaFormHandle>(null);
  const [mode, setMode] = useState<'form' | 'json' | null>(null);
  const [json, setJson] = useState('{\n  \n}');
  // A descriptor, worded at render: a language switch re-words the error shown.
  const [jsonError, setJsonError] = useState<Message | null>(null);

  const effectiveMode = mode ?? (schema ? 'form' : 'json');
  // Opened before its variables arrive, the form would start empty and submit blanks over them. A
  // refused or failed variables read still opens it (empty): the task can be completed regardless.
  const variablesSettled = variablesQuery.data !== undefined || variablesQuery.isError;
  const startData = useMemo(
    () => withOwnFieldKeys(schema?.components ?? [], formDataFromVariables(variablesQuery.data?.items ?? [])),
    [schema, variablesQuery.data],
  );
  const open = task.state === 'CREATED';
  const locked = mutation.isPending || !open;
  const facts = taskGateFacts(task);
  const gate = usePermissionGate(clusterId, facts ? { kind: 'user-task', operation: 'complete', task: facts } : null);
  // "Try anyway" sets the prediction aside for this task: the cluster's answer (and its diagnosis) decides.
  const [triedTask, setTriedTask] = useState<string | null>(null);
  const denied = open && triedTask !== task.userTaskKey && gate.state === 'denied' ? gate : null;

  const complete = (variables: Record<string, unknown>) => {
    mutation.mutate(
      { action: 'complete', variables },
      {
        onSuccess: () => {
          // The view is left right away, so the announcement lives outside it.
          announce(t('tasks.complete.announced', { name: neutralizeBidi(task.name ?? task.userTaskKey) }));
          onCompleted();
        },
      },
    );
  };

  const submitForm = () => {
    if (mutation.isPending) return;
    const data = viewer.current?.submit();
    // null: the viewer now shows what to correct, and nothing is sent.
    if (data) complete(data);
  };

  const submitJson = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const result = parseVariablesJson(json);
    if (!result.ok) {
      setJsonError(result.message);
      return;
    }
    setJsonError(null);
    complete(result.variables);
  };

  const switchToJson = () => {
    setJson(JSON.stringify(viewer.current?.currentData() ?? {}, null, 2));
    setMode('json');
  };

  const completeButton = mutation.isPending ? (
    <InlineLoading description={t('tasks.complete.completing')} />
  ) : (
    <Button
      type={effectiveMode === 'form' ? 'button' : 'submit'}
      kind="primary"
      size="md"
      disabled={!open || denied !== null}
      aria-describedby={denied ? 'task-complete-gate' : undefined}
      onClick={effectiveMode === 'form' ? submitForm : undefined}
    >
      {t('tasks.complete.button')}
    </Button>
  );

  return (
    <section className="task-section" aria-labelledby="task-complete-title">
      <h2 id="task-complete-title" className="task-section__title">
        {t('tasks.complete.title')}
      </h2>
      {!open ? <p className="task-muted">{t('tasks.complete.notOpen', { state: task.state })}</p> : null}
      {!keyNamesEmbedded && formQuery.isPending ? (
        <InlineLoading description={t('tasks.complete.loadingForm')} />
      ) : null}
      {xmlKey !== null && xmlQuery.isPending ? (
        <InlineLoading description={t('tasks.complete.lookingEmbedded')} />
      ) : null}
      {noForm ? <p className="task-muted">{t('tasks.complete.noForm')}</p> : null}
      {parsed && !parsed.ok ? (
        <InlineNotification
          kind="warning"
          lowContrast
          hideCloseButton
          title={t.message(parsed.message)}
          subtitle={t('tasks.complete.useJsonInstead')}
        />
      ) : null}
      {formQuery.error ? <TaskActionError error={formQuery.error} clusterId={clusterId} /> : null}
      {xmlError ? <TaskActionError error={xmlError} clusterId={clusterId} /> : null}
      {effectiveMode === 'form' && schema ? (
        // The viewer renders its own <form>, so the actions sit next to it rather than inside one.
        <div className="task-form">
          {variablesSettled ? (
            <Suspense fallback={<InlineLoading description={t('tasks.complete.loadingViewer')} />}>
              <CamundaFormViewer
                ref={viewer}
                schema={schema}
                data={startData}
                disabled={locked}
                label={t('tasks.complete.formLabel')}
              />
            </Suspense>
          ) : (
            <InlineLoading description={t('tasks.complete.loadingVariables')} />
          )}
          <div className="task-actions__row" style={{ marginTop: '1rem' }}>
            {completeButton}
            <Button type="button" kind="ghost" size="md" onClick={switchToJson}>
              {t('tasks.complete.editJson')}
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={submitJson} noValidate aria-label={t('tasks.complete.button')}>
          <TextArea
            id="task-complete-json"
            className="task-json"
            labelText={t('tasks.complete.jsonLabel')}
            helperText={t('tasks.complete.jsonHelp')}
            rows={6}
            value={json}
            invalid={jsonError !== null}
            invalidText={jsonError ? t.message(jsonError) : undefined}
            disabled={locked}
            onChange={(e) => {
              setJson(e.target.value);
              if (jsonError) setJsonError(null);
            }}
          />
          <div className="task-actions__row" style={{ marginTop: '1rem' }}>
            {completeButton}
            {schema ? (
              <Button type="button" kind="ghost" size="md" onClick={() => setMode('form')}>
                {t('tasks.complete.useForm')}
              </Button>
            ) : null}
          </div>
        </form>
      )}
      {denied ? (
        <PermissionGateReason
          gate={denied}
          id="task-complete-gate"
          action={t('tasks.complete.button')}
          onTryAnyway={() => setTriedTask(task.userTaskKey)}
        />
      ) : null}
      <TaskActionError error={mutation.error} clusterId={clusterId} />
    </section>
  );
}
