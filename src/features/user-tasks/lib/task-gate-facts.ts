import type { UserTaskFacts } from '../../../lib/authz/effective-permissions.ts';
import type { UserTask } from '../api/user-tasks-api.ts';

/**
 * What the permission gate (`usePermissionGate`) needs of a task. Null without the task's process:
 * the process level cannot be judged then, so the gate stays "unknown" and the action enabled.
 */
export function taskGateFacts(task: UserTask): UserTaskFacts | null {
  if (!task.processDefinitionId) return null;
  return {
    userTaskKey: task.userTaskKey,
    processDefinitionId: task.processDefinitionId,
    assignee: task.assignee,
    candidateUsers: task.candidateUsers,
    candidateGroups: task.candidateGroups,
  };
}
