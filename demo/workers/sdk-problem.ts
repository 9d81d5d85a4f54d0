// What Camunda's SDK raises for a refused call: an Error carrying the RFC 9457 problem fields
// (status, title, detail) next to the operation id. Read structurally, so the demo does not
// depend on the SDK's error class being exported.

export interface SdkProblem {
  status: number;
  title: string;
  detail: string;
  operationId: string | null;
}

export function sdkProblemOf(error: unknown): SdkProblem | null {
  if (!(error instanceof Error)) return null;
  const fields = error as Error & Record<string, unknown>;
  if (typeof fields.status !== 'number') return null;
  return {
    status: fields.status,
    title: typeof fields.title === 'string' ? fields.title : error.message,
    detail: typeof fields.detail === 'string' ? fields.detail : '',
    operationId: typeof fields.operationId === 'string' ? fields.operationId : null,
  };
}

export function describeProblem(problem: SdkProblem): string {
  return `${problem.status} ${problem.title}${problem.detail ? ` — ${problem.detail}` : ''}`;
}

/** Any failure as one line: the problem fields when the SDK gave them, the message otherwise. */
export function describeFailure(error: unknown): string {
  const problem = sdkProblemOf(error);
  if (problem) return describeProblem(problem);
  return error instanceof Error ? error.message : String(error);
}
