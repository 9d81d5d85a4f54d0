import { useCallback, useRef, useState } from 'react';
import {
  CAPABILITIES,
  type Capability,
  type CapabilityVerdict,
  interpretProbe,
  keyFromSearch,
  type ProbeOutcome,
  probeRequest,
} from '../../../lib/authz/capabilities.ts';
import type { CatalogueEntry } from '../../../lib/catalogue/types.ts';
import type { ClusterVersion } from '../../../lib/authz/model.ts';
import { msg, type Message } from '../../../lib/i18n/message.ts';
import { runProbe } from '../api/diagnosis-api.ts';

export interface ProbeRow {
  capability: Capability;
  /** The path the probe sent (with the key a read by key used); null when nothing was sent. */
  path: string | null;
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

/** Why a read by key was not sent: the search that lists its keys showed none (or failed). */
function noKeyReason(noun: Message, search: ProbeOutcome): Message {
  if (search.kind === 'response' && search.status >= 200 && search.status < 300) {
    return msg('access.probe.noKeyEmpty', { noun });
  }
  return msg('access.probe.noKeyFailed', { noun });
}

/** Two whole sentences of a cell, one after the other ("Not probed: …. Nothing grants …."). */
function both(first: Message, second: Message): Message {
  return msg('access.verdict.twoSentences', { first, second });
}

export type ProbeSender = (
  capability: Capability,
  params: Record<string, string>,
) => Promise<{ outcome: ProbeOutcome; requestId: string | null }>;

/**
 * Sends every read-only probe of `capabilities` at once. A read by key needs a key the caller can
 * see, so it is sent the moment the search that lists its key answers — not after the whole first
 * wave — and is skipped (judged from the grants instead) when that search shows nothing. Each answer
 * goes to `onRow` as it arrives; resolves with the slowest probe's duration.
 */
export async function runProbes(
  capabilities: readonly Capability[],
  send: ProbeSender,
  onRow: (row: ProbeRow) => void,
): Promise<{ slowestMs: number }> {
  let slowest = 0;
  const probe = async (capability: Capability, params: Record<string, string>): Promise<ProbeOutcome> => {
    const t0 = performance.now();
    const { outcome, requestId } = await send(capability, params);
    const durationMs = Math.round(performance.now() - t0);
    if (outcome.kind !== 'skipped') slowest = Math.max(slowest, durationMs);
    onRow({ capability, path: probeRequest(capability, params)?.path ?? null, outcome, requestId, durationMs });
    return outcome;
  };
  const skip = (capability: Capability, reason: Message) =>
    onRow({ capability, path: null, outcome: { kind: 'skipped', reason }, requestId: null, durationMs: null });
  const probed = capabilities.filter((c) => c.probe !== null);
  const independent = probed.filter((c) => !c.probe?.needs);
  const dependent = probed.filter((c) => c.probe?.needs);
  const byKey = async (capability: Capability, search: ProbeOutcome): Promise<void> => {
    const needs = capability.probe?.needs;
    if (!needs) return;
    const key = keyFromSearch(search, needs.param);
    if (key) await probe(capability, { [needs.param]: key });
    else skip(capability, noKeyReason(needs.noun, search));
  };
  for (const orphan of dependent.filter((d) => !independent.some((c) => c.id === d.probe?.needs?.from))) {
    skip(orphan, msg('access.probe.orphan'));
  }
  await Promise.all(
    independent.map(async (capability) => {
      const outcome = await probe(capability, {});
      await Promise.all(dependent.filter((d) => d.probe?.needs?.from === capability.id).map((d) => byKey(d, outcome)));
    }),
  );
  return { slowestMs: slowest };
}

/** The access check as React state: `run` starts a run; a newer run makes an older one's answers stale. */
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
    const total = list.filter((c) => c.probe !== null).length;
    setState({ rows: {}, running: true, done: 0, total, totalMs: null, slowestMs: null });
    const started = performance.now();
    const { slowestMs } = await runProbes(
      list,
      (capability, params) => runProbe(clusterId, capability, params),
      (row) => {
        if (generation.current !== mine) return;
        setState((s) => ({ ...s, done: s.done + 1, rows: { ...s.rows, [row.capability.id]: row } }));
      },
    );
    if (generation.current === mine) {
      setState((s) => ({ ...s, running: false, totalMs: Math.round(performance.now() - started), slowestMs }));
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
  catalogue: readonly CatalogueEntry[] | null = null,
): CapabilityVerdict | 'pending' {
  const wording = { catalogue, path: row?.path ?? null };
  if (capability.probe === null) {
    if (unprotected) {
      return {
        verdict: 'allowed',
        reason: capability.notProbed
          ? msg('access.verdict.notProbedUnprotected', { why: capability.notProbed })
          : msg('access.verdict.writeUnprotected'),
        source: 'authorizations',
      };
    }
    const notProbed = capability.notProbed ? msg('access.verdict.notProbed', { why: capability.notProbed }) : null;
    if (evaluated && notProbed) return { ...evaluated, reason: both(notProbed, evaluated.reason) };
    return (
      evaluated ?? {
        verdict: 'unknown',
        reason: notProbed
          ? both(notProbed, msg('access.verdict.cannotEvaluate'))
          : msg('access.verdict.writeCannotEvaluate'),
        source: 'authorizations',
      }
    );
  }
  if (!row?.outcome) {
    return running ? 'pending' : { verdict: 'unknown', reason: msg('access.verdict.notCheckedYet'), source: 'probe' };
  }
  if (row.outcome.kind === 'skipped' && capability.probe.needs) {
    // No key to probe with: the authorization data decides, and the cell says why no probe was sent.
    if (unprotected)
      return {
        verdict: 'allowed',
        reason: both(row.outcome.reason, msg('access.verdict.apiUnprotected')),
        source: 'probe',
      };
    if (evaluated) return { ...evaluated, reason: both(row.outcome.reason, evaluated.reason) };
  }
  if (unprotected && row.outcome.kind === 'response' && row.outcome.status === 401) {
    return {
      verdict: 'unknown',
      reason: msg('access.verdict.anonymousMe'),
      source: 'probe',
    };
  }
  if (unprotected && row.outcome.kind === 'response' && row.outcome.status >= 200 && row.outcome.status < 300) {
    // Nothing filters on an unprotected API: an empty page means there is nothing, not a missing grant.
    const verdict = interpretProbe(capability, version, row.outcome, evaluated, wording);
    return verdict.verdict === 'filtered-empty'
      ? {
          verdict: 'allowed',
          reason: msg('access.verdict.unfilteredEmpty', { status: row.outcome.status }),
          source: 'probe',
        }
      : verdict;
  }
  return interpretProbe(capability, version, row.outcome, evaluated, wording);
}
