import { afterEach, describe, expect, it } from 'vitest';
import { diagnosisReportMarkdown } from '../../../lib/authz/diagnosis-report.ts';
import { parseForbidden } from '../../../lib/authz/parse-forbidden.ts';
import { resetConnectionsForTests } from '../../../lib/connection/connection-store.ts';
import { connectBasic } from '../../../testing/connect.ts';
import { helmCluster } from '../../../testing/cluster-fixtures.ts';
import { englishT } from '../../../testing/translate.ts';
import { knownSecretsFor } from './known-secrets.ts';

describe('knownSecretsFor', () => {
  afterEach(() => resetConnectionsForTests());

  it('yields the Basic credential in every form it could leak in', async () => {
    connectBasic(helmCluster, 'ron', 's3cret-pass');
    const secrets = await knownSecretsFor('helm');
    expect(secrets).toContain('ron:s3cret-pass');
    expect(secrets).toContain(btoa('ron:s3cret-pass'));
    expect(secrets).toContain(`Basic ${btoa('ron:s3cret-pass')}`);
  });

  it('lets the report scrub a credential that was echoed into a problem detail', async () => {
    connectBasic(helmCluster, 'ron', 's3cret-pass');
    const problem = { status: 403, detail: `got header Basic ${btoa('ron:s3cret-pass')} and ron:s3cret-pass` };
    const markdown = diagnosisReportMarkdown(
      {
        generatedAt: 'now',
        cluster: { id: 'helm', name: 'Helm', version: '8.9', auth: 'basic' },
        principal: { type: 'USER', id: 'ron' },
        request: { requestId: 'r1', method: 'GET', path: '/v2/topology', status: 403, problem },
        explanation: parseForbidden(problem),
        knownSecrets: await knownSecretsFor('helm'),
      },
      englishT,
    );
    expect(markdown).not.toContain('s3cret-pass');
    expect(markdown).not.toContain(btoa('ron:s3cret-pass'));
    expect(markdown).toContain('USER ron');
  });

  it('is empty without a connection', async () => {
    expect(await knownSecretsFor('helm')).toEqual([]);
  });
});
