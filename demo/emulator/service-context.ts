import type { ApiVersion } from '../scenarios/scenario-types.ts';
import type { Access } from './authorization-engine.ts';
import type { ClusterState } from './cluster-state.ts';
import { isKey } from './keys.ts';
import { ApiProblem } from './problems.ts';

/** What a domain operation needs: the cluster's state, its API version and the caller's access. */
export interface ServiceContext {
  state: ClusterState;
  version: ApiVersion;
  access: Access;
  /** The scenario clock, advancing with wall time since the cluster (re)started. */
  now(): string;
  /** bcrypt cost for passwords set through the API. */
  bcryptCost: number;
}

/** A handler's answer; `body` undefined means no body (204). */
export interface ServiceResult {
  status: number;
  body?: unknown;
  /** Sends `body` (a string) as is with this media type instead of JSON, e.g. BPMN XML. */
  contentType?: string;
}

export const noContent: ServiceResult = { status: 204 };
export const ok = (body: unknown): ServiceResult => ({ status: 200, body });
export const created = (body: unknown): ServiceResult => ({ status: 201, body });

/** Path keys are Java longs; a non-numeric key fails conversion before any handler runs (Spring 400). */
export function requireKey(name: string, value: string): string {
  if (!isKey(value)) throw new ApiProblem(400, 'Bad Request', `Failed to convert '${name}' with value: '${value}'`);
  return value;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function bodyObject(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (!isObject(body)) throw new ApiProblem(400, 'Bad Request', 'Failed to read request');
  return body;
}
