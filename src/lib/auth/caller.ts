import { msg, type Message } from '../i18n/message.ts';

// "The caller": who a request runs as, in the cluster's own words — the owner type and id its
// authorizations are checked against. The header, the Who am I drawer, the connection check and
// the diagnosis all name the caller with these types, so they cannot disagree.

export type CallerType = 'USER' | 'CLIENT' | 'ANONYMOUS';

/** The anonymous caller of an unprotected API has no id. */
export type Caller = { type: 'USER' | 'CLIENT'; id: string } | { type: 'ANONYMOUS'; id: null };

/** The caller with the memberships the cluster reports for it (GET /v2/authentication/me). */
export type CallerProfile = Caller & { groups: string[]; roles: string[]; tenants: string[] };

export const ANONYMOUS_CALLER: Caller = { type: 'ANONYMOUS', id: null };

/** The caller's name as shown in the header: its id as it is, or "anonymous" in the UI language. */
export function callerLabel(caller: Caller): Message {
  return caller.id === null ? msg('common.anonymous') : msg('common.verbatim', { text: caller.id });
}

/** "user anna", "client worker-client", "anonymous" — as a message worded at render. */
export function describeCaller(caller: Caller): Message {
  return msg('common.caller', { type: caller.type, id: caller.id ?? '' });
}
