import { describe, expect, it } from 'vitest';
import { type ChromiumSetupFacts, decideChromiumSetup, manualInstallCommand } from './chromium-setup.ts';

const freshDebianUser: ChromiumSetupFacts = {
  configuredPath: undefined,
  browserPresent: false,
  hasAptGet: true,
  isRoot: false,
  hasPasswordlessSudo: false,
};

describe('getting the browser before npm test', () => {
  it('goes on without a word when Chromium is there', () => {
    expect(decideChromiumSetup({ ...freshDebianUser, browserPresent: true })).toEqual({
      kind: 'ready',
      path: '/usr/bin/chromium',
    });
    expect(
      decideChromiumSetup({ ...freshDebianUser, configuredPath: '/opt/chromium/chrome', browserPresent: true }),
    ).toEqual({ kind: 'ready', path: '/opt/chromium/chrome' });
  });

  it('installs Debian’s chromium with apt-get when running as root (container, CI)', () => {
    expect(decideChromiumSetup({ ...freshDebianUser, isRoot: true })).toEqual({
      kind: 'install',
      path: '/usr/bin/chromium',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'],
      ],
    });
  });

  it('installs through sudo when sudo needs no password, never prompting in the middle of a test run', () => {
    const decision = decideChromiumSetup({ ...freshDebianUser, hasPasswordlessSudo: true });
    expect(decision).toMatchObject({ kind: 'install' });
    expect(decision.kind === 'install' && decision.commands.every((c) => c[0] === 'sudo' && c[1] === '-n')).toBe(true);
  });

  it('otherwise stops with the exact command to run', () => {
    const decision = decideChromiumSetup(freshDebianUser);
    expect(decision.kind).toBe('stop');
    expect(decision.kind === 'stop' && decision.message).toContain(
      'sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core',
    );
    expect(manualInstallCommand).toBe('sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core');
  });

  it('does not install over a CHROMIUM_PATH that points elsewhere, even as root', () => {
    const decision = decideChromiumSetup({ ...freshDebianUser, isRoot: true, configuredPath: '/opt/chrome/chrome' });
    expect(decision.kind).toBe('stop');
    expect(decision.kind === 'stop' && decision.message).toContain('CHROMIUM_PATH is /opt/chrome/chrome');
  });

  it('without apt-get, asks for Chromium and CHROMIUM_PATH instead of a Debian command', () => {
    const decision = decideChromiumSetup({ ...freshDebianUser, hasAptGet: false, isRoot: true });
    expect(decision.kind).toBe('stop');
    expect(decision.kind === 'stop' && decision.message).toContain('CHROMIUM_PATH=/path/to/chromium');
    expect(decision.kind === 'stop' && decision.message).not.toContain('apt-get install');
  });
});
