import { Button, InlineLoading, TextInput } from '@carbon/react';
import { useState, type FormEvent } from 'react';
import type { UserTask } from '../api/user-tasks-api.ts';
import { useTaskMutation } from '../api/user-tasks-mutations.ts';
import { taskGateFacts } from '../lib/task-gate-facts.ts';
import { TaskActionError } from './task-action-error.tsx';
import { msg, type Message } from '../../../lib/i18n/message.ts';
import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import { ClusterText } from '../../../components/cluster-text/cluster-text.tsx';
import { PermissionGateReason } from '../../../components/forbidden/permission-gate-reason.tsx';
import type { UserTaskFacts } from '../../../lib/authz/effective-permissions.ts';
import type { UserTaskOperation } from '../../../lib/authz/request-target.ts';
import { type PermissionGate, usePermissionGate } from '../../../lib/authz/use-permission-gate.ts';

interface TaskAssignmentProps {
  clusterId: string;
  task: UserTask;
  currentUsername: string | null;
}

function useTaskGate(clusterId: string, facts: UserTaskFacts | null, operation: UserTaskOperation): PermissionGate {
  return usePermissionGate(clusterId, facts ? { kind: 'user-task', operation, task: facts } : null);
}

type DeniedGate = Extract<PermissionGate, { state: 'denied' }>;

/** Tells two gates' reasons apart by what they say, whether a reason is a text or a message. */
const reasonKey = (gate: DeniedGate) => JSON.stringify(gate.reason);

/** One note per distinct reason, naming every control it disables ("Assign to me, Assign"). */
function deniedNotes(entries: [string, PermissionGate, boolean][]): { actions: string[]; gate: DeniedGate }[] {
  const notes: { actions: string[]; gate: DeniedGate }[] = [];
  for (const [action, gate, shown] of entries) {
    if (!shown || gate.state !== 'denied') continue;
    const same = notes.find((note) => reasonKey(note.gate) === reasonKey(gate));
    if (same) same.actions.push(action);
    else notes.push({ actions: [action], gate });
  }
  return notes;
}

export function TaskAssignment({ clusterId, task, currentUsername }: TaskAssignmentProps) {
  const t = useT();
  const { intl } = useLanguageState();
  const facts = taskGateFacts(task);
  const claimGate = useTaskGate(clusterId, facts, 'claim');
  const assignGate = useTaskGate(clusterId, facts, 'assign');
  const unassignGate = useTaskGate(clusterId, facts, 'unassign');
  const claim = useTaskMutation(clusterId, task.userTaskKey, currentUsername);
  const assign = useTaskMutation(clusterId, task.userTaskKey, currentUsername);
  const unassign = useTaskMutation(clusterId, task.userTaskKey, currentUsername);
  const [assignee, setAssignee] = useState('');
  const busy = claim.isPending || assign.isPending || unassign.isPending;
  const open = task.state === 'CREATED';
  const mine = currentUsername !== null && task.assignee === currentUsername;
  const showClaim = currentUsername !== null && !mine;
  const showUnassign = task.assignee !== null;
  // "Try anyway" sets the prediction aside for this task: the cluster's answer (and its diagnosis) decides.
  const [triedTask, setTriedTask] = useState<string | null>(null);
  const tryAnyway = triedTask === task.userTaskKey;
  const notes =
    open && !tryAnyway
      ? deniedNotes([
          [t('tasks.assignment.assignToMe'), claimGate, showClaim],
          [t('tasks.assignment.unassign'), unassignGate, showUnassign],
          [t('tasks.assignment.assign'), assignGate, true],
        ])
      : [];
  const gated = (gate: PermissionGate) => !tryAnyway && gate.state === 'denied';
  // A disabled control is described by its note, so a screen reader hears why.
  const noteId = (gate: PermissionGate) => {
    const index = gate.state === 'denied' ? notes.findIndex((note) => reasonKey(note.gate) === reasonKey(gate)) : -1;
    return index >= 0 ? `task-assignment-gate-${index}` : undefined;
  };
  // Only the latest attempt's error is shown, so an old failure does not linger under a new success.
  const [last, setLast] = useState<'claim' | 'assign' | 'unassign' | null>(null);
  // The outcome of the latest action, in a polite live region: a screen reader hears "Assigned to
  // anna." without hunting for the changed field.
  // A descriptor, worded at render: a language switch re-words it.
  const [outcome, setOutcome] = useState<Message | null>(null);
  const error =
    last === 'claim' ? claim.error : last === 'assign' ? assign.error : last === 'unassign' ? unassign.error : null;

  const submitAssign = (event: FormEvent) => {
    event.preventDefault();
    const name = assignee.trim();
    if (busy || name === '') return;
    setLast('assign');
    setOutcome(null);
    assign.mutate(
      { action: 'assign', assignee: name },
      {
        onSuccess: () => {
          setAssignee('');
          setOutcome(msg('tasks.assignment.assignedOutcome', { assignee: name }));
        },
      },
    );
  };

  return (
    <section className="task-section task-actions" aria-labelledby="task-assignment-title">
      <h2 id="task-assignment-title" className="task-section__title">
        {t('tasks.assignment.title')}
      </h2>
      <p>
        {task.assignee === null
          ? t('tasks.assignment.nobody')
          : mine
            ? t('tasks.assignment.you')
            : t.rich('tasks.assignment.assignedTo', { assignee: <ClusterText text={task.assignee} /> })}
      </p>
      {!open ? <p className="task-muted">{t('tasks.assignment.notOpen', { state: task.state })}</p> : null}
      <div className="task-actions__row">
        {showClaim ? (
          <Button
            kind="primary"
            size="md"
            disabled={busy || !open || gated(claimGate)}
            aria-describedby={noteId(claimGate)}
            onClick={() => {
              if (busy) return;
              setLast('claim');
              setOutcome(null);
              claim.mutate(
                { action: 'claim', assignee: currentUsername },
                { onSuccess: () => setOutcome(msg('tasks.assignment.assignedOutcome', { assignee: currentUsername })) },
              );
            }}
          >
            {claim.isPending ? (
              <InlineLoading description={t('tasks.assignment.assigning')} />
            ) : (
              t('tasks.assignment.assignToMe')
            )}
          </Button>
        ) : null}
        {showUnassign ? (
          <Button
            kind="secondary"
            size="md"
            disabled={busy || !open || gated(unassignGate)}
            aria-describedby={noteId(unassignGate)}
            onClick={() => {
              if (busy) return;
              setLast('unassign');
              setOutcome(null);
              unassign.mutate(
                { action: 'unassign' },
                { onSuccess: () => setOutcome(msg('tasks.assignment.unassignedOutcome')) },
              );
            }}
          >
            {unassign.isPending ? (
              <InlineLoading description={t('tasks.assignment.unassigning')} />
            ) : (
              t('tasks.assignment.unassign')
            )}
          </Button>
        ) : null}
      </div>
      <form className="task-actions__row" onSubmit={submitAssign} aria-label={t('tasks.assignment.someoneElseForm')}>
        <TextInput
          id="task-assign-to"
          labelText={t('tasks.assignment.someoneElse')}
          size="md"
          value={assignee}
          disabled={busy || !open || gated(assignGate)}
          aria-describedby={noteId(assignGate)}
          onChange={(e) => setAssignee(e.target.value)}
        />
        <Button
          type="submit"
          kind="tertiary"
          size="md"
          disabled={busy || !open || assignee.trim() === '' || gated(assignGate)}
          aria-describedby={noteId(assignGate)}
        >
          {assign.isPending ? (
            <InlineLoading description={t('tasks.assignment.assigning')} />
          ) : (
            t('tasks.assignment.assign')
          )}
        </Button>
      </form>
      {notes.map((note, index) => (
        <PermissionGateReason
          key={reasonKey(note.gate)}
          id={`task-assignment-gate-${index}`}
          gate={note.gate}
          action={intl.formatList(note.actions, { type: 'unit' })}
          onTryAnyway={() => setTriedTask(task.userTaskKey)}
        />
      ))}
      {currentUsername === null ? <p className="task-muted">{t('tasks.assignment.needsUser')}</p> : null}
      <p role="status" className="task-actions__outcome">
        {outcome ? t.message(outcome) : null}
      </p>
      <TaskActionError error={error} clusterId={clusterId} />
    </section>
  );
}
