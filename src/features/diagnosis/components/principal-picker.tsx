import { Select, SelectItem, TextArea, TextInput } from '@carbon/react';
import { useId, useState } from 'react';
import { decodeJwt } from '../../../lib/auth/decode-jwt.ts';
import { type DirectorySnapshot, knownClients, type Subject } from '../../../lib/authz/effective-permissions.ts';
import { subjectFromToken, subjectWithoutToken } from '../../../lib/authz/subject-from-token.ts';
import type { ClaimSettings, JsonObject } from '../../../lib/authz/token-inspection.ts';
import './explain-page.scss';
import { PRINCIPAL_TYPES, type PrincipalRef, type PrincipalType } from '../lib/diagnosis-facts.ts';

export const PRINCIPAL_LABEL: Record<PrincipalType, string> = {
  USER: 'User',
  CLIENT: 'Client',
  GROUP: 'Group',
  ROLE: 'Role',
  MAPPING_RULE: 'Mapping rule',
};

/** A chosen principal: what to show and share (`ref`) and what to evaluate (`subject`). */
export interface PrincipalChoice {
  ref: PrincipalRef;
  /** For a pasted token: its claims (mapping rules) and token groups. Lives in memory only. */
  subject: Subject;
  /** The pasted token's claims (never the token), so the choice can be resolved again. */
  claims: JsonObject | null;
  origin: 'directory' | 'typed' | 'token';
  /** What Lantern assumed about this principal, in plain words. */
  notes: string[];
}

export interface PrincipalPickerProps {
  /** What the signed-in administrator can read of the directory; null when nothing was readable. */
  snapshot: DirectorySnapshot | null;
  /** The cluster's claim rules (its `oidc` settings); null, on Basic clusters, hides the token field. */
  claimSettings: ClaimSettings | null;
  value: PrincipalChoice | null;
  onChange: (choice: PrincipalChoice | null) => void;
}

export function directoryIds(snapshot: DirectorySnapshot | null, type: PrincipalType): string[] {
  if (!snapshot) return [];
  switch (type) {
    case 'USER':
      return snapshot.users.map((u) => u.username);
    case 'CLIENT':
      return knownClients(snapshot);
    case 'GROUP':
      return snapshot.groups.map((g) => g.groupId);
    case 'ROLE':
      return snapshot.roles.map((r) => r.roleId);
    case 'MAPPING_RULE':
      return snapshot.mappingRules.map((m) => m.mappingRuleId);
  }
}

/** The choice for a listed or typed id, with what Lantern assumes without a token. */
export function choiceFor(
  snapshot: DirectorySnapshot | null,
  settings: ClaimSettings | null,
  type: PrincipalType,
  id: string,
): PrincipalChoice {
  const known = directoryIds(snapshot, type).includes(id);
  const notes: string[] = [];
  if (!known) {
    notes.push(
      snapshot
        ? `${PRINCIPAL_LABEL[type]} ${id} is not in the directory you can read: only grants that name it directly count, with no memberships.`
        : `Lantern could not read the directory, so ${PRINCIPAL_LABEL[type].toLowerCase()} ${id} is evaluated without memberships.`,
    );
  }
  if (!settings) {
    // Basic authentication: callers carry no token, so no mapping rule can ever match them.
    if ((type === 'USER' || type === 'CLIENT') && snapshot && snapshot.mappingRules.length > 0) {
      notes.push(
        'Callers of this cluster sign in with Basic authentication and carry no token, so mapping rules do not apply.',
      );
    }
    return {
      ref: { type, id },
      subject: type === 'USER' || type === 'CLIENT' ? { type, id, claims: null } : { type, id },
      claims: null,
      origin: known ? 'directory' : 'typed',
      notes,
    };
  }
  const resolved = subjectWithoutToken({ type, id }, settings, snapshot);
  return {
    ref: { type, id },
    subject: resolved.subject ?? { type, id },
    claims: null,
    origin: known ? 'directory' : 'typed',
    notes: [...notes, ...resolved.assumptions],
  };
}

/** The choice for a token's claims (decoded in the browser), by the cluster's claim rules. */
export function choiceFromClaims(
  claims: JsonObject,
  settings: ClaimSettings,
  snapshot: DirectorySnapshot | null,
): PrincipalChoice | { error: string } {
  const resolved = subjectFromToken(claims, settings, snapshot);
  if (resolved.error || !resolved.subject) {
    return { error: resolved.error ?? 'The cluster would not accept this token.' };
  }
  const { type, id } = resolved.subject;
  const notes = [...resolved.assumptions];
  if (resolved.mappingRules.length > 0) {
    notes.push(`The token matches the mapping rules ${resolved.mappingRules.map((m) => m.mappingRuleId).join(', ')}.`);
  }
  if (resolved.subject.type === 'USER' || resolved.subject.type === 'CLIENT') {
    const groups = resolved.subject.groupsFromToken;
    if (groups) notes.push(`Groups from the token: ${groups.join(', ') || 'none'}.`);
  }
  return { ref: { type, id }, subject: resolved.subject, claims, origin: 'token', notes };
}

/** Decodes a pasted JWT and resolves it; the token itself is not returned or kept. */
export function choiceFromToken(
  raw: string,
  settings: ClaimSettings,
  snapshot: DirectorySnapshot | null,
): PrincipalChoice | { error: string } {
  try {
    return choiceFromClaims(decodeJwt(raw.trim()).claims, settings, snapshot);
  } catch (error) {
    return { error: error instanceof Error ? error.message : 'This is not a JWT.' };
  }
}

/**
 * A choice worked out again against the directory as it is now: one made while the directory was
 * still loading must not keep saying it could not be read.
 */
export function resolveChoice(
  choice: Pick<PrincipalChoice, 'ref' | 'claims'>,
  snapshot: DirectorySnapshot | null,
  settings: ClaimSettings | null,
): PrincipalChoice {
  if (choice.claims && settings) {
    const fromToken = choiceFromClaims(choice.claims, settings, snapshot);
    if (!('error' in fromToken)) return fromToken;
  }
  return choiceFor(snapshot, settings, choice.ref.type, choice.ref.id);
}

/**
 * "For whom": a user, client, group, role or mapping rule from the directory (type to search, or
 * type any id), or the principal's pasted token on clusters that read tokens. Reused by the
 * simulator. Key it by the diagnosis it belongs to, so a new diagnosis starts from its own value.
 */
export function PrincipalPicker({ snapshot, claimSettings, value, onChange }: PrincipalPickerProps) {
  const prefix = useId();
  const [type, setType] = useState<PrincipalType>(value?.ref.type ?? 'USER');
  const [text, setText] = useState(value?.ref.id ?? '');
  const [tokenResult, setTokenResult] = useState<{ error: string } | { resolved: string } | null>(
    value?.origin === 'token' ? { resolved: `${value.ref.type} ${value.ref.id}` } : null,
  );
  const ids = directoryIds(snapshot, type);

  const pick = (nextType: PrincipalType, nextText: string) => {
    setType(nextType);
    setText(nextText);
    setTokenResult(null);
    const id = nextText.trim();
    onChange(id ? choiceFor(snapshot, claimSettings, nextType, id) : null);
  };

  const pasteToken = (raw: string) => {
    if (!claimSettings || raw.trim() === '') return;
    const result = choiceFromToken(raw, claimSettings, snapshot);
    if ('error' in result) {
      setTokenResult({ error: result.error });
      return;
    }
    setType(result.ref.type);
    setText(result.ref.id);
    setTokenResult({ resolved: `${PRINCIPAL_LABEL[result.ref.type]} ${result.ref.id}` });
    onChange(result);
  };

  return (
    <div className="diagnosis-principal-picker" data-testid="principal-picker">
      <div className="diagnosis-row">
        <Select
          id={`${prefix}-type`}
          labelText="Principal type"
          value={type}
          onChange={(e) => pick(e.target.value as PrincipalType, '')}
        >
          {PRINCIPAL_TYPES.map((t) => (
            <SelectItem key={t} value={t} text={PRINCIPAL_LABEL[t]} />
          ))}
        </Select>
        <TextInput
          id={`${prefix}-id`}
          labelText={`${PRINCIPAL_LABEL[type]} id`}
          helperText={
            ids.length > 0
              ? `Type to search the ${ids.length} you can read, or type any id.`
              : 'Type the id; Lantern could not list any from the directory.'
          }
          list={`${prefix}-ids`}
          autoComplete="off"
          value={text}
          onChange={(e) => pick(type, e.target.value)}
        />
        <datalist id={`${prefix}-ids`}>
          {ids.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
      </div>
      {claimSettings ? (
        <details className="diagnosis-details">
          <summary>Or paste the principal’s token</summary>
          <TextArea
            id={`${prefix}-token`}
            labelText="The principal’s access token (JWT)"
            helperText="Decoded in your browser with this cluster's claim rules, then cleared from the field. It is not stored, sent, or put in a link or report."
            rows={3}
            value=""
            onChange={() => undefined}
            onPaste={(e) => {
              e.preventDefault();
              pasteToken(e.clipboardData.getData('text'));
            }}
            onInput={(e) => pasteToken(e.currentTarget.value)}
          />
          {tokenResult ? (
            'error' in tokenResult ? (
              <p className="lantern-error-text" role="alert">
                {tokenResult.error}
              </p>
            ) : (
              <p role="status">The token resolves to {tokenResult.resolved}.</p>
            )
          ) : null}
        </details>
      ) : null}
      {value && value.notes.length > 0 ? (
        <ul className="diagnosis-muted" aria-label="Assumptions about this principal">
          {value.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
