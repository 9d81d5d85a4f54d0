import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../scenarios/load-scenario.ts';
import { startDemoCluster, type DemoCluster } from './start-demo-cluster.ts';

// The control API resets a demo cluster and injects faults. A page on another site, open in a browser
// on the same machine, reaches it from loopback too: by a form post, or through a host name it rebinds
// to 127.0.0.1. Requests are sent raw, as the browser would send them (fetch would not let us set Host).

let cluster: DemoCluster;

beforeAll(async () => {
  cluster = await startDemoCluster({ scenario: await loadScenarioFile('demo/scenarios/c8run.json'), port: 0 });
});
afterAll(() => cluster.close());

function send(path: string, method: string, headers: http.OutgoingHttpHeaders, body?: string): Promise<number> {
  const port = Number(new URL(cluster.url).port);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const faultCount = async () =>
  (
    (await (await fetch(`${cluster.url}/__control/faults`, { headers: { 'x-lantern-demo-control': '1' } })).json()) as {
      faults: unknown[];
    }
  ).faults.length;

describe('demo cluster control API', () => {
  it.each([
    [
      'a cross-site form post',
      {
        host: 'localhost',
        'content-type': 'text/plain',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
    ],
    [
      'an older browser’s form post (no Sec-Fetch-Site)',
      { host: 'localhost', 'content-type': 'text/plain', origin: 'https://evil.example' },
    ],
    [
      'a rebound host name, even with the header',
      { host: 'rebound.evil.example', 'content-type': 'application/json', 'x-lantern-demo-control': '1' },
    ],
    ['a program that does not send the header', { host: 'localhost', 'content-type': 'application/json' }],
  ])('refuses %s', async (_name, headers) => {
    const rule = JSON.stringify({ path: '/v2/topology', kind: 'drop' });
    expect(await send('/__control/faults', 'POST', headers, rule)).toBe(403);
    expect(await send('/__control/reset', 'POST', headers, '')).toBe(403);
    expect(await faultCount()).toBe(0);
  });

  it('accepts its callers: the control header or a page of its own origin, on a loopback Host', async () => {
    const rule = JSON.stringify({ path: '/v2/license', kind: 'status', status: 503 });
    const json = { 'content-type': 'application/json' };
    expect(
      await send('/__control/faults', 'POST', { ...json, host: 'localhost', 'x-lantern-demo-control': '1' }, rule),
    ).toBe(201);
    expect(
      await send('/__control/faults', 'POST', { ...json, host: '127.0.0.1:1', 'sec-fetch-site': 'same-origin' }, rule),
    ).toBe(201);
    expect(await faultCount()).toBe(2);
    expect(await send('/__control/reset', 'POST', { host: '[::1]', 'x-lantern-demo-control': '1' })).toBe(204);
    expect(await faultCount()).toBe(0);
  });
});
