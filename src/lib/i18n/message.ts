import type { PrimitiveType } from 'react-intl';
import type { MessageId } from './catalogues.ts';

/**
 * A text not yet put into words: an id and its values. Logic outside components (verdicts,
 * diagnosis findings, connection stages) returns these instead of sentences, so what is cached
 * (React Query, component state) is the same in every language and a language switch re-words it
 * at render. A value may itself be a message ("{noun}" → "user task" / "Benutzeraufgabe").
 */
export interface Message {
  id: MessageId;
  values?: MessageValues;
}

export type MessageValues = Record<string, PrimitiveType | Message>;

export function msg(id: MessageId, values?: MessageValues): Message {
  return values ? { id, values } : { id };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}
