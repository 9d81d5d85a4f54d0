import { e2ePorts } from './ports.ts';

// Tokens straight from the demo provider's token endpoint, for the "pasted token" cases.
export async function clientCredentialsToken(
  clientId: string,
  clientSecret: string,
  options: { audience?: 'orchestration-api' | 'other-api' } = {},
): Promise<string> {
  const issuer = `http://localhost:${e2ePorts().oidc}`;
  const body = new URLSearchParams({ grant_type: 'client_credentials' });
  if (options.audience) body.set('resource', `${issuer}/${options.audience}`);
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
    },
    body,
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}: ${await response.text()}`);
  const json = (await response.json()) as { access_token?: string };
  if (!json.access_token) throw new Error('no access_token in the token response');
  return json.access_token;
}
