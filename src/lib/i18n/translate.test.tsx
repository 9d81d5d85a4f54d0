import { render, screen } from '@testing-library/react';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { msg } from './message.ts';
import { translateWith } from './translate.ts';

const intl = createIntl({
  locale: 'de',
  defaultLocale: 'en',
  messages: {
    'shell.nav.topology': '{count, plural, one {# Broker} other {# Broker}} und {noun}',
    'shell.nav.tasks': 'Benutzeraufgabe',
    'shell.nav.access': 'Vergeben Sie <code>{permission}</code> auf {noun}',
  },
});
const t = translateWith(intl);

describe('translate', () => {
  it('words a descriptor whose values are descriptors themselves, in the same language', () => {
    expect(t.message(msg('shell.nav.topology', { count: 1, noun: msg('shell.nav.tasks') }))).toBe(
      '1 Broker und Benutzeraufgabe',
    );
  });

  it('keeps markup inside one sentence with rich values', () => {
    render(
      <p data-testid="rich">
        {t.rich('shell.nav.access', {
          permission: 'READ',
          noun: 'Prozessen',
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>,
    );
    expect(screen.getByTestId('rich')).toHaveTextContent('Vergeben Sie READ auf Prozessen');
    expect(screen.getByText('READ').tagName).toBe('CODE');
  });
});
