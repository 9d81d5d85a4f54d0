import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './return-to.ts';

describe('safeReturnTo', () => {
  it('keeps a path inside the app, with its query', () => {
    expect(safeReturnTo('/c/helm/tasks?state=CREATED', 'helm')).toBe('/c/helm/tasks?state=CREATED');
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null])(
    'replaces %s with the cluster topology (no open redirect)',
    (value) => {
      expect(safeReturnTo(value, 'helm')).toBe('/c/helm/topology');
    },
  );

  it('never returns to the OIDC callback', () => {
    expect(safeReturnTo('/auth/callback?code=x', 'saas')).toBe('/c/saas/topology');
  });
});
