// API errors as the gateway renders them (docs/camunda-api/error-messages.md §1): problem+json, `type: about:blank`,
// title = Camunda status name for service errors, Spring reason phrase for filter-chain 401s.
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }
}

/** Renders any JSON value for an error text. */
export function show(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
}

export const badRequest = (detail: string) => new ApiProblem(400, 'INVALID_ARGUMENT', detail);
/**
 * A body the gateway cannot even read into its request type (unknown enum value, unknown property,
 * wrong JSON type): Spring's `Bad Request` title, not the `INVALID_ARGUMENT` of a validation failure
 * (docs/camunda-api/error-messages.md §6).
 */
export const malformedRequest = (detail: string) => new ApiProblem(400, 'Bad Request', detail);

/** Jackson's text for a value outside an enum, which the gateway passes on as the detail. */
export const unexpectedEnumValue = (value: string, field: string, values: readonly string[]) =>
  malformedRequest(
    `Unexpected value '${value}' for enum field '${field}'. Use any of the following values: [${values.join(', ')}]`,
  );
export const unauthorized = (detail: string) => new ApiProblem(401, 'Unauthorized', detail);
export const forbidden = (detail: string) => new ApiProblem(403, 'FORBIDDEN', detail);
export const notFound = (detail: string) => new ApiProblem(404, 'NOT_FOUND', detail);
export const invalidState = (detail: string) => new ApiProblem(409, 'INVALID_STATE', detail);
export const alreadyExists = (detail: string) => new ApiProblem(409, 'ALREADY_EXISTS', detail);

/** Engine rejection wrapped by the gateway: `Command '<INTENT>' rejected with code '<TYPE>': <reason>`. */
export function rejection(
  intent: string,
  type: 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID_STATE' | 'INVALID_ARGUMENT' | 'ALREADY_EXISTS',
  reason: string,
): ApiProblem {
  const status = { FORBIDDEN: 403, NOT_FOUND: 404, INVALID_STATE: 409, INVALID_ARGUMENT: 400, ALREADY_EXISTS: 409 }[
    type
  ];
  return new ApiProblem(status, type, `Command '${intent}' rejected with code '${type}': ${reason}`);
}

export function problemBody(problem: ApiProblem, instance: string) {
  return { type: 'about:blank', title: problem.title, status: problem.status, detail: problem.detail, instance };
}
