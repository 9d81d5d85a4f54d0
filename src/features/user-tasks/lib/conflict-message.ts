// 409s (and the 404 of a task completed meanwhile) in words, from the engine's rejection texts
// (docs/camunda-api/error-messages.md §4–5). The problem `detail` is data from the cluster; it is only matched here.
// The result is a message descriptor (worded at render), since the error that carries it is cached
// by React Query and must follow a language switch; `<cluster>` marks text quoted from the cluster.

import { msg, type Message } from '../../../lib/i18n/message.ts';

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

export function describeTaskConflict(status: number, detail: string, context: ConflictContext): Message {
  const tenant = /but no resource was found for tenant '([^']*)'/.exec(detail);
  if (tenant) return msg('tasks.conflict.tenant', { tenant: tenant[1] ?? '' });
  if (status === 404) {
    return context.action === 'complete' ? msg('tasks.conflict.goneCompleting') : msg('tasks.conflict.gone');
  }
  if (isAlreadyAssigned(detail)) {
    const who = context.currentAssignee;
    if (who && who === context.currentUsername) return msg('tasks.conflict.assignedToYou');
    if (who) return msg('tasks.conflict.assignedTo', { assignee: who });
    return msg('tasks.conflict.assignedToSomeone');
  }
  const denied = /denied by Task Listener\. Reason to deny: '(.*)'/is.exec(detail);
  if (denied) return msg('tasks.conflict.listenerDenied', { reason: (denied[1] ?? '').trim() });
  const state = /but it is in state '([A-Z_]+)'/.exec(detail);
  if (state) return msg('tasks.conflict.transitional', { state: state[1] ?? '' });
  if (/provided assignee is empty/i.test(detail)) return msg('tasks.conflict.assigneeRequired');
  return detail ? msg('tasks.conflict.rejected', { detail }) : msg('tasks.conflict.generic');
}
