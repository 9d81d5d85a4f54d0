import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { OPERATION_CATALOGUE } from '../src/lib/catalogue/operation-catalogue.ts';
import { MATRIX_INFERENCES, MATRIX_SOURCES, PERMISSION_MATRIX } from '../src/lib/catalogue/permission-matrix.ts';
import {
  API_VERSIONS,
  type ApiVersion,
  type CatalogueEntry,
  type OperationVersionFacts,
  type PermissionAlternative,
} from '../src/lib/catalogue/types.ts';

// Writes docs/operation-catalogue.md from the catalogue data (src/lib/catalogue). The doc is never
// edited by hand; scripts/generate-catalogue-doc.test.ts fails when it is stale.
//
//   node --import tsx scripts/generate-catalogue-doc.ts

export const DOC_PATH = path.resolve(import.meta.dirname, '..', 'docs', 'operation-catalogue.md');

const BEHAVIOUR_TEXT: Record<OperationVersionFacts['behaviour'], string> = {
  command: 'engine command: 403 `Command …`',
  getByKey: 'GET by key: 403 `Unauthorized …`',
  filtered: 'filtered silently (200)',
  gatewayCheck: 'gateway check: 403 `Unauthorized …`',
  authenticated: 'authentication only',
  unprotected: 'unprotected',
};

function resourceIdText(p: PermissionAlternative): string {
  const id = p.resourceId;
  const base =
    id.from === 'wildcard'
      ? '`*` only'
      : id.from === 'path'
        ? `path \`${id.name}\``
        : id.from === 'body'
          ? `body \`${id.name}\``
          : `${id.id} of \`${id.via}\``;
  return p.propertyNames ? `${base} or property ${p.propertyNames.map((n) => `\`${n}\``).join('/')}` : base;
}

function permissionsText(f: OperationVersionFacts): string {
  if (f.permissions.length === 0) return '—';
  const each = f.permissions.map((p) => `\`${p.resourceType}:${p.permissionType}\` (${resourceIdText(p)})`);
  return f.selection === 'byTarget' ? `per target, by its kind: ${each.join(' / ')}` : each.join(' **or** ');
}

/** What a version's facts say, without the presence inference (shown in the versions column). */
function factsText(f: OperationVersionFacts): string {
  const intent = f.intent ? `, intent \`${f.intent}\`` : '';
  return `${permissionsText(f)}<br>${BEHAVIOUR_TEXT[f.behaviour]}${intent}; tenant: ${f.tenantCheck}`;
}

/** Versions with equal facts share one line: `8.9, 8.10: …`. */
function permissionsCell(entry: CatalogueEntry): string {
  const groups = new Map<string, ApiVersion[]>();
  for (const version of API_VERSIONS) {
    const f = entry.versions[version];
    if (!f) continue;
    const text = factsText(f);
    groups.set(text, [...(groups.get(text) ?? []), version]);
  }
  if (groups.size === 1) return [...groups.keys()][0] ?? '';
  return [...groups].map(([text, versions]) => `**${versions.join(', ')}:** ${text}`).join('<br>');
}

function versionsCell(entry: CatalogueEntry): string {
  return API_VERSIONS.map((v) => {
    const f = entry.versions[v];
    if (!f) return `~~${v}~~`;
    return f.inferred?.some((i) => i.fact === 'presence') ? `${v}?` : v;
  }).join(' ');
}

function inferredFacts(entry: CatalogueEntry): string {
  const facts = new Set<string>();
  for (const v of API_VERSIONS)
    for (const i of entry.versions[v]?.inferred ?? []) if (i.fact !== 'presence') facts.add(i.fact);
  return facts.size ? [...facts].join(', ') : '—';
}

function groupOf(entry: CatalogueEntry): string {
  return entry.path.split('/')[1] ?? '';
}

export function renderCatalogueDoc(catalogue: readonly CatalogueEntry[] = OPERATION_CATALOGUE): string {
  const sources = [...new Set(catalogue.flatMap((e) => e.sources))].sort();
  const sourceNumber = new Map(sources.map((s, i) => [s, i + 1]));
  const count = (v: ApiVersion) => catalogue.filter((e) => e.versions[v]).length;
  const withInference = (v: ApiVersion, fact: string) =>
    catalogue.filter((e) => e.versions[v]?.inferred?.some((i) => i.fact === fact)).length;

  const out: string[] = [];
  out.push('# Operation catalogue: /v2 permissions per version');
  out.push('');
  out.push(
    'Generated from `src/lib/catalogue/` by `node --import tsx scripts/generate-catalogue-doc.ts`; do not edit by hand ' +
      '(`scripts/generate-catalogue-doc.test.ts` fails when this file is stale). Every operation of the Orchestration ' +
      'Cluster REST API of 8.8, 8.9 and 8.10, the permissions that let a caller through, how a refusal looks, and ' +
      'where each fact comes from.',
  );
  out.push('');
  out.push('## Where the facts come from');
  out.push('');
  out.push(
    '- **Operations, methods and paths**: the generated clients of Camunda’s Apache-2.0 SDK ' +
      '`@camunda8/orchestration-cluster-api` 8.8.4 (8.8) and 9.1.5 (8.9, per its README). No 8.10 SDK is published: ' +
      'the 8.10 list is the 8.9 list (marked `8.10?`, carried over) plus the operations Camunda’s main-branch ' +
      'OpenAPI files mark `x-added-in-version: "8.10"` (`src/lib/catalogue/operations-added-in-8-10.ts`). ' +
      '`scripts/catalogue-sdk.test.ts` checks the catalogue against both SDKs.',
  );
  out.push(
    '- **Permissions**: the `x-required-permissions` / `x-permission-enforcement` of Camunda’s OpenAPI files where ' +
      'they were read (jobs, user tasks, process definitions, authorizations), the authorizations docs (resource ' +
      'and permission tables, default roles), Operate’s and Tasklist’s access-control docs, and refusal texts ' +
      'asserted by Camunda’s own tests. Anything else is marked **inferred** with its reason (see the last section).',
  );
  out.push(
    "- **Behaviour**: engine commands are refused with `Command '<intent>' rejected with code 'FORBIDDEN': " +
      'Insufficient permissions to perform operation …` (an existing entity of another tenant answers 404); reads by ' +
      'key are fetched, then refused with `Unauthorized to perform operation …` (another tenant’s entity answers 404); ' +
      'searches drop what the caller may not see and answer 200. The exact texts per version are in ' +
      '[camunda-api/error-messages.md](camunda-api/error-messages.md), the model behind them in ' +
      '[camunda-api/authorization-model.md](camunda-api/authorization-model.md).',
  );
  out.push(
    '- **Open question, point reads**: Camunda’s design record for the permission annotations describes a refused ' +
      'single-resource read as a 404; Camunda’s acceptance tests for user tasks assert 403 with the ' +
      '`Unauthorized to perform …` text. The catalogue follows the tests (`GET by key: 403`).',
  );
  out.push('');
  out.push('| version | operations | permissions inferred | intent inferred | presence inferred |');
  out.push('| --- | --- | --- | --- | --- |');
  for (const v of API_VERSIONS) {
    out.push(
      `| ${v} | ${count(v)} | ${withInference(v, 'permissions')} | ${withInference(v, 'intent')} | ${withInference(v, 'presence')} |`,
    );
  }
  out.push('');
  out.push('## Reading the table');
  out.push('');
  out.push('- **Versions**: `8.8` present, `~~8.8~~` absent, `8.10?` present by inference (no 8.10 SDK).');
  out.push(
    '- **Permissions**: alternatives joined by **or**; any one suffices. `per target, by its kind` lists one ' +
      'permission per kind of target (e.g. message start event vs. waiting catch event); each target touched needs ' +
      'its own. In brackets: where the resource id of the ' +
      'authorization comes from: a path parameter, a body field, an id of the target looked up from a key ' +
      '(e.g. `bpmnProcessId of jobKey`: the BPMN process id of the job’s process), or `*` only. An authorization with ' +
      'resource id `*` always matches.',
  );
  out.push('- **Tenant**: `request` the request names the tenant; `entity` the target’s tenant (404 when foreign); ');
  out.push('  `filter` results limited to the caller’s tenants; `none` nothing tenant-owned.');
  out.push('');

  for (const group of [...new Set(catalogue.map(groupOf))].sort()) {
    out.push(`## /${group}`);
    out.push('');
    out.push('| Operation | Request | Versions | Permissions, behaviour, tenant | Inferred | Sources |');
    out.push('| --- | --- | --- | --- | --- | --- |');
    for (const entry of catalogue.filter((e) => groupOf(e) === group)) {
      const refs = entry.sources.map((s) => `[${sourceNumber.get(s)}](#source-${sourceNumber.get(s)})`).join(' ');
      out.push(
        `| \`${entry.operationId}\` | \`${entry.method} ${entry.path}\` | ${versionsCell(entry)} | ${permissionsCell(entry)} | ${inferredFacts(entry)} | ${refs} |`,
      );
    }
    out.push('');
  }

  out.push('## Permission matrix');
  out.push('');
  out.push('The resource and permission types each version accepts; the catalogue names no other pair.');
  out.push('');
  out.push(`| resource type | ${API_VERSIONS.join(' | ')} |`);
  out.push(`| --- | ${API_VERSIONS.map(() => '---').join(' | ')} |`);
  const types = [...new Set(API_VERSIONS.flatMap((v) => Object.keys(PERMISSION_MATRIX[v])))].sort();
  for (const type of types) {
    const cells = API_VERSIONS.map((v) => {
      const perms = PERMISSION_MATRIX[v][type as keyof (typeof PERMISSION_MATRIX)[ApiVersion]];
      return perms ? perms.join(', ') : '—';
    });
    out.push(`| \`${type}\` | ${cells.join(' | ')} |`);
  }
  out.push('');
  for (const i of MATRIX_INFERENCES) {
    out.push(`- ${i.version} \`${i.resourceType}:${i.permissionType}\` is inferred: ${i.reason}`);
  }
  out.push('');
  out.push('Matrix sources:');
  out.push('');
  for (const s of MATRIX_SOURCES) out.push(`- ${s.startsWith('https://') ? `<${s}>` : `\`${s}\``}`);
  out.push('');

  out.push('## Known gaps');
  out.push('');
  out.push(
    '- 8.10 is unreleased and no 8.10 SDK exists. Camunda’s main branch has more endpoints than are catalogued ' +
      'for 8.10, among them global execution listeners (`/global-execution-listeners…`), the caller’s own ' +
      'authorizations (`POST /authentication/me/authorizations`), cluster mode and restore (`/mode`, `/restore`), ' +
      'agent definitions and instances, and secrets; their release version and permissions were not confirmed, so ' +
      'they are left out rather than guessed. Add them with an 8.10 SDK (`scripts/catalogue-sdk.test.ts` then checks them).',
  );
  out.push(
    '- The engine intent in a command refusal is observed only for user tasks, authorization create/delete, decision ' +
      'instance deletion, batch creation and global task listeners; the others are named after the engine record intent.',
  );
  out.push('');
  out.push('## Inferred facts and their reasons');
  out.push('');
  for (const entry of catalogue) {
    const reasons = new Map<string, ApiVersion[]>();
    for (const v of API_VERSIONS) {
      for (const i of entry.versions[v]?.inferred ?? []) {
        const key = `${i.fact}: ${i.reason}`;
        reasons.set(key, [...(reasons.get(key) ?? []), v]);
      }
    }
    const notes = new Map<string, ApiVersion[]>();
    for (const v of API_VERSIONS) {
      const note = entry.versions[v]?.note;
      if (note) notes.set(note, [...(notes.get(note) ?? []), v]);
    }
    if (reasons.size === 0 && notes.size === 0) continue;
    out.push(`- \`${entry.operationId}\``);
    for (const [text, versions] of reasons) out.push(`  - ${versions.join(', ')} inferred ${text}`);
    for (const [text, versions] of notes) out.push(`  - ${versions.join(', ')} note: ${text}`);
  }
  out.push('');

  out.push('## Sources');
  out.push('');
  sources.forEach((s, i) => {
    const shown = s.startsWith('https://') ? `<${s}>` : `\`${s}\``;
    out.push(`${i + 1}. <a id="source-${i + 1}"></a>${shown}`);
  });
  out.push('');
  return out.join('\n');
}

/** The doc as it must be on disk: rendered, then formatted like every other file of the repo. */
export async function formattedCatalogueDoc(): Promise<string> {
  const options = (await resolveConfig(DOC_PATH)) ?? {};
  return format(renderCatalogueDoc(), { ...options, parser: 'markdown' });
}

export function readCatalogueDoc(): string {
  return readFileSync(DOC_PATH, 'utf8');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(DOC_PATH, await formattedCatalogueDoc());
  console.log(`wrote ${path.relative(process.cwd(), DOC_PATH)}`);
}
