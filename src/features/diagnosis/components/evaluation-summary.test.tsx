import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import { OPERATION_CATALOGUE } from '../../../lib/catalogue/operation-catalogue.ts';
import { setLanguage } from '../../../lib/i18n/language-store.ts';
import { helmCluster } from '../../../testing/cluster-fixtures.ts';
import { diagnoseRequest } from '../lib/diagnose-request.ts';
import { EvaluationSummary } from './evaluation-summary.tsx';

const KEY = '2251799813685320';

const directory: DirectorySnapshot = {
  authorizations: [
    {
      ownerType: 'USER',
      ownerId: 'anna',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: 'invoice-approval',
      permissionTypes: ['READ_USER_TASK'],
    },
  ],
  users: [{ username: 'anna' }],
  clients: [],
  groups: [],
  roles: [],
  tenants: [{ tenantId: '<default>' }, { tenantId: 'emea' }],
  mappingRules: [],
  memberships: [{ containerType: 'TENANT', containerId: '<default>', memberType: 'USER', memberId: 'anna' }],
};

afterEach(async () => {
  cleanup();
  await act(() => setLanguage('en'));
});

function hiddenTaskDiagnosis() {
  return diagnoseRequest({
    request: {
      kind: 'pasted',
      facts: {
        problem: { status: 404, detail: `User Task with key '${KEY}' not found` },
        operationId: 'getUserTask',
        hints: { userTaskKey: KEY },
      },
    },
    cluster: { ...helmCluster, restAddress: 'http://localhost:8081/v2' },
    version: '8.9',
    principal: { subject: { type: 'USER', id: 'anna' }, description: 'user anna' },
    snapshot: { data: directory, view: 'directory' },
    task: { userTaskKey: KEY, processDefinitionId: 'invoice-approval', tenantId: 'emea' },
    catalogue: OPERATION_CATALOGUE,
  });
}

describe('EvaluationSummary with the diagnosis findings', () => {
  it('an administrator sees that the task is hidden by its tenant, why, and the assignment to run', () => {
    const diagnosis = hiddenTaskDiagnosis();
    if (!diagnosis.evaluation) throw new Error('no evaluation');
    render(<EvaluationSummary evaluation={diagnosis.evaluation} findings={diagnosis} />);

    expect(screen.getByText(/^Hidden by tenant/)).toBeTruthy();
    expect(screen.getByTestId('deciding-rule').textContent).toContain(
      'Tenant membership decides first: the resource belongs to tenant emea, and user anna is not assigned to it',
    );
    // A hidden resource is not "nothing close is granted": anna's read grant applies once she is assigned.
    expect(screen.queryByText(/No near misses/)).toBeNull();
    const tenant = screen.getByTestId('tenant-finding');
    expect(within(tenant).getByRole('heading', { name: 'Tenant emea' })).toBeTruthy();
    expect(within(tenant).getByRole('list', { name: 'Tenant assignments, narrowest first' }).textContent).toContain(
      'PUT /v2/tenants/emea/users/anna — Assigns only user anna to tenant emea',
    );
  });

  it('the same diagnosis, computed once, is worded in German when the language switches', async () => {
    const diagnosis = hiddenTaskDiagnosis();
    if (!diagnosis.evaluation) throw new Error('no evaluation');
    const { container } = render(<EvaluationSummary evaluation={diagnosis.evaluation} findings={diagnosis} />);
    await act(() => setLanguage('de'));

    expect(container.querySelector('.diagnosis-result--fail')?.textContent).toContain(
      'Durch Mandant emea verborgen: Benutzer anna ist ihm nicht zugeordnet. Ohne die Mandantenprüfung gilt: Auf Prozessebene erlaubt durch READ_USER_TASK für Prozess invoice-approval (direkt)',
    );
    expect(screen.getByTestId('deciding-rule').textContent).toContain(
      'Entscheidende Regel: Zuerst entscheidet die Mandantenzuordnung: Die Ressource gehört zu Mandant emea, und Benutzer anna ist ihm nicht zugeordnet',
    );
    const tenant = screen.getByTestId('tenant-finding');
    expect(within(tenant).getByRole('heading', { name: 'Mandant emea' })).toBeTruthy();
    expect(within(tenant).getByRole('list', { name: 'Zuordnungen zu Mandanten, engste zuerst' })).toBeTruthy();
  });
});
