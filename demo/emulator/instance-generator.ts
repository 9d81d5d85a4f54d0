import type { InstanceState } from './entities.ts';
import type { Scenario } from '../scenarios/scenario-types.ts';
import { seededRandom } from './task-generator.ts';

// Deterministic process-instance history (a seeded PRNG), so `generateProcessInstances` gives the
// same instances on every start and a scale scenario can hold 100,000 of them.

export interface GeneratedInstance {
  processDefinitionId: string;
  state: InstanceState;
  startDate: string;
  endDate: string | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Generated instances in start order (keys grow with time, like a real cluster's). */
export function generateProcessInstances(scenario: Scenario, now: number): GeneratedInstance[] {
  const gen = scenario.generateProcessInstances;
  const processes = scenario.processDefinitions;
  if (!gen || gen.count === 0 || processes.length === 0) return [];
  const rnd = seededRandom(gen.seed);
  const completedRatio = gen.completedRatio ?? 0.6;
  const terminatedRatio = gen.terminatedRatio ?? 0.1;
  const weights = processes.map((p) => p.weight ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const out: GeneratedInstance[] = [];
  for (let i = 0; i < gen.count; i++) {
    let r = rnd() * total;
    let index = 0;
    while (index < processes.length - 1 && (r -= weights[index]!) > 0) index++;
    const start = now - Math.floor(rnd() * 90 * DAY) - HOUR;
    const roll = rnd();
    const state: InstanceState =
      roll < completedRatio ? 'COMPLETED' : roll < completedRatio + terminatedRatio ? 'TERMINATED' : 'ACTIVE';
    const end = state === 'ACTIVE' ? null : Math.min(now - 60_000, start + Math.floor(rnd() * 5 * DAY));
    out.push({
      processDefinitionId: processes[index]!.processDefinitionId,
      state,
      startDate: new Date(start).toISOString(),
      endDate: end === null ? null : new Date(end).toISOString(),
    });
  }
  return out.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
}
