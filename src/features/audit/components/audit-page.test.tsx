import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearRequestLog } from '../../../lib/api/request-log.ts';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import { setLanguage } from '../../../lib/i18n/language-store.ts';
import { englishT, germanT } from '../../../testing/translate.ts';
import { helmCluster } from '../../../testing/cluster-fixtures.ts';
import { connectBasic } from '../../../testing/connect.ts';
import { jsonResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import { AuditPage } from './audit-page.tsx';
import { stubResizeObserver } from '../../../testing/resize-observer-stub.ts';

const BASE = '/clusters/helm/v2';
const page = (items: unknown[]) => () => jsonResponse(200, { items, page: { totalItems: items.length } });

// A small helm-like cluster: a client with a write on every process, a grant of a deleted user,
// and anna, who can only read tasks of one process, next to nina, who can do nothing.
const AUTHORIZATIONS = [
  {
    authorizationKey: '101',
    ownerType: 'USER',
    ownerId: 'anna',
    resourceType: 'PROCESS_DEFINITION',
    resourceId: 'invoice',
    permissionTypes: ['READ_USER_TASK'],
  },
  {
    authorizationKey: '102',
    ownerType: 'CLIENT',
    ownerId: 'worker-client',
    resourceType: 'PROCESS_DEFINITION',
    resourceId: '*',
    permissionTypes: ['CREATE_PROCESS_INSTANCE'],
  },
  {
    authorizationKey: '103',
    ownerType: 'USER',
    ownerId: 'anna@example.com',
    resourceType: 'PROCESS_DEFINITION',
    resourceId: 'invoice',
    permissionTypes: ['READ_USER_TASK'],
  },
];

function stubCluster() {
  const afterDelete = AUTHORIZATIONS.filter((a) => a.authorizationKey !== '103');
  const routes: Parameters<typeof stubFetch>[0] = {
    [`DELETE ${BASE}/authorizations/103`]: () => new Response(null, { status: 204 }),
    'GET /api/clusters': () => jsonResponse(200, { clusters: [helmCluster] }),
    [`GET ${BASE}/topology`]: () => jsonResponse(200, { gatewayVersion: '8.9.0', brokers: [] }),
    [`POST ${BASE}/authorizations/search`]: [page(AUTHORIZATIONS), page(afterDelete)],
    [`POST ${BASE}/users/search`]: page([{ username: 'anna' }, { username: 'nina' }]),
    [`POST ${BASE}/groups/search`]: page([]),
    [`POST ${BASE}/roles/search`]: page([]),
    [`POST ${BASE}/tenants/search`]: page([{ tenantId: '<default>' }]),
    [`POST ${BASE}/mapping-rules/search`]: page([]),
  };
  for (const kind of ['users', 'clients', 'groups', 'roles', 'mapping-rules']) {
    routes[`POST ${BASE}/tenants/%3Cdefault%3E/${kind}/search`] = page(
      kind === 'users' ? [{ username: 'anna' }, { username: 'nina' }] : [],
    );
  }
  return stubFetch(routes);
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/c/helm/audit']}>
        <Routes>
          <Route path="/c/:clusterId/audit" element={<AuditPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

beforeEach(async () => {
  await act(() => setLanguage('en'));
  stubResizeObserver();
  resetConnectionsForTests();
  clearRequestLog();
  connectBasic(helmCluster, 'demo', 'demo');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AuditPage', () => {
  it('shows each finding with why and its fix, the table of every grant, and two users side by side', async () => {
    stubCluster();
    renderPage();
    const findings = await screen.findAllByTestId('audit-finding', {}, { timeout: 5000 });
    const byKind = (kind: string) => findings.filter((f) => f.dataset.kind === kind);
    expect(byKind('over-broad')[0]).toHaveTextContent(
      'client worker-client may CREATE_PROCESS_INSTANCE on every process',
    );
    expect(byKind('orphaned-owner')[0]).toHaveTextContent('user anna@example.com does not exist');
    // API names inside the worded sentence are marked as code; the sentence stays whole.
    const broadTitle = within(byKind('over-broad')[0] as HTMLElement).getByRole('heading', {
      name: 'client worker-client may CREATE_PROCESS_INSTANCE on every process',
    });
    expect([...broadTitle.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['CREATE_PROCESS_INSTANCE']);
    expect(byKind('principal-without-access')[0]).toHaveTextContent('user nina can see no task and no process');
    const orphanFix = within(byKind('orphaned-owner')[0] as HTMLElement).getAllByTestId('audit-fix-snippet');
    expect(orphanFix.map((s) => s.textContent)).toEqual([
      "curl -X DELETE 'http://localhost:8081/v2/authorizations/103' \\\n  -u '<username>:<password>'",
      'c8ctl delete auth 103',
    ]);

    expect(screen.getByTestId('audit-table-count')).toHaveTextContent('3 of 3 authorizations');
    await userEvent.selectOptions(screen.getByLabelText('Owner type'), 'CLIENT');
    expect(screen.getByTestId('audit-table-count')).toHaveTextContent('1 of 3 authorizations');

    await userEvent.selectOptions(screen.getByLabelText('First principal'), 'USER:anna');
    await userEvent.selectOptions(screen.getByLabelText('Second principal'), 'USER:nina');
    const compare = screen.getByTestId('audit-compare-result');
    expect(
      within(compare)
        .getAllByTestId('audit-compare-diff')
        .map((row) => row.querySelector('td')?.textContent),
    ).toContain('Search user tasks');
    expect(compare).toHaveTextContent('READ_USER_TASK on PROCESS_DEFINITION invoice (direct)');
  });
});

describe("applying a finding's fix", () => {
  it('asks first, shows the exact request, sends it, and the finding is gone after the directory is read again', async () => {
    const { calls } = stubCluster();
    renderPage();
    const orphan = (await screen.findAllByTestId('audit-finding', {}, { timeout: 5000 })).find(
      (f) => f.dataset.kind === 'orphaned-owner',
    ) as HTMLElement;
    await userEvent.click(within(orphan).getByRole('button', { name: 'Apply fix…' }));
    expect(within(orphan).getByLabelText('Requests')).toHaveTextContent('DELETE /v2/authorizations/103');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await userEvent.click(within(orphan).getByRole('button', { name: 'Send these requests' }));
    await vi.waitFor(
      () => {
        const kinds = screen.getAllByTestId('audit-finding').map((f) => f.dataset.kind);
        expect(kinds).not.toContain('orphaned-owner');
      },
      { timeout: 5000 },
    );
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual([`${BASE}/authorizations/103`]);
  });
});

describe('upgrade readiness on the page', () => {
  it('compares every principal from 8.9 to 8.10 with progress and says that nobody changes', async () => {
    stubCluster();
    renderPage();
    const result = await screen.findByTestId('audit-readiness-result', {}, { timeout: 10000 });
    expect(screen.getByLabelText('Target version')).toHaveValue('8.10');
    expect(result).toHaveTextContent("Nobody changes from 8.9 to 8.10 with today's grants (3 principals compared).");
  });
});

describe('the audit in German', () => {
  it('words the finished audit again after a language switch, without auditing again', async () => {
    const { calls } = stubCluster();
    renderPage();
    await screen.findAllByTestId('audit-finding', {}, { timeout: 5000 });
    const searches = calls.length;
    await act(() => setLanguage('de'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Autorisierungs-Audit');
    const findings = screen.getAllByTestId('audit-finding');
    const orphan = findings.find((f) => f.dataset.kind === 'orphaned-owner') as HTMLElement;
    expect(within(orphan).getByRole('heading', { name: 'Benutzer anna@example.com existiert nicht' })).toBeVisible();
    expect(within(orphan).getByRole('button', { name: 'Korrektur anwenden …' })).toBeVisible();
    const broad = findings.find((f) => f.dataset.kind === 'over-broad') as HTMLElement;
    expect(
      within(broad).getByRole('heading', {
        name: 'Client worker-client hat CREATE_PROCESS_INSTANCE für alle Prozesse',
      }),
    ).toBeVisible();
    expect(screen.getByTestId('audit-table-count')).toHaveTextContent('3 von 3 Autorisierungen');
    expect(screen.getByLabelText('Erster Principal')).toBeInTheDocument();
    expect(calls.length).toBe(searches);
  });

  it("writes a large directory's counts with the language's digit grouping", () => {
    const values = { shown: 10000, total: 12500, limit: 200 };
    expect(englishT('audit.table.countLimited', values)).toMatch(/^10,000 of 12,500 authorizations; the first 200/);
    expect(germanT('audit.table.countLimited', values)).toMatch(/^10\.000 von 12\.500 Autorisierungen; die ersten 200/);
  });
});
