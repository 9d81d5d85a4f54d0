import type { Page } from '@playwright/test';

// Everything a page lets slip during a test: console lines, uncaught errors, dialogs (an injected
// `alert` would open one), CSP violations, and what "copy" buttons put on the clipboard.

export interface PageWatch {
  console: string[];
  dialogs: string[];
  /** Text of every navigation's URL, to prove no secret travels in a URL. */
  urls: string[];
  cspViolations(): Promise<string[]>;
  clipboard(): Promise<string[]>;
}

export async function watchPage(page: Page): Promise<PageWatch> {
  const watch = {
    console: [] as string[],
    dialogs: [] as string[],
    urls: [] as string[],
  };
  page.on('console', (message) => watch.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => watch.console.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => watch.urls.push(request.url()));
  // Init scripts come from the test harness, not the page, so CSP does not apply to them. Written
  // as a string because the e2e project is type-checked without the DOM library.
  await page.addInitScript(`(() => {
    window.__lanternCsp = [];
    window.__lanternClipboard = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__lanternCsp.push(e.violatedDirective + ' ' + e.blockedURI + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber : '') + (e.sample ? ' sample ' + e.sample : ''));
    });
    const clipboard = navigator.clipboard;
    if (clipboard) {
      Object.defineProperty(clipboard, 'writeText', {
        configurable: true,
        value: async (text) => { window.__lanternClipboard.push(String(text)); },
      });
    }
  })()`);
  return {
    ...watch,
    cspViolations: () => page.evaluate<string[]>('window.__lanternCsp || []'),
    clipboard: () => page.evaluate<string[]>('window.__lanternClipboard || []'),
  };
}
