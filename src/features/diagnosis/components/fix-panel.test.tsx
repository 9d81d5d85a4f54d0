import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRequest } from '../../../lib/api/api-client.ts';
import { clearRequestLog, getRequestLog } from '../../../lib/api/request-log.ts';
import { computeEffectivePermissions, evaluate } from '../../../lib/authz/effective-permissions.ts';
import { type AuthorizationDraft, fixFormats, restBody } from '../../../lib/authz/fix-drafts.ts';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import { helmCluster } from '../../../testing/cluster-fixtures.ts';
import { connectBasic } from '../../../testing/connect.ts';
import { stubResizeObserver } from '../../../testing/resize-observer-stub.ts';
import { msg } from '../../../lib/i18n/message.ts';
import { setLanguage } from '../../../lib/i18n/language-store.ts';
import { jsonResponse, problemResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import type { AdminRead } from '../api/fix-actions.ts';
import { FixPanel } from './fix-panel.tsx';

const DRAFT: AuthorizationDraft = {
  ownerId: 'ron',
  ownerType: 'USER',
  resourceType: 'PROCESS_DEFINITION',
  resourceId: 'invoice-approval',
  permissionTypes: ['UPDATE_USER_TASK'],
};
const ASSIGN = 'POST /clusters/helm/v2/user-tasks/1/assignment';

const diagnosis = {
  noFixReason: null,
  principalCannotApply: null,
  owners: [
    {
      choice: {
        owner: { ownerType: 'USER' as const, ownerId: 'ron' },
        tradeOff: msg('fix.owner.tradeOff', { ownerType: 'USER', id: 'ron' }),
      },
      fixes: [
        {
          proposal: {
            draft: DRAFT,
            rationale: msg('fix.draft.task', { permissions: 'UPDATE_USER_TASK', key: '1' }),
            recommended: true,
          },
          formats: fixFormats(DRAFT, { baseUrl: helmCluster.restAddress, auth: 'basic', version: '8.9' }),
          body: restBody(DRAFT),
        },
      ],
    },
  ],
};

/** ron's assignment, evaluated on whatever the re-read returned. */
function reevaluate(read: AdminRead) {
  const snapshot = {
    authorizations: read.authorizations,
    users: [{ username: 'ron' }],
    clients: [],
    groups: [],
    roles: [],
    tenants: [],
    mappingRules: [],
    memberships: read.memberships,
  };
  return evaluate(computeEffectivePermissions(snapshot, { type: 'USER', id: 'ron' }, '8.9'), {
    kind: 'permission',
    anyOf: [{ permission: 'UPDATE_USER_TASK', resourceType: 'PROCESS_DEFINITION', resourceId: 'invoice-approval' }],
  });
}

let client: QueryClient;
function Providers({ children }: { children: ReactNode }) {
  // The still-refused retry shows the forbidden callout, which links to its explanation.
  return (
    <MemoryRouter>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MemoryRouter>
  );
}

async function failedAssignment() {
  await apiRequest('helm', { method: 'POST', path: '/v2/user-tasks/1/assignment', body: { assignee: 'ron' } }).catch(
    () => undefined,
  );
  const entry = getRequestLog().at(-1);
  if (!entry) throw new Error('no log entry');
  return entry;
}

async function applyAsCaller() {
  fireEvent.click(screen.getByRole('button', { name: 'Apply this fix' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Create authorization and retry' }));
}

beforeEach(async () => {
  await act(() => setLanguage('en'));
  // Carbon's Modal measures itself.
  stubResizeObserver();
  client = new QueryClient({ defaultOptions: { mutations: { retry: false }, queries: { retry: false } } });
  resetConnectionsForTests();
  clearRequestLog();
  connectBasic(helmCluster, 'ron', 'ron');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('FixPanel', () => {
  it('verifies the applied grant on the re-read and names the deciding grant', async () => {
    stubFetch({
      [ASSIGN]: [
        () => problemResponse(403, { status: 403, detail: 'Forbidden' }),
        () => new Response(null, { status: 204 }),
      ],
      'POST /clusters/helm/v2/authorizations': () => jsonResponse(201, { authorizationKey: '42' }),
      'POST /clusters/helm/v2/authorizations/search': () =>
        jsonResponse(200, { items: [{ ...restBody(DRAFT), authorizationKey: '42' }] }),
    });
    const entry = await failedAssignment();
    render(
      <FixPanel
        cluster={helmCluster}
        entry={entry}
        diagnosis={diagnosis}
        caller={{ type: 'USER', id: 'ron' }}
        reevaluate={reevaluate}
      />,
      { wrapper: Providers },
    );
    await applyAsCaller();
    const verified = await screen.findByTestId('verify-result');
    expect(verified.textContent).toBe(
      "Verified on the cluster's authorizations, re-read as you: user ron is now allowed. Deciding grant 42: UPDATE_USER_TASK on process invoice-approval (direct).",
    );
    expect(screen.getByTestId('apply-result').textContent).toContain('204 — the request now succeeds.');
  });

  it('says so when the re-read still does not allow it', async () => {
    stubFetch({
      [ASSIGN]: () => problemResponse(403, { status: 403, detail: 'Forbidden' }),
      'POST /clusters/helm/v2/authorizations': () =>
        problemResponse(409, { status: 409, title: 'ALREADY_EXISTS', detail: 'exists' }),
      'POST /clusters/helm/v2/authorizations/search': () => jsonResponse(200, { items: [] }),
    });
    const entry = await failedAssignment();
    render(<FixPanel cluster={helmCluster} entry={entry} diagnosis={diagnosis} reevaluate={reevaluate} />, {
      wrapper: Providers,
    });
    await applyAsCaller();
    const result = await screen.findByTestId('apply-result');
    await waitFor(() => expect(result.textContent).toContain('still refused'));
    expect(result.textContent).toContain('Already there: the cluster answered 409 ALREADY_EXISTS');
    expect(screen.getByTestId('verify-result').textContent).toContain(
      "the cluster's authorizations still do not allow it",
    );
  });

  it('gives the retry command instead of re-running when the caller is not the refused principal', async () => {
    const { calls } = stubFetch({
      [ASSIGN]: () => problemResponse(403, { status: 403, detail: 'Forbidden' }),
      'POST /clusters/helm/v2/authorizations': () => jsonResponse(201, { authorizationKey: '42' }),
      'POST /clusters/helm/v2/authorizations/search': () => jsonResponse(200, { items: [restBody(DRAFT)] }),
    });
    const entry = await failedAssignment();
    render(<FixPanel cluster={helmCluster} entry={entry} diagnosis={diagnosis} callerIsPrincipal={false} />, {
      wrapper: Providers,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Apply this fix' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Create authorization and verify' }));
    const result = await screen.findByTestId('apply-result');
    expect(result.textContent).toContain('Its owner retries it');
    expect(screen.getAllByTestId('fix-snippet').at(-1)?.textContent).toBe(
      `curl -X POST '${helmCluster.restAddress}/v2/user-tasks/1/assignment' \\\n  -u '<username>:<password>' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"assignee":"ron"}'`,
    );
    expect(calls.filter((c) => c.url.endsWith('/assignment'))).toHaveLength(1);
  });

  it("never re-runs a pasted request (not in this tab's log): its owner gets the retry command", async () => {
    const { calls } = stubFetch({
      'POST /clusters/helm/v2/authorizations': () => jsonResponse(201, { authorizationKey: '42' }),
      'POST /clusters/helm/v2/authorizations/search': () => jsonResponse(200, { items: [restBody(DRAFT)] }),
    });
    const pasted = {
      requestId: 'explain-helm',
      clusterId: 'helm',
      method: 'POST',
      path: '/v2/user-tasks/1/completion',
      query: {},
      requestBody: undefined,
    };
    render(<FixPanel cluster={helmCluster} entry={pasted} diagnosis={diagnosis} />, { wrapper: Providers });
    fireEvent.click(screen.getByRole('button', { name: 'Apply this fix' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Create authorization and verify' }));
    expect((await screen.findByTestId('apply-result')).textContent).toContain('Its owner retries it');
    expect(calls.map((c) => c.url)).toEqual([
      '/clusters/helm/v2/authorizations',
      '/clusters/helm/v2/authorizations/search',
    ]);
  });

  it('applies a drafted tenant assignment with a body-less PUT and verifies the membership on the re-read', async () => {
    const { calls } = stubFetch({
      [ASSIGN]: [
        () => problemResponse(404, { status: 404, detail: 'not found' }),
        () => new Response(null, { status: 204 }),
      ],
      'PUT /clusters/helm/v2/tenants/finance/users/ron': () => new Response(null, { status: 204 }),
      'POST /clusters/helm/v2/authorizations/search': () => jsonResponse(200, { items: [] }),
      'POST /clusters/helm/v2/tenants/finance/users/search': () => jsonResponse(200, { items: [{ username: 'ron' }] }),
    });
    const entry = await failedAssignment();
    const tenantOnly = {
      noFixReason: msg('fix.panel.noProposal'),
      principalCannotApply: null,
      owners: [],
      membershipFixes: [
        {
          proposal: {
            draft: { containerType: 'TENANT', containerId: 'finance', memberType: 'USER', memberId: 'ron' },
            rationale: msg('fix.membership.tenantSelf', { memberType: 'USER', memberId: 'ron', tenantId: 'finance' }),
            recommended: true,
          },
          curl: "curl -X PUT 'http://localhost:8081/v2/tenants/finance/users/ron'",
        },
      ],
    };
    render(<FixPanel cluster={helmCluster} entry={entry} diagnosis={tenantOnly} />, { wrapper: Providers });
    fireEvent.click(screen.getByRole('button', { name: 'Apply this membership' }));
    expect((await screen.findByLabelText('Request body')).textContent).toBe('PUT /v2/tenants/finance/users/ron');
    fireEvent.click(screen.getByRole('button', { name: 'Add membership and retry' }));
    expect((await screen.findByTestId('verify-result')).textContent).toBe(
      'The re-read shows user ron in tenant finance.',
    );
    expect(screen.getByTestId('apply-result').textContent).toContain('Added user ron to tenant finance as you.');
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toBeNull();
  });

  it('keeps the result and verification when the re-read diagnosis needs no fix any more', async () => {
    stubFetch({
      [ASSIGN]: () => problemResponse(404, { status: 404, detail: 'not found' }),
      'PUT /clusters/helm/v2/tenants/finance/users/ron': () => new Response(null, { status: 204 }),
      'POST /clusters/helm/v2/authorizations/search': () => jsonResponse(200, { items: [] }),
      'POST /clusters/helm/v2/tenants/finance/users/search': () => jsonResponse(200, { items: [{ username: 'ron' }] }),
    });
    const entry = await failedAssignment();
    const tenantOnly = {
      noFixReason: msg('fix.panel.noProposal'),
      principalCannotApply: null,
      owners: [],
      membershipFixes: [
        {
          proposal: {
            draft: { containerType: 'TENANT', containerId: 'finance', memberType: 'USER', memberId: 'ron' },
            rationale: msg('fix.membership.tenantSelf', { memberType: 'USER', memberId: 'ron', tenantId: 'finance' }),
            recommended: true,
          },
          curl: "curl -X PUT 'http://localhost:8081/v2/tenants/finance/users/ron'",
        },
      ],
    };
    const panel = (d: typeof tenantOnly) => (
      <FixPanel cluster={helmCluster} entry={entry} diagnosis={d} callerIsPrincipal={false} />
    );
    const { rerender } = render(panel(tenantOnly), { wrapper: Providers });
    fireEvent.click(screen.getByRole('button', { name: 'Apply this membership' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add membership and verify' }));
    await screen.findByTestId('verify-result');
    // The page re-reads the directory: ron is in the tenant now, so the diagnosis drafts nothing.
    rerender(panel({ ...tenantOnly, membershipFixes: [] }));
    expect(screen.getByTestId('apply-result').textContent).toContain('Added user ron to tenant finance');
    expect(screen.getByTestId('verify-result').textContent).toBe('The re-read shows user ron in tenant finance.');
  });

  it("never shows one diagnosis's apply result on the next diagnosis", async () => {
    stubFetch({
      [ASSIGN]: () => problemResponse(403, { status: 403, detail: 'Forbidden' }),
      'POST /clusters/helm/v2/authorizations': () => problemResponse(500, { status: 500, detail: 'boom' }),
    });
    const first = await failedAssignment();
    const second = await failedAssignment();
    const { rerender } = render(<FixPanel cluster={helmCluster} entry={first} diagnosis={diagnosis} />, {
      wrapper: Providers,
    });
    await applyAsCaller();
    expect((await screen.findByTestId('apply-result')).textContent).toContain('The change was not made');
    // The same component, now showing another failed request: it starts clean.
    rerender(<FixPanel cluster={helmCluster} entry={second} diagnosis={diagnosis} />);
    expect(screen.queryByTestId('apply-result')).toBeNull();
    expect(screen.getByRole('button', { name: 'Apply this fix' })).toBeEnabled();
  });

  describe('a candidate-group fix of a membership plus a grant', () => {
    const GROUP_GRANT = {
      ownerId: 'accounting',
      ownerType: 'GROUP',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: 'invoice-approval',
      permissionTypes: ['UPDATE_USER_TASK'],
    };
    const JOIN = 'PUT /clusters/helm/v2/groups/accounting/users/ron';
    const pairOnly = {
      noFixReason: msg('fix.panel.noProposal'),
      principalCannotApply: null,
      owners: [],
      membershipFixes: [],
      candidateGroups: {
        options: [
          {
            title: msg('fix.panel.pair'),
            rationale: msg('fix.panel.pair'),
            verified: true,
            external: null,
            memberships: [
              {
                proposal: {
                  draft: { containerType: 'GROUP', containerId: 'accounting', memberType: 'USER', memberId: 'ron' },
                  rationale: msg('fix.panel.memberships'),
                  recommended: true,
                },
                curl: "curl -X PUT 'http://localhost:8081/v2/groups/accounting/users/ron'",
              },
            ],
            grants: [{ body: GROUP_GRANT }],
          },
        ],
      },
    };

    it('shows both requests, sends the membership and then the grant, and verifies ron is allowed after both', async () => {
      const { calls } = stubFetch({
        [ASSIGN]: [
          () => problemResponse(403, { status: 403, detail: 'no' }),
          () => new Response(null, { status: 204 }),
        ],
        [JOIN]: () => new Response(null, { status: 204 }),
        'POST /clusters/helm/v2/authorizations': () => jsonResponse(201, { authorizationKey: '77' }),
        'POST /clusters/helm/v2/authorizations/search': () =>
          jsonResponse(200, { items: [{ authorizationKey: '77', ...GROUP_GRANT }] }),
        'POST /clusters/helm/v2/groups/accounting/users/search': () =>
          jsonResponse(200, { items: [{ username: 'ron' }] }),
      });
      const entry = await failedAssignment();
      render(<FixPanel cluster={helmCluster} entry={entry} diagnosis={pairOnly} reevaluate={reevaluate} />, {
        wrapper: Providers,
      });
      fireEvent.click(screen.getByRole('button', { name: 'Apply both' }));
      expect((await screen.findByLabelText('Request 1 of 2')).textContent).toBe('PUT /v2/groups/accounting/users/ron');
      expect(
        JSON.parse((screen.getByLabelText('Request 2 of 2').textContent ?? '').split('\n').slice(1).join('\n')),
      ).toEqual(GROUP_GRANT);
      fireEvent.click(screen.getByRole('button', { name: 'Send all 2 and retry' }));
      expect(await screen.findByTestId('verify-result')).toHaveTextContent('is now allowed');
      const writes = calls.filter((c) => c.method === 'PUT' || c.url.endsWith('/v2/authorizations'));
      expect(writes.map((c) => `${c.method} ${c.url.replace(/^.*\/clusters\/helm/, '')}`)).toEqual([
        'PUT /v2/groups/accounting/users/ron',
        'POST /v2/authorizations',
      ]);
    });

    it('stops at the first failure and says which change was already made', async () => {
      const { calls } = stubFetch({
        [ASSIGN]: () => problemResponse(403, { status: 403, detail: 'no' }),
        [JOIN]: () => new Response(null, { status: 204 }),
        'POST /clusters/helm/v2/authorizations': () =>
          problemResponse(403, { title: 'FORBIDDEN', status: 403, detail: 'ron may not create authorizations' }),
      });
      const entry = await failedAssignment();
      render(<FixPanel cluster={helmCluster} entry={entry} diagnosis={pairOnly} />, { wrapper: Providers });
      fireEvent.click(screen.getByRole('button', { name: 'Apply both' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Send all 2 and retry' }));
      const result = await screen.findByTestId('apply-result');
      await waitFor(() => expect(result).toHaveTextContent('step 2 of 2 (POST /v2/authorizations) failed'));
      expect(result).toHaveTextContent('already made, and not undone: PUT /v2/groups/accounting/users/ron');
      // Nothing is re-read or re-run after a failed step.
      expect(calls.filter((c) => c.url.includes('/search') || c.url.endsWith('/assignment'))).toHaveLength(1);
    });

    it('words the failed step again in German, the cluster’s own text quoted in English', async () => {
      stubFetch({
        [ASSIGN]: () => problemResponse(403, { status: 403, detail: 'no' }),
        [JOIN]: () => new Response(null, { status: 204 }),
        'POST /clusters/helm/v2/authorizations': () =>
          problemResponse(403, { title: 'FORBIDDEN', status: 403, detail: 'ron may not create authorizations' }),
      });
      const entry = await failedAssignment();
      render(<FixPanel cluster={helmCluster} entry={entry} diagnosis={pairOnly} />, { wrapper: Providers });
      fireEvent.click(screen.getByRole('button', { name: 'Apply both' }));
      fireEvent.click(await screen.findByRole('button', { name: 'Send all 2 and retry' }));
      const result = await screen.findByTestId('apply-result');
      await waitFor(() => expect(result).toHaveTextContent('step 2 of 2'));
      await act(() => setLanguage('de'));
      expect(result).toHaveTextContent(
        'Nicht alle Änderungen wurden vorgenommen: Schritt 2 von 2 (POST /v2/authorizations) ist fehlgeschlagen, Lantern hat daher aufgehört: POST /v2/authorizations → 403: ron may not create authorizations – bereits vorgenommen und nicht rückgängig gemacht: PUT /v2/groups/accounting/users/ron.',
      );
      expect(within(result).getByText('ron may not create authorizations')).toHaveAttribute('lang', 'en');
    });
  });
});
