// A polite live region outside the React tree, for outcomes whose view goes away at the moment
// they happen (a completed task sends the user back to the queue): a region inside the old view
// would be unmounted before a screen reader reads it, and one mounted with the new view is
// often not announced at all. Created on first use, reused after.

const REGION_ID = 'lantern-live-announcer';
/** The message is removed after this long, so it is not re-read later with the page. */
const CLEAR_AFTER_MS = 7_000;

let clearTimer: ReturnType<typeof setTimeout> | undefined;

function region(): HTMLElement {
  const existing = document.getElementById(REGION_ID);
  if (existing) return existing;
  const element = document.createElement('div');
  element.id = REGION_ID;
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  element.setAttribute('aria-atomic', 'true');
  // Visually hidden but read by screen readers (Carbon's visually-hidden pattern).
  Object.assign(element.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: '0',
  });
  document.body.append(element);
  return element;
}

/** Announces `message` politely (plain text, never markup). */
export function announce(message: string): void {
  const element = region();
  // Emptying first makes a repeated identical message a change that is announced again.
  element.textContent = '';
  clearTimeout(clearTimer);
  // The next frame, so the emptying and the new text are two separate mutations.
  setTimeout(() => {
    element.textContent = message;
    clearTimer = setTimeout(() => {
      element.textContent = '';
    }, CLEAR_AFTER_MS);
  }, 50);
}
