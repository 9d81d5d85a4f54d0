import { expect } from 'vitest';

// The user-task part of the SDK contract tests, shared by the 8.8 and the 8.9 SDK: paging through
// the open tasks and walking one through every write to COMPLETED. Reads each SDK offers only
// (the 8.9 form and effective variables) stay in its own test, between the two.
// Both SDKs brand keys and cursors as `string & { readonly __brand: Name }`.

type Branded<Name extends string> = string & { readonly __brand: Name };
type UserTaskKey = Branded<'UserTaskKey'>;
type EndCursor = Branded<'EndCursor'>;

interface Consistency {
  consistency: { waitUpToMs: number };
}

type OpenTasksQuery =
  | {
      filter: { state: 'CREATED'; candidateGroup: string };
      sort: { field: 'dueDate'; order: 'ASC' }[];
      page: { limit: number };
    }
  | { page: { after: EndCursor; limit: number } };

interface TaskPage {
  items: { userTaskKey: string; formKey?: string | null }[];
  page: { endCursor?: EndCursor | null };
}

export interface UserTaskClient {
  searchUserTasks: (query: OpenTasksQuery, consistency: Consistency) => PromiseLike<TaskPage>;
  getUserTask: (input: { userTaskKey: UserTaskKey }, consistency: Consistency) => PromiseLike<{ state?: string }>;
  updateUserTask: (input: {
    userTaskKey: UserTaskKey;
    changeset: { priority: number; dueDate: string; candidateGroups: string[] };
  }) => PromiseLike<unknown>;
  assignUserTask: (input: {
    userTaskKey: UserTaskKey;
    assignee: string;
    allowOverride: boolean;
  }) => PromiseLike<unknown>;
  unassignUserTask: (input: { userTaskKey: UserTaskKey }) => PromiseLike<unknown>;
  completeUserTask: (input: { userTaskKey: UserTaskKey; variables: { approved: boolean } }) => PromiseLike<unknown>;
}

const C: Consistency = { consistency: { waitUpToMs: 0 } };

/** Reads two pages of open accounting tasks by due date; answers the key of the first with a form. */
export async function openTaskWithForm(camunda: UserTaskClient): Promise<string> {
  const open = await camunda.searchUserTasks(
    {
      filter: { state: 'CREATED', candidateGroup: 'accounting' },
      sort: [{ field: 'dueDate', order: 'ASC' }],
      page: { limit: 5 },
    },
    C,
  );
  expect(open.items.length).toBe(5);
  const next = await camunda.searchUserTasks({ page: { after: open.page.endCursor!, limit: 5 } }, C);
  expect(next.items.length).toBe(5);
  const withForm = open.items.find((t) => t.formKey !== null)!;
  return withForm.userTaskKey;
}

/** Updates, assigns, unassigns, assigns again and completes the task, then sees it COMPLETED. */
export async function completeTaskStepByStep(camunda: UserTaskClient, key: UserTaskKey): Promise<void> {
  await camunda.updateUserTask({
    userTaskKey: key,
    changeset: { priority: 80, dueDate: '2030-01-01T00:00:00.000Z', candidateGroups: ['accounting', 'managers'] },
  });
  await camunda.assignUserTask({ userTaskKey: key, assignee: 'anna', allowOverride: true });
  await camunda.unassignUserTask({ userTaskKey: key });
  await camunda.assignUserTask({ userTaskKey: key, assignee: 'anna', allowOverride: false });
  await camunda.completeUserTask({ userTaskKey: key, variables: { approved: true } });
  const done = await camunda.getUserTask({ userTaskKey: key }, C);
  expect(done.state).toBe('COMPLETED');
}
