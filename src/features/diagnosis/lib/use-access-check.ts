import { useCallback, useRef, useState } from 'react';
import {
  CAPABILITIES,
  type Capability,
  type CapabilityVerdict,
  interpretProbe,
  type ProbeOutcome,
} from '../../../lib/authz/capabilities.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import { runProbe } from '../api/diagnosis-api.ts';

export interface ProbeRow {
  capability: Capability;
  outcome: ProbeOutcome | null;
  requestId: string | null;
  durationMs: number | null;
}

export interface AccessCheckState {
  rows: Record<string, ProbeRow>;
  running: boolean;
  done: number;
  total: number;
  totalMs: number | null;
  slowestMs: number | null;
}

function firstTaskKey(outcome: ProbeOutcome): string | null {
  if (outcome.kind !== 'response' || outcome.body === null || typeof outcome.body !== 'object') return null;
  const items = (outcome.body as { items?: unknown }).items;
  if (!Array.isArray(items)) return null;
  const first = items[0] as { userTaskKey?: unknown } | undefined;
  return typeof first?.userTaskKey === 'string' ? first.userTaskKey : null;
}

/**
 * Runs every read-only probe concurrently. GET-by-key probes need a task the caller can see,
 * so they start the moment the task search answers — not after the whole first wave.
 */
export function useAccessCheck(clusterId: string, list: readonly Capability[] = CAPABILITIES) {
  const probeable = list.filter((c) => c.probe !== null);
  const [state, setState] = useState<AccessCheckState>({
    rows: {},
    running: false,
    done: 0,
    total: probeable.length,
    totalMs: null,
    slowestMs: null,
  });
  const generation = useRef(0);

  const run = useCallback(async () => {
    generation.current += 1;
    const mine = generation.current;
    const capabilities = list.filter((c) => c.probe !== null);
    setState({ rows: {}, running: true, done: 0, total: capabilities.length, totalMs: null, slowestMs: null });
    const started = performance.now();
    let slowest = 0;
    const probe = async (capability: Capability, userTaskKey: string | null): Promise<ProbeOutcome> => {
      const t0 = performance.now();
      const { outcome, requestId } = await runProbe(clusterId, capability, { userTaskKey });
      const durationMs = Math.round(performance.now() - t0);
      if (outcome.kind !== 'skipped') slowest = Math.max(slowest, durationMs);
      if (generation.current === mine) {
        setState((s) => ({
          ...s,
          done: s.done + 1,
          rows: { ...s.rows, [capability.id]: { capability, outcome, requestId, durationMs } },
        }));
      }
      return outcome;
    };
    const independent = capabilities.filter((c) => !c.probe?.needs);
    const dependent = capabilities.filter((c) => c.probe?.needs === 'userTaskKey');
    const jobs: Promise<unknown>[] = independent.map((c) => {
      const job = probe(c, null);
      if (c.id !== 'search-user-tasks') return job;
      return job.then((outcome) => {
        const key = firstTaskKey(outcome);
        return Promise.all(dependent.map((d) => probe(d, key)));
      });
    });
    await Promise.all(jobs);
    if (generation.current === mine) {
      setState((s) => ({ ...s, running: false, totalMs: Math.round(performance.now() - started), slowestMs: slowest }));
    }
  }, [clusterId, list]);

  return { state, run };
}

/**
 * The cell of one capability: its probe, sharpened by (or, for writes, taken from) the
 * authorization data. On an unprotected API nothing is checked, so writes are allowed without
 * asking and `/me` has nobody to describe — said as such, not as "unknown" or "not signed in".
 */
export function verdictFor(
  capability: Capability,
  version: ClusterVersion,
  row: ProbeRow | undefined,
  evaluated: CapabilityVerdict | null,
  running: boolean,
  unprotected = false,
): CapabilityVerdict | 'pending' {
  if (capability.probe === null) {
    if (unprotected) {
      return {
        verdict: 'allowed',
        reason: capability.notProbed
          ? `Not probed (${capability.notProbed}); the API is unprotected, so nothing checks it.`
          : 'Not checked: the API is unprotected (writes are never sent to find out).',
        source: 'authorizations',
      };
    }
    const notProbed = capability.notProbed ? `Not probed: ${capability.notProbed}.` : null;
    if (evaluated && notProbed) return { ...evaluated, reason: `${notProbed} ${evaluated.reason}` };
    return (
      evaluated ?? {
        verdict: 'unknown',
        reason: notProbed
          ? `${notProbed} This caller cannot read the authorizations to evaluate it.`
          : 'Writes are never probed, and this caller cannot read the authorizations to evaluate it.',
        source: 'authorizations',
      }
    );
  }
  if (!row?.outcome) return running ? 'pending' : { verdict: 'unknown', reason: 'Not checked yet.', source: 'probe' };
  if (unprotected && row.outcome.kind === 'response' && row.outcome.status === 401) {
    return {
      verdict: 'unknown',
      reason: 'No identity to read: callers of an unprotected API are anonymous, so this answers 401.',
      source: 'probe',
    };
  }
  if (unprotected && row.outcome.kind === 'response' && row.outcome.status >= 200 && row.outcome.status < 300) {
    // Nothing filters on an unprotected API: an empty page means there is nothing, not a missing grant.
    const verdict = interpretProbe(capability, version, row.outcome, evaluated);
    return verdict.verdict === 'filtered-empty'
      ? {
          verdict: 'allowed',
          reason: `HTTP ${row.outcome.status}, no items (nothing is filtered here).`,
          source: 'probe',
        }
      : verdict;
  }
  return interpretProbe(capability, version, row.outcome, evaluated);
}
