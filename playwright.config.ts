import { defineConfig } from '@playwright/test';
import { e2ePorts } from './e2e/support/ports.ts';

// Debian's Chromium, never a downloaded browser. The whole demo environment (Lantern on the
// production build, the demo clusters and the demo OIDC provider) runs on a private port
// range so a developer's `npm start` on the contract ports is never disturbed.
const ports = e2ePorts();
// Servers started by the suite (the webServer and the extra ones tests start) keep their
// per-request log lines to themselves; a failing test has its trace.
process.env.LANTERN_REQUEST_LOG ??= 'off';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: './e2e',
  testMatch: /.*\.spec\.ts/,
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: `http://localhost:${ports.lantern}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'node --import tsx demo/start.ts --e2e',
    url: `http://localhost:${ports.lantern}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { ...ports.env, LANTERN_REQUEST_LOG: process.env.LANTERN_REQUEST_LOG },
  },
});
