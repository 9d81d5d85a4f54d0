// oidc-provider 9 prints "Unsupported runtime" when it is loaded on a Node.js release older than
// 22 LTS ("Jod"). Lantern supports Node 20.19+ (package.json engines), and on Node 20 LTS ("Iron") the
// demo provider's own tests pass, so on that one release line the warning is expected and says nothing
// a newcomer can act on (README, "What npm prints"). On any other runtime (a non-LTS release, Deno,
// Bun) it is real and stays.

export const unsupportedRuntimeWarning = 'oidc-provider WARNING: Unsupported runtime.';

interface NodeRelease {
  lts?: string | undefined;
}

/** Runs `load` (the import of oidc-provider) with that one warning dropped when it is expected. */
export async function loadWithoutExpectedRuntimeWarning<T>(
  load: () => Promise<T>,
  release: NodeRelease = process.release,
): Promise<T> {
  if (release.lts !== 'Iron') return load();
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    // oidc-provider colours the line when stderr is a terminal, so the text is matched inside it.
    if (args.length === 1 && typeof args[0] === 'string' && args[0].includes(unsupportedRuntimeWarning)) return;
    warn(...args);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}
