import { describe, expect, it } from 'vitest';
import { englishT, germanT } from '../../../testing/translate.ts';

// The queue's counting sentences are ICU plurals and selects in the catalogues (tasks.json); these
// pin the words an operator reads in both languages, numbers grouped the language's way.
describe('task queue wording', () => {
  it('counts tasks and active filters, capped totals included', () => {
    const count = (count: number, capped: boolean, active: number) => ({
      count,
      capped: capped ? 'yes' : 'no',
      active,
    });
    expect(englishT('tasks.queue.count', count(1, false, 0))).toBe('1 task');
    expect(englishT('tasks.queue.count', count(10_000, true, 2))).toBe('more than 10,000 tasks · 2 filters active');
    expect(englishT('tasks.queue.count', count(42, false, 1))).toBe('42 tasks · 1 filter active');
    expect(germanT('tasks.queue.count', count(1, false, 1))).toBe('1 Aufgabe · 1 Filter aktiv');
    expect(germanT('tasks.queue.count', count(10_000, true, 0))).toBe('mehr als 10.000 Aufgaben');
  });

  it('says where the operator is in the list', () => {
    const range = { first: 1, last: 20, visible: 20, total: 10_000, capped: 'no' };
    expect(englishT('tasks.position.range', range)).toBe('Tasks 1–20 of 10,000');
    expect(germanT('tasks.position.range', { ...range, capped: 'yes' })).toBe('Aufgaben 1–20 von mehr als 10.000');
    expect(englishT('tasks.position.range', { ...range, last: 1, visible: 1, total: 1 })).toBe('Task 1 of 1');
    expect(germanT('tasks.position.current', { position: 2310, total: 10_000, capped: 'no' })).toBe(
      'Aufgabe 2.310 von 10.000',
    );
  });

  it('names a principal’s groups and roles, or their absence, in whole sentences', () => {
    const who = { who: 'nina', named: 'yes', groupCount: 0, groups: '', roleCount: 1, roles: 'viewer' };
    expect(englishT('tasks.empty.memberships', who)).toBe('nina is in no groups and has role viewer.');
    expect(germanT('tasks.empty.memberships', who)).toBe('nina ist in keiner Gruppe und hat die Rolle viewer.');
    expect(germanT('tasks.empty.noMemberships', { who: '', named: 'no' })).toMatch(
      /^Dieser Principal hat auf diesem Cluster keine Rollen und keine Gruppen\. .* darf dieser Principal keine Aufgabe lesen\.$/,
    );
  });
});
