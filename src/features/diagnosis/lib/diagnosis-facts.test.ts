import { afterEach, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../../../lib/api/request-log.ts';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import { connectBasic, connectToken } from '../../../testing/connect.ts';
import { helmCluster, saasCluster } from '../../../testing/cluster-fixtures.ts';
import { englishT, germanT } from '../../../testing/translate.ts';
import {
  decodeFacts,
  diagnosisFacts,
  encodeFacts,
  factsFromLogEntry,
  MAX_FRAGMENT_LENGTH,
  shareLink,
} from './diagnosis-facts.ts';
import { knownSecretsFor } from './known-secrets.ts';

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJlLXNpZ25hdHVyZQ`;
}

/** A logged 403 whose headers, body and problem detail all carry the credential that was used. */
function loggedDenial(authorization: string, echoed: string): RequestLogEntry {
  return {
    requestId: 'r-1',
    clusterId: 'helm',
    method: 'POST',
    path: '/v2/user-tasks/2251799813685300/assignment?access_token=leaky-query-token',
    query: { access_token: 'leaky-query-token' },
    requestBody: { assignee: 'ron', password: 'body-secret' },
    status: 403,
    durationMs: 12,
    startedAt: Date.parse('2026-11-29T10:00:00Z'),
    requestHeaders: { Authorization: authorization, Cookie: 'lantern-session=abc' },
    problem: {
      title: 'FORBIDDEN',
      status: 403,
      detail: `Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]' (sent ${echoed})`,
    },
    responseDate: null,
    errorKind: null,
    errorMessage: null,
  };
}

function decodedText(fragment: string): string {
  const encoded = new URLSearchParams(fragment).get('f') ?? '';
  return atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
}

function errorOf(fragment: string): string {
  const decoded = decodeFacts(fragment);
  return decoded && !decoded.ok ? englishT.message(decoded.error) : `decoded: ${JSON.stringify(decoded)}`;
}

describe('share link facts', () => {
  afterEach(() => resetConnectionsForTests());

  it('carry no part of a Basic credential, even one echoed into the problem detail, and round-trip', async () => {
    connectBasic(helmCluster, 'ron', 's3cret-pass');
    const secrets = await knownSecretsFor('helm');
    const entry = loggedDenial(
      `Basic ${btoa('ron:s3cret-pass')}`,
      `Basic ${btoa('ron:s3cret-pass')} / ron:s3cret-pass`,
    );
    const facts = factsFromLogEntry(
      entry,
      { principal: { type: 'USER', id: 'ron' }, hints: { processDefinitionId: 'invoice' } },
      secrets,
    );
    const fragment = encodeFacts(facts);
    const text = decodedText(fragment);
    for (const secret of [...secrets, 's3cret-pass', 'body-secret', 'leaky-query-token', 'lantern-session']) {
      expect(text).not.toContain(secret);
    }
    expect(decodeFacts(`#${fragment}`)).toEqual({ ok: true, facts });
    expect(facts).toMatchObject({
      clusterId: 'helm',
      method: 'POST',
      path: '/v2/user-tasks/2251799813685300/assignment',
      status: 403,
      title: 'FORBIDDEN',
      principal: { type: 'USER', id: 'ron' },
      hints: { userTaskKey: '2251799813685300', processDefinitionId: 'invoice' },
      at: '2026-11-29T10:00:00.000Z',
    });
    expect(facts.detail).toContain("operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION'");
  });

  it('carry no bearer token, even one echoed into the problem detail', async () => {
    const token = jwt({ sub: 'worker-client', azp: 'worker-client', exp: 4102444800 });
    connectToken(saasCluster, token);
    const secrets = await knownSecretsFor('saas');
    expect(secrets).toContain(token);
    const facts = factsFromLogEntry(
      { ...loggedDenial(`Bearer ${token}`, `Bearer ${token}`), clusterId: 'saas' },
      { principal: { type: 'CLIENT', id: 'worker-client' } },
      secrets,
    );
    const text = decodedText(encodeFacts(facts));
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.split('.')[1]);
    expect(text).not.toContain('Bearer ey');
    expect(text).toContain('worker-client');
  });

  it('keep non-Latin text intact through the link', () => {
    const facts = diagnosisFacts({
      clusterId: 'saas',
      detail: "Insufficient permissions to perform operation 'READ' on resource 'RESOURCE' — Übersicht ✓",
      principal: { type: 'GROUP', id: 'Buchhaltung' },
    });
    const link = shareLink('https://lantern.example', facts);
    expect(link.startsWith('https://lantern.example/c/saas/access/explain#f=')).toBe(true);
    expect(decodeFacts(new URL(link).hash)).toEqual({ ok: true, facts });
  });

  it('cut long problem texts so the link stays under the cap', () => {
    const facts = diagnosisFacts({ clusterId: 'helm', detail: 'x'.repeat(20_000), title: 'y'.repeat(20_000) });
    expect(facts.detail?.length).toBe(1500);
    expect(encodeFacts(facts).length).toBeLessThan(MAX_FRAGMENT_LENGTH);
  });

  it('explain what is wrong with a malformed link', () => {
    expect(decodeFacts('')).toBeNull();
    expect(decodeFacts('#section-2')).toBeNull();
    expect(errorOf('#f=%%%not-base64')).toContain('damaged');
    const wrongVersion = btoa(JSON.stringify({ v: 7 }));
    expect(errorOf(`#f=${wrongVersion}`)).toContain('another Lantern version');
    const good = diagnosisFacts({ clusterId: 'helm', status: 403 });
    const bad = btoa(JSON.stringify({ ...good, status: 'forbidden' }));
    expect(errorOf(`#f=${bad}`)).toBe('The link is damaged: status is not valid. Ask for the link again.');
    const decoded = decodeFacts(`#f=${bad}`);
    expect(decoded && !decoded.ok && germanT.message(decoded.error)).toBe(
      'Der Link ist beschädigt: status ist ungültig. Bitten Sie den Absender um einen neuen Link.',
    );
    const extra = btoa(JSON.stringify({ ...good, headers: { Authorization: 'Basic x' } }));
    expect(errorOf(`#f=${extra}`)).toContain('damaged');
    expect(errorOf(`#f=${'A'.repeat(MAX_FRAGMENT_LENGTH)}`)).toBe(
      'The link is too long (6,002 characters, at most 6,000).',
    );
  });
});
