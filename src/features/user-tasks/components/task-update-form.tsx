import { Button, InlineLoading, TextInput } from '@carbon/react';
import { useState, type FormEvent } from 'react';
import type { TaskChangeset, UserTask } from '../api/user-tasks-api.ts';
import { useTaskMutation } from '../api/user-tasks-mutations.ts';
import { fromDateInput, toDateInput } from '../lib/format-date.ts';
import { PermissionGateReason } from '../../../components/forbidden/permission-gate-reason.tsx';
import { usePermissionGate } from '../../../lib/authz/use-permission-gate.ts';
import { taskGateFacts } from '../lib/task-gate-facts.ts';
import { TaskActionError } from './task-action-error.tsx';
import { useT } from '../../../lib/i18n/use-t.ts';

interface TaskUpdateFormProps {
  clusterId: string;
  task: UserTask;
  currentUsername: string | null;
}

const splitList = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

function initial(task: UserTask) {
  return {
    dueDate: toDateInput(task.dueDate),
    followUpDate: toDateInput(task.followUpDate),
    priority: task.priority === null ? '' : String(task.priority),
    candidateGroups: task.candidateGroups.join(', '),
    candidateUsers: task.candidateUsers.join(', '),
  };
}

/** Only changed fields go into the PATCH changeset; absent fields keep their value (docs/camunda-api/endpoints.md §3). */
export function TaskUpdateForm({ clusterId, task, currentUsername }: TaskUpdateFormProps) {
  const t = useT();
  const mutation = useTaskMutation(clusterId, task.userTaskKey, currentUsername);
  const facts = taskGateFacts(task);
  const gate = usePermissionGate(clusterId, facts ? { kind: 'user-task', operation: 'update', task: facts } : null);
  const [draft, setDraft] = useState(() => initial(task));
  const [source, setSource] = useState(task);
  const [priorityError, setPriorityError] = useState(false);
  const [saved, setSaved] = useState(false);
  if (source !== task) {
    // The task was re-read (after a save or a conflict): start from what the cluster has now.
    setSource(task);
    setDraft(initial(task));
  }
  const open = task.state === 'CREATED';
  const base = initial(task);

  const changeset = (): TaskChangeset => {
    const c: TaskChangeset = {};
    // An empty string resets a date; a calendar day means the end of that day in the user's zone.
    if (draft.dueDate !== base.dueDate) c.dueDate = draft.dueDate === '' ? '' : fromDateInput(draft.dueDate);
    if (draft.followUpDate !== base.followUpDate) {
      c.followUpDate = draft.followUpDate === '' ? '' : fromDateInput(draft.followUpDate);
    }
    if (draft.priority !== base.priority && draft.priority !== '') c.priority = Number(draft.priority);
    const groups = splitList(draft.candidateGroups);
    if (!sameList(groups, task.candidateGroups)) c.candidateGroups = groups;
    const users = splitList(draft.candidateUsers);
    if (!sameList(users, task.candidateUsers)) c.candidateUsers = users;
    return c;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const p = Number(draft.priority);
    if (draft.priority !== '' && (!Number.isInteger(p) || p < 0 || p > 100)) {
      setPriorityError(true);
      return;
    }
    setPriorityError(false);
    const c = changeset();
    if (Object.keys(c).length === 0) return;
    setSaved(false);
    mutation.mutate({ action: 'update', changeset: c }, { onSuccess: () => setSaved(true) });
  };

  const set = (key: keyof typeof draft, value: string) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  // "Try anyway" sets the prediction aside for this task: the cluster's answer (and its diagnosis) decides.
  const [triedTask, setTriedTask] = useState<string | null>(null);
  const denied = open && gate.state === 'denied' && triedTask !== task.userTaskKey;
  const disabled = mutation.isPending || !open || denied;
  const unchanged = Object.keys(changeset()).length === 0;

  return (
    <section className="task-section" aria-labelledby="task-update-title">
      <h2 id="task-update-title" className="task-section__title">
        {t('tasks.update.title')}
      </h2>
      {denied ? (
        <PermissionGateReason
          id="task-update-gate"
          gate={gate}
          action={t('tasks.update.action')}
          onTryAnyway={() => setTriedTask(task.userTaskKey)}
        />
      ) : null}
      <form
        className="task-form"
        onSubmit={submit}
        noValidate
        aria-label={t('tasks.update.formLabel')}
        aria-describedby={denied ? 'task-update-gate' : undefined}
      >
        <div className="task-actions__row">
          <TextInput
            id="task-update-due"
            labelText={t('tasks.field.dueDate')}
            type="date"
            size="md"
            value={draft.dueDate}
            disabled={disabled}
            onChange={(e) => set('dueDate', e.target.value)}
          />
          <TextInput
            id="task-update-follow-up"
            labelText={t('tasks.field.followUpDate')}
            type="date"
            size="md"
            value={draft.followUpDate}
            disabled={disabled}
            onChange={(e) => set('followUpDate', e.target.value)}
          />
          <TextInput
            id="task-update-priority"
            labelText={t('tasks.field.priorityRange')}
            type="number"
            size="md"
            min={0}
            max={100}
            value={draft.priority}
            invalid={priorityError}
            invalidText={priorityError ? t('tasks.update.priorityInvalid') : undefined}
            disabled={disabled}
            onChange={(e) => set('priority', e.target.value)}
          />
        </div>
        <TextInput
          id="task-update-groups"
          labelText={t('tasks.update.candidateGroups')}
          size="md"
          value={draft.candidateGroups}
          disabled={disabled}
          onChange={(e) => set('candidateGroups', e.target.value)}
        />
        <TextInput
          id="task-update-users"
          labelText={t('tasks.update.candidateUsers')}
          size="md"
          value={draft.candidateUsers}
          disabled={disabled}
          onChange={(e) => set('candidateUsers', e.target.value)}
        />
        <div className="task-actions__row">
          {mutation.isPending ? (
            <InlineLoading description={t('tasks.update.saving')} />
          ) : (
            <Button type="submit" kind="secondary" size="md" disabled={disabled || unchanged}>
              {t('tasks.update.save')}
            </Button>
          )}
        </div>
      </form>
      {/* Always in the DOM, so the change to "Changes saved." is announced. */}
      <p role="status" className="task-actions__outcome">
        {saved && !mutation.isPending ? t('tasks.update.saved') : ''}
      </p>
      <TaskActionError error={mutation.error} clusterId={clusterId} />
    </section>
  );
}
