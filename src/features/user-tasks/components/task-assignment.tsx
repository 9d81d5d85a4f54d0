import { Button, InlineLoading, TextInput } from '@carbon/react';
import { useState, type FormEvent } from 'react';
import type { UserTask } from '../api/user-tasks-api.ts';
import { useTaskMutation } from '../api/user-tasks-mutations.ts';
import { TaskActionError } from './task-action-error.tsx';
import { ClusterText } from '../../../components/cluster-text/cluster-text.tsx';

interface TaskAssignmentProps {
  clusterId: string;
  task: UserTask;
  currentUsername: string | null;
}

export function TaskAssignment({ clusterId, task, currentUsername }: TaskAssignmentProps) {
  const claim = useTaskMutation(clusterId, task.userTaskKey, currentUsername);
  const assign = useTaskMutation(clusterId, task.userTaskKey, currentUsername);
  const unassign = useTaskMutation(clusterId, task.userTaskKey, currentUsername);
  const [assignee, setAssignee] = useState('');
  const busy = claim.isPending || assign.isPending || unassign.isPending;
  const open = task.state === 'CREATED';
  const mine = currentUsername !== null && task.assignee === currentUsername;
  // Only the latest attempt's error is shown, so an old failure does not linger under a new success.
  const [last, setLast] = useState<'claim' | 'assign' | 'unassign' | null>(null);
  // The outcome of the latest action, in a polite live region: a screen reader hears "Assigned to
  // anna." without hunting for the changed field.
  const [outcome, setOutcome] = useState('');
  const error =
    last === 'claim' ? claim.error : last === 'assign' ? assign.error : last === 'unassign' ? unassign.error : null;

  const submitAssign = (event: FormEvent) => {
    event.preventDefault();
    const name = assignee.trim();
    if (busy || name === '') return;
    setLast('assign');
    setOutcome('');
    assign.mutate(
      { action: 'assign', assignee: name },
      {
        onSuccess: () => {
          setAssignee('');
          setOutcome(`Assigned to ${name}.`);
        },
      },
    );
  };

  return (
    <section className="task-section task-actions" aria-labelledby="task-assignment-title">
      <h2 id="task-assignment-title" className="task-section__title">
        Assignment
      </h2>
      <p>
        {task.assignee === null ? (
          'Nobody is assigned.'
        ) : mine ? (
          'Assigned to you.'
        ) : (
          <>
            Assigned to <ClusterText text={task.assignee} />.
          </>
        )}
      </p>
      {!open ? (
        <p className="task-muted">The task is {task.state}; assignment changes only apply to open tasks.</p>
      ) : null}
      <div className="task-actions__row">
        {currentUsername !== null && !mine ? (
          <Button
            kind="primary"
            size="md"
            disabled={busy || !open}
            onClick={() => {
              if (busy) return;
              setLast('claim');
              setOutcome('');
              claim.mutate(
                { action: 'claim', assignee: currentUsername },
                { onSuccess: () => setOutcome(`Assigned to ${currentUsername}.`) },
              );
            }}
          >
            {claim.isPending ? <InlineLoading description="Assigning…" /> : 'Assign to me'}
          </Button>
        ) : null}
        {task.assignee !== null ? (
          <Button
            kind="secondary"
            size="md"
            disabled={busy || !open}
            onClick={() => {
              if (busy) return;
              setLast('unassign');
              setOutcome('');
              unassign.mutate({ action: 'unassign' }, { onSuccess: () => setOutcome('Unassigned.') });
            }}
          >
            {unassign.isPending ? <InlineLoading description="Unassigning…" /> : 'Unassign'}
          </Button>
        ) : null}
      </div>
      <form className="task-actions__row" onSubmit={submitAssign} aria-label="Assign to someone else">
        <TextInput
          id="task-assign-to"
          labelText="Assign to someone else (username)"
          size="md"
          value={assignee}
          disabled={busy || !open}
          onChange={(e) => setAssignee(e.target.value)}
        />
        <Button type="submit" kind="tertiary" size="md" disabled={busy || !open || assignee.trim() === ''}>
          {assign.isPending ? <InlineLoading description="Assigning…" /> : 'Assign'}
        </Button>
      </form>
      {currentUsername === null ? (
        <p className="task-muted">“Assign to me” needs a signed-in user; this connection has no username.</p>
      ) : null}
      <p role="status" className="task-actions__outcome">
        {outcome}
      </p>
      <TaskActionError error={error} clusterId={clusterId} />
    </section>
  );
}
