import bcrypt from 'bcryptjs';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { OidcAuth, Scenario } from '../scenarios/scenario-types.ts';
import type { Caller } from './authorization-engine.ts';
import { readClaim } from './claim-path.ts';
import type { UserEntity } from './entities.ts';
import { unauthorized } from './problems.ts';

// Authentication as Camunda's Spring Security chain does it (docs/camunda-api/error-messages.md §2,
// principal-resolution.md): the 401 details
// are Spring's defaults, prefixed as the resource server prefixes JWT decoding errors.

const NO_CREDENTIALS = 'Full authentication is required to access this resource';
const BAD_CREDENTIALS = 'Bad credentials';
const JWT_PREFIX = 'An error occurred while attempting to decode the Jwt: ';

// Spring's DaoAuthenticationProvider compares against a dummy hash for unknown users, so an unknown
// username costs as much as a wrong password (no user enumeration by timing).
const DUMMY_HASH = bcrypt.hashSync('userNotFoundPassword', 10);

export interface Authenticator {
  authenticate(authorization: string | undefined): Promise<Caller>;
}

export function createAuthenticator(
  scenario: Scenario,
  users: () => Map<string, UserEntity>,
  oidcOverride?: { issuer: string; jwksUri: string },
): Authenticator {
  const auth = scenario.auth;
  if (auth.method === 'none') {
    // Unprotected API: every call runs as the anonymous authentication, checks skipped (docs/camunda-api/principal-resolution.md §1).
    // [unverified] credentials sent anyway are ignored here.
    return { authenticate: () => Promise.resolve({ kind: 'anonymous' }) };
  }
  if (auth.method === 'basic') return { authenticate: (header) => basicAuthenticate(header, users()) };
  return createJwtAuthenticator(auth, oidcOverride);
}

async function basicAuthenticate(header: string | undefined, users: Map<string, UserEntity>): Promise<Caller> {
  const match = header ? /^Basic\s+(.+)$/i.exec(header.trim()) : null;
  if (!match) throw unauthorized(NO_CREDENTIALS);
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw unauthorized(BAD_CREDENTIALS);
  const username = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  const user = users.get(username);
  // bcrypt on every request, as the real server does: no credential cache.
  const valid = await bcrypt.compare(password, user?.passwordHash || DUMMY_HASH);
  if (!user || !valid) throw unauthorized(BAD_CREDENTIALS);
  return { kind: 'user', id: username, username };
}

/** Spring prints `Instant.toString()`: no fractional seconds when they are zero. */
function instant(seconds: unknown): string {
  const ms = typeof seconds === 'number' ? seconds * 1000 : Date.now();
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function jwtError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return `Jwt expired at ${instant(error.payload.exp)}`;
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'The aud claim is not valid';
    if (error.claim === 'iss') return 'The iss claim is not valid';
    if (error.claim === 'nbf') return `Jwt used before ${instant(error.payload.nbf)}`;
    return `The ${error.claim} claim is not valid`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'Signed JWT rejected: Invalid signature';
  if (error instanceof errors.JWKSNoMatchingKey)
    return 'Signed JWT rejected: Another algorithm expected, or no matching key(s) found';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return `Couldn't retrieve remote JWK set: ${(error as Error).message}`;
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported)
    return 'Signed JWT rejected: Another algorithm expected, or no matching key(s) found';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'Malformed token';
  if (error instanceof TypeError || (error instanceof Error && /fetch|ECONNREFUSED/i.test(error.message)))
    return `Couldn't retrieve remote JWK set: ${error.message}`;
  return error instanceof Error ? error.message : 'Malformed token';
}

function createJwtAuthenticator(auth: OidcAuth, override?: { issuer: string; jwksUri: string }): Authenticator {
  const issuer = override?.issuer ?? auth.issuer;
  const jwksUri = override?.jwksUri ?? auth.jwksUri;
  if (!issuer || !jwksUri)
    throw new Error('An oidc scenario needs an issuer and a JWKS URI (scenario auth or start option).');
  const jwks = createRemoteJWKSet(new URL(jwksUri));
  return {
    async authenticate(header) {
      const match = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
      if (!match) throw unauthorized(NO_CREDENTIALS);
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(match[1]!.trim(), jwks, {
          issuer,
          audience: auth.audience,
          clockTolerance: auth.clockSkewSeconds ?? 60,
        }));
      } catch (error) {
        throw unauthorized(JWT_PREFIX + jwtError(error));
      }
      return callerFromClaims(auth, payload);
    },
  };
}

function claimString(claims: Record<string, unknown>, claimName: string): string | null {
  const value = readClaim(claims, claimName);
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    const path = claimName.startsWith('$') ? claimName : `$['${claimName}']`;
    throw unauthorized(`Value for ${path} is not a string. Please check your OIDC configuration.`);
  }
  return value;
}

/** Principal resolution of docs/camunda-api/principal-resolution.md §2: the client id wins unless preferUsernameClaim is set. */
export function callerFromClaims(auth: OidcAuth, claims: Record<string, unknown>): Caller {
  const username = claimString(claims, auth.usernameClaim);
  const clientId = claimString(claims, auth.clientIdClaim);
  if (username === null && clientId === null)
    throw unauthorized(
      `Neither username claim (${auth.usernameClaim}) nor clientId claim (${auth.clientIdClaim}) could be found in the claims. Please check your OIDC configuration.`,
    );
  const isUser = (auth.preferUsernameClaim && username !== null) || clientId === null;
  let tokenGroups: string[] | undefined;
  if (auth.groupsClaim) {
    const raw = readClaim(claims, auth.groupsClaim);
    tokenGroups = Array.isArray(raw)
      ? raw.filter((g): g is string => typeof g === 'string')
      : typeof raw === 'string'
        ? [raw]
        : [];
  }
  const text = (name: string) => (typeof claims[name] === 'string' ? claims[name] : null);
  return {
    kind: isUser ? 'user' : 'client',
    id: isUser ? username! : clientId,
    username,
    claims,
    tokenGroups,
    displayName: text('name'),
    email: text('email'),
  };
}
