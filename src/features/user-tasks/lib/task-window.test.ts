import { describe, expect, it } from 'vitest';
import type { UserTask } from '../api/user-tasks-api.ts';
import { PREFETCH_ROWS, pageToFetch, taskAt, taskWindowOf, type WindowPage } from './task-window.ts';

const task = (n: number) => ({ userTaskKey: String(n) }) as UserTask;
const page = (offset: number, size: number, totalItems = 1000, hasMoreTotalItems = false): WindowPage => ({
  offset,
  items: Array.from({ length: size }, (_, i) => task(offset + i)),
  totalItems,
  hasMoreTotalItems,
});

describe('taskWindowOf', () => {
  it('places a window in the middle of the result at its absolute positions, with every row counted', () => {
    const w = taskWindowOf([page(400, 200, 2000), page(600, 200, 2000), page(800, 200, 2000)], true);
    expect(w).toMatchObject({ start: 400, end: 1000, rowCount: 2000, setSize: 2000 });
    expect(taskAt(w, 400)?.userTaskKey).toBe('400');
    expect(taskAt(w, 999)?.userTaskKey).toBe('999');
    expect(taskAt(w, 399)).toBeUndefined();
    expect(taskAt(w, 1000)).toBeUndefined();
  });

  it('ends the list at the last loaded task once there is no next page', () => {
    const w = taskWindowOf([page(9800, 200, 10_000)], false);
    expect(w).toMatchObject({ start: 9800, end: 10_000, rowCount: 10_000, setSize: 10_000 });
  });

  it('adds one loader row after the loaded tasks when the total is only a lower bound', () => {
    const w = taskWindowOf([page(0, 200, 200, true), page(200, 200, 200, true)], true);
    expect(w).toMatchObject({ start: 0, end: 400, rowCount: 401, setSize: null });
  });

  it('keeps a loader row when the result grew past the total the cluster reported', () => {
    expect(taskWindowOf([page(0, 200, 150)], true).rowCount).toBe(201);
  });

  it('is empty without pages', () => {
    expect(taskWindowOf([], false)).toMatchObject({ start: 0, end: 0, rowCount: 0, tasks: [] });
  });
});

describe('pageToFetch', () => {
  const window = { start: 400, end: 1000 };
  const can = { next: true, previous: true, busy: false };

  it('asks for nothing while the rows in view are well inside the window', () => {
    expect(pageToFetch({ first: 600, last: 630 }, window, can)).toBeNull();
  });

  it('asks for the next page as the view nears the window end, and for every page on a jump past it', () => {
    expect(pageToFetch({ first: 960, last: 1000 - PREFETCH_ROWS }, window, can)).toBe('next');
    expect(pageToFetch({ first: 9970, last: 9999 }, window, can)).toBe('next');
    expect(pageToFetch({ first: 9970, last: 9999 }, window, { ...can, next: false })).toBeNull();
  });

  it('asks for the previous page as the view nears the window start or jumps above it', () => {
    expect(pageToFetch({ first: 400 + PREFETCH_ROWS - 1, last: 450 }, window, can)).toBe('previous');
    expect(pageToFetch({ first: 0, last: 23 }, window, can)).toBe('previous');
    expect(pageToFetch({ first: 0, last: 23 }, { start: 0, end: 200 }, { ...can, previous: false })).toBeNull();
  });

  it('asks for nothing while a request of the list runs, so no page is requested twice', () => {
    expect(pageToFetch({ first: 0, last: 23 }, window, { ...can, busy: true })).toBeNull();
    expect(pageToFetch({ first: 9970, last: 9999 }, window, { ...can, busy: true })).toBeNull();
    expect(pageToFetch(null, window, can)).toBeNull();
  });
});
