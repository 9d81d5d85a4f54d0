import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWTPayload } from 'jose';

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

// Test-only stand-in for an OIDC provider: a local RS256 key pair, its JWKS, and a
// client-credentials token endpoint (for SDK contract tests). The real demo provider is elsewhere.

export interface LocalIssuer {
  issuer: string;
  jwksUri: string;
  tokenUrl: string;
  mint(
    claims: JWTPayload,
    options?: { audience?: string; expiresInSeconds?: number; notBeforeSeconds?: number; issuer?: string },
  ): Promise<string>;
  /** A token signed by a different key (signature must fail). */
  mintForeign(claims: JWTPayload): Promise<string>;
  close(): Promise<void>;
}

export async function startLocalIssuer(clients: Record<string, string> = {}): Promise<LocalIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  let issuer = '';
  const sign = async (key: SigningKey, claims: JWTPayload, o: Parameters<LocalIssuer['mint']>[1] = {}) => {
    const now = Math.floor(Date.now() / 1000);
    let jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'at+jwt' })
      .setIssuer(o.issuer ?? issuer)
      .setAudience(o.audience ?? 'orchestration-api')
      .setIssuedAt(now - 5)
      .setExpirationTime(now + (o.expiresInSeconds ?? 300));
    if (o.notBeforeSeconds !== undefined) jwt = jwt.setNotBefore(now + o.notBeforeSeconds);
    return jwt.sign(key);
  };
  const server: Server = createServer((req, res) => {
    if (req.url === '/jwks') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    if (req.url === '/token' && req.method === 'POST') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        // client_secret_post or client_secret_basic
        const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
        const [headerId, headerSecret] = basic ? Buffer.from(basic[1]!, 'base64').toString().split(':') : [];
        const clientId = decodeURIComponent(headerId ?? form.get('client_id') ?? '');
        const secret = decodeURIComponent(headerSecret ?? form.get('client_secret') ?? '');
        if (clients[clientId] === undefined || clients[clientId] !== secret) {
          res.statusCode = 401;
          res.end(JSON.stringify({ error: 'invalid_client' }));
          return;
        }
        void sign(privateKey, { client_id: clientId, sub: clientId }).then((token) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 300 }));
        });
      });
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  issuer = `http://localhost:${port}`;
  return {
    issuer,
    jwksUri: `${issuer}/jwks`,
    tokenUrl: `${issuer}/token`,
    mint: (claims, options) => sign(privateKey, claims, options),
    mintForeign: (claims) => sign(foreign.privateKey, claims),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
