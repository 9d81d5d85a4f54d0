// HTML of the demo provider's own pages: plain forms, visible labels, no inline script or style
// (the provider's CSP forbids both) and no external font, so they work offline.

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The sign-in page follows Lantern's language where it can: OIDC's `ui_locales`, else the browser's. */
export type LoginLanguage = 'en' | 'de';

const LOGIN_TEXTS = {
  en: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    wrongCredentials: 'Wrong username or password.',
    hint: (users: string) => `Demo users: ${users}. The passwords are listed by <code>npm start</code>.`,
    brand: 'Lantern demo identity provider',
  },
  de: {
    title: 'Anmelden',
    username: 'Benutzername',
    password: 'Passwort',
    submit: 'Anmelden',
    wrongCredentials: 'Benutzername oder Passwort ist falsch.',
    hint: (users: string) => `Demo-Benutzer: ${users}. Die Passwörter nennt <code>npm start</code>.`,
    brand: 'Lantern-Demo-Identitätsanbieter',
  },
} as const;

/** `ui_locales` (space-separated, OIDC Core §3.1.2.1) wins over `Accept-Language`; English otherwise. */
export function loginLanguage(uiLocales: unknown, acceptLanguage: string | undefined): LoginLanguage {
  const tags = [
    ...(typeof uiLocales === 'string' ? uiLocales.split(' ') : []),
    ...(acceptLanguage ?? '').split(',').map((part) => part.split(';')[0] ?? ''),
  ];
  for (const tag of tags) {
    const base = tag.trim().toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

export function wrongCredentialsText(language: LoginLanguage): string {
  return LOGIN_TEXTS[language].wrongCredentials;
}

function layout(title: string, body: string, script = '', language: LoginLanguage = 'en'): string {
  const brand = LOGIN_TEXTS[language].brand;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${brand}</title>
<link rel="stylesheet" href="/demo-assets/login.css">
${script}
</head>
<body>
<main class="card">
<p class="brand">${brand}</p>
${body}
</main>
</body>
</html>`;
}

export function renderLoginPage(input: {
  action: string;
  username: string;
  error: string | null;
  demoUsers: string[];
  language?: LoginLanguage;
}): string {
  const language = input.language ?? 'en';
  const text = LOGIN_TEXTS[language];
  const error = input.error ? `<p class="error" role="alert">${escapeHtml(input.error)}</p>` : '';
  return layout(
    text.title,
    `<h1>${text.title}</h1>
${error}
<form method="post" action="${escapeHtml(input.action)}" autocomplete="off">
<label for="username">${text.username}</label>
<input id="username" name="username" type="text" required autofocus autocapitalize="none" spellcheck="false" value="${escapeHtml(input.username)}">
<label for="password">${text.password}</label>
<input id="password" name="password" type="password" required>
<button type="submit">${text.submit}</button>
</form>
<p class="hint">${text.hint(escapeHtml(input.demoUsers.join(', ')))}</p>`,
    '',
    language,
  );
}

/**
 * RP-initiated logout without a confirmation click: the provider's form is submitted with
 * `logout=yes` by an external script (CSP-safe); without JavaScript a button is shown.
 */
export function renderLogoutPage(form: string): string {
  const confirmForm = form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>');
  return layout(
    'Signing out',
    `<h1>Signing out…</h1>
${confirmForm}
<noscript><button type="submit" form="op.logoutForm">Sign out</button></noscript>`,
    '<script src="/demo-assets/auto-submit.js" defer></script>',
  );
}

export function renderMessagePage(title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}

export function renderErrorPage(error: string, description: string): string {
  return layout(
    'Error',
    `<h1>Sign-in problem</h1><p class="error" role="alert">${escapeHtml(error)}</p><p>${escapeHtml(description)}</p>`,
  );
}

export const autoSubmitScript = `document.getElementById('op.logoutForm')?.submit();\n`;

export const loginStylesheet = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
.card { width: min(22rem, 90vw); padding: 2rem; border: 1px solid GrayText; border-radius: 4px; }
.brand { margin: 0 0 0.5rem; font-size: 0.875rem; color: GrayText; }
h1 { margin: 0 0 1rem; font-size: 1.5rem; font-weight: 400; }
form { display: grid; gap: 0.5rem; }
label { font-size: 0.875rem; }
input { padding: 0.5rem; font: inherit; border: 1px solid GrayText; border-radius: 2px; }
input:focus-visible, button:focus-visible { outline: 2px solid Highlight; outline-offset: 1px; }
button { margin-top: 0.75rem; padding: 0.625rem; font: inherit; border: 0; border-radius: 2px; background: #0f62fe; color: #fff; cursor: pointer; }
.error { padding: 0.5rem; border-left: 3px solid #da1e28; background: color-mix(in srgb, #da1e28 12%, Canvas); }
.hint { margin-top: 1rem; font-size: 0.75rem; color: GrayText; }
`;
