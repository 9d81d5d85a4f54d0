import { Select, SelectItem, TextArea, TextInput } from '@carbon/react';
import { useId, useState } from 'react';
import { decodeJwt } from '../../../lib/auth/decode-jwt.ts';
import { type DirectorySnapshot, knownClients, type Subject } from '../../../lib/authz/effective-permissions.ts';
import { subjectFromToken, subjectWithoutToken } from '../../../lib/authz/subject-from-token.ts';
import type { ClaimSettings, JsonObject } from '../../../lib/authz/token-inspection.ts';
import type { MessageId } from '../../../lib/i18n/catalogues.ts';
import { type Message, msg } from '../../../lib/i18n/message.ts';
import { useLanguageState } from '../../../lib/i18n/language-store.ts';
import { useT } from '../../../lib/i18n/use-t.ts';
import './explain-page.scss';
import { principalName, PRINCIPAL_TYPES, type PrincipalRef, type PrincipalType } from '../lib/diagnosis-facts.ts';

/** The principal types as labels ("User", "Mapping rule"): `t(PRINCIPAL_TYPE_LABELS[type])`. */
export const PRINCIPAL_TYPE_LABELS: Record<PrincipalType, MessageId> = {
  USER: 'explain.principalType.user',
  CLIENT: 'explain.principalType.client',
  GROUP: 'explain.principalType.group',
  ROLE: 'explain.principalType.role',
  MAPPING_RULE: 'explain.principalType.mappingRule',
};

/** Why a pasted token gives no principal: Lantern's words, and the cluster's own 401 text when it has one. */
export interface TokenProblem {
  message: Message;
  /** Camunda's sentence, verbatim (English in every UI language). */
  quote: string | null;
}

/** A chosen principal: what to show and share (`ref`) and what to evaluate (`subject`). */
export interface PrincipalChoice {
  ref: PrincipalRef;
  /** For a pasted token: its claims (mapping rules) and token groups. Lives in memory only. */
  subject: Subject;
  /** The pasted token's claims (never the token), so the choice can be resolved again. */
  claims: JsonObject | null;
  origin: 'directory' | 'typed' | 'token';
  /** What Lantern assumed about this principal, worded at render. */
  notes: Message[];
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
  const notes: Message[] = [];
  if (!known) {
    notes.push(
      snapshot
        ? msg('explain.note.notInDirectory', { type, id })
        : msg('explain.note.noDirectory', { principal: principalName({ type, id }) }),
    );
  }
  if (!settings) {
    // Basic authentication: callers carry no token, so no mapping rule can ever match them.
    if ((type === 'USER' || type === 'CLIENT') && snapshot && snapshot.mappingRules.length > 0) {
      notes.push(msg('explain.note.basicNoToken'));
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
): PrincipalChoice | { error: TokenProblem } {
  const resolved = subjectFromToken(claims, settings, snapshot);
  if (resolved.error !== null || !resolved.subject) {
    return resolved.error
      ? { error: { message: msg('explain.picker.tokenRejected'), quote: resolved.error } }
      : { error: { message: msg('explain.picker.tokenNamesNobody'), quote: null } };
  }
  const { type, id } = resolved.subject;
  const notes = [...resolved.assumptions];
  // Rule and group ids are names, not words: a comma list reads the same in every UI language.
  if (resolved.mappingRules.length > 0) {
    notes.push(msg('explain.note.tokenRules', { rules: resolved.mappingRules.map((m) => m.mappingRuleId).join(', ') }));
  }
  if (resolved.subject.type === 'USER' || resolved.subject.type === 'CLIENT') {
    const groups = resolved.subject.groupsFromToken;
    if (groups) notes.push(msg('explain.note.tokenGroups', { count: groups.length, groups: groups.join(', ') }));
  }
  return { ref: { type, id }, subject: resolved.subject, claims, origin: 'token', notes };
}

/** Decodes a pasted JWT and resolves it; the token itself is not returned or kept. */
export function choiceFromToken(
  raw: string,
  settings: ClaimSettings,
  snapshot: DirectorySnapshot | null,
): PrincipalChoice | { error: TokenProblem } {
  let claims: JsonObject;
  try {
    claims = decodeJwt(raw.trim()).claims;
  } catch {
    return { error: { message: msg('explain.picker.notJwt'), quote: null } };
  }
  return choiceFromClaims(claims, settings, snapshot);
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
  const t = useT();
  const { language } = useLanguageState();
  const prefix = useId();
  const [type, setType] = useState<PrincipalType>(value?.ref.type ?? 'USER');
  const [text, setText] = useState(value?.ref.id ?? '');
  // What the last pasted token gave, as data: worded at render, so a language switch re-words it.
  const [tokenResult, setTokenResult] = useState<{ error: TokenProblem } | { resolved: PrincipalRef } | null>(
    value?.origin === 'token' ? { resolved: value.ref } : null,
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
    setTokenResult({ resolved: result.ref });
    onChange(result);
  };

  return (
    <div className="diagnosis-principal-picker" data-testid="principal-picker">
      <div className="diagnosis-row">
        <Select
          // Carbon's Select keeps the title (tooltip) it had at mount; a new language or a type set by a
          // pasted token mounts it again, so the tooltip never shows the old language or type.
          key={`${language}|${tokenResult && 'resolved' in tokenResult ? tokenResult.resolved.type : ''}`}
          id={`${prefix}-type`}
          title={t(PRINCIPAL_TYPE_LABELS[type])}
          labelText={t('explain.picker.type')}
          value={type}
          onChange={(e) => pick(e.target.value as PrincipalType, '')}
        >
          {PRINCIPAL_TYPES.map((principalType) => (
            <SelectItem key={principalType} value={principalType} text={t(PRINCIPAL_TYPE_LABELS[principalType])} />
          ))}
        </Select>
        <TextInput
          id={`${prefix}-id`}
          labelText={t('explain.picker.id', { type })}
          helperText={
            ids.length > 0 ? t('explain.picker.idSearch', { count: ids.length }) : t('explain.picker.idUnlisted')
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
          <summary>{t('explain.picker.tokenSummary')}</summary>
          <TextArea
            id={`${prefix}-token`}
            labelText={t('explain.picker.tokenLabel')}
            helperText={t('explain.picker.tokenHelp')}
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
                {t.message(tokenResult.error.message)}
                {tokenResult.error.quote ? (
                  <>
                    {' '}
                    <span lang="en">{tokenResult.error.quote}</span>
                  </>
                ) : null}
              </p>
            ) : (
              <p role="status">
                {t('explain.picker.tokenResolves', { type: tokenResult.resolved.type, id: tokenResult.resolved.id })}
              </p>
            )
          ) : null}
        </details>
      ) : null}
      {value && value.notes.length > 0 ? (
        <ul className="diagnosis-muted" aria-label={t('explain.picker.assumptions')}>
          {value.notes.map((note) => {
            const words = t.message(note);
            return <li key={words}>{words}</li>;
          })}
        </ul>
      ) : null}
    </div>
  );
}
