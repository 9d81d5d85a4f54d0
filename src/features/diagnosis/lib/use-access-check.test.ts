import { describe, expect, it } from 'vitest';
import { accessCheckCapabilities } from '../../../lib/authz/catalogue-capabilities.ts';
import { capabilityById, type Capability, probeRequest } from '../../../lib/authz/capabilities.ts';
import { OPERATION_CATALOGUE } from '../../../lib/catalogue/operation-catalogue.ts';
import { msg } from '../../../lib/i18n/message.ts';
import { englishT, germanT } from '../../../testing/translate.ts';
import { type ProbeRow, type ProbeSender, runProbes, verdictFor } from './use-access-check.ts';

/** A cell's reason in English words, as the matrix shows it. */
function reasonOf(cell: ReturnType<typeof verdictFor>): string {
  return cell === 'pending' ? 'pending' : englishT.message(cell.reason);
}

function cap(id: string): Capability {
  const found = capabilityById(id);
  if (!found) throw new Error(id);
  return found;
}

describe('verdictFor (one cell of the access matrix)', () => {
  it('never probes writes: without authorization data they stay unknown, with it they are evaluated', () => {
    const write = cap('assign-user-task');
    const unknown = verdictFor(write, '8.9', undefined, null, false);
    expect(unknown).toMatchObject({ verdict: 'unknown', source: 'authorizations' });
    expect(reasonOf(unknown)).toBe(
      'Writes are never probed, and this caller cannot read the authorizations to evaluate it.',
    );
    const evaluated = {
      verdict: 'denied' as const,
      reason: msg('capabilities.reason.nothingGrants', { needs: 'X' }),
      source: 'authorizations' as const,
    };
    expect(verdictFor(write, '8.9', undefined, evaluated, false)).toBe(evaluated);
  });

  it('shows a probe as pending while the check runs, and its interpretation once answered', () => {
    const search = cap('search-user-tasks');
    expect(verdictFor(search, '8.9', undefined, null, true)).toBe('pending');
    const answered = verdictFor(
      search,
      '8.9',
      {
        capability: search,
        path: search.path,
        outcome: { kind: 'response', status: 200, body: { items: [] } },
        requestId: 'r',
        durationMs: 5,
      },
      null,
      false,
    );
    expect(answered !== 'pending' && answered.verdict).toBe('filtered-empty');
  });

  it('on an unprotected API: writes are allowed without probing, and /me answering 401 is not a sign-in failure', () => {
    const write = cap('create-authorizations');
    expect(verdictFor(write, '8.8', undefined, null, false, true)).toMatchObject({ verdict: 'allowed' });
    const me = cap('read-own-identity');
    const row = {
      capability: me,
      path: me.path,
      outcome: { kind: 'response' as const, status: 401 },
      requestId: 'r',
      durationMs: 3,
    };
    const cell = verdictFor(me, '8.8', row, null, false, true);
    expect(reasonOf(cell)).toBe(
      'No identity to read: callers of an unprotected API are anonymous, so this answers 401.',
    );
    // A protected cluster's 401 still reads as a rejected credential.
    const signedOut = verdictFor(me, '8.8', row, null, false, false);
    expect(reasonOf(signedOut)).toContain('did not accept the credentials');
  });

  it('on an unprotected API an empty search is allowed: nothing filters there', () => {
    const search = cap('search-user-tasks');
    const row = {
      capability: search,
      path: search.path,
      outcome: { kind: 'response' as const, status: 200, body: { items: [] } },
      requestId: 'r',
      durationMs: 4,
    };
    expect(verdictFor(search, '8.8', row, null, false, true)).toMatchObject({ verdict: 'allowed' });
  });

  it('a read by key whose search showed nothing is judged from the grants, and says why no probe was sent', () => {
    const byKey = accessCheckCapabilities(OPERATION_CATALOGUE, '8.9').find((c) => c.operationId === 'getIncident');
    if (!byKey) throw new Error('getIncident');
    const evaluated = {
      verdict: 'denied' as const,
      reason: msg('capabilities.reason.nothingGrants', { needs: 'READ' }),
      source: 'authorizations' as const,
    };
    const skipped = {
      capability: byKey,
      path: null,
      outcome: {
        kind: 'skipped' as const,
        reason: msg('access.probe.noKeyEmpty', {
          noun: msg('capabilities.noun.parameter', { words: 'incident', param: 'incidentKey' }),
        }),
      },
      requestId: null,
      durationMs: null,
    };
    const cell = verdictFor(byKey, '8.9', skipped, evaluated, false);
    expect(cell !== 'pending' && cell.verdict).toBe('denied');
    expect(reasonOf(cell)).toBe(
      'No incident visible to probe with (the search for one came back empty). Nothing grants READ.',
    );
    expect(cell !== 'pending' && germanT.message(cell.reason)).toBe(
      'Für die Prüfanfrage fehlt ein sichtbares Ziel (`incidentKey`): Die Suche danach kam leer zurück. Nichts erteilt READ.',
    );
    const unknown = verdictFor(byKey, '8.9', skipped, null, false);
    expect(unknown !== 'pending' && unknown.verdict).toBe('unknown');
  });

  it("words a probed read by key's 403 from the catalogue once it has loaded", () => {
    const byKey = accessCheckCapabilities(OPERATION_CATALOGUE, '8.9').find(
      (c) => c.operationId === 'getProcessInstance',
    );
    if (!byKey) throw new Error('getProcessInstance');
    // A proxy in front of the cluster that refuses with an empty body: the text names nothing.
    const refused = {
      capability: byKey,
      path: '/v2/process-instances/2251799813690001',
      outcome: { kind: 'response' as const, status: 403, problem: { status: 403 } },
      requestId: 'r',
      durationMs: 4,
    };
    const withCatalogue = verdictFor(byKey, '8.9', refused, null, false, false, OPERATION_CATALOGUE);
    expect(withCatalogue !== 'pending' && withCatalogue.verdict).toBe('denied');
    expect(reasonOf(withCatalogue)).toContain(
      "Lantern's operation catalogue says `getProcessInstance` on Camunda 8.9 needs",
    );
    expect(reasonOf(withCatalogue)).toContain('READ_PROCESS_INSTANCE');
    const textOnly = verdictFor(byKey, '8.9', refused, null, false);
    expect(reasonOf(textOnly)).not.toContain('catalogue');
  });
});

describe('runProbes (the access check run)', () => {
  const list = accessCheckCapabilities(OPERATION_CATALOGUE, '8.9');

  function fakeCluster(visible: Record<string, Record<string, string>>) {
    const sent: { method: string; path: string; at: number }[] = [];
    let clock = 0;
    const send: ProbeSender = async (capability, params) => {
      const request = probeRequest(capability, params);
      if (!request) throw new Error(`no request for ${capability.id}`);
      sent.push({ method: request.method, path: request.path, at: clock++ });
      await Promise.resolve();
      const item = request.path.endsWith('/search') ? visible[request.path] : undefined;
      const body = request.path.endsWith('/search') ? { items: item ? [item] : [] } : { ok: true };
      return { outcome: { kind: 'response', status: 200, body }, requestId: `r${sent.length}` };
    };
    return { send, sent };
  }

  it('probes a read by key with the key its search returned, and only reads', async () => {
    const { send, sent } = fakeCluster({
      '/v2/process-instances/search': { processInstanceKey: '2251799813690001' },
      '/v2/user-tasks/search': { userTaskKey: '2251799813685281' },
    });
    const rows: ProbeRow[] = [];
    await runProbes(list, send, (row) => rows.push(row));
    const paths = sent.map((s) => `${s.method} ${s.path}`);
    expect(paths).toContain('GET /v2/process-instances/2251799813690001');
    expect(paths).toContain('GET /v2/process-instances/2251799813690001/sequence-flows');
    expect(paths).toContain('GET /v2/user-tasks/2251799813685281/form');
    expect(sent.every((s) => s.method === 'GET' || (s.method === 'POST' && s.path.endsWith('/search')))).toBe(true);
    // Every probeable row gets exactly one answer.
    expect(rows).toHaveLength(list.filter((c) => c.probe !== null).length);
    const instance = rows.find((r) => r.capability.operationId === 'getProcessInstance');
    expect(instance).toMatchObject({ path: '/v2/process-instances/2251799813690001', outcome: { status: 200 } });
  });

  it('sends a read by key right after its own search, not after the whole first wave', async () => {
    const { send, sent } = fakeCluster({ '/v2/process-instances/search': { processInstanceKey: '7' } });
    await runProbes(list, send, () => undefined);
    const firstWave = sent.filter((s) => !/\/\d+(?:\/|$)/.test(s.path)).length;
    const keyed = sent.find((s) => s.path === '/v2/process-instances/7');
    expect(keyed).toBeDefined();
    // All first-wave probes go out at once (the key's search among them); the keyed one follows.
    expect(keyed?.at).toBeGreaterThanOrEqual(firstWave);
  });

  it('sends no read by key when its search shows nothing, and says so', async () => {
    const { send, sent } = fakeCluster({});
    const rows: ProbeRow[] = [];
    await runProbes(list, send, (row) => rows.push(row));
    expect(sent.some((s) => /\/v2\/incidents\/[^/]+$/.test(s.path) && s.method === 'GET')).toBe(false);
    const incident = rows.find((r) => r.capability.operationId === 'getIncident');
    const outcome = incident?.outcome;
    expect(outcome?.kind).toBe('skipped');
    expect(outcome?.kind === 'skipped' && englishT.message(outcome.reason)).toBe(
      'No incident visible to probe with (the search for one came back empty).',
    );
  });
});
