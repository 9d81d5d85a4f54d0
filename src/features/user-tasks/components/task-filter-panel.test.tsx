import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TASK_FILTER, type TaskFilter } from '../lib/task-filter.ts';
import { TaskFilterPanel } from './task-filter-panel.tsx';

afterEach(cleanup);

function renderPanel(filter: TaskFilter = DEFAULT_TASK_FILTER) {
  const onApply = vi.fn<(filter: TaskFilter) => void>();
  render(<TaskFilterPanel filter={filter} onApply={onApply} username="anna" groups={['accounting']} tenants={[]} />);
  return onApply;
}

describe('the queue filter panel', () => {
  it('applies a typed, not yet applied filter together with a new sort instead of dropping it', async () => {
    const onApply = renderPanel();
    await userEvent.type(screen.getByLabelText('Candidate group'), 'accounting');
    expect(screen.getByText('Not applied yet')).toBeInTheDocument();
    expect(onApply).not.toHaveBeenCalled();

    await userEvent.selectOptions(screen.getByLabelText('Sort by'), 'priority');

    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply.mock.calls[0]![0]).toEqual({
      ...DEFAULT_TASK_FILTER,
      candidateGroup: 'accounting',
      sort: { field: 'priority', order: 'DESC' },
    });
  });

  it('puts the sort before every filter field', () => {
    renderPanel();
    const fields = [...document.querySelectorAll('select, input')].map((el) => el.id);
    expect(fields.slice(0, 2)).toEqual(['task-filter-sort-field', 'task-filter-sort-order']);
  });

  it('says nothing is pending once the draft equals the applied filter', async () => {
    renderPanel({ ...DEFAULT_TASK_FILTER, candidateGroup: 'accounting' });
    expect(screen.queryByText('Not applied yet')).not.toBeInTheDocument();
    const field = screen.getByLabelText('Candidate group');
    await userEvent.type(field, 'x');
    expect(screen.getByText('Not applied yet')).toBeInTheDocument();
    await userEvent.type(field, '{Backspace}');
    expect(screen.queryByText('Not applied yet')).not.toBeInTheDocument();
  });
});
