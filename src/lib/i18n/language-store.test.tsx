import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFormat } from './format.ts';
import { setLanguage } from './language-store.ts';
import { useT } from './use-t.ts';

function Probe({ anHourAgo }: { anHourAgo: number }) {
  const t = useT();
  const format = useFormat();
  const [count, setCount] = useState(0);
  return (
    <>
      <button onClick={() => setCount((c) => c + 1)}>{t('shell.nav.topology')}</button>
      <output>{count}</output>
      <p>{format.relative(anHourAgo)}</p>
    </>
  );
}

afterEach(async () => {
  await act(() => setLanguage('en'));
  window.localStorage.clear();
});

describe('switching the language', () => {
  it('changes texts, relative times and <html lang> but keeps component state, and is remembered', async () => {
    render(<Probe anHourAgo={Date.now() - 3_600_000} />);
    act(() => screen.getByRole('button', { name: 'Topology' }).click());
    expect(screen.getByText('1 hour ago')).toBeInTheDocument();

    await act(() => setLanguage('de'));

    expect(screen.getByRole('button', { name: 'Topologie' })).toBeInTheDocument();
    expect(screen.getByText('vor 1 Stunde')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1');
    expect(document.documentElement.lang).toBe('de');
    expect(window.localStorage.getItem('lantern.language')).toBe('de');
  });
});
