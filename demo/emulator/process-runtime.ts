import { JOB_ELEMENTS, type ModelElement, type ProcessModel } from './bpmn-model.ts';
import type {
  BufferedMessageEntity,
  ElementInstanceEntity,
  FormEntity,
  IncidentEntity,
  JobEntity,
  ProcessDefinitionEntity,
  ProcessInstanceEntity,
  SubscriptionEntity,
  UserTaskEntity,
  VariableEntity,
} from './entities.ts';
import { compareKeys, partitionOfKey, type KeyGenerator } from './keys.ts';

// The demo engine: process instances walk their model from the start event to the next wait state
// (user task, job, message or signal catch); completing the wait state moves the token on. No
// conditions are evaluated: gateways take their first outgoing flow, parallel gateways all of them.

/** What the runtime needs from the cluster state (kept structural so neither imports the other). */
export interface RuntimeHost {
  keys: KeyGenerator;
  userTasks: Map<string, UserTaskEntity>;
  forms: Map<string, FormEntity>;
  variablesByScope: Map<string, VariableEntity[]>;
  setVariables(scopeKey: string, processInstanceKey: string, tenantId: string, values: Record<string, unknown>): void;
}

export interface StartOptions {
  tags?: string[];
  businessId?: string | null;
  /** Start at this element instead of the none start event (message and signal start events). */
  startElementId?: string;
}

function parseVariable(v: VariableEntity): unknown {
  try {
    return JSON.parse(v.value);
  } catch {
    return v.value;
  }
}

/** `=name` or `=a.b` reads a variable; anything else is a literal (no FEEL beyond that). */
export function evaluateCorrelationKey(expression: string, variables: Record<string, unknown>): string {
  if (!expression.startsWith('=')) return expression;
  let value: unknown = variables;
  for (const part of expression.slice(1).trim().split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}

export class ProcessRuntime {
  readonly instances = new Map<string, ProcessInstanceEntity>();
  readonly elementInstances = new Map<string, ElementInstanceEntity>();
  readonly jobs = new Map<string, JobEntity>();
  readonly incidents = new Map<string, IncidentEntity>();
  /** Open subscriptions by the element instance that waits. */
  readonly subscriptions = new Map<string, SubscriptionEntity>();
  readonly bufferedMessages: BufferedMessageEntity[] = [];
  /** Process models by process definition key. */
  readonly models = new Map<string, ProcessModel>();
  /**
   * Instances seeded from a scenario's task list: completing their task ends them instead of moving
   * on, so a seeded queue behaves as it did before instances existed (one task, then done).
   */
  readonly seeded = new Set<string>();
  private sortedInstances: ProcessInstanceEntity[] | null = null;
  private started = 0;

  constructor(private readonly host: RuntimeHost) {}

  /** All instances in key order; cached until an instance is added, so large searches stay cheap. */
  instancesByKey(): ProcessInstanceEntity[] {
    this.sortedInstances ??= [...this.instances.values()].sort((a, b) =>
      compareKeys(a.processInstanceKey, b.processInstanceKey),
    );
    return this.sortedInstances;
  }

  addInstance(pi: ProcessInstanceEntity): void {
    this.instances.set(pi.processInstanceKey, pi);
    this.sortedInstances = null;
  }

  /** Variables of the instance's root scope as plain values. */
  rootVariables(processInstanceKey: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const v of this.host.variablesByScope.get(processInstanceKey) ?? []) out[v.name] = parseVariable(v);
    return out;
  }

  /** Variables visible from an element instance: root scope, then its local scope. */
  visibleVariables(ei: { processInstanceKey: string; elementInstanceKey: string }): Record<string, unknown> {
    const out = this.rootVariables(ei.processInstanceKey);
    for (const v of this.host.variablesByScope.get(ei.elementInstanceKey) ?? []) out[v.name] = parseVariable(v);
    return out;
  }

  start(
    pd: ProcessDefinitionEntity,
    model: ProcessModel,
    variables: Record<string, unknown>,
    now: string,
    options: StartOptions = {},
  ): ProcessInstanceEntity {
    const partition = this.host.keys.partitionFor(this.started++);
    const pi: ProcessInstanceEntity = {
      processInstanceKey: this.host.keys.next(partition),
      processDefinitionKey: pd.processDefinitionKey,
      processDefinitionId: pd.processDefinitionId,
      processDefinitionName: pd.name,
      processDefinitionVersion: pd.version,
      processDefinitionVersionTag: pd.versionTag,
      startDate: now,
      endDate: null,
      state: 'ACTIVE',
      hasIncident: false,
      tenantId: pd.tenantId,
      tags: options.tags ?? [],
      businessId: options.businessId ?? null,
    };
    this.addInstance(pi);
    this.host.setVariables(pi.processInstanceKey, pi.processInstanceKey, pi.tenantId, variables);
    const startId = options.startElementId ?? model.noneStartEventId;
    if (startId !== null) this.walk(pi, model, [startId], now);
    else this.finishIfDone(pi, now);
    return pi;
  }

  private newElementInstance(pi: ProcessInstanceEntity, el: ModelElement, now: string): ElementInstanceEntity {
    const ei: ElementInstanceEntity = {
      elementInstanceKey: this.host.keys.next(partitionOfKey(pi.processInstanceKey)),
      processInstanceKey: pi.processInstanceKey,
      processDefinitionKey: pi.processDefinitionKey,
      processDefinitionId: pi.processDefinitionId,
      elementId: el.id,
      elementName: el.name ?? el.id,
      type: el.type,
      state: 'ACTIVE',
      startDate: now,
      endDate: null,
      tenantId: pi.tenantId,
      incidentKey: null,
    };
    this.elementInstances.set(ei.elementInstanceKey, ei);
    return ei;
  }

  /** Moves tokens from the given elements until each reaches a wait state or an end event. */
  private walk(pi: ProcessInstanceEntity, model: ProcessModel, entering: string[], now: string): void {
    const queue = [...entering];
    let steps = 0;
    while (queue.length > 0 && pi.state === 'ACTIVE') {
      // A loop without wait states would spin forever in a real engine too; the demo stops it.
      if (++steps > 1000) break;
      const el = model.elements.get(queue.shift()!);
      if (!el) continue;
      const ei = this.newElementInstance(pi, el, now);
      if (this.waits(pi, el, ei, now)) continue;
      ei.state = 'COMPLETED';
      ei.endDate = now;
      const next = el.type === 'PARALLEL_GATEWAY' ? el.outgoing : el.outgoing.slice(0, 1);
      queue.push(...next);
    }
    this.finishIfDone(pi, now);
  }

  /** Creates the wait state of an element; false when the element passes straight through. */
  private waits(pi: ProcessInstanceEntity, el: ModelElement, ei: ElementInstanceEntity, now: string): boolean {
    if (el.type === 'USER_TASK') {
      this.createUserTask(pi, el, ei, now);
      return true;
    }
    if (JOB_ELEMENTS.includes(el.type) && el.jobType !== undefined) {
      this.createJob(pi, el, ei, now);
      return true;
    }
    if (el.type === 'START_EVENT') return false;
    if (el.message) {
      const correlationKey = evaluateCorrelationKey(
        el.message.correlationKey,
        this.rootVariables(pi.processInstanceKey),
      );
      const buffered = this.bufferedMessages.findIndex(
        (m) =>
          m.name === el.message!.name &&
          m.correlationKey === correlationKey &&
          m.tenantId === pi.tenantId &&
          m.expiresAt > Date.parse(now),
      );
      if (buffered >= 0) {
        const [message] = this.bufferedMessages.splice(buffered, 1);
        this.host.setVariables(pi.processInstanceKey, pi.processInstanceKey, pi.tenantId, message!.variables);
        return false;
      }
      this.subscriptions.set(ei.elementInstanceKey, {
        kind: 'message',
        name: el.message.name,
        correlationKey,
        elementInstanceKey: ei.elementInstanceKey,
        processInstanceKey: pi.processInstanceKey,
        processDefinitionId: pi.processDefinitionId,
        tenantId: pi.tenantId,
      });
      return true;
    }
    if (el.signalName !== undefined) {
      this.subscriptions.set(ei.elementInstanceKey, {
        kind: 'signal',
        name: el.signalName,
        correlationKey: '',
        elementInstanceKey: ei.elementInstanceKey,
        processInstanceKey: pi.processInstanceKey,
        processDefinitionId: pi.processDefinitionId,
        tenantId: pi.tenantId,
      });
      return true;
    }
    return false;
  }

  private createUserTask(pi: ProcessInstanceEntity, el: ModelElement, ei: ElementInstanceEntity, now: string): void {
    const spec = el.userTask ?? { formId: null, candidateGroups: [], candidateUsers: [], assignee: null };
    const form = spec.formId !== null ? this.host.forms.get(spec.formId) : undefined;
    const userTaskKey = this.host.keys.next(partitionOfKey(pi.processInstanceKey));
    this.host.userTasks.set(userTaskKey, {
      userTaskKey,
      name: el.name,
      state: 'CREATED',
      assignee: spec.assignee,
      candidateUsers: [...spec.candidateUsers],
      candidateGroups: [...spec.candidateGroups],
      elementId: el.id,
      elementInstanceKey: ei.elementInstanceKey,
      processDefinitionId: pi.processDefinitionId,
      processDefinitionKey: pi.processDefinitionKey,
      processDefinitionVersion: pi.processDefinitionVersion,
      processName: pi.processDefinitionName,
      processInstanceKey: pi.processInstanceKey,
      rootProcessInstanceKey: pi.processInstanceKey,
      creationDate: now,
      completionDate: null,
      dueDate: null,
      followUpDate: null,
      priority: 50,
      tenantId: pi.tenantId,
      formKey: form?.formKey ?? null,
      externalFormReference: null,
      customHeaders: el.customHeaders ?? {},
      tags: pi.tags,
      businessId: pi.businessId,
    });
  }

  private createJob(pi: ProcessInstanceEntity, el: ModelElement, ei: ElementInstanceEntity, now: string): void {
    const jobKey = this.host.keys.next(partitionOfKey(pi.processInstanceKey));
    this.jobs.set(jobKey, {
      jobKey,
      type: el.jobType ?? '',
      worker: '',
      state: 'CREATED',
      retries: el.retries ?? 3,
      deadline: null,
      notBefore: null,
      errorCode: null,
      errorMessage: null,
      hasFailedWithRetriesLeft: false,
      customHeaders: el.customHeaders ?? {},
      elementId: el.id,
      elementInstanceKey: ei.elementInstanceKey,
      processInstanceKey: pi.processInstanceKey,
      processDefinitionKey: pi.processDefinitionKey,
      processDefinitionId: pi.processDefinitionId,
      processDefinitionVersion: pi.processDefinitionVersion,
      tenantId: pi.tenantId,
      creationTime: now,
      lastUpdateTime: now,
      endTime: null,
    });
  }

  private finishIfDone(pi: ProcessInstanceEntity, now: string): void {
    if (pi.state !== 'ACTIVE') return;
    for (const ei of this.elementInstances.values())
      if (ei.processInstanceKey === pi.processInstanceKey && ei.state === 'ACTIVE') return;
    pi.state = 'COMPLETED';
    pi.endDate = now;
  }

  /** Completes a waiting element instance and moves its token on. */
  leave(elementInstanceKey: string, now: string): void {
    const ei = this.elementInstances.get(elementInstanceKey);
    if (!ei || ei.state !== 'ACTIVE') return;
    const pi = this.instances.get(ei.processInstanceKey);
    const model = this.models.get(ei.processDefinitionKey);
    ei.state = 'COMPLETED';
    ei.endDate = now;
    this.subscriptions.delete(elementInstanceKey);
    if (!pi) return;
    if (!model || this.seeded.has(pi.processInstanceKey)) {
      this.finishIfDone(pi, now);
      return;
    }
    const el = model.elements.get(ei.elementId);
    this.walk(pi, model, el ? (el.type === 'PARALLEL_GATEWAY' ? el.outgoing : el.outgoing.slice(0, 1)) : [], now);
  }

  completeJob(job: JobEntity, variables: Record<string, unknown>, now: string): void {
    job.state = 'COMPLETED';
    job.endTime = now;
    job.lastUpdateTime = now;
    job.deadline = null;
    this.host.setVariables(job.processInstanceKey, job.processInstanceKey, job.tenantId, variables);
    this.leave(job.elementInstanceKey, now);
  }

  failJob(job: JobEntity, retries: number, errorMessage: string | null, backoffMs: number, now: string): void {
    job.state = 'FAILED';
    job.retries = retries;
    job.deadline = null;
    job.errorMessage = errorMessage;
    job.lastUpdateTime = now;
    job.hasFailedWithRetriesLeft = retries > 0;
    job.notBefore = backoffMs > 0 ? Date.parse(now) + backoffMs : null;
    if (retries <= 0) this.raiseIncident(job, 'JOB_NO_RETRIES', errorMessage ?? 'No more retries left.', now);
  }

  throwError(job: JobEntity, errorCode: string, errorMessage: string | null, now: string): void {
    job.state = 'ERROR_THROWN';
    job.errorCode = errorCode;
    job.errorMessage = errorMessage;
    job.deadline = null;
    job.lastUpdateTime = now;
    // The demo models no error boundary events, so every thrown error is unhandled.
    this.raiseIncident(
      job,
      'UNHANDLED_ERROR_EVENT',
      `Expected to throw an error event with the code '${errorCode}' with message '${errorMessage ?? ''}', but it was not caught. No error events are available in the scope.`,
      now,
    );
  }

  private raiseIncident(job: JobEntity, errorType: IncidentEntity['errorType'], message: string, now: string): void {
    const incidentKey = this.host.keys.next(partitionOfKey(job.processInstanceKey));
    this.incidents.set(incidentKey, {
      incidentKey,
      errorType,
      errorMessage: message,
      state: 'ACTIVE',
      creationTime: now,
      elementId: job.elementId,
      elementInstanceKey: job.elementInstanceKey,
      processInstanceKey: job.processInstanceKey,
      processDefinitionKey: job.processDefinitionKey,
      processDefinitionId: job.processDefinitionId,
      tenantId: job.tenantId,
      jobKey: job.jobKey,
    });
    const ei = this.elementInstances.get(job.elementInstanceKey);
    if (ei) ei.incidentKey = incidentKey;
    const pi = this.instances.get(job.processInstanceKey);
    if (pi) pi.hasIncident = true;
  }

  resolveIncident(incident: IncidentEntity): void {
    incident.state = 'RESOLVED';
    const ei = this.elementInstances.get(incident.elementInstanceKey);
    if (ei?.incidentKey === incident.incidentKey) ei.incidentKey = null;
    const pi = this.instances.get(incident.processInstanceKey);
    if (pi)
      pi.hasIncident = [...this.incidents.values()].some(
        (i) => i.processInstanceKey === pi.processInstanceKey && i.state === 'ACTIVE',
      );
  }

  /** Whether a job may be handed to a worker now. */
  activatable(job: JobEntity, nowMs: number): boolean {
    if (job.retries <= 0) return false;
    if (
      job.state === 'CREATED' ||
      job.state === 'FAILED' ||
      job.state === 'RETRIES_UPDATED' ||
      job.state === 'TIMED_OUT'
    )
      return (job.deadline === null || job.deadline <= nowMs) && (job.notBefore === null || job.notBefore <= nowMs);
    return false;
  }

  /** Whether an incident blocks the job (a failed job with no retries until resolved). */
  blockedByIncident(job: JobEntity): boolean {
    for (const i of this.incidents.values()) if (i.jobKey === job.jobKey && i.state === 'ACTIVE') return true;
    return false;
  }

  cancel(pi: ProcessInstanceEntity, now: string): void {
    pi.state = 'TERMINATED';
    pi.endDate = now;
    for (const ei of this.elementInstances.values()) {
      if (ei.processInstanceKey !== pi.processInstanceKey || ei.state !== 'ACTIVE') continue;
      ei.state = 'TERMINATED';
      ei.endDate = now;
      this.subscriptions.delete(ei.elementInstanceKey);
    }
    for (const job of this.jobs.values())
      if (job.processInstanceKey === pi.processInstanceKey && job.endTime === null) {
        job.state = 'CANCELED';
        job.endTime = now;
        job.deadline = null;
      }
    for (const t of this.host.userTasks.values())
      if (t.processInstanceKey === pi.processInstanceKey && t.state === 'CREATED') t.state = 'CANCELED';
    for (const i of this.incidents.values())
      if (i.processInstanceKey === pi.processInstanceKey && i.state === 'ACTIVE') i.state = 'RESOLVED';
    pi.hasIncident = false;
  }
}
