import { ProcessDefinitionId, type CamundaClient } from 'sdk88';
import { type DemoLoop, runLoop } from './demo-loop.ts';
import { type LogLine, RepeatSummary } from './repeat-summary.ts';
import { describeFailure, sdkProblemOf } from './sdk-problem.ts';

// The demo APP: a client application that starts an invoice-approval instance every few seconds
// through Camunda's SDK. In the shipped saas scenario its client has no grant, so each start is
// refused with the SDK's 403 — logged once in full, then summarised while it backs off — until
// someone grants CREATE_PROCESS_INSTANCE (docs/scenarios.md, "Demo worker and app").

export const invoiceProcessId = 'invoice-approval';

export interface DemoAppOptions {
  camunda: CamundaClient;
  intervalMs: number;
  log: LogLine;
}

export interface DemoApp extends DemoLoop {
  /** Instances this app started so far. */
  readonly started: number;
}

const suppliers = ['Acme Office Supply', 'Nordic Paper AB', 'Blue Harbor Logistics', 'Lumen Facility Services'];

export function startDemoApp({ camunda, intervalMs, log }: DemoAppOptions): DemoApp {
  const summary = new RepeatSummary(log);
  const maxDelay = intervalMs * 4;
  let started = 0;
  let attempt = 0;
  let delay = intervalMs;

  const tick = async (): Promise<number> => {
    attempt += 1;
    const invoiceNumber = `INV-DEMO-${String(attempt).padStart(5, '0')}`;
    try {
      const instance = await camunda.createProcessInstance({
        processDefinitionId: ProcessDefinitionId.assumeExists(invoiceProcessId),
        variables: { invoiceNumber, amount: 100 + ((attempt * 37) % 900), supplier: suppliers[attempt % 4] },
      });
      started += 1;
      if (summary.failing)
        summary.succeeded(`recovered: started ${invoiceProcessId} instance ${instance.processInstanceKey}`);
      else if (started === 1 || started % 10 === 0)
        log(`started ${started} ${invoiceProcessId} instance${started === 1 ? '' : 's'} (latest ${invoiceNumber})`);
      delay = intervalMs;
    } catch (error) {
      const problem = sdkProblemOf(error);
      const what = problem?.status === 403 ? 'refused' : 'failed';
      summary.failed(
        problem ? `${problem.status} ${problem.detail}` : describeFailure(error),
        `createProcessInstance(${invoiceProcessId}) ${what}: ${describeFailure(error)}`,
      );
      delay = Math.min(delay * 2, maxDelay);
    }
    return delay;
  };

  const loop = runLoop(tick);
  return {
    get started() {
      return started;
    },
    stop: () => loop.stop(),
  };
}
