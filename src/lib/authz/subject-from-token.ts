// Who the cluster would check for someone else's token — or for a principal typed without one —
// with every assumption said out loud. The claim rules are Camunda's (docs/camunda-api/principal-resolution.md
// §2–3): the client-id claim wins unless prefer-username-claim is set and a username is present; the
// groups claim, when configured, replaces stored group memberships; a mapping rule applies when its
// JSONPath claim equals its value (or an array claim contains it).
//
// Without a token nothing says which mapping rules would match. Rather than denying everything, the
// principal is assumed to carry a token whose username (or client-id) claim is its id: rules on that
// claim with that value apply, every other rule is listed as not applied, with the claim it needs.
import { type Message, msg } from '../i18n/message.ts';
import { claimMatches, parseClaimPath } from './claim-path.ts';
import type { DirectorySnapshot, MappingRule, Subject } from './effective-permissions.ts';
import { type ClaimSettings, DEFAULT_CLAIM_SETTINGS, type JsonObject, resolveTokenCaller } from './token-inspection.ts';

export interface MatchedMappingRule {
  mappingRuleId: string;
  claimName: string;
  claimValue: string;
}

export interface ResolvedSubject {
  /** Null when the cluster would reject the token (see `error`). */
  subject: Subject | null;
  /** "user anna", "client worker-client", "mapping rule eng-rule", worded in the UI language. */
  description: Message;
  /** Where the groups come from: the token's groups claim, or the stored memberships. */
  groupsSource: 'token' | 'directory' | 'none';
  /** The mapping rules the token matches (or, without a token, is assumed to match). */
  mappingRules: MatchedMappingRule[];
  /** Everything Lantern assumed to get here, one message each; empty when the token said it all. */
  assumptions: Message[];
  /**
   * The cluster would refuse the token: its 401 text, verbatim as Camunda words it (English in every
   * UI language), or '' when the claims name nobody without a text of Camunda's.
   */
  error: string | null;
}

/** "user anna", "mapping rule eng-rule": the owner as words in a sentence, in the UI language. */
export function subjectName(subject: Pick<Subject, 'type' | 'id'>): Message {
  return msg('explain.principal.name', { type: subject.type, id: subject.id });
}

function matchedRules(rules: readonly MappingRule[], claims: JsonObject): MatchedMappingRule[] {
  return rules
    .filter((rule) => claimMatches(claims, rule.claimName, rule.claimValue))
    .map(({ mappingRuleId, claimName, claimValue }) => ({ mappingRuleId, claimName, claimValue }));
}

/**
 * The owner the cluster checks for a token, resolved by the cluster's claim settings against the
 * administrator's snapshot (its mapping rules). The token is decoded, never verified.
 */
export function subjectFromToken(
  claims: JsonObject,
  settings: ClaimSettings | null,
  snapshot: Pick<DirectorySnapshot, 'mappingRules'> | null,
): ResolvedSubject {
  const assumptions: Message[] = [];
  const effectiveSettings = settings ?? DEFAULT_CLAIM_SETTINGS;
  if (!settings) {
    assumptions.push(msg('explain.subject.defaultSettings'));
  }
  const resolved = resolveTokenCaller(claims, effectiveSettings);
  if (resolved.error || resolved.caller === null) {
    return {
      subject: null,
      description: msg('explain.subject.rejectedToken'),
      groupsSource: 'none',
      mappingRules: [],
      assumptions,
      error: resolved.error ?? '',
    };
  }
  for (const note of resolved.notes) if (note.severity === 'warning') assumptions.push(note.text);
  const rules = snapshot ? matchedRules(snapshot.mappingRules, claims) : [];
  if (!snapshot) {
    assumptions.push(msg('explain.subject.rulesUnreadable'));
  }
  const groupsFromToken = resolved.groups ? resolved.groups.values : null;
  return {
    subject: { type: resolved.caller.type, id: resolved.caller.id, claims, groupsFromToken },
    description: subjectName(resolved.caller),
    groupsSource: groupsFromToken ? 'token' : 'directory',
    mappingRules: rules,
    assumptions,
    error: null,
  };
}

/** The claims a token of `subject` is assumed to carry when none is given: its id in the naming claim. */
function assumedClaims(type: 'USER' | 'CLIENT', id: string, settings: ClaimSettings): JsonObject | null {
  const claim = type === 'CLIENT' ? settings.clientIdClaim : settings.usernameClaim;
  const path = claim ? parseClaimPath(claim) : null;
  if (!path || path.some((segment) => typeof segment !== 'string')) return null;
  // `$.a.b` becomes { a: { b: id } }, so the rule matcher reads it exactly as from a real token.
  return path.reduceRight<unknown>((value, segment) => ({ [segment]: value }), id) as JsonObject;
}

/**
 * A principal picked from the directory or typed, without a token. USER and CLIENT get the
 * mapping rules keyed on their own id (see the file comment); the rest is said, not guessed.
 */
export function subjectWithoutToken(
  owner: Pick<Subject, 'type' | 'id'>,
  settings: ClaimSettings | null,
  snapshot: Pick<DirectorySnapshot, 'mappingRules'> | null,
): ResolvedSubject {
  const description = subjectName(owner);
  if (owner.type !== 'USER' && owner.type !== 'CLIENT') {
    return {
      subject: { type: owner.type, id: owner.id },
      description,
      groupsSource: owner.type === 'GROUP' ? 'none' : 'directory',
      mappingRules: [],
      assumptions: [],
      error: null,
    };
  }
  const assumptions: Message[] = [];
  const rules = snapshot?.mappingRules ?? [];
  const claimSettings = settings ?? DEFAULT_CLAIM_SETTINGS;
  const claims = settings ? assumedClaims(owner.type, owner.id, claimSettings) : null;
  const matched = claims ? matchedRules(rules, claims) : [];
  if (settings?.groupsClaim) {
    assumptions.push(msg('explain.subject.groupsClaim', { claim: settings.groupsClaim }));
  }
  if (rules.length > 0) {
    const claimName = owner.type === 'CLIENT' ? claimSettings.clientIdClaim : claimSettings.usernameClaim;
    const others = rules.filter((rule) => !matched.some((m) => m.mappingRuleId === rule.mappingRuleId));
    if (claims && claimName) {
      // Rule ids are names, not words: a comma list reads the same in every UI language.
      assumptions.push(
        msg('explain.subject.assumedClaim', {
          claim: claimName,
          id: owner.id,
          count: matched.length,
          rules: matched.map((m) => m.mappingRuleId).join(', '),
        }),
      );
    } else {
      assumptions.push(
        owner.type === 'CLIENT' && settings && !settings.clientIdClaim
          ? msg('explain.subject.noClientIdClaim')
          : msg('explain.subject.unknownSettings'),
      );
    }
    if (others.length > 0) {
      assumptions.push(
        msg('explain.subject.notApplied', {
          rules: others
            .map((rule) => `${rule.mappingRuleId} (\`${rule.claimName}\` = \`${rule.claimValue}\`)`)
            .join(', '),
        }),
      );
    }
  }
  return {
    subject: {
      type: owner.type,
      id: owner.id,
      // Empty claims (rather than none) say "evaluated, nothing matched" to the evaluator.
      claims: claims ?? {},
      groupsFromToken: null,
    },
    description,
    groupsSource: 'directory',
    mappingRules: matched,
    assumptions,
    error: null,
  };
}
