import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPERATION_CATALOGUE } from '../../../lib/catalogue/operation-catalogue.ts';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import { connectBasic } from '../../../testing/connect.ts';
import { helmCluster } from '../../../testing/cluster-fixtures.ts';
import { jsonResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import { type DiagnoseRequestInput, diagnoseRequest } from './diagnose-request.ts';
import { type DiagnosisFacts, FACTS_VERSION } from './diagnosis-facts.ts';
import { explainFacts, requestOf } from './use-explain.ts';
import { targetHints, useTargetFacts } from './use-target-facts.ts';

const JOB = '2251799813690001';
// As the request log holds it: the API path, without the proxy prefix.
const COMPLETION = { method: 'POST', path: `/v2/jobs/${JOB}/completion` };

// The demo worker's refused job completion as Camunda's SDK logs it on a cluster whose text names
// no process (a proxy's bare 403): only the lookup of the job's process makes the draft narrow.
const worker: DiagnoseRequestInput = {
  entry: {
    requestId: 'r-1',
    method: COMPLETION.method,
    path: COMPLETION.path,
    status: 403,
    problem: { status: 403, title: 'Forbidden' },
    requestHeaders: {},
    requestBody: { variables: {} },
  },
  cluster: { ...helmCluster, restAddress: 'http://localhost:8081/v2' },
  version: '8.9',
  principal: { type: 'CLIENT', id: 'invoice-worker', groups: [], roles: [], tenants: ['<default>'] },
  subject: { type: 'CLIENT', id: 'invoice-worker' },
  callerSnapshot: null,
  task: null,
  catalogue: OPERATION_CATALOGUE,
};

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

describe('useTargetFacts', () => {
  beforeEach(() => {
    resetConnectionsForTests();
    connectBasic(helmCluster, 'demo', 'demo');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('looks nothing up before the catalogue has loaded, then finds the job’s process with the user’s view', async () => {
    const { calls } = stubFetch({
      'POST /clusters/helm/v2/jobs/search': () =>
        jsonResponse(200, { items: [{ jobKey: JOB, processDefinitionId: 'invoice-approval', tenantId: '<default>' }] }),
    });
    const { result, rerender } = renderHook(({ catalogue }) => useTargetFacts('helm', COMPLETION, catalogue, true), {
      wrapper,
      initialProps: { catalogue: null as typeof OPERATION_CATALOGUE | null },
    });
    expect(result.current).toEqual({ kind: 'not-needed' });
    expect(calls).toHaveLength(0);
    rerender({ catalogue: OPERATION_CATALOGUE });
    expect(result.current.kind).toBe('pending');
    await waitFor(() => expect(result.current.kind).toBe('found'));
    expect(targetHints(result.current)).toEqual({ processDefinitionId: 'invoice-approval', tenantId: '<default>' });
  });

  it('sends nothing while disabled (no connection yet)', () => {
    const { calls } = stubFetch({});
    const { result } = renderHook(() => useTargetFacts('helm', COMPLETION, OPERATION_CATALOGUE, false), { wrapper });
    expect(result.current).toEqual({ kind: 'not-needed' });
    expect(calls).toHaveLength(0);
  });
});

describe('the drafted grant for the demo worker’s refused job completion', () => {
  const drafted = (input: DiagnoseRequestInput) => diagnoseRequest(input).owners[0]?.fixes.map((fix) => fix.body) ?? [];

  it('names `*` without the job’s process, and `invoice-approval` once it was looked up', () => {
    expect(drafted(worker)[0]).toMatchObject({ resourceId: '*', permissionTypes: ['UPDATE_PROCESS_INSTANCE'] });
    const withHints = drafted({ ...worker, hints: { processDefinitionId: 'invoice-approval', tenantId: '<default>' } });
    expect(withHints[0]).toEqual({
      ownerType: 'CLIENT',
      ownerId: 'invoice-worker',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: 'invoice-approval',
      permissionTypes: ['UPDATE_PROCESS_INSTANCE'],
    });
    expect(withHints.some((body) => body.resourceId === '*')).toBe(false);
  });
});

describe('Explain: the worker’s pasted log line, with completeJob and the job key picked', () => {
  const completeJob = OPERATION_CATALOGUE.find((entry) => entry.operationId === 'completeJob') ?? null;
  const facts: DiagnosisFacts = {
    v: FACTS_VERSION,
    clusterId: 'helm',
    method: null,
    path: null,
    operationId: 'completeJob',
    status: 403,
    title: 'Forbidden',
    detail: null,
    principal: { type: 'CLIENT', id: 'invoice-worker' },
    hints: { jobKey: JOB },
    at: null,
  };
  const explain = (target: { processDefinitionId: string; tenantId: string | null } | null) =>
    explainFacts({
      facts,
      operation: completeJob,
      principal: {
        ref: { type: 'CLIENT', id: 'invoice-worker' },
        subject: { type: 'CLIENT', id: 'invoice-worker' },
        assumptions: [],
      },
      snapshot: null,
      cluster: helmCluster,
      version: '8.9',
      catalogue: OPERATION_CATALOGUE,
      task: null,
      target,
    })?.diagnosis.owners[0]?.fixes[0]?.body;

  it('looks up the job the hints name, and drafts the grant on its process', () => {
    expect(requestOf(facts, completeJob)).toEqual({ method: 'POST', path: `/v2/jobs/${JOB}/completion` });
    expect(explain(null)).toMatchObject({ resourceId: '*' });
    expect(explain({ processDefinitionId: 'invoice-approval', tenantId: null })).toMatchObject({
      resourceType: 'PROCESS_DEFINITION',
      resourceId: 'invoice-approval',
      permissionTypes: ['UPDATE_PROCESS_INSTANCE'],
    });
  });
});
