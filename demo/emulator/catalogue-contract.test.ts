import { createCamundaClient as createSdk88Client } from 'sdk88';
import { createCamundaClient as createSdk89Client } from 'sdk89';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOperation } from '../../src/lib/catalogue/find-operation.ts';
import { OPERATION_CATALOGUE } from '../../src/lib/catalogue/operation-catalogue.ts';
import type { ApiVersion } from '../../src/lib/catalogue/types.ts';
import { startDemoCluster, type DemoCluster } from './start-demo-cluster.ts';
import {
  CATALOGUE_PROBES,
  DOCUMENT_METADATA,
  basicRequest,
  crossCheckScenario,
  probeApi,
  type Json,
} from './testing/cross-check-probes.ts';
import { ORDER_BPMN, SHIPPING_DMN, deploymentForm } from './testing/process-fixtures.ts';

// Contract of the generically answered catalogue operations (catalogue-operations.ts): each is called
// through Camunda's own SDK with STRICT request and response validation, 8.8.4 against the 8.8 demo
// cluster and 9.1.5 against the 8.9 one, with the same requests the cross-check sends. A success
// shape the SDK rejects fails here.

const C = { consistency: { waitUpToMs: 0 } };
const STRICT = { CAMUNDA_SDK_VALIDATION: 'req:strict,res:strict', CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: 1 } as const;

/**
 * Answers the 8.8.4 SDK's own types get wrong, so they are validated by hand and the SDK is shown to
 * reject them (the mismatch is real, not a broken shape of ours).
 */
const SDK_88_MISMATCHES: Record<string, string> = {
  // Like the user-task form: 8.8's spec types FormResult.schema as an object; the server sends a JSON string.
  getStartProcessForm: 'FormResult.schema is a JSON string',
  // [inferred] 8.8's spec requires a decision id here even for an evaluation that did not fail.
  evaluateDecision: 'failedDecisionDefinitionId is empty when nothing failed',
};

type SdkCall = (input: Json, second?: unknown) => Promise<unknown>;

const SDKS = [
  { name: '8.8.4', version: '8.8', file: 'demo/scenarios/c8run.json', create: createSdk88Client },
  { name: '9.1.5', version: '8.9', file: 'demo/scenarios/helm.json', create: createSdk89Client },
] as const satisfies readonly { name: string; version: ApiVersion; file: string; create: unknown }[];

/** The SDK's flat input: path parameters, body fields and query parameters side by side. */
function sdkInput(method: string, path: string, body: unknown, form: (() => FormData) | undefined): Json {
  const match = findOperation(OPERATION_CATALOGUE, method, path)!;
  const query = Object.fromEntries(new URL(path, 'http://localhost').searchParams);
  const input: Json = { ...match.params, ...(body as Json | undefined), ...query };
  if ('withTenants' in input) input.withTenants = input.withTenants === 'true';
  // The SDKs' strict request schemas require a content hash for these document reads.
  if (match.entry.operationId === 'getDocument' || match.entry.operationId === 'createDocumentLink')
    input.contentHash ??= 'any';
  if (form) {
    const file = form().get('file') as File;
    if (match.entry.operationId === 'createDocuments') input.files = [file];
    else input.file = file;
    input.metadata = match.entry.operationId === 'createDocuments' ? [DOCUMENT_METADATA] : DOCUMENT_METADATA;
  }
  return input;
}

for (const sdk of SDKS) {
  describe(`SDK ${sdk.name} (strict) on the generically answered operations of ${sdk.version}`, () => {
    let cluster: DemoCluster;
    const api = probeApi(basicRequest(() => cluster.url));
    let client: Record<string, SdkCall>;
    // The SDKs' strict request schemas type uploads as strings, so a real File fails them before
    // anything is sent; uploads go through a client that validates the answer only.
    let uploader: Record<string, SdkCall>;
    let unchecked: Record<string, SdkCall>;

    beforeAll(async () => {
      cluster = await startDemoCluster({ scenario: await crossCheckScenario(sdk.file), port: 0 });
      await api.admin('POST', '/v2/deployments', deploymentForm([{ name: 'order.bpmn', content: ORDER_BPMN }]));
      await api.admin('POST', '/v2/deployments', deploymentForm([{ name: 'shipping.dmn', content: SHIPPING_DMN }]));
      const config = {
        ...STRICT,
        CAMUNDA_REST_ADDRESS: cluster.url,
        CAMUNDA_AUTH_STRATEGY: 'BASIC',
        CAMUNDA_BASIC_AUTH_USERNAME: 'admin',
        CAMUNDA_BASIC_AUTH_PASSWORD: 'admin',
      } as const;
      client = sdk.create({ config }) as unknown as Record<string, SdkCall>;
      unchecked = sdk.create({
        config: { ...config, CAMUNDA_SDK_VALIDATION: 'req:strict,res:none' },
      }) as unknown as Record<string, SdkCall>;
      uploader = sdk.create({
        config: { ...config, CAMUNDA_SDK_VALIDATION: 'req:none,res:strict' },
      }) as unknown as Record<string, SdkCall>;
    });
    afterAll(() => cluster.close());

    const operations = Object.keys(CATALOGUE_PROBES).filter(
      (id) => OPERATION_CATALOGUE.find((e) => e.operationId === id)?.versions[sdk.version] !== undefined,
    );

    it('offers every generically answered operation of its version', () => {
      const offered = operations.filter((id) => typeof client[id] === 'function');
      expect(operations.filter((id) => !offered.includes(id))).toEqual([]);
      console.info(`SDK ${sdk.name}: ${offered.length} generically answered operations called with strict validation`);
    });

    for (const operationId of operations) {
      it(`${operationId}: the answer passes the SDK's validation`, async () => {
        const probe = await CATALOGUE_PROBES[operationId]!(api);
        const sdkClient = probe.form ? uploader : client;
        const call = sdkClient[operationId]!.bind(sdkClient);
        const input = sdkInput(probe.method, probe.path, probe.body, probe.form);
        // Reads take the consistency option second, commands their options: both accept this.
        if (sdk.version === '8.8' && operationId in SDK_88_MISMATCHES) {
          await expect(call(input, C)).rejects.toThrow(/validation|union|failedDecisionDefinitionId/i);
          const answer = (await unchecked[operationId]!.bind(unchecked)(input, C)) as Json;
          if (operationId === 'getStartProcessForm') expect(typeof answer.schema).toBe('string');
          else expect(answer).toMatchObject({ failedDecisionDefinitionId: '', decisionDefinitionId: 'choose-carrier' });
          return;
        }
        await expect(call(input, C)).resolves.not.toThrow();
      });
    }
  });
}
