import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../lib/api/api-error.ts';
import type { Message } from '../../../lib/i18n/message.ts';
import { describeTaskConflict, isAlreadyAssigned, type TaskAction } from '../lib/conflict-message.ts';
import {
  assignUserTask,
  completeUserTask,
  fetchUserTask,
  unassignUserTask,
  updateUserTask,
  type TaskChangeset,
} from './user-tasks-api.ts';
import { userTaskKeys } from './user-tasks-queries.ts';

/**
 * A 409 (or the 404 of a task that is gone) with what it means for the user, as a message worded
 * at render (`description`); the Error's own message is the cluster's detail, for logs.
 */
export class TaskConflictError extends Error {
  override readonly name = 'TaskConflictError';
  readonly apiError: ApiError;
  readonly description: Message;
  constructor(description: Message, apiError: ApiError) {
    super(apiError.problem?.detail ?? description.id);
    this.description = description;
    this.apiError = apiError;
  }
}

async function explainConflicts(
  clusterId: string,
  userTaskKey: string,
  action: TaskAction,
  currentUsername: string | null,
  run: () => Promise<void>,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof ApiError) || error.kind !== 'http' || (error.status !== 409 && error.status !== 404)) {
      throw error;
    }
    const detail = error.problem?.detail ?? '';
    let currentAssignee: string | null | undefined;
    if (isAlreadyAssigned(detail)) {
      // The rejection does not say who holds the task; the task itself does.
      currentAssignee = await fetchUserTask(clusterId, userTaskKey).then(
        (task) => task.assignee,
        () => undefined,
      );
    }
    throw new TaskConflictError(
      describeTaskConflict(error.status, detail, { action, currentAssignee, currentUsername }),
      error,
    );
  }
}

export type TaskMutationInput =
  | { action: 'claim'; assignee: string }
  | { action: 'assign'; assignee: string }
  | { action: 'unassign' }
  | { action: 'complete'; variables: Record<string, unknown> }
  | { action: 'update'; changeset: TaskChangeset };

function run(clusterId: string, userTaskKey: string, input: TaskMutationInput): Promise<void> {
  switch (input.action) {
    case 'claim':
      // allowOverride false = the engine's CLAIM: it refuses to take a task someone else holds.
      return assignUserTask(clusterId, userTaskKey, input.assignee, false);
    case 'assign':
      return assignUserTask(clusterId, userTaskKey, input.assignee, true);
    case 'unassign':
      return unassignUserTask(clusterId, userTaskKey);
    case 'complete':
      return completeUserTask(clusterId, userTaskKey, input.variables);
    case 'update':
      return updateUserTask(clusterId, userTaskKey, input.changeset);
  }
}

/**
 * One mutation per action button, so each shows its own progress and error. Success and
 * conflicts (the task changed under us) refresh exactly this task and this cluster's lists.
 */
export function useTaskMutation(clusterId: string, userTaskKey: string, currentUsername: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TaskMutationInput) =>
      explainConflicts(clusterId, userTaskKey, input.action, currentUsername, () => run(clusterId, userTaskKey, input)),
    onSettled: async (_data, error) => {
      if (error && !(error instanceof TaskConflictError)) return;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userTaskKeys.detail(clusterId, userTaskKey) }),
        queryClient.invalidateQueries({ queryKey: userTaskKeys.lists(clusterId) }),
      ]);
    },
  });
}
