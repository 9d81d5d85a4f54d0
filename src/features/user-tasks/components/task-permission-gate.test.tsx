// Assign / Unassign / Claim and the edit form, disabled before the click where the caller's
// authorizations say no (helm's ron), enabled where they say yes or cannot be read.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import { helmCluster } from '../../../testing/cluster-fixtures.ts';
import { connectBasic } from '../../../testing/connect.ts';
import { jsonResponse, stubFetch } from '../../../testing/fetch-stub.ts';
import { renderWithProviders } from '../../../testing/render-with-providers.tsx';
import { userTaskFixture } from '../testing/user-task-fixture.ts';
import { TaskAssignment } from './task-assignment.tsx';
import { TaskUpdateForm } from './task-update-form.tsx';

const key = '2251799813685281';
const task = userTaskFixture({ userTaskKey: key, assignee: 'anna' });

const readonlyAdminGrants = [
  {
    ownerType: 'ROLE',
    ownerId: 'readonly-admin',
    resourceType: 'AUTHORIZATION',
    resourceId: '*',
    permissionTypes: ['READ'],
  },
  {
    ownerType: 'ROLE',
    ownerId: 'readonly-admin',
    resourceType: 'PROCESS_DEFINITION',
    resourceId: '*',
    permissionTypes: ['READ_PROCESS_DEFINITION', 'READ_USER_TASK'],
  },
];

function stubCluster(user: { username: string; roles: string[] }, authorizations: unknown[]) {
  return stubFetch({
    '/api/clusters': () => jsonResponse(200, { clusters: [helmCluster] }),
    '/clusters/helm/v2/topology': () => jsonResponse(200, { gatewayVersion: '8.9.0' }),
    '/clusters/helm/v2/authentication/me': () => jsonResponse(200, { ...user, groups: [], tenants: [] }),
    'POST /clusters/helm/v2/authorizations/search': () =>
      jsonResponse(200, { items: authorizations, page: { totalItems: authorizations.length } }),
  });
}

afterEach(() => {
  cleanup();
  resetConnectionsForTests();
  vi.unstubAllGlobals();
});

describe('permission-aware task actions', () => {
  it("disables ron's Assign to me, Unassign and Assign with the missing permission and a link", async () => {
    stubCluster({ username: 'ron', roles: ['readonly-admin'] }, readonlyAdminGrants);
    connectBasic(helmCluster, 'ron', 'ron');
    renderWithProviders(<TaskAssignment clusterId="helm" task={task} currentUsername="ron" />);

    const notes = await screen.findAllByTestId('permission-gate-reason');
    expect(screen.getByRole('button', { name: 'Assign to me' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Unassign' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Assign' })).toBeDisabled();
    expect(screen.getByLabelText('Assign to someone else (username)')).toBeDisabled();
    // Claim (UPDATE or CLAIM) and assign/unassign (UPDATE only) need different permissions: two notes.
    expect(notes.map((note) => note.textContent)).toEqual([
      'Assign to me: not permitted. Your authorizations do not allow this: it needs UPDATE_USER_TASK on process invoice-approval or CLAIM_USER_TASK on process invoice-approval or UPDATE on user task 2251799813685281 or CLAIM on user task 2251799813685281, and no grant of user ron gives that. Explain this · Try anyway',
      'Unassign, Assign: not permitted. Your authorizations do not allow this: it needs UPDATE_USER_TASK on process invoice-approval or UPDATE on user task 2251799813685281, and no grant of user ron gives that. Explain this · Try anyway',
    ]);
    expect(screen.getByRole('button', { name: 'Unassign' })).toHaveAccessibleDescription(
      /^Unassign, Assign: not permitted/,
    );
    const link = within(notes[0] as HTMLElement).getByRole('link', { name: 'Explain this' });
    expect(link.getAttribute('href')).toBe(
      `/c/helm/access?as=USER%3Aron&op=assignUserTask&r.userTaskKey=${key}&self=1#simulate`,
    );
  });

  it('Try anyway re-enables the controls, so the cluster answers and its 403 is explained as before', async () => {
    stubCluster({ username: 'ron', roles: ['readonly-admin'] }, readonlyAdminGrants);
    connectBasic(helmCluster, 'ron', 'ron');
    renderWithProviders(<TaskAssignment clusterId="helm" task={task} currentUsername="ron" />);
    const [first] = await screen.findAllByTestId('permission-gate-reason');
    await userEvent.click(within(first as HTMLElement).getByRole('button', { name: 'Try anyway' }));
    expect(screen.queryByTestId('permission-gate-reason')).toBeNull();
    expect(screen.getByRole('button', { name: 'Assign to me' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Unassign' })).toBeEnabled();
    expect(screen.getByLabelText('Assign to someone else (username)')).toBeEnabled();
  });

  it("disables ron's edit form with the reason", async () => {
    stubCluster({ username: 'ron', roles: ['readonly-admin'] }, readonlyAdminGrants);
    connectBasic(helmCluster, 'ron', 'ron');
    renderWithProviders(<TaskUpdateForm clusterId="helm" task={task} currentUsername="ron" />);
    expect(await screen.findByTestId('permission-gate-reason')).toHaveTextContent(
      'Change: not permitted. Your authorizations do not allow this: it needs UPDATE_USER_TASK on process invoice-approval',
    );
    expect(screen.getByLabelText('Priority (0–100)')).toBeDisabled();
    expect(screen.getByRole('form', { name: 'Change task' })).toHaveAccessibleDescription(/UPDATE_USER_TASK/);
  });

  it('keeps the actions enabled for a caller whose grant allows them', async () => {
    const grants = [
      ...readonlyAdminGrants,
      {
        ownerType: 'USER',
        ownerId: 'anna',
        resourceType: 'PROCESS_DEFINITION',
        resourceId: 'invoice-approval',
        permissionTypes: ['UPDATE_USER_TASK'],
      },
    ];
    const { calls } = stubCluster({ username: 'anna', roles: ['readonly-admin'] }, grants);
    connectBasic(helmCluster, 'anna', 'anna');
    renderWithProviders(<TaskAssignment clusterId="helm" task={task} currentUsername="anna" />);
    await vi.waitFor(() => expect(calls.some((c) => c.url.endsWith('/authorizations/search'))).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('permission-gate-reason')).toBeNull();
    expect(screen.getByRole('button', { name: 'Unassign' })).toBeEnabled();
  });

  it('keeps them enabled when the caller cannot read authorizations (the search comes back empty)', async () => {
    const { calls } = stubCluster({ username: 'nina', roles: [] }, []);
    connectBasic(helmCluster, 'nina', 'nina');
    renderWithProviders(<TaskAssignment clusterId="helm" task={task} currentUsername="nina" />);
    await vi.waitFor(() => expect(calls.some((c) => c.url.endsWith('/authorizations/search'))).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('permission-gate-reason')).toBeNull();
    expect(screen.getByRole('button', { name: 'Assign to me' })).toBeEnabled();
    // Two gates on one page, one read: the caller's authorizations are asked for once.
    expect(calls.filter((c) => c.url.endsWith('/authorizations/search'))).toHaveLength(1);
  });
});
