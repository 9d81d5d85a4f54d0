import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadWithoutExpectedRuntimeWarning, unsupportedRuntimeWarning } from './expected-runtime-warning.ts';

const runtimeLine = `${unsupportedRuntimeWarning} Use Node.js v22.x LTS, or a later LTS release.`;

function loaderThatWarns(...lines: string[]) {
  return () => {
    for (const line of lines) console.warn(line);
    return Promise.resolve('module');
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the expected oidc-provider runtime warning', () => {
  it('is dropped on Node 20 LTS, while other warnings still print', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loaded = await loadWithoutExpectedRuntimeWarning(
      loaderThatWarns(runtimeLine, `\x1b[31;1m${runtimeLine}\x1b[0m`, 'oidc-provider WARNING: something else'),
      { lts: 'Iron' },
    );
    expect(loaded).toBe('module');
    expect(warn.mock.calls).toEqual([['oidc-provider WARNING: something else']]);
  });

  it('still prints on a runtime where it is real (no LTS, or another line)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await loadWithoutExpectedRuntimeWarning(loaderThatWarns(runtimeLine), {});
    await loadWithoutExpectedRuntimeWarning(loaderThatWarns(runtimeLine), { lts: 'Hydrogen' });
    expect(warn.mock.calls).toEqual([[runtimeLine], [runtimeLine]]);
  });

  it('gives console.warn back once loading is done, also when loading fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(
      loadWithoutExpectedRuntimeWarning(() => Promise.reject(new Error('no module')), { lts: 'Iron' }),
    ).rejects.toThrow('no module');
    console.warn(runtimeLine);
    expect(warn.mock.calls).toEqual([[runtimeLine]]);
  });
});
