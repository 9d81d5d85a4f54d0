import type {
  Scenario,
  ScenarioProcessDefinition,
  ScenarioUserTask,
  UserTaskTemplate,
  ValueSpec,
} from '../scenarios/scenario-types.ts';

// Deterministic task generation (a seeded PRNG) so a scenario with `generateUserTasks` gives the
// same tasks on every start: tests and screenshots can rely on them.

/** mulberry32: tiny, fast, good enough for demo data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickWeighted<T extends { weight?: number }>(items: T[], rnd: () => number): T {
  const total = items.reduce((s, i) => s + (i.weight ?? 1), 0);
  let r = rnd() * total;
  for (const item of items) {
    r -= item.weight ?? 1;
    if (r <= 0) return item;
  }
  return items[items.length - 1]!;
}

function pick<T>(items: T[], rnd: () => number): T {
  return items[Math.floor(rnd() * items.length)]!;
}

export class ValueEvaluator {
  private readonly sequences = new Map<string, number>();

  constructor(private readonly rnd: () => number) {}

  evaluate(spec: ValueSpec): unknown {
    if (spec === null || typeof spec !== 'object') return spec;
    if (Array.isArray(spec)) return spec.map((s) => this.evaluate(s));
    if ('$pick' in spec && Array.isArray(spec.$pick)) return this.evaluate(pick(spec.$pick, this.rnd));
    if ('$int' in spec && Array.isArray(spec.$int)) {
      const [min, max] = spec.$int as [number, number];
      return min + Math.floor(this.rnd() * (max - min + 1));
    }
    if ('$seq' in spec && typeof spec.$seq === 'string') {
      const prefix = spec.$seq;
      const n = (this.sequences.get(prefix) ?? 0) + 1;
      this.sequences.set(prefix, n);
      return `${prefix}${String(n).padStart(5, '0')}`;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(spec)) out[k] = this.evaluate(v);
    return out;
  }

  evaluateAll(specs: Record<string, ValueSpec> | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(specs ?? {})) out[k] = this.evaluate(v);
    return out;
  }
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Generates `scenario.generateUserTasks.count` tasks from the processes' task templates. */
export function generateUserTasks(scenario: Scenario, now: number): ScenarioUserTask[] {
  const gen = scenario.generateUserTasks;
  if (!gen || gen.count === 0) return [];
  const processes = scenario.processDefinitions.filter((p) => (p.userTaskTemplates?.length ?? 0) > 0);
  if (processes.length === 0) return [];
  const rnd = seededRandom(gen.seed);
  const values = new ValueEvaluator(rnd);
  const completedRatio = gen.completedRatio ?? 0.1;
  const assignedRatio = gen.assignedRatio ?? 0.3;
  const groupMembers = new Map(scenario.groups.map((g) => [g.groupId, g.users ?? []]));
  const tasks: ScenarioUserTask[] = [];
  for (let i = 0; i < gen.count; i++) {
    const process: ScenarioProcessDefinition = pickWeighted(processes, rnd);
    const template: UserTaskTemplate = pickWeighted(process.userTaskTemplates!, rnd);
    const created = now - Math.floor(rnd() * 30 * DAY) - HOUR;
    const candidates = [
      ...(template.candidateUsers ?? []),
      ...(template.candidateGroups ?? []).flatMap((g) => groupMembers.get(g) ?? []),
    ];
    const completed = rnd() < completedRatio;
    const assigned = completed || rnd() < assignedRatio;
    const assignee = assigned && candidates.length > 0 ? pick(candidates, rnd) : assigned ? 'demo' : null;
    const dueRoll = rnd();
    const dueDate = dueRoll < 0.75 ? iso(created + Math.floor((1 + rnd() * 13) * DAY)) : null;
    const followUpDate = rnd() < 0.2 ? iso(created + Math.floor((0.5 + rnd() * 5) * DAY)) : null;
    const priorities = template.priority ?? [25, 50, 50, 50, 75, 90];
    tasks.push({
      processDefinitionId: process.processDefinitionId,
      elementId: template.elementId,
      name: template.name,
      state: completed ? 'COMPLETED' : 'CREATED',
      assignee,
      candidateUsers: template.candidateUsers ?? [],
      candidateGroups: template.candidateGroups ?? [],
      creationDate: iso(created),
      completionDate: completed ? iso(Math.min(now - 60_000, created + Math.floor(rnd() * 3 * DAY))) : null,
      dueDate,
      followUpDate,
      priority: pick(priorities, rnd),
      formId: template.formId,
      externalFormReference: template.externalFormReference ?? null,
      customHeaders: template.customHeaders ?? {},
      tags: template.tags ?? [],
      variables: values.evaluateAll(process.variables),
      localVariables: values.evaluateAll(template.localVariables),
    });
  }
  return tasks;
}
