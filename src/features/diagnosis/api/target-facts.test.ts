import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPERATION_CATALOGUE } from '../../../lib/catalogue/operation-catalogue.ts';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import { connectBasic } from '../../../testing/connect.ts';
import { helmCluster } from '../../../testing/cluster-fixtures.ts';
import { jsonResponse, problemResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import { fetchTargetFacts, targetLookupOf } from './target-facts.ts';

const JOB = '2251799813690001';

describe('targetLookupOf: which search finds the process of a refused request', () => {
  it.each([
    ['POST', `/v2/jobs/${JOB}/completion`, 'jobKey', '/v2/jobs/search'],
    ['POST', `/v2/jobs/${JOB}/failure`, 'jobKey', '/v2/jobs/search'],
    ['POST', '/v2/process-instances/42/cancellation', 'processInstanceKey', '/v2/process-instances/search'],
    ['GET', '/v2/process-instances/42', 'processInstanceKey', '/v2/process-instances/search'],
    ['POST', '/v2/incidents/42/resolution', 'incidentKey', '/v2/incidents/search'],
    ['GET', '/v2/element-instances/42', 'elementInstanceKey', '/v2/element-instances/search'],
    ['GET', '/v2/variables/42', 'variableKey', '/v2/variables/search'],
  ])('%s %s → search %s', (method, path, param, searchPath) => {
    expect(targetLookupOf(OPERATION_CATALOGUE, method, path)).toMatchObject({ param, searchPath });
  });

  it('needs no lookup when the request names its resource, or for a user task (read with the task)', () => {
    expect(targetLookupOf(OPERATION_CATALOGUE, 'POST', '/v2/process-instances')).toBeNull();
    expect(targetLookupOf(OPERATION_CATALOGUE, 'GET', '/v2/groups/eng')).toBeNull();
    expect(targetLookupOf(OPERATION_CATALOGUE, 'POST', '/v2/user-tasks/42/completion')).toBeNull();
    // An operation picked on Explain without its key: the placeholder is never searched for.
    expect(targetLookupOf(OPERATION_CATALOGUE, 'POST', '/v2/jobs/{jobKey}/completion')).toBeNull();
  });

  it('reads the path through the proxy prefix', () => {
    expect(targetLookupOf(OPERATION_CATALOGUE, 'POST', `/clusters/helm/v2/jobs/${JOB}/completion`)).toEqual({
      param: 'jobKey',
      key: JOB,
      searchPath: '/v2/jobs/search',
      noun: 'job',
    });
  });
});

describe('fetchTargetFacts: with the signed-in user’s view', () => {
  beforeEach(() => {
    resetConnectionsForTests();
    connectBasic(helmCluster, 'demo', 'demo');
  });
  afterEach(() => vi.unstubAllGlobals());

  const lookup = (method: string, path: string) => {
    const found = targetLookupOf(OPERATION_CATALOGUE, method, path);
    if (!found) throw new Error(path);
    return found;
  };

  it('finds the job’s process and tenant with a one-item search filtered by the job key', async () => {
    const { calls } = stubFetch({
      'POST /clusters/helm/v2/jobs/search': () =>
        jsonResponse(200, {
          items: [{ jobKey: JOB, processDefinitionId: 'invoice-approval', tenantId: '<default>' }],
          page: { totalItems: 1 },
        }),
    });
    const facts = await fetchTargetFacts('helm', lookup('POST', `/v2/jobs/${JOB}/completion`));
    expect(facts).toMatchObject({ kind: 'found', processDefinitionId: 'invoice-approval', tenantId: '<default>' });
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0]?.body ?? '{}')).toEqual({ filter: { jobKey: JOB }, page: { from: 0, limit: 1 } });
  });

  it('goes through the process instance for a variable, which names no process', async () => {
    const { calls } = stubFetch({
      'POST /clusters/helm/v2/variables/search': () =>
        jsonResponse(200, { items: [{ variableKey: '7', processInstanceKey: '99', tenantId: 'tenant-a' }] }),
      'POST /clusters/helm/v2/process-instances/search': () =>
        jsonResponse(200, { items: [{ processInstanceKey: '99', processDefinitionId: 'invoice-approval' }] }),
    });
    const facts = await fetchTargetFacts('helm', lookup('GET', '/v2/variables/7'));
    expect(facts).toMatchObject({ kind: 'found', processDefinitionId: 'invoice-approval', tenantId: 'tenant-a' });
    expect(JSON.parse(calls[1]?.body ?? '{}')).toMatchObject({ filter: { processInstanceKey: '99' } });
  });

  it('says why not when the view shows nothing, or the search is refused', async () => {
    stubFetch({ 'POST /clusters/helm/v2/jobs/search': () => jsonResponse(200, { items: [] }) });
    const empty = await fetchTargetFacts('helm', lookup('POST', `/v2/jobs/${JOB}/completion`));
    expect(empty).toMatchObject({ kind: 'unavailable' });
    expect(empty.kind === 'unavailable' && empty.reason).toContain(`Your view shows no job ${JOB}`);

    vi.unstubAllGlobals();
    stubFetch({
      'POST /clusters/helm/v2/jobs/search': () =>
        problemResponse(403, { status: 403, title: 'Forbidden', detail: 'x' }),
    });
    const refused = await fetchTargetFacts('helm', lookup('POST', `/v2/jobs/${JOB}/completion`));
    expect(refused.kind === 'unavailable' && refused.reason).toContain('failed (HTTP 403)');
  });
});
