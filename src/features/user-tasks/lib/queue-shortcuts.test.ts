import { describe, expect, it } from 'vitest';
import { QUEUE_SHORTCUTS, queueActionOf, type KeyPress } from './queue-shortcuts.ts';

const press = (key: string, target: KeyPress['target'] = { tagName: 'BODY' }, extra: Partial<KeyPress> = {}) =>
  queueActionOf({ key, ctrlKey: false, altKey: false, metaKey: false, defaultPrevented: false, target, ...extra });

describe('queue shortcuts', () => {
  it('map the single keys to the queue moves', () => {
    expect(press('j')).toBe('next');
    expect(press('k')).toBe('previous');
    expect(press('o')).toBe('open');
    expect(press('c')).toBe('claim');
    expect(press('f')).toBe('filters');
    expect(press('?')).toBe('help');
    expect(press('x')).toBeNull();
  });

  it('never fire while the user types in a field', () => {
    expect(press('j', { tagName: 'INPUT', type: 'text' })).toBeNull();
    expect(press('c', { tagName: 'input', type: 'date' })).toBeNull();
    expect(press('k', { tagName: 'TEXTAREA' })).toBeNull();
    expect(press('f', { tagName: 'SELECT' })).toBeNull();
    expect(press('?', { tagName: 'DIV', isContentEditable: true })).toBeNull();
  });

  it('work from links, buttons and checkboxes, which take no typed text', () => {
    expect(press('j', { tagName: 'A' })).toBe('next');
    expect(press('j', { tagName: 'BUTTON' })).toBe('next');
    expect(press('j', { tagName: 'INPUT', type: 'checkbox' })).toBe('next');
  });

  it('leave modified keys, handled keys and keys inside a dialog alone', () => {
    expect(press('c', { tagName: 'BODY' }, { ctrlKey: true })).toBeNull();
    expect(press('j', { tagName: 'BODY' }, { metaKey: true })).toBeNull();
    expect(press('j', { tagName: 'BODY' }, { altKey: true })).toBeNull();
    expect(press('j', { tagName: 'BODY' }, { defaultPrevented: true })).toBeNull();
    expect(press('j', { tagName: 'BUTTON', closest: (s) => (s.includes('dialog') ? {} : null) })).toBeNull();
  });

  it('list every action once in the help', () => {
    const actions = QUEUE_SHORTCUTS.map((s) => s.action);
    expect(new Set(actions).size).toBe(actions.length);
  });
});
