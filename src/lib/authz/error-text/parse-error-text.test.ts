// One test per source format. The `captured-*` fixtures are verbatim output of real tools against the
// demo clusters (how each was captured: docs/camunda-api/error-texts.md, "Test fixtures"); the other texts
// are built from each tool's public output format with Camunda's texts from docs/camunda-api/error-messages.md.
import { describe, expect, it } from 'vitest';
import { OPERATION_CATALOGUE } from '../../catalogue/operation-catalogue.ts';
import { candidateOperations } from './candidate-operations.ts';
import curlAssign from './fixtures/captured-curl-v-assign-user-task.txt?raw';
import curlBadCredentials from './fixtures/captured-curl-v-bad-credentials.txt?raw';
import curlCreate from './fixtures/captured-curl-v-create-process-instance.txt?raw';
import demoAppLine from './fixtures/captured-demo-app-refused.txt?raw';
import jsSdkError from './fixtures/captured-js-sdk-http-sdk-error.txt?raw';
import { englishT, germanT } from '../../../testing/translate.ts';
import { type PastedError, parseErrorText, type ReadableField } from './parse-error-text.ts';

const CREATE_DENIED =
  "Command 'CREATE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'CREATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'";
const COMPLETE_JOB_DENIED =
  "Command 'COMPLETE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'";
const ASSIGN_DENIED_89 =
  "Command 'ASSIGN' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, employee-onboarding]'; and Insufficient permissions to perform operation 'UPDATE' on resource 'USER_TASK', required resource identifiers are one of '[*, 2251799813685316]'";

function operations(pasted: PastedError, version: '8.8' | '8.9' | '8.10' = '8.9'): string[] {
  return candidateOperations(pasted, OPERATION_CATALOGUE, version).map((entry) => entry.operationId);
}

/** What the read-back shows for a field, in English: quoted text as it is, Lantern's own wording worded. */
function label(pasted: PastedError, field: ReadableField): string | undefined {
  const value = pasted.readable.find((entry) => entry.field === field)?.value;
  return typeof value === 'object' ? englishT.message(value) : value;
}

describe('parseErrorText — output captured from real tools against the demo clusters', () => {
  it("reads the JS SDK's HttpSdkError as Node prints it (sdk 8.8.4, util.inspect)", () => {
    const pasted = parseErrorText(jsSdkError);
    expect(pasted).toMatchObject({
      source: 'js-sdk',
      status: 403,
      title: 'FORBIDDEN',
      detail: CREATE_DENIED,
      method: null,
      path: '/v2/process-instances',
      operationId: 'createProcessInstance',
      recognised: true,
      otherErrors: 0,
    });
    expect(pasted.hints).toEqual({ processDefinitionId: 'invoice-approval' });
    expect(operations(pasted)).toEqual(['createProcessInstance']);
  });

  it("reads the demo app's refused line (the worker log an operator pastes)", () => {
    const pasted = parseErrorText(demoAppLine);
    expect(pasted).toMatchObject({
      source: 'js-sdk',
      status: 403,
      title: 'FORBIDDEN',
      detail: CREATE_DENIED,
      operationId: 'createProcessInstance',
      recognised: true,
    });
    expect(operations(pasted, '8.10')).toEqual(['createProcessInstance']);
    expect(label(pasted, 'title')).toBe('FORBIDDEN');
  });

  it("takes no title from a status line's reason phrase, only from Camunda's upper-case title", () => {
    const pasted = parseErrorText('< HTTP/1.1 403 Forbidden\n< content-length: 0\n');
    expect(pasted.status).toBe(403);
    expect(pasted.title).toBeNull();
  });

  it('reads a curl -v transcript with its command: request line, Basic user, body ids, status', () => {
    const pasted = parseErrorText(curlCreate);
    expect(pasted).toMatchObject({
      source: 'curl',
      status: 403,
      title: 'FORBIDDEN',
      detail: CREATE_DENIED,
      method: 'POST',
      path: '/v2/process-instances',
      principalHint: { type: 'USER', id: 'nina' },
      recognised: true,
    });
    expect(pasted.hints).toEqual({ processDefinitionId: 'invoice-approval', tenantId: '<default>' });
    // The Basic header and -u carry nina's password; nothing quoted back may.
    const quoted = JSON.stringify(pasted.readable);
    expect(quoted).not.toContain('bmluYTpuaW5h');
    expect(quoted).not.toContain('nina:nina');
  });

  it('reads a curl -v transcript of an 8.9 assignment: the query is dropped, the task and its process are named', () => {
    const pasted = parseErrorText(curlAssign);
    expect(pasted).toMatchObject({
      source: 'curl',
      status: 403,
      detail: ASSIGN_DENIED_89,
      method: 'POST',
      path: '/v2/user-tasks/2251799813685316/assignment',
      principalHint: { type: 'USER', id: 'anna' },
      recognised: true,
    });
    expect(pasted.hints).toEqual({ userTaskKey: '2251799813685316', processDefinitionId: 'employee-onboarding' });
    expect(operations(pasted)).toEqual(['assignUserTask']);
  });

  it('reads a 401 of a wrong Basic password', () => {
    const pasted = parseErrorText(curlBadCredentials);
    expect(pasted).toMatchObject({
      source: 'curl',
      status: 401,
      title: 'Unauthorized',
      detail: 'Bad credentials',
      method: 'GET',
      path: '/v2/user-tasks/2251799813685316',
      principalHint: { type: 'USER', id: 'anna' },
      recognised: true,
    });
    expect(JSON.stringify(pasted.readable)).not.toContain('YW5uYTp3cm9uZw');
    expect(operations(pasted)).toEqual(['getUserTask']);
  });
});

describe('parseErrorText — one test per source format', () => {
  it('reads a pretty-printed problem+json body', () => {
    const body = JSON.stringify(
      {
        type: 'about:blank',
        title: 'FORBIDDEN',
        status: 403,
        detail:
          "Unauthorized to perform any of the operations: 'READ_USER_TASK' on 'PROCESS_DEFINITION' or 'READ' on 'USER_TASK'",
        instance: '/v2/user-tasks/2251799813685281',
      },
      null,
      2,
    );
    const pasted = parseErrorText(body);
    expect(pasted).toMatchObject({
      source: 'problem-json',
      status: 403,
      title: 'FORBIDDEN',
      method: null,
      path: '/v2/user-tasks/2251799813685281',
      recognised: true,
    });
    expect(pasted.hints).toEqual({ userTaskKey: '2251799813685281' });
    expect(operations(pasted)).toContain('getUserTask');
  });

  it("reads the Java client's ProblemException (REST): \"Failed with code 403: 'Forbidden'. Details: 'class ProblemDetail {…}'\"", () => {
    const text = [
      '2026-11-29T10:15:02.117+01:00 ERROR 4242 --- [invoice-app] [nio-8080-exec-1] c.e.invoice.StartInvoiceController : Could not start the invoice process',
      '',
      "io.camunda.client.api.command.ProblemException: Failed with code 403: 'Forbidden'. Details: 'class ProblemDetail {",
      '    type: about:blank',
      '    title: FORBIDDEN',
      '    status: 403',
      `    detail: ${CREATE_DENIED}`,
      '    instance: /v2/process-instances',
      "}'. ",
      '\tat com.example.invoice.StartInvoiceController.start(StartInvoiceController.java:42)',
      '\tat java.base/java.lang.Thread.run(Thread.java:1583)',
    ].join('\n');
    const pasted = parseErrorText(text);
    expect(pasted).toMatchObject({
      source: 'java-sdk',
      status: 403,
      title: 'FORBIDDEN',
      detail: CREATE_DENIED,
      path: '/v2/process-instances',
      recognised: true,
    });
    expect(operations(pasted)).toEqual(['createProcessInstance']);
  });

  it("reads the Java client's ClientStatusException (gRPC) with its causes as one error", () => {
    const text = [
      `io.camunda.client.api.command.ClientStatusException: ${COMPLETE_JOB_DENIED}`,
      '\tat com.example.worker.CheckInvoiceWorker.handle(CheckInvoiceWorker.java:31)',
      `Caused by: java.util.concurrent.ExecutionException: io.grpc.StatusRuntimeException: PERMISSION_DENIED: ${COMPLETE_JOB_DENIED}`,
      '\t... 12 more',
      `Caused by: io.grpc.StatusRuntimeException: PERMISSION_DENIED: ${COMPLETE_JOB_DENIED}`,
    ].join('\n');
    const pasted = parseErrorText(text);
    expect(pasted).toMatchObject({ source: 'java-sdk', status: 403, detail: COMPLETE_JOB_DENIED, otherErrors: 0 });
    // The intent COMPLETE with UPDATE_PROCESS_INSTANCE is a job completion.
    expect(operations(pasted)[0]).toBe('completeJob');
  });

  it('reads the Go client (gRPC): "rpc error: code = PermissionDenied desc = …"', () => {
    const text = `2026/11/29 10:15:02 failed to complete job 2251799813685400: rpc error: code = PermissionDenied desc = ${COMPLETE_JOB_DENIED}`;
    const pasted = parseErrorText(text);
    expect(pasted).toMatchObject({ source: 'go-sdk', status: 403, detail: COMPLETE_JOB_DENIED, recognised: true });
    expect(pasted.hints.processDefinitionId).toBe('invoice-approval');
  });

  it('reads a Go program logging the REST response it got', () => {
    const body = JSON.stringify({
      type: 'about:blank',
      title: 'NOT_FOUND',
      status: 404,
      detail:
        "Command 'ASSIGN' rejected with code 'NOT_FOUND': Expected to perform operation 'UPDATE_USER_TASK' on resource 'PROCESS_DEFINITION', but no resource was found for tenant 'tenant-b'",
      instance: '/v2/user-tasks/2251799813685281/assignment',
    });
    const pasted = parseErrorText(
      `2026/11/29 10:15:02 POST https://camunda.example.com/v2/user-tasks/2251799813685281/assignment: 404 Not Found: ${body}`,
    );
    expect(pasted).toMatchObject({
      status: 404,
      method: 'POST',
      path: '/v2/user-tasks/2251799813685281/assignment',
      recognised: true,
    });
    expect(pasted.hints).toEqual({ userTaskKey: '2251799813685281', tenantId: 'tenant-b' });
    expect(operations(pasted)).toEqual(['assignUserTask']);
  });

  it('reads zbctl: "Error: rpc error: code = … desc = …"', () => {
    const text = `$ zbctl create instance invoice-approval --insecure\nError: rpc error: code = PermissionDenied desc = ${CREATE_DENIED}`;
    const pasted = parseErrorText(text);
    expect(pasted).toMatchObject({ source: 'zbctl', status: 403, detail: CREATE_DENIED, recognised: true });
    expect(operations(pasted)[0]).toBe('createProcessInstance');
  });

  it('reads c8ctl without --verbose: only the title, the command names the operation', () => {
    const text = [
      '$ c8ctl create process-instance --id invoice-approval',
      '✗ Failed to create process instance',
      '  FORBIDDEN',
      'For more details on the error, run with the --verbose flag',
    ].join('\n');
    const pasted = parseErrorText(text);
    expect(pasted).toMatchObject({
      source: 'c8ctl',
      status: 403,
      title: 'FORBIDDEN',
      operationId: 'createProcessInstance',
      recognised: false,
    });
    expect(label(pasted, 'note')).toContain('--verbose');
    expect(operations(pasted)).toEqual(['createProcessInstance']);
  });

  it('reads c8ctl with --verbose (the SDK error Node prints) and its JSON output mode', () => {
    const verbose = jsSdkError.replace(
      /\/work\/main\/node_modules\/sdk88/g,
      '/usr/lib/node_modules/@camunda8/cli/node_modules/@camunda8/orchestration-cluster-api',
    );
    expect(parseErrorText(verbose)).toMatchObject({ source: 'c8ctl', status: 403, detail: CREATE_DENIED });
    const json = JSON.stringify({
      status: 'error',
      message: 'Failed to complete user task',
      error: `${ASSIGN_DENIED_89.replace("'ASSIGN'", "'COMPLETE'")}`,
    });
    const pasted = parseErrorText(`c8ctl complete user-task 2251799813685316 --json\n${json}`);
    expect(pasted).toMatchObject({ source: 'c8ctl', status: 403, recognised: true });
    expect(pasted.hints.userTaskKey).toBe('2251799813685316');
  });

  it('reads an HTTP access log line: method, path, status and the job key, without a detail', () => {
    const text =
      '10.0.0.5 - - [29/Nov/2026:10:15:02 +0000] "POST /v2/jobs/2251799813685400/completion HTTP/1.1" 403 412 "-" "camunda-client-java/8.8.0"';
    const pasted = parseErrorText(text);
    expect(pasted).toMatchObject({
      source: 'http-log',
      status: 403,
      method: 'POST',
      path: '/v2/jobs/2251799813685400/completion',
      principalHint: null,
      detail: null,
      recognised: false,
    });
    expect(pasted.hints).toEqual({ jobKey: '2251799813685400' });
    expect(operations(pasted)).toEqual(['completeJob']);
  });

  it("reads an access log's authenticated user", () => {
    const pasted = parseErrorText(
      '10.0.0.5 - ron [29/Nov/2026:10:15:02 +0000] "GET /v2/groups/finance HTTP/1.1" 403 160',
    );
    expect(pasted.principalHint).toEqual({ type: 'USER', id: 'ron' });
  });

  it('reads just the detail sentence', () => {
    const pasted = parseErrorText("  Unauthorized to perform operation 'READ' on resource 'GROUP'  \n");
    expect(pasted).toMatchObject({
      source: 'detail',
      status: 403,
      detail: "Unauthorized to perform operation 'READ' on resource 'GROUP'",
      method: null,
      path: null,
      recognised: true,
    });
  });
});

describe('parseErrorText — what pastes look like in practice', () => {
  it('strips colour codes, Windows line ends and log prefixes', () => {
    const text =
      '\u001b[2m2026-11-29 10:15:02.117\u001b[0m \u001b[31mERROR\u001b[0m [worker] job failed: status: 403\r\n' +
      `\u001b[33mdetail\u001b[0m: ${COMPLETE_JOB_DENIED}\r\n`;
    const pasted = parseErrorText(text);
    expect(pasted.detail).toBe(COMPLETE_JOB_DENIED);
    expect(pasted.status).toBe(403);
    expect(pasted.recognised).toBe(true);
  });

  it('reads JSON escaped into a log line', () => {
    const body = JSON.stringify({
      type: 'about:blank',
      title: 'FORBIDDEN',
      status: 403,
      detail: CREATE_DENIED,
      instance: '/v2/process-instances',
    });
    const line = JSON.stringify({ level: 'error', msg: 'camunda call failed', response: body });
    expect(line).toContain('\\"status\\":403');
    const pasted = parseErrorText(line);
    expect(pasted).toMatchObject({
      status: 403,
      title: 'FORBIDDEN',
      detail: CREATE_DENIED,
      path: '/v2/process-instances',
    });
  });

  it('reads a Java stack trace inside a JSON log line (line ends escaped as \\n)', () => {
    const trace = [
      "io.camunda.client.api.command.ProblemException: Failed with code 403: 'Forbidden'. Details: 'class ProblemDetail {",
      '    type: about:blank',
      '    title: FORBIDDEN',
      '    status: 403',
      `    detail: ${CREATE_DENIED}`,
      '    instance: /v2/process-instances',
      "}'. ",
      '\tat com.example.invoice.StartInvoiceController.start(StartInvoiceController.java:42)',
    ].join('\n');
    const line = JSON.stringify({ '@timestamp': '2026-11-29T10:15:02.117Z', level: 'ERROR', stack_trace: trace });
    expect(line).not.toContain('\n    detail');
    const pasted = parseErrorText(line);
    expect(pasted).toMatchObject({
      source: 'java-sdk',
      status: 403,
      detail: CREATE_DENIED,
      path: '/v2/process-instances',
    });
  });

  it("reads the demo worker's refused job completion and names the operation from it", () => {
    const line =
      "2026-11-29T23:48:14.063Z [invoice-worker] completeJob(check-invoice) refused: 403 FORBIDDEN — Command 'COMPLETE' rejected with code 'FORBIDDEN': Insufficient permissions to perform operation 'UPDATE_PROCESS_INSTANCE' on resource 'PROCESS_DEFINITION', required resource identifiers are one of '[*, invoice-approval]'";
    const pasted = parseErrorText(line);
    expect(pasted).toMatchObject({ source: 'js-sdk', status: 403, operationId: 'completeJob', recognised: true });
    expect(pasted.hints).toEqual({ processDefinitionId: 'invoice-approval' });
    expect(operations(pasted)).toEqual(['completeJob']);
  });

  it('takes the first 401/403/404 of several errors and counts the other, different ones (a 409 too)', () => {
    const text = [
      "10:00:01 WARN Command 'CLAIM' rejected with code 'INVALID_STATE': Expected to claim user task with key '2251799813685281', but it has already been assigned",
      `10:00:02 ERROR status 403: ${COMPLETE_JOB_DENIED}`,
      `10:00:03 ERROR status 403: ${COMPLETE_JOB_DENIED}`,
      "10:00:04 ERROR status 403: Unauthorized to perform operation 'READ' on resource 'GROUP'",
      '10:00:05 ERROR status 401: Full authentication is required to access this resource',
    ].join('\n');
    const pasted = parseErrorText(text);
    expect(pasted.detail).toBe(COMPLETE_JOB_DENIED);
    expect(pasted.status).toBe(403);
    expect(pasted.otherErrors).toBe(3);
  });

  it('reads a curl command continued over lines, its URL with host and query, and its -d body', () => {
    const text = [
      "curl -s -X POST 'https://camunda.example.com:8443/v2/process-instances?tenant=x#frag' \\",
      "  -H 'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3b3JrZXIifQ.c2lnbmF0dXJl' \\",
      "  -H 'Content-Type: application/json' \\",
      '  -d \'{"processDefinitionId": "invoice-approval", "tenantId": "tenant-a"}\'',
      '{"type":"about:blank","title":"FORBIDDEN","status":403,"detail":"Command \'CREATE\' rejected with code \'FORBIDDEN\': Expected to perform operation \'CREATE_PROCESS_INSTANCE\' on resource \'PROCESS_DEFINITION\' for tenant \'tenant-a\', but user is not assigned to this tenant","instance":"/v2/process-instances"}',
    ].join('\n');
    const pasted = parseErrorText(text);
    expect(pasted).toMatchObject({
      source: 'curl',
      status: 403,
      method: 'POST',
      path: '/v2/process-instances',
      principalHint: null,
      recognised: true,
    });
    expect(pasted.hints).toEqual({ processDefinitionId: 'invoice-approval', tenantId: 'tenant-a' });
    expect(JSON.stringify(pasted.readable)).not.toContain('eyJ');
  });

  it('keeps the path percent-encoded as sent', () => {
    const pasted = parseErrorText(
      `> GET /v2/groups/finance%20team?x=1 HTTP/1.1\n< HTTP/1.1 403 Forbidden\n{"detail":"Unauthorized to perform operation 'READ' on resource 'GROUP'"}`,
    );
    expect(pasted).toMatchObject({ method: 'GET', path: '/v2/groups/finance%20team', status: 403, recognised: true });
    expect(operations(pasted)).toEqual(['getGroup']);
  });

  it('takes -u for a user only on a curl command line', () => {
    expect(parseErrorText(`$ git push -u origin main\n${COMPLETE_JOB_DENIED}`).principalHint).toBeNull();
    expect(parseErrorText(`$ curl -u ron:secret http://localhost:8080/v2/groups/finance`).principalHint).toEqual({
      type: 'USER',
      id: 'ron',
    });
  });

  it('names a client only when the text does', () => {
    expect(parseErrorText(`CAMUNDA_CLIENT_ID=invoice-worker\n${COMPLETE_JOB_DENIED}`).principalHint).toEqual({
      type: 'CLIENT',
      id: 'invoice-worker',
    });
    expect(parseErrorText(COMPLETE_JOB_DENIED).principalHint).toBeNull();
  });

  it('quotes unrecognised text back with what it could read, credentials masked', () => {
    const text =
      'upstream request failed\nGET https://camunda.example.com/v2/topology?x=1 -> 502 Bad Gateway\nAuthorization: Bearer abcdefghijklmnop';
    const pasted = parseErrorText(text);
    expect(pasted).toMatchObject({
      source: 'unknown',
      recognised: false,
      method: 'GET',
      path: '/v2/topology',
      detail: null,
    });
    expect(label(pasted, 'format')).toBe('Unrecognised text');
    expect(label(pasted, 'request')).toBe('GET /v2/topology');
    expect(label(pasted, 'text')).toContain('upstream request failed');
    expect(label(pasted, 'text')).not.toContain('abcdefghijklmnop');
  });

  it('returns an empty result for an empty paste', () => {
    expect(parseErrorText('   \n ')).toMatchObject({
      source: 'unknown',
      status: null,
      detail: null,
      recognised: false,
      readable: [{ field: 'format', value: { id: 'explain.source.unknown' } }],
    });
  });

  it('names the format and the caller in the UI language, and quotes the paste as it is', () => {
    const pasted = parseErrorText(curlCreate);
    const caller = pasted.readable.find((entry) => entry.field === 'caller')?.value;
    const format = pasted.readable.find((entry) => entry.field === 'format')?.value;
    if (typeof caller !== 'object' || typeof format !== 'object') throw new Error('caller and format are messages');
    expect(englishT.message(format)).toBe('curl output');
    expect(germanT.message(format)).toBe('Ausgabe von curl');
    expect(englishT.message(caller)).toBe('user nina');
    expect(germanT.message(caller)).toBe('Benutzer nina');
  });
});
