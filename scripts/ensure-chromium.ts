import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { type ChromiumSetupFacts, decideChromiumSetup, defaultChromiumPath } from './chromium-setup.ts';

// First step of `npm test` (and of `npm run test:e2e` / `npm run bench`): makes sure Debian's Chromium
// is there before any test starts. The rules are in chromium-setup.ts.

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function gatherFacts(): ChromiumSetupFacts {
  const configuredPath = process.env.CHROMIUM_PATH?.trim() || undefined;
  const browserPresent = isExecutableFile(configuredPath ?? defaultChromiumPath);
  const isRoot = process.getuid?.() === 0;
  // Only asked when it matters: probing sudo on every test run would be noise.
  const hasPasswordlessSudo =
    !browserPresent && !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  return {
    configuredPath,
    browserPresent,
    hasAptGet: isExecutableFile('/usr/bin/apt-get'),
    isRoot,
    hasPasswordlessSudo,
  };
}

const decision = decideChromiumSetup(gatherFacts());
if (decision.kind === 'stop') {
  process.stderr.write(`\n${decision.message}\n`);
  process.exit(1);
}
if (decision.kind === 'install') {
  process.stdout.write(
    `Installing Debian's chromium for the end-to-end tests (Playwright never downloads a browser)…\n`,
  );
  for (const [command, ...args] of decision.commands) {
    const result = spawnSync(command!, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      process.stderr.write(`\n${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal}).\n`);
      process.exit(1);
    }
  }
  if (!isExecutableFile(decision.path)) {
    process.stderr.write(`\napt-get finished, but there is still no browser at ${decision.path}.\n`);
    process.exit(1);
  }
}
