// Explains a JWT decoded in the browser — no signature check, nothing sent anywhere — the
// way the cluster will read it: times against the server's clock, iss/aud against the cluster's
// settings, and which claim became the username, the client id and the groups (docs/camunda-api/principal-resolution.md
// §1–2).
import type { OidcClusterSettings } from '../clusters/cluster-summary.ts';
import type { Caller } from '../auth/caller.ts';
import { readClaim } from './claim-path.ts';
import type { EffectivePermissions, Subject } from './effective-permissions.ts';
import { msg, type Message } from '../i18n/message.ts';

export type JsonObject = Record<string, unknown>;

// Findings are message descriptors, not sentences: views word them (and format the times) in the
// UI language at render.

/** A time claim; views show it as a date and relative to `TokenInspection.referenceMs`. */
export interface TimeClaim {
  name: 'exp' | 'iat' | 'nbf';
  epochSeconds: number;
  problem: Message | null;
}

export interface ClaimCheck {
  expected: string | null;
  actual: string[];
  /** null when the cluster's expected value is unknown. */
  ok: boolean | null;
  message: Message;
}

/** Something the token inspection noticed: `info` is normal and worth knowing, `warning` needs a look. */
export interface TokenNote {
  severity: 'info' | 'warning';
  text: Message;
}

/** How the cluster reads the caller out of a token's claims. */
export interface TokenCaller {
  /** Null when the cluster would reject the token (see `error`). */
  caller: Extract<Caller, { type: 'USER' | 'CLIENT' }> | null;
  username: { claim: string; value: string | null };
  clientId: { claim: string | null; value: string | null };
  /** Null when no groups claim is configured: groups then come from Identity memberships. */
  groups: { claim: string; values: string[] } | null;
  notes: TokenNote[];
  /**
   * The cluster would reject the token with this text (401): Camunda's own wording, quoted verbatim
   * (English in every UI language, shown with `lang="en"`).
   */
  error: string | null;
}

export interface TokenInspection {
  header: JsonObject;
  claims: JsonObject;
  hasSignature: boolean;
  times: TimeClaim[];
  expired: boolean;
  /** The moment token times are judged against: the server's clock when known, else the browser's. */
  referenceMs: number;
  /** Browser clock minus server clock, in seconds (server `Date` has 1 s resolution). */
  clockSkewSeconds: number | null;
  clockWarning: Message | null;
  issuer: ClaimCheck;
  audience: ClaimCheck;
  caller: TokenCaller;
}

export type ClaimSettings = Pick<
  OidcClusterSettings,
  'issuer' | 'audience' | 'usernameClaim' | 'clientIdClaim' | 'groupsClaim' | 'preferUsernameClaim'
>;

function bracketPath(claim: string): string {
  return claim.startsWith('$') ? claim : `$['${claim}']`;
}

/** The claim settings Camunda uses when a cluster names none (its documented defaults). */
export const DEFAULT_CLAIM_SETTINGS: ClaimSettings = {
  issuer: '',
  audience: null,
  usernameClaim: 'sub',
  clientIdClaim: null,
  groupsClaim: null,
  preferUsernameClaim: false,
};

/**
 * Camunda's USER vs CLIENT rule (docs/camunda-api/principal-resolution.md §2), the only one in
 * Lantern: the client-id claim wins when present, unless preferUsernameClaim is set and the token
 * has a username.
 */
export function resolveTokenCaller(claims: JsonObject, settings: ClaimSettings): TokenCaller {
  const notes: TokenNote[] = [];
  const rawUsername = readClaim(claims, settings.usernameClaim);
  const rawClientId = settings.clientIdClaim ? readClaim(claims, settings.clientIdClaim) : undefined;
  const result: TokenCaller = {
    caller: null,
    username: { claim: settings.usernameClaim, value: typeof rawUsername === 'string' ? rawUsername : null },
    clientId: { claim: settings.clientIdClaim, value: typeof rawClientId === 'string' ? rawClientId : null },
    groups: null,
    notes,
    error: null,
  };
  for (const [claim, raw] of [
    [settings.usernameClaim, rawUsername],
    [settings.clientIdClaim, rawClientId],
  ] as const) {
    if (claim && raw !== undefined && raw !== null && typeof raw !== 'string') {
      result.error = `Value for ${bracketPath(claim)} is not a string. Please check your OIDC configuration.`;
      return result;
    }
  }

  const username = result.username.value;
  const clientId = result.clientId.value;
  if (username === null && clientId === null) {
    result.error = `Neither username claim (${settings.usernameClaim}) nor clientId claim (${settings.clientIdClaim ?? 'null'}) could be found in the claims. Please check your OIDC configuration.`;
    return result;
  }
  if ((settings.preferUsernameClaim && username !== null) || clientId === null) {
    result.caller = { type: 'USER', id: username ?? '' };
    if (clientId !== null) {
      notes.push({
        severity: 'info',
        text: msg('capabilities.token.preferUsername', {
          claim: settings.clientIdClaim ?? '',
          clientId,
          username: username ?? '',
        }),
      });
    }
  } else {
    result.caller = { type: 'CLIENT', id: clientId };
    if (username !== null) {
      notes.push({
        severity: 'warning',
        text: msg('capabilities.token.treatedAsClient', { claim: settings.clientIdClaim ?? '', clientId, username }),
      });
    }
  }

  if (settings.groupsClaim) {
    const rawGroups = readClaim(claims, settings.groupsClaim);
    const values = Array.isArray(rawGroups)
      ? rawGroups.filter((g): g is string => typeof g === 'string')
      : typeof rawGroups === 'string'
        ? [rawGroups]
        : [];
    result.groups = { claim: settings.groupsClaim, values };
    if (rawGroups === undefined) {
      // A machine client normally has no groups; a user without them is worth a look.
      notes.push({
        severity: result.caller.type === 'CLIENT' ? 'info' : 'warning',
        text: msg('capabilities.token.noGroupsClaim', { claim: settings.groupsClaim }),
      });
    }
  }
  return result;
}

function stringValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function normalizeIssuer(value: string): string {
  return value.replace(/\/+$/, '');
}

export interface InspectOptions {
  now: number;
  /** The server's `Date` response header, for clock skew. */
  serverDate?: string | null;
}

/** Explains a decoded token (lib/auth/decode-jwt.ts) the way the cluster will read it. */
export function inspectDecodedToken(
  token: { header: JsonObject; claims: JsonObject; hasSignature?: boolean },
  settings: ClaimSettings,
  options: InspectOptions,
): TokenInspection {
  const { header, claims } = token;
  const hasSignature = token.hasSignature ?? true;

  const serverMs = options.serverDate ? Date.parse(options.serverDate) : Number.NaN;
  const clockSkewSeconds = Number.isNaN(serverMs) ? null : Math.round((options.now - serverMs) / 1000);
  // Token times are judged against the server's clock when we know it: that is what validates them.
  const reference = Number.isNaN(serverMs) ? options.now : serverMs;
  let clockWarning: Message | null = null;
  if (clockSkewSeconds !== null && Math.abs(clockSkewSeconds) >= 30) {
    clockWarning = msg('capabilities.token.clockSkew', {
      seconds: Math.abs(clockSkewSeconds),
      direction: clockSkewSeconds > 0 ? 'ahead' : 'behind',
    });
  }

  const times: TimeClaim[] = [];
  let expired = false;
  for (const name of ['exp', 'iat', 'nbf'] as const) {
    const value = claims[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const ms = value * 1000;
    let problem: Message | null = null;
    if (name === 'exp' && ms <= reference) {
      expired = true;
      problem = msg('capabilities.token.expired');
    }
    if (name === 'nbf' && ms > reference) problem = msg('capabilities.token.notYetValid');
    if (name === 'iat' && ms > reference + 60_000) problem = msg('capabilities.token.issuedInFuture');
    times.push({ name, epochSeconds: value, problem });
  }

  const issuerValue = typeof claims.iss === 'string' ? claims.iss : null;
  const expectedIssuer = settings.issuer || null;
  const issuer: ClaimCheck = {
    expected: expectedIssuer,
    actual: issuerValue ? [issuerValue] : [],
    ok:
      expectedIssuer === null
        ? null
        : issuerValue !== null && normalizeIssuer(issuerValue) === normalizeIssuer(expectedIssuer),
    message: msg('capabilities.token.issuerUnknown'),
  };
  if (issuer.ok === true) issuer.message = msg('capabilities.token.issuerOk');
  if (issuer.ok === false) {
    issuer.message = issuerValue
      ? msg('capabilities.token.issuerMismatch', { issuer: issuerValue, expected: expectedIssuer ?? '' })
      : msg('capabilities.token.issuerMissing', { expected: expectedIssuer ?? '' });
  }

  const audiences = stringValues(claims.aud);
  const expectedAudience = settings.audience || null;
  const audience: ClaimCheck = {
    expected: expectedAudience,
    actual: audiences,
    ok: expectedAudience === null ? null : audiences.includes(expectedAudience),
    message: msg('capabilities.token.audienceUnknown'),
  };
  if (audience.ok === true)
    audience.message = msg('capabilities.token.audienceOk', { expected: expectedAudience ?? '' });
  if (audience.ok === false) {
    audience.message =
      audiences.length === 0
        ? msg('capabilities.token.audienceMissing', { expected: expectedAudience ?? '' })
        : msg('capabilities.token.audienceMismatch', {
            audiences: audiences.join(', '),
            expected: expectedAudience ?? '',
          });
  }

  return {
    header,
    claims,
    hasSignature,
    times,
    expired,
    referenceMs: reference,
    clockSkewSeconds,
    clockWarning,
    issuer,
    audience,
    caller: resolveTokenCaller(claims, settings),
  };
}

/**
 * The owner the engine checks for a token (docs/camunda-api/principal-resolution.md §2 and authorization-model.md §3): USER or CLIENT by the claim
 * rule, with the claims for mapping rules and the token's groups when a groups claim is set.
 * Null when the cluster would reject the token.
 */
export function subjectFromToken(claims: JsonObject, settings: ClaimSettings): Subject | null {
  const resolved = resolveTokenCaller(claims, settings);
  if (resolved.error || resolved.caller === null) return null;
  return {
    type: resolved.caller.type,
    id: resolved.caller.id,
    claims,
    groupsFromToken: resolved.groups ? resolved.groups.values : null,
  };
}

/** A cause that is configuration, not an authorization: which setting, and what to set it to. */
export interface ConfigurationCause {
  kind: 'audience' | 'issuer' | 'prefer-username-claim' | 'claim-names';
  /** The plain-language cause (`CodeText` marks its backticked API names). */
  sentence: Message;
  /** The cluster's setting (application.yaml) and its environment variable. */
  setting: string;
  env: string;
  /** The value that fixes it, or the alternative on the token's side. */
  value: string;
  /** The other way to fix it, where there is one (request the token differently). */
  alternative: Message | null;
}

// Setting names of the Orchestration Cluster's OIDC configuration (docs/camunda-api/principal-resolution.md §1);
// the variables are Spring's relaxed spelling of the same names.
const OIDC_PREFIX = 'camunda.security.authentication.oidc';
const OIDC_ENV_PREFIX = 'CAMUNDA_SECURITY_AUTHENTICATION_OIDC';

/**
 * Configuration causes readable from a token and the cluster's claim settings: a token for another
 * audience or issuer (the cluster answers 401 before any permission), and a user whose token
 * carries the client-id claim, so the cluster checks it as a CLIENT — its USER grants never apply.
 */
export function configurationCauses(
  claims: JsonObject,
  settings: ClaimSettings | null,
  effective: Pick<EffectivePermissions, 'subject'> | null,
): ConfigurationCause[] {
  if (!settings) return [];
  const causes: ConfigurationCause[] = [];
  const audiences = stringValues(claims.aud);
  if (settings.audience && !audiences.includes(settings.audience)) {
    causes.push({
      kind: 'audience',
      sentence:
        audiences.length > 0
          ? msg('capabilities.cause.audience', {
              audiences: audiences.map((a) => `\`${a}\``).join(', '),
              expected: settings.audience,
            })
          : msg('capabilities.cause.audienceNone', { expected: settings.audience }),
      setting: `${OIDC_PREFIX}.audiences`,
      env: `${OIDC_ENV_PREFIX}_AUDIENCES`,
      value: [settings.audience, ...audiences].join(','),
      alternative: msg('capabilities.cause.requestAudience', { expected: settings.audience }),
    });
  }
  const issuer = typeof claims.iss === 'string' ? claims.iss : null;
  if (settings.issuer && (issuer === null || normalizeIssuer(issuer) !== normalizeIssuer(settings.issuer))) {
    causes.push({
      kind: 'issuer',
      sentence: issuer
        ? msg('capabilities.cause.issuer', { issuer, expected: settings.issuer })
        : msg('capabilities.cause.issuerNone', { expected: settings.issuer }),
      setting: `${OIDC_PREFIX}.issuer-uri`,
      env: `${OIDC_ENV_PREFIX}_ISSUERURI`,
      value: issuer ?? settings.issuer,
      alternative: msg('capabilities.cause.requestIssuer', { expected: settings.issuer }),
    });
  }
  const resolved = resolveTokenCaller(claims, settings);
  const username = resolved.username.value;
  if (resolved.caller?.type === 'CLIENT' && username !== null && !settings.preferUsernameClaim) {
    const checkedAs = effective?.subject.id ?? resolved.caller.id;
    causes.push({
      kind: 'prefer-username-claim',
      sentence: msg('capabilities.cause.checkedAsClient', {
        usernameClaim: settings.usernameClaim,
        username,
        clientIdClaim: settings.clientIdClaim ?? '',
        checkedAs,
      }),
      setting: `${OIDC_PREFIX}.prefer-username-claim`,
      env: `${OIDC_ENV_PREFIX}_PREFERUSERNAMECLAIM`,
      value: 'true',
      alternative: msg('capabilities.cause.grantClient', { checkedAs, username }),
    });
  }
  return causes;
}

/**
 * The same causes read from a 401's text alone, when no token was pasted (docs/camunda-api/error-messages.md §2):
 * Spring's "The aud claim is not valid" / "The iss claim is not valid", and Camunda's "Neither username
 * claim … nor clientId claim …". The token's own values are unknown then, so the fix names the setting
 * and the expected value.
 */
export function configurationCausesFromText(detail: string, settings: ClaimSettings | null): ConfigurationCause[] {
  const causes: ConfigurationCause[] = [];
  const expectedAudience = settings?.audience ?? null;
  if (/The aud claim is not valid/i.test(detail)) {
    causes.push({
      kind: 'audience',
      sentence: expectedAudience
        ? msg('capabilities.cause.textAudienceExpected', { expected: expectedAudience })
        : msg('capabilities.cause.textAudience'),
      setting: `${OIDC_PREFIX}.audiences`,
      env: `${OIDC_ENV_PREFIX}_AUDIENCES`,
      value: expectedAudience ? `${expectedAudience},<the token's aud>` : "<the token's aud>",
      alternative: expectedAudience
        ? msg('capabilities.cause.requestAudience', { expected: expectedAudience })
        : msg('capabilities.cause.requestExpectedAudience'),
    });
  }
  if (/The iss claim is not valid/i.test(detail)) {
    causes.push({
      kind: 'issuer',
      sentence: settings?.issuer
        ? msg('capabilities.cause.textIssuerExpected', { expected: settings.issuer })
        : msg('capabilities.cause.textIssuer'),
      setting: `${OIDC_PREFIX}.issuer-uri`,
      env: `${OIDC_ENV_PREFIX}_ISSUERURI`,
      value: "<the token's iss>",
      alternative: settings?.issuer ? msg('capabilities.cause.requestIssuer', { expected: settings.issuer }) : null,
    });
  }
  const claims = /Neither username claim \(([^)]*)\) nor clientId claim \(([^)]*)\)/.exec(detail);
  if (claims) {
    causes.push({
      kind: 'claim-names',
      sentence: msg('capabilities.cause.claimNames', {
        usernameClaim: claims[1] ?? '',
        clientIdClaim: claims[2] ?? '',
      }),
      setting: `${OIDC_PREFIX}.username-claim / ${OIDC_PREFIX}.client-id-claim`,
      env: `${OIDC_ENV_PREFIX}_USERNAMECLAIM / ${OIDC_ENV_PREFIX}_CLIENTIDCLAIM`,
      value: '<a claim the token carries, e.g. preferred_username / azp>',
      alternative: msg('capabilities.cause.addClaim'),
    });
  }
  return causes;
}
