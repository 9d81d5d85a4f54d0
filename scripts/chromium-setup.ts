// What `npm test` does when the browser for the end-to-end tests is missing. Lantern's tests run on
// Debian's Chromium, never on a browser Playwright downloads; on a fresh Debian machine the README's
// two commands must be all the set-up, so the first step of `npm test` installs the package when it
// may do so without asking anyone, and otherwise stops before any test with the one command to run.

export const defaultChromiumPath = '/usr/bin/chromium';

/** The Debian packages: the browser, and a font so that text has a size in screenshots and layout checks. */
export const debianPackages = ['chromium', 'fonts-dejavu-core'] as const;

export interface ChromiumSetupFacts {
  /** CHROMIUM_PATH from the environment, if set and not blank. */
  configuredPath: string | undefined;
  /** Whether the path (the configured one, or /usr/bin/chromium) is an executable file. */
  browserPresent: boolean;
  /** Whether apt-get exists, i.e. this is Debian or a relative. */
  hasAptGet: boolean;
  /** Running as root (uid 0), as in a container or CI. */
  isRoot: boolean;
  /** `sudo -n true` succeeded: sudo works without a password prompt. */
  hasPasswordlessSudo: boolean;
}

export type ChromiumSetupDecision =
  | { kind: 'ready'; path: string }
  | { kind: 'install'; path: string; commands: string[][] }
  | { kind: 'stop'; message: string };

function aptCommands(prefix: string[]): string[][] {
  return [
    [...prefix, 'apt-get', 'update', '-qq'],
    [...prefix, 'apt-get', 'install', '-y', '-qq', ...debianPackages],
  ];
}

/** The command a person runs, as printed when `npm test` stops. */
export const manualInstallCommand = `sudo apt-get update && sudo apt-get install -y ${debianPackages.join(' ')}`;

export function decideChromiumSetup(facts: ChromiumSetupFacts): ChromiumSetupDecision {
  const path = facts.configuredPath ?? defaultChromiumPath;
  if (facts.browserPresent) return { kind: 'ready', path };

  if (facts.configuredPath !== undefined) {
    // The person chose a browser elsewhere; installing Debian's would not put one there.
    return {
      kind: 'stop',
      message: `CHROMIUM_PATH is ${facts.configuredPath}, but there is no executable browser there. Point CHROMIUM_PATH at Chromium, or unset it to use Debian's ${defaultChromiumPath}.`,
    };
  }
  if (!facts.hasAptGet) {
    return {
      kind: 'stop',
      message: `The end-to-end tests need Chromium at ${defaultChromiumPath}, and this machine has no apt-get to install it. Install Chromium and run the tests with CHROMIUM_PATH=/path/to/chromium.`,
    };
  }
  if (facts.isRoot) return { kind: 'install', path, commands: aptCommands([]) };
  if (facts.hasPasswordlessSudo) return { kind: 'install', path, commands: aptCommands(['sudo', '-n']) };
  return {
    kind: 'stop',
    message: `The end-to-end tests need Debian's Chromium at ${defaultChromiumPath}. Install it once, then run npm test again:\n\n  ${manualInstallCommand}\n`,
  };
}
