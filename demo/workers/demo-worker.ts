import { JobKey, type CamundaClient } from 'sdk88';
import { type DemoLoop, runLoop } from './demo-loop.ts';
import { type LogLine, RepeatSummary } from './repeat-summary.ts';
import { describeFailure, sdkProblemOf } from './sdk-problem.ts';

// The demo WORKER: polls the invoice-approval service tasks through Camunda's SDK and completes
// them. Camunda filters job activation silently (a worker without UPDATE_PROCESS_INSTANCE simply
// gets no jobs), so when instances wait and activation keeps coming back empty, the log says so
// in plain words; only completing a held job answers 403.

export const invoiceJobTypes = ['check-invoice', 'archive-invoice'] as const;

export interface DemoWorkerOptions {
  camunda: CamundaClient;
  intervalMs: number;
  log: LogLine;
  /** How many instances are known to wait at check-invoice (the demo app's starts minus our checks). */
  waitingAtCheck: () => number;
}

export interface DemoWorker extends DemoLoop {
  /** check-invoice jobs completed so far. */
  readonly checked: number;
}

/** Empty polls in a row, with instances waiting, before the silent filtering is called out. */
const emptyPollsBeforeHint = 3;

export function startDemoWorker({ camunda, intervalMs, log, waitingAtCheck }: DemoWorkerOptions): DemoWorker {
  const completeSummary = new RepeatSummary(log);
  const activateSummary = new RepeatSummary(log);
  const completed = new Map<string, number>(invoiceJobTypes.map((type) => [type, 0]));
  let emptyPolls = 0;
  let hinted = false;

  const work = async (type: (typeof invoiceJobTypes)[number]): Promise<number> => {
    const { jobs } = await camunda.activateJobs({
      type,
      worker: 'invoice-worker',
      timeout: 30_000,
      maxJobsToActivate: 10,
    });
    activateSummary.succeeded(`activateJobs works again`);
    for (const job of jobs) {
      try {
        await camunda.completeJob({
          jobKey: JobKey.assumeExists(job.jobKey),
          variables: type === 'check-invoice' ? { invoiceValid: true } : { archived: true },
        });
        const total = completed.get(type)! + 1;
        completed.set(type, total);
        if (completeSummary.failing) completeSummary.succeeded(`recovered: completed ${type} job ${job.jobKey}`);
        else if (total === 1 || total % 10 === 0) log(`completed ${total} ${type} job${total === 1 ? '' : 's'}`);
      } catch (error) {
        const problem = sdkProblemOf(error);
        completeSummary.failed(
          problem ? `${problem.status} ${problem.detail}` : describeFailure(error),
          `completeJob(${type}) ${problem?.status === 403 ? 'refused' : 'failed'}: ${describeFailure(error)}`,
        );
      }
    }
    return jobs.length;
  };

  const tick = async (): Promise<number> => {
    try {
      const checks = await work('check-invoice');
      await work('archive-invoice');
      const waiting = waitingAtCheck();
      if (checks === 0 && waiting > 0) {
        emptyPolls += 1;
        if (emptyPolls >= emptyPollsBeforeHint && !hinted) {
          hinted = true;
          log(
            `activateJobs(check-invoice) returned no jobs although ${waiting} instance(s) wait there: ` +
              'Camunda hands out only the jobs a worker may update, so this client likely lacks ' +
              'UPDATE_PROCESS_INSTANCE on PROCESS_DEFINITION invoice-approval (no 403 is raised for this).',
          );
        }
      } else {
        if (hinted && checks > 0) log('activateJobs(check-invoice) hands out jobs again');
        emptyPolls = 0;
        hinted = false;
      }
    } catch (error) {
      activateSummary.failed(describeFailure(error), `activateJobs failed: ${describeFailure(error)}`);
    }
    return intervalMs;
  };

  const loop = runLoop(tick);
  return {
    get checked() {
      return completed.get('check-invoice')!;
    },
    stop: () => loop.stop(),
  };
}
