import type { IntlShape, PrimitiveType } from 'react-intl';
import type { MessageId } from './catalogues.ts';
import { isMessage, type Message, type MessageValues } from './message.ts';

/**
 * Words a message: `t(id, values)`, or `t.message(descriptor)` for a `Message` built by logic.
 * Values that are messages themselves are worded first, in the same language.
 */
export interface Translate {
  (id: MessageId, values?: MessageValues): string;
  message: (message: Message) => string;
}

export function translateWith(intl: IntlShape): Translate {
  const word = (id: MessageId, values?: MessageValues): string => {
    if (!values) return intl.formatMessage({ id });
    const flat: Record<string, PrimitiveType> = {};
    for (const [key, value] of Object.entries(values)) flat[key] = isMessage(value) ? t.message(value) : value;
    return intl.formatMessage({ id }, flat);
  };
  const t = Object.assign(word, { message: (m: Message) => word(m.id, m.values) });
  return t;
}
