import { describe, expect, it } from 'vitest';
import { isOverdue } from './task-status.ts';

describe('isOverdue', () => {
  const now = Date.parse('2025-06-10T12:00:00Z');

  it('flags open tasks past their due date only', () => {
    expect(isOverdue({ state: 'CREATED', dueDate: '2025-06-10T11:59:00Z' }, now)).toBe(true);
    expect(isOverdue({ state: 'CREATED', dueDate: '2025-06-10T12:01:00Z' }, now)).toBe(false);
    expect(isOverdue({ state: 'COMPLETED', dueDate: '2025-06-01T00:00:00Z' }, now)).toBe(false);
    expect(isOverdue({ state: 'CREATED', dueDate: null }, now)).toBe(false);
  });
});
