import { describe, expect, it } from 'vitest';
import {
  ASSIGNEE_ME,
  ASSIGNEE_UNASSIGNED,
  DEFAULT_TASK_FILTER,
  countActiveFilters,
  parseTaskFilter,
  serializeTaskFilter,
  toSearchBody,
  type TaskFilter,
} from './task-filter.ts';

const full: TaskFilter = {
  state: 'COMPLETED',
  assignee: 'anna',
  candidateGroup: 'accounting',
  candidateUser: 'ron',
  processDefinitionId: 'invoice',
  tenantId: '<default>',
  priorityMin: 10,
  priorityMax: 90,
  due: { from: '2025-06-01', to: '2025-06-30' },
  followUp: { from: '', to: '2025-07-01' },
  created: { from: '2025-01-01', to: '' },
  sort: { field: 'priority', order: 'ASC' },
};

describe('task filter ⇄ URL', () => {
  it('puts nothing in the URL for the default filter (open tasks, newest first)', () => {
    expect(serializeTaskFilter(DEFAULT_TASK_FILTER).toString()).toBe('');
    expect(parseTaskFilter(new URLSearchParams())).toEqual(DEFAULT_TASK_FILTER);
  });

  it('round-trips every field through the query string', () => {
    const query = serializeTaskFilter(full).toString();
    expect(query).toBe(
      'state=COMPLETED&assignee=anna&candidateGroup=accounting&candidateUser=ron&process=invoice&tenant=%3Cdefault%3E' +
        '&priorityMin=10&priorityMax=90&dueFrom=2025-06-01&dueTo=2025-06-30&followUpTo=2025-07-01&createdFrom=2025-01-01&sort=priority%3Aasc',
    );
    expect(parseTaskFilter(new URLSearchParams(query))).toEqual(full);
  });

  it('writes "any state" explicitly so a link does not fall back to open tasks', () => {
    const query = serializeTaskFilter({ ...DEFAULT_TASK_FILTER, state: null });
    expect(query.toString()).toBe('state=any');
    expect(parseTaskFilter(query).state).toBeNull();
  });

  it('drops values a hand-edited link gets wrong instead of failing', () => {
    const parsed = parseTaskFilter(
      new URLSearchParams('priorityMin=abc&priorityMax=101&dueFrom=2025-02-30&dueTo=tomorrow&sort=bogus:asc&state=<b>'),
    );
    expect(parsed).toEqual(DEFAULT_TASK_FILTER);
  });

  it('keeps a state name this version of Lantern does not know', () => {
    expect(parseTaskFilter(new URLSearchParams('state=SUSPENDED')).state).toBe('SUSPENDED');
  });

  it('counts active filters, a date range as one', () => {
    expect(countActiveFilters(DEFAULT_TASK_FILTER)).toBe(0);
    expect(countActiveFilters(full)).toBe(10);
  });
});

describe('toSearchBody', () => {
  it('sends only the default state and sort for the default filter', () => {
    expect(toSearchBody(DEFAULT_TASK_FILTER, 'anna')).toEqual({
      ok: true,
      body: { filter: { state: 'CREATED' }, sort: [{ field: 'creationDate', order: 'DESC' }] },
    });
  });

  it('resolves "me" to the signed-in username and "unassigned" to a missing assignee', () => {
    const me = toSearchBody({ ...DEFAULT_TASK_FILTER, assignee: ASSIGNEE_ME }, 'anna');
    expect(me.ok && me.body.filter.assignee).toBe('anna');
    const none = toSearchBody({ ...DEFAULT_TASK_FILTER, assignee: ASSIGNEE_UNASSIGNED }, 'anna');
    expect(none.ok && none.body.filter.assignee).toEqual({ $exists: false });
    expect(toSearchBody({ ...DEFAULT_TASK_FILTER, assignee: ASSIGNEE_ME }, null)).toEqual({
      ok: false,
      reason: 'me-without-username',
    });
  });

  it('turns inclusive local calendar days into instant bounds and priorities into a range', () => {
    const result = toSearchBody(full, 'anna');
    if (!result.ok) throw new Error('expected a body');
    expect(result.body.filter).toEqual({
      state: 'COMPLETED',
      assignee: 'anna',
      candidateGroup: 'accounting',
      candidateUser: 'ron',
      processDefinitionId: 'invoice',
      tenantId: '<default>',
      priority: { $gte: 10, $lte: 90 },
      dueDate: { $gte: new Date(2025, 5, 1).toISOString(), $lt: new Date(2025, 6, 1).toISOString() },
      followUpDate: { $lt: new Date(2025, 6, 2).toISOString() },
      creationDate: { $gte: new Date(2025, 0, 1).toISOString() },
    });
    expect(result.body.sort).toEqual([{ field: 'priority', order: 'ASC' }]);
  });

  it('leaves the state out when every state is wanted', () => {
    const result = toSearchBody({ ...DEFAULT_TASK_FILTER, state: null }, null);
    expect(result.ok && result.body.filter).toEqual({});
  });
});
