// 409s (and the 404 of a task completed meanwhile) in words, from the engine's rejection texts
// (docs/camunda-api/error-messages.md §4–5). The problem `detail` is data from the cluster; it is only matched here.

export type TaskAction = 'claim' | 'assign' | 'unassign' | 'complete' | 'update';

export interface ConflictContext {
  action: TaskAction;
  /** The assignee after re-reading the task, when the rejection is "already assigned". */
  currentAssignee?: string | null;
  currentUsername?: string | null;
}

export function isAlreadyAssigned(detail: string): boolean {
  return /already been assigned/i.test(detail);
}

export function describeTaskConflict(status: number, detail: string, context: ConflictContext): string {
  const tenant = /but no resource was found for tenant '([^']*)'/.exec(detail);
  if (tenant) return `You are not assigned to tenant ${tenant[1] ?? ''}, which owns this task.`;
  if (status === 404) {
    return context.action === 'complete'
      ? 'This task no longer exists: it was completed or canceled in the meantime.'
      : 'This task no longer exists: it was probably completed or canceled in the meantime.';
  }
  if (isAlreadyAssigned(detail)) {
    const who = context.currentAssignee;
    if (who && who === context.currentUsername) return 'This task is already assigned to you.';
    if (who) return `This task is already assigned to ${who}. It must be unassigned before you can claim it.`;
    return 'This task was already assigned to someone else.';
  }
  const denied = /denied by Task Listener\. Reason to deny: '(.*)'/is.exec(detail);
  if (denied) return `A task listener denied the change: ${denied[1] ?? ''}`.trim();
  const state = /but it is in state '([A-Z_]+)'/.exec(detail);
  if (state) {
    return `The task is in state ${state[1] ?? ''} right now (a task listener is probably still running). Try again in a moment.`;
  }
  if (/provided assignee is empty/i.test(detail)) return 'An assignee is required.';
  return detail || 'The cluster rejected the change because the task is in a conflicting state.';
}
