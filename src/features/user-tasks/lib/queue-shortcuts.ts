/**
 * The task queue's keyboard shortcuts. Single keys, as in mail clients, so they never fire while
 * the user types: a key pressed in a text field, select or editable element is left alone, and so
 * is any key with Ctrl, Alt or Meta (the browser's and the screen reader's own shortcuts).
 */
import type { MessageId } from '../../../lib/i18n/catalogues.ts';

export type QueueAction = 'next' | 'previous' | 'open' | 'claim' | 'filters' | 'help';

export interface QueueShortcut {
  keys: readonly string[];
  action: QueueAction;
  /** What the key does, worded by the shortcuts dialog. */
  description: MessageId;
}

export const QUEUE_SHORTCUTS: readonly QueueShortcut[] = [
  { keys: ['j'], action: 'next', description: 'tasks.shortcuts.next' },
  { keys: ['k'], action: 'previous', description: 'tasks.shortcuts.previous' },
  { keys: ['o'], action: 'open', description: 'tasks.shortcuts.open' },
  { keys: ['c'], action: 'claim', description: 'tasks.shortcuts.claim' },
  { keys: ['f'], action: 'filters', description: 'tasks.shortcuts.filters' },
  { keys: ['?'], action: 'help', description: 'tasks.shortcuts.help' },
];

/** What the keydown needs to be judged; a plain object so it is unit-tested without a DOM. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** Already handled by something else (a Carbon control, an open dialog). */
  defaultPrevented: boolean;
  target: {
    tagName?: string;
    isContentEditable?: boolean;
    type?: string;
    closest?: (selector: string) => unknown;
  } | null;
}

const TEXT_ENTRY_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** Inputs that take no typed text: a key on them may be a shortcut. */
const NON_TEXT_INPUT_TYPES = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

export function isTypingTarget(target: KeyPress['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase() ?? '';
  if (!TEXT_ENTRY_TAGS.has(tag)) return false;
  return !(tag === 'INPUT' && NON_TEXT_INPUT_TYPES.has((target.type ?? 'text').toLowerCase()));
}

export function queueActionOf(press: KeyPress): QueueAction | null {
  if (press.defaultPrevented || press.ctrlKey || press.altKey || press.metaKey) return null;
  if (isTypingTarget(press.target)) return null;
  // Inside a dialog (the help itself, a confirmation) keys belong to the dialog.
  if (press.target?.closest?.('[role="dialog"], dialog')) return null;
  return QUEUE_SHORTCUTS.find((s) => s.keys.includes(press.key))?.action ?? null;
}
