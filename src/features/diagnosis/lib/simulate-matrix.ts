// The simulator's matrix mode (like `rakkess`): several principals × several operations. At
// directory scale (1,000 principals, 10,000 grants) the work is cut into slices that each stay well
// under a frame budget, so the page keeps answering while it runs.
import {
  computeEffectivePermissions,
  type DirectorySnapshot,
  type Subject,
} from '../../../lib/authz/effective-permissions.ts';
import type { Authorization } from '../../../lib/authz/model.ts';
import type { ApiVersion, CatalogueEntry } from '../../../lib/catalogue/types.ts';
import type { Message } from '../../../lib/i18n/message.ts';
import { simulate, type SimulationVerdict } from './simulate.ts';

export interface MatrixPrincipal {
  type: Subject['type'];
  id: string;
}

export interface MatrixCell {
  verdict: SimulationVerdict;
  sentence: Message;
}

export interface MatrixResult {
  principals: MatrixPrincipal[];
  operations: CatalogueEntry[];
  /** `cells[principal][operation]`. */
  cells: MatrixCell[][];
}

export interface MatrixOptions {
  resource: Readonly<Record<string, string>>;
  /** Longest slice of work before yielding to the browser, in ms. */
  sliceMs?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** The owner to evaluate for a principal (e.g. with the token it is assumed to carry); the principal itself by default. */
  subjectOf?: (principal: MatrixPrincipal) => Subject;
  /** How to yield; a macrotask by default, so input and paint can run in between. */
  yieldToBrowser?: () => Promise<void>;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Evaluates every principal against every operation. */
export async function simulateMatrix(
  snapshot: DirectorySnapshot,
  principals: readonly MatrixPrincipal[],
  operations: readonly CatalogueEntry[],
  version: ApiVersion,
  options: MatrixOptions,
): Promise<MatrixResult> {
  const sliceMs = options.sliceMs ?? 25;
  const yieldToBrowser = options.yieldToBrowser ?? defaultYield;
  const cells: MatrixCell[][] = [];
  const byOwner = new Map<string, Authorization[]>();
  for (const authorization of snapshot.authorizations) {
    const key = `${authorization.ownerType}:${authorization.ownerId}`;
    const list = byOwner.get(key);
    if (list) list.push(authorization);
    else byOwner.set(key, [authorization]);
  }
  const withoutGrants: DirectorySnapshot = { ...snapshot, authorizations: [] };
  let sliceStart = performance.now();
  for (const [index, principal] of principals.entries()) {
    if (options.signal?.aborted) throw new DOMException('The matrix was cancelled.', 'AbortError');
    // Resolving the owners first and handing the engine only their grants keeps one principal at
    // a few hundred grants instead of all 10,000 of a large directory.
    const subject = options.subjectOf?.(principal) ?? principal;
    const owners = computeEffectivePermissions(withoutGrants, subject, version).owners;
    const grants = [...new Set(owners.map(({ owner }) => `${owner.type}:${owner.id}`))].flatMap(
      (key) => byOwner.get(key) ?? [],
    );
    const effective = computeEffectivePermissions({ ...snapshot, authorizations: grants }, subject, version);
    cells.push(
      operations.map((entry) => {
        const result = simulate({ entry, version, effective, resource: options.resource, task: null, self: false });
        return { verdict: result.verdict, sentence: result.sentence };
      }),
    );
    if (performance.now() - sliceStart >= sliceMs) {
      options.onProgress?.(index + 1, principals.length);
      await yieldToBrowser();
      sliceStart = performance.now();
    }
  }
  options.onProgress?.(principals.length, principals.length);
  return { principals: [...principals], operations: [...operations], cells };
}

// The CSV's cell values: machine-stable in every UI language, so scripts and spreadsheet filters
// that read an export keep working (src/features/diagnosis/README.md › "Can they…?" CSV).
const VERDICT_VALUE: Record<SimulationVerdict, string> = {
  allowed: 'allowed',
  denied: 'denied',
  filtered: 'filtered',
  unavailable: 'not in this version',
};

export function verdictCsvValue(verdict: SimulationVerdict): string {
  return VERDICT_VALUE[verdict];
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A
 * field a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets
 * a leading `'` and is quoted, so an id like `=HYPERLINK(…)` stays text (OWASP's CSV injection advice).
 */
export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text !== value || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The two column headers people read, in the UI language; the operation columns are `METHOD /path`. */
export interface MatrixCsvHeaders {
  principalType: string;
  principalId: string;
}

/**
 * The matrix as CSV: one row per principal, one column per operation, CRLF line ends. Headers
 * follow the UI language; principal types (`USER`) and verdicts (`allowed`) stay machine-stable.
 */
export function matrixCsv(result: MatrixResult, headers: MatrixCsvHeaders): string {
  const header = [
    headers.principalType,
    headers.principalId,
    ...result.operations.map((op) => `${op.method} ${op.path}`),
  ];
  const rows = result.principals.map((principal, index) => [
    principal.type,
    principal.id,
    ...(result.cells[index] ?? []).map((cell) => verdictCsvValue(cell.verdict)),
  ]);
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
