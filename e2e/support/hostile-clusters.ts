import http from 'node:http';
import path from 'node:path';
import { type RunningLanternServer, startLanternServer } from '../../server/start-lantern-server.ts';
import { testClusterConfig } from '../../server/testing/cluster-config-fixture.ts';
import { type DemoCluster, startDemoCluster } from '../../demo/emulator/start-demo-cluster.ts';
import { loadScenarioFile } from '../../demo/scenarios/load-scenario.ts';
import type { Scenario } from '../../demo/scenarios/scenario-types.ts';
import { e2ePorts } from './ports.ts';

// Clusters that answer with HTML and script where data belongs, behind a second Lantern server on
// the same production build: a demo cluster whose task names, variables, form schema and process
// names carry the payloads, and a fake cluster whose problem details do. Everything the cluster
// returns must render as inert text.

export const imgPayload = '<img src=x onerror=alert(1)>';
export const scriptPayload = '<script>alert(2)</script>';
export const hostileTaskName = `Review ${imgPayload} ${scriptPayload}`;

export const hostileLanternPort = (): number => e2ePorts().lantern + 10;
const hostileClusterPort = (): number => e2ePorts().lantern + 11;
const problemClusterPort = (): number => e2ePorts().lantern + 12;

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

async function hostileScenario(): Promise<Scenario> {
  const base = await loadScenarioFile(path.join(repoRoot, 'demo', 'scenarios', 'c8run.json'));
  const formSchema = {
    id: 'hostile-form',
    type: 'default',
    schemaVersion: 18,
    components: [
      { type: 'text', text: `# Heading ${imgPayload}\n\n${scriptPayload} <a href="javascript:alert(3)">click</a>` },
      { label: `Label ${imgPayload}`, key: 'note', type: 'textfield', description: scriptPayload },
      {
        label: `Choice ${scriptPayload}`,
        key: 'choice',
        type: 'select',
        values: [{ label: imgPayload, value: 'a' }],
      },
    ],
  };
  const { generateUserTasks: _generated, ...rest } = base;
  return {
    ...rest,
    displayName: `Hostile data ${imgPayload}`,
    processDefinitions: base.processDefinitions.map((definition, i) =>
      i === 0 ? { ...definition, name: `Process ${scriptPayload}` } : definition,
    ),
    forms: [...base.forms, { formId: 'hostile-form', version: 1, schema: formSchema }],
    userTasks: [
      {
        ...base.userTasks[0]!,
        name: hostileTaskName,
        assignee: null,
        candidateGroups: [imgPayload],
        formId: 'hostile-form',
        customHeaders: { [imgPayload]: scriptPayload },
        variables: { [`var ${imgPayload}`]: scriptPayload, nested: { html: imgPayload } },
        localVariables: { local: `${scriptPayload}${imgPayload}` },
      },
    ],
  };
}

export interface HostileEnvironment {
  lanternUrl: string;
  close(): Promise<void>;
}

export async function startHostileEnvironment(): Promise<HostileEnvironment> {
  const cluster: DemoCluster = await startDemoCluster({
    scenario: await hostileScenario(),
    port: hostileClusterPort(),
  });
  // Every /v2 call answers a problem whose members carry markup.
  const problems = http.createServer((_req, res) => {
    res.writeHead(500, { 'content-type': 'application/problem+json' });
    res.end(
      JSON.stringify({
        type: 'about:blank',
        title: `Title ${imgPayload}`,
        status: 500,
        detail: `Detail ${scriptPayload} ${imgPayload}`,
        instance: `/v2/${imgPayload}`,
      }),
    );
  });
  await new Promise<void>((resolve) => problems.listen(problemClusterPort(), '127.0.0.1', resolve));
  let lantern: RunningLanternServer;
  try {
    lantern = await startLanternServer({
      port: hostileLanternPort(),
      spa: { kind: 'dist', dir: path.resolve(repoRoot, e2ePorts().env.LANTERN_DIST ?? 'dist') },
      upstreamTimeoutMs: 5_000,
      clusters: [
        testClusterConfig({ id: 'hostile', name: `Hostile data ${imgPayload}`, restBaseUrl: cluster.url }),
        testClusterConfig({
          id: 'hostile-problems',
          name: `Hostile problems ${scriptPayload}`,
          restBaseUrl: `http://localhost:${problemClusterPort()}`,
        }),
      ],
    });
  } catch (error) {
    await cluster.close();
    problems.close();
    throw error;
  }
  return {
    lanternUrl: lantern.url,
    async close() {
      await lantern.close();
      await cluster.close();
      await new Promise<void>((resolve) => {
        problems.close(() => resolve());
        problems.closeAllConnections();
      });
    },
  };
}
