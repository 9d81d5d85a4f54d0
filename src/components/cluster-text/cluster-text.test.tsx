import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { neutralizeBidi, splitBidiControls } from '../../lib/format/bidi-controls.ts';
import { ClusterText } from './cluster-text.tsx';

// "evil" written as RLO + "live": a browser that obeys the override shows "evil" reversed… as "live".
const spoofed = 'Approve \u202Elive\u202C payment';

afterEach(cleanup);

describe('bidi controls in cluster text', () => {
  it('are drawn as named markers, never applied', () => {
    render(
      <p data-testid="shown">
        <ClusterText text={spoofed} />
      </p>,
    );
    const shown = screen.getByTestId('shown');
    expect(shown.textContent).toBe('Approve RLOlivePDF payment');
    expect(shown.textContent).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(screen.getByTitle(/U\+202E \(RLO\)/)).toHaveTextContent('RLO');
  });

  it('covers embeddings, overrides, isolates and the two marks', () => {
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F';
    expect(neutralizeBidi(`a${all}b`)).toBe('a[LRE][RLE][PDF][LRO][RLO][LRI][RLI][FSI][PDI][LRM][RLM]b');
    expect(splitBidiControls('plain')).toEqual([{ kind: 'text', text: 'plain' }]);
  });
});
