import { expect, type Locator, type Page } from '@playwright/test';

// Keyboard-only navigation: Tab until a control has focus, checking on the way that every focused
// element shows a visible focus indicator. "Visible" means an outline or box-shadow ring, or that
// the element (its ::before/::after or its parent included) looks different once focus has moved
// on: Carbon draws some focus states as a border or background. The comparison is made without
// touching focus (blurring would reset e.g. a date input's sub-fields), by marking each focused
// element and reading its style again after the next Tab.

export interface FocusFinding {
  element: string;
  outline: string;
  boxShadow: string;
  /** Inside the app header (the banner landmark). */
  inBanner: boolean;
}

export interface TabWalk {
  /** Focused elements that showed no focus indicator. */
  invisible: FocusFinding[];
  /** How many Tab presses the walk took in total. */
  presses: number;
  pending: Probe | null;
  next: number;
}

interface Probe extends FocusFinding {
  id: number;
  ring: boolean;
  snapshot: string;
  /** The element already carried a probe: focus stayed inside it (e.g. a date input's fields). */
  same: boolean;
}

export function newTabWalk(): TabWalk {
  return { invisible: [], presses: 0, pending: null, next: 1 };
}

// Strings, because the e2e project is type-checked without the DOM library.
const snapshotFn = `(el) => {
  const props = ['outlineStyle', 'outlineWidth', 'outlineColor', 'boxShadow', 'borderTopColor', 'borderBottomColor',
    'borderLeftColor', 'borderRightColor', 'borderTopWidth', 'borderBottomWidth', 'backgroundColor', 'color',
    'textDecorationLine'];
  const targets = [el, el.parentElement].filter(Boolean);
  return JSON.stringify(targets.flatMap((t) => [null, '::before', '::after'].map((pseudo) => {
    const s = getComputedStyle(t, pseudo);
    return props.map((p) => s[p]);
  })));
}`;

// Carbon fades focus borders in (110 ms transitions): compare finished styles, not the first frame.
const settleTransitions = `async (el) => {
  // Transitions only: a spinner's infinite animation never finishes. Bounded in case one stalls.
  const running = [el, el.parentElement].filter(Boolean)
    .flatMap((t) => t.getAnimations({ subtree: true }))
    .filter((a) => typeof CSSTransition !== 'undefined' && a instanceof CSSTransition);
  const done = Promise.all(running.map((a) => a.finished.catch(() => undefined)));
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 600))]);
}`;

async function probeFocused(page: Page, id: number): Promise<Probe | null> {
  return page.evaluate<Probe | null>(`(async () => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    await (${settleTransitions})(el);
    const existing = el.getAttribute('data-focus-probe');
    const id = existing ? Number(existing) : ${id};
    if (!existing) el.setAttribute('data-focus-probe', String(id));
    const s = getComputedStyle(el);
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow !== '' && s.boxShadow !== 'none');
    const label = el.getAttribute('aria-label') || el.getAttribute('id') || '';
    return {
      id,
      same: Boolean(existing),
      element: el.tagName.toLowerCase() + (label ? '[' + label + ']' : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"',
      outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor,
      boxShadow: s.boxShadow,
      inBanner: Boolean(el.closest('header, [role="banner"]')),
      ring,
      snapshot: (${snapshotFn})(el),
    };
  })()`);
}

/** The style of a probed element now that it has lost focus; null when it is gone or still focused. */
async function unfocusedSnapshot(page: Page, id: number): Promise<string | null> {
  return page.evaluate<string | null>(`(async () => {
    const el = document.querySelector('[data-focus-probe="${id}"]');
    if (!el || el === document.activeElement || el.contains(document.activeElement)) return null;
    el.removeAttribute('data-focus-probe');
    await (${settleTransitions})(el);
    return (${snapshotFn})(el);
  })()`);
}

async function settle(page: Page, walk: TabWalk): Promise<void> {
  const pending = walk.pending;
  if (!pending || pending.ring) return;
  const after = await unfocusedSnapshot(page, pending.id);
  if (after !== null && after === pending.snapshot) {
    const { element, outline, boxShadow, inBanner } = pending;
    walk.invisible.push({ element, outline, boxShadow, inBanner });
  }
}

async function pressTab(page: Page, walk: TabWalk): Promise<void> {
  await page.keyboard.press('Tab');
  walk.presses += 1;
  const probe = await probeFocused(page, walk.next++);
  if (probe?.same && walk.pending?.id === probe.id) return;
  await settle(page, walk);
  walk.pending = probe;
}

/** Presses Tab until `target` has focus (at most `max` times), recording invisible focus on the way. */
export async function tabTo(page: Page, target: Locator, walk: TabWalk, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    const focused = await target
      .evaluate((el) => el === (el as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement)
      .catch(() => false);
    if (focused) return;
    await pressTab(page, walk);
  }
  await expect(target, `reached by Tab within ${max} presses`).toBeFocused();
}

/** Judges the last focused element of the walk (focus moved away from it by now, or it is gone). */
export async function finishWalk(page: Page, walk: TabWalk): Promise<FocusFinding[]> {
  await page.keyboard.press('Tab');
  await settle(page, walk);
  walk.pending = null;
  return walk.invisible;
}
