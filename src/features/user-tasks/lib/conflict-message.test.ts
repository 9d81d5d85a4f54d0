import { describe, expect, it } from 'vitest';
import { englishT, germanT } from '../../../testing/translate.ts';
import { describeTaskConflict, type ConflictContext } from './conflict-message.ts';

const key = '2251799813685281';

/** The conflict in the words the user reads, in English (or German). */
const said = (status: number, detail: string, context: ConflictContext, t = englishT) =>
  t.rich(describeTaskConflict(status, detail, context).id, {
    ...describeTaskConflict(status, detail, context).values,
    cluster: (chunks) => chunks.map(String).join(''),
  });

describe('describeTaskConflict', () => {
  const claimed = `Command 'CLAIM' rejected with code 'INVALID_STATE': Expected to claim user task with key '${key}', but it has already been assigned`;

  it('names who holds the task after a rejected claim', () => {
    expect(said(409, claimed, { action: 'claim', currentAssignee: 'anna', currentUsername: 'ron' })).toBe(
      'This task is already assigned to anna. It must be unassigned before you can claim it.',
    );
    expect(said(409, claimed, { action: 'claim', currentAssignee: 'anna', currentUsername: 'ron' }, germanT)).toBe(
      'Die Aufgabe ist bereits anna zugewiesen. Die Zuweisung muss erst aufgehoben werden, bevor Sie sie sich zuweisen können.',
    );
    expect(said(409, claimed, { action: 'claim', currentAssignee: 'anna', currentUsername: 'anna' })).toBe(
      'This task is already assigned to you.',
    );
    expect(said(409, claimed, { action: 'claim', currentAssignee: null })).toBe(
      'This task was already assigned to someone else.',
    );
  });

  it('explains transitional states and task listener denials', () => {
    const busy = `Command 'COMPLETE' rejected with code 'INVALID_STATE': Expected to complete user task with key '${key}', but it is in state 'ASSIGNING'`;
    expect(said(409, busy, { action: 'complete' })).toBe(
      'The task is in state ASSIGNING right now (a task listener is probably still running). Try again in a moment.',
    );
    const denied = `Command 'UPDATE' rejected with code 'INVALID_STATE': Update of the User Task with key '${key}' was denied by Task Listener. Reason to deny: 'due date in the past'`;
    expect(said(409, denied, { action: 'update' })).toBe('A task listener denied the change: due date in the past');
  });

  it('says a completed task is gone instead of showing NOT_FOUND', () => {
    const gone = `Command 'COMPLETE' rejected with code 'NOT_FOUND': Expected to complete user task with key '${key}', but no such user task was found`;
    expect(said(404, gone, { action: 'complete' })).toBe(
      'This task no longer exists: it was completed or canceled in the meantime.',
    );
  });

  it('names the tenant when the task belongs to one the caller is not in', () => {
    const detail = `Command 'ASSIGN' rejected with code 'NOT_FOUND': Expected to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', but no resource was found for tenant 'emea'`;
    expect(said(404, detail, { action: 'assign' })).toBe('You are not assigned to tenant emea, which owns this task.');
  });
});
