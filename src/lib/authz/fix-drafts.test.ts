// Expected strings are the running example of docs/camunda-api/applying-authorizations.md (user `kim` needs UPDATE_USER_TASK on
// process definition `invoice`), written out by hand.
import { describe, expect, it } from 'vitest';
import { fixFormats, ownerChoices, proposeFixes, restBody, type AuthorizationDraft } from './fix-drafts.ts';
import { parseForbidden } from './parse-forbidden.ts';
import type { Message } from '../i18n/message.ts';
import { englishT, germanT } from '../../testing/translate.ts';

const en = (message: Message | undefined) => (message ? englishT.message(message) : undefined);
const de = (message: Message | undefined) => (message ? germanT.message(message) : undefined);

/** Every format of a draft; the cluster target defaults to a Basic cluster on localhost:8080. */
function formats(draft: AuthorizationDraft, target: Partial<Parameters<typeof fixFormats>[1]> = {}) {
  return fixFormats(draft, { baseUrl: 'http://localhost:8080', auth: 'basic', ...target });
}

const kimInvoice: AuthorizationDraft = {
  ownerType: 'USER',
  ownerId: 'kim',
  resourceType: 'PROCESS_DEFINITION',
  resourceId: 'invoice',
  permissionTypes: ['UPDATE_USER_TASK'],
};

const TASK = '2251799813685281';

describe('formats of the running example (applying-authorizations.md)', () => {
  it('REST body', () => {
    expect(JSON.stringify(restBody(kimInvoice))).toBe(
      '{"ownerId":"kim","ownerType":"USER","resourceType":"PROCESS_DEFINITION","resourceId":"invoice","permissionTypes":["UPDATE_USER_TASK"]}',
    );
  });

  it('curl with a Basic placeholder, never a real credential', () => {
    expect(formats(kimInvoice, { baseUrl: 'http://localhost:8080/', auth: 'basic' }).curl).toBe(
      [
        "curl -X POST 'http://localhost:8080/v2/authorizations' \\",
        "  -u '<username>:<password>' \\",
        "  -H 'Content-Type: application/json' \\",
        `  -d '{"ownerId":"kim","ownerType":"USER","resourceType":"PROCESS_DEFINITION","resourceId":"invoice","permissionTypes":["UPDATE_USER_TASK"]}'`,
      ].join('\n'),
    );
    expect(formats(kimInvoice, { baseUrl: 'https://c.example', auth: 'oidc' }).curl).toContain(
      "-H 'Authorization: Bearer <access-token>'",
    );
    expect(formats(kimInvoice, { baseUrl: 'http://x', auth: 'none' }).curl).not.toContain('Authorization');
  });

  it('curl posts to one /v2 whether the cluster address ends in /v2 (as Lantern configures it) or not', () => {
    for (const address of ['http://localhost:8080/v2', 'http://localhost:8080/v2/', 'http://localhost:8080']) {
      const curl = formats(kimInvoice, { baseUrl: address, auth: 'basic' }).curl;
      expect(curl).toContain("'http://localhost:8080/v2/authorizations'");
      expect(curl).not.toContain('/v2/v2');
    }
  });

  it('c8ctl', () => {
    expect(formats(kimInvoice).c8ctl).toBe(
      'c8ctl create auth --ownerType=USER --ownerId=kim --resourceType=PROCESS_DEFINITION --resourceId=invoice --permissions=UPDATE_USER_TASK',
    );
    expect(formats({ ...kimInvoice, resourceId: '*' }).c8ctl).toContain("--resourceId='*'");
  });

  it('identity-as-code YAML', () => {
    expect(formats(kimInvoice).yaml).toBe(
      [
        'camunda:',
        '  security:',
        '    initialization:',
        '      authorizations:',
        '        - ownerType: USER',
        '          ownerId: kim',
        '          resourceType: PROCESS_DEFINITION',
        '          resourceId: invoice',
        '          permissions:',
        '            - UPDATE_USER_TASK',
      ].join('\n'),
    );
  });

  it('environment variables', () => {
    expect(formats(kimInvoice).env).toBe(
      [
        'CAMUNDA_SECURITY_INITIALIZATION_AUTHORIZATIONS_0_OWNER_TYPE=USER',
        'CAMUNDA_SECURITY_INITIALIZATION_AUTHORIZATIONS_0_OWNER_ID=kim',
        'CAMUNDA_SECURITY_INITIALIZATION_AUTHORIZATIONS_0_RESOURCE_TYPE=PROCESS_DEFINITION',
        'CAMUNDA_SECURITY_INITIALIZATION_AUTHORIZATIONS_0_RESOURCE_ID=invoice',
        'CAMUNDA_SECURITY_INITIALIZATION_AUTHORIZATIONS_0_PERMISSIONS=UPDATE_USER_TASK',
      ].join('\n'),
    );
    expect(formats(kimInvoice, { envIndex: 3 }).env).toContain('AUTHORIZATIONS_3_OWNER_ID=kim');
  });

  it('Helm orchestration.extraConfiguration, chart 8.8: a file map imported through SPRING_CONFIG_IMPORT', () => {
    expect(formats(kimInvoice, { version: '8.8' }).helm).toBe(
      [
        'orchestration:',
        '  env:',
        '    - name: SPRING_CONFIG_IMPORT',
        '      value: "optional:file:/usr/local/camunda/config/identity-as-code.yaml"',
        '  extraConfiguration:',
        '    identity-as-code.yaml: |',
        '      camunda:',
        '        security:',
        '          initialization:',
        '            authorizations:',
        '              - ownerType: USER',
        '                ownerId: kim',
        '                resourceType: PROCESS_DEFINITION',
        '                resourceId: invoice',
        '                permissions:',
        '                  - UPDATE_USER_TASK',
      ].join('\n'),
    );
  });

  it('Helm orchestration.extraConfiguration, chart 8.9+', () => {
    expect(formats(kimInvoice).helm).toBe(
      [
        'orchestration:',
        '  extraConfiguration:',
        '    - file: identity-as-code.yaml',
        '      content: |',
        '        camunda:',
        '          security:',
        '            initialization:',
        '              authorizations:',
        '                - ownerType: USER',
        '                  ownerId: kim',
        '                  resourceType: PROCESS_DEFINITION',
        '                  resourceId: invoice',
        '                  permissions:',
        '                    - UPDATE_USER_TASK',
      ].join('\n'),
    );
  });

  it('quotes * and numeric ids in YAML', () => {
    expect(formats({ ...kimInvoice, resourceId: '*' }).yaml).toContain('resourceId: "*"');
    expect(formats({ ...kimInvoice, resourceType: 'USER_TASK', resourceId: TASK }).yaml).toContain(
      `resourceId: "${TASK}"`,
    );
  });

  it('property-based grants: REST and YAML with resourcePropertyName, no c8ctl', () => {
    const draft: AuthorizationDraft = {
      ownerType: 'GROUP',
      ownerId: 'accounting',
      resourceType: 'USER_TASK',
      resourcePropertyName: 'candidateGroups',
      permissionTypes: ['READ', 'CLAIM', 'COMPLETE'],
    };
    expect(JSON.stringify(restBody(draft))).toBe(
      '{"ownerId":"accounting","ownerType":"GROUP","resourceType":"USER_TASK","resourcePropertyName":"candidateGroups","permissionTypes":["READ","CLAIM","COMPLETE"]}',
    );
    expect(formats(draft).c8ctl).toBeNull();
    expect(formats(draft).yaml).toContain('resourcePropertyName: candidateGroups');
    expect(formats(draft).env).toContain('_RESOURCE_PROPERTY_NAME=candidateGroups');
    expect(fixFormats(draft, { baseUrl: 'http://x', auth: 'basic' }).c8ctl).toBeNull();
  });

  it('escapes single quotes in shell arguments', () => {
    const curl = formats({ ...kimInvoice, ownerId: "o'brien" }, { baseUrl: 'http://x', auth: 'none' }).curl;
    expect(curl).toContain(`"ownerId":"o'\\''brien"`);
  });
});

describe('proposeFixes', () => {
  const assign89 = parseForbidden(
    {
      status: 403,
      detail: `Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, ${TASK}]'`,
    },
    { method: 'POST', path: `/v2/user-tasks/${TASK}/assignment`, version: '8.9' },
  );

  it('recommends the process-level grant on the named process, not *', () => {
    const fixes = proposeFixes(assign89, { ownerType: 'USER', ownerId: 'ron' }, { version: '8.9' });
    expect(fixes[0]?.draft).toEqual({
      ownerType: 'USER',
      ownerId: 'ron',
      resourceType: 'PROCESS_DEFINITION',
      resourceId: 'invoice',
      permissionTypes: ['UPDATE_USER_TASK'],
    });
    expect(fixes[0]?.recommended).toBe(true);
    expect(en(fixes[0]?.rationale)).toBe(
      'UPDATE_USER_TASK on process `invoice` only — not `*`, which would grant it on every process.',
    );
    expect(de(fixes[0]?.rationale)).toBe(
      'UPDATE_USER_TASK nur für Prozess `invoice` – nicht `*`, das sie für alle Prozesse erteilen würde.',
    );
    expect(fixes.slice(1).map((f) => [f.draft.resourceType, f.draft.resourceId, f.recommended])).toEqual([
      ['USER_TASK', TASK, false],
    ]);
    expect(en(fixes[1]?.rationale)).toContain('fixes just this one task');
  });

  it('offers a property-based USER_TASK grant when the principal matches a task property', () => {
    const fixes = proposeFixes(
      assign89,
      { ownerType: 'USER', ownerId: 'anna' },
      {
        version: '8.9',
        username: 'anna',
        groups: ['accounting'],
        task: { userTaskKey: TASK, processDefinitionId: 'invoice', candidateGroups: ['accounting'] },
      },
    );
    expect(fixes.map((f) => f.draft.resourcePropertyName ?? f.draft.resourceId)).toEqual([
      'invoice',
      'candidateGroups',
      TASK,
    ]);
  });

  it('prefers the narrower CLAIM permissions for a claim denial', () => {
    const claim = parseForbidden({
      status: 403,
      detail: `Command 'CLAIM' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'CLAIM_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, ${TASK}]'; and Insufficient permissions to perform operation 'CLAIM' on resource 'USER_TASK', required resource identifiers are one of '[*, ${TASK}]'`,
    });
    const fixes = proposeFixes(claim, { ownerType: 'USER', ownerId: 'kim' }, { version: '8.9' });
    expect(fixes.map((f) => `${f.draft.resourceType}:${f.draft.permissionTypes.join(',')}`)).toEqual([
      'PROCESS_DEFINITION:CLAIM_USER_TASK',
      'USER_TASK:CLAIM',
    ]);
  });

  it('never proposes USER_TASK or property-based grants on 8.8', () => {
    const fixes = proposeFixes(
      assign89,
      { ownerType: 'USER', ownerId: 'anna' },
      {
        version: '8.8',
        username: 'anna',
        task: { userTaskKey: TASK, processDefinitionId: 'invoice', assignee: 'anna' },
      },
    );
    expect(fixes.map((f) => f.draft.resourceType)).toEqual(['PROCESS_DEFINITION']);
  });

  it('uses * for checks that are not id-scoped, and the task process for read-side texts', () => {
    const create = parseForbidden({
      status: 403,
      detail:
        "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE' on resource 'AUTHORIZATION'",
    });
    expect(proposeFixes(create, { ownerType: 'CLIENT', ownerId: 'ops' }, { version: '8.9' })[0]?.draft).toEqual({
      ownerType: 'CLIENT',
      ownerId: 'ops',
      resourceType: 'AUTHORIZATION',
      resourceId: '*',
      permissionTypes: ['CREATE'],
    });
    const read = parseForbidden(
      { status: 403, detail: "Unauthorized to perform operation 'READ_USER_TASK' on resource 'PROCESS_DEFINITION'" },
      { method: 'GET', path: `/v2/user-tasks/${TASK}` },
    );
    const fixes = proposeFixes(
      read,
      { ownerType: 'USER', ownerId: 'kim' },
      {
        version: '8.8',
        task: { userTaskKey: TASK, processDefinitionId: 'invoice' },
      },
    );
    expect(fixes[0]?.draft.resourceId).toBe('invoice');
  });

  it('proposes nothing for tenant, not-found and unknown explanations', () => {
    const unknown = parseForbidden({ status: 403, detail: 'Access Denied' });
    expect(proposeFixes(unknown, { ownerType: 'USER', ownerId: 'kim' }, { version: '8.9' })).toEqual([]);
  });
});

describe('ownerChoices', () => {
  it('offers the principal, its groups and roles, each with its trade-off', () => {
    const choices = ownerChoices({ type: 'USER', id: 'ron' }, { groups: ['auditors'], roles: ['readonly-admin'] });
    expect(choices.map((c) => `${c.owner.ownerType}:${c.owner.ownerId}`)).toEqual([
      'USER:ron',
      'GROUP:auditors',
      'ROLE:readonly-admin',
    ]);
    expect(en(choices[1]?.tradeOff)).toBe('Every member of group auditors gets it, now and in the future.');
    expect(de(choices[1]?.tradeOff)).toBe('Jedes Mitglied der Gruppe auditors erhält sie, jetzt und künftig.');
    expect(en(ownerChoices({ type: 'CLIENT', id: 'worker-client' })[0]?.tradeOff)).toContain(
      'CLIENT owners need no Identity record',
    );
  });
});
