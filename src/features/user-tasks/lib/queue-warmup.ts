import { userTaskPageSchema } from '../api/user-tasks-api.ts';
import { getLanguageState } from '../../../lib/i18n/language-store.ts';
import { translateWith } from '../../../lib/i18n/translate.ts';
import { formatAbsolute, formatRelative } from './format-date.ts';

/**
 * One-time start-up costs of the queue's first answer, paid while the first search is in flight
 * instead of after its answer (docs/benchmark.md, "Task queue render"):
 *
 * - Chromium initialises its number and date formatting (ICU) on first use: 13–21 ms for the first
 *   number format, 2–7 ms for the first date format, measured in Debian's Chromium. They are warmed
 *   in the UI language, through the same cached formatters the rows use, and so are the row's
 *   messages (parsed once per language by react-intl's cache).
 * - The first validation of a page of 200 tasks runs zod's code cold (interpreted): 9–46 ms, against
 *   2–5 ms once it has run. A small sample page warms the same code.
 *
 * Nothing here is kept: the results are thrown away, only the engine is warm.
 */
/** The UI language warmed last: a switch of language warms the new one's formatters once. */
let warmed: string | null = null;

const SAMPLE_TASKS = 24;

function samplePage(): unknown {
  const items = Array.from({ length: SAMPLE_TASKS }, (_, i) => ({
    userTaskKey: String(1000 + i),
    name: 'Sample',
    state: 'CREATED',
    assignee: i % 2 === 0 ? null : 'someone',
    candidateUsers: [],
    candidateGroups: ['group'],
    elementId: 'task',
    elementInstanceKey: String(i),
    processDefinitionId: 'process',
    processDefinitionKey: '1',
    processDefinitionVersion: 1,
    processName: 'Process',
    processInstanceKey: String(i),
    rootProcessInstanceKey: null,
    creationDate: '2026-01-01T12:00:00.000Z',
    completionDate: null,
    dueDate: i % 2 === 0 ? null : '2026-01-02T12:00:00.000Z',
    followUpDate: null,
    priority: 50,
    tenantId: '<default>',
    formKey: null,
    externalFormReference: null,
    customHeaders: {},
    tags: [],
    businessId: null,
  }));
  return { items, page: { totalItems: SAMPLE_TASKS, hasMoreTotalItems: false, startCursor: 'a', endCursor: 'b' } };
}

export function warmQueue(): void {
  const { language, intl } = getLanguageState();
  if (warmed === language) return;
  const firstTime = warmed === null;
  warmed = language;
  const sample = '2026-01-01T12:00:00.000Z';
  const t = translateWith(intl);
  t('tasks.queue.count', { count: 10_000, capped: 'no', active: 1 });
  t('tasks.position.range', { first: 1, last: 20, visible: 20, total: 10_000, capped: 'yes' });
  t('tasks.row.created', { when: formatRelative(sample, language) });
  t('tasks.row.due', { when: formatRelative(sample, language) });
  t('tasks.row.dueTitle', { when: formatAbsolute(sample, language) });
  if (firstTime) userTaskPageSchema.safeParse(samplePage());
}

/** Schedules the warm-up after the current task (the one that sends the search). */
export function warmQueueSoon(): () => void {
  if (warmed === getLanguageState().language) return () => {};
  const timer = setTimeout(warmQueue, 0);
  return () => clearTimeout(timer);
}
