import { describe, expect, it } from 'vitest';
import type { DirectorySnapshot } from '../../../lib/authz/effective-permissions.ts';
import type { ClaimSettings } from '../../../lib/authz/token-inspection.ts';
import { OPERATION_CATALOGUE } from '../../../lib/catalogue/operation-catalogue.ts';
import { helmCluster, saasCluster } from '../../../testing/cluster-fixtures.ts';
import { type DiagnoseInput, diagnoseRequest } from './diagnose-request.ts';
import { englishT } from '../../../testing/translate.ts';
import type { Message } from '../../../lib/i18n/message.ts';

/** A message as English words; null stays null (assertions read like the sentences they check). */
const english = (message: Message | null | undefined): string | null => (message ? englishT.message(message) : null);

// The causes an administrator meets diagnosing someone else's refusal that a missing grant alone
// does not explain: a tenant, a task's candidate groups, a search filtered to nothing, the token.

const KEY = '2251799813685320';
const TASK = {
  userTaskKey: KEY,
  name: 'Review invoice',
  processDefinitionId: 'invoice-approval',
  assignee: null,
  candidateUsers: [],
  candidateGroups: ['accounting'],
  tenantId: '<default>',
};

const directory: DirectorySnapshot = {
  authorizations: [
    {
      ownerType: 'USER',
      ownerId: 'anna',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: 'invoice-approval',
      permissionTypes: ['READ_USER_TASK'],
    },
    {
      ownerType: 'GROUP',
      ownerId: 'accounting',
      resourceType: 'USER_TASK',
      resourceId: null,
      resourcePropertyName: 'candidateGroups',
      permissionTypes: ['CLAIM'],
    },
  ],
  users: [{ username: 'anna' }, { username: 'nina' }],
  clients: [],
  groups: [{ groupId: 'accounting' }, { groupId: 'sales' }],
  roles: [{ roleId: 'clerk' }],
  tenants: [{ tenantId: '<default>' }],
  mappingRules: [],
  memberships: [
    { containerType: 'GROUP', containerId: 'sales', memberType: 'USER', memberId: 'nina' },
    { containerType: 'ROLE', containerId: 'clerk', memberType: 'USER', memberId: 'anna' },
    { containerType: 'TENANT', containerId: '<default>', memberType: 'USER', memberId: 'nina' },
  ],
};

function pasted(
  detail: string,
  status: number,
  operationId: string,
  who: { type: 'USER' | 'CLIENT'; id: string },
): DiagnoseInput {
  return {
    request: {
      kind: 'pasted',
      facts: { problem: { status, detail }, operationId, hints: { userTaskKey: KEY } },
    },
    cluster: { ...helmCluster, restAddress: 'http://localhost:8081/v2' },
    version: '8.9',
    principal: { subject: { ...who }, description: `${who.type.toLowerCase()} ${who.id}` },
    snapshot: { data: directory, view: 'directory' },
    task: TASK,
    catalogue: OPERATION_CATALOGUE,
  };
}

describe('a tenant-hidden task: anna reads a task of the default tenant she is not assigned to', () => {
  const d = diagnoseRequest(
    pasted(`User Task with key '${KEY}' not found`, 404, 'getUserTask', { type: 'USER', id: 'anna' }),
  );

  it('names the tenant, says why the cluster answers 404, and never evaluates the read as allowed', () => {
    expect(d.evaluation?.allowed).toBe(false);
    expect(d.evaluation?.tenantHidden).toBe('<default>');
    expect(d.tenant?.tenantId).toBe('<default>');
    expect(d.tenant?.assigned).toBe(false);
    expect(english(d.tenant?.sentence)).toContain('belongs to tenant `<default>`, and user anna is not assigned to it');
    expect(english(d.tenant?.sentence)).toContain('answers 404');
  });

  it('drafts the tenant assignment for anna first, then for her role, as PUTs without a body', () => {
    expect(d.tenant?.fixes.map((f) => [f.method, f.path, f.proposal.recommended])).toEqual([
      ['PUT', '/v2/tenants/%3Cdefault%3E/users/anna', true],
      ['PUT', '/v2/tenants/%3Cdefault%3E/roles/clerk', false],
    ]);
    expect(d.tenant?.fixes[0]?.curl).toBe(
      "curl -X PUT 'http://localhost:8081/v2/tenants/%3Cdefault%3E/users/anna' \\\n  -u '<username>:<password>'",
    );
    expect(d.membershipFixes[0]).toBe(d.tenant?.fixes[0]);
    expect(english(d.noFixReason)).toContain('tenant `<default>`');
  });

  it('a client is assigned through its own path', () => {
    const client = diagnoseRequest(
      pasted(`User Task with key '${KEY}' not found`, 404, 'getUserTask', { type: 'CLIENT', id: 'worker' }),
    );
    expect(client.tenant?.fixes[0]?.path).toBe('/v2/tenants/%3Cdefault%3E/clients/worker');
  });

  it('the engine’s tenant text names the tenant even when the task could not be read', () => {
    const engine = diagnoseRequest({
      ...pasted(
        "Command 'ASSIGN' rejected with code 'NOT_FOUND': Expected to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', but no resource was found for tenant 'emea'",
        404,
        'assignUserTask',
        { type: 'USER', id: 'nina' },
      ),
      task: null,
    });
    expect(engine.tenant?.tenantId).toBe('emea');
    expect(engine.tenant?.fixes[0]?.path).toBe('/v2/tenants/emea/users/nina');
    expect(engine.tenant?.fixes.map((f) => f.proposal.draft.memberId)).toEqual(['nina', 'sales']);
  });

  it('nina, assigned to the tenant, gets no tenant finding for the same task', () => {
    const nina = diagnoseRequest(
      pasted(
        "Unauthorized to perform operation 'READ_USER_TASK' on resource 'PROCESS_DEFINITION'",
        403,
        'getUserTask',
        {
          type: 'USER',
          id: 'nina',
        },
      ),
    );
    expect(nina.tenant).toBeNull();
  });
});

describe('a candidate-group mismatch: nina claims a task of the accounting group', () => {
  const claimText = `Command 'CLAIM' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'; and Insufficient permissions to perform operation 'CLAIM_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, ${KEY}]'; and Insufficient permissions to perform operation 'CLAIM' on resource 'USER_TASK', required resource identifiers are one of '[*, ${KEY}]'`;
  const d = diagnoseRequest({
    ...pasted(claimText, 403, 'assignUserTask', { type: 'USER', id: 'nina' }),
    request: {
      kind: 'pasted',
      facts: {
        problem: { status: 403, detail: claimText },
        operationId: 'assignUserTask',
        hints: { userTaskKey: KEY },
        requestBody: { assignee: 'nina' },
      },
    },
  });

  it('explains it with the task’s candidate groups and nina’s groups, and where hers come from', () => {
    expect(d.evaluation?.allowed).toBe(false);
    expect(d.candidateGroups?.candidateGroups).toEqual(['accounting']);
    expect(d.candidateGroups?.overlap).toEqual([]);
    expect(english(d.candidateGroups?.sentence)).toBe(
      "This task's candidate groups are `accounting` (candidate users none); user nina's groups are `sales` (stored membership). None of them is a candidate group.",
    );
  });

  it('proposes joining the candidate group, checked by re-evaluating: the group’s grant then lets her claim', () => {
    const [first] = d.candidateGroups?.options ?? [];
    expect(english(first?.title)).toBe('Add user nina to candidate group accounting');
    expect(first?.verified).toBe(true);
    expect(first?.memberships.map((m) => m.path)).toEqual(['/v2/groups/accounting/users/nina']);
    expect(d.membershipFixes.map((m) => m.path)).toEqual(['/v2/groups/accounting/users/nina']);
  });

  it('when nina is in the group but nothing grants it CLAIM, the narrowest fix is her own candidateGroups grant', () => {
    const inGroup: DirectorySnapshot = {
      ...directory,
      authorizations: directory.authorizations.filter((a) => a.resourceType !== 'USER_TASK'),
      memberships: [
        ...directory.memberships,
        { containerType: 'GROUP', containerId: 'accounting', memberType: 'USER', memberId: 'nina' },
      ],
    };
    const again = diagnoseRequest({
      ...pasted(claimText, 403, 'assignUserTask', { type: 'USER', id: 'nina' }),
      snapshot: { data: inGroup, view: 'directory' },
    });
    expect(again.candidateGroups?.overlap).toEqual(['accounting']);
    expect(again.candidateGroups?.options.map((o) => [o.grants[0]?.body, o.verified])).toEqual([
      [
        {
          ownerId: 'nina',
          ownerType: 'USER',
          resourceType: 'USER_TASK',
          resourcePropertyName: 'candidateGroups',
          permissionTypes: ['CLAIM'],
        },
        true,
      ],
      [
        {
          ownerId: 'accounting',
          ownerType: 'GROUP',
          resourceType: 'USER_TASK',
          resourcePropertyName: 'candidateGroups',
          permissionTypes: ['CLAIM'],
        },
        true,
      ],
    ]);
  });

  it('an assignment is not explained by candidate groups when no grant of UPDATE keys on them', () => {
    const assignText = `Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, ${KEY}]'`;
    // Like Camunda's task-worker role: candidateGroups grants to claim and complete, none to assign.
    const withoutPropertyGrants: DirectorySnapshot = {
      ...directory,
      authorizations: [
        ...directory.authorizations.filter((a) => a.resourceType !== 'USER_TASK'),
        {
          ownerType: 'ROLE',
          ownerId: 'task-worker',
          resourceType: 'USER_TASK',
          resourceId: null,
          resourcePropertyName: 'candidateGroups',
          permissionTypes: ['READ', 'CLAIM', 'COMPLETE'],
        },
      ],
    };
    const assign = diagnoseRequest({
      ...pasted(assignText, 403, 'assignUserTask', { type: 'USER', id: 'nina' }),
      snapshot: { data: withoutPropertyGrants, view: 'directory' },
    });
    expect(assign.candidateGroups).toBeNull();
    expect(assign.membershipFixes).toEqual([]);
  });

  it('a membership that fixes it only together with a new grant is shown, but not handed to "apply" alone', () => {
    const assignText = `Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, ${KEY}]'`;
    // Team leads may assign the tasks of their candidate groups; accounting's own grant only claims.
    const withLeads: DirectorySnapshot = {
      ...directory,
      authorizations: [
        ...directory.authorizations,
        {
          ownerType: 'ROLE',
          ownerId: 'team-lead',
          resourceType: 'USER_TASK',
          resourceId: null,
          resourcePropertyName: 'candidateGroups',
          permissionTypes: ['UPDATE'],
        },
      ],
    };
    const assign = diagnoseRequest({
      ...pasted(assignText, 403, 'assignUserTask', { type: 'USER', id: 'nina' }),
      snapshot: { data: withLeads, view: 'directory' },
    });
    const [first] = assign.candidateGroups?.options ?? [];
    expect(english(first?.title)).toBe(
      'Add user nina to candidate group accounting, and grant the group UPDATE on tasks where it is a candidate group',
    );
    expect(first?.verified).toBe(true);
    expect(assign.membershipFixes).toEqual([]);
  });

  it('with groups from the token, joining a group is the identity provider’s job, not a REST call', () => {
    const tokenGroups = diagnoseRequest({
      ...pasted(claimText, 403, 'assignUserTask', { type: 'USER', id: 'nina' }),
      principal: {
        subject: { type: 'USER', id: 'nina', claims: {}, groupsFromToken: ['sales'] },
        description: 'user nina',
      },
    });
    expect(english(tokenGroups.candidateGroups?.sentence)).toContain('`sales` (from the token’s groups claim)');
    const [first] = tokenGroups.candidateGroups?.options ?? [];
    expect(first?.memberships).toEqual([]);
    expect(english(first?.external)).toBe(
      "Add user nina to group accounting in the identity provider, so the token's groups claim carries it.",
    );
  });
});

describe('a search filtered to nothing: paul’s process instance search answers 200 with no items', () => {
  const d = diagnoseRequest({
    request: {
      kind: 'logged',
      entry: {
        requestId: 'r-9',
        method: 'POST',
        path: '/v2/process-instances/search',
        status: 200,
        problem: null,
        requestHeaders: {},
        requestBody: { filter: {} },
      },
    },
    cluster: { ...helmCluster, restAddress: 'http://localhost:8081/v2' },
    version: '8.9',
    principal: { subject: { type: 'USER', id: 'paul' }, description: 'user paul' },
    snapshot: { data: directory, view: 'directory' },
    task: null,
    catalogue: OPERATION_CATALOGUE,
  });

  it('names the read permission the search filters by, and drafts it for paul', () => {
    expect(d.explanation.kind).toBe('permission');
    expect(english(d.explanation.sentence)).toContain(
      'searches filter what the caller may not read instead of refusing',
    );
    expect(english(d.noFixReason)).toBeNull();
    expect(d.owners[0]?.fixes[0]?.body).toEqual({
      ownerId: 'paul',
      ownerType: 'USER',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: '*',
      permissionTypes: ['READ_PROCESS_INSTANCE'],
    });
    expect(d.evaluation?.allowed).toBe(false);
  });
});

describe('configuration causes: the token, not an authorization', () => {
  const oidc: ClaimSettings = {
    issuer: 'http://localhost:18080/realms/camunda',
    audience: 'orchestration-api',
    usernameClaim: 'preferred_username',
    clientIdClaim: 'client_id',
    groupsClaim: null,
    preferUsernameClaim: false,
  };
  function withToken(token: Record<string, unknown>) {
    return diagnoseRequest({
      ...pasted('Unauthorized', 401, 'getUserTask', { type: 'CLIENT', id: 'tasklist' }),
      cluster: { ...saasCluster, restAddress: 'http://localhost:8082/v2', oidc },
      token,
    });
  }

  it('a token for another audience names the audiences setting and the token-side alternative', () => {
    const d = withToken({ iss: oidc.issuer, aud: 'account', client_id: 'tasklist' });
    expect(d.configuration.map((c) => [c.kind, c.setting, c.env, c.value])).toEqual([
      [
        'audience',
        'camunda.security.authentication.oidc.audiences',
        'CAMUNDA_SECURITY_AUTHENTICATION_OIDC_AUDIENCES',
        'orchestration-api,account',
      ],
    ]);
    expect(english(d.configuration[0]?.alternative)).toContain('Request the token with audience `orchestration-api`');
  });

  it('an unknown issuer names issuer-uri', () => {
    const d = withToken({ iss: 'https://other.example', aud: 'orchestration-api', client_id: 'tasklist' });
    expect(d.configuration.map((c) => c.setting)).toEqual(['camunda.security.authentication.oidc.issuer-uri']);
  });

  it('a user token carrying the client-id claim names prefer-username-claim', () => {
    const d = withToken({
      iss: oidc.issuer,
      aud: 'orchestration-api',
      client_id: 'tasklist',
      preferred_username: 'anna',
    });
    expect(d.configuration.map((c) => [c.setting, c.value])).toEqual([
      ['camunda.security.authentication.oidc.prefer-username-claim', 'true'],
    ]);
    expect(english(d.configuration[0]?.sentence)).toContain(
      'so the cluster checks it as `CLIENT` tasklist: grants of user anna do not apply',
    );
  });

  it('without a token, a pasted 401 for another audience still names the setting and the expected audience', () => {
    const d = diagnoseRequest({
      ...pasted(
        'An error occurred while attempting to decode the Jwt: The aud claim is not valid',
        401,
        'getUserTask',
        { type: 'CLIENT', id: 'tasklist' },
      ),
      cluster: { ...saasCluster, restAddress: 'http://localhost:8082/v2', oidc },
    });
    expect(d.explanation.kind).toBe('unauthenticated');
    expect(d.configuration.map((c) => [c.kind, c.env, c.value])).toEqual([
      ['audience', 'CAMUNDA_SECURITY_AUTHENTICATION_OIDC_AUDIENCES', "orchestration-api,<the token's aud>"],
    ]);
    expect(d.owners).toEqual([]);
  });

  it('a 401 naming neither claim points at the username and client-id claim settings', () => {
    // An OIDC cluster's answer: a Basic cluster has no claim settings to point at.
    const d = diagnoseRequest({
      ...pasted(
        'Neither username claim (preferred_username) nor clientId claim (client_id) could be found in the claims. Please check your OIDC configuration.',
        401,
        'getUserTask',
        { type: 'CLIENT', id: 'tasklist' },
      ),
      cluster: { ...saasCluster, restAddress: 'http://localhost:8082/v2', oidc },
    });
    expect(d.configuration.map((c) => c.kind)).toEqual(['claim-names']);
    expect(english(d.configuration[0]?.sentence)).toContain(
      'neither the username claim `preferred_username` nor the client-id claim `client_id`',
    );
  });

  it('a good token has no configuration cause', () => {
    expect(withToken({ iss: oidc.issuer, aud: ['orchestration-api'], client_id: 'tasklist' }).configuration).toEqual(
      [],
    );
  });
});
