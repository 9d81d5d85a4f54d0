// The pieces the audit's sentences are made of, as messages (worded at render in the UI language):
// an owner ("user anna"), a grant's target ("every process", "process invoice"), how a principal
// receives a grant ("via group accounting's role approver"). Resource and owner types stay as the
// API spells them inside the select of each message; only the nouns around them are translated.
import { type Authorization, WILDCARD } from '../../../lib/authz/model.ts';
import { type Message, msg } from '../../../lib/i18n/message.ts';
import { isPropertyBased } from './directory-index.ts';

/** "user anna", "client worker-client", "role approver". */
export function ownerMessage(type: string, id: string): Message {
  return msg('audit.owner', { type, id });
}

/** What a grant is on: "user tasks by assignee", "every process", "process invoice". */
export function targetMessage(authorization: Authorization): Message {
  if (isPropertyBased(authorization)) {
    return msg('audit.target.property', { property: authorization.resourcePropertyName ?? '' });
  }
  const type = authorization.resourceType;
  const id = authorization.resourceId ?? WILDCARD;
  return id === WILDCARD
    ? msg('audit.resource.every', { type })
    : msg('audit.target.one', { noun: msg('audit.resource.one', { type }), id });
}

/**
 * How a principal receives a grant, from the chain of containers between them (outermost first):
 * none is "direct", one is "via group accounting", more nest ("via group accounting's role approver").
 */
export function viaMessage(chain: readonly { type: string; id: string }[]): Message {
  const [first, ...rest] = chain;
  if (!first) return msg('audit.via.direct');
  let path = ownerMessage(first.type, first.id);
  for (const step of rest) path = msg('audit.via.nested', { outer: path, inner: ownerMessage(step.type, step.id) });
  return msg('audit.via.owner', { owner: path });
}

/** Items of a sentence's enumeration, separated by semicolons (each item holds commas itself). */
export function joined(first: Message, rest: readonly Message[]): Message {
  const [next, ...after] = rest;
  return next ? msg('audit.list.semicolon', { first, rest: joined(next, after) }) : first;
}
