import { expect } from 'vitest';
import { ORDER_BPMN, ORDER_PROCESS_ID, PACKING_FORM, SHIPPING_DMN } from './process-fixtures.ts';

// The process-execution part of the SDK contract tests, shared by the 8.8 and the 8.9 SDK: deploy,
// start, work a job, fail one into an incident, resolve it, correlate, signal, cancel, delete. Both
// SDKs brand keys as `string & { readonly __brand: Name }`; this names only what it calls, with the
// 8.8 SDK's looser (optional) answer fields, so either client fits.

type Branded<Name extends string> = string & { readonly __brand: Name };
type Key<Name extends string> = Branded<Name>;
/** Both SDKs type a resource key as the key of whatever the resource defines. */
type ResourceKey =
  Key<'ProcessDefinitionKey'> | Key<'DecisionRequirementsKey'> | Key<'FormKey'> | Key<'DecisionDefinitionKey'>;

interface Consistency {
  consistency: { waitUpToMs: number };
}

interface Page<T> {
  items?: T[];
}

interface DeploymentAnswer {
  deployments: {
    processDefinition?: null | { processDefinitionKey?: string };
    form?: null | { formKey?: string };
    resource?: null | { resourceKey?: string };
    decisionRequirements?: null | { decisionRequirementsKey?: string };
    decisionDefinition?: null | { decisionDefinitionKey?: string };
  }[];
}

// Method syntax: methods compare bivariantly, so either SDK's stricter parameter types fit.
export interface ProcessExecutionClient {
  createDeployment(input: { resources: File[] }): PromiseLike<DeploymentAnswer>;
  searchDecisionDefinitions(
    input: { filter: { decisionDefinitionId: Key<'DecisionDefinitionId'> } },
    c: Consistency,
  ): PromiseLike<unknown>;
  getDecisionDefinition(
    input: { decisionDefinitionKey: Key<'DecisionDefinitionKey'> },
    c: Consistency,
  ): PromiseLike<unknown>;
  getDecisionDefinitionXml(
    input: { decisionDefinitionKey: Key<'DecisionDefinitionKey'> },
    c: Consistency,
  ): PromiseLike<string>;
  searchDecisionRequirements(input: Record<string, never>, c: Consistency): PromiseLike<unknown>;
  getDecisionRequirements(
    input: { decisionRequirementsKey: Key<'DecisionRequirementsKey'> },
    c: Consistency,
  ): PromiseLike<unknown>;
  getDecisionRequirementsXml(
    input: { decisionRequirementsKey: Key<'DecisionRequirementsKey'> },
    c: Consistency,
  ): PromiseLike<string>;
  getResource(input: { resourceKey: ResourceKey }): PromiseLike<unknown>;
  getResourceContent(input: { resourceKey: ResourceKey }): PromiseLike<string>;
  getProcessDefinitionXml(
    input: { processDefinitionKey: Key<'ProcessDefinitionKey'> },
    c: Consistency,
  ): PromiseLike<string>;
  createProcessInstance(input: {
    processDefinitionId: Key<'ProcessDefinitionId'>;
    variables: { orderId: string };
  }): PromiseLike<{ processInstanceKey: string }>;
  getProcessInstance(
    input: { processInstanceKey: Key<'ProcessInstanceKey'> },
    c: Consistency,
  ): PromiseLike<{ state?: string }>;
  searchProcessInstances(
    input: { filter: { processDefinitionId: string } },
    c: Consistency,
  ): PromiseLike<Page<unknown>>;
  activateJobs(input: {
    type: string;
    worker: string;
    timeout: number;
    maxJobsToActivate: number;
  }): PromiseLike<{ jobs: { jobKey: string; processInstanceKey: string }[] }>;
  updateJob(input: { jobKey: Key<'JobKey'>; changeset: { retries: number } }): PromiseLike<unknown>;
  completeJob(input: { jobKey: Key<'JobKey'>; variables: { charged: boolean } }): PromiseLike<unknown>;
  failJob(input: { jobKey: Key<'JobKey'>; retries: number; errorMessage: string }): PromiseLike<unknown>;
  searchJobs(
    input: { filter: { processInstanceKey: Key<'ProcessInstanceKey'> } },
    c: Consistency,
  ): PromiseLike<unknown>;
  searchIncidents(
    input: { filter: { processInstanceKey: Key<'ProcessInstanceKey'> } },
    c: Consistency,
  ): PromiseLike<Page<{ incidentKey?: string; elementInstanceKey?: string }>>;
  getIncident(input: { incidentKey: Key<'IncidentKey'> }, c: Consistency): PromiseLike<unknown>;
  searchProcessInstanceIncidents(
    input: { processInstanceKey: Key<'ProcessInstanceKey'> },
    c: Consistency,
  ): PromiseLike<Page<{ incidentKey?: string }>>;
  resolveIncident(input: { incidentKey: Key<'IncidentKey'> }): PromiseLike<unknown>;
  cancelProcessInstance(input: { processInstanceKey: Key<'ProcessInstanceKey'> }): PromiseLike<unknown>;
  searchElementInstances(
    input: { filter: { processInstanceKey: Key<'ProcessInstanceKey'> } },
    c: Consistency,
  ): PromiseLike<Page<{ elementInstanceKey: string }>>;
  getElementInstance(input: { elementInstanceKey: Key<'ElementInstanceKey'> }, c: Consistency): PromiseLike<unknown>;
  searchVariables(
    input: { filter: { processInstanceKey: Key<'ProcessInstanceKey'> } },
    c: Consistency,
  ): PromiseLike<{ items: { variableKey: string }[] }>;
  getVariable(input: { variableKey: Key<'VariableKey'> }, c: Consistency): PromiseLike<unknown>;
  searchUserTasks(
    input: { filter: { processInstanceKey: Key<'ProcessInstanceKey'> } },
    c: Consistency,
  ): PromiseLike<{ items: { userTaskKey: string }[] }>;
  completeUserTask(input: { userTaskKey: Key<'UserTaskKey'> }): PromiseLike<unknown>;
  publishMessage(input: { name: string; correlationKey: string; timeToLive: number }): PromiseLike<unknown>;
  correlateMessage(input: { name: string; correlationKey: string }): PromiseLike<{ processInstanceKey?: string }>;
  broadcastSignal(input: { signalName: string }): PromiseLike<unknown>;
  deleteResource(input: { resourceKey: ResourceKey }): PromiseLike<unknown>;
}

const C: Consistency = { consistency: { waitUpToMs: 0 } };
const key = <Name extends string>(value: string | undefined): Key<Name> => value as Key<Name>;

/**
 * Deploy, start, work a job, fail one into an incident, correlate, signal, cancel, delete.
 * `onIncident` runs what only one SDK offers on the incident's element instance (8.9+).
 */
export async function exerciseProcessExecution(
  camunda: ProcessExecutionClient,
  onIncident: (elementInstanceKey: string) => Promise<unknown> = () => Promise.resolve(),
): Promise<void> {
  const deployment = await camunda.createDeployment({
    resources: [
      new File([ORDER_BPMN], 'order-fulfilment.bpmn'),
      new File([PACKING_FORM], 'packing-slip.form'),
      new File(['*** Tasks ***\nPrint invoice'], 'print-invoice.rpa'),
      new File([SHIPPING_DMN], 'shipping.dmn'),
    ],
  });
  const decisionDefinitionKey = key<'DecisionDefinitionKey'>(
    deployment.deployments[4]!.decisionDefinition!.decisionDefinitionKey,
  );
  const decisionRequirementsKey = key<'DecisionRequirementsKey'>(
    deployment.deployments[3]!.decisionRequirements!.decisionRequirementsKey,
  );
  await camunda.searchDecisionDefinitions({ filter: { decisionDefinitionId: key('choose-carrier') } }, C);
  await camunda.getDecisionDefinition({ decisionDefinitionKey }, C);
  expect(await camunda.getDecisionDefinitionXml({ decisionDefinitionKey }, C)).toContain('choose-carrier');
  await camunda.searchDecisionRequirements({}, C);
  await camunda.getDecisionRequirements({ decisionRequirementsKey }, C);
  expect(await camunda.getDecisionRequirementsXml({ decisionRequirementsKey }, C)).toContain('shipping-rules');
  const resourceKey = key<'FormKey'>(deployment.deployments[2]!.resource!.resourceKey);
  expect(await camunda.getResource({ resourceKey })).toMatchObject({ resourceId: 'print-invoice.rpa' });
  expect(await camunda.getResourceContent({ resourceKey })).toContain('Print invoice');
  const processDefinitionKey = key<'ProcessDefinitionKey'>(
    deployment.deployments[0]!.processDefinition!.processDefinitionKey,
  );
  expect(await camunda.getProcessDefinitionXml({ processDefinitionKey }, C)).toContain(ORDER_PROCESS_ID);
  const start = async (orderId: string) =>
    key<'ProcessInstanceKey'>(
      (await camunda.createProcessInstance({ processDefinitionId: key(ORDER_PROCESS_ID), variables: { orderId } }))
        .processInstanceKey,
    );
  const first = await start('SDK-1');
  const second = await start('SDK-2');
  await camunda.getProcessInstance({ processInstanceKey: first }, C);
  const instances = await camunda.searchProcessInstances({ filter: { processDefinitionId: ORDER_PROCESS_ID } }, C);
  expect(instances.items?.length).toBe(2);

  const { jobs } = await camunda.activateJobs({
    type: 'charge-card',
    worker: 'sdk',
    timeout: 60_000,
    maxJobsToActivate: 5,
  });
  expect(jobs.map((j) => j.processInstanceKey).sort()).toEqual([first, second].sort());
  const jobOf = (instance: string) => key<'JobKey'>(jobs.find((j) => j.processInstanceKey === instance)!.jobKey);
  await camunda.updateJob({ jobKey: jobOf(first), changeset: { retries: 3 } });
  await camunda.completeJob({ jobKey: jobOf(first), variables: { charged: true } });
  await camunda.failJob({ jobKey: jobOf(second), retries: 0, errorMessage: 'card declined' });
  await camunda.searchJobs({ filter: { processInstanceKey: second } }, C);

  const incidents = await camunda.searchIncidents({ filter: { processInstanceKey: second } }, C);
  const incident = incidents.items![0]!;
  const incidentKey = key<'IncidentKey'>(incident.incidentKey);
  await camunda.getIncident({ incidentKey }, C);
  const ofInstance = await camunda.searchProcessInstanceIncidents({ processInstanceKey: second }, C);
  expect(ofInstance.items?.map((i) => i.incidentKey)).toEqual([incidentKey]);
  await onIncident(incident.elementInstanceKey!);
  await camunda.resolveIncident({ incidentKey });
  // Resolving alone does not hand the job out again: its retries are still 0.
  const retried = await camunda.activateJobs({ type: 'charge-card', worker: 'sdk', timeout: 1, maxJobsToActivate: 5 });
  expect(retried.jobs).toEqual([]);
  await camunda.cancelProcessInstance({ processInstanceKey: second });

  const elements = await camunda.searchElementInstances({ filter: { processInstanceKey: first } }, C);
  await camunda.getElementInstance({ elementInstanceKey: key(elements.items![0]!.elementInstanceKey) }, C);
  const variables = await camunda.searchVariables({ filter: { processInstanceKey: first } }, C);
  await camunda.getVariable({ variableKey: key(variables.items[0]!.variableKey) }, C);
  const task = await camunda.searchUserTasks({ filter: { processInstanceKey: first } }, C);
  await camunda.completeUserTask({ userTaskKey: key(task.items[0]!.userTaskKey) });
  await camunda.publishMessage({ name: 'parcel-picked-up', correlationKey: 'SDK-9', timeToLive: 1000 });
  const correlated = await camunda.correlateMessage({ name: 'parcel-picked-up', correlationKey: 'SDK-1' });
  expect(correlated.processInstanceKey).toBe(first);
  expect((await camunda.getProcessInstance({ processInstanceKey: first }, C)).state).toBe('COMPLETED');
  await camunda.broadcastSignal({ signalName: 'nobody-listens' });
  await camunda.deleteResource({ resourceKey: key(deployment.deployments[1]!.form!.formKey) });
}
