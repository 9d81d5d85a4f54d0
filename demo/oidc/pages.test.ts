import { describe, expect, it } from 'vitest';
import { loginLanguage, renderLoginPage } from './pages.ts';

describe('the demo sign-in page language', () => {
  it('follows ui_locales first, then the browser, else English', () => {
    expect(loginLanguage('de en', 'en-US,en;q=0.9')).toBe('de');
    expect(loginLanguage(undefined, 'de-DE,de;q=0.9,en;q=0.8')).toBe('de');
    expect(loginLanguage('fr', 'en-GB')).toBe('en');
    expect(loginLanguage(undefined, undefined)).toBe('en');
  });

  it('renders German labels and lang="de" for a German reader, and escapes the demo user names', () => {
    const html = renderLoginPage({
      action: '/i/1/login',
      username: '',
      error: null,
      demoUsers: ['<anna>'],
      language: 'de',
    });
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<label for="username">Benutzername</label>');
    expect(html).toContain('<button type="submit">Anmelden</button>');
    expect(html).toContain('&#60;anna&#62;');
    expect(html).not.toMatch(/Sign in|Username|Password/);
  });
});
