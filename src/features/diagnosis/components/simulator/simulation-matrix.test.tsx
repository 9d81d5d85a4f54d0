import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../../../lib/catalogue/types.ts';
import { msg } from '../../../../lib/i18n/message.ts';
import type { MatrixResult } from '../../lib/simulate-matrix.ts';
import { MatrixTable, ROW_BATCH } from './simulation-matrix.tsx';

afterEach(cleanup);

const operations = ['createProcessInstance', 'completeJob'].map(
  (operationId) => ({ operationId, method: 'POST', path: `/${operationId}` }) as unknown as CatalogueEntry,
);

function resultOf(count: number): MatrixResult {
  const principals = Array.from({ length: count }, (_, index) => ({ type: 'USER' as const, id: `user-${index}` }));
  return {
    principals,
    operations,
    cells: principals.map(() =>
      operations.map(() => ({ verdict: 'denied' as const, sentence: msg('simulator.result.noNearMiss') })),
    ),
  };
}

describe('MatrixTable', () => {
  // Laying out 200 rows of verdict tags at once blocked the page for several hundred ms on a loaded machine.
  it(
    'adds the rows in batches, so no single render lays out the whole table, and ends with the first 200',
    {
      timeout: 15_000,
    },
    async () => {
      render(<MatrixTable result={resultOf(1000)} />);
      expect(screen.getByRole('status')).toHaveTextContent('Showing 200 of 1,000 principals; the CSV has all of them.');
      const table = screen.getByRole('table');
      // Counted by element: role queries over 200 rows are too slow for jsdom to poll.
      expect(table.querySelectorAll('tr')).toHaveLength(ROW_BATCH + 1);
      await waitFor(() => expect(table.querySelectorAll('tr')).toHaveLength(201), { timeout: 10_000 });
      expect(table.querySelector('tbody tr:last-child')).toHaveTextContent('user-199');
    },
  );

  it('shows every row of a small matrix', () => {
    render(<MatrixTable result={resultOf(3)} />);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4);
  });
});
