import { Button, Select, SelectItem, TextInput } from '@carbon/react';
import { memo, useState, type FormEvent } from 'react';
import {
  ASSIGNEE_ME,
  ASSIGNEE_UNASSIGNED,
  DEFAULT_TASK_FILTER,
  SORT_FIELDS,
  USER_TASK_STATES,
  serializeTaskFilter,
  type DateRange,
  type SortField,
  type TaskFilter,
} from '../lib/task-filter.ts';
import type { MessageId } from '../../../lib/i18n/catalogues.ts';
import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { useT } from '../../../lib/i18n/use-t.ts';

interface TaskFilterPanelProps {
  filter: TaskFilter;
  onApply: (filter: TaskFilter) => void;
  /** The signed-in username; null hides "assigned to me" (anonymous or API client). */
  username: string | null;
  /** The caller's groups, offered as candidate-group suggestions. */
  groups: string[];
  tenants: string[];
}

const SORT_LABELS: Record<SortField, MessageId> = {
  creationDate: 'tasks.field.creationDate',
  dueDate: 'tasks.field.dueDate',
  followUpDate: 'tasks.field.followUpDate',
  completionDate: 'tasks.field.completionDate',
  priority: 'tasks.field.priority',
  name: 'tasks.field.name',
};

type AssigneeMode = 'any' | 'me' | 'unassigned' | 'user';

function assigneeMode(assignee: string): AssigneeMode {
  if (assignee === '') return 'any';
  if (assignee === ASSIGNEE_ME) return 'me';
  if (assignee === ASSIGNEE_UNASSIGNED) return 'unassigned';
  return 'user';
}

function DateRangeInputs({
  id,
  legend,
  range,
  onChange,
}: {
  id: string;
  legend: string;
  range: DateRange;
  onChange: (range: DateRange) => void;
}) {
  const t = useT();
  return (
    <fieldset className="task-filter__range task-filter__range--dates">
      <legend className="cds--label">{legend}</legend>
      <TextInput
        id={`${id}-from`}
        labelText={t('tasks.filter.from')}
        type="date"
        size="sm"
        value={range.from}
        onChange={(e) => onChange({ ...range, from: e.target.value })}
      />
      <TextInput
        id={`${id}-to`}
        labelText={t('tasks.filter.to')}
        type="date"
        size="sm"
        value={range.to}
        onChange={(e) => onChange({ ...range, to: e.target.value })}
      />
    </fieldset>
  );
}

/**
 * Edits a draft and applies it on submit, so typing does not send one search per keystroke.
 * Changing the sort applies at once, with the draft: it is a single choice, not typing. The sort sits
 * first so it is found without scrolling past every filter.
 */
// Memoized: the page re-renders with every answer of the list, the panel only when its inputs change.
export const TaskFilterPanel = memo(function TaskFilterPanel({
  filter,
  onApply,
  username,
  groups,
  tenants,
}: TaskFilterPanelProps) {
  const t = useT();
  const { intl, language } = useLanguageState();
  const [draft, setDraft] = useState(filter);
  const [mode, setMode] = useState<AssigneeMode>(assigneeMode(filter.assignee));
  const [appliedFrom, setAppliedFrom] = useState(filter);
  // The URL is the source of truth: when it changes (back button, deep link) the draft follows.
  if (appliedFrom !== filter) {
    setAppliedFrom(filter);
    setDraft(filter);
    setMode(assigneeMode(filter.assignee));
  }

  const set = <K extends keyof TaskFilter>(key: K, value: TaskFilter[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const priority = (value: string) => (value === '' ? null : Math.max(0, Math.min(100, Math.round(Number(value)))));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  // One search for sort and filters: a value typed but not yet applied is applied with the sort
  // instead of being thrown away (the URL would otherwise reset the draft).
  const applySort = (sort: TaskFilter['sort']) => onApply({ ...draft, sort });
  const pending = serializeTaskFilter(draft).toString() !== serializeTaskFilter(filter).toString();

  const setAssigneeMode = (next: AssigneeMode) => {
    setMode(next);
    if (next === 'any') set('assignee', '');
    if (next === 'me') set('assignee', ASSIGNEE_ME);
    if (next === 'unassigned') set('assignee', ASSIGNEE_UNASSIGNED);
    if (next === 'user') set('assignee', '');
  };

  return (
    <form className="task-filter" onSubmit={submit} aria-label={t('tasks.filter.formLabel')}>
      <fieldset className="task-filter__sort" aria-describedby="task-filter-sort-note">
        <legend className="cds--label">{t('tasks.filter.sort')}</legend>
        <div className="task-filter__sort-fields">
          <Select
            id="task-filter-sort-field"
            // Carbon keeps the select's title (its tooltip) from the first render: a new language remounts it.
            key={`task-filter-sort-field-${language}`}
            labelText={t('tasks.filter.sortBy')}
            size="sm"
            value={filter.sort.field}
            onChange={(e) => applySort({ ...filter.sort, field: e.target.value as SortField })}
          >
            {SORT_FIELDS.map((f) => (
              <SelectItem key={f} value={f} text={t(SORT_LABELS[f])} />
            ))}
          </Select>
          <Select
            id="task-filter-sort-order"
            key={`task-filter-sort-order-${language}`}
            labelText={t('tasks.filter.order')}
            size="sm"
            value={filter.sort.order}
            onChange={(e) => applySort({ ...filter.sort, order: e.target.value === 'ASC' ? 'ASC' : 'DESC' })}
          >
            <SelectItem value="DESC" text={t('tasks.filter.descending')} />
            <SelectItem value="ASC" text={t('tasks.filter.ascending')} />
          </Select>
        </div>
        <p id="task-filter-sort-note" className="task-filter__note">
          {t('tasks.filter.sortNote')}
        </p>
      </fieldset>

      <Select
        id="task-filter-state"
        key={`task-filter-state-${language}`}
        labelText={t('tasks.field.state')}
        size="sm"
        value={draft.state ?? 'any'}
        onChange={(e) => set('state', e.target.value === 'any' ? null : e.target.value)}
      >
        <SelectItem value="CREATED" text={t('tasks.filter.stateOpen')} />
        <SelectItem value="any" text={t('tasks.filter.stateAny')} />
        {USER_TASK_STATES.filter((s) => s !== 'CREATED').map((s) => (
          <SelectItem key={s} value={s} text={s} />
        ))}
        {draft.state !== null && !(USER_TASK_STATES as readonly string[]).includes(draft.state) ? (
          <SelectItem value={draft.state} text={draft.state} />
        ) : null}
      </Select>

      <Select
        id="task-filter-assignee-mode"
        key={`task-filter-assignee-mode-${language}`}
        labelText={t('tasks.field.assignee')}
        size="sm"
        value={mode}
        onChange={(e) => setAssigneeMode(e.target.value as AssigneeMode)}
      >
        <SelectItem value="any" text={t('tasks.filter.assigneeAny')} />
        {username ? <SelectItem value="me" text={t('tasks.filter.assigneeMe', { username })} /> : null}
        {!username && mode === 'me' ? <SelectItem value="me" text={t('tasks.filter.assigneeMeNoUser')} /> : null}
        <SelectItem value="unassigned" text={t('tasks.filter.assigneeUnassigned')} />
        <SelectItem value="user" text={t('tasks.filter.assigneeUser')} />
      </Select>
      {mode === 'user' ? (
        <TextInput
          id="task-filter-assignee"
          labelText={t('tasks.filter.assigneeUsername')}
          size="sm"
          value={draft.assignee}
          onChange={(e) => set('assignee', e.target.value)}
        />
      ) : null}

      <TextInput
        id="task-filter-candidate-group"
        labelText={t('tasks.filter.candidateGroup')}
        size="sm"
        list="task-filter-my-groups"
        helperText={groups.length > 0 ? t('tasks.filter.yourGroups', { groups: intl.formatList(groups) }) : undefined}
        value={draft.candidateGroup}
        onChange={(e) => set('candidateGroup', e.target.value)}
      />
      <datalist id="task-filter-my-groups">
        {groups.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <TextInput
        id="task-filter-candidate-user"
        labelText={t('tasks.filter.candidateUser')}
        size="sm"
        value={draft.candidateUser}
        onChange={(e) => set('candidateUser', e.target.value)}
      />
      <TextInput
        id="task-filter-process"
        labelText={t('tasks.filter.process')}
        size="sm"
        value={draft.processDefinitionId}
        onChange={(e) => set('processDefinitionId', e.target.value)}
      />
      <fieldset className="task-filter__range">
        <legend className="cds--label">{t('tasks.field.priorityRange')}</legend>
        <TextInput
          id="task-filter-priority-min"
          labelText={t('tasks.filter.min')}
          type="number"
          size="sm"
          min={0}
          max={100}
          value={draft.priorityMin ?? ''}
          onChange={(e) => set('priorityMin', priority(e.target.value))}
        />
        <TextInput
          id="task-filter-priority-max"
          labelText={t('tasks.filter.max')}
          type="number"
          size="sm"
          min={0}
          max={100}
          value={draft.priorityMax ?? ''}
          onChange={(e) => set('priorityMax', priority(e.target.value))}
        />
      </fieldset>
      <DateRangeInputs
        id="task-filter-due"
        legend={t('tasks.field.dueDate')}
        range={draft.due}
        onChange={(r) => set('due', r)}
      />
      <DateRangeInputs
        id="task-filter-follow-up"
        legend={t('tasks.field.followUpDate')}
        range={draft.followUp}
        onChange={(r) => set('followUp', r)}
      />
      <DateRangeInputs
        id="task-filter-created"
        legend={t('tasks.field.creationDate')}
        range={draft.created}
        onChange={(r) => set('created', r)}
      />
      <TextInput
        id="task-filter-tenant"
        labelText={t('tasks.field.tenant')}
        size="sm"
        list="task-filter-my-tenants"
        value={draft.tenantId}
        onChange={(e) => set('tenantId', e.target.value)}
      />
      <datalist id="task-filter-my-tenants">
        {tenants.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>

      <div className="task-filter__actions">
        <Button type="submit" size="sm" kind="primary">
          {t('tasks.filter.apply')}
        </Button>
        <Button
          type="button"
          size="sm"
          kind="ghost"
          onClick={() => onApply({ ...DEFAULT_TASK_FILTER, sort: filter.sort })}
        >
          {t('tasks.filter.reset')}
        </Button>
        {pending ? (
          <p className="task-filter__pending" data-testid="filters-pending">
            {t('tasks.filter.pending')}
          </p>
        ) : null}
      </div>
    </form>
  );
});
